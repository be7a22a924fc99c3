"""Cryptofuse rules on the backend alone (no HTTP): payments, fees, withdrawals, transfers, wallets, OAuth."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.providers.cryptofuse.backend import CryptofuseBackend, deposit_address
from coinrails_mock.providers.cryptofuse.credentials import MAIN_CLIENT_ID, MAIN_CLIENT_SECRET, READ_CLIENT_ID
from coinrails_mock.providers.cryptofuse.currencies import ADDRESS_TYPES, CURRENCIES, address_problem
from coinrails_mock.providers.cryptofuse.errors import CryptofuseError, OAuthError
from coinrails_mock.providers.cryptofuse.models import MASTER, TO_MASTER, TO_SUB
from tests.mock.stores import on_sqlite, reopened, tx

from .conftest import EVM, TRON

USDT = CURRENCIES["USDTTRC20"]
D = Decimal


class Clock:
    def __init__(self) -> None:
        self.now = 1_767_225_600_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def backend(clock: Clock) -> CryptofuseBackend:
    return CryptofuseBackend(clock)


def funded(backend: CryptofuseBackend, paid: str = "1000", account: str | None = None) -> CryptofuseBackend:
    p = backend.create_payment(11, USDT, wallet_id=account)  # asks 10.989
    backend.simulate_deposit(p.transaction_id, paid)
    assert p.status == "completed"
    return backend


def refused(backend: CryptofuseBackend, status: int, code: str, action) -> CryptofuseError:
    """The action is refused with (status, code) and changes nothing."""
    before = backend.store.export()
    with pytest.raises(CryptofuseError) as caught:
        action()
    assert (caught.value.status, caught.value.code) == (status, code), caught.value.message
    assert backend.store.export() == before
    return caught.value


# ---- payments ---------------------------------------------------------------------------------------
def test_payment_asks_the_rate_converted_amount_and_completes_when_fully_paid(backend):
    p = backend.create_payment(100, USDT)
    assert (p.status, p.amount_crypto, p.account) == ("waiting", D("99.9"), MASTER)
    assert ADDRESS_TYPES["TRX"].fullmatch(p.address)
    backend.simulate_deposit(p.transaction_id, "99.9", confirmations=0)
    assert p.status == "confirming"
    assert backend.balance(MASTER, "USDTTRC20").incoming == D("99.9")
    backend.confirm_payment(p.transaction_id)
    # 1 % platform fee kept from what arrived
    assert (p.status, p.fee, p.credited) == ("completed", D("0.999"), D("98.901"))
    row = backend.balance(MASTER, "USDTTRC20")
    assert (row.available, row.incoming) == (D("98.901"), 0)
    assert backend.accounts.flowed("fees", "USDTTRC20") == D("0.999")
    kinds = [(e.kind, e.data.get("status")) for e in backend.drain_events()]
    assert kinds == [
        ("deposit_received", None),
        ("payment_status_update", "confirming"),
        ("payment_status_update", "completed"),
    ]


def test_fee_paid_by_user_is_added_to_the_asked_amount_and_the_merchant_gets_the_price(backend):
    p = backend.create_payment(100, USDT, is_fee_paid_by_user=True)
    assert p.amount_crypto == D("100.899")  # 99.9 + 1 %
    backend.simulate_deposit(p.transaction_id, "100.899")
    assert (p.status, p.credited, p.fee) == ("completed", D("99.9"), D("0.999"))


def test_underpaid_payment_is_partially_completed_when_its_window_ends(backend, clock):
    p = backend.create_payment(100, USDT, expiry_minutes=15)
    backend.simulate_deposit(p.transaction_id, "40")
    assert p.status == "confirming"  # confirmed but underpaid: waits for more until the window ends
    backend.tick(clock.now + 15 * 60_000 - 1)
    assert p.status == "confirming"
    backend.tick(clock.now + 15 * 60_000)
    assert (p.status, p.credited) == ("partially_completed", D("39.6"))
    assert backend.balance(MASTER, "USDTTRC20").available == D("39.6")


def test_unpaid_payment_expires_and_late_funds_are_refused(backend, clock):
    p = backend.create_payment(100, USDT)
    backend.tick(clock.now + 30 * 60_000)
    assert p.status == "expired"
    with pytest.raises(CryptofuseError) as caught:
        backend.simulate_deposit(p.transaction_id, "99.9")
    assert caught.value.status == 409


def test_overpayment_is_credited_in_full(backend):
    p = backend.create_payment(100, USDT)
    backend.simulate_deposit(p.transaction_id, "60")
    backend.simulate_deposit(p.transaction_id, "60")
    assert (p.status, p.paid, p.credited) == ("completed", D("120"), D("118.8"))


def test_failed_payment_returns_what_arrived(backend):
    p = backend.create_payment(100, USDT)
    backend.simulate_deposit(p.transaction_id, "10", confirmations=1)
    backend.fail_payment(p.transaction_id)
    assert p.status == "failed"
    assert backend.balance(MASTER, "USDTTRC20").total == 0
    assert backend.accounts.flowed("refunded", "USDTTRC20") == D("10")
    assert not backend.ledger_problems()


def test_payment_limits_and_inputs_are_checked_without_side_effects(backend):
    refused(backend, 422, "invalid_amount", lambda: backend.create_payment(5, USDT))  # 4.995 < 10
    refused(backend, 422, "invalid_amount", lambda: backend.create_payment(200_000, USDT))
    refused(backend, 422, "invalid_amount", lambda: backend.create_payment(D("10.123456789"), USDT))
    refused(backend, 400, "invalid_currency", lambda: backend.create_payment(100, USDT, price_currency="XYZ"))
    refused(backend, 400, "invalid_url", lambda: backend.create_payment(100, USDT, callback_url="not a url"))
    refused(backend, 400, "invalid_request", lambda: backend.create_payment(100, USDT, wallet_id="w_nope"))


def test_payment_in_euro_is_converted_through_usd(backend):
    p = backend.create_payment(92, USDT, price_currency="EUR")
    assert (p.amount_usd, p.amount_crypto) == (D(100), D("99.9"))


def test_currency_is_chosen_by_code_or_blockchain_and_token(backend):
    assert backend.currency(blockchain="TRON", token="usdt").code == "USDTTRC20"
    assert backend.currency("usdtarb").code == "USDTARB"
    for args, code in (
        (("USDTTRC20", "TRX", "USDT"), "invalid_request"),
        ((None, "TRX", None), "missing_required_fields"),
        (("DOGEWOW", None, None), "invalid_currency"),
        ((None, "SOL", "USDT"), "invalid_currency"),
    ):
        with pytest.raises(CryptofuseError) as caught:
            backend.currency(*args)
        assert caught.value.code == code


# ---- withdrawals ------------------------------------------------------------------------------------
def test_withdrawal_fee_breakdown_and_debit(backend):
    funded(backend)  # 990 available
    w = backend.create_withdrawal(USDT, TRON, amount=100)
    # platform 1 % + network 0.5 + 1 activation (first withdrawal to this TRON address)
    assert (w.requested_amount, w.platform_fee, w.network_fee, w.amount) == (D(100), D(1), D("1.5"), D("97.5"))
    row = backend.balance(MASTER, "USDTTRC20")
    assert (row.available, row.locked) == (D(890), D(100))
    again = backend.create_withdrawal(USDT, TRON, amount=100)
    assert again.network_fee == D("0.5")  # the address is known now


def test_final_amount_puts_the_fees_on_top(backend):
    funded(backend)
    w = backend.create_withdrawal(USDT, TRON, amount=100, final_amount=True)
    # requested_amount = amount + fee, as in the docs' example (100 = 98.50 + 1.50): what leaves the balance
    assert (w.amount, w.requested_amount, w.debit) == (D(100), D("102.5"), D("102.5"))


def test_price_amount_is_converted_at_the_rate(backend):
    funded(backend)
    w = backend.create_withdrawal(USDT, TRON, price_amount=50)
    assert w.requested_amount == D("49.95")


def test_withdrawal_refusals_change_nothing(backend):
    funded(backend, "100")  # 99 available
    refused(backend, 422, "invalid_amount", lambda: backend.create_withdrawal(USDT, TRON, amount=150))
    refused(backend, 422, "invalid_amount", lambda: backend.create_withdrawal(USDT, TRON, amount=5))  # < min 10
    refused(backend, 422, "invalid_amount", lambda: backend.create_withdrawal(USDT, TRON, amount=99, final_amount=True))
    refused(backend, 400, "invalid_request", lambda: backend.create_withdrawal(USDT, EVM, amount=20))
    refused(backend, 400, "invalid_request", lambda: backend.create_withdrawal(USDT, TRON, amount=20, price_amount=20))
    refused(backend, 400, "missing_required_fields", lambda: backend.create_withdrawal(USDT, TRON))
    refused(backend, 400, "invalid_request", lambda: backend.create_withdrawal(USDT, TRON, amount=20, account_id="x"))


def test_withdrawal_steps_complete_and_funds_leave(backend):
    funded(backend)
    w = backend.create_withdrawal(USDT, TRON, amount=100)
    seen = []
    while w.status != "completed":
        backend.advance_withdrawal(w.withdrawal_id)
        seen.append(w.status)
    assert seen == ["approved", "processing", "submitted", "confirmed", "completed"]
    assert w.transaction_hash and w.confirmations == w.required_confirmations and w.completed_ms
    assert backend.balance(MASTER, "USDTTRC20").locked == 0
    assert backend.accounts.flowed("outflow", "USDTTRC20") == D("99")  # 97.5 sent + 1.5 network fee
    assert not backend.ledger_problems()
    with pytest.raises(CryptofuseError) as caught:
        backend.advance_withdrawal(w.withdrawal_id)
    assert caught.value.status == 409


@pytest.mark.parametrize("refusal", ["rejected", "failed", "cancelled"])
def test_refused_withdrawal_is_refunded(backend, refusal):
    funded(backend)
    w = backend.create_withdrawal(USDT, TRON, amount=100)
    backend.advance_withdrawal(w.withdrawal_id, "processing")
    backend.advance_withdrawal(w.withdrawal_id, refusal, "compliance")
    assert (w.status, w.error_message) == (refusal, "compliance")
    row = backend.balance(MASTER, "USDTTRC20")
    assert (row.available, row.locked) == (D(990), 0)


def test_withdrawal_cannot_go_back(backend):
    funded(backend)
    w = backend.create_withdrawal(USDT, TRON, amount=100)
    backend.advance_withdrawal(w.withdrawal_id, "submitted")
    with pytest.raises(CryptofuseError):
        backend.advance_withdrawal(w.withdrawal_id, "approved")


# ---- wallets and transfers --------------------------------------------------------------------------
def test_transfer_to_user_reserves_then_books_on_completion(backend):
    funded(backend)
    wallet = backend.create_wallet("Alice", "user-1")
    t = backend.transfer(TO_SUB, wallet, "USDTTRC20", "100.5", "http://127.0.0.1:1/cb")
    assert t.status == "pending"
    assert backend.balance(MASTER, "USDTTRC20").locked == D("100.5")
    assert backend.balance(wallet.wallet_id, "USDTTRC20").total == 0
    backend.settle_transfer(t.id)
    assert backend.balance(wallet.wallet_id, "USDTTRC20").available == D("100.5")
    assert backend.balance(MASTER, "USDTTRC20").total == D("889.5")
    [event] = [e for e in backend.drain_events() if e.kind == "transfer_status_update"]
    assert (event.url, event.data["data"]["status"]) == ("http://127.0.0.1:1/cb", "completed")


def test_withdraw_to_master_and_failed_transfer_refund(backend, clock):
    funded(backend)
    wallet = backend.create_wallet("Bob", "user-2")
    backend.settle_transfer(backend.transfer(TO_SUB, wallet, "USDTTRC20", "50", "http://127.0.0.1:1/cb").id)
    back = backend.transfer(TO_MASTER, wallet, "USDTTRC20", "20", "http://127.0.0.1:1/cb")
    backend.settle_transfer(back.id, "failed", "wallet locked")
    assert (back.status, back.error_message) == ("failed", "wallet locked")
    assert backend.balance(wallet.wallet_id, "USDTTRC20").available == D(50)
    auto = backend.transfer(TO_MASTER, wallet, "USDTTRC20", "20", "http://127.0.0.1:1/cb")
    backend.tick(clock.now + 499, transfer_delay_ms=500)
    assert auto.status == "pending"
    backend.tick(clock.now + 500, transfer_delay_ms=500)
    assert auto.status == "completed"
    assert backend.balance(wallet.wallet_id, "USDTTRC20").available == D(30)


def test_transfer_refusals(backend):
    funded(backend, "11")  # 10.89 available
    wallet = backend.create_wallet("Carol", "user-3")
    refused(
        backend,
        422,
        "invalid_amount",
        lambda: backend.transfer(TO_SUB, wallet, "USDTTRC20", "11", "http://127.0.0.1:9/t"),
    )
    refused(
        backend,
        422,
        "invalid_amount",
        lambda: backend.transfer(TO_SUB, wallet, "USDTTRC20", "0", "http://127.0.0.1:9/t"),
    )
    refused(
        backend, 400, "invalid_currency", lambda: backend.transfer(TO_SUB, wallet, "FOO", "1", "http://127.0.0.1:9/t")
    )
    refused(
        backend,
        422,
        "invalid_amount",
        lambda: backend.transfer(TO_MASTER, wallet, "USDTTRC20", "1", "http://127.0.0.1:9/t"),
    )
    refused(backend, 400, "duplicate_external_id", lambda: backend.create_wallet("again", "user-3"))


def test_payment_to_a_wallet_credits_the_wallet(backend):
    wallet = backend.create_wallet("Dan", "user-4")
    funded(backend, "100", account=wallet.wallet_id)
    assert backend.balance(wallet.wallet_id, "USDTTRC20").available == D(99)
    assert backend.balance(MASTER, "USDTTRC20").total == 0


# ---- OAuth ------------------------------------------------------------------------------------------
def test_tokens_carry_the_asked_scopes_and_expire(backend, clock):
    app = backend.client(MAIN_CLIENT_ID, MAIN_CLIENT_SECRET)
    token = backend.issue_token(app, "write read")
    assert token.scopes == ["read", "write"]
    assert backend.token(token.token, clock.now + 36_000_000 - 1) is token
    assert backend.token(token.token, clock.now + 36_000_000) is None
    with pytest.raises(OAuthError) as caught:
        backend.issue_token(backend.apps[2], "read write")
    assert (caught.value.status, caught.value.code) == (400, "invalid_scope")
    assert backend.apps[2].client_id == READ_CLIENT_ID


def test_client_authentication_and_app_deletion_revokes_tokens(backend, clock):
    for client_id, secret in ((MAIN_CLIENT_ID, "wrong"), ("unknown", MAIN_CLIENT_SECRET), (MAIN_CLIENT_ID, None)):
        with pytest.raises(OAuthError) as caught:
            backend.client(client_id, secret)
        assert (caught.value.status, caught.value.code) == (401, "invalid_client")
    app = backend.create_app("ci")
    token = backend.issue_token(app, None)
    assert token.scopes == ["read", "write"]
    backend.delete_app(app.id)
    assert backend.token(token.token, clock.now) is None
    with pytest.raises(CryptofuseError):
        backend.delete_app(app.id)


def test_webhook_secret_is_created_once(backend):
    assert backend.configure_webhook("https://merchant.example/hook") is True
    secret = backend.webhook_secret
    assert secret.startswith("sec_") and len(secret) == 36
    assert backend.configure_webhook("https://merchant.example/other") is False
    assert backend.webhook_secret == secret
    assert backend.masked_secret() == f"sec_****{secret[-4:]}"


# ---- addresses --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("EVM", EVM, "0x742d35Cc6634C0532925a3b844Bc454e4438f44"),
        ("TRX", TRON, "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeB0"),  # 0 is not base58
        ("SOL", "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV", "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtVIl"),
        ("BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb"),
        ("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "0A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ("LTC", "ltc1qg82h5g2h5g2h5g2h5g2h5g2h5g2h5g2h5g2h5", "LTC1qg82"),
        ("DOGE", "DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L", "XH5yaieqoZN36fDVciNyRueRGvGLR3mr7L"),
        ("XRP", "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", "xEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"),
    ],
)
def test_address_formats_per_chain(kind, good, bad):
    assert address_problem(good, kind) is None
    assert address_problem(bad, kind) is not None


def test_memo_only_on_memo_chains_and_generated_addresses_are_well_formed():
    assert address_problem("rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", "XRP", "12345") is None
    assert address_problem("rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", "XRP", "tag") is not None
    assert address_problem(TRON, "TRX", "12345") is not None
    for kind in ADDRESS_TYPES:
        assert address_problem(deposit_address(kind, "seed"), kind) is None


def test_tick_expires_exactly_the_due_payments_also_after_a_restart(clock, tmp_path):
    """tick() follows payments through an index table, not a scan: due ones expire, others wait, paid ones stay."""
    path = tmp_path / "cryptofuse.sqlite"
    backend = on_sqlite(CryptofuseBackend, clock, path)
    with tx(backend):
        early = [backend.create_payment(100, USDT, expiry_minutes=10) for _ in range(3)]
        late = [backend.create_payment(100, USDT, expiry_minutes=20) for _ in range(3)]
        paid = backend.create_payment(11, USDT, expiry_minutes=10)
        backend.simulate_deposit(paid.transaction_id, "1000")
    with tx(backend):
        backend.tick(clock.now + 10 * 60_000)
        statuses = [backend.payment(p.transaction_id).status for p in [*early, *late, paid]]
        assert statuses == ["expired"] * 3 + ["waiting"] * 3 + ["completed"]
        assert set(backend.waiting.keys()) == {p.transaction_id for p in late}
    backend.store.close()
    reloaded = reopened(CryptofuseBackend, clock, path)
    with tx(reloaded):
        reloaded.tick(clock.now + 20 * 60_000)
        assert {reloaded.payment(p.transaction_id).status for p in late} == {"expired"}
        assert not reloaded.waiting.keys()


def test_frequent_ticks_expire_each_payment_on_time_without_looking_at_the_others(backend, clock, monkeypatch):
    """Ticks as the scheduler sends them (every 20 ms) read only the expiry seconds since the last tick."""
    start = clock.now
    payments = [backend.create_payment(100, USDT, expiry_minutes=m) for m in (1, 1, 2, 30)]
    backend.tick(start)
    read: list[int] = []
    all_of = backend.expiries.all
    monkeypatch.setattr(backend.expiries, "all", lambda second: read.append(second) or all_of(second))
    for now in range(start + 20, start + 60_000 + 20, 20):  # one minute of ticks, 20 ms apart
        backend.tick(now)
    assert [p.status for p in payments] == ["expired", "expired", "waiting", "waiting"]
    assert len(read) <= 3 * 3000 and set(read) == set(range(start // 1000, (start + 60_020) // 1000 + 1))
    assert set(backend.waiting.keys()) == {p.transaction_id for p in payments[2:]}


def test_payments_made_after_the_clock_moved_back_still_expire(backend, clock):
    backend.tick(clock.now + 5 * 60_000)  # time moved on, then the clock is set back five minutes
    p = backend.create_payment(100, USDT, expiry_minutes=1)
    backend.tick(clock.now + 59_999)
    assert p.status == "waiting"
    backend.tick(clock.now + 60_000)
    assert p.status == "expired"


def test_a_long_pause_between_ticks_looks_at_every_waiting_payment_once(backend, clock):
    p = backend.create_payment(100, USDT, expiry_minutes=1)
    backend.tick(clock.now)
    backend.tick(clock.now + 365 * 86_400_000)  # a year later: one scan, not a year of seconds
    assert p.status == "expired" and not backend.waiting.keys()


def test_wallet_references_in_other_digits_are_unknown_not_a_crash(backend):
    w = backend.create_wallet("shop", "ext-1")
    assert backend.wallet(str(w.id)) is w and backend.wallet(f"0{w.id}") is w
    for key in ("²", "٦", chr(0x0660 + w.id % 10)):
        with pytest.raises(CryptofuseError) as caught:
            backend.wallet(key)
        assert caught.value.status == 404
