"""The B2B2C use case of seed 000, end to end through the generated Ceffu client and the mock.

A platform opens a Prime wallet and sub-wallets for its users, takes deposits (one swept by
auto-collection), moves funds sub -> prime, whitelists an address, withdraws and receives the
signed webhook, reads balances, delegates to and undelegates from Binance through MirrorX, and
reads its transaction history. Further tests call every other operation through the typed client.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from ceffu_client import AsyncCeffuClient, CeffuClient, CeffuInvalidRequestError, CeffuPermissionError, models
from ceffu_client.webhooks import verify_webhook
from mock_control_client import MockControlClient
from mock_control_client.models import DepositCreate, WebhookTargetCreate, WithdrawalAdvance

EXTERNAL_ETH = "0x" + "cd" * 20
DAY = 86_400_000


class Receiver:
    """A loopback webhook endpoint that records every delivery."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        received = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                received.append(self.rfile.read(int(self.headers["content-length"])))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ceffu"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, predicate, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for body in self.bodies:
                event = json.loads(body)
                if predicate(event):
                    return event
            time.sleep(0.05)
        raise AssertionError(f"no matching webhook among {len(self.bodies)} deliveries")


@pytest.fixture(scope="module")
def ceffu(mock) -> Iterator[CeffuClient]:
    creds = mock.credentials
    with CeffuClient(api_key=creds["api_key"], private_key=creds["private_key"], base_url=mock.base_url) as client:
        yield client


@pytest.fixture(scope="module")
def control(mock) -> Iterator[MockControlClient]:
    with MockControlClient(base_url=mock.base_url) as client:
        yield client


@pytest.fixture(scope="module")
def receiver(control) -> Iterator[Receiver]:
    receiver = Receiver()
    control.webhooks.add_webhook_target(body=WebhookTargetCreate(url=receiver.url))
    yield receiver
    receiver.server.shutdown()


def balance(assets, coin: str) -> Decimal:
    return sum((a.amount for a in assets if a.coin_symbol == coin), Decimal(0))


def ledger_ok(mock) -> None:
    """The mock's ledger invariants (coinrails_mock.engine.ledger) hold."""
    check = httpx.get(mock.base_url + "/_mock/ledger/check").json()
    assert check["ok"], check["problems"]


def test_b2b2c_flow(ceffu, control, receiver, mock):
    # Prime wallet for the platform, one sub-wallet per end user (one with auto-collection).
    prime = ceffu.wallets.create_wallet(
        body=models.CreateWalletRequest(wallet_name="B2B2C prime", wallet_type=20, request_id="e2e-prime")
    )
    alice = ceffu.sub_wallets.create_sub_wallet(
        body=models.CreateSubWalletRequest(parent_wallet_id=prime.wallet_id_str, wallet_name="alice", request_id="a")
    )
    bob = ceffu.sub_wallets.create_sub_wallet(
        body=models.CreateSubWalletRequest(
            parent_wallet_id=prime.wallet_id_str, wallet_name="bob", auto_collection=1, request_id="b"
        )
    )
    subs = {w.wallet_id_str for w in ceffu.sub_wallets.iter_get_sub_wallet_list(parent_wallet_id=prime.wallet_id_str)}
    assert subs == {alice.wallet_id_str, bob.wallet_id_str}

    # Deposit addresses: stable per wallet/coin/network.
    alice_addr = ceffu.sub_wallet_deposits.get_sub_wallet_deposit_address(
        wallet_id=alice.wallet_id_str, network="ETH", coin_symbol="USDT"
    )
    again = ceffu.sub_wallet_deposits.get_sub_wallet_deposit_address(
        wallet_id=alice.wallet_id_str, network="ETH", coin_symbol="USDT"
    )
    assert alice_addr.wallet_address == again.wallet_address and alice_addr.wallet_address.startswith("0x")
    bob_addr = ceffu.sub_wallet_deposits.get_sub_wallet_deposit_address(
        wallet_id=bob.wallet_id_str, network="ETH", coin_symbol="USDT"
    )
    listed = ceffu.sub_wallet_deposits.get_sub_wallet_deposit_address_list(
        parent_wallet_id=prime.wallet_id_str, coin_symbol="USDT", network="ETH"
    )
    assert {a.wallet_address for a in listed.data} >= {alice_addr.wallet_address, bob_addr.wallet_address}

    # Users deposit; bob's deposit is swept to the prime wallet by auto-collection.
    control.simulation.create_deposit(
        body=DepositCreate(address=alice_addr.wallet_address, coin_symbol="USDT", network="ETH", amount="250.5")
    )
    control.simulation.create_deposit(
        body=DepositCreate(address=bob_addr.wallet_address, coin_symbol="USDT", network="ETH", amount="100")
    )
    alice_assets = ceffu.sub_wallets.get_sub_wallet_asset_list(wallet_id=alice.wallet_id_str).data
    bob_assets = ceffu.sub_wallets.get_sub_wallet_asset_list(wallet_id=bob.wallet_id_str).data
    prime_assets = list(ceffu.wallets.iter_get_wallet_asset_list(wallet_id=prime.wallet_id_str))
    assert balance(alice_assets, "USDT") == Decimal("250.5")
    assert balance(bob_assets, "USDT") == 0 and balance(prime_assets, "USDT") == Decimal("100")
    ledger_ok(mock)
    deposit_event = receiver.wait_for(lambda e: e["event"] == "1")
    assert verify_webhook(json.dumps(deposit_event), mock.credentials["webhook_public_key"])

    # Alice's funds move to the prime wallet before they can be withdrawn.
    transfer = ceffu.internal_transfers.create_sub_wallet_transfer(
        body=models.CreateSubWalletTransferRequest(
            coin_symbol="USDT",
            amount=Decimal("200.5"),
            from_wallet_id=alice.wallet_id_str,
            to_wallet_id=prime.wallet_id_str,
            request_id="e2e-transfer",
        )
    )
    detail = ceffu.internal_transfers.get_sub_wallet_transfer_detail(
        wallet_id_str=alice.wallet_id_str, order_view_id=transfer.order_view_id
    )
    assert detail.amount == Decimal("200.5") and detail.direction == 20
    ledger_ok(mock)

    # Whitelist an address, withdraw to it, complete it, receive and verify the webhook.
    ceffu.whitelisted_addresses.add_whitelist_address(
        body=models.AddWhitelistRequest(
            address_type=1, address=EXTERNAL_ETH, label="treasury", symbol="USDT", network="ETH"
        )
    )
    fee = ceffu.withdrawals.get_withdrawal_fee(wallet_id=prime.wallet_id_str, coin_symbol="USDT", network="ETH")
    withdrawal = ceffu.withdrawals.create_withdrawal(
        body=models.CreateWithdrawalRequest(
            wallet_id=prime.wallet_id_str,
            coin_symbol="USDT",
            network="ETH",
            amount=Decimal("50"),
            withdrawal_address=EXTERNAL_ETH,
            request_id="e2e-withdrawal",
        )
    )
    ledger_ok(mock)
    control.simulation.advance_withdrawal(order_view_id=withdrawal.order_view_id, body=WithdrawalAdvance(to=40))
    ledger_ok(mock)
    done = ceffu.withdrawals.get_withdrawal_detail(order_view_id=withdrawal.order_view_id)
    assert done.status == 40
    event = receiver.wait_for(lambda e: e["event"] == "3" and e["data"]["orderViewId"] == withdrawal.order_view_id)
    parsed = verify_webhook(json.dumps(event), mock.credentials["webhook_public_key"])
    assert parsed.data.orderViewId == withdrawal.order_view_id

    # Balances: 100 swept + 200.5 transferred - 50 withdrawn - the fee.
    prime_usdt = balance(ceffu.wallets.get_wallet_asset_list(wallet_id=prime.wallet_id_str).data, "USDT")
    assert prime_usdt == Decimal("100") + Decimal("200.5") - Decimal("50") - fee.fee_amount
    summary = ceffu.wallets.get_wallet_asset_summary(wallet_id_str=prime.wallet_id_str)
    assert summary.wallet_id_str == prime.wallet_id_str

    # Transaction history shows the swept deposit and the transfer coming in, and the withdrawal.
    today = time.strftime("%Y%m%d", time.gmtime())
    rows = list(
        ceffu.transactions.iter_get_transaction_history(
            body=models.TransactionHistoryRequest(start_date=today, end_date=today, wallet_type=20, page_limit=50)
        )
    )
    assert {r.transaction_type for r in rows} >= {"Transfer In", "Send"}


def test_mirrorx_delegate_and_undelegate(ceffu, control):
    link = next(ceffu.mirror_x.iter_get_mirror_x_link_ids())
    prime = link.wallet_id_str
    address = ceffu.deposits.get_deposit_address(wallet_id=prime, network="ETH", coin_symbol="ETH")
    control.simulation.create_deposit(
        body=DepositCreate(address=address.wallet_address, coin_symbol="ETH", network="ETH", amount="3")
    )
    available = ceffu.mirror_x.get_mirror_x_available_amount(
        mirror_x_link_id=link.mirror_x_link_id, coin_symbol="ETH", order_type=10
    )
    assert available.max_available_amount >= Decimal("3")
    for order_type, amount, request_id in [(10, "2", "mx-delegate"), (20, "0.5", "mx-undelegate")]:
        ceffu.mirror_x.place_mirror_x_order(
            body=models.PlaceMirrorXOrderRequest(
                mirror_x_link_id=link.mirror_x_link_id,
                order_type=order_type,
                coin_symbol="ETH",
                amount=Decimal(amount),
                request_id=request_id,
            )
        )
    positions = list(ceffu.mirror_x.iter_get_mirror_x_positions(mirror_x_link_id=link.mirror_x_link_id, page_limit=50))
    assert sum((p.mirror_x_balance for p in positions if p.coin_symbol == "ETH"), Decimal(0)) == Decimal("1.5")
    now = int(time.time() * 1000)
    orders = list(
        ceffu.mirror_x.iter_get_mirror_x_orders(
            mirror_x_link_id=link.mirror_x_link_id, start_time=now - DAY, end_time=now + 60_000, page_limit=50
        )
    )
    assert {o.order_type for o in orders} >= {10, 20}


def test_readonly_key_cannot_create(mock):
    creds = mock.credentials
    with CeffuClient(
        api_key=creds["readonly_api_key"], private_key=creds["readonly_private_key"], base_url=mock.base_url
    ) as readonly:
        assert readonly.wallets.get_wallet_list().data is not None
        with pytest.raises(CeffuPermissionError) as info:
            readonly.wallets.create_wallet(
                body=models.CreateWalletRequest(wallet_name="nope", wallet_type=20, request_id="ro-1")
            )
    assert info.value.code == "G20016" and info.value.status_code == 403


def test_window_too_large_is_typed(ceffu):
    link = next(ceffu.mirror_x.iter_get_mirror_x_link_ids())
    with pytest.raises(CeffuInvalidRequestError) as info:
        ceffu.mirror_x.get_mirror_x_orders(
            mirror_x_link_id=link.mirror_x_link_id, start_time=0, end_time=40 * DAY, page_limit=10, page_no=1
        )
    assert info.value.code == "G20026"


async def test_async_client_reads_and_writes(mock):
    creds = mock.credentials
    async with AsyncCeffuClient(
        api_key=creds["api_key"], private_key=creds["private_key"], base_url=mock.base_url
    ) as client:
        wallet = await client.wallets.create_wallet(
            body=models.CreateWalletRequest(wallet_name="async QW", wallet_type=10, request_id="async-1")
        )
        names = [w.wallet_name async for w in client.wallets.iter_get_wallet_list(page_limit=2)]
    assert "async QW" in names and wallet.wallet_type == 10


def test_every_other_operation(ceffu, control):
    """The remaining operations, each answered with its typed payload."""
    now = int(time.time() * 1000)
    window = {"start_time": now - DAY, "end_time": now + 60_000}
    assert ceffu.system.get_system_status(biz_type=10, wallet_type=20).status in (0, 1)
    for coins in (
        ceffu.supported_assets.get_prime_wallet_coins(),
        ceffu.supported_assets.get_qualified_wallet_coins(),
        ceffu.supported_assets.get_cosign_wallet_coins(),
    ):
        assert coins and all(c.coin_symbol for c in coins)
    prime = ceffu.wallets.create_wallet(
        body=models.CreateWalletRequest(wallet_name="ops prime", wallet_type=20, request_id="ops-prime")
    ).wallet_id_str
    assert (
        ceffu.wallets.update_wallet(body=models.UpdateWalletRequest(wallet_id=prime, wallet_name="ops 2")).wallet_name
        == "ops 2"
    )
    assert prime in {w.wallet_id_str for w in ceffu.wallets.get_wallet_list(page_limit=500).data}
    address = ceffu.deposits.get_deposit_address(wallet_id=prime, network="ETH", coin_symbol="ETH").wallet_address
    deposit = control.simulation.create_deposit(
        body=DepositCreate(address=address, coin_symbol="ETH", network="ETH", amount="5")
    )
    history = ceffu.deposits.get_deposit_history(wallet_id=prime, **window).data
    assert [d.order_view_id for d in history] == [deposit.order_view_id]
    detail = ceffu.deposits.get_deposit_detail(order_view_id=deposit.order_view_id)
    assert detail and detail[0].amount == Decimal("5")
    receiver = ceffu.wallets.create_wallet(
        body=models.CreateWalletRequest(wallet_name="ops receiver", wallet_type=10, request_id="ops-receiver")
    ).wallet_id_str
    withdrawn = ceffu.withdrawals.create_withdrawal(  # to a Ceffu wallet: no whitelist needed
        body=models.CreateWithdrawalRequest(
            wallet_id=prime,
            coin_symbol="ETH",
            network="ETH",
            amount=Decimal("1"),
            to_wallet_id_str=receiver,
            request_id="ops-w",
        )
    )
    assert withdrawn.order_view_id in {
        w.order_view_id
        for w in ceffu.withdrawals.get_withdrawal_history(wallet_id=prime, page_limit=10, page_no=1, **window).data
    }
    assert ceffu.whitelisted_addresses.get_whitelist_options().options is not None
    assert ceffu.whitelisted_addresses.get_whitelist_list(page_limit=100).data is not None

    sub = ceffu.sub_wallets.create_sub_wallet(
        body=models.CreateSubWalletRequest(parent_wallet_id=prime, wallet_name="ops sub", request_id="ops-sub")
    ).wallet_id_str
    updated = ceffu.sub_wallets.update_sub_wallet(body=models.UpdateSubWalletRequest(wallet_id=sub, auto_collection=1))
    assert updated.auto_collection == 1
    assert ceffu.sub_wallets.get_sub_wallet_asset_summary(wallet_id_str=prime).wallet_id_str == prime
    sub_address = ceffu.sub_wallet_deposits.get_sub_wallet_deposit_address(
        wallet_id=sub, network="ETH", coin_symbol="ETH"
    ).wallet_address
    control.simulation.create_deposit(
        body=DepositCreate(address=sub_address, coin_symbol="ETH", network="ETH", amount="2")
    )
    by_sub = ceffu.sub_wallet_deposits.get_sub_wallet_deposit_history(wallet_id=sub, **window).data
    by_prime = ceffu.sub_wallet_deposits.get_sub_wallet_deposit_history_by_prime(wallet_id=prime, **window).data
    assert len(by_sub) == 1 and [d.wallet_id_str for d in by_prime] == [sub]
    sweeps = ceffu.internal_transfers.get_sub_wallet_transfer_history(wallet_id=sub, **window).data
    assert [t.direction for t in sweeps] == [70]  # the auto-collection sweep
    assert sub in [
        str(w)
        for w in ceffu.archive_wallet.get_sub_wallet_list_v1(parent_wallet_id=prime, page_limit=10, page_no=1).data
    ]

    # Webhook resend: every failed delivery of the target since a time is queued again.
    target = control.webhooks.add_webhook_target(body=WebhookTargetCreate(url="http://127.0.0.1:9/unreachable"))
    assert (
        ceffu.webhooks.resend_webhook(
            body=models.ResendWebhookRequest(
                webhook_id=target.webhook_id, event_type="1", resend_from_date_time=now - DAY
            )
        )
        is True
    )

    # Archive: mirror application/settlement, exchange transfers, v1 withdrawals.
    link = next(ceffu.mirror_x.iter_get_mirror_x_link_ids())
    linked = ceffu.archive_mirror.get_mirror_linked_uids(wallet_id_str=link.wallet_id_str, page_limit=10, page_no=1)
    assert linked.data
    link_prime = link.wallet_id_str
    link_address = ceffu.deposits.get_deposit_address(wallet_id=link_prime, network="ETH", coin_symbol="ETH")
    control.simulation.create_deposit(
        body=DepositCreate(address=link_address.wallet_address, coin_symbol="ETH", network="ETH", amount="4")
    )
    mirror = {"mirror_link_id": link.mirror_x_link_id, "coin_symbol": "ETH", "network": "ETH", "amount": Decimal("0.5")}
    applied = ceffu.archive_mirror.apply_mirror_assets(
        body=models.ApplyMirrorAssetsRequest(operation_type="1", request_id="ops-apply", **mirror)
    )
    settled = ceffu.archive_mirror.settle_mirror_assets(
        body=models.SettleMirrorAssetsRequest(operation_type="2", request_id="ops-settle", **mirror)
    )
    assert applied.record_id != settled.record_id
    records = ceffu.archive_mirror.get_mirror_operation_records(
        wallet_id_str=link_prime, page_limit=10, page_no=1, **window
    ).data
    assert {str(r.operation_type) for r in records} >= {"1", "2"}
    assert ceffu.archive_mirror.get_mirror_positions(wallet_id_str=link_prime, page_limit=10, page_no=1) is not None
    assert ceffu.archive_mirror.get_mirror_position_summary(wallet_id_str=link_prime).wallet_id_str == link_prime
    exchange = ceffu.archive_wallet.transfer_with_exchange(
        body=models.TransferWithExchangeRequest(
            amount=Decimal("0.5"),
            coin_symbol="ETH",
            exchange_code=10,
            exchange_user_id="35000001",
            parent_wallet_id=link_prime,
            request_id="ops-x",
        )
    )
    assert ceffu.archive_wallet.get_exchange_transfer_detail(
        wallet_id=link_prime, order_view_id=exchange.order_view_id
    ).amount == Decimal("0.5")
    assert ceffu.archive_wallet.get_exchange_transfer_history(
        wallet_id=link_prime, page_limit=10, page_no=1, **window
    ).data
    v1 = ceffu.archive_wallet.create_withdrawal_v1(
        body=models.CreateWithdrawalV1Request(
            wallet_id=link_prime,
            coin_symbol="ETH",
            network="ETH",
            amount=Decimal("0.2"),
            to_wallet_id_str=prime,
            request_id="ops-v1",
        )
    )
    assert (
        ceffu.archive_wallet.get_withdrawal_detail_v1(order_view_id=v1.order_view_id).order_view_id == v1.order_view_id
    )
    assert v1.order_view_id in {
        w.order_view_id
        for w in ceffu.archive_wallet.get_withdrawal_history_v1(
            wallet_id=link_prime, page_limit=10, page_no=1, **window
        ).data
    }
