"""CryptofuseBackend: the payment-gateway rules in pure Python (no HTTP). Violations raise CryptofuseError.

One tenant (merchant) with a master account and wallets (sub-accounts). A balance row per (account, currency) holds
`available`, `incoming` (paid on chain, not yet credited) and `locked` (held by open withdrawals and transfers).
Every mutating method checks everything first and mutates last, so a rejected call changes nothing.

Payments: `waiting` -> (deposit seen) `confirming` -> (deposits confirmed, paid >= asked) `completed`; at the end of
the window a confirming payment that is underpaid becomes `partially_completed` (what arrived is credited) and a
waiting one `expired`; `failed` returns what arrived to the payer. The platform fee (tenant `transaction_fee` %) is
kept from what arrived; the rest is credited to the master account or the payment's wallet.
Withdrawals reserve `requested_amount` = `amount` (what the address gets) + `fee` (`platform_fee` + `network_fee`) at
creation, with or without `final_amount` (the docs' example: 100 = 98.50 + 1.50), and move pending -> approved ->
processing -> submitted -> confirmed -> completed (funds leave) or rejected / failed / cancelled (refunded).
Balances show `amount` = `available_balance` + `pending_amount` (reserved for open withdrawals and transfers);
an unconfirmed incoming payment is in no balance until it is credited (net of its `fee_amount`).
Fiat prices (`amount` of a payment, `price_amount` of a withdrawal) keep their exact value: at most the currency's
2 decimals (DRF DecimalField's "Ensure that there are no more than 2 decimal places."), never rounded.
Transfers master <-> wallet reserve at once (202) and complete (or fail, refunded) later, with a callback.

Ledger invariant, per currency: sum(available + incoming + locked) + fees + outflow + refunded == inflow, where
inflow = every on-chain deposit seen, outflow = amount + network fee of completed withdrawals, refunded = deposits of
failed payments, fees = platform fees kept (payments and withdrawals).
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from coinrails_mock.engine import ledger as books
from coinrails_mock.engine import numbers
from coinrails_mock.engine.accounts import FEES, INFLOW, OUTFLOW, Accounts, add_up
from coinrails_mock.engine.expiring import Expiring
from coinrails_mock.engine.keys import Keys
from coinrails_mock.engine.lists import Lists, Timeline
from coinrails_mock.engine.rules import Backend
from coinrails_mock.engine.store import DEFAULT_TENANT, Table
from coinrails_mock.providers.cryptofuse import views
from coinrails_mock.providers.cryptofuse.credentials import BUILTIN_APPS
from coinrails_mock.providers.cryptofuse.currencies import (
    ADDRESS_TYPES,
    CENT,
    CURRENCIES,
    FIAT_PER_USD,
    TENANT_FEE_PERCENT,
    WITHDRAWAL_FEE_PERCENT,
    Currency,
    address_problem,
    address_type,
    find,
    q8,
)
from coinrails_mock.providers.cryptofuse.errors import (
    CryptofuseError,
    OAuthError,
    invalid,
    invalid_amount,
    invalid_currency,
    missing,
    not_found,
)
from coinrails_mock.providers.cryptofuse.models import (
    COMPLETED,
    CONFIRMING,
    EXPIRED,
    FAILED,
    MASTER,
    PARTIAL,
    PAYMENT_FINAL,
    PENDING,
    TO_SUB,
    WAITING,
    WITHDRAWAL_FINAL,
    WITHDRAWAL_REFUSED,
    WITHDRAWAL_STEPS,
    ZERO,
    Application,
    Balance,
    Deposit,
    Movement,
    Payment,
    Token,
    Transfer,
    Wallet,
    Withdrawal,
)

MAX_REQUEST_AMOUNT = Decimal(1_000_000_000)  # the spec's bound on every request amount
TOKEN_LIFETIME_S = 36_000  # `expires_in` of the docs' token example
DEFAULT_EXPIRY_MINUTES = 30  # x-inferred: no documented default; the seed's example sends 30
NEW_APP_SCOPES = ("read", "write")
MAX_TOKENS = 10_000
REFUNDED = "refunded"  # the flow of deposits returned to the payer (failed payments)
MAX_TICK_GAP_S = 600  # a longer pause between ticks (or a clock shifted forward) looks at every waiting payment
ALL = ""  # the owner of the tenant-wide lists (payments, withdrawals)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def short(code: str, available: Decimal, needed: Decimal) -> CryptofuseError:
    return invalid_amount(
        f"Insufficient balance: {views.money(available)} {code} available, {views.money(needed)} needed",
        available=views.money(available),
        required=views.money(needed),
    )


def conflict(message: str) -> CryptofuseError:
    """A control-API request the record's state does not allow (mapped to 409 by the provider)."""
    return CryptofuseError(409, "conflict", message)


def check_url(url: str | None, name: str = "callback_url") -> str | None:
    """An absolute http(s) URL, or 400 invalid_url."""
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        raise CryptofuseError(400, "invalid_url", f"{name} is not a valid http(s) URL", {"field": name})
    return url


def decimal_arg(value: Any, name: str) -> Decimal:
    """A request amount (JSON number as int/Decimal, or decimal string) as an exact Decimal with <= 8 decimals."""

    def refuse(reason: str, message: str) -> CryptofuseError:
        return (invalid if reason == numbers.NOT_DECIMAL else invalid_amount)(message, field=name)

    return numbers.amount(value, name, 8, MAX_REQUEST_AMOUNT, refuse)


def fiat_arg(value: Any, name: str, currency: str) -> Decimal:
    """A positive fiat price with at most the currency's 2 decimals (by value; 100.10 == 100.1), kept exact."""
    amount = decimal_arg(value, name)
    if amount != amount.quantize(CENT):
        raise invalid_amount(f"{name}: Ensure that there are no more than 2 decimal places ({currency}).", field=name)
    return amount


def _digest(*parts: object) -> bytes:
    return hashlib.sha256("|".join(map(str, parts)).encode()).digest()


@functools.cache
def _digits(alphabet: str) -> bytes:
    """A bytes.translate table sending each byte value to a digit of `alphabet` (its value modulo the base)."""
    return bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))


def _spell(alphabet: str, seed: bytes, length: int) -> str:
    """`length` (at most 64) digits of `alphabet` drawn from `seed`: one per byte of the seed and its hash."""
    return (seed + hashlib.sha256(seed).digest())[:length].translate(_digits(alphabet)).decode("ascii")


def deposit_address(kind: str, seed: str) -> str:
    """A well-formed deposit address of `kind` derived from `seed` (deterministic)."""
    raw = _digest("address", seed)
    address = {
        "EVM": lambda: "0x" + raw.hex()[:40],
        "TRX": lambda: "T" + _spell(_B58, raw, 33),
        "SOL": lambda: _spell(_B58[1:], raw, 44),
        "BTC": lambda: "bc1q" + _spell(_BECH32, raw, 38),
        "LTC": lambda: "ltc1q" + _spell(_BECH32, raw, 38),
        "DOGE": lambda: "D" + _spell("ABCDEFGH", raw, 1) + _spell(_B58, raw[::-1], 32),
        "XRP": lambda: "r" + _spell(_B58, raw, 33),
    }[kind]()
    assert ADDRESS_TYPES[kind].fullmatch(address), address
    return address


def tx_hash(currency: Currency, seed: str) -> str:
    digest = _digest("tx", seed).hex()
    return "0x" + digest if address_type(currency.blockchain) == "EVM" else digest


class CryptofuseBackend(Backend):
    """The rules over tables of a store (engine/store.py): standalone (no store) it keeps its own, seeded."""

    def define(self, t: Callable[[str], Table]) -> None:
        self.apps = t("apps")  # application id -> Application
        self.tokens = t("tokens")  # access token -> Token
        self.token_expiries = Expiring(self.store, self.tokens, "token_expiries")  # tokens by expiry, and their count
        self.payments = t("payments")  # transaction id -> Payment
        # what tick() looks at, so its cost is what is due, not what was ever stored
        self.waiting = t("waiting_payments")  # transaction id -> expiry ms (waiting payments)
        self.expiries = Lists(self.store, "payment_expiries")  # expiry second -> ids of payments created to expire then
        self.clockwork = t("clockwork")  # "expired_through" -> the last expiry second tick() has gone through
        self.confirming = t("confirming_payments")  # transaction id -> True (what tick() settles)
        self.open_withdrawals = t("open_withdrawals")  # withdrawal id -> True (what auto-advance moves)
        self.pending_transfers = t("pending_transfers")  # transfer id -> True (what tick() completes)
        self.withdrawals = t("withdrawals")  # withdrawal id -> Withdrawal
        self.wallets = t("wallets")  # wallet id -> Wallet
        self.wallet_keys = Keys(self.store, "wallet_keys")  # ("external_id" | "id", value) -> wallet id
        self.transfers = t("transfers")  # transfer id -> Transfer
        # (account, currency) -> Balance; per currency inflow (deposits seen), outflow, fees, refunded
        self.accounts = Accounts(self.store, short, flows=(INFLOW, OUTFLOW, FEES, REFUNDED), row=Balance)
        self.master_movements = t("movements")  # sequence -> Movement (the master account's history)
        self.used_addresses = t("used_addresses")  # (blockchain, address) withdrawn to before -> True
        self.tenant = t("tenant")  # "webhook" -> {"url", "secret"}
        # indexes, so a lookup or a page reads what it needs, not every record
        self.client_ids = Keys(self.store, "client_ids")  # client id -> application id
        self.payment_list = Timeline(self.store, "payment_list")  # ALL -> payment ids, by creation
        self.withdrawal_list = Timeline(self.store, "withdrawal_list")  # ALL -> withdrawal ids, by creation
        self.wallet_transfers = Timeline(self.store, "wallet_transfers")  # wallet id -> its transfers' ids

    def seed(self) -> None:
        now = self.clock()
        for client_id, secret, name, scopes in BUILTIN_APPS:
            app_id = self._next()
            self._add_app(Application(app_id, name, client_id, secret, list(scopes), now, now))

    @property
    def movements(self) -> list[Movement]:
        return self.master_movements.values()

    @property
    def webhook_url(self) -> str | None:
        return self.tenant.get("webhook", {}).get("url")

    @property
    def webhook_secret(self) -> str | None:
        return self.tenant.get("webhook", {}).get("secret")

    # ==== small helpers =============================================================================
    def _next(self) -> int:
        return self.store.next_id()

    def balance(self, account: str, currency: str) -> Balance:
        """The row, or a zero one (reading never creates rows)."""
        return self.accounts.get(account, currency)  # type: ignore[return-value]

    def _move(self, account: str, currency: str, kind: str, amount: Decimal, reference: str, now: int) -> None:
        """Record a master-account movement (wallet movements are not part of the tenant history)."""
        if account == MASTER:
            after = self.balance(MASTER, currency).available
            entry = Movement(now, currency, kind, amount, after, reference)
            self.master_movements[self.store.next_id("movement")] = entry

    @staticmethod
    def currency(code: str | None = None, blockchain: str | None = None, token: str | None = None) -> Currency:
        """`currency`, or `blockchain` + `token` (exactly one way), as a known currency; 400 otherwise."""
        if code is not None and (blockchain is not None or token is not None):
            raise invalid("send either currency or blockchain + token, not both")
        if code is None and blockchain is None and token is None:
            raise missing("currency")
        if code is None and (blockchain is None or token is None):
            raise missing("token" if token is None else "blockchain")
        found = find(code, blockchain, token)
        if found is None:
            raise invalid_currency(code or f"{token} on {blockchain}")
        return found

    # ==== OAuth =====================================================================================
    def client(self, client_id: str | None, client_secret: str | None) -> Application:
        """The application with these credentials (RFC 6749 invalid_client otherwise)."""
        app_id = None if client_id is None else self.client_ids.first(client_id)
        app = None if app_id is None else self.apps.get(app_id)
        if app is None or client_secret is None or not secrets.compare_digest(app.client_secret, client_secret):
            raise OAuthError(401, "invalid_client", "Client authentication failed")
        return app

    def issue_token(self, app: Application, scope: str | None) -> Token:
        asked = scope.split() if scope else list(app.scopes)
        refused = sorted(set(asked) - set(app.scopes))
        if refused:
            raise OAuthError(400, "invalid_scope", f"scope not allowed for this client: {' '.join(refused)}")
        now = self.clock()
        if self.token_expiries.count() >= MAX_TOKENS:  # keep the store bounded: drop expired tokens first
            keys = self._tenant_keys() if self.store.tenant != DEFAULT_TENANT else None
            for gone in self.token_expiries.forget(now):  # expires_ms <= now
                if keys is not None:
                    keys.pop(f"bearer:{gone}", None)  # how the engine found this tenant by the token
        ordered = [s for s in ("read", "write", "admin") if s in asked]
        token = Token(secrets.token_urlsafe(30), app.id, ordered, now + TOKEN_LIFETIME_S * 1000)
        self.token_expiries.put(token.token, token, token.expires_ms)
        if self.store.tenant != DEFAULT_TENANT:  # a created tenant's token: the engine finds its tenant by it
            self._tenant_keys()[f"bearer:{token.token}"] = {"tenant": self.store.tenant}
        return token

    def token(self, value: str, now: int) -> Token | None:
        """A live token (known, not expired, its application still existing)."""
        token = self.tokens.get(value)
        if token is None or token.expires_ms <= now or token.app_id not in self.apps:
            return None
        return token

    def add_client(self, client_id: str, secret: str) -> Application:
        """An OAuth client with every scope (a created tenant's own credentials)."""
        now, app_id = self.clock(), self._next()
        return self._add_app(
            Application(app_id, "Tenant client", client_id, secret, ["read", "write", "admin"], now, now)
        )

    def _add_app(self, app: Application) -> Application:
        self.apps[app.id] = app
        if self.client_ids.first(app.client_id) is None:  # the oldest application with a client id answers
            self.client_ids.remember(app.id, app.client_id)
        return app

    def create_app(self, name: str) -> Application:
        now = self.clock()
        app_id = self._next()
        app = Application(
            app_id, name, "cf_" + secrets.token_hex(12), secrets.token_urlsafe(36), list(NEW_APP_SCOPES), now, now
        )
        if self.store.tenant != DEFAULT_TENANT:  # a created tenant's application: the engine finds its tenant by it
            self._tenant_keys()[app.client_id] = {"tenant": self.store.tenant}
        return self._add_app(app)

    def _tenant_keys(self) -> Table:
        return self.store.table("tenant_keys", shared=True)

    def delete_app(self, app_id: int, caller_app_id: int | None = None) -> None:
        """Delete an application and revoke its tokens. The application whose token makes the request cannot
        delete itself (403 permission_denied): it would revoke the very credentials the caller is using."""
        if app_id not in self.apps:
            raise not_found("Application")
        if app_id == caller_app_id:
            raise CryptofuseError(
                403, "permission_denied", "An application cannot delete itself", {"application_id": app_id}
            )
        app = self.apps.pop(app_id)
        if self.client_ids.first(app.client_id) == app_id:
            self.client_ids.forget(app.client_id)
        row = self._tenant_keys().get(app.client_id) if self.store.tenant != DEFAULT_TENANT else None
        if row is not None and row["tenant"] == self.store.tenant and not row.get("material"):
            del self._tenant_keys()[app.client_id]  # one create_app filed (a tenant's own credentials stay)
        # its tokens are refused from now on (token() wants their application) and dropped once expired, as
        # every token is: application ids are never reused

    # ==== tenant webhook settings ===================================================================
    def configure_webhook(self, url: str) -> bool:
        """Set the tenant webhook URL; True when this call created the secret (shown once)."""
        check_url(url)
        secret = self.webhook_secret
        created = secret is None
        if created:
            secret = "sec_" + secrets.token_hex(16)
        self.tenant["webhook"] = {"url": url, "secret": secret}
        return created

    def masked_secret(self) -> str | None:
        secret = self.webhook_secret
        return None if secret is None else f"{secret[:4]}****{secret[-4:]}"

    # ==== rates =====================================================================================
    @staticmethod
    def per_usd(code: str) -> Decimal:
        upper = code.upper()
        if upper in FIAT_PER_USD:
            return FIAT_PER_USD[upper]
        if upper in CURRENCIES:
            return CURRENCIES[upper].per_usd
        raise invalid_currency(code)

    def rate(self, currency_from: str, currency_to: str) -> Decimal:
        """Units of `currency_to` per unit of `currency_from` (8 decimals)."""
        return q8(self.per_usd(currency_to) / self.per_usd(currency_from))

    # ==== payments ==================================================================================
    def create_payment(
        self,
        amount: Any,
        currency: Currency,
        price_currency: str = "USD",
        expiry_minutes: int | None = None,
        is_fee_paid_by_user: bool = False,
        is_fixed_rate: bool = True,
        wallet_id: str | None = None,
        callback_url: str | None = None,
        order_id: str | None = None,
        order_description: str | None = None,
        custom_id: str | None = None,
        customer_email: str | None = None,
    ) -> Payment:
        fiat = price_currency.upper()
        if fiat not in FIAT_PER_USD:
            raise invalid_currency(price_currency)
        price = fiat_arg(amount, "amount", fiat)
        check_url(callback_url)
        account = MASTER if wallet_id is None else self.wallet_for(wallet_id, "wallet_id").wallet_id
        amount_usd = (price / FIAT_PER_USD[fiat]).quantize(CENT)  # exact for USD; the shown figure otherwise
        base = amount_usd * currency.per_usd
        expected = q8(base * (1 + TENANT_FEE_PERCENT / 100) if is_fee_paid_by_user else base)
        if expected < currency.min_amount:
            raise invalid_amount(
                f"Amount is below the minimum of {views.money(currency.min_amount)} {currency.code}",
                min_amount=views.money(currency.min_amount),
            )
        if expected > currency.max_amount:
            raise invalid_amount(
                f"Amount is above the maximum of {views.money(currency.max_amount)} {currency.code}",
                max_amount=views.money(currency.max_amount),
            )
        now = self.clock()
        tx_id = str(uuid.uuid4())
        payment = Payment(
            transaction_id=tx_id,
            currency=currency.code,
            price_currency=fiat,
            price_amount=price,
            amount_usd=amount_usd,
            amount_crypto=expected,
            fee_percent=TENANT_FEE_PERCENT,
            is_fee_paid_by_user=is_fee_paid_by_user,
            is_fixed_rate=is_fixed_rate,
            address=deposit_address(address_type(currency.blockchain) or "EVM", tx_id),
            account=account,
            status=WAITING,
            created_ms=now,
            updated_ms=now,
            expiry_ms=now + (expiry_minutes or DEFAULT_EXPIRY_MINUTES) * 60_000,
            order_id=order_id if order_id is not None else f"ORD-{self._next():08d}",
            order_description=order_description,
            custom_id=custom_id,
            customer_email=customer_email,
            callback_url=callback_url,
        )
        self.payments[tx_id] = payment
        self.payment_list.add(ALL, now, tx_id)
        self._track(payment)
        return payment

    def payment(self, transaction_id: str) -> Payment:
        found = self.payments.get(transaction_id)
        if found is None:
            raise not_found("Payment")
        return found

    def _track(self, p: Payment) -> None:
        """Keep the WAITING and CONFIRMING indexes (what tick() looks at, so it never scans every payment)."""
        if p.status == WAITING:
            if p.transaction_id not in self.waiting:
                self.expiries.append(p.expiry_ms // 1000, p.transaction_id)
            self.waiting[p.transaction_id] = p.expiry_ms
        else:
            self.waiting.pop(p.transaction_id, None)
        if p.status == CONFIRMING:
            self.confirming[p.transaction_id] = True
        else:
            self.confirming.pop(p.transaction_id, None)

    def _payment_status(self, p: Payment, status: str, now: int) -> None:
        previous, p.status, p.updated_ms = p.status, status, now
        self._track(p)
        body = views.payment_event(p, previous, CURRENCIES[p.currency], now)
        self.emit("payment_status_update", p.transaction_id, body, p.callback_url or self.webhook_url)

    def simulate_deposit(
        self, transaction_id: str, amount: Any, confirmations: int | None = None, transaction_hash: str | None = None
    ) -> Payment:
        """An on-chain transfer to the payment's address (control API)."""
        p = self.payment(transaction_id)
        value = decimal_arg(amount, "amount")
        if p.status in PAYMENT_FINAL:
            raise conflict(f"payment {transaction_id} is {p.status}")
        cur = CURRENCIES[p.currency]
        now = self.clock()
        count = cur.required_confirmations if confirmations is None else confirmations
        deposit_id = f"dep_{self._next()}"
        deposit = Deposit(
            deposit_id, value, transaction_hash or tx_hash(cur, deposit_id + p.transaction_id), count, now
        )
        p.deposits.append(deposit)
        self.accounts.row(p.account, p.currency).incoming += value  # type: ignore[attr-defined]
        self.accounts.flow(INFLOW, p.currency, value)
        self.emit("deposit_received", p.transaction_id, views.deposit_event(p, deposit, now), self._url(p))
        if p.status == WAITING:
            self._payment_status(p, CONFIRMING, now)
        self._settle_payment(p, now)
        return p

    def _url(self, p: Payment) -> str | None:
        return p.callback_url or self.webhook_url

    def _confirmed(self, p: Payment) -> bool:
        need = CURRENCIES[p.currency].required_confirmations
        return bool(p.deposits) and all(d.confirmations >= need for d in p.deposits)

    def _settle_payment(self, p: Payment, now: int, window_over: bool = False) -> None:
        """Complete a fully paid, confirmed payment; at the window's end credit an underpaid one as partial."""
        if p.status != CONFIRMING or not self._confirmed(p):
            return
        if p.paid >= p.amount_crypto:
            self._credit(p, COMPLETED, now)
        elif window_over:
            self._credit(p, PARTIAL, now)

    def _credit(self, p: Payment, status: str, now: int) -> None:
        paid, pct = p.paid, p.fee_percent
        fee = q8(paid * pct / (100 + pct) if p.is_fee_paid_by_user else paid * pct / 100)
        self.accounts.row(p.account, p.currency).incoming -= paid  # type: ignore[attr-defined]
        self.accounts.credit(p.account, p.currency, paid - fee)
        p.credited, p.fee = paid - fee, fee
        self.accounts.flow(FEES, p.currency, fee)
        self._move(p.account, p.currency, "deposit", paid - fee, p.transaction_id, now)
        self._payment_status(p, status, now)

    def confirm_payment(self, transaction_id: str) -> Payment:
        """Give every deposit its required confirmations (control API)."""
        p = self.payment(transaction_id)
        if p.status != CONFIRMING:
            raise conflict(f"payment {transaction_id} is {p.status}, not confirming")
        self._confirm(p, self.clock())
        return p

    def _confirm(self, p: Payment, now: int) -> None:
        need = CURRENCIES[p.currency].required_confirmations
        for d in p.deposits:
            d.confirmations = max(d.confirmations, need)
        self._settle_payment(p, now, window_over=now >= p.expiry_ms)

    def fail_payment(self, transaction_id: str) -> Payment:
        """Fail an open payment; what arrived goes back to the payer (control API)."""
        p = self.payment(transaction_id)
        if p.status in PAYMENT_FINAL:
            raise conflict(f"payment {transaction_id} is {p.status}")
        paid, now = p.paid, self.clock()
        if paid:
            self.accounts.row(p.account, p.currency).incoming -= paid  # type: ignore[attr-defined]
            self.accounts.flow(REFUNDED, p.currency, paid)
        self._payment_status(p, FAILED, now)
        return p

    # ==== withdrawals ===============================================================================
    def quote(
        self, cur: Currency, amount: Decimal, final_amount: bool, address: str | None
    ) -> tuple[Decimal, Decimal, Decimal, Decimal, bool]:
        """(requested, sent, platform fee, network fee, new address) of a withdrawal; 422 below the minimum.
        requested = sent + platform fee + network fee always: `amount` is what the address gets; with
        `final_amount` the asked amount is `sent`, without it the asked amount is `requested`."""
        if amount < cur.min_withdrawal:
            raise invalid_amount(
                f"Amount is below the minimum of {views.money(cur.min_withdrawal)} {cur.code}",
                min_amount=views.money(cur.min_withdrawal),
            )
        if amount > cur.max_withdrawal:
            raise invalid_amount(
                f"Amount is above the maximum of {views.money(cur.max_withdrawal)} {cur.code}",
                max_amount=views.money(cur.max_withdrawal),
            )
        new = address is not None and (cur.blockchain, address) not in self.used_addresses
        network = cur.network_fee + (cur.activation_fee if new else ZERO)
        platform = q8(amount * WITHDRAWAL_FEE_PERCENT / 100)
        sent = amount if final_amount else amount - platform - network
        if sent <= 0:
            raise invalid_amount(f"Amount does not cover the fee of {views.money(platform + network)} {cur.code}")
        return sent + platform + network, sent, platform, network, new

    def check_address(self, cur: Currency, address: str, memo: str | None) -> None:
        problem = address_problem(address, address_type(cur.blockchain) or "EVM", memo)
        if problem:
            raise invalid(f"Invalid address: {problem}", field="address")

    def create_withdrawal(
        self,
        cur: Currency,
        address: str,
        amount: Any = None,
        price_amount: Any = None,
        price_currency: str = "USD",
        final_amount: bool = False,
        memo: str | None = None,
        custom_id: str | None = None,
        callback_url: str | None = None,
        account_id: str | None = None,
    ) -> Withdrawal:
        if amount is not None and price_amount is not None:
            raise invalid("send either amount or price_amount, not both")
        if amount is None and price_amount is None:
            raise missing("amount")
        if amount is not None:
            crypto = decimal_arg(amount, "amount")
        else:
            fiat = price_currency.upper()
            if fiat not in FIAT_PER_USD:
                raise invalid_currency(price_currency)
            crypto = q8(fiat_arg(price_amount, "price_amount", fiat) / FIAT_PER_USD[fiat] * cur.per_usd)
        self.check_address(cur, address, memo)
        check_url(callback_url)
        account = MASTER if account_id is None else self.wallet_for(account_id, "account_id").wallet_id
        requested, sent, platform, network, _ = self.quote(cur, crypto, final_amount, address)
        debit = sent + platform + network
        self.accounts.need(account, cur.code, debit)
        now = self.clock()
        w = Withdrawal(
            withdrawal_id=str(uuid.uuid4()),
            currency=cur.code,
            address=address,
            account=account,
            requested_amount=requested,
            amount=sent,
            platform_fee=platform,
            network_fee=network,
            status="pending",
            created_ms=now,
            updated_ms=now,
            required_confirmations=cur.required_confirmations,
            memo=memo,
            custom_id=custom_id,
            callback_url=callback_url,
        )
        self.accounts.lock(account, cur.code, debit)
        self.used_addresses[(cur.blockchain, address)] = True
        self.withdrawals[w.withdrawal_id] = w
        self.withdrawal_list.add(ALL, now, w.withdrawal_id)
        self.open_withdrawals[w.withdrawal_id] = True
        self._move(account, cur.code, "withdrawal", -debit, w.withdrawal_id, now)
        return w

    def withdrawal(self, withdrawal_id: str) -> Withdrawal:
        found = self.withdrawals.get(withdrawal_id)
        if found is None:
            raise not_found("Withdrawal")
        return found

    def advance_withdrawal(self, withdrawal_id: str, to: str | None = None, error: str | None = None) -> Withdrawal:
        """Move a withdrawal one step along its path, or to `to` (a later step or a refusal)."""
        w = self.withdrawal(withdrawal_id)
        if w.status in WITHDRAWAL_FINAL:
            raise conflict(f"withdrawal {withdrawal_id} is {w.status}")
        here = WITHDRAWAL_STEPS.index(w.status)
        target = to or WITHDRAWAL_STEPS[here + 1]
        if target not in WITHDRAWAL_REFUSED and WITHDRAWAL_STEPS.index(target) <= here:
            raise conflict(f"withdrawal {withdrawal_id} is already {w.status}")
        self._withdrawal_status(w, target, self.clock(), error)
        return w

    def _withdrawal_status(self, w: Withdrawal, status: str, now: int, error: str | None = None) -> None:
        cur = CURRENCIES[w.currency]
        if status in WITHDRAWAL_REFUSED:
            self.accounts.unlock(w.account, w.currency, w.debit)
            w.error_message = error or f"Withdrawal {status}"
            self._move(w.account, w.currency, "withdrawal_refund", w.debit, w.withdrawal_id, now)
        else:
            reached = WITHDRAWAL_STEPS.index(status)
            if reached >= WITHDRAWAL_STEPS.index("submitted") and w.transaction_hash is None:
                w.transaction_hash = tx_hash(cur, w.withdrawal_id)
                w.batch_id = f"batch_{now // 60_000}"
            if reached >= WITHDRAWAL_STEPS.index("confirmed"):
                w.confirmations = w.required_confirmations
            if status == "completed":
                self.accounts.spend(
                    w.account, w.currency, w.debit, outflow=w.amount + w.network_fee, fees=w.platform_fee
                )
                w.completed_ms = now
        w.status, w.updated_ms = status, now
        if status in WITHDRAWAL_FINAL:
            self.open_withdrawals.pop(w.withdrawal_id, None)
        self.emit(
            "withdrawal_status_update",
            w.withdrawal_id,
            views.withdrawal_event(w, now),
            w.callback_url or self.webhook_url,
        )

    # ==== wallets and transfers =====================================================================
    def create_wallet(self, name: str, external_id: str) -> Wallet:
        if self.wallet_keys.first("external_id", external_id) is not None:
            raise CryptofuseError(
                400,
                "duplicate_external_id",
                f"A wallet with external_id {external_id} already exists",
                {"external_id": external_id},
            )
        now = self.clock()
        number = self._next()
        wallet = Wallet(number, "w_" + _digest("wallet", number, now).hex()[:12], name, external_id, now, now)
        self.wallets[wallet.wallet_id] = wallet
        self.wallet_keys.remember(wallet.wallet_id, "external_id", external_id)
        self.wallet_keys.remember(wallet.wallet_id, "id", number)
        return wallet

    def wallet_for(self, key: str, field: str) -> Wallet:
        """A wallet by its `wallet_id` (or numeric `id`); 400 invalid_request when unknown (for body references)."""
        found = self.find_wallet(key)
        if found is None:
            raise invalid(f"Unknown wallet {key}", field=field)
        return found

    def find_wallet(self, key: str | None = None, external_id: str | None = None) -> Wallet | None:
        if external_id is not None:
            key = self.wallet_keys.first("external_id", external_id)
        elif key is not None and key.isascii() and key.isdigit():  # "²" and "٦" are digits too, but no id
            key = self.wallet_keys.first("id", int(key))
        return None if key is None else self.wallets.get(key)

    def wallet(self, key: str | None = None, external_id: str | None = None) -> Wallet:
        """A wallet by `wallet_id`/id or `external_id` (exactly one); 404 when unknown."""
        if (key is None) == (external_id is None):
            raise invalid("send exactly one of wallet_id, external_id")
        found = self.find_wallet(key, external_id)
        if found is None:
            raise not_found("Wallet")
        return found

    def wallet_balances(self, wallet: Wallet) -> list[tuple[str, Balance]]:
        return self.accounts.of(wallet.wallet_id, sorted(CURRENCIES))  # type: ignore[return-value]

    def transfer(self, kind: str, wallet: Wallet, currency: str, amount: Any, callback_url: str) -> Transfer:
        """Accept a master <-> wallet transfer: the amount is reserved now, booked when the transfer completes."""
        cur = self.currency(currency)
        value = decimal_arg(amount, "amount")
        check_url(callback_url)
        source = MASTER if kind == TO_SUB else wallet.wallet_id
        self.accounts.need(source, cur.code, value)
        now = self.clock()
        t = Transfer(
            "t_" + secrets.token_hex(8), kind, wallet.wallet_id, cur.code, value, PENDING, callback_url, now, now
        )
        self.accounts.lock(source, cur.code, value)
        self.transfers[t.id] = t
        self.wallet_transfers.add(wallet.wallet_id, now, t.id)
        self.pending_transfers[t.id] = True
        self._move(source, cur.code, "transfer_out", -value, t.id, now)
        return t

    def settle_transfer(self, transfer_id: str, status: str = COMPLETED, error: str | None = None) -> Transfer:
        """Complete (book) or fail (refund) a pending transfer and call its callback_url."""
        t = self.transfers.get(transfer_id)
        if t is None:
            raise not_found("Transfer")
        if t.status != PENDING:
            raise conflict(f"transfer {transfer_id} is {t.status}")
        self._settle_transfer(t, status, self.clock(), error)
        return t

    def _settle_transfer(self, t: Transfer, status: str, now: int, error: str | None = None) -> None:
        source, target = (MASTER, t.wallet_id) if t.transfer_type == TO_SUB else (t.wallet_id, MASTER)
        if status == COMPLETED:
            self.accounts.spend(source, t.currency, t.amount)
            self.accounts.credit(target, t.currency, t.amount)
            self._move(target, t.currency, "transfer_in", t.amount, t.id, now)
        else:
            self.accounts.unlock(source, t.currency, t.amount)
            t.error_message = error or "Transfer failed"
            self._move(source, t.currency, "transfer_refund", t.amount, t.id, now)
        t.status, t.updated_ms = status, now
        self.pending_transfers.pop(t.id, None)
        self.emit(
            "transfer_status_update", t.id, views.transfer_event(t, self.wallets[t.wallet_id], now), t.callback_url
        )

    # ==== time-driven progress ======================================================================
    def tick(self, now: int, auto_advance_ms: int = 0, transfer_delay_ms: int = 0) -> None:
        """Expire payment windows; complete due transfers; with auto_advance_ms, confirm and advance on their own."""
        for p in [self.payments[tx] for tx in self.confirming.keys()]:
            if p.status == CONFIRMING and auto_advance_ms > 0 and now - p.updated_ms >= auto_advance_ms:
                if not self._confirmed(p):
                    self._confirm(p, now)
            if p.status == CONFIRMING and now >= p.expiry_ms and self._confirmed(p):
                self._settle_payment(p, now, window_over=True)
        for tx in self._due_expiries(now):
            p = self.payments.get(tx)
            if p is not None and p.status == WAITING and now >= p.expiry_ms:
                self._payment_status(p, EXPIRED, now)
        if auto_advance_ms > 0:
            for w in [self.withdrawals[i] for i in self.open_withdrawals.keys()]:
                if w.status not in WITHDRAWAL_FINAL and now - w.updated_ms >= auto_advance_ms:
                    self._withdrawal_status(w, WITHDRAWAL_STEPS[WITHDRAWAL_STEPS.index(w.status) + 1], now)
        if transfer_delay_ms >= 0:
            for t in [self.transfers[i] for i in self.pending_transfers.keys()]:
                if t.status == PENDING and now - t.created_ms >= transfer_delay_ms:
                    self._settle_transfer(t, COMPLETED, now)

    def _due_expiries(self, now: int) -> list[str]:
        """Waiting payments whose window may be over: those filed under the seconds since the last tick (the
        current second stays open; a clock moved back moves the mark back); after a long pause, one look at every
        waiting payment."""
        second, through = now // 1000, self.clockwork.get("expired_through")
        if through is None or second - through > MAX_TICK_GAP_S:
            due = [tx for tx, expiry_ms in self.waiting.items() if expiry_ms <= now]
        else:
            due = [tx for s in range(through + 1, second + 1) for tx in self.expiries.all(s)]
        if through != second - 1:
            self.clockwork["expired_through"] = second - 1
        return due

    # ==== ledger ====================================================================================
    def ledger(self) -> books.Ledger:
        """The books as the API shows them (figures read back from the wire views): balances `amount` (available +
        pending) with `pending_amount` held, and every payment, withdrawal and transfer with what it moves now."""
        L = books.Ledger("cryptofuse")
        E, D = books.Entry, Decimal
        self.accounts.into(L)  # `incoming` is in no balance the API shows
        for p in self.payments.values():
            view = views.payment(p)
            figures = {n: D(view[n]) for n in ("total_paid_amount", "merchant_received_amount", "fee_amount")}
            entries: list[books.Entry] = []
            sums: list[tuple[str, tuple[str, ...]]] = []
            if p.status in (COMPLETED, PARTIAL):
                entries = [E(p.account, p.currency, books.CREDIT, figures["total_paid_amount"])]
                entries.append(E(p.account, p.currency, books.FEE, figures["fee_amount"]))
                sums = [("total_paid_amount", ("merchant_received_amount", "fee_amount"))]
            L.record(f"payment:{p.transaction_id}", p.status, entries, figures, sums, "fee_amount")
        for w in self.withdrawals.values():
            view = views.withdrawal(w)
            names = ("requested_amount", "amount", "fee", "platform_fee", "network_fee")
            figures = {n: D(view[n]) for n in names}
            if w.status in WITHDRAWAL_FINAL - {"completed"}:
                entries = []
            elif w.status == "completed":
                entries = [E(w.account, w.currency, books.DEBIT, figures["amount"])]
                entries.append(E(w.account, w.currency, books.FEE, figures["fee"]))
            else:
                entries = [E(w.account, w.currency, books.HOLD, figures["requested_amount"])]
            rules = [("requested_amount", ("amount", "fee")), ("fee", ("platform_fee", "network_fee"))]
            L.record(f"withdrawal:{w.withdrawal_id}", w.status, entries, figures, rules, "fee")
        for t in self.transfers.values():
            source, target = (MASTER, t.wallet_id) if t.transfer_type == TO_SUB else (t.wallet_id, MASTER)
            amount = D(views.transfer(t)["amount"])
            if t.status == PENDING:
                entries = [E(source, t.currency, books.HOLD, amount)]
            elif t.status == COMPLETED:
                entries = [E(source, t.currency, books.DEBIT, amount), E(target, t.currency, books.CREDIT, amount)]
            else:
                entries = []
            L.record(f"transfer:{t.id}", t.status, entries, {"amount": amount})
        return L

    def totals(self) -> dict[str, dict[str, Decimal]]:
        names = {c for _, c in self.accounts.rows.keys()} | set(self.accounts.flows[INFLOW].keys())
        return self.accounts.totals(sorted(names), incoming=self._incoming)

    def _incoming(self, currency: str) -> Decimal:
        return sum((b.incoming for (_, c), b in self.accounts.rows.items() if c == currency), ZERO)

    def rule_problems(self) -> list[str]:
        holds = [
            (w.account, w.currency, w.debit) for w in self.withdrawals.values() if w.status not in WITHDRAWAL_FINAL
        ]
        for t in self.transfers.values():
            if t.status == PENDING:
                holds.append((MASTER if t.transfer_type == TO_SUB else t.wallet_id, t.currency, t.amount))
        problems = self.accounts.problems(add_up(holds), "open withdrawals and transfers")
        problems += self.accounts.totals_problems(self.totals())
        for w in self.withdrawals.values():
            if w.requested_amount != w.debit or w.amount <= 0:
                problems.append(f"withdrawal {w.withdrawal_id}: requested_amount is not amount + fees")
        return problems
