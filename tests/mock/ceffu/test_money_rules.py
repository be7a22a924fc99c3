"""Ceffu money rules (the spec's "Money rules"): amounts judged by value, `memo: null` accepted where the docs show
null memos, and the books (wallet amount = records' credits - debits - fees, held = open withdrawals) checked by the
shared ledger rules after every step of a custody flow."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.engine.ledger import Watch, check
from coinrails_mock.providers.ceffu.backend import CeffuBackend
from coinrails_mock.providers.ceffu.errors import CeffuRuleError

D = Decimal
EXTERNAL_ETH = "0x" + "cd" * 20


@pytest.mark.parametrize(("text", "value"), [("1.50000000000", "1.5"), ("2.000000", "2"), ("0.123456", "0.123456")])
def test_amount_decimals_are_judged_by_value(text, value):
    assert CeffuBackend.amount(text, 6) == D(value)
    assert -CeffuBackend.amount(text, 6).as_tuple().exponent <= 6  # kept within the coin's precision


def test_amount_finer_than_the_precision_is_refused():
    with pytest.raises(CeffuRuleError) as caught:
        CeffuBackend.amount("0.1234567", 6)
    assert caught.value.code == "G20022"


async def test_custody_flow_reconciles_after_every_step(client):
    watch = Watch()

    async def books_ok() -> None:
        books = client.engine.provider.backend.ledger()
        assert check(books) == [] and watch.observe(books) == []
        assert (await client.control("GET", "/_mock/ledger/check"))["ok"]

    prime = await client.prime_id()
    await client.fund(prime, "USDT", "ETH", "300.000000000")  # 9 decimals spelled, 0 by value
    await books_ok()
    await client.ok(
        "POST",
        "/open-api/v1/wallet/addWhitelist",
        {"addressType": 1, "address": EXTERNAL_ETH, "label": "cold", "symbol": "USDT", "network": "ETH", "memo": None},
    )
    body = {
        "walletId": prime,
        "coinSymbol": "USDT",
        "network": "ETH",
        "amount": "100.0000000",
        "requestId": "money-1",
        "withdrawalAddress": EXTERNAL_ETH,
        "memo": None,
    }
    order = (await client.ok("POST", "/open-api/v2/wallet/withdrawal", body))["orderViewId"]
    assets = await client.assets(prime)
    assert (D(assets["USDT"]["amount"]), D(assets["USDT"]["availableAmount"])) == (D(300), D(195))  # 100 + fee 5 held
    await books_ok()
    await client.control("POST", f"/_mock/withdrawals/{order}/advance", {"to": 40})
    detail = await client.ok("GET", "/open-api/v2/wallet/withdrawal/detail", {"orderViewId": order})
    assert (D(detail["amount"]), D(detail["feeAmount"])) == (D(105), D(5))  # receiver gets amount - feeAmount
    assert D((await client.assets(prime))["USDT"]["amount"]) == D(195)
    await books_ok()
    backend = client.engine.provider.backend
    row = next(b for (w, c), b in backend.accounts.rows.items() if c == "USDT" and str(w) == prime)
    row.available += D("0.000001")  # a balance move without a record is caught
    assert any("credits - debits - fees" in p for p in check(backend.ledger()))
