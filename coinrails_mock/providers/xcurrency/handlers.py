"""operationId -> handler(backend, call) -> envelope `data`. Thin glue: rules in backend.py, shapes in views.py.

Requests reaching a handler are authenticated and valid against the spec; `call.arg(name)` reads a query or
path parameter (GET) or body field (POST).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coinrails_mock.engine.provider import Call
from coinrails_mock.providers.xcurrency import views
from coinrails_mock.providers.xcurrency.backend import TX_CURSORS, WALLET_CURSORS, XCurrencyBackend

DEFAULT_LIMIT = 50  # the examples' `limit=50`
DEFAULT_PAGE_SIZE = 20  # the example's `pageSize=20`
Handler = Callable[[XCurrencyBackend, Call], Any]
HANDLERS: dict[str, Handler] = {}


@dataclass(frozen=True)
class WithTotal:
    """`data` plus the envelope-level `total` of the page-paginated list."""

    data: Any
    total: int


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return register


# ---- authentication ------------------------------------------------------------------------------
@handler("getToken")
def get_token(backend: XCurrencyBackend, call: Call) -> Any:
    return backend.issue_token(call.arg("appKey"), call.arg("secretKey"))


@handler("checkSign")
def check_sign(backend: XCurrencyBackend, call: Call) -> Any:
    return True  # authentication already verified the signature over the exact body


# ---- customers and wallets -----------------------------------------------------------------------
@handler("createCustomer")
def create_customer(backend: XCurrencyBackend, call: Call) -> Any:
    c = backend.create_customer(call.arg("externalRef"), call.arg("name"), call.arg("email"), call.arg("metadata"))
    return views.customer(c)


@handler("createWallet")
def create_wallet(backend: XCurrencyBackend, call: Call) -> Any:
    return views.wallet(backend.create_wallet(call.arg("customerId"), call.arg("asset"), call.arg("network")))


@handler("listCustomerWallets")
def list_customer_wallets(backend: XCurrencyBackend, call: Call) -> Any:
    wallets = backend.customer_wallets(call.arg("customerId"))
    page, cursor = WALLET_CURSORS.page(
        wallets, lambda w: w.wallet_id, call.arg("limit", DEFAULT_LIMIT), call.arg("cursor")
    )
    return {"items": [views.wallet_summary(w) for w in page], "nextCursor": cursor}


@handler("getWalletBalance")
def get_wallet_balance(backend: XCurrencyBackend, call: Call) -> Any:
    w = backend.wallet(call.arg("walletId"))
    return views.balance(w, backend.pending(w))


@handler("listWalletTransactions")
def list_wallet_transactions(backend: XCurrencyBackend, call: Call) -> Any:
    txs = backend.transactions(call.arg("walletId"))
    page, cursor = TX_CURSORS.page(txs, lambda t: t.tx_id, call.arg("limit", DEFAULT_LIMIT), call.arg("cursor"))
    return {"items": [views.transaction(t) for t in page], "nextCursor": cursor}


# ---- top-up --------------------------------------------------------------------------------------
@handler("createQuote")
def create_quote(backend: XCurrencyBackend, call: Call) -> Any:
    quote = backend.create_quote(call.arg("sourceCurrency"), call.arg("targetCurrency"), call.arg("sourceAmount"))
    return views.quote(quote)


@handler("createTopupOrder")
def create_topup_order(backend: XCurrencyBackend, call: Call) -> Any:
    order = backend.create_order(call.arg("quoteId"), call.arg("walletId"), call.arg("payer")["name"])
    return views.created_order(order)


@handler("getTopupOrder")
def get_topup_order(backend: XCurrencyBackend, call: Call) -> Any:
    return views.order(backend.order(call.arg("orderId")))


@handler("listTopupOrders")
def list_topup_orders(backend: XCurrencyBackend, call: Call) -> Any:
    size, number = call.arg("pageSize", DEFAULT_PAGE_SIZE), call.arg("pages", 1)
    orders, total = backend.order_page(call.arg("walletId"), call.arg("status"), size, number)
    return WithTotal([views.order(o) for o in orders], total)


# ---- assets & networks ---------------------------------------------------------------------------
@handler("listAssetNetworks")
def list_asset_networks(backend: XCurrencyBackend, call: Call) -> Any:
    return views.matrix()
