"""With a state file, a restart restores tokens, payments, withdrawals, wallets, transfers, balances and the secret."""

from __future__ import annotations

from coinrails_mock.app import build_app
from coinrails_mock.engine.clock import Clock

from .conftest import START_MS, TRON, CryptofuseTestClient


async def test_restart_restores_the_whole_state(tmp_path):
    state = tmp_path / "cryptofuse.sqlite"
    first = CryptofuseTestClient(
        build_app("cryptofuse", strict=True, state_path=state, clock=Clock(frozen_at=START_MS))
    )
    token = await first.token()
    secret = (await first.ok("POST", "/user/webhooks/", {"callback_url": "http://127.0.0.1:9/hook"}))["secret"]
    await first.fund("1000")
    waiting = await first.payment(100)
    wallet = await first.ok("POST", "/wallets/", {"name": "Alice", "external_id": "alice"}, status=201)
    w = await first.ok("POST", "/withdrawal/", {"amount": 100, "currency": "USDTTRC20", "address": TRON}, status=201)
    transfer = await first.ok(
        "POST",
        "/wallets/transfer-to-user/",
        {
            "wallet_id": wallet["wallet_id"],
            "currency": "USDTTRC20",
            "amount": "10",
            "callback_url": "http://127.0.0.1:9/t",
        },
        status=202,
    )
    balances = await first.ok("GET", "/user/balances/")
    before = await first.state()
    await first.aclose()

    second = CryptofuseTestClient(
        build_app("cryptofuse", strict=True, state_path=state, clock=Clock(frozen_at=START_MS))
    )
    try:
        assert await second.state() == before
        # the old token still works, the secret is still the one shown once (masked now)
        assert await second.ok("GET", "/user/balances/", token=token) == balances
        assert balances["account"]["USDTTRC20"] == {
            "amount": "990.00000000",
            "pending_amount": "110.00000000",
            "available_balance": "880.00000000",
        }
        masked = await second.ok("POST", "/user/webhooks/", {"callback_url": "http://127.0.0.1:9/hook"}, token=token)
        assert masked["masked_secret"] == f"sec_****{secret[-4:]}"
        assert second.engine.run(lambda: second.backend.webhook_secret) == secret
        status = await second.ok(
            "POST", "/payments/status/", {"transaction_id": waiting["transaction_id"]}, token=token
        )
        assert status["status"] == "waiting"
        await second.control("POST", f"/_mock/cryptofuse/withdrawals/{w['withdrawal_id']}/advance", {"to": "completed"})
        await second.control("POST", f"/_mock/cryptofuse/transfers/{transfer['transfer_id']}/settle")
        assert (await second.control("GET", "/_mock/ledger/check"))["ok"]
    finally:
        await second.aclose()

    third = CryptofuseTestClient(
        build_app("cryptofuse", strict=True, state_path=state, clock=Clock(frozen_at=START_MS))
    )
    try:
        detail = await third.ok("GET", f"/withdrawal/{w['withdrawal_id']}/", token=token)
        assert detail["status"] == "completed"
        history = await third.ok("POST", "/wallets/transfer-history/", {"wallet_id": wallet["wallet_id"]}, token=token)
        assert history["transfers"][0]["status"] == "completed"
    finally:
        await third.aclose()
