"""CeffuBackend: the custody rules, in pure Python (no HTTP). Violations raise CeffuRuleError.

Model: tenants (entities) own wallets (Qualified 10, Cosign 12, Prime 20, Prime sub-wallet 21). A ledger row per
(wallet, coin) holds `available` and `locked` (Decimal); MirrorX positions per (link, coin) hold delegated funds.
Every mutating method checks everything first and mutates last, so a rejected call changes nothing, and records
its requestId only on success (a repeat gets G20015 and has no effect).

Seed (also after reset): MAIN tenant gets a Cosign Wallet and a Prime Wallet with a MirrorX link; OTHER tenant
gets a Prime Wallet with its own link. Qualified and further Prime wallets are created through the API.

Ledger invariant, per coin: sum(available + locked) + sum(mirror positions) == inflow - outflow - fees, where
inflow = confirmed deposits + Mirror settlements from Binance, outflow = what completed external withdrawals
delivered + transfers to the exchange + Mirror settlements from Ceffu, fees = fees of completed withdrawals.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from coinrails_mock.engine import ledger as books
from coinrails_mock.engine import numbers
from coinrails_mock.engine.accounts import INFLOW, OUTFLOW, Accounts, Balance, add_up
from coinrails_mock.engine.keys import Keys
from coinrails_mock.engine.lists import Lists
from coinrails_mock.engine.rules import Backend
from coinrails_mock.engine.store import Table
from coinrails_mock.providers.ceffu import views
from coinrails_mock.providers.ceffu.coins import COINS, NETWORKS, Network, address_for, deposit_address, tx_hash
from coinrails_mock.providers.ceffu.credentials import MAIN_ENTITY, OTHER_ENTITY
from coinrails_mock.providers.ceffu.errors import CeffuRuleError, invalid, not_found
from coinrails_mock.providers.ceffu.models import (
    AUTO_COLLECTION,
    CONFIRMED,
    COSIGN,
    DELEGATE,
    DEPOSIT,
    FAILED,
    INTERNAL,
    ON_CHAIN,
    PENDING,
    PRIME,
    PRIME_TO_SUB,
    PROCESSING,
    QUALIFIED,
    SENT,
    SUB,
    SUB_TO_PRIME,
    SUB_TO_SUB,
    UNDELEGATE,
    WITHDRAWAL,
    ZERO,
    AssetLog,
    ExchangeTransfer,
    MirrorLink,
    MirrorOrder,
    MirrorRecord,
    Transfer,
    Txn,
    Wallet,
    WhitelistEntry,
)

FIRST_WALLET_ID = 370388040948248576  # > 2^53, like Ceffu's ids
WALLET_ID_STEP = 1_048_576
MAX_AMOUNT = Decimal(10) ** 15  # larger single amounts are refused (keeps Decimal arithmetic exact)
BIZ_WITHDRAWAL, BIZ_DEPOSIT, BIZ_TRANSFER = 10, 15, 50
BIZ_DELEGATE, BIZ_UNDELEGATE, BIZ_SETTLE = 3110, 3120, 3130
EVENT_DEPOSIT_OK, EVENT_DEPOSIT_FAILED, EVENT_WITHDRAWAL_OK, EVENT_WITHDRAWAL_FAILED = "1", "2", "3", "4"


def insufficient(detail: str) -> CeffuRuleError:
    # x-inferred: Ceffu publishes no "insufficient balance" code; G20022 (Invalid amount) is the closest.
    return CeffuRuleError("G20022", f"Insufficient balance: {detail}")


def short(coin: str, available: Decimal, needed: Decimal) -> CeffuRuleError:
    return insufficient(f"{coin} available {views.money(available)} < {views.money(needed)}")


class CeffuBackend(Backend):
    """The rules over tables of a store (engine/store.py): standalone (no store) it keeps its own, seeded."""

    def define(self, t: Callable[[str], Table]) -> None:
        self.wallets = t("wallets")  # wallet id -> Wallet
        self.entity_wallets = Lists(self.store, "entity_wallets")  # entity id -> its parent wallets' ids, in order
        self.sub_wallets = Lists(self.store, "sub_wallets")  # prime wallet id -> its sub-wallets' ids, in order
        self.accounts = Accounts(self.store, short)  # (wallet id, coin) -> Balance; inflow, outflow, fees per coin
        self.positions = t("positions")  # (link id, coin) -> Decimal
        self.links = t("links")  # link id -> MirrorLink
        self.txns = t("txns")  # orderViewId -> Txn
        self.transfers = t("transfers")  # orderViewId -> Transfer
        self.exchange = t("exchange")  # orderViewId -> ExchangeTransfer
        self.mirror_orders = t("mirror_orders")  # order id -> MirrorOrder
        self.mirror_records = t("mirror_records")  # record id -> MirrorRecord
        self.whitelist = t("whitelist")  # whitelist id -> WhitelistEntry
        self.asset_logs = t("asset_logs")  # sequence -> AssetLog
        self.request_ids = Keys(self.store, "request_ids")  # (entity, kind, requestId) -> result id
        # indexes of the records above, so a request reads its owner's records, not every tenant's
        self.wallet_txns = Lists(self.store, "wallet_txns")  # (wallet id, direction) -> its txns' ids, in order
        self.sub_deposits = Lists(self.store, "sub_deposits")  # prime wallet id -> its sub-wallets' deposit ids
        self.entity_deposits = Lists(self.store, "entity_deposits")  # entity -> its deposits' ids
        self.address_deposits = Lists(self.store, "address_deposits")  # (entity, to address) -> deposit ids
        self.deposit_tx_ids = Keys(self.store, "deposit_tx_ids")  # tx id -> the deposit's id
        self.addresses = Keys(self.store, "deposit_addresses")  # (network, address, memo or "") -> wallet id
        self.open_withdrawals = t("open_withdrawals")  # order id -> True (what tick() moves), in creation order
        self.entity_whitelist = Lists(self.store, "entity_whitelist")  # entity -> its whitelist ids, in order
        self.wallet_logs = Lists(self.store, "wallet_logs")  # wallet id -> its asset logs' sequences, in order
        self.wallet_transfers = Lists(self.store, "wallet_transfers")  # wallet id -> transfers from or to it
        self.wallet_exchange = Lists(self.store, "wallet_exchange")  # wallet id -> its exchange transfers' ids
        self.link_orders = Lists(self.store, "link_orders")  # link id -> its MirrorX orders' ids, in order
        self.entity_mirror_records = Lists(self.store, "entity_mirror_records")  # entity -> its Mirror record ids
        self.wallet_positions = Lists(self.store, "wallet_positions")  # wallet id -> (link id, coin) of its positions

    def logs_of(self, wallet_ids: Iterable[int]) -> list[AssetLog]:
        """The wallets' asset logs, oldest first (their lists merged by sequence)."""
        return [self.asset_logs[i] for i in heapq.merge(*(self.wallet_logs.all(w) for w in wallet_ids))]

    def seed(self) -> None:
        now = self.clock()
        self._new_wallet(MAIN_ENTITY, "Cosign Wallet", COSIGN, now)
        main_prime = self._new_wallet(MAIN_ENTITY, "Prime Wallet", PRIME, now)
        other_prime = self._new_wallet(OTHER_ENTITY, "Other Prime Wallet", PRIME, now)
        for link_id, uid, w in (("1000000001", "35000001", main_prime), ("1000000002", "35000002", other_prime)):
            self.links[link_id] = MirrorLink(link_id, w.entity_id, w.wallet_id, uid, "MirrorX sub-account", 1, now)

    # ==== small helpers =============================================================================
    def _next(self) -> int:
        return self.store.next_id()

    def _order_id(self, now: int) -> str:
        return f"{now:013d}{self._next():09d}0001"

    def _new_wallet(self, entity: str, name: str, wallet_type: int, now: int, **extra: Any) -> Wallet:
        wallet_id = FIRST_WALLET_ID + self._next() * WALLET_ID_STEP
        w = self.wallets[wallet_id] = Wallet(wallet_id, entity, name, wallet_type, now, **extra)
        # wallet lists are read by owner, a page at a time: kept per owner, so neither costs more as others grow
        if wallet_type == SUB:
            self.sub_wallets.append(w.parent_id, wallet_id)
        else:
            self.entity_wallets.append(entity, wallet_id)
        return w

    def _file(self, t: Txn) -> None:
        """Store a new transaction and file it in the indexes its lists and lookups read."""
        self.txns[t.order_id] = t
        self.wallet_txns.append((t.wallet_id, t.direction), t.order_id)
        if t.direction == WITHDRAWAL:
            self.open_withdrawals[t.order_id] = True
            return
        self.entity_deposits.append(t.entity_id, t.order_id)
        self.address_deposits.append((t.entity_id, t.to_address), t.order_id)
        if t.tx_id is not None and self.deposit_tx_ids.first(t.tx_id) is None:
            self.deposit_tx_ids.remember(t.order_id, t.tx_id)
        w = self.wallets[t.wallet_id]
        if w.wallet_type == SUB:
            self.sub_deposits.append(w.parent_id, t.order_id)

    def history(self, wallet_ids: set[int], direction: int) -> list[Txn]:
        """The wallets' transactions of one direction, oldest first: a wallet's own list, or (all the sub-wallets
        of a Prime wallet) the Prime wallet's list of its sub-wallets' deposits."""
        if len(wallet_ids) == 1:
            (wallet_id,) = wallet_ids
            return [self.txns[i] for i in self.wallet_txns.all((wallet_id, direction))]
        if not wallet_ids:
            return []
        parents = {self.wallets[i].parent_id for i in wallet_ids}
        assert direction == DEPOSIT and len(parents) == 1, "several wallets: a Prime wallet's sub-wallets' deposits"
        found = [self.txns[i] for i in self.sub_deposits.all(parents.pop())]
        return [t for t in found if t.wallet_id in wallet_ids]

    def deposits(self, entity: str, order_id: str | None, tx_id: str | None, address: str | None) -> list[Txn]:
        """The entity's deposits that may match these (the caller filters), oldest first."""
        if order_id is not None:
            ids = [order_id]
        elif tx_id is not None:
            ids = [i for i in [self.deposit_tx_ids.first(tx_id)] if i is not None]
        elif address is not None:
            ids = self.address_deposits.all((entity, address))
        else:
            ids = self.entity_deposits.all(entity)
        found = [self.txns.get(i) for i in ids]
        return [t for t in found if t is not None and t.entity_id == entity and t.direction == DEPOSIT]

    def whitelist_of(self, entity: str) -> list[WhitelistEntry]:
        return [self.whitelist[i] for i in self.entity_whitelist.all(entity)]

    def _fresh_request(self, entity: str, kind: str, request_id: str | None) -> tuple[str, str, str] | None:
        if request_id is None:
            return None
        if not request_id or len(request_id) > 70:
            raise invalid("requestId must be 1-70 characters", "G20014")
        if self.request_ids.first(entity, kind, request_id) is not None:
            raise CeffuRuleError("G20015", f"requestId {request_id} was already used")
        return (entity, kind, request_id)

    def _remember(self, key: tuple[str, str, str] | None, result_id: str) -> None:
        if key is not None:
            self.request_ids.remember(result_id, *key)

    def wallet(self, entity: str, wallet_id: str | int) -> Wallet:
        """The caller's wallet: G20020 (404) when unknown, G20013 (403) when another tenant's."""
        try:
            w = self.wallets.get(int(wallet_id))
        except ValueError:
            w = None
        if w is None:
            raise not_found(f"wallet {wallet_id}")
        if w.entity_id != entity:
            raise CeffuRuleError("G20013", f"wallet {wallet_id}", 403)
        return w

    def _kind(self, w: Wallet, allowed: Iterable[int], code: str, detail: str) -> Wallet:
        if w.wallet_type not in tuple(allowed):
            raise CeffuRuleError(code, detail)
        return w

    def parent_wallet(self, entity: str, wallet_id: str | int) -> Wallet:
        return self._kind(self.wallet(entity, wallet_id), (QUALIFIED, COSIGN, PRIME), "G20030", f"wallet {wallet_id}")

    def prime_wallet(self, entity: str, wallet_id: str | int) -> Wallet:
        return self._kind(
            self.wallet(entity, wallet_id), (PRIME,), "G20019", f"wallet {wallet_id} is not a Prime wallet"
        )

    def sub_wallet(self, entity: str, wallet_id: str | int) -> Wallet:
        return self._kind(self.wallet(entity, wallet_id), (SUB,), "G20018", f"wallet {wallet_id} is not a sub-wallet")

    @staticmethod
    def coin(symbol: str) -> str:
        if symbol not in COINS:
            raise invalid(f"unsupported coinSymbol {symbol}")
        return symbol

    @staticmethod
    def network(coin: str, network: str) -> Network:
        found = NETWORKS.get((coin, network))
        if found is None:
            raise invalid(f"{coin} is not supported on network {network}")
        return found

    @staticmethod
    def amount(text: str | Decimal, precision: int) -> Decimal:
        """A positive amount with at most `precision` decimals (G20022 otherwise)."""

        def refuse(reason: str, message: str) -> CeffuRuleError:
            return invalid(message) if reason == numbers.NOT_DECIMAL else CeffuRuleError("G20022", message)

        return numbers.at_precision(numbers.amount(text, "amount", precision, MAX_AMOUNT, refuse), precision)

    def balance(self, wallet_id: int, coin: str) -> Balance:
        """The ledger row, or a zero one (reading never creates rows)."""
        return self.accounts.get(wallet_id, coin)

    def _log(
        self,
        wallet_id: int,
        biz: int,
        kind: str,
        coin: str,
        network: str | None,
        tx_id: str | None,
        amount: Decimal,
        now: int,
    ) -> None:
        sequence = self.store.next_id("asset_log")
        self.asset_logs[sequence] = AssetLog(wallet_id, biz, kind, coin, network, tx_id, amount, now)
        self.wallet_logs.append(wallet_id, sequence)

    def _event(self, kind: str, t: Txn) -> None:
        self.emit(kind, t.entity_id, views.webhook_data(t))

    # ==== wallets ===================================================================================
    def create_wallet(self, entity: str, name: str, wallet_type: int, request_id: str | None) -> Wallet:
        key = self._fresh_request(entity, "wallet", request_id)
        if wallet_type not in (QUALIFIED, PRIME):
            raise CeffuRuleError("G20024", f"walletType {wallet_type} cannot be created (10 or 20)")
        w = self._new_wallet(entity, name, wallet_type, self.clock(), request_id=request_id)
        self._remember(key, str(w.wallet_id))
        return w

    def rename_wallet(self, w: Wallet, name: str | None) -> Wallet:
        if name is not None:
            w.name = name
        return w

    def create_sub_wallet(
        self, entity: str, parent_id: str, name: str | None, auto_collection: int, request_id: str | None
    ) -> Wallet:
        key = self._fresh_request(entity, "subwallet", request_id)
        parent = self.prime_wallet(entity, parent_id)
        now = self.clock()
        w = self._new_wallet(
            entity,
            name or f"wallet_{now}",
            SUB,
            now,
            parent_id=parent.wallet_id,
            auto_collection=auto_collection,
            request_id=request_id,
        )
        self._remember(key, str(w.wallet_id))
        return w

    def update_sub_wallet(self, entity: str, wallet_id: str, name: str | None, auto_collection: int | None) -> Wallet:
        w = self.sub_wallet(entity, wallet_id)
        if name is not None:
            w.name = name
        if auto_collection is not None:
            w.auto_collection = auto_collection
        return w

    def parents(self, entity: str, start: int = 0, stop: int | None = None) -> list[Wallet]:
        """The entity's parent wallets (items `start` to `stop` of the list), in creation order."""
        end = self.entity_wallets.count(entity) if stop is None else stop
        return [self.wallets[i] for i in self.entity_wallets.slice(entity, start, end)]

    def subs(self, prime: Wallet) -> list[Wallet]:
        return [self.wallets[i] for i in self.sub_wallets.all(prime.wallet_id)]

    def wallets_of_type(self, entity: str, wallet_type: int) -> list[Wallet]:
        """The entity's wallets of one type (sub-wallets: those of its Prime wallets)."""
        if wallet_type == SUB:
            return [s for p in self.parents(entity) if p.wallet_type == PRIME for s in self.subs(p)]
        return [w for w in self.parents(entity) if w.wallet_type == wallet_type]

    def assets(self, w: Wallet, coin: str | None = None) -> list[tuple[str, Balance, Decimal]]:
        """(coin, balance, mirror position) rows of a wallet, in catalogue order."""
        mirrored: dict[str, Decimal] = {}
        for link_id, c in self.wallet_positions.all(w.wallet_id):
            mirrored[c] = mirrored.get(c, ZERO) + self.positions[(link_id, c)]
        rows = []
        for c in COINS:
            if coin not in (None, c):
                continue
            bal = self.accounts.rows.get((w.wallet_id, c))
            if bal is not None or c in mirrored or coin == c:
                rows.append((c, bal or Balance(), mirrored.get(c, ZERO)))
        return rows

    def value(self, w: Wallet) -> tuple[Decimal, Decimal, Decimal]:
        """(total in BTC, total in USD, locked in BTC) of a wallet, mirror positions excluded."""
        btc = usd = locked = ZERO
        for c, bal, _ in self.assets(w):
            btc += views.in_btc(c, bal.total)
            usd += views.in_usd(c, bal.total)
            locked += views.in_btc(c, bal.locked)
        return btc, usd, locked

    def address(self, w: Wallet, coin: str | None, network: str) -> tuple[str, str]:
        if coin is not None:
            self.network(coin, network)
        elif w.wallet_type in (PRIME, SUB):
            raise invalid("coinSymbol is required for Prime and sub-wallets")
        elif not any(n.network == network for n in NETWORKS.values()):
            raise invalid(f"unsupported network {network}")
        found = deposit_address(w.wallet_id, network)
        self._file_address(w.wallet_id, network, *found)
        return found

    def _file_address(self, wallet_id: int, network: str, address: str, memo: str) -> None:
        """Index a deposit address once handed out (deriving every network's at wallet creation cost 45 µs)."""
        if self.addresses.first(network, address, memo) is None:
            self.addresses.remember(wallet_id, network, address, memo)

    def _owner_of(self, address: str, network: str, memo: str | None) -> Wallet:
        # an address without a memo is the wallet's own; a shared one (XRP) needs the wallet's memo
        wallet_id = self.addresses.first(network, address, "")
        if wallet_id is None:
            wallet_id = self.addresses.first(network, address, memo or "")
        if wallet_id is not None:
            return self.wallets[wallet_id]  # type: ignore[no-any-return]
        # an address never handed out (derived elsewhere): found by a scan once, then filed
        for w in self.wallets.values():
            found, found_memo = deposit_address(w.wallet_id, network)
            if found == address and (not found_memo or found_memo == (memo or "")):
                self._file_address(w.wallet_id, network, found, found_memo)
                return w
        raise not_found(f"no wallet owns {address} (memo {memo!r}) on {network}")

    # ==== deposits ==================================================================================
    def deposit(
        self, address: str, coin: str, network: str, amount: str | Decimal, memo: str | None = None, fail: bool = False
    ) -> Txn:
        """An on-chain deposit arriving at `address` (control API): status 40 credited, or 99 when `fail`."""
        net = self.network(coin, network)
        value = self.amount(amount, net.precision)
        owner = self._owner_of(address, network, memo)
        now = self.clock()
        order_id = self._order_id(now)
        t = Txn(
            order_id,
            owner.entity_id,
            owner.wallet_id,
            DEPOSIT,
            ON_CHAIN,
            coin,
            network,
            value,
            value,
            ZERO,
            FAILED if fail else CONFIRMED,
            address_for(network, ("external", order_id)),
            address,
            memo,
            tx_hash(network, order_id),
            now,
            now,
        )
        self._file(t)
        if fail:
            self._event(EVENT_DEPOSIT_FAILED, t)
        else:
            self._receive(t, inflow=True)
        return t

    def _receive(self, t: Txn, *, inflow: bool) -> None:
        """Credit a confirmed incoming transaction, log it, notify, and sweep auto-collection sub-wallets."""
        self.accounts.credit(t.wallet_id, t.coin, t.amount, INFLOW if inflow else None)
        self._log(t.wallet_id, BIZ_DEPOSIT, "Receive", t.coin, t.network, t.tx_id, t.amount, t.updated_ms)
        self._event(EVENT_DEPOSIT_OK, t)
        w = self.wallets[t.wallet_id]
        if w.wallet_type == SUB and w.auto_collection and w.parent_id is not None:
            self._move(w, self.wallets[w.parent_id], t.coin, t.amount, AUTO_COLLECTION, None, t.updated_ms)

    # ==== internal transfers ========================================================================
    @staticmethod
    def _direction(src: Wallet, dst: Wallet) -> int:
        if src.wallet_type == PRIME and dst.wallet_type == SUB and dst.parent_id == src.wallet_id:
            return PRIME_TO_SUB
        if src.wallet_type == SUB and dst.wallet_type == PRIME and src.parent_id == dst.wallet_id:
            return SUB_TO_PRIME
        if (
            src.wallet_type == SUB
            and dst.wallet_type == SUB
            and src.parent_id == dst.parent_id
            and src.wallet_id != dst.wallet_id
        ):
            return SUB_TO_SUB
        raise CeffuRuleError(
            "G20021",
            "transfers go between a Prime wallet and its sub-wallets, or between sub-wallets of the same Prime wallet",
        )

    def transfer(
        self, entity: str, from_id: str, to_id: str, coin: str, amount: str | Decimal, request_id: str | None
    ) -> Transfer:
        key = self._fresh_request(entity, "transfer", request_id)
        src, dst = self.wallet(entity, from_id), self.wallet(entity, to_id)
        value = self.amount(amount, COINS[self.coin(coin)].transfer_precision)
        direction = self._direction(src, dst)
        if src.wallet_type == SUB and src.auto_collection:
            raise CeffuRuleError("G20021", "a sub-wallet with autoCollection=1 cannot transfer out")
        t = self._move(src, dst, coin, value, direction, request_id, self.clock())
        self._remember(key, t.order_id)
        return t

    def _move(
        self, src: Wallet, dst: Wallet, coin: str, amount: Decimal, direction: int, request_id: str | None, now: int
    ) -> Transfer:
        self.accounts.move(src.wallet_id, dst.wallet_id, coin, amount)
        t = Transfer(
            self._order_id(now),
            src.entity_id,
            src.wallet_id,
            dst.wallet_id,
            coin,
            amount,
            direction,
            SENT,
            now,
            request_id,
        )
        self.transfers[t.order_id] = t
        self.wallet_transfers.append(src.wallet_id, t.order_id)
        self.wallet_transfers.append(dst.wallet_id, t.order_id)
        self._log(src.wallet_id, BIZ_TRANSFER, "Transfer Out", coin, None, None, amount, now)
        self._log(dst.wallet_id, BIZ_TRANSFER, "Transfer In", coin, None, None, amount, now)
        return t

    # ==== withdrawals ===============================================================================
    def fee(self, coin: str, network: str, internal: bool) -> Decimal:
        return ZERO if internal else self.network(coin, network).fee

    def withdraw(
        self,
        entity: str,
        *,
        wallet_id: str,
        coin: str,
        network: str,
        amount: str | Decimal,
        request_id: str,
        address: str | None = None,
        to_wallet: str | None = None,
        memo: str | None = None,
        custom_fee: str | None = None,
        api_version: int = 2,
    ) -> Txn:
        """v2: `amount` is what the receiver gets, the fee comes on top. v1: the fee is included in `amount`.
        The total is locked now and leaves (or is released) when the order reaches 40 (or 99)."""
        key = self._fresh_request(entity, "withdrawal", request_id)
        w = self.wallet(entity, wallet_id)
        if w.wallet_type == SUB:
            raise CeffuRuleError("G20017")
        net = self.network(coin, network)
        value = self.amount(amount, net.precision)
        if (address is None) == (to_wallet is None):
            raise invalid("send exactly one of withdrawalAddress and toWalletIdStr")
        if to_wallet is not None:
            target = self.wallets.get(int(to_wallet))
            if target is None:
                raise not_found(f"wallet {to_wallet}")
            if target.wallet_id == w.wallet_id:
                raise CeffuRuleError("G20021", "cannot withdraw to the same wallet")
            address, memo = deposit_address(target.wallet_id, network)
            fee = ZERO
        else:
            assert address is not None
            if not re.fullmatch(net.address_regex, address):
                raise invalid(f"withdrawalAddress is not a valid {network} address")
            if not self._whitelisted(entity, coin, network, address, memo):
                raise CeffuRuleError("G20025", f"{address} is not an active whitelisted address for {coin}/{network}")
            fee = self.amount(custom_fee, net.precision) if custom_fee is not None else net.fee
        if value < net.minimum or value > net.maximum:
            raise CeffuRuleError("G20022", f"amount must be between {net.minimum} and {net.maximum}")
        total, receive = (value + fee, value) if api_version == 2 else (value, value - fee)
        if receive <= 0:
            raise CeffuRuleError("G20022", f"amount does not cover the fee {fee}")
        self.accounts.lock(w.wallet_id, coin, total)
        now = self.clock()
        t = Txn(
            self._order_id(now),
            entity,
            w.wallet_id,
            WITHDRAWAL,
            INTERNAL if to_wallet else ON_CHAIN,
            coin,
            network,
            total,
            receive,
            fee,
            PENDING,
            deposit_address(w.wallet_id, network)[0],
            address,
            memo,
            None,
            now,
            now,
            request_id,
            int(to_wallet) if to_wallet else None,
            api_version,
        )
        self._file(t)
        self._remember(key, t.order_id)
        return t

    def _whitelisted(self, entity: str, coin: str, network: str, address: str, memo: str | None) -> bool:
        return any(
            e.entity_id == entity
            and e.network == network
            and e.address == address
            and e.status == 30
            and (e.address_type == 2 or e.symbol == coin)
            and (not e.memo or e.memo == memo)
            for e in self.whitelist_of(entity)
        )

    def withdrawal(self, order_id: str, entity: str | None = None) -> Txn:
        t = self.txns.get(order_id)
        if t is None or t.direction != WITHDRAWAL or entity not in (None, t.entity_id):
            raise not_found(f"withdrawal {order_id}")
        return t

    def advance(self, order_id: str, to: int | None = None) -> Txn:
        """Move a withdrawal one step along 10 -> 20 -> 30 -> 40, or straight to `to` (40 or 99)."""
        t = self.withdrawal(order_id)
        if t.status in (CONFIRMED, FAILED):
            raise CeffuRuleError("G20002", f"withdrawal {order_id} is already final ({t.status})", 409)
        target = to if to is not None else {PENDING: PROCESSING, PROCESSING: SENT, SENT: CONFIRMED}[t.status]
        if target not in (PROCESSING, SENT, CONFIRMED, FAILED) or target <= t.status:
            raise CeffuRuleError("G20002", f"cannot move withdrawal {order_id} from {t.status} to {target}", 409)
        now = self.clock()
        t.status, t.updated_ms = target, now
        if target in (CONFIRMED, FAILED):
            self.open_withdrawals.pop(t.order_id, None)
        if target in (SENT, CONFIRMED) and t.transfer_type == ON_CHAIN and t.tx_id is None:
            t.tx_id = tx_hash(t.network, t.order_id)
        if target == CONFIRMED:
            # an internal withdrawal's receive amount stays in the books (the target wallet is credited)
            outflow = {OUTFLOW: t.receive_amount} if t.to_wallet_id is None else {}
            self.accounts.spend(t.wallet_id, t.coin, t.amount, fees=t.fee, **outflow)
            self._log(t.wallet_id, BIZ_WITHDRAWAL, "Send", t.coin, t.network, t.tx_id, t.amount, now)
            self._event(EVENT_WITHDRAWAL_OK, t)
            if t.to_wallet_id is not None:
                self._receive_internal(t, now)
        elif target == FAILED:
            self.accounts.unlock(t.wallet_id, t.coin, t.amount)
            self._event(EVENT_WITHDRAWAL_FAILED, t)
        return t

    def _receive_internal(self, w: Txn, now: int) -> None:
        assert w.to_wallet_id is not None
        target = self.wallets[w.to_wallet_id]
        order_id = self._order_id(now)
        t = Txn(
            order_id,
            target.entity_id,
            target.wallet_id,
            DEPOSIT,
            INTERNAL,
            w.coin,
            w.network,
            w.receive_amount,
            w.receive_amount,
            ZERO,
            CONFIRMED,
            w.from_address,
            w.to_address,
            w.memo,
            None,
            now,
            now,
        )
        self._file(t)
        self._receive(t, inflow=False)

    def tick(self, now: int, auto_advance_ms: int) -> int:
        """Auto-advance: every open withdrawal idle for `auto_advance_ms` moves one step. Returns how many moved."""
        if auto_advance_ms <= 0:
            return 0
        due = [
            t
            for t in [self.txns[i] for i in self.open_withdrawals.keys()]
            if t.status in (PENDING, PROCESSING, SENT) and now - t.updated_ms >= auto_advance_ms
        ]
        for t in due:
            self.advance(t.order_id)
        return len(due)

    # ==== whitelist =================================================================================
    def add_whitelist(
        self,
        entity: str,
        *,
        address_type: int,
        address: str,
        label: str,
        symbol: str,
        network: str,
        memo: str | None = None,
        whitelist_id: str | None = None,
        correspondent: dict[str, Any] | None = None,
    ) -> WhitelistEntry:
        nets = [n for n in NETWORKS.values() if n.network == network and (address_type == 2 or n.coin == symbol)]
        if not nets:
            raise invalid(f"{symbol} is not supported on network {network}")
        if not re.fullmatch(nets[0].address_regex, address):
            raise invalid(f"address is not a valid {network} address")
        now = self.clock()
        if whitelist_id is not None:
            entry = self.whitelist.get(whitelist_id)
            if entry is None or entry.entity_id != entity:
                raise not_found(f"whitelist entry {whitelist_id}")
            entry.address_type, entry.address, entry.label, entry.symbol = address_type, address, label, symbol
            entry.network, entry.memo, entry.correspondent, entry.updated_ms = network, memo, correspondent, now
        else:
            for e in self.whitelist_of(entity):
                if (e.entity_id, e.address, e.network, e.symbol, e.memo) == (entity, address, network, symbol, memo):
                    raise CeffuRuleError("G20015", f"{address} is already whitelisted ({e.whitelist_id})")
            entry = WhitelistEntry(
                str(900000000 + self._next()),
                entity,
                address,
                address_type,
                label,
                symbol,
                network,
                memo,
                30,
                now,
                now,
                correspondent,
            )
            self.whitelist[entry.whitelist_id] = entry
            self.entity_whitelist.append(entity, entry.whitelist_id)
        return entry

    # ==== MirrorX and archive Mirror ================================================================
    def link(self, entity: str, link_id: str) -> MirrorLink:
        link = self.links.get(str(link_id))
        if link is None:
            raise CeffuRuleError("G20029", f"unknown link {link_id}")
        if link.entity_id != entity:
            raise CeffuRuleError("G20013", f"link {link_id}", 403)
        return link

    def mirror_available(self, link: MirrorLink, coin: str, order_type: int) -> Decimal:
        self.coin(coin)
        if order_type == DELEGATE:
            return self.balance(link.wallet_id, coin).available
        return self.positions.get((link.link_id, coin), ZERO)

    def mirror_order(
        self, entity: str, link_id: str, order_type: int, coin: str, amount: str | Decimal, request_id: str
    ) -> MirrorOrder:
        """Delegate (10): wallet available -> mirror position. Undelegate (20): back. Settles at once (status 30)."""
        key = self._fresh_request(entity, "mirrorx", request_id)
        link = self.link(entity, link_id)
        value = self.amount(amount, COINS[self.coin(coin)].transfer_precision)
        if order_type not in (DELEGATE, UNDELEGATE):
            raise invalid("orderType must be 10 or 20")
        now = self.clock()
        self._shift_mirror(link, coin, value if order_type == DELEGATE else -value)
        biz, kind = (
            (BIZ_DELEGATE, "MirrorX Delegation") if order_type == DELEGATE else (BIZ_UNDELEGATE, "MirrorX Undelegation")
        )
        self._log(link.wallet_id, biz, kind, coin, None, None, value, now)
        order = MirrorOrder(self._order_id(now), link.link_id, order_type, coin, value, SENT, now, request_id)
        self.mirror_orders[order.order_id] = order
        self.link_orders.append(link.link_id, order.order_id)
        self._remember(key, order.order_id)
        return order

    def _shift_mirror(self, link: MirrorLink, coin: str, delta: Decimal) -> None:
        """Move `delta` from the wallet into the mirror position (negative: back)."""
        key = (link.link_id, coin)
        position = self.positions.get(key, ZERO)
        if delta > 0:
            self.accounts.debit(link.wallet_id, coin, delta)
        elif position < -delta:
            raise insufficient(f"{coin} mirror position {views.money(position)} < {views.money(-delta)}")
        else:
            self.accounts.credit(link.wallet_id, coin, -delta)
        if key not in self.positions:  # a new position: filed under its wallet (what assets() reads)
            self.wallet_positions.append(link.wallet_id, key)
        self.positions[key] = position + delta

    def mirror_operation(
        self,
        entity: str,
        link_id: str,
        operation_type: int,
        coin: str,
        network: str,
        amount: str | Decimal,
        request_id: str,
    ) -> MirrorRecord:
        """Archive Mirror: 1 Borrow (like a delegation), 2 settle from Ceffu (funds leave the wallet to Binance),
        3 settle from Binance (funds arrive in the wallet)."""
        key = self._fresh_request(entity, "mirror", request_id)
        link = self.link(entity, link_id)
        net = self.network(coin, network)
        value = self.amount(amount, net.precision)
        now = self.clock()
        if operation_type == 1:
            self._shift_mirror(link, coin, value)
            self._log(link.wallet_id, BIZ_DELEGATE, "Mirror Borrow", coin, network, None, value, now)
        elif operation_type == 2:
            self.accounts.debit(link.wallet_id, coin, value, OUTFLOW)
            self._log(link.wallet_id, BIZ_SETTLE, "Mirror Settlement Out", coin, network, None, value, now)
        else:
            self.accounts.credit(link.wallet_id, coin, value, INFLOW)
            self._log(link.wallet_id, BIZ_SETTLE, "Mirror Settlement In", coin, network, None, value, now)
        record = MirrorRecord(
            self._order_id(now), link.link_id, coin, network, value, operation_type, 30, now, request_id
        )
        self.mirror_records[record.record_id] = record
        self.entity_mirror_records.append(entity, record.record_id)
        self._remember(key, record.record_id)
        return record

    # ==== transfer with exchange (archive) ==========================================================
    def exchange_transfer(
        self,
        entity: str,
        wallet_id: str,
        coin: str | None,
        amount: str | Decimal,
        exchange_user_id: str,
        request_id: str,
    ) -> ExchangeTransfer:
        """Prime wallet -> bound exchange account; the funds leave custody at once (status 30)."""
        key = self._fresh_request(entity, "exchange", request_id)
        w = self._kind(self.wallet(entity, wallet_id), (PRIME,), "G20024", "only Prime wallets transfer to exchange")
        if coin is None:
            raise invalid("coinSymbol is required")
        value = self.amount(amount, COINS[self.coin(coin)].transfer_precision)
        self.accounts.debit(w.wallet_id, coin, value, OUTFLOW)
        now = self.clock()
        t = ExchangeTransfer(
            self._order_id(now), entity, w.wallet_id, coin, value, exchange_user_id, SENT, now, request_id
        )
        self.exchange[t.order_id] = t
        self.wallet_exchange.append(w.wallet_id, t.order_id)
        self._log(w.wallet_id, BIZ_TRANSFER, "Transfer to Exchange", coin, None, None, value, now)
        self._remember(key, t.order_id)
        return t

    # ==== invariants ================================================================================
    def ledger(self) -> books.Ledger:
        """The books as the API shows them: wallet balances (available + locked), MirrorX positions, and every
        record with what it moves now (the rules of the spec's "Money rules")."""
        L = books.Ledger("ceffu")
        E = books.Entry
        self.accounts.into(L)
        for (link_id, coin), value in self.positions.items():
            L.balances[(f"mirror:{link_id}", coin)] = books.Balance(value)
        for t in self.txns.values():
            wallet, figures = str(t.wallet_id), {"amount": t.amount, "feeAmount": t.fee}
            entries: list[books.Entry] = []
            if t.direction == DEPOSIT:
                if t.status == CONFIRMED:
                    entries = [E(wallet, t.coin, books.CREDIT, t.amount)]
                L.record(f"deposit:{t.order_id}", str(t.status), entries, figures)
                continue
            if t.status in (PENDING, PROCESSING, SENT):
                entries = [E(wallet, t.coin, books.HOLD, t.amount)]
            elif t.status == CONFIRMED:
                entries = [E(wallet, t.coin, books.DEBIT, t.amount - t.fee), E(wallet, t.coin, books.FEE, t.fee)]
            L.record(f"withdrawal:{t.order_id}", str(t.status), entries, figures, fee_figure="feeAmount")
        for tr in self.transfers.values():
            entries = [
                E(str(tr.from_id), tr.coin, books.DEBIT, tr.amount),
                E(str(tr.to_id), tr.coin, books.CREDIT, tr.amount),
            ]
            L.record(f"transfer:{tr.order_id}", str(tr.status), entries, {"amount": tr.amount})
        for m in self.mirror_orders.values():
            wallet, position = str(self.links[m.link_id].wallet_id), f"mirror:{m.link_id}"
            source, target = (wallet, position) if m.order_type == DELEGATE else (position, wallet)
            entries = [E(source, m.coin, books.DEBIT, m.amount), E(target, m.coin, books.CREDIT, m.amount)]
            L.record(f"mirrorx:{m.order_id}", str(m.status), entries, {"amount": m.amount})
        for r in self.mirror_records.values():
            wallet, position = str(self.links[r.link_id].wallet_id), f"mirror:{r.link_id}"
            entries = {
                1: [E(wallet, r.coin, books.DEBIT, r.amount), E(position, r.coin, books.CREDIT, r.amount)],
                2: [E(wallet, r.coin, books.DEBIT, r.amount)],
                3: [E(wallet, r.coin, books.CREDIT, r.amount)],
            }[r.operation_type]
            L.record(f"mirror:{r.record_id}", str(r.status), entries, {"amount": r.amount})
        for x in self.exchange.values():
            entries = [E(str(x.wallet_id), x.coin, books.DEBIT, x.amount)]
            L.record(f"exchange:{x.order_id}", str(x.status), entries, {"amount": x.amount})
        return L

    def rule_problems(self) -> list[str]:
        holds = [
            (t.wallet_id, t.coin, t.amount)
            for t in self.txns.values()
            if t.direction == WITHDRAWAL and t.status in (PENDING, PROCESSING, SENT)
        ]
        problems = self.accounts.problems(add_up(holds), "open withdrawals")
        for key, v in self.positions.items():
            if v < 0:
                problems.append(f"negative mirror position {key}: {v}")
        return problems + self.accounts.totals_problems(self.totals())

    def totals(self) -> dict[str, dict[str, Decimal]]:
        return self.accounts.totals(COINS, mirrored=self._mirrored)

    def _mirrored(self, coin: str) -> Decimal:
        return sum((v for (_, c), v in self.positions.items() if c == coin), ZERO)
