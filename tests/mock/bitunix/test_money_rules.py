"""Bitunix money rules (the spec's "Money rules"): decimals judged by value, documented nulls accepted, a fresh API
withdrawal `pending` (the control API can put it into `verification`), and the shared ledger checks after each step."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.engine.ledger import check
from coinrails_mock.engine.numbers import decimals
from coinrails_mock.providers.bitunix.backend import BitunixBackend
from coinrails_mock.providers.bitunix.credentials import MAIN
from tests.mock.bitunix.conftest import QUICK_TRON, RECEIVER, TRC20
from tests.mock.bitunix.test_backend_rules import Clock, fund, refused

D = Decimal
HISTORY = "/api/spot/v1/withdraw_transfer/page"


@pytest.fixture
def backend() -> BitunixBackend:
    return BitunixBackend(Clock())


@pytest.mark.parametrize(
    ("text", "places"), [("20.1234560000", 6), ("20", 0), ("20.000", 0), ("0.10", 1), ("1E+2", 0), ("1.5E-3", 4)]
)
def test_decimals_count_the_value_not_the_spelling(text, places):
    assert decimals(D(text)) == places


def test_trailing_zeros_beyond_the_precision_are_accepted(backend):
    fund(backend, "1000")
    w = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D("20.1234560000"))  # USDT/TRC20: 6 decimals
    assert (w.amount, str(w.amount)) == (D("20.123456"), "20.123456")
    refused(backend, "2", lambda: backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D("20.1234567")))
    order = backend.place_order(
        MAIN.uid, {"symbol": "BTCUSDT", "side": 2, "type": 1, "volume": "0.0010000000", "price": "80000.0000"}
    )
    assert (order.volume, order.price) == (D("0.001"), D("80000"))
    refused(
        backend,
        "10058",
        lambda: backend.place_order(
            MAIN.uid, {"symbol": "BTCUSDT", "side": 2, "type": 1, "volume": "0.0000001", "price": "80000"}
        ),
    )
    assert check(backend.ledger()) == []


def test_api_withdrawal_starts_pending_and_the_control_api_can_ask_for_verification(backend):
    fund(backend, "100")
    w = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(20))
    assert (w.status, w.approved) == ("pending", False)  # the docs' example record of a fresh withdrawal
    backend.advance(w.record_id, "verification")
    assert w.status == "verification"
    backend.advance(w.record_id)  # the user passed the check
    assert (w.status, w.approved) == ("pending", False)
    backend.advance(w.record_id, "approved")
    refused(backend, "2", lambda: backend.advance(w.record_id, "verification"))  # approved: too late
    inside = backend.inside_transfer(MAIN.uid, {"coin": "USDT", "amount": D(5), "toType": "uid", "toUid": RECEIVER.uid})
    refused(backend, "2", lambda: backend.advance(inside.record_id, "verification"))  # withdrawals only
    assert backend.ledger_problems() == []


def test_withdrawal_figures_reconcile_with_the_balance(backend):
    fund(backend, "100")
    w = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D("20.5"))
    [record] = [r for r in backend.ledger().records if r.ref == f"withdraw:{w.record_id}"]
    assert record.figures == {"requested": D("20.5"), "amount": D("19.5"), "fee": D(1)}  # requested = amount + fee
    backend.advance(w.record_id, "success")
    row = backend.balance(MAIN.uid, "USDT")
    assert (row.available, row.locked) == (D("79.5"), D(0))
    assert check(backend.ledger()) == []
    backend.accounts.rows[(MAIN.uid, "USDT")].available -= D("0.000001")  # a balance move with no record is caught
    assert any("credits - debits - fees" in p for p in check(backend.ledger()))


# ---- over HTTP -----------------------------------------------------------------------------------
async def raw_post(client, path: str, text: str) -> dict:
    """POST exactly `text` (JSON numbers spelled as given), signed."""
    content = text.encode()
    response = await client.http.post(path, content=content, headers=client.headers(MAIN, {}, content))
    return response.json(parse_float=Decimal)


async def test_http_nulls_where_the_docs_show_them_and_values_by_value(client):
    await client.fund("100")
    head = '{"coin":"USDT","network":"Tron (TRC-20)","address":"' + QUICK_TRON + '",'
    text = head + '"amount":20.1234560000,"memo":null}'
    answer = await raw_post(client, "/api/spot/v1/withdraw", text)
    assert answer["code"] == "0", answer
    withdraw_id = answer["data"]
    [row] = await client.ok("POST", HISTORY, {"id": withdraw_id, "transactionHash": None})
    assert (row["status"], D(row["amount"]) + D(row["fee"])) == ("pending", D("20.123456"))
    transfer = {"coin": "USDT", "amount": 5, "toType": "uid", "toUid": RECEIVER.uid, "toEmail": None}
    assert await client.ok("POST", "/api/spot/v1/inside_transfer", transfer)
    assert await client.ok("POST", "/api/spot/v1/deposit/page", {"transactionHash": None}) != []
    refused = await raw_post(client, "/api/spot/v1/withdraw", text.replace("20.1234560000", "20.1234567"))
    assert (refused["code"], refused["msg"]) == ("2", "parameter error: amount has more than 6 decimals")
    await client.ledger_ok()
