"""Ceffu's rules, checked the shared way (contract_tests/rules.py), one test per rule, against the mock."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import pytest
from ceffu_client import CeffuAuthenticationError, CeffuClient, CeffuDuplicateRequestError, CeffuError, models
from mock_control_client import MockControlClient
from mock_control_client.models import DepositCreate, WithdrawalAdvance

from ..rules import every_item_matches, refunded_exactly, refused_when_stale, replay_has_no_effect, walk

DAY = 86_400_000
FAILED = 99


@pytest.fixture(scope="module")
def ceffu(mock) -> Iterator[CeffuClient]:
    creds = mock.credentials
    with CeffuClient(api_key=creds["api_key"], private_key=creds["private_key"], base_url=mock.base_url) as client:
        yield client


@pytest.fixture(scope="module")
def control(mock) -> Iterator[MockControlClient]:
    with MockControlClient(base_url=mock.base_url) as client:
        yield client


def _wallet(ceffu: CeffuClient, name: str, kind: int = 20) -> str:
    request = models.CreateWalletRequest(wallet_name=name, wallet_type=kind, request_id=f"rules-{name}")
    return ceffu.wallets.create_wallet(body=request).wallet_id_str


@pytest.fixture(scope="module")
def funded(ceffu, control) -> dict[str, str]:
    """A Prime wallet holding ETH and USDT, and a second wallet to send to."""
    prime = _wallet(ceffu, "prime")
    for coin, amount in (("ETH", "10"), ("USDT", "500")):
        address = ceffu.deposits.get_deposit_address(wallet_id=prime, network="ETH", coin_symbol=coin).wallet_address
        control.simulation.create_deposit(
            body=DepositCreate(address=address, coin_symbol=coin, network="ETH", amount=amount)
        )
    return {"prime": prime, "receiver": _wallet(ceffu, "receiver", 10)}


def _eth(ceffu: CeffuClient, wallet: str) -> Decimal:
    rows = ceffu.wallets.get_wallet_asset_list(wallet_id=wallet, coin_symbol="ETH").data
    return sum((r.available_amount for r in rows), Decimal(0))


def _withdraw(ceffu: CeffuClient, funded: dict[str, str], request_id: str, amount: str = "1") -> str:
    return ceffu.withdrawals.create_withdrawal(
        body=models.CreateWithdrawalRequest(
            wallet_id=funded["prime"],
            coin_symbol="ETH",
            network="ETH",
            amount=Decimal(amount),
            to_wallet_id_str=funded["receiver"],
            request_id=request_id,
        )
    ).order_view_id


def test_idempotency_replayed_request_id_has_no_second_effect(ceffu, funded):
    replay_has_no_effect(
        lambda: _withdraw(ceffu, funded, "rules-replayed"),
        lambda: _eth(ceffu, funded["prime"]),
        CeffuDuplicateRequestError,
    )


def test_failure_path_failed_withdrawal_is_refunded_exactly(ceffu, control, funded):
    refunded_exactly(
        lambda: _eth(ceffu, funded["prime"]),
        lambda: _withdraw(ceffu, funded, "rules-refund", "2"),
        lambda order: control.simulation.advance_withdrawal(order_view_id=order, body=WithdrawalAdvance(to=FAILED)),
    )


def test_auth_freshness_stale_timestamp_is_refused(ceffu, mock):
    error = refused_when_stale(mock.base_url, 120_000, ceffu.wallets.get_wallet_list, CeffuAuthenticationError)
    assert (error.code, error.status_code) == ("G20007", 401)


def test_list_filter_deposit_history_coin(ceffu, funded):
    now = int(time.time() * 1000)
    rows = ceffu.deposits.get_deposit_history(
        wallet_id=funded["prime"], coin_symbol="USDT", start_time=now - DAY, end_time=now + 60_000
    ).data
    every_item_matches(rows, coin_symbol="USDT")


def test_pagination_wallet_list_never_repeats_or_skips(ceffu, funded):
    for name in ("page-a", "page-b", "page-c"):
        _wallet(ceffu, name)

    def page(number: int | None) -> tuple[list, int | None]:
        answer = ceffu.wallets.get_wallet_list(page_limit=1, page_no=number or 1)
        return answer.data, (answer.page_no + 1 if answer.page_no < answer.total_page else None)

    walked = walk(page, lambda w: w.wallet_id_str)
    assert {w.wallet_id_str for w in walked} == {
        w.wallet_id_str for w in ceffu.wallets.get_wallet_list(page_limit=500).data
    }


def test_pagination_transaction_history_page_has_no_repeated_row(ceffu, funded):
    today = time.strftime("%Y%m%d", time.gmtime())

    def page(number: int | None) -> tuple[list, int | None]:
        answer = ceffu.transactions.get_transaction_history(
            body=models.TransactionHistoryRequest(
                start_date=today, end_date=today, wallet_type=20, page_limit=50, page_no=number or 1
            )
        )
        return answer.data, (answer.page_no + 1 if answer.page_no < answer.total_page else None)

    walk(page, lambda r: (r.wallet_id, r.transaction_type, r.symbol, r.amount, r.ts, r.tx_id))


def test_failure_path_withdrawal_to_an_address_off_the_whitelist_is_refused(ceffu, funded):
    before = _eth(ceffu, funded["prime"])
    with pytest.raises(CeffuError) as info:
        ceffu.withdrawals.create_withdrawal(
            body=models.CreateWithdrawalRequest(
                wallet_id=funded["prime"],
                coin_symbol="ETH",
                network="ETH",
                amount=Decimal(1),
                withdrawal_address="0x" + "ef" * 20,
                request_id="rules-not-whitelisted",
            )
        )
    assert info.value.code == "G20025" and _eth(ceffu, funded["prime"]) == before
