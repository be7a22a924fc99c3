"""Pydantic v2 models of every schema and webhook payload (datamodel-code-generator)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, EmailStr, Field
from typing_extensions import TypeAliasType

from xcurrency_client._runtime.pydantic_base import ExactModel, ExactRootModel
from xcurrency_client._runtime.secrets import MaskedModel


class ErrorEnvelope(ExactModel):
    """
    Error envelope: `status` `"-1"` and the reason in `message` (HTTP 400; token problems HTTP 401, x-inferred). There
    are **no error codes**: the message is the only discriminator. Known messages (`x-error-messages`):

    | message | HTTP | source |
    |---|---|---|
    | `email already exists` | 400 | top-up page (createCustomer) |
    | `unsupported asset/network` | 400 | top-up page (createWallet) |
    | `quote expired` | 400 | top-up page (createTopupOrder) |
    | `externalRef already exists` | 400 | x-inferred (createCustomer) |
    | `customer not found` / `wallet not found` / `quote not found` / `order not found` | 400 | x-inferred |
    | `amount below minimum top-up` | 400 | x-inferred (createTopupOrder, `minTopupFiat`) |
    | `unsupported currency` | 400 | x-inferred (createQuote) |
    | `invalid cursor` | 400 | x-inferred (listCustomerWallets, listWalletTransactions: a cursor not handed out for that list) |
    | `invalid parameter` | 400 | x-inferred (malformed or missing field) |
    | `invalid appKey or secretKey` | 400 | x-inferred (getToken) |
    | `token expired` / `token invalid` | 401 | x-inferred |
    | `Failed to verify the signature` | 400 | x-inferred (wording of the signature check's `10001`) |
    """

    status: Annotated[Literal["-1"], Field(description='`"-1"`: error.')]
    message: Annotated[str, Field(description="The error reason (the only discriminator; see the table).")]
    data: Annotated[None, Field(description="Absent on errors (null tolerated).")] = None


class SignCheckFailure(ExactModel):
    """
    Answer of `POST /payout/encrypt/check` when the signature does not verify: `status` `"10001"`.
    """

    status: Annotated[Literal["10001"], Field(description='`"10001"`: failed to verify the signature.')]
    message: Annotated[
        str | None, Field(description="The error message, e.g. `Failed to verify the signature` (x-inferred wording).")
    ] = None


class WebhookAck(ExactModel):
    """
    The platform's acknowledgement of a webhook.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: received.')]


class GetTokenRequest(MaskedModel):
    """
    App credentials.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    appKey: Annotated[str, Field(description="App Key issued by xCurrency.", max_length=128, min_length=1)]
    secretKey: Annotated[
        str,
        Field(
            description="Secret Key issued by xCurrency.",
            json_schema_extra={"x-secret": True},
            max_length=256,
            min_length=1,
        ),
    ]


class GetTokenResponse(MaskedModel):
    """
    The token.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: Annotated[
        str,
        Field(description="The token for the `token` header; valid one hour.", json_schema_extra={"x-secret": True}),
    ]


CheckSignRequestAdditionalProperty = TypeAliasType(
    "CheckSignRequestAdditionalProperty", Annotated[str, Field(max_length=256)]
)


class CheckSignRequest(ExactRootModel[dict[str, CheckSignRequestAdditionalProperty]]):
    """
    Any JSON body to sign (the provider accepts any JSON value; restricted here to a flat map of strings).
    """

    root: Annotated[dict[str, CheckSignRequestAdditionalProperty], Field(max_length=16)]


class CheckSignResponse(ExactModel):
    """
    The signature verifies (`status` `"1"`; the reference says it "will return true").
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: the signature verifies.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: Annotated[bool | None, Field(description='`true` when present (x-inferred from "will return true").')] = None


MetadataAdditionalProperty = TypeAliasType("MetadataAdditionalProperty", Annotated[str, Field(max_length=256)])


class CreateCustomerRequest(ExactModel):
    """
    A customer of the platform.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    externalRef: Annotated[
        str,
        Field(description="The platform's own id for the customer; unique (x-inferred).", max_length=64, min_length=1),
    ]
    name: Annotated[str, Field(description="Customer's full name.", max_length=128, min_length=1)]
    email: Annotated[EmailStr, Field(description="Customer's email; unique (`email already exists`).", max_length=254)]
    metadata: Annotated[
        dict[str, MetadataAdditionalProperty] | None,
        Field(
            description='Free key/value data kept with the customer (e.g. `{"tier": "gold"}`); string values (x-inferred).',
            max_length=20,
        ),
    ] = None


class Customer(ExactModel):
    """
    A customer.
    """

    customerId: Annotated[str, Field(description="Customer id (`cus_...`).")]
    externalRef: Annotated[str, Field(description="The platform's own id for the customer.")]
    name: Annotated[str, Field(description="Customer's full name.")]
    email: Annotated[str, Field(description="Customer's email.")]
    createdAt: Annotated[AwareDatetime, Field(description="Creation time, ISO-8601 UTC.")]


class CreateCustomerResponse(ExactModel):
    """
    Success envelope of `createCustomer`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: Customer


class Asset(ExactRootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Stablecoin symbol, e.g. `USDT`, `USDC` (see `GET /assets/networks`).",
            max_length=16,
            pattern="^[A-Z0-9]{2,16}$",
        ),
    ]


class Network(ExactRootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Network symbol, e.g. `TRON`, `ETH` (see `GET /assets/networks`).",
            max_length=16,
            pattern="^[A-Z0-9_]{2,16}$",
        ),
    ]


class CreateWalletRequest(ExactModel):
    """
    Wallet to open for a customer.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    customerId: Annotated[
        str, Field(description="Customer id (`cus_...`).", max_length=64, pattern="^[A-Za-z0-9_-]{1,64}$")
    ]
    asset: Asset
    network: Network


class WalletStatus(ExactRootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Wallet status. Only `ACTIVE` (usable) is documented; other values (e.g. a frozen wallet) may exist, so the field is an open string.",
            examples=["ACTIVE"],
        ),
    ]


class Wallet(ExactModel):
    """
    A stablecoin wallet (as `createWallet` returns it).
    """

    walletId: Annotated[str, Field(description="Wallet id (`wal_...`).")]
    customerId: Annotated[str, Field(description="Owner customer id.")]
    asset: Annotated[str, Field(description="Stablecoin symbol, e.g. `USDT`.")]
    network: Annotated[str, Field(description="Network symbol, e.g. `TRON`.")]
    address: Annotated[str, Field(description="On-chain address of the wallet.")]
    status: WalletStatus
    createdAt: Annotated[AwareDatetime, Field(description="Creation time, ISO-8601 UTC.")]


class WalletSummary(ExactModel):
    """
    A wallet in a customer's wallet list (no `customerId`/`createdAt`).
    """

    walletId: Annotated[str, Field(description="Wallet id (`wal_...`).")]
    asset: Annotated[str, Field(description="Stablecoin symbol.")]
    network: Annotated[str, Field(description="Network symbol.")]
    address: Annotated[str, Field(description="On-chain address of the wallet.")]
    status: WalletStatus


class CreateWalletResponse(ExactModel):
    """
    Success envelope of `createWallet`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: Wallet


class WalletPage(ExactModel):
    """
    One cursor page of wallets.
    """

    items: Annotated[list[WalletSummary], Field(description="The wallets.")]
    nextCursor: Annotated[str | None, Field(description="Cursor of the next page; `null` on the last page.")]


class ListCustomerWalletsResponse(ExactModel):
    """
    Success envelope of `listCustomerWallets`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: WalletPage


class DecimalString(ExactRootModel[Decimal]):
    root: Annotated[Decimal, Field(description="A decimal amount as a string; parse it as a Decimal.")]


class WalletBalance(ExactModel):
    """
    Balance of a wallet.
    """

    walletId: Annotated[str, Field(description="Wallet id.")]
    asset: Annotated[str, Field(description="Stablecoin symbol.")]
    network: Annotated[str, Field(description="Network symbol.")]
    available: Annotated[DecimalString, Field(description="Spendable balance (decimal string).")]
    pending: Annotated[DecimalString, Field(description="Balance not yet available (decimal string).")]
    updatedAt: Annotated[AwareDatetime, Field(description="Time of the last change, ISO-8601 UTC.")]


class GetWalletBalanceResponse(ExactModel):
    """
    Success envelope of `getWalletBalance`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: WalletBalance


class WalletTransactionType(StrEnum):
    """
    `CREDIT` money into the wallet, `DEBIT` money out of it.
    """

    CREDIT = "CREDIT"
    DEBIT = "DEBIT"


class WalletTransaction(ExactModel):
    """
    A credit or debit of a wallet.
    """

    txId: Annotated[str, Field(description="Transaction id (`tx_...`).")]
    type: WalletTransactionType
    reason: Annotated[
        str,
        Field(
            description="Business origin of the movement (业务来源). Documented value: `TOPUP_CREDIT` (credit from a completed top-up order); others are not listed, so the field is an open string.",
            examples=["TOPUP_CREDIT"],
        ),
    ]
    amount: Annotated[
        DecimalString, Field(description="Amount moved (positive; the direction is `type`), decimal string.")
    ]
    asset: Annotated[str, Field(description="Stablecoin symbol.")]
    network: Annotated[str, Field(description="Network symbol.")]
    txHash: Annotated[
        str | None,
        Field(
            description="On-chain transaction hash (may be absent or null for movements that are not on-chain, x-inferred)."
        ),
    ] = None
    createdAt: Annotated[AwareDatetime, Field(description="Time of the movement, ISO-8601 UTC.")]


class WalletTransactionPage(ExactModel):
    """
    One cursor page of wallet transactions.
    """

    items: Annotated[list[WalletTransaction], Field(description="The transactions.")]
    nextCursor: Annotated[str | None, Field(description="Cursor of the next page; `null` on the last page.")]


class ListWalletTransactionsResponse(ExactModel):
    """
    Success envelope of `listWalletTransactions`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: WalletTransactionPage


class CreateQuoteRequest(ExactModel):
    """
    Currency pair to quote.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    sourceCurrency: Annotated[
        str,
        Field(
            description="Currency you are sending (fiat, ISO 4217, e.g. `AUD`, `USD`).",
            max_length=10,
            pattern="^[A-Z0-9]{2,10}$",
        ),
    ]
    targetCurrency: Annotated[
        str,
        Field(description="Target currency (the stablecoin, e.g. `USDT`).", max_length=10, pattern="^[A-Z0-9]{2,10}$"),
    ]
    sourceAmount: Annotated[
        Decimal | None,
        Field(
            description="Amount of `sourceCurrency` to top up; fixes the order amounts of `quoteSnapshot` (x-inferred, see the API description). A positive decimal string below 10^15 (spec-side bounds: zero, or 10^15 and more, is refused with `invalid parameter`), no finer than the currency's minor unit (2 decimals, JPY 0; by value) - else `amount has more decimals than the currency allows`."
        ),
    ] = None


class Quote(ExactModel):
    """
    A rate quote. Required fields per the page's table (`queryNo`, `rate`); the currencies per the SDK javadoc; the amounts are x-inferred.
    """

    queryNo: Annotated[str, Field(description="Quote id; pass it as `quoteId` to `createTopupOrder`.")]
    rate: Annotated[
        Decimal,
        Field(
            description="Units of `targetCurrency` per unit of `sourceCurrency` (JSON number, e.g. `6.7522`); read it as a Decimal."
        ),
    ]
    sourceCurrency: Annotated[str | None, Field(description="Currency sent.")] = None
    targetCurrency: Annotated[str | None, Field(description="Currency received.")] = None
    sourceAmount: Annotated[
        Decimal | None,
        Field(
            description="Quoted amount of `sourceCurrency` (x-inferred; JSON number like `quoteSnapshot.sourceAmount`)."
        ),
    ] = None
    targetAmount: Annotated[
        Decimal | None, Field(description="Amount of `targetCurrency` credited (x-inferred; JSON number).")
    ] = None
    fee: Annotated[Decimal | None, Field(description="Fee (x-inferred; JSON number).")] = None
    feeCurrency: Annotated[str | None, Field(description="Currency of `fee` (x-inferred).")] = None


class CreateQuoteResponse(ExactModel):
    """
    Success envelope of `createQuote`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: Quote


class Payer(ExactModel):
    """
    Who sends the fiat transfer (used to match the incoming payment).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str, Field(description="Payer's full name.", max_length=128, min_length=1)]


class CreateTopupOrderRequest(ExactModel):
    """
    Top-up of a wallet at a quoted rate.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    quoteId: Annotated[str, Field(description="The quote's `queryNo`.", max_length=64, pattern="^[A-Za-z0-9_-]{1,64}$")]
    walletId: Annotated[
        str,
        Field(
            description="Wallet to credit (`wal_...`); its asset must be the quote's `targetCurrency`.",
            max_length=64,
            pattern="^[A-Za-z0-9_-]{1,64}$",
        ),
    ]
    payer: Payer


class TopupOrderStatus(StrEnum):
    """
    `TRANSFERRING` waiting for / processing the fiat transfer; `COMPLETED` fiat received and the wallet credited (final); `FAILED` the top-up failed (final).
    """

    TRANSFERRING = "TRANSFERRING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class TopupOrderStatusFilter(StrEnum):
    """
    `TRANSFERRING`, `COMPLETED`, `FAILED` as in `TopupOrderStatus`; `CREDITED` appears only in the published list example and is read as `COMPLETED` (x-inferred).
    """

    TRANSFERRING = "TRANSFERRING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CREDITED = "CREDITED"


class QuoteSnapshot(ExactModel):
    """
    The quote the order was made at. Amounts are **JSON numbers** (read them as Decimal, never float).
    """

    fee: Annotated[
        Decimal,
        Field(
            description="Fee charged, in `feeCurrency`; deducted from the conversion (`targetAmount` = round_down(`sourceAmount` x rate - `fee`, 0.01), x-inferred, see Money rules)."
        ),
    ]
    feeCurrency: Annotated[str, Field(description="Currency of `fee` (e.g. `USD`).")]
    sourceAmount: Annotated[Decimal, Field(description="Fiat amount to transfer, in `sourceCurrency`.")]
    sourceCurrency: Annotated[str, Field(description="Fiat currency (e.g. `AUD`).")]
    targetAmount: Annotated[Decimal, Field(description="Stablecoin amount credited, in `targetCurrency`.")]
    targetCurrency: Annotated[str, Field(description="Stablecoin (e.g. `USDT`).")]
    rate: Annotated[
        Decimal | None,
        Field(
            description="The quote's rate (JSON number): `targetAmount` = round_down(`sourceAmount` x `rate` - `fee`, 0.01) (see Money rules)."
        ),
    ] = None


class TopupOrder(ExactModel):
    """
    A top-up order.
    """

    orderId: Annotated[str, Field(description="Order id (32 hex digits in the examples).")]
    status: TopupOrderStatus
    created: Annotated[
        str,
        Field(
            description="Creation time `yyyy-MM-dd HH:mm:ss`, no zone (x-inferred UTC+8).",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    quoteSnapshot: QuoteSnapshot
    paymentInstructions: Annotated[
        dict[str, Any] | None,
        Field(
            description="Bank/gateway payment instructions for the fiat transfer (promised by the create description, shape not published; x-inferred)."
        ),
    ] = None


class CreateTopupOrderResponse(ExactModel):
    """
    Success envelope of `createTopupOrder`. The published example nests the order in `data` without a key (`"data":{ { ... } }`, invalid JSON); `data` is modelled as the order (x-inferred).
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: TopupOrder


class GetTopupOrderResponse(ExactModel):
    """
    Success envelope of `getTopupOrder`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: TopupOrder


class ListTopupOrdersResponse(ExactModel):
    """
    Success envelope of `listTopupOrders`; `total` sits next to `data` in the envelope.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    total: Annotated[int, Field(description="Number of orders matching the filters (all pages).", ge=0)]
    data: Annotated[list[TopupOrder], Field(description="This page's orders.")]


class AssetNetwork(ExactModel):
    """
    A supported asset/network pair.
    """

    asset: Annotated[str, Field(description="Stablecoin symbol (e.g. `USDT`).")]
    network: Annotated[str, Field(description="Network symbol (e.g. `TRON`).")]
    minTopupFiat: Annotated[
        DecimalString,
        Field(
            description="Minimum top-up, in fiat (decimal string). The currency is not stated: read as USD (x-inferred, the only currency the page names for money, `feeCurrency`); a quote's `sourceAmount` is converted to USD at the rate table before the comparison (see Money rules)."
        ),
    ]
    settlementSlaMins: Annotated[int, Field(description="Settlement SLA in minutes.", ge=0)]


class AssetNetworkMatrix(ExactModel):
    """
    The supported pairs.
    """

    matrix: Annotated[list[AssetNetwork], Field(description="One entry per asset and network.")]


class ListAssetNetworksResponse(ExactModel):
    """
    Success envelope of `listAssetNetworks`.
    """

    status: Annotated[Literal["1"], Field(description='`"1"`: success.')]
    message: Annotated[str | None, Field(description="Empty on success.")] = None
    data: AssetNetworkMatrix


class TopupStatusEvent(ExactModel):
    """
    Body of the `topup.status` webhook: the event name and the order.
    """

    event: Annotated[Literal["topup.status"], Field(description="Event name.")]
    data: TopupOrder
