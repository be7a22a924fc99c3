"""XCurrencyBackend: the top-up rules in pure Python (no HTTP). Violations raise XCurrencyRuleError.

Model: tokens (one hour), customers (unique email, case-insensitive, and unique externalRef), wallets on the
asset/network matrix, quotes (deterministic rate table, expiry after `quote_ttl_ms`), top-up orders and wallet
transactions. An order is TRANSFERRING until the fiat arrives (control API or auto-advance): COMPLETED credits
the wallet's `available` with the quote's target amount (one CREDIT / TOPUP_CREDIT transaction), FAILED credits
nothing. `pending` is the target amount of the wallet's TRANSFERRING orders (x-inferred).
Every mutating method checks first and mutates last, so a refused call changes nothing.

Money rules (the spec's "Money rules"): targetAmount = round_down(sourceAmount x rate - fee, 0.01), the fee in USD
counted 1:1 in the USD stablecoin; sourceAmount respects its currency's minor unit; the minimum top-up is compared
in USD (sourceAmount x the USD rate). A quote makes one order: the same quoteId, walletId and payer again return
that order (a retry), anything else is `quote already used`.

Ledger invariant, per wallet: available == sum(CREDIT) - sum(DEBIT) == sum(target of COMPLETED orders) >= 0.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any

from coinrails_mock.engine import ledger as books
from coinrails_mock.engine.expiring import Expiring
from coinrails_mock.engine.keys import Keys
from coinrails_mock.engine.lists import Lists
from coinrails_mock.engine.paging import Cursors
from coinrails_mock.engine.rules import Backend
from coinrails_mock.engine.store import Table
from coinrails_mock.providers.xcurrency import errors as e
from coinrails_mock.providers.xcurrency import views
from coinrails_mock.providers.xcurrency.catalog import (
    FEE,
    FEE_CURRENCY,
    PAIRS,
    RATES,
    STABLECOINS,
    TARGET_PLACES,
    Pair,
    address_for,
    in_usd,
    minor_unit,
    tx_hash,
)
from coinrails_mock.providers.xcurrency.credentials import APPS
from coinrails_mock.providers.xcurrency.errors import XCurrencyRuleError
from coinrails_mock.providers.xcurrency.models import (
    ACTIVE,
    COMPLETED,
    CREDIT,
    DEBIT,
    FAILED,
    TOPUP_CREDIT,
    TRANSFERRING,
    ZERO,
    Customer,
    Order,
    Quote,
    Token,
    Tx,
    Wallet,
)

TOKEN_TTL_MS = 3_600_000  # "expires after 1 hour"
QUOTE_TTL_MS = 300_000  # not documented (x-inferred): five minutes
TOKEN_KEEP_MS = 86_400_000  # expired tokens are remembered this long (so they answer "token expired")
MAX_AMOUNT = Decimal(10) ** 15
EVENT_TOPUP_STATUS = "topup.status"
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
ALL = ""  # the owner of the tenant-wide order list


# Any string up to 256 characters is a well-formed cursor for the spec (it is opaque), so one the mock cannot
# serve is a business refusal (`invalid cursor`), not malformed input (`invalid parameter`).
WALLET_CURSORS = Cursors("wal", lambda: XCurrencyRuleError(e.INVALID_CURSOR))
TX_CURSORS = Cursors("tx", lambda: XCurrencyRuleError(e.INVALID_CURSOR))


class XCurrencyBackend(Backend):
    """The rules over tables of a store (engine/store.py): standalone (no store) it keeps its own."""

    def define(self, t: Callable[..., Table]) -> None:
        self.config = t("config", shared=True)  # quote/token lifetimes: mock-wide, kept across resets
        self.tokens = t("tokens")  # token -> Token
        self.token_expiries = Expiring(self.store, self.tokens, "token_expiries")  # tokens by expiry (clean-up)
        self.customers = t("customers")  # customer id -> Customer
        self.wallets = t("wallets")  # wallet id -> Wallet
        self.txs = t("txs")  # tx id -> Tx (oldest first)
        self.quotes = t("quotes")  # queryNo -> Quote
        self.orders = t("orders")  # order id -> Order
        self.customer_keys = Keys(self.store, "customer_keys")  # ("email", lower-case) | ("externalRef", ref) -> id
        self.customer_wallet_ids = Lists(self.store, "customer_wallets")  # customer id -> its wallet ids, in order
        self.wallet_orders = Lists(self.store, "wallet_orders")  # wallet id -> its order ids, in order
        self.order_list = Lists(self.store, "order_list")  # ALL -> every order id of the tenant, in order
        self.wallet_txs = Lists(self.store, "wallet_txs")  # wallet id -> its tx ids, in order
        self.open_orders = t("open_orders")  # order id -> True while TRANSFERRING (what tick() moves), in order

    def seed(self) -> None:
        """Nothing is built in: customers, wallets and orders come through the API."""

    @property
    def quote_ttl_ms(self) -> int:
        return int(self.config.get("quote_ttl_ms", QUOTE_TTL_MS))

    @quote_ttl_ms.setter
    def quote_ttl_ms(self, value: int) -> None:
        self.config["quote_ttl_ms"] = int(value)

    @property
    def token_ttl_ms(self) -> int:
        return int(self.config.get("token_ttl_ms", TOKEN_TTL_MS))

    @token_ttl_ms.setter
    def token_ttl_ms(self, value: int) -> None:
        self.config["token_ttl_ms"] = int(value)

    # ==== small helpers =============================================================================
    def _id(self, prefix: str, taken: dict[str, Any], length: int = 12) -> str:
        """A fresh id like `cus_8a9b3e1c2d4f`: a hash of a sequence number (deterministic per fresh state)."""
        while True:
            seq = self.store.next_id()
            digest = hashlib.sha256(f"xcurrency:{prefix}:{seq}".encode()).hexdigest()[:length]
            candidate = f"{prefix}{digest}"
            if candidate not in taken:
                return candidate

    # ==== authentication ============================================================================
    def issue_token(self, app_key: str, secret_key: str) -> str:
        app = APPS.get(app_key)
        if app is None or not secrets.compare_digest(app.secret_key.encode(), secret_key.encode()):
            raise XCurrencyRuleError(e.BAD_CREDENTIALS)
        now = self.clock()
        self.token_expiries.forget(now - TOKEN_KEEP_MS)  # forget long-expired tokens (now - expiry >= keep)
        token = secrets.token_hex(16)
        expires_ms = now + self.token_ttl_ms
        self.token_expiries.put(token, Token(app_key, now, expires_ms), expires_ms)
        return token

    def check_token(self, token: str | None, app_key: str | None, now: int) -> str:
        """The app key a request acts for: `token invalid` (missing, unknown, another app's) or `token expired`."""
        found = self.tokens.get(token) if token else None
        if found is None:
            raise e.token_error(e.TOKEN_INVALID)
        if now >= found.expires_ms:
            raise e.token_error(e.TOKEN_EXPIRED)
        if app_key != found.app_key:
            raise e.token_error(e.TOKEN_INVALID)
        return found.app_key

    # ==== customers and wallets =====================================================================
    def create_customer(
        self, external_ref: str, name: str, email: str, metadata: dict[str, str] | None = None
    ) -> Customer:
        if not EMAIL.fullmatch(email):  # the spec's `format: email` (the schema validator does not check formats)
            raise XCurrencyRuleError(e.INVALID_PARAMETER)
        if self.customer_keys.first("email", email.lower()) is not None:
            raise XCurrencyRuleError(e.EMAIL_EXISTS)
        if self.customer_keys.first("externalRef", external_ref) is not None:
            raise XCurrencyRuleError(e.EXTERNAL_REF_EXISTS)
        customer = Customer(
            self._id("cus_", self.customers), external_ref, name, email, dict(metadata or {}), self.clock()
        )
        self.customers[customer.customer_id] = customer
        self.customer_keys.remember(customer.customer_id, "email", email.lower())
        self.customer_keys.remember(customer.customer_id, "externalRef", external_ref)
        return customer

    def customer(self, customer_id: str) -> Customer:
        found = self.customers.get(customer_id)
        if found is None:
            raise XCurrencyRuleError(e.CUSTOMER_NOT_FOUND)
        return found

    @staticmethod
    def pair(asset: str, network: str) -> Pair:
        found = PAIRS.get((asset, network))
        if found is None:
            raise XCurrencyRuleError(e.UNSUPPORTED_PAIR)
        return found

    def create_wallet(self, customer_id: str, asset: str, network: str) -> Wallet:
        self.customer(customer_id)
        self.pair(asset, network)
        now = self.clock()
        wallet_id = self._id("wal_", self.wallets)
        w = Wallet(wallet_id, customer_id, asset, network, address_for(wallet_id, network), ACTIVE, now, now)
        self.wallets[wallet_id] = w
        self.customer_wallet_ids.append(customer_id, wallet_id)
        return w

    def wallet(self, wallet_id: str) -> Wallet:
        found = self.wallets.get(wallet_id)
        if found is None:
            raise XCurrencyRuleError(e.WALLET_NOT_FOUND)
        return found

    def customer_wallets(self, customer_id: str) -> list[Wallet]:
        """A customer's wallets, oldest first."""
        self.customer(customer_id)
        return [self.wallets[i] for i in self.customer_wallet_ids.all(customer_id)]

    def pending(self, w: Wallet) -> Decimal:
        """Target amounts of the wallet's top-ups still waiting for their fiat."""
        orders = (self.orders[i] for i in self.wallet_orders.all(w.wallet_id))
        return sum((o.target_amount for o in orders if o.status == TRANSFERRING), ZERO)

    def transactions(self, wallet_id: str) -> list[Tx]:
        """A wallet's transactions, newest first."""
        self.wallet(wallet_id)
        return [self.txs[i] for i in reversed(self.wallet_txs.all(wallet_id))]

    # ==== quotes and orders =========================================================================
    def create_quote(self, source: str, target: str, source_amount: str | None = None) -> Quote:
        if source not in RATES or target not in STABLECOINS:
            raise XCurrencyRuleError(e.UNSUPPORTED_CURRENCY)
        amount = None
        if source_amount is not None:
            try:
                amount = Decimal(source_amount)
            except InvalidOperation:
                raise XCurrencyRuleError(e.INVALID_PARAMETER) from None
            if not amount.is_finite() or amount <= 0 or amount > MAX_AMOUNT:
                raise XCurrencyRuleError(e.INVALID_PARAMETER)
            if amount != amount.quantize(Decimal(1).scaleb(-minor_unit(source)), rounding=ROUND_DOWN):
                raise XCurrencyRuleError(e.AMOUNT_PRECISION)  # by value: 50.100 AUD is 50.10
        rate = RATES[source]
        credited = None
        if amount is not None:
            fee_in_target = FEE * RATES[FEE_CURRENCY]  # the stablecoins are USD-pegged
            credited = (amount * rate - fee_in_target).quantize(TARGET_PLACES, rounding=ROUND_DOWN)
            if credited <= 0:
                raise XCurrencyRuleError(e.FEE_NOT_COVERED)
        now = self.clock()
        quote = Quote(self._id("q_", self.quotes), source, target, rate, now, now + self.quote_ttl_ms)
        if amount is not None and credited is not None:
            quote.source_amount = amount
            quote.target_amount = credited
            quote.fee, quote.fee_currency = FEE, FEE_CURRENCY
        self.quotes[quote.query_no] = quote
        return quote

    def expire_quote(self, query_no: str) -> Quote:
        quote = self.quotes.get(query_no)
        if quote is None:
            raise XCurrencyRuleError(e.QUOTE_NOT_FOUND, 404)
        quote.expires_ms = min(quote.expires_ms, self.clock())
        return quote

    def create_order(self, quote_id: str, wallet_id: str, payer_name: str) -> Order:
        w = self.wallet(wallet_id)
        quote = self.quotes.get(quote_id)
        if quote is None:
            raise XCurrencyRuleError(e.QUOTE_NOT_FOUND)
        if quote.order_id is not None:  # single-use: a retry of the same order gets that order back
            first = self.orders[quote.order_id]
            if (first.wallet_id, first.payer_name) == (w.wallet_id, payer_name):
                return first
            raise XCurrencyRuleError(e.QUOTE_USED)
        now = self.clock()
        if now >= quote.expires_ms:
            raise XCurrencyRuleError(e.QUOTE_EXPIRED)
        if quote.source_amount is None:
            raise XCurrencyRuleError(e.QUOTE_WITHOUT_AMOUNT)
        if quote.target_currency != w.asset:
            raise XCurrencyRuleError(e.UNSUPPORTED_CURRENCY)
        minimum = self.pair(w.asset, w.network).min_topup_fiat  # in USD
        if in_usd(quote.source_amount, quote.source_currency) < minimum:
            raise XCurrencyRuleError(e.BELOW_MINIMUM)
        assert quote.target_amount is not None and quote.fee is not None and quote.fee_currency is not None
        order = Order(
            self._id("", self.orders, 32),
            w.wallet_id,
            quote.query_no,
            payer_name,
            TRANSFERRING,
            now,
            now,
            quote.source_amount,
            quote.source_currency,
            quote.target_amount,
            quote.target_currency,
            quote.fee,
            quote.fee_currency,
            quote.rate,
        )
        self.orders[order.order_id] = order
        self.wallet_orders.append(w.wallet_id, order.order_id)
        self.order_list.append(ALL, order.order_id)
        self.open_orders[order.order_id] = True
        quote.order_id = order.order_id
        w.updated_ms = now
        return order

    def order(self, order_id: str) -> Order:
        found = self.orders.get(order_id)
        if found is None:
            raise XCurrencyRuleError(e.ORDER_NOT_FOUND)
        return found

    def list_orders(self, wallet_id: str | None, status: str | None) -> list[Order]:
        """Matching orders, newest first; `CREDITED` filters like `COMPLETED` (x-inferred alias)."""
        if wallet_id is not None:
            self.wallet(wallet_id)
        return self._matching(wallet_id, status)

    def _matching(self, wallet_id: str | None, status: str | None) -> list[Order]:
        wanted = COMPLETED if status == "CREDITED" else status
        lists, owner = (self.order_list, ALL) if wallet_id is None else (self.wallet_orders, wallet_id)
        candidates = (self.orders[i] for i in reversed(lists.all(owner)))  # status changes: walk the owner's list
        return [o for o in candidates if wanted in (None, o.status)]

    def order_page(self, wallet_id: str | None, status: str | None, size: int, number: int) -> tuple[list[Order], int]:
        """Page `number` (from 1) of `size` matching orders, newest first, and how many match (`total`). Without a
        status filter the page reads only the orders it shows and the total is the stored length of the tenant's
        (or the wallet's) list; a status filter walks that list (statuses change, so no list per status)."""
        if wallet_id is not None:
            self.wallet(wallet_id)
        start = (number - 1) * size
        if status is not None:
            found = self._matching(wallet_id, status)
            return found[start : start + size], len(found)
        lists, owner = (self.order_list, ALL) if wallet_id is None else (self.wallet_orders, wallet_id)
        total = lists.count(owner)
        ids = lists.slice(owner, total - start - size, total - start)
        return [self.orders[i] for i in reversed(ids)], total

    def settle(self, order_id: str, received: bool) -> Order:
        """Fiat received (COMPLETED: credit the wallet) or failed (FAILED); only from TRANSFERRING."""
        order = self.orders.get(order_id)
        if order is None:
            raise XCurrencyRuleError(e.ORDER_NOT_FOUND, 404)
        if order.status != TRANSFERRING:
            raise XCurrencyRuleError(f"order {order_id} is already {order.status}", 409)
        now = self.clock()
        w = self.wallets[order.wallet_id]
        if received:
            tx = Tx(
                self._id("tx_", self.txs),
                w.wallet_id,
                CREDIT,
                TOPUP_CREDIT,
                order.target_amount,
                w.asset,
                w.network,
                tx_hash(w.network, order.order_id),
                now,
                order.order_id,
            )
            self.txs[tx.tx_id] = tx
            self.wallet_txs.append(w.wallet_id, tx.tx_id)
            w.available += order.target_amount
        order.status = COMPLETED if received else FAILED
        self.open_orders.pop(order.order_id, None)
        order.updated_ms = w.updated_ms = now
        self.emit(EVENT_TOPUP_STATUS, order.order_id, views.order(order))
        return order

    def tick(self, now: int, auto_advance_ms: int) -> int:
        """Auto-advance: TRANSFERRING orders older than `auto_advance_ms` receive their fiat. How many moved."""
        if auto_advance_ms <= 0:
            return 0
        open_orders = (self.orders[i] for i in self.open_orders.keys())
        due = [o.order_id for o in open_orders if o.status == TRANSFERRING and now - o.created_ms >= auto_advance_ms]
        for order_id in due:
            self.settle(order_id, received=True)
        return len(due)

    # ==== invariants ================================================================================
    def ledger(self) -> books.Ledger:
        """The books as the API shows them: each wallet's `available`, its transactions (what moves it) and the
        orders' figures (targetAmount = round_down(sourceAmount x rate) - fee, the USD fee 1:1 in the stablecoin)."""
        L = books.Ledger("xcurrency")
        for w in self.wallets.values():
            L.balances[(w.wallet_id, w.asset)] = books.Balance(w.available)
        for t in self.txs.values():
            kind = books.CREDIT if t.type == CREDIT else books.DEBIT
            L.record(f"tx:{t.tx_id}", t.type, [books.Entry(t.wallet_id, t.asset, kind, t.amount)], {"amount": t.amount})
        for o in self.orders.values():
            figures = {"sourceAmount": o.source_amount, "targetAmount": o.target_amount, "fee": o.fee}
            sums: list[tuple[str, tuple[str, ...]]] = []
            if o.rate is not None:
                figures["converted"] = (o.source_amount * o.rate).quantize(TARGET_PLACES, rounding=ROUND_DOWN)
                figures["feeInTarget"] = o.fee * RATES[o.fee_currency]
                sums.append(("converted", ("targetAmount", "feeInTarget")))
            L.record(f"order:{o.order_id}", o.status, (), figures, sums)
        return L

    def ledger_problems(self) -> list[str]:
        """Every broken invariant, as text ([] when the ledger is sound)."""
        L = self.ledger()
        problems = books.check(L) + self.watch.observe(L)
        txs = self.txs.values()
        for w in self.wallets.values():
            moved = sum((t.amount if t.type == CREDIT else -t.amount for t in txs if t.wallet_id == w.wallet_id), ZERO)
            credited = sum(
                (o.target_amount for o in self.orders.values() if o.wallet_id == w.wallet_id and o.status == COMPLETED),
                ZERO,
            )
            if w.available < 0:
                problems.append(f"negative balance {w.wallet_id}: {w.available}")
            if w.available != moved:
                problems.append(f"{w.wallet_id}: available {w.available} != sum of transactions {moved}")
            if w.available != credited:
                problems.append(f"{w.wallet_id}: available {w.available} != completed top-ups {credited}")
        credits: dict[str, int] = {}
        for t in self.txs.values():
            if t.amount <= 0:
                problems.append(f"{t.tx_id}: non-positive amount {t.amount}")
            if t.type == DEBIT:
                problems.append(f"{t.tx_id}: a DEBIT, but nothing in this API debits a wallet")
            if t.order_id is not None:
                credits[t.order_id] = credits.get(t.order_id, 0) + 1
        for o in self.orders.values():
            expected = 1 if o.status == COMPLETED else 0
            if credits.get(o.order_id, 0) != expected:
                problems.append(f"order {o.order_id} ({o.status}) has {credits.get(o.order_id, 0)} credits")
        return problems

    def totals(self) -> dict[str, dict[str, Decimal]]:
        """Per asset: available and pending of all wallets, and the target amounts of completed top-ups."""
        out: dict[str, dict[str, Decimal]] = {}
        for w in self.wallets.values():
            row = out.setdefault(w.asset, {"available": ZERO, "pending": ZERO, "credited": ZERO})
            row["available"] += w.available
            row["pending"] += self.pending(w)
        for o in self.orders.values():
            if o.status == COMPLETED:
                row = out.setdefault(o.target_currency, {"available": ZERO, "pending": ZERO, "credited": ZERO})
                row["credited"] += o.target_amount
        return out
