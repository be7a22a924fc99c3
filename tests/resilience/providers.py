"""One adapter per provider: how to build its typed client, fund it, which operations make a mixed run, and
where an operation's effect shows in the mock's state dump (`GET /_mock/state`).

Operation kinds:
- "read": a GET or a read-only POST; the client retries it.
- "keyed": a write carrying the provider's idempotency key (Ceffu `requestId`, Bitunix `outBizId`,
  xCurrency `externalRef`, Cryptofuse `external_id` of a new wallet); the client retries it.
- "plain": a write without a key; the client must never send it twice. Its `key` is a tag that finds its effect.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

import httpx
from bitunix_client import AsyncBitunixClient, BitunixClient
from bitunix_client import models as bx
from bitunix_client._client import BitunixProvider
from bitunix_client.exceptions import BitunixInvalidRequestError
from ceffu_client import AsyncCeffuClient, CeffuClient, CeffuDuplicateRequestError, CeffuInvalidRequestError
from ceffu_client import models as cf
from ceffu_client._client import CeffuProvider
from cryptofuse_client import AsyncCryptofuseClient, CryptofuseClient
from cryptofuse_client import models as cr
from cryptofuse_client._client import CryptofuseProvider
from cryptofuse_client.exceptions import CryptofuseDuplicateError, CryptofuseInvalidAmountError
from xcurrency_client import AsyncXCurrencyClient, XCurrencyClient, XCurrencyDuplicateError
from xcurrency_client import models as xc
from xcurrency_client._client import XCurrencyProvider

from contract_tests.harness import RunningMock

from .support import Control

D = Decimal
TRC20 = "Tron (TRC-20)"
OPS = 500  # operations in a fault run
CALLBACK = "https://merchant.example/transfers"  # not loopback: the mock never calls it


@dataclass(frozen=True)
class Op:
    index: int
    kind: str  # "read" | "keyed" | "plain"
    key: str
    run: Callable[[], object]


def body_of(request: httpx.Request) -> dict[str, Any]:
    try:
        value = json.loads(request.content) if request.content else None
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class Adapter:
    name: str
    package: str
    token_paths: frozenset[str] = frozenset()  # auth-flow requests, never seen by the retry runtime
    duplicate: type[Exception] | None = None  # a keyed retry after the first attempt took effect (None: same answer)
    insufficient: type[Exception]
    options: ClassVar[dict[str, Any]] = {}  # running_mock options

    sync_client: ClassVar[type]
    asyncio_client: ClassVar[type]
    rules: ClassVar[type]  # the client's Provider: error mapping and which writes it repeats
    credentials: ClassVar[tuple[str, ...]]  # the client's credential arguments, named as the mock prints them

    def client(self, mock: RunningMock, **options: Any) -> Any:
        """The typed client with the mock's main credentials; `options` override any argument."""
        return self.sync_client(**self._arguments(mock, options))

    def async_client(self, mock: RunningMock, **options: Any) -> Any:
        return self.asyncio_client(**self._arguments(mock, options))

    def _arguments(self, mock: RunningMock, options: dict[str, Any]) -> dict[str, Any]:
        given = mock.credentials
        return {"base_url": mock.base_url, **{name: given[name] for name in self.credentials}, **options}

    def keyed_request(self, request: httpx.Request) -> bool:
        raise NotImplementedError

    # fault run
    def prepare(self, client: Any, control: Control) -> dict[str, Any]:
        raise NotImplementedError

    def op(self, i: int, client: Any, ctx: dict[str, Any]) -> Op:
        raise NotImplementedError

    def keyed_effects(self, state: dict[str, Any], key: str) -> int:
        raise NotImplementedError

    def plain_effects(self, state: dict[str, Any], tag: str) -> int:
        raise NotImplementedError

    # concurrency: a balance covering exactly 100 of `race_write`
    async def prepare_race(self, client: Any, control: Control) -> dict[str, Any]:
        raise NotImplementedError

    async def race_write(self, client: Any, ctx: dict[str, Any], i: int) -> Any:
        raise NotImplementedError

    async def race_balance(self, client: Any, ctx: dict[str, Any]) -> Decimal:
        """What is left to spend after the race."""
        raise NotImplementedError

    def race_refusal(self, error: Exception) -> bool:
        """True when `error` is the provider's insufficient-balance refusal."""
        raise NotImplementedError

    # restart
    def prepare_restart(self, client: Any, control: Control) -> dict[str, Any]:
        return self.prepare(client, control)

    def restart_write(self, client: Any, ctx: dict[str, Any], key: str) -> Any:
        raise NotImplementedError

    def visible(self, client: Any, ctx: dict[str, Any], key: str, result: Any) -> bool:
        raise NotImplementedError


# ---- Ceffu -------------------------------------------------------------------------------------------------------
class Ceffu(Adapter):
    sync_client, asyncio_client = CeffuClient, AsyncCeffuClient
    rules = CeffuProvider
    credentials = ("api_key", "private_key")
    name, package = "ceffu", "ceffu_client"
    duplicate = CeffuDuplicateRequestError
    insufficient = CeffuInvalidRequestError

    def keyed_request(self, request: httpx.Request) -> bool:
        return request.method == "POST" and bool(body_of(request).get("requestId"))

    @staticmethod
    def prime(client: CeffuClient) -> str:
        return next(w.wallet_id_str for w in client.wallets.get_wallet_list(page_limit=50).data if w.wallet_type == 20)

    @staticmethod
    def fund(control: Control, address: str, amount: str) -> None:
        control.post("/deposits", {"address": address, "coinSymbol": "USDT", "network": "TRON", "amount": amount})

    def prepare(self, client: CeffuClient, control: Control) -> dict[str, Any]:
        prime = self.prime(client)
        sub = client.sub_wallets.create_sub_wallet(
            body=cf.CreateSubWalletRequest(parent_wallet_id=prime, wallet_name="fault sub", request_id="setup-sub")
        ).wallet_id_str
        address = client.deposits.get_deposit_address(wallet_id=prime, network="TRON", coin_symbol="USDT")
        self.fund(control, address.wallet_address, "5000")
        return {"prime": prime, "sub": sub}

    def transfer(self, client: CeffuClient, src: str, dst: str, amount: Decimal, key: str) -> Any:
        body = cf.CreateSubWalletTransferRequest(
            coin_symbol="USDT", amount=amount, from_wallet_id=src, to_wallet_id=dst, request_id=key
        )
        return client.internal_transfers.create_sub_wallet_transfer(body=body)

    def op(self, i: int, client: CeffuClient, ctx: dict[str, Any]) -> Op:
        prime, sub, slot, key = ctx["prime"], ctx["sub"], i % 10, f"f-{i}"
        reads: dict[int, Callable[[], object]] = {
            0: lambda: client.wallets.get_wallet_list(page_limit=50),
            1: lambda: client.wallets.get_wallet_asset_list(wallet_id=prime),
            2: lambda: client.sub_wallets.get_sub_wallet_asset_list(wallet_id=sub),
            3: lambda: client.withdrawals.get_withdrawal_fee(wallet_id=prime, coin_symbol="USDT", network="TRON"),
        }
        if slot in reads:
            return Op(i, "read", "", reads[slot])
        if slot in (4, 5, 6):
            return Op(i, "keyed", key, lambda: self.transfer(client, prime, sub, D(1), key))
        if slot == 9:
            return Op(i, "keyed", key, lambda: self.transfer(client, sub, prime, D("0.5"), key))
        if slot == 7:  # a whitelist entry per address: no requestId in this operation
            address = "0x" + f"{i:040x}"
            body = cf.AddWhitelistRequest(address_type=1, address=address, label=key, symbol="USDT", network="ETH")
            return Op(
                i,
                "plain",
                f"whitelist:{address}",
                lambda: client.whitelisted_addresses.add_whitelist_address(body=body),
            )
        name = f"plain sub {i}"  # a sub-wallet created without requestId
        body = cf.CreateSubWalletRequest(parent_wallet_id=prime, wallet_name=name)
        return Op(i, "plain", f"wallet:{name}", lambda: client.sub_wallets.create_sub_wallet(body=body))

    def keyed_effects(self, state: dict[str, Any], key: str) -> int:
        return sum(1 for t in state["provider"]["transfers"] if t["request_id"] == key)

    def plain_effects(self, state: dict[str, Any], tag: str) -> int:
        kind, _, value = tag.partition(":")
        if kind == "whitelist":
            return sum(1 for w in state["provider"]["whitelist"] if w["address"] == value)
        return sum(1 for w in state["provider"]["wallets"] if w["name"] == value)

    async def prepare_race(self, client: AsyncCeffuClient, control: Control) -> dict[str, Any]:
        page = await client.wallets.get_wallet_list(page_limit=50)
        prime = next(w.wallet_id_str for w in page.data if w.wallet_type == 20)
        sub = await client.sub_wallets.create_sub_wallet(
            body=cf.CreateSubWalletRequest(parent_wallet_id=prime, wallet_name="race sub", request_id="race-sub")
        )
        address = await client.deposits.get_deposit_address(wallet_id=prime, network="TRON", coin_symbol="USDT")
        self.fund(control, address.wallet_address, "100")
        return {"prime": prime, "sub": sub.wallet_id_str}

    async def race_write(self, client: AsyncCeffuClient, ctx: dict[str, Any], i: int) -> Any:
        body = cf.CreateSubWalletTransferRequest(
            coin_symbol="USDT", amount=D(1), from_wallet_id=ctx["prime"], to_wallet_id=ctx["sub"], request_id=f"r-{i}"
        )
        return await client.internal_transfers.create_sub_wallet_transfer(body=body)

    async def race_balance(self, client: AsyncCeffuClient, ctx: dict[str, Any]) -> Decimal:
        assets = (await client.wallets.get_wallet_asset_list(wallet_id=ctx["prime"])).data
        return sum((a.available_amount for a in assets if a.coin_symbol == "USDT"), D(0))

    def race_refusal(self, error: Exception) -> bool:
        return isinstance(error, CeffuInvalidRequestError) and error.code == "G20022" and "Insufficient" in str(error)

    def restart_write(self, client: CeffuClient, ctx: dict[str, Any], key: str) -> Any:
        return self.transfer(client, ctx["prime"], ctx["sub"], D("0.01"), key).order_view_id

    def visible(self, client: CeffuClient, ctx: dict[str, Any], key: str, result: Any) -> bool:
        detail = client.internal_transfers.get_sub_wallet_transfer_detail(
            wallet_id_str=ctx["prime"], order_view_id=result
        )
        return detail.order_view_id == result and detail.amount == D("0.01")


# ---- Bitunix ------------------------------------------------------------------------------------------------------
class Bitunix(Adapter):
    sync_client, asyncio_client = BitunixClient, AsyncBitunixClient
    rules = BitunixProvider
    credentials = ("api_key", "secret_key")
    name, package = "bitunix", "bitunix_client"
    duplicate = None  # a repeated outBizId answers the first transfer's id
    insufficient = BitunixInvalidRequestError
    options: ClassVar[dict[str, Any]] = {
        "rate_limit_per_second": 0
    }  # the documented 10/s would turn a fast run into 110041s

    def keyed_request(self, request: httpx.Request) -> bool:
        return request.url.path == "/api/spot/v1/inside_transfer" and bool(body_of(request).get("outBizId"))

    @staticmethod
    def fund(control: Control, address: Any, amount: str) -> None:
        body = {"address": address.address, "coin": "USDT", "network": TRC20, "amount": amount}
        if address.memo:
            body["memo"] = address.memo
        control.post("/bitunix/deposits", body)

    def prepare(self, client: BitunixClient, control: Control) -> dict[str, Any]:
        address = client.user.get_deposit_address(body=bx.GetDepositAddressRequest(coin="USDT", network=TRC20))[0]
        self.fund(control, address, "5000")
        return {"receiver": int(control.get("/credentials")["receiver_uid"])}

    @staticmethod
    def inside(client: Any, receiver: int, amount: Decimal, key: str | None = None, remark: str | None = None) -> Any:
        extra: dict[str, Any] = {}
        if key:
            extra["out_biz_id"] = key
        if remark:
            extra["remark"] = remark
        body = bx.CreateInsideTransferRequest(coin="USDT", amount=amount, to_type="uid", to_uid=receiver, **extra)
        return client.user.create_inside_transfer(body=body)

    def op(self, i: int, client: BitunixClient, ctx: dict[str, Any]) -> Op:
        slot, key, receiver = i % 10, f"f-{i}", ctx["receiver"]
        reads: dict[int, Callable[[], object]] = {
            0: client.user.get_account,
            1: client.user.get_user_info,
            2: lambda: client.user.list_withdraw_transfers(body=bx.ListWithdrawTransfersRequest(limit=10)),
            3: lambda: client.user.get_deposit_address(body=bx.GetDepositAddressRequest(coin="USDT", network=TRC20)),
            8: lambda: client.public.get_last_price(symbol="BTCUSDT"),
        }
        if slot in reads:
            return Op(i, "read", "", reads[slot])
        if slot in (4, 5, 6, 9):
            return Op(i, "keyed", key, lambda: self.inside(client, receiver, D(1), key=key))
        remark = f"plain-{i}"  # no outBizId: found by its remark
        return Op(i, "plain", remark, lambda: self.inside(client, receiver, D("0.5"), remark=remark))

    def keyed_effects(self, state: dict[str, Any], key: str) -> int:
        return sum(1 for r in state["provider"]["records"] if r["out_biz_id"] == key)

    def plain_effects(self, state: dict[str, Any], tag: str) -> int:
        return sum(1 for r in state["provider"]["records"] if r["remark"] == tag)

    async def prepare_race(self, client: AsyncBitunixClient, control: Control) -> dict[str, Any]:
        rows = await client.user.get_deposit_address(body=bx.GetDepositAddressRequest(coin="USDT", network=TRC20))
        self.fund(control, rows[0], "100")
        return {"receiver": int(control.get("/credentials")["receiver_uid"])}

    async def race_write(self, client: AsyncBitunixClient, ctx: dict[str, Any], i: int) -> Any:
        return await self.inside(client, ctx["receiver"], D(1), key=f"r-{i}")

    async def race_balance(self, client: AsyncBitunixClient, ctx: dict[str, Any]) -> Decimal:
        return next(b.balance for b in await client.user.get_account() if b.coin == "USDT")

    def race_refusal(self, error: Exception) -> bool:
        return isinstance(error, BitunixInvalidRequestError) and error.code == "2" and "insufficient" in str(error)

    def restart_write(self, client: BitunixClient, ctx: dict[str, Any], key: str) -> Any:
        return self.inside(client, ctx["receiver"], D("0.01"), key=key)

    def visible(self, client: BitunixClient, ctx: dict[str, Any], key: str, result: Any) -> bool:
        found = client.user.list_withdraw_transfers(body=bx.ListWithdrawTransfersRequest(out_biz_id=key))
        return [r.id for r in found] == [result]


# ---- xCurrency ----------------------------------------------------------------------------------------------------
class XCurrency(Adapter):
    sync_client, asyncio_client = XCurrencyClient, AsyncXCurrencyClient
    rules = XCurrencyProvider
    credentials = ("app_key", "secret_key", "private_key")
    name, package = "xcurrency", "xcurrency_client"
    token_paths = frozenset({"/payout/oauth/token"})
    duplicate = XCurrencyDuplicateError
    insufficient = XCurrencyDuplicateError  # its race is over unique references, not a balance

    def keyed_request(self, request: httpx.Request) -> bool:
        return request.url.path == "/customers" and bool(body_of(request).get("externalRef"))

    @staticmethod
    def customer(client: Any, ref: str) -> Any:
        return client.customers.create_customer(
            body=xc.CreateCustomerRequest(external_ref=ref, name="Resilience", email=f"{ref}@example.com")
        )

    def prepare(self, client: XCurrencyClient, control: Control) -> dict[str, Any]:
        customer = self.customer(client, "setup").customer_id
        wallet = client.wallets.create_wallet(
            body=xc.CreateWalletRequest(customer_id=customer, asset="USDT", network="TRON")
        ).wallet_id
        priced = xc.CreateQuoteRequest(source_currency="AUD", target_currency="USDT", source_amount=D(500))
        # a quote makes one order (single-use): one quote per order operation
        quotes = {i: client.top_up.create_quote(body=priced).query_no for i in range(8, OPS, 10)}
        owners = {i: self.customer(client, f"owner-{i}").customer_id for i in range(7, OPS, 10)}
        return {"customer": customer, "wallet": wallet, "quotes": quotes, "owners": owners}

    def op(self, i: int, client: XCurrencyClient, ctx: dict[str, Any]) -> Op:
        slot, key = i % 10, f"f-{i}"
        quote = xc.CreateQuoteRequest(source_currency="AUD", target_currency="USDT", source_amount=D(100))
        reads: dict[int, Callable[[], object]] = {
            0: client.assets_networks.list_asset_networks,
            1: lambda: client.wallets.get_wallet_balance(wallet_id=ctx["wallet"]),
            2: lambda: client.wallets.list_customer_wallets(customer_id=ctx["customer"]),
            3: lambda: client.top_up.create_quote(body=quote),  # a rate query: safe to repeat
            4: lambda: client.authentication.check_sign(body=xc.CheckSignRequest.from_dict({"probe": key})),
        }
        if slot in reads:
            return Op(i, "read", "", reads[slot])
        if slot in (5, 6, 9):
            return Op(i, "keyed", key, lambda: self.customer(client, key))
        if slot == 7:  # a wallet for a customer of its own: no key in this operation
            owner = ctx["owners"][i]
            body = xc.CreateWalletRequest(customer_id=owner, asset="USDT", network="TRON")
            return Op(i, "plain", f"wallet:{owner}", lambda: client.wallets.create_wallet(body=body))
        body = xc.CreateTopupOrderRequest(quote_id=ctx["quotes"][i], wallet_id=ctx["wallet"], payer=xc.Payer(name=key))
        return Op(i, "plain", f"order:{key}", lambda: client.top_up.create_topup_order(body=body))

    def keyed_effects(self, state: dict[str, Any], key: str) -> int:
        return sum(1 for c in state["provider"]["customers"] if c["external_ref"] == key)

    def plain_effects(self, state: dict[str, Any], tag: str) -> int:
        kind, _, value = tag.partition(":")
        if kind == "wallet":
            return sum(1 for w in state["provider"]["wallets"] if w["customer_id"] == value)
        return sum(1 for o in state["provider"]["orders"] if o["payer_name"] == value)

    async def prepare_race(self, client: AsyncXCurrencyClient, control: Control) -> dict[str, Any]:
        await client.assets_networks.list_asset_networks()  # one token for all
        return {}

    async def race_write(self, client: AsyncXCurrencyClient, ctx: dict[str, Any], i: int) -> Any:
        ref = f"r-{i % 100}"  # 100 references, each raced twice
        return await client.customers.create_customer(
            body=xc.CreateCustomerRequest(external_ref=ref, name="Race", email=f"race-{i}@example.com")
        )

    def race_refusal(self, error: Exception) -> bool:
        return isinstance(error, XCurrencyDuplicateError) and "externalRef already exists" in str(error)

    def prepare_restart(self, client: XCurrencyClient, control: Control) -> dict[str, Any]:
        return {}

    def restart_write(self, client: XCurrencyClient, ctx: dict[str, Any], key: str) -> Any:
        return self.customer(client, key).customer_id

    def visible(self, client: XCurrencyClient, ctx: dict[str, Any], key: str, result: Any) -> bool:
        return client.wallets.list_customer_wallets(customer_id=result).items == []


# ---- Cryptofuse ---------------------------------------------------------------------------------------------------
class Cryptofuse(Adapter):
    sync_client, asyncio_client = CryptofuseClient, AsyncCryptofuseClient
    rules = CryptofuseProvider
    credentials = ("client_id", "client_secret")
    name, package = "cryptofuse", "cryptofuse_client"
    token_paths = frozenset({"/o/token/"})
    duplicate = CryptofuseDuplicateError
    insufficient = CryptofuseInvalidAmountError
    options: ClassVar[dict[str, Any]] = {
        "transfer_delay_ms": -1
    }  # transfers stay pending (reserved): no callbacks, a stable ledger

    def keyed_request(self, request: httpx.Request) -> bool:
        return request.url.path == "/wallets/" and request.method == "POST"

    @staticmethod
    def fund(control: Control, payment: Any) -> None:
        paid = control.post(
            f"/cryptofuse/payments/{payment.transaction_id}/deposit", {"amount": format(payment.amount_crypto, "f")}
        )
        assert paid["status"] == "completed", paid

    def prepare(self, client: CryptofuseClient, control: Control) -> dict[str, Any]:
        payment = client.payments.create_payment(body=cr.CreatePaymentRequest(amount=D(1000), currency="USDTTRC20"))
        self.fund(control, payment)
        wallet = client.wallets.create_wallet(body=cr.CreateWalletRequest(name="setup", external_id="setup"))
        return {"wallet": wallet.wallet_id}

    def op(self, i: int, client: CryptofuseClient, ctx: dict[str, Any]) -> Op:
        slot, key = i % 10, f"f-{i}"
        reads: dict[int, Callable[[], object]] = {
            0: client.balances.get_balances,
            1: client.wallets.list_wallets,
            2: lambda: client.wallets.get_wallet_balances(body=cr.GetWalletBalancesRequest(external_id="setup")),
            3: client.currencies_rates.list_currencies,
        }
        if slot in reads:
            return Op(i, "read", "", reads[slot])
        if slot in (4, 5, 6, 9):
            body = cr.CreateWalletRequest(name=key, external_id=key)
            return Op(i, "keyed", key, lambda: client.wallets.create_wallet(body=body))
        if slot == 7:
            payment = cr.CreatePaymentRequest(amount=D(20), currency="USDTTRC20", order_id=key)
            return Op(i, "plain", f"payment:{key}", lambda: client.payments.create_payment(body=payment))
        # names its wallet by `external_id`, which is NOT an idempotency key here: must never be retried
        amount = D(i) / 1000
        transfer = cr.WalletTransferRequest(
            external_id="setup", currency="USDTTRC20", amount=amount, callback_url=CALLBACK
        )
        return Op(i, "plain", f"transfer:{amount}", lambda: client.wallets.transfer_to_user(body=transfer))

    def keyed_effects(self, state: dict[str, Any], key: str) -> int:
        return sum(1 for w in state["provider"]["wallets"] if w["external_id"] == key)

    def plain_effects(self, state: dict[str, Any], tag: str) -> int:
        kind, _, value = tag.partition(":")
        if kind == "payment":
            return sum(1 for x in state["provider"]["payments"] if x["order_id"] == value)
        return sum(1 for t in state["provider"]["transfers"] if D(t["amount"]) == D(value))

    async def prepare_race(self, client: AsyncCryptofuseClient, control: Control) -> dict[str, Any]:
        payment = await client.payments.create_payment(
            body=cr.CreatePaymentRequest(amount=D(100), currency="USDTTRC20")
        )
        self.fund(control, payment)
        wallet = await client.wallets.create_wallet(body=cr.CreateWalletRequest(name="race", external_id="race"))
        available = await self.race_balance(client, {})
        unit = available / 100
        assert unit * 100 == available and unit.as_tuple().exponent >= -8, available  # type: ignore[operator]
        return {"wallet": wallet.wallet_id, "unit": unit}

    async def race_write(self, client: AsyncCryptofuseClient, ctx: dict[str, Any], i: int) -> Any:
        body = cr.WalletTransferRequest(
            wallet_id=ctx["wallet"], currency="USDTTRC20", amount=ctx["unit"], callback_url=CALLBACK
        )
        return await client.wallets.transfer_to_user(body=body)

    async def race_balance(self, client: AsyncCryptofuseClient, ctx: dict[str, Any]) -> Decimal:
        row = (await client.balances.get_balances()).account["USDTTRC20"]
        return row.amount - row.pending_amount

    def race_refusal(self, error: Exception) -> bool:
        return isinstance(error, CryptofuseInvalidAmountError) and "Insufficient balance" in str(error)

    def prepare_restart(self, client: CryptofuseClient, control: Control) -> dict[str, Any]:
        return {}

    def restart_write(self, client: CryptofuseClient, ctx: dict[str, Any], key: str) -> Any:
        return client.wallets.create_wallet(body=cr.CreateWalletRequest(name=key, external_id=key)).wallet_id

    def visible(self, client: CryptofuseClient, ctx: dict[str, Any], key: str, result: Any) -> bool:
        return client.wallets.get_wallet_balances(body=cr.GetWalletBalancesRequest(external_id=key)).wallet_id == result


ADAPTERS: dict[str, Adapter] = {a.name: a for a in (Ceffu(), Bitunix(), XCurrency(), Cryptofuse())}
