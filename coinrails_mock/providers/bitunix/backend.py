"""BitunixBackend: the spot account rules, in pure Python (no HTTP). Violations raise BitunixRuleError.

Model: users (MAIN and RECEIVER, see credentials.py) hold a spot balance (`available`, `locked`) and a futures
balance per coin. Every mutating method checks everything first and mutates last, so a refused call changes
nothing (a batch of orders is undone as a whole).

- Deposits arrive through the control API at a user's deposit address (one per user and address family;
  XRP: a shared address plus the user's numeric tag as memo), `success` at once or `pending` until advanced.
- Withdrawals go only to entries of the user's quick-withdrawal list (control API), lock `amount` (fee
  included; the receiver gets `amount - fee`, the fee comes from the coin/network table) and move
  pending -> pending + approved (transaction hash) -> success, or to fail (refund), by the control API or
  auto-advance. A new API withdrawal starts `pending`, as the docs' example record of a fresh withdrawal shows
  (`"status": "pending"`); the control API can put a not yet approved one into `verification` (the security
  check in the app). **Cancel is allowed before approval**: in `verification` and in `pending` while not yet
  approved; once approved (on chain) it is refused.
- Inside transfers (by uid, phone or email) lock the amount in `pending` (before approval: cancellable) and
  on approval (control API / auto-advance) credit the recipient, who gets an `inside_transfer_in` deposit.
  A repeated `outBizId` returns the first transfer's id and has no second effect.
- Funds transfers move available spot balance to/from the futures balance at once.
- Spot orders: `volume` is always the base quantity (limit: as in every example; market: as the single-order
  page says - the batch page's "market volume = quote amount" is not simulated). A limit order locks
  price x volume quote (buy) or volume base (sell) and takes what the simulated book (market.py) offers up to its
  price as taker; the rest rests until the control API fills it or moves the price across it (maker). A market
  order walks the book at once; what the book cannot fill is cancelled (status 7). Fee: 0.1% of what is
  received, in the received coin (maker and taker).

Ledger invariant, per coin: sum(spot available + locked) + sum(futures) == inflow - outflow - fees, where
inflow = credited deposits + what the market maker delivered, outflow = what completed withdrawals delivered +
what the market maker received, fees = withdrawal and trading fees. Locked == open withdrawals/transfers +
what open orders hold.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any, TypeVar

from coinrails_mock.engine import ledger as books
from coinrails_mock.engine import numbers
from coinrails_mock.engine.accounts import FEES, INFLOW, Accounts, Balance, add_up
from coinrails_mock.engine.keys import Keys
from coinrails_mock.engine.lists import Lists, Timeline
from coinrails_mock.engine.rules import Backend
from coinrails_mock.engine.store import Table
from coinrails_mock.providers.bitunix import market
from coinrails_mock.providers.bitunix.coins import (
    COINS,
    NETWORKS,
    PAIRS,
    Coin,
    Network,
    Pair,
    address_for,
    deposit_address,
    tx_hash,
)
from coinrails_mock.providers.bitunix.credentials import MAIN, SEEDED_QUICK_ADDRESS, USERS
from coinrails_mock.providers.bitunix.errors import BitunixRuleError, invalid
from coinrails_mock.providers.bitunix.models import (
    BUY,
    CANCELED,
    CANCELLED,
    DEPOSIT,
    FAIL,
    FILLED,
    INSIDE_IN,
    INSIDE_OUT,
    LIMIT,
    MAKER,
    OPEN_STATUSES,
    PARTIAL,
    PARTIAL_CANCELED,
    PENDING,
    SUCCESS,
    TAKER,
    UNFILLED,
    VERIFICATION,
    WITHDRAW,
    ZERO,
    Deal,
    Deposit,
    FundsTransfer,
    Order,
    QuickAddress,
    WithdrawTransfer,
)

FIRST_ID = 1_909_879_600_000_000_000  # 19-digit ids like Bitunix's
MAX_AMOUNT = Decimal(10) ** 15
MAX_ORDER_NUMBER = Decimal(10) ** 12
FEE_RATE = Decimal("0.001")
PRECISION = 60  # Decimal digits for every computation: products of bounded inputs stay exact
APPROVED = "approved"  # control target: a pending withdrawal passes review (no longer cancellable)
STEPS = {VERIFICATION: 0, PENDING: 1, APPROVED: 2, SUCCESS: 3, FAIL: 3}


F = TypeVar("F", bound=Callable[..., Any])
RECIPIENT_FIELDS = {"uid": ("toUid",), "phone": ("toPhoneCountryCode", "toPhoneNumber"), "email": ("toEmail",)}


def exact(fn: F) -> F:
    """Run `fn` with PRECISION significant digits, so sums and products of bounded inputs never round."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            return fn(*args, **kwargs)

    return run  # type: ignore[return-value]


def insufficient(coin: str, have: Decimal, need: Decimal) -> BitunixRuleError:
    # x-inferred: Bitunix publishes no "insufficient balance" code; 2 (parameter error) is the closest.
    return invalid(f"insufficient {coin} balance: available {have:f}, needed {need:f}")


class BitunixBackend(Backend):
    """The rules over tables of a store (engine/store.py): standalone (no store) it keeps its own, seeded."""

    def define(self, t: Callable[[str], Table]) -> None:
        self.accounts = Accounts(self.store, insufficient, table="spot")  # (uid, coin) spot balances
        self.futures = t("futures")  # (uid, coin) -> Decimal
        self.quick = t("quick")  # address id -> QuickAddress
        self.records = t("records")  # record id -> WithdrawTransfer
        self.deposits = t("deposits")  # deposit id -> Deposit
        self.funds = t("funds")  # transfer id -> FundsTransfer
        self.orders = t("orders")  # order id -> Order
        self.deals = t("deals")  # deal id -> Deal
        self.prices = t("prices")  # symbol -> Decimal (last price)
        self.biz_ids = Keys(self.store, "biz_ids")  # (uid, outBizId) -> the inside transfer's record id
        self.quick_keys = Keys(self.store, "quick_keys")  # (uid, coin, network, address, memo) -> address id
        self.user_quick = Lists(self.store, "user_quick")  # uid -> its quick address ids (removed ones too)
        self.user_records = Timeline(self.store, "user_records")  # uid -> its withdrawal/transfer ids
        self.user_deposits = Timeline(self.store, "user_deposits")  # uid -> its deposit ids
        self.user_orders = Lists(self.store, "user_orders")  # (uid, symbol) -> its order ids, in order
        self.open_orders = t("open_orders")  # order id -> symbol, while open (what set_price looks at)
        self.open_records = t("open_records")  # record id -> True while open (what tick() moves), in order
        self.pending_deposits = t("pending_deposits")  # deposit id -> True while pending (tick()), in order

    def seed(self) -> None:
        for symbol, pair in PAIRS.items():
            self.prices[symbol] = pair.price
        self.add_quick_address(MAIN.uid, "USDT", "Tron (TRC-20)", SEEDED_QUICK_ADDRESS, None, "seeded")

    # ==== small helpers =============================================================================
    def _id(self) -> str:
        return str(FIRST_ID + self.store.next_id())

    @staticmethod
    def coin(symbol: str) -> Coin:
        found = COINS.get(symbol)
        if found is None:
            raise invalid(f"unsupported coin {symbol}")
        return found

    @staticmethod
    def network(coin: str, network: str) -> Network:
        found = NETWORKS.get((coin, network))
        if found is None:
            raise invalid(f"{coin} is not supported on network {network!r}")
        return found

    @staticmethod
    def pair(symbol: str) -> Pair:
        found = PAIRS.get(symbol)
        if found is None:
            raise invalid(f"invalid symbol {symbol}")
        return found

    @staticmethod
    def amount(
        value: object, precision: int, what: str = "amount", code: str = "2", maximum: Decimal = MAX_AMOUNT
    ) -> Decimal:
        """A positive decimal with at most `precision` decimals (code `code` for too many decimals)."""

        def refuse(reason: str, message: str) -> BitunixRuleError:
            return BitunixRuleError(code, message) if reason == numbers.TOO_PRECISE else invalid(message)

        return numbers.at_precision(numbers.amount(value, what, precision, maximum, refuse), precision)

    def balance(self, uid: int, coin: str) -> Balance:
        """The spot row, or a zero one (reading never creates rows)."""
        return self.accounts.get(uid, coin)

    def spot(self, uid: int) -> list[tuple[str, Balance]]:
        """Every catalogue coin's spot balance, in catalogue order."""
        return [(coin, self.balance(uid, coin)) for coin in COINS]

    # ==== deposits ==================================================================================
    def deposit_address(self, uid: int, coin: str, network: str) -> tuple[str, str | None]:
        return deposit_address(uid, self.network(self.coin(coin).symbol, network))

    def _owner(self, net: Network, address: str, memo: str | None) -> int | None:
        for uid in USERS:
            mine, tag = deposit_address(uid, net)
            if mine == address and (tag is None or tag == memo):
                return uid
        return None

    @exact
    def deposit(
        self,
        address: str,
        coin: str,
        network: str,
        amount: object,
        memo: str | None = None,
        status: str = SUCCESS,
        from_address: str | None = None,
        transaction_hash: str | None = None,
    ) -> Deposit:
        """An on-chain deposit to `address` (control API): `success` credits at once, `pending` waits, `fail` never."""
        net = self.network(self.coin(coin).symbol, network)
        value = self.amount(amount, net.precision)
        uid = self._owner(net, address, memo)
        if uid is None:
            raise BitunixRuleError("10016", f"no user has deposit address {address} (memo {memo}) on {network}", 404)
        now = self.clock()
        deposit_id = self._id()
        d = Deposit(
            deposit_id,
            uid,
            DEPOSIT,
            coin,
            network,
            value,
            status,
            now,
            now,
            from_address or market_address(net, deposit_id),
            address,
            memo,
            transaction_hash or tx_hash(net.chain, f"deposit:{deposit_id}"),
        )
        self._file_deposit(d)
        if d.status == SUCCESS:
            self._credit(d)
        return d

    def _file_deposit(self, d: Deposit) -> None:
        self.deposits[d.deposit_id] = d
        self.user_deposits.add(d.uid, d.created_ms, d.deposit_id)
        if d.status == PENDING:
            self.pending_deposits[d.deposit_id] = True

    def _credit(self, d: Deposit) -> None:
        self.accounts.credit(d.uid, d.coin, d.amount, INFLOW)

    @exact
    def advance_deposit(self, deposit_id: str, to: str = SUCCESS) -> Deposit:
        d = self.deposits.get(deposit_id)
        if d is None or d.kind != DEPOSIT:
            raise BitunixRuleError("2", f"no deposit {deposit_id}", 404)
        if d.status != PENDING:
            raise BitunixRuleError("2", f"deposit {deposit_id} is already {d.status}", 409)
        d.status, d.updated_ms = to, self.clock()
        self.pending_deposits.pop(deposit_id, None)
        if to == SUCCESS:
            self._credit(d)
        return d

    # ==== quick-withdrawal list =====================================================================
    def add_quick_address(
        self, uid: int, coin: str, network: str, address: str, memo: str | None, label: str | None
    ) -> QuickAddress:
        if uid not in USERS:
            raise BitunixRuleError("10016", f"no user {uid}", 404)
        net = self.network(self.coin(coin).symbol, network)
        if not re.fullmatch(net.address_regex, address):
            raise invalid(f"{address!r} is not a valid {network} address")
        known = self.quick_keys.first(uid, coin, network, address, memo)
        if known is not None:
            return self.quick[known]
        entry = QuickAddress(self._id(), uid, coin, network, address, memo, label, self.clock())
        self.quick[entry.address_id] = entry
        self.quick_keys.remember(entry.address_id, uid, coin, network, address, memo)
        self.user_quick.append(uid, entry.address_id)
        return entry

    def remove_quick_address(self, address_id: str) -> QuickAddress:
        entry = self.quick.pop(address_id, None)
        if entry is None:
            raise BitunixRuleError("2", f"no quick-withdrawal address {address_id}", 404)
        self.quick_keys.forget(entry.uid, entry.coin, entry.network, entry.address, entry.memo)
        return entry

    def user_quick_addresses(self, uid: int) -> list[QuickAddress]:
        """The user's quick-withdrawal entries, oldest first."""
        found = (self.quick.get(i) for i in self.user_quick.all(uid))
        return [e for e in found if e is not None]

    def _quick_listed(self, uid: int, coin: str, network: str, address: str, memo: str | None) -> bool:
        # an entry without a memo (None or "") lists the address for any memo
        return any(self.quick_keys.first(uid, coin, network, address, m) is not None for m in (None, "", memo))

    # ==== withdrawals and inside transfers ==========================================================
    @exact
    def withdraw(
        self, uid: int, coin: str, network: str, address: str, amount: object, memo: str | None = None
    ) -> WithdrawTransfer:
        net = self.network(self.coin(coin).symbol, network)
        value = self.amount(amount, net.precision)
        if not self._quick_listed(uid, coin, network, address, memo):
            raise BitunixRuleError("110008", f"{address} is not on the quick-withdrawal list for {coin}/{network}")
        if value <= net.fee:
            raise BitunixRuleError("110007", f"amount {value} does not exceed the fee {net.fee} {coin}")
        if value < net.withdraw_min or value > net.withdraw_max:
            raise invalid(f"amount must be between {net.withdraw_min} and {net.withdraw_max}")
        self.accounts.need(uid, coin, value)
        now = self.clock()
        r = WithdrawTransfer(self._id(), uid, WITHDRAW, coin, network, value, net.fee, PENDING, now, now, address, memo)
        self.accounts.lock(uid, coin, value)
        self._file_record(r)
        return r

    def _file_record(self, r: WithdrawTransfer) -> None:
        self.records[r.record_id] = r
        self.user_records.add(r.uid, r.created_ms, r.record_id)
        self.open_records[r.record_id] = True  # a new record is pending

    def _recipient(self, uid: int, args: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """(recipient uid, the recipient fields to record) for an inside transfer's `toType`."""
        to_type = args["toType"]
        names = RECIPIENT_FIELDS[to_type]
        missing = [n for n in names if args.get(n) in (None, "")]
        if missing:
            raise BitunixRuleError("70003", f"toType {to_type} needs {', '.join(missing)}")
        values = {n: args[n] for n in names}
        for user in USERS.values():
            if (
                (to_type == "uid" and user.uid == values["toUid"])
                or (to_type == "email" and user.email.lower() == str(values["toEmail"]).lower())
                or (
                    to_type == "phone"
                    and (user.phone_country_code, user.phone_number)
                    == (str(values["toPhoneCountryCode"]).lstrip("+"), values["toPhoneNumber"])
                )
            ):
                if user.uid == uid:
                    raise invalid("cannot transfer to yourself")
                return user.uid, values
        raise BitunixRuleError("10016", f"no user with {', '.join(f'{k}={v}' for k, v in values.items())}")

    @exact
    def inside_transfer(self, uid: int, args: dict[str, Any]) -> WithdrawTransfer:
        """Lock the amount in a `pending` transfer to another user; a repeated outBizId has no second effect."""
        out_biz_id = args.get("outBizId")
        first_id = None if out_biz_id is None else self.biz_ids.first(uid, out_biz_id)
        if first_id is not None:
            first = self.records[first_id]
            recorded = {"toUid": first.to_uid, "toEmail": first.to_email, "toPhoneNumber": first.to_phone_number}
            recorded["toPhoneCountryCode"] = first.to_phone_country_code
            same = {"coin": first.coin, "amount": first.amount, "toType": first.to_type, "remark": first.remark}
            if self._fingerprint({**recorded, **same}) != self._fingerprint(args):
                raise invalid(f"outBizId {out_biz_id} was already used with different parameters")
            return first
        coin = self.coin(args["coin"])
        value = self.amount(args["amount"], coin.precision)
        recipient, fields = self._recipient(uid, args)
        self.accounts.need(uid, coin.symbol, value)
        now = self.clock()
        r = WithdrawTransfer(
            self._id(),
            uid,
            INSIDE_OUT,
            coin.symbol,
            None,
            value,
            ZERO,
            PENDING,
            now,
            now,
            to_type=args["toType"],
            to_uid=fields.get("toUid"),
            to_phone_country_code=fields.get("toPhoneCountryCode"),
            to_phone_number=fields.get("toPhoneNumber"),
            to_email=fields.get("toEmail"),
            recipient_uid=recipient,
            out_biz_id=out_biz_id,
            remark=args.get("remark"),
        )
        self.accounts.lock(uid, coin.symbol, value)
        self._file_record(r)
        if out_biz_id is not None:
            self.biz_ids.remember(r.record_id, uid, out_biz_id)
        return r

    @staticmethod
    def _fingerprint(args: dict[str, Any]) -> tuple[Any, ...]:
        """What makes two inside-transfer requests the same transfer (recipient fields of their toType only)."""
        try:
            amount: object = Decimal(str(args["amount"]))
        except InvalidOperation:
            amount = args["amount"]
        recipient = tuple(args.get(name) for name in RECIPIENT_FIELDS[args["toType"]])
        return args["coin"], amount, args["toType"], recipient, args.get("remark")

    def record(self, record_id: str, uid: int | None = None, kind: str | None = None) -> WithdrawTransfer:
        r = self.records.get(record_id)
        if r is None or uid not in (None, r.uid) or kind not in (None, r.kind):
            what = {WITHDRAW: "withdrawal", INSIDE_OUT: "inside transfer"}.get(kind or "", "record")
            raise BitunixRuleError("2", f"no {what} {record_id}", 404 if uid is None else 200)
        return r

    @exact
    def cancel(self, uid: int, record_id: str, kind: str) -> WithdrawTransfer:
        """Cancel before approval: `verification`, or `pending` not yet approved. Refunds the locked amount."""
        r = self.record(record_id, uid, kind)
        if r.status not in OPEN_STATUSES or r.approved:
            state = "approved" if r.approved and r.status == PENDING else r.status
            raise invalid(f"{record_id} is {state} and can no longer be cancelled")
        r.status, r.updated_ms = CANCELLED, self.clock()
        self.open_records.pop(record_id, None)
        self.accounts.unlock(r.uid, r.coin, r.amount)
        return r

    @exact
    def advance(self, record_id: str, to: str | None = None) -> WithdrawTransfer:
        """Move a withdrawal verification -> pending -> approved -> success, an inside transfer pending ->
        success; or straight to `to` (a later step, or `fail`). A withdrawal not yet approved can also be sent
        (back) to `verification`: the security check the app may ask for."""
        r = self.record(record_id)
        if r.status not in OPEN_STATUSES:
            raise BitunixRuleError("2", f"{record_id} is already {r.status}", 409)
        step = APPROVED if r.approved else r.status
        if to == VERIFICATION:
            if r.kind != WITHDRAW or step != PENDING:
                raise BitunixRuleError("2", f"cannot move {record_id} from {step} to {to}", 409)
            r.status, r.updated_ms = VERIFICATION, self.clock()
            return r
        if to is None:
            to = {VERIFICATION: PENDING, PENDING: APPROVED, APPROVED: SUCCESS}[step]
            if r.kind == INSIDE_OUT:
                to = SUCCESS
        if (r.kind == INSIDE_OUT and to == APPROVED) or STEPS[to] <= STEPS[step]:
            raise BitunixRuleError("2", f"cannot move {record_id} from {step} to {to}", 409)
        now = self.clock()
        r.updated_ms = now
        if to == PENDING:
            r.status = PENDING
        elif to == APPROVED:
            r.status, r.approved = PENDING, True
            r.tx_hash = tx_hash(self.network(r.coin, r.network or "").chain, r.record_id)
        elif to == SUCCESS:
            r.status, r.approved = SUCCESS, True
            if r.kind == WITHDRAW:
                r.tx_hash = r.tx_hash or tx_hash(self.network(r.coin, r.network or "").chain, r.record_id)
                self.accounts.spend(r.uid, r.coin, r.amount, outflow=r.receive, fees=r.fee)
            else:
                assert r.recipient_uid is not None
                self.accounts.spend(r.uid, r.coin, r.amount)
                self.accounts.credit(r.recipient_uid, r.coin, r.amount)
                d = Deposit(
                    self._id(), r.recipient_uid, INSIDE_IN, r.coin, None, r.amount, SUCCESS, now, now, str(r.uid), None
                )
                self._file_deposit(d)
        else:
            r.status = FAIL
            self.accounts.unlock(r.uid, r.coin, r.amount)
        if r.status not in OPEN_STATUSES:
            self.open_records.pop(record_id, None)
        return r

    # ==== spot <-> futures ==========================================================================
    @exact
    def funds_transfer(self, uid: int, direction: str, coin: str, amount: object) -> FundsTransfer:
        symbol = self.coin(coin).symbol
        value = self.amount(amount, COINS[symbol].precision)
        held = self.futures.get((uid, symbol), ZERO)
        if direction == "spot_futures":
            self.accounts.debit(uid, symbol, value)
            self.futures[(uid, symbol)] = held + value
        else:
            if held < value:
                raise insufficient(f"futures {symbol}", held, value)
            self.futures[(uid, symbol)] = held - value
            self.accounts.credit(uid, symbol, value)
        t = FundsTransfer(self._id(), uid, direction, symbol, value, self.clock())
        self.funds[t.transfer_id] = t
        return t

    # ==== orders ====================================================================================
    @exact
    def place_orders(self, uid: int, items: list[dict[str, Any]], batch: bool = True) -> list[Order]:
        """Place every order or none: a refused item undoes the ones before it (a batch's error names the item)."""
        placed = []
        with self.store.all_or_nothing():
            for i, item in enumerate(items):
                try:
                    placed.append(self.place_order(uid, item))
                except BitunixRuleError as exc:
                    if not batch:
                        raise
                    raise BitunixRuleError(exc.code, f"orderList[{i}]: {exc.detail}", exc.status) from exc
        return placed

    @exact
    def place_order(self, uid: int, item: dict[str, Any]) -> Order:
        pair = self.pair(item["symbol"])
        side, kind = item["side"], item["type"]
        volume = self.amount(item["volume"], pair.base_precision, "volume", "10058", maximum=MAX_ORDER_NUMBER)
        if volume < pair.min_volume:
            raise invalid(f"volume is below the minimum {pair.min_volume}")
        price = None
        if kind == LIMIT:
            price = self.amount(item["price"], pair.quote_precision, "price", "2", maximum=MAX_ORDER_NUMBER)
        asks, bids = market.book(pair, self.prices[pair.symbol])
        levels = asks if side == BUY else bids
        if price is not None:
            levels = [(p, v) for p, v in levels if (p <= price if side == BUY else p >= price)]
        fills = _walk(levels, volume)
        if side == BUY:
            lock_coin = pair.quote
            lock = price * volume if price is not None else sum((p * q for p, q in fills), ZERO)
        else:
            lock_coin, lock = pair.base, volume
        self.accounts.need(uid, lock_coin, lock)
        now = self.clock()
        order = Order(
            self._id(),
            uid,
            pair.symbol,
            side,
            kind,
            price,
            volume,
            UNFILLED,
            now,
            now,
            locked=lock,
            placed_price=item["price"],
            placed_volume=item["volume"],
        )
        self.accounts.lock(uid, lock_coin, lock)
        self.orders[order.order_id] = order
        self.user_orders.append((uid, pair.symbol), order.order_id)
        self.open_orders[order.order_id] = pair.symbol
        for p, q in fills:
            self._fill(order, q, p, TAKER, now)
        if kind != LIMIT and order.open:
            self._release(order, PARTIAL_CANCELED if order.deal_volume else CANCELED, now)
        return order

    def _fill(self, order: Order, volume: Decimal, price: Decimal, role: str, now: int) -> Deal:
        """Trade `volume` base at `price` with the simulated market maker."""
        pair = PAIRS[order.symbol]
        value = price * volume
        if order.side == BUY:
            reserved = order.price * volume if order.price is not None else value
            fee, fee_coin = volume * FEE_RATE, pair.base
            self.accounts.spend(order.uid, pair.quote, reserved, outflow=value)
            self.accounts.credit(order.uid, pair.quote, reserved - value)  # a limit buy filled below its price
            order.locked -= reserved
            self.accounts.credit(order.uid, pair.base, volume - fee)
            self.accounts.flow(INFLOW, pair.base, volume)
            self.accounts.flow(FEES, pair.base, fee)
        else:
            fee, fee_coin = value * FEE_RATE, pair.quote
            self.accounts.spend(order.uid, pair.base, volume, outflow=volume)
            order.locked -= volume
            self.accounts.credit(order.uid, pair.quote, value - fee)
            self.accounts.flow(INFLOW, pair.quote, value)
            self.accounts.flow(FEES, pair.quote, fee)
        deal = Deal(self._id(), order.order_id, volume, price, fee, fee_coin, role, now)
        self.deals[deal.deal_id] = deal
        order.deals.append(deal.deal_id)
        order.deal_volume += volume
        order.deal_amount += value
        order.fee += fee
        order.status = FILLED if order.left == 0 else PARTIAL
        if not order.open:
            self.open_orders.pop(order.order_id, None)
        order.updated_ms = now
        self.prices[order.symbol] = price
        return deal

    def _release(self, order: Order, status: int, now: int) -> None:
        coin = PAIRS[order.symbol].quote if order.side == BUY else PAIRS[order.symbol].base
        self.accounts.unlock(order.uid, coin, order.locked)
        order.locked, order.status, order.updated_ms = ZERO, status, now
        self.open_orders.pop(order.order_id, None)

    def user_orders_newest(self, uid: int, symbol: str) -> list[Order]:
        """The user's orders in `symbol`, newest first (by creation ms, then id)."""
        found = [self.orders[i] for i in self.user_orders.all((uid, symbol))]
        return sorted(found, key=lambda o: (o.created_ms, int(o.order_id)), reverse=True)

    def order(self, order_id: str, uid: int | None = None, symbol: str | None = None) -> Order:
        o = self.orders.get(order_id)
        if o is None or uid not in (None, o.uid) or symbol not in (None, o.symbol):
            raise BitunixRuleError("2", f"order {order_id} not found" + (f" for {symbol}" if symbol else ""))
        return o

    @exact
    def cancel_orders(self, uid: int, refs: Iterable[dict[str, Any]]) -> list[Order]:
        """Cancel every named open order, or none (an unknown or finished order refuses the whole call)."""
        orders = [self.order(ref["orderId"], uid, ref["symbol"]) for ref in refs]
        for o in orders:
            if not o.open:
                raise invalid(f"order {o.order_id} is finished (status {o.status})")
        now = self.clock()
        for o in {o.order_id: o for o in orders}.values():  # an order named twice is cancelled once
            self._release(o, PARTIAL_CANCELED if o.deal_volume else CANCELED, now)
        return orders

    @exact
    def fill(self, order_id: str, volume: object = None, price: object = None) -> Order:
        """Control API: fill an open limit order as maker (default: all that is left, at its limit price)."""
        o = self.orders.get(order_id)
        if o is None:
            raise BitunixRuleError("2", f"no order {order_id}", 404)
        if not o.open or o.price is None:
            raise BitunixRuleError("2", f"order {order_id} is not open (status {o.status})", 409)
        pair = PAIRS[o.symbol]
        q = o.left if volume is None else self.amount(volume, pair.base_precision, "volume", "10058")
        p = o.price if price is None else self.amount(price, pair.quote_precision, "price")
        if q > o.left:
            raise invalid(f"volume {q} exceeds what is left ({o.left})")
        if (o.side == BUY and p > o.price) or (o.side != BUY and p < o.price):
            raise invalid(f"price {p} is worse than the order's limit {o.price}")
        self._fill(o, q, p, MAKER, self.clock())
        return o

    @exact
    def set_price(self, symbol: str, price: object) -> list[Order]:
        """Control API: move the last price; resting limit orders it crosses fill at their own price (maker)."""
        pair = self.pair(symbol)
        value = self.amount(price, pair.quote_precision, "price")
        now = self.clock()
        crossed = [
            o
            for o in (self.orders[i] for i, s in self.open_orders.items() if s == symbol)
            if o.open and o.price is not None and (o.price >= value if o.side == BUY else o.price <= value)
        ]
        for o in crossed:
            self._fill(o, o.left, o.price, MAKER, now)  # type: ignore[arg-type]
        self.prices[symbol] = value
        return crossed

    # ==== time ======================================================================================
    @exact
    def tick(self, now: int, auto_advance_ms: int) -> int:
        """Auto-advance: open records and pending deposits idle for `auto_advance_ms` move one step."""
        if auto_advance_ms <= 0:
            return 0
        due = self.open_records.keys()  # the open records, oldest first
        moved = 0
        for record_id in due:
            if now - self.records[record_id].updated_ms >= auto_advance_ms:
                self.advance(record_id)
                moved += 1
        for d in [self.deposits[i] for i in self.pending_deposits.keys()]:
            if d.status == PENDING and now - d.updated_ms >= auto_advance_ms:
                self.advance_deposit(d.deposit_id)
                moved += 1
        return moved

    # ==== invariants ================================================================================
    @exact
    def ledger(self) -> books.Ledger:
        """The books as the API shows them: spot (available + locked) and futures balances, and every record with
        what it moves now (the rules of the spec's "Money rules")."""
        L = books.Ledger("bitunix")
        E = books.Entry
        self.accounts.into(L)
        for (uid, coin), value in self.futures.items():
            L.balances[(f"{uid}/futures", coin)] = books.Balance(value)
        for d in self.deposits.values():
            entries = [E(str(d.uid), d.coin, books.CREDIT, d.amount)] if d.status == SUCCESS else []
            L.record(f"deposit:{d.deposit_id}", d.status, entries, {"amount": d.amount})
        for r in self.records.values():
            account = str(r.uid)
            figures = {"requested": r.amount, "amount": r.receive, "fee": r.fee}
            if r.status in OPEN_STATUSES:
                entries = [E(account, r.coin, books.HOLD, r.amount)]
            elif r.status == SUCCESS:
                entries = [E(account, r.coin, books.DEBIT, r.receive), E(account, r.coin, books.FEE, r.fee)]
            else:
                entries = []
            L.record(f"{r.kind}:{r.record_id}", r.status, entries, figures, [("requested", ("amount", "fee"))], "fee")
        for t in self.funds.values():
            spot, futures = (str(t.uid), f"{t.uid}/futures")
            source, target = (spot, futures) if t.direction == "spot_futures" else (futures, spot)
            entries = [E(source, t.coin, books.DEBIT, t.amount), E(target, t.coin, books.CREDIT, t.amount)]
            L.record(f"funds_transfer:{t.transfer_id}", "success", entries, {"amount": t.amount})
        for o in self.orders.values():
            pair, account = PAIRS[o.symbol], str(o.uid)
            entries = []
            if o.locked:
                entries.append(E(account, pair.quote if o.side == BUY else pair.base, books.HOLD, o.locked))
            for deal_id in o.deals:
                deal = self.deals[deal_id]
                value = deal.price * deal.volume
                paid, got = (pair.quote, value), (pair.base, deal.volume)
                if o.side != BUY:
                    paid, got = (pair.base, deal.volume), (pair.quote, value)
                entries += [
                    E(account, paid[0], books.DEBIT, paid[1]),
                    E(account, got[0], books.CREDIT, got[1]),
                    E(account, deal.fee_coin, books.FEE, deal.fee),
                ]
            figures = {"dealVolume": o.deal_volume, "dealAmount": o.deal_amount, "fee": o.fee, "locked": o.locked}
            L.record(f"order:{o.order_id}", str(o.status), entries, figures, fee_figure="fee")
        return L

    @exact
    def ledger_problems(self) -> list[str]:
        return super().ledger_problems()  # under `exact`: sums of bounded amounts never round

    def rule_problems(self) -> list[str]:
        problems = []
        holds = [(r.uid, r.coin, r.amount) for r in self.records.values() if r.status in OPEN_STATUSES]
        for o in self.orders.values():
            if o.open:
                holds.append((o.uid, PAIRS[o.symbol].quote if o.side == BUY else PAIRS[o.symbol].base, o.locked))
            elif o.locked != 0:
                problems.append(f"finished order {o.order_id} still holds {o.locked}")
        problems += self.accounts.problems(add_up(holds), "open records and orders")
        for key, value in self.futures.items():
            if value < 0:
                problems.append(f"negative futures balance {key}: {value}")
        return problems + self.accounts.totals_problems(self.totals())

    @exact
    def totals(self) -> dict[str, dict[str, Decimal]]:
        return self.accounts.totals(COINS, futures=self._futures)

    def _futures(self, coin: str) -> Decimal:
        return sum((v for (_, c), v in self.futures.items() if c == coin), ZERO)


def _walk(levels: list[tuple[Decimal, Decimal]], volume: Decimal) -> list[tuple[Decimal, Decimal]]:
    """(price, quantity) fills taking `volume` from `levels`, best first."""
    fills, left = [], volume
    for price, available in levels:
        if left <= 0:
            break
        take = min(left, available)
        fills.append((price, take))
        left -= take
    return fills


def market_address(net: Network, seed: str) -> str:
    """A sender address for a simulated deposit."""
    return address_for(net.chain, f"sender:{seed}")
