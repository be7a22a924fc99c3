"""End to end through the generated typed client (`CryptofuseClient`) against the strict Cryptofuse mock.

The clients know only what `coinrails-mock credentials cryptofuse` prints; the control API (/_mock/cryptofuse/...)
plays the outside world: payers sending funds on chain, withdrawals being processed, transfers settling. Webhooks
arrive at a loopback receiver and are checked with `cryptofuse_client.webhooks.verify_webhook`.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from uuid import UUID

import httpx
import pytest
from cryptofuse_client import AsyncCryptofuseClient, CryptofuseClient
from cryptofuse_client.exceptions import (
    CryptofuseAuthenticationError,
    CryptofuseDuplicateError,
    CryptofuseInvalidAmountError,
    CryptofuseInvalidRequestError,
    CryptofuseNotFoundError,
    CryptofusePermissionError,
)
from cryptofuse_client.models import (
    ConfigureWebhookRequest,
    CreateOAuthApplicationRequest,
    CreatePaymentRequest,
    CreateWalletRequest,
    CreateWithdrawalRequest,
    CurrencyListFull,
    CurrencyListSimple,
    EstimateWithdrawalFeeRequest,
    EstimateWithdrawalRequest,
    GetPaymentStatusRequest,
    GetTransferHistoryRequest,
    GetWalletBalancesRequest,
    GetWithdrawalMinAmountRequest,
    GetWithdrawalStatusRequest,
    OAuthApplicationPage,
    TokenRequest,
    ValidateAddressRequest,
    WalletTransferRequest,
    WebhookSecretCreated,
    WebhookSettingsUpdated,
)
from cryptofuse_client.webhooks import WebhookVerificationError, verify_webhook

TRON = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"
EVM = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


class Receiver:
    """A loopback webhook endpoint recording (raw body, headers); answers 200."""

    def __init__(self) -> None:
        self.requests: list[tuple[bytes, dict[str, str]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.requests.append((body, dict(self.headers.items())))
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/webhooks/cryptofuse"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, done: Callable[[list[tuple[bytes, dict[str, str]]]], bool], timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not done(self.requests):
            if time.monotonic() > deadline:
                raise AssertionError(f"webhooks never arrived: {[b[:120] for b, _ in self.requests]}")
            time.sleep(0.02)


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


@pytest.fixture(scope="module")
def secret(mock, receiver) -> str:
    """Configure the tenant webhook URL once (the secret is shown this one time)."""
    with client_for(mock, scope="read write") as cf:
        created = cf.user_information.configure_webhook(body=ConfigureWebhookRequest(callback_url=receiver.url))
    assert isinstance(created, WebhookSecretCreated)
    return created.secret


def client_for(mock, *, scope: str = "read write admin", read_only: bool = False) -> CryptofuseClient:
    c = mock.credentials
    prefix = "read_only_" if read_only else ""
    return CryptofuseClient(
        client_id=c[f"{prefix}client_id"],
        client_secret=c[f"{prefix}client_secret"],
        scope=scope,
        base_url=mock.base_url,
    )


def control(mock, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    response = httpx.post(mock.base_url + path, json=body or {})
    assert response.status_code == 200, response.text
    return response.json()


def ledger_ok(mock) -> None:
    """The mock's ledger invariants (coinrails_mock.engine.ledger) hold."""
    check = httpx.get(mock.base_url + "/_mock/ledger/check").json()
    assert check["ok"], check["problems"]


def master(cf: CryptofuseClient, currency: str = "USDTTRC20") -> Decimal:
    account = cf.balances.get_balances().account
    return account[currency].amount if currency in account else Decimal(0)


def fund(mock, cf: CryptofuseClient, paid: str) -> None:
    """Credit the master account through a fully paid payment (minus the 1 % fee)."""
    p = cf.payments.create_payment(body=CreatePaymentRequest(amount=Decimal(11), currency="USDTTRC20"))
    assert (
        control(mock, f"/_mock/cryptofuse/payments/{p.transaction_id}/deposit", {"amount": paid})["status"]
        == "completed"
    )


def test_payment_to_withdrawal_flow(mock, receiver, secret):
    with client_for(mock, scope="read write") as cf:
        before = master(cf)
        payment = cf.payments.create_payment(
            body=CreatePaymentRequest(
                amount=Decimal("100.00"), currency="USDTTRC20", order_id="order-e2e-1", expiry_minutes=30
            )
        )
        assert (payment.status, payment.amount_crypto, payment.amount_usd) == ("waiting", Decimal("99.9"), Decimal(100))
        tx = str(payment.transaction_id)

        # the payer sends the exact amount on chain
        paid = control(mock, f"/_mock/cryptofuse/payments/{tx}/deposit", {"amount": format(payment.amount_crypto, "f")})
        assert paid["status"] == "completed"

        def payment_events() -> list[tuple[Any, bytes, dict[str, str]]]:
            events = [(verify_webhook(body, headers, secret), body, headers) for body, headers in receiver.requests]
            return [
                (e, body, headers)
                for e, body, headers in events
                if getattr(e, "transaction_id", None) == tx or e.data.transaction_id == UUID(tx)
            ]

        # Webhooks carry no ordering guarantee (the mock posts the three at once, concurrently): compare as a set.
        receiver.wait(lambda _: len(payment_events()) >= 3)
        events = payment_events()
        assert sorted((e.event, str(getattr(e, "status", None) or "")) for e, _, _ in events) == [
            ("deposit_received", ""),
            ("payment_status_update", "completed"),
            ("payment_status_update", "confirming"),
        ]
        completed, body, headers = next((e, b, h) for e, b, h in events if getattr(e, "status", None) == "completed")
        assert completed.data.total_paid_amount.root == Decimal("99.90000000")  # pydantic RootModel
        with pytest.raises(WebhookVerificationError):
            verify_webhook(body.replace(b"completed", b"failed"), headers, secret)
        with pytest.raises(WebhookVerificationError):
            verify_webhook(body, headers, secret + "x")

        status = cf.payments.get_payment_status(body=GetPaymentStatusRequest(transaction_id=payment.transaction_id))
        assert (status.status, status.payment_type) == ("completed", "full")
        after = master(cf)
        assert after - before == Decimal("98.901")  # 99.9 minus the 1 % platform fee
        assert status.total_paid_amount == status.merchant_received_amount + status.fee_amount
        ledger_ok(mock)

        withdrawal = cf.withdrawals.create_withdrawal(
            body=CreateWithdrawalRequest(amount=Decimal("50"), currency="USDTTRC20", address=TRON, custom_id="e2e-out")
        )
        assert (withdrawal.status, withdrawal.requested_amount) == ("pending", Decimal(50))
        assert withdrawal.fee == withdrawal.platform_fee + withdrawal.network_fee
        assert withdrawal.amount == Decimal(50) - withdrawal.fee
        assert master(cf) == after  # reserved funds still count in `amount`...
        assert cf.balances.get_balances().account["USDTTRC20"].pending_amount == Decimal(50)  # ...as pending
        ledger_ok(mock)
        control(mock, f"/_mock/cryptofuse/withdrawals/{withdrawal.withdrawal_id}/advance", {"to": "completed"})
        done = cf.withdrawals.get_withdrawal(withdrawal_id=withdrawal.withdrawal_id)
        assert (done.status, done.transaction_hash is not None) == ("completed", True)
        assert master(cf) == after - Decimal(50)
        ledger_ok(mock)
        receiver.wait(
            lambda _: any(
                e.event == "withdrawal_status_update" and e.data.status == "completed"
                for e in (verify_webhook(b, h, secret) for b, h in receiver.requests)
            )
        )
    assert httpx.get(mock.base_url + "/_mock/ledger/check").json()["ok"]


def test_a_token_without_write_cannot_create_a_payment(mock):
    with client_for(mock, scope="read", read_only=True) as reader:
        with pytest.raises(CryptofusePermissionError) as caught:
            reader.payments.create_payment(body=CreatePaymentRequest(amount=Decimal(100), currency="USDTTRC20"))
        assert (caught.value.status_code, caught.value.code) == (403, "insufficient_permissions")
        assert reader.payments.list_payments(limit=1).count >= 0  # reading is allowed
    with client_for(mock, scope="read write") as no_admin, pytest.raises(CryptofusePermissionError):
        no_admin.user_information.get_platform_fees()
    with client_for(mock, scope="read write", read_only=True) as greedy:
        assert greedy.api_status.get_api_status().status == "ok"  # public: no token needed
        with pytest.raises(CryptofuseAuthenticationError):  # invalid_scope: no token, so the call is refused 401
            greedy.wallets.list_wallets()


def test_oauth_token_and_applications(mock):
    c = mock.credentials
    with client_for(mock) as cf:
        token = cf.authentication.get_access_token(
            body=TokenRequest(
                grant_type="client_credentials",
                client_id=c["client_id"],
                client_secret=c["client_secret"],
                scope="read",
            )
        )
        assert (token.token_type, token.expires_in, token.scope) == ("Bearer", 36000, "read")
        with pytest.raises(CryptofuseAuthenticationError):
            cf.authentication.get_access_token(
                body=TokenRequest(grant_type="client_credentials", client_id=c["client_id"], client_secret="wrong")
            )
        app = cf.authentication.create_o_auth_application(body=CreateOAuthApplicationRequest(name="e2e app"))
        listed = cf.authentication.list_o_auth_applications()
        assert isinstance(listed, OAuthApplicationPage)
        assert app.id in [a.id for a in listed.results]
        with CryptofuseClient(
            client_id=app.client_id, client_secret=app.client_secret, base_url=mock.base_url
        ) as fresh:
            assert fresh.user_information.get_tenant_info().name
            cf.authentication.delete_o_auth_application(id=app.id)
            with pytest.raises(CryptofuseAuthenticationError):  # its token is revoked and it cannot get another
                fresh.user_information.get_tenant_info()
        with pytest.raises(CryptofuseNotFoundError):
            cf.authentication.delete_o_auth_application(id=app.id)


def test_expired_token_is_renewed_once(mock):
    with client_for(mock, scope="read write") as cf:
        cf.user_information.get_tenant_info()
        control(mock, "/_mock/clock", {"shift_ms": 36_000_000})  # the cached token expires on the mock's clock
        try:
            assert cf.user_information.get_tenant_info().name  # 401 -> new token -> retried
        finally:
            control(mock, "/_mock/clock", {"shift_ms": -36_000_000})


def test_currencies_rates_and_limits(mock):
    with client_for(mock) as cf:
        simple = cf.currencies_rates.list_currencies()
        assert isinstance(simple, CurrencyListSimple) and "USDTTRC20" in simple.currencies
        full = cf.currencies_rates.list_currencies(full=True, min_max=True, include_usd=True, withdrawal=True)
        assert isinstance(full, CurrencyListFull)
        usdt = next(x for x in full.currencies if x.currency == "USDTTRC20")
        assert (usdt.min_amount, usdt.blockchain) == (Decimal(10), "trx")
        rate = cf.currencies_rates.get_rate(amount=Decimal("100"), currency_to="USDTTRC20", full=True)
        assert (rate.rate, rate.estimated_amount, rate.fee_amount) == (
            Decimal("0.999"),
            Decimal("98.901"),
            Decimal("0.999"),
        )
        limits = cf.payments.get_payment_min_amount(currency="USDTTRC20")
        assert (limits.min_amount, limits.max_amount) == (Decimal(10), Decimal(100000))
        with pytest.raises(CryptofuseInvalidRequestError) as caught:
            cf.payments.get_payment_min_amount(currency="NOPE")
        assert caught.value.code == "invalid_currency"
        assert cf.api_status.get_api_status().status == "ok"
        assert cf.user_information.get_tenant_info().transaction_fee == Decimal("1.0")


def test_payments_listing_and_errors(mock):
    with client_for(mock, scope="read write") as cf:
        created = [
            cf.payments.create_payment(
                body=CreatePaymentRequest(amount=Decimal(20 + i), blockchain="ETH", token="USDC")
            )
            for i in range(3)
        ]
        page = cf.payments.list_payments(limit=2, currency="USDCERC20")
        assert (len(page.results), page.total) == (2, 3)
        walked = [p.transaction_id for p in cf.payments.iter_list_payments(limit=2, currency="USDCERC20")]
        assert sorted(walked) == sorted(p.transaction_id for p in created)
        with pytest.raises(CryptofuseInvalidAmountError):
            cf.payments.create_payment(body=CreatePaymentRequest(amount=Decimal(1), currency="USDTTRC20"))
        with pytest.raises(CryptofuseNotFoundError):
            cf.payments.get_payment_status(
                body=GetPaymentStatusRequest(transaction_id=UUID("123e4567-e89b-12d3-a456-426614174000"))
            )


def test_withdrawal_tools_and_history(mock):
    with client_for(mock, scope="read write") as cf:
        fund(mock, cf, "500")
        ok = cf.withdrawals.validate_withdrawal_address(body=ValidateAddressRequest(address=EVM, currency="USDTARB"))
        assert (ok.is_valid, ok.type_, ok.blockchain) == (True, "EVM", "ARB")
        bad = cf.withdrawals.validate_withdrawal_address(body=ValidateAddressRequest(address=EVM, blockchain="TRX"))
        assert bad.is_valid is False and bad.error_message
        fee = cf.withdrawals.estimate_withdrawal_fee(
            body=EstimateWithdrawalFeeRequest(amount=Decimal(100), currency="USDTTRC20", address="T" + "2" * 33)
        )
        assert (fee.fee, fee.is_new_address, fee.address_activation_fee) == (Decimal("1.5"), True, Decimal(1))
        estimate = cf.withdrawals.estimate_withdrawal(
            body=EstimateWithdrawalRequest(amount=Decimal(100), currency="USDTTRC20", final_amount=True)
        )
        assert (estimate.amount, estimate.fee, estimate.status) == (Decimal(100), Decimal("1.5"), "estimate")
        assert estimate.requested_amount == estimate.amount + estimate.fee  # what would leave the balance
        minimum = cf.withdrawals.get_withdrawal_min_amount(body=GetWithdrawalMinAmountRequest(currency="BTC"))
        assert Decimal(str(minimum.min_amount)) == Decimal("0.0005")
        available = cf.withdrawals.list_withdrawal_currencies()
        assert "USDTTRC20" in [x.currency for x in available.currencies]
        w = cf.withdrawals.create_withdrawal(
            body=CreateWithdrawalRequest(
                price_amount=Decimal(30),
                price_currency="USD",
                blockchain="TRX",
                token="USDT",
                address=TRON,
                custom_id="tools",
            )
        )
        assert w.requested_amount == Decimal("29.97")
        status = cf.withdrawals.get_withdrawal_status(body=GetWithdrawalStatusRequest(withdrawal_id=w.withdrawal_id))
        assert status.withdrawal_id == w.withdrawal_id
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        found = cf.withdrawals.list_withdrawals(custom_id="tools", start_date=since)
        assert [x.withdrawal_id for x in found.withdrawals] == [w.withdrawal_id]
        assert w.withdrawal_id in [x.withdrawal_id for x in cf.withdrawals.iter_list_withdrawals(limit=1)]
        with pytest.raises(CryptofuseInvalidAmountError):
            cf.withdrawals.create_withdrawal(
                body=CreateWithdrawalRequest(amount=Decimal(10**6), currency="USDTTRC20", address=TRON)
            )
        history = cf.balances.get_balance_history(currency="USDTTRC20", type_="withdrawal")
        assert history.history and all(h.amount < 0 for h in history.history)
        assert len(list(cf.balances.iter_get_balance_history(limit=1))) == history.total + len(
            cf.balances.get_balance_history(type_="deposit").history
        )


def test_wallets_and_async_transfers(mock, receiver):
    with client_for(mock) as cf:
        fund(mock, cf, "300")
        wallet = cf.wallets.create_wallet(body=CreateWalletRequest(name="Player 1", external_id="player-1"))
        with pytest.raises(CryptofuseDuplicateError):
            cf.wallets.create_wallet(body=CreateWalletRequest(name="again", external_id="player-1"))
        accepted = cf.wallets.transfer_to_user(
            body=WalletTransferRequest(
                external_id="player-1", currency="USDTTRC20", amount=Decimal("120.5"), callback_url=receiver.url
            )
        )
        assert accepted.status == "accepted"

        def settled(transfer_id: str) -> bool:
            history = cf.wallets.get_transfer_history(body=GetTransferHistoryRequest(wallet_id=wallet.wallet_id))
            return any(t.id == transfer_id and t.status == "completed" for t in history.transfers)

        deadline = time.monotonic() + 10
        while not settled(accepted.transfer_id):  # the mock's engine tick completes it (~0.5 s)
            assert time.monotonic() < deadline, "transfer never completed"
            time.sleep(0.05)
        balances = cf.wallets.get_wallet_balances(body=GetWalletBalancesRequest(wallet_id=wallet.wallet_id))
        assert balances.balances[0].available_balance == Decimal("120.5")
        ledger_ok(mock)
        back = cf.wallets.withdraw_to_master(
            body=WalletTransferRequest(
                wallet_id=wallet.wallet_id, currency="USDTTRC20", amount=Decimal("20.5"), callback_url=receiver.url
            )
        )
        control(mock, f"/_mock/cryptofuse/transfers/{back.transfer_id}/settle")
        detail = cf.wallets.get_wallet(id=str(wallet.id))
        assert detail.balances[0].amount == Decimal(100)
        ledger_ok(mock)
        assert wallet.wallet_id in [w.wallet_id for w in cf.wallets.list_wallets().accounts]
        history = list(cf.wallets.iter_get_transfer_history(body=GetTransferHistoryRequest(wallet_id=wallet.wallet_id)))
        assert [(t.transfer_type, t.status) for t in history] == [("to_master", "completed"), ("to_sub", "completed")]
        balances = cf.balances.get_balances()
        assert balances.sub_accounts["USDTTRC20"].total_amount >= Decimal(100)
        assert cf.user_information.get_platform_fees().fees["USDTTRC20"] > 0
        with pytest.raises(CryptofuseNotFoundError):
            cf.wallets.get_wallet(id="999999")
        updated = cf.user_information.configure_webhook(body=ConfigureWebhookRequest(callback_url=receiver.url))
        assert isinstance(updated, WebhookSettingsUpdated) and "****" in updated.masked_secret


async def test_async_client(mock):
    c = mock.credentials
    async with AsyncCryptofuseClient(
        client_id=c["client_id"], client_secret=c["client_secret"], scope="read write", base_url=mock.base_url
    ) as cf:
        payment = await cf.payments.create_payment(body=CreatePaymentRequest(amount=Decimal(50), currency="USDTARB"))
        assert payment.status == "waiting"
        found = [p.transaction_id async for p in cf.payments.iter_list_payments(limit=1, currency="USDTARB")]
        assert payment.transaction_id in found
        status = await cf.payments.get_payment_status(
            body=GetPaymentStatusRequest(transaction_id=payment.transaction_id)
        )
        assert status.amount_crypto == Decimal("49.95")
        with pytest.raises(CryptofuseInvalidAmountError):
            await cf.withdrawals.create_withdrawal(
                body=CreateWithdrawalRequest(amount=Decimal(10**6), currency="USDTARB", address=EVM)
            )
