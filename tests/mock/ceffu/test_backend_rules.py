"""CeffuBackend rules, without HTTP."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.providers.ceffu.backend import CeffuBackend
from coinrails_mock.providers.ceffu.coins import deposit_address
from coinrails_mock.providers.ceffu.credentials import MAIN_ENTITY, OTHER_ENTITY
from coinrails_mock.providers.ceffu.errors import CeffuRuleError
from coinrails_mock.providers.ceffu.models import PRIME, SUB
from tests.mock.stores import on_sqlite, reopened, tx

D = Decimal


class Clock:
    def __init__(self) -> None:
        self.ms = 1_714_000_000_000

    def __call__(self) -> int:
        self.ms += 1
        return self.ms


@pytest.fixture
def backend() -> CeffuBackend:
    return CeffuBackend(Clock())


def prime(backend: CeffuBackend, entity: str = MAIN_ENTITY):
    return next(w for w in backend.parents(entity) if w.wallet_type == PRIME)


def fund(backend: CeffuBackend, wallet, coin: str, network: str, amount: str):
    address, memo = deposit_address(wallet.wallet_id, network)
    return backend.deposit(address, coin, network, amount, memo or None)


def available(backend: CeffuBackend, wallet, coin: str) -> Decimal:
    return backend.balance(wallet.wallet_id, coin).available


def rule(code: str):
    return pytest.raises(CeffuRuleError, match=code)


def whitelist(backend: CeffuBackend, address: str, coin: str = "ETH", network: str = "ETH") -> None:
    backend.add_whitelist(MAIN_ENTITY, address_type=1, address=address, label="ext", symbol=coin, network=network)


EXTERNAL_ETH = "0x" + "ab" * 20


def test_seed_gives_each_tenant_a_prime_wallet_with_a_mirror_link(backend):
    main, other = prime(backend), prime(backend, OTHER_ENTITY)
    assert main.wallet_id > 2**53 and other.wallet_id != main.wallet_id
    assert {link.wallet_id for link in backend.links.values()} == {main.wallet_id, other.wallet_id}
    assert [w.wallet_type for w in backend.parents(MAIN_ENTITY)] == [12, 20]


def test_create_wallet_accepts_qualified_and_prime_only(backend):
    w = backend.create_wallet(MAIN_ENTITY, "QW", 10, "r1")
    assert w.wallet_type == 10 and w in backend.parents(MAIN_ENTITY)
    with rule("G20024"):
        backend.create_wallet(MAIN_ENTITY, "bad", 21, "r2")


def test_deposit_credits_the_address_owner_and_emits_event_1(backend):
    w = prime(backend)
    t = fund(backend, w, "USDT", "TRON", "150.5")
    assert t.status == 40 and available(backend, w, "USDT") == D("150.5")
    [event] = backend.drain_events()
    assert event.kind == "1" and event.data["orderViewId"] == t.order_id and event.data["amount"] == "150.50000000"


def test_failed_deposit_credits_nothing_and_emits_event_2(backend):
    w = prime(backend)
    address, _ = deposit_address(w.wallet_id, "ETH")
    t = backend.deposit(address, "ETH", "ETH", "1", fail=True)
    assert t.status == 99 and available(backend, w, "ETH") == 0
    assert [e.kind for e in backend.drain_events()] == ["2"]


def test_xrp_deposit_is_routed_by_memo(backend):
    w = prime(backend)
    sub = backend.create_sub_wallet(MAIN_ENTITY, str(w.wallet_id), "s", 0, None)
    fund(backend, sub, "XRP", "XRP", "25")
    assert available(backend, sub, "XRP") == 25 and available(backend, w, "XRP") == 0


def test_deposit_to_auto_collection_sub_wallet_is_swept_to_the_prime_parent(backend):
    w = prime(backend)
    sub = backend.create_sub_wallet(MAIN_ENTITY, str(w.wallet_id), "auto", 1, None)
    fund(backend, sub, "USDC", "SOL", "40")
    assert available(backend, sub, "USDC") == 0 and available(backend, w, "USDC") == 40
    [sweep] = backend.transfers.values()
    assert (sweep.direction, sweep.from_id, sweep.to_id, sweep.amount) == (70, sub.wallet_id, w.wallet_id, 40)


def test_transfers_follow_the_prime_structure(backend):
    w = prime(backend)
    a = backend.create_sub_wallet(MAIN_ENTITY, str(w.wallet_id), "a", 0, None)
    b = backend.create_sub_wallet(MAIN_ENTITY, str(w.wallet_id), "b", 0, None)
    fund(backend, w, "ETH", "ETH", "10")
    assert backend.transfer(MAIN_ENTITY, str(w.wallet_id), str(a.wallet_id), "ETH", "4", "t1").direction == 10
    assert backend.transfer(MAIN_ENTITY, str(a.wallet_id), str(b.wallet_id), "ETH", "1", "t2").direction == 30
    assert backend.transfer(MAIN_ENTITY, str(b.wallet_id), str(w.wallet_id), "ETH", "1", "t3").direction == 20
    assert [available(backend, x, "ETH") for x in (w, a, b)] == [7, 3, 0]


def test_transfer_outside_the_structure_is_refused(backend):
    w = prime(backend)
    other_prime = backend.create_wallet(MAIN_ENTITY, "P2", 20, None)
    stranger = backend.create_sub_wallet(MAIN_ENTITY, str(other_prime.wallet_id), "x", 0, None)
    fund(backend, w, "ETH", "ETH", "1")
    with rule("G20021"):
        backend.transfer(MAIN_ENTITY, str(w.wallet_id), str(stranger.wallet_id), "ETH", "1", "t")
    with rule("G20021"):
        backend.transfer(MAIN_ENTITY, str(w.wallet_id), str(other_prime.wallet_id), "ETH", "1", "t")


def test_auto_collection_sub_wallet_cannot_send(backend):
    w = prime(backend)
    sub = backend.create_sub_wallet(MAIN_ENTITY, str(w.wallet_id), "auto", 0, None)
    fund(backend, sub, "ETH", "ETH", "2")
    backend.update_sub_wallet(MAIN_ENTITY, str(sub.wallet_id), None, 1)
    with rule("G20021"):
        backend.transfer(MAIN_ENTITY, str(sub.wallet_id), str(w.wallet_id), "ETH", "1", "t")
    assert available(backend, sub, "ETH") == 2


def test_insufficient_balance_changes_nothing(backend):
    w = prime(backend)
    sub = backend.create_sub_wallet(MAIN_ENTITY, str(w.wallet_id), "a", 0, None)
    fund(backend, w, "ETH", "ETH", "1")
    before = backend.store.export()
    with rule("G20022.*Insufficient balance"):
        backend.transfer(MAIN_ENTITY, str(w.wallet_id), str(sub.wallet_id), "ETH", "1.5", "t")
    assert backend.store.export() == before and available(backend, w, "ETH") == 1 and not backend.transfers


def test_duplicate_request_id_has_no_second_effect(backend):
    w = prime(backend)
    sub = backend.create_sub_wallet(MAIN_ENTITY, str(w.wallet_id), "a", 0, None)
    fund(backend, w, "ETH", "ETH", "5")
    backend.transfer(MAIN_ENTITY, str(w.wallet_id), str(sub.wallet_id), "ETH", "1", "same")
    with rule("G20015"):
        backend.transfer(MAIN_ENTITY, str(w.wallet_id), str(sub.wallet_id), "ETH", "1", "same")
    assert available(backend, sub, "ETH") == 1 and len(backend.transfers) == 1


def test_other_tenants_wallet_is_forbidden_and_unknown_is_not_found(backend):
    other = prime(backend, OTHER_ENTITY)
    with pytest.raises(CeffuRuleError, match="G20013") as forbidden:
        backend.wallet(MAIN_ENTITY, str(other.wallet_id))
    with pytest.raises(CeffuRuleError, match="G20020") as missing:
        backend.wallet(MAIN_ENTITY, "123")
    assert (forbidden.value.status, missing.value.status) == (403, 404)


def test_withdrawal_lifecycle_success_moves_funds_out_and_emits_event_3(backend):
    w = prime(backend)
    fund(backend, w, "ETH", "ETH", "1")
    whitelist(backend, EXTERNAL_ETH)
    backend.drain_events()
    t = backend.withdraw(
        MAIN_ENTITY,
        wallet_id=str(w.wallet_id),
        coin="ETH",
        network="ETH",
        amount="0.5",
        request_id="w1",
        address=EXTERNAL_ETH,
    )
    bal = backend.balance(w.wallet_id, "ETH")
    assert (t.status, t.fee, t.amount, bal.available, bal.locked) == (
        10,
        D("0.002"),
        D("0.502"),
        D("0.498"),
        D("0.502"),
    )
    assert [backend.advance(t.order_id).status for _ in range(3)] == [20, 30, 40]
    assert (bal.available, bal.locked) == (D("0.498"), 0) and t.tx_id
    assert [e.kind for e in backend.drain_events()] == ["3"]
    assert backend.accounts.flowed("outflow", "ETH") == D("0.5") and backend.accounts.flowed("fees", "ETH") == D(
        "0.002"
    )
    assert backend.ledger_problems() == []


def test_withdrawal_failure_releases_funds_and_emits_event_4(backend):
    w = prime(backend)
    fund(backend, w, "ETH", "ETH", "1")
    whitelist(backend, EXTERNAL_ETH)
    backend.drain_events()
    t = backend.withdraw(
        MAIN_ENTITY,
        wallet_id=str(w.wallet_id),
        coin="ETH",
        network="ETH",
        amount="0.5",
        request_id="w1",
        address=EXTERNAL_ETH,
    )
    backend.advance(t.order_id, 99)
    bal = backend.balance(w.wallet_id, "ETH")
    assert (bal.available, bal.locked) == (1, 0)
    assert [e.kind for e in backend.drain_events()] == ["4"]
    with rule("G20002"):
        backend.advance(t.order_id)


def test_v1_withdrawal_includes_the_fee(backend):
    w = prime(backend)
    fund(backend, w, "ETH", "ETH", "1")
    whitelist(backend, EXTERNAL_ETH)
    t = backend.withdraw(
        MAIN_ENTITY,
        wallet_id=str(w.wallet_id),
        coin="ETH",
        network="ETH",
        amount="0.5",
        request_id="w1",
        address=EXTERNAL_ETH,
        api_version=1,
    )
    assert (t.amount, t.receive_amount) == (D("0.5"), D("0.498"))


def test_withdrawal_needs_a_whitelisted_address(backend):
    w = prime(backend)
    fund(backend, w, "ETH", "ETH", "1")
    with rule("G20025"):
        backend.withdraw(
            MAIN_ENTITY,
            wallet_id=str(w.wallet_id),
            coin="ETH",
            network="ETH",
            amount="0.5",
            request_id="w1",
            address=EXTERNAL_ETH,
        )
    assert backend.balance(w.wallet_id, "ETH").locked == 0


def test_universal_whitelist_entry_covers_every_coin_of_the_network(backend):
    w = prime(backend)
    fund(backend, w, "USDT", "ETH", "100")
    backend.add_whitelist(MAIN_ENTITY, address_type=2, address=EXTERNAL_ETH, label="u", symbol="ETH", network="ETH")
    t = backend.withdraw(
        MAIN_ENTITY,
        wallet_id=str(w.wallet_id),
        coin="USDT",
        network="ETH",
        amount="20",
        request_id="w1",
        address=EXTERNAL_ETH,
    )
    assert t.status == 10


def test_internal_withdrawal_bypasses_whitelist_and_credits_the_target_on_completion(backend):
    w = prime(backend)
    target = backend.create_wallet(MAIN_ENTITY, "QW", 10, None)
    fund(backend, w, "USDT", "BSC", "100")
    t = backend.withdraw(
        MAIN_ENTITY,
        wallet_id=str(w.wallet_id),
        coin="USDT",
        network="BSC",
        amount="30",
        request_id="w1",
        to_wallet=str(target.wallet_id),
    )
    assert (t.transfer_type, t.fee) == (20, 0) and available(backend, target, "USDT") == 0
    backend.advance(t.order_id, 40)
    assert available(backend, target, "USDT") == 30 and available(backend, w, "USDT") == 70
    assert backend.ledger_problems() == []


def test_sub_wallet_cannot_withdraw(backend):
    sub = backend.create_sub_wallet(MAIN_ENTITY, str(prime(backend).wallet_id), "s", 0, None)
    with rule("G20017"):
        backend.withdraw(
            MAIN_ENTITY,
            wallet_id=str(sub.wallet_id),
            coin="ETH",
            network="ETH",
            amount="1",
            request_id="w1",
            address=EXTERNAL_ETH,
        )


@pytest.mark.parametrize(("amount", "code"), [("0", "G20022"), ("0.001", "G20022"), ("0.123456789", "G20022")])
def test_withdrawal_amount_rules(backend, amount, code):
    w = prime(backend)
    fund(backend, w, "ETH", "ETH", "5")
    whitelist(backend, EXTERNAL_ETH)
    with rule(code):
        backend.withdraw(
            MAIN_ENTITY,
            wallet_id=str(w.wallet_id),
            coin="ETH",
            network="ETH",
            amount=amount,
            request_id="w1",
            address=EXTERNAL_ETH,
        )


def test_auto_advance_moves_open_withdrawals_one_step_per_interval(backend):
    w = prime(backend)
    fund(backend, w, "ETH", "ETH", "1")
    whitelist(backend, EXTERNAL_ETH)
    t = backend.withdraw(
        MAIN_ENTITY,
        wallet_id=str(w.wallet_id),
        coin="ETH",
        network="ETH",
        amount="0.5",
        request_id="w1",
        address=EXTERNAL_ETH,
    )
    assert backend.tick(t.updated_ms + 10, 1000) == 0
    for expected in (20, 30, 40):
        backend.tick(t.updated_ms + 1000, 1000)
        assert t.status == expected


def test_whitelist_edit_and_unknown_id(backend):
    entry = backend.add_whitelist(
        MAIN_ENTITY, address_type=1, address=EXTERNAL_ETH, label="a", symbol="ETH", network="ETH"
    )
    edited = backend.add_whitelist(
        MAIN_ENTITY,
        whitelist_id=entry.whitelist_id,
        address_type=1,
        address=EXTERNAL_ETH,
        label="renamed",
        symbol="ETH",
        network="ETH",
    )
    assert edited is entry and entry.label == "renamed" and len(backend.whitelist) == 1
    with rule("G20020"):
        backend.add_whitelist(
            MAIN_ENTITY,
            whitelist_id="404",
            address_type=1,
            address=EXTERNAL_ETH,
            label="x",
            symbol="ETH",
            network="ETH",
        )
    with rule("G20005"):
        backend.add_whitelist(
            MAIN_ENTITY, address_type=1, address="not-an-address", label="x", symbol="ETH", network="ETH"
        )


def test_mirrorx_delegate_and_undelegate_move_between_wallet_and_position(backend):
    w = prime(backend)
    link = next(x for x in backend.links.values() if x.wallet_id == w.wallet_id)
    fund(backend, w, "BTC", "BTC", "2")
    backend.mirror_order(MAIN_ENTITY, link.link_id, 10, "BTC", "1.5", "m1")
    assert available(backend, w, "BTC") == D("0.5") and backend.positions[(link.link_id, "BTC")] == D("1.5")
    assert backend.mirror_available(link, "BTC", 20) == D("1.5")
    backend.mirror_order(MAIN_ENTITY, link.link_id, 20, "BTC", "1", "m2")
    assert available(backend, w, "BTC") == D("1.5") and backend.positions[(link.link_id, "BTC")] == D("0.5")
    with rule("G20022"):
        backend.mirror_order(MAIN_ENTITY, link.link_id, 20, "BTC", "1", "m3")
    assert backend.ledger_problems() == []


def test_mirror_link_of_other_tenant_is_forbidden(backend):
    other_link = next(x for x in backend.links.values() if x.entity_id == OTHER_ENTITY)
    with rule("G20013"):
        backend.link(MAIN_ENTITY, other_link.link_id)
    with rule("G20029"):
        backend.link(MAIN_ENTITY, "999")


def test_archive_settlements_keep_the_ledger_balanced(backend):
    w = prime(backend)
    link = next(x for x in backend.links.values() if x.wallet_id == w.wallet_id)
    fund(backend, w, "USDT", "ETH", "100")
    backend.mirror_operation(MAIN_ENTITY, link.link_id, 1, "USDT", "ETH", "10", "a1")
    backend.mirror_operation(MAIN_ENTITY, link.link_id, 2, "USDT", "ETH", "5", "s1")
    backend.mirror_operation(MAIN_ENTITY, link.link_id, 3, "USDT", "ETH", "7", "s2")
    assert available(backend, w, "USDT") == 92 and backend.positions[(link.link_id, "USDT")] == 10
    backend.exchange_transfer(MAIN_ENTITY, str(w.wallet_id), "USDT", "2", "binance-uid", "x1")
    assert available(backend, w, "USDT") == 90 and backend.ledger_problems() == []


def test_state_survives_a_restart_on_sqlite_exactly(tmp_path):
    path = tmp_path / "ceffu.sqlite"
    backend = on_sqlite(CeffuBackend, Clock(), path)
    with tx(backend) as store:
        w = prime(backend)
        fund(backend, w, "ETH", "ETH", "1.23456789")
        whitelist(backend, EXTERNAL_ETH)
        backend.withdraw(
            MAIN_ENTITY,
            wallet_id=str(w.wallet_id),
            coin="ETH",
            network="ETH",
            amount="0.5",
            request_id="w1",
            address=EXTERNAL_ETH,
        )
    with tx(backend) as store:
        before = store.export()
    backend.store.close()
    restored = reopened(CeffuBackend, Clock(), path)
    with tx(restored) as store:
        assert store.export() == before
        assert restored.balance(w.wallet_id, "ETH").locked == D("0.502")
        with rule("G20015"):
            restored.withdraw(
                MAIN_ENTITY,
                wallet_id=str(w.wallet_id),
                coin="ETH",
                network="ETH",
                amount="0.5",
                request_id="w1",
                address=EXTERNAL_ETH,
            )


def test_sub_wallet_needs_a_prime_parent(backend):
    qw = backend.create_wallet(MAIN_ENTITY, "QW", 10, None)
    with rule("G20019"):
        backend.create_sub_wallet(MAIN_ENTITY, str(qw.wallet_id), "s", 0, None)
    sub = backend.create_sub_wallet(MAIN_ENTITY, str(prime(backend).wallet_id), None, 0, None)
    assert sub.wallet_type == SUB and sub.name.startswith("wallet_")
