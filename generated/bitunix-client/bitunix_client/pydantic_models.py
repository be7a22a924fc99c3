"""Pydantic v2 models of every schema and webhook payload (datamodel-code-generator)."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, Field

from bitunix_client._runtime.pydantic_base import ExactModel


class ErrorEnvelope(ExactModel):
    """
    Error envelope: HTTP 200 for business errors (and HTTP 400/429 for malformed or throttled requests; x-inferred).
    `code` is a non-zero decimal string, `success` is `false`, `data` is `null` (x-inferred: no error example with
    data is published). Codes (from ccxt's Bitunix map; the official error page is not published):

    | code | meaning |
    |---|---|
    | `0` | success (success envelope, not an error) |
    | `2` | parameter error |
    | `500` | system error |
    | `100004` | app-key (API key) not found |
    | `100005` | parameter signature error |
    | `100008` | request expired |
    | `10016` | user does not exist |
    | `70003` | missing parameters |
    | `10058` | volume precision error |
    | `110041` | interface access too fast (rate limit: 10 requests/second per client on User endpoints) |
    | `110007` | withdrawal amount below the current fee |
    | `110008` | only withdrawals to whitelisted (quick-withdrawal) addresses are allowed |
    """

    code: Annotated[
        str,
        Field(
            description="Error code, a non-zero decimal string (the tables type `code` as number; examples send strings).",
            pattern="^[1-9][0-9]{0,9}$",
        ),
    ]
    msg: Annotated[str, Field(description="Human-readable error message.")]
    data: Annotated[None, Field(description="Always null on errors.")] = None
    success: Annotated[Literal[False], Field(description="Always `false` on errors.")]


class KlineInterval(StrEnum):
    """
    Kline interval: `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720` = that many minutes; `D` one day; `W` one week; `M` one month.
    """

    field_1 = "1"
    field_3 = "3"
    field_5 = "5"
    field_15 = "15"
    field_30 = "30"
    field_60 = "60"
    field_120 = "120"
    field_240 = "240"
    field_360 = "360"
    field_720 = "720"
    D = "D"
    W = "W"
    M = "M"


class DepthLevel(ExactModel):
    """
    One price level of the order book.
    """

    price: Annotated[Decimal, Field(description="Price (a string in the docs).")]
    volume: Annotated[Decimal, Field(description="Quantity at this price, in the base coin (a string in the docs).")]


class Depth(ExactModel):
    """
    Order book snapshot.
    """

    asks: Annotated[list[DepthLevel], Field(description="Sell levels, best (lowest) price first.")]
    bids: Annotated[list[DepthLevel], Field(description="Buy levels, best (highest) price first.")]
    ts: Annotated[
        str | int | None,
        Field(description="Snapshot time (a string in the docs; format not documented - ms digits or ISO 8601)."),
    ] = None


class Kline(ExactModel):
    """
    One candlestick.
    """

    symbol: Annotated[str | None, Field(description="Trading pair.")] = None
    open: Annotated[Decimal, Field(description="Opening price.")]
    high: Annotated[Decimal, Field(description="Highest price.")]
    low: Annotated[Decimal, Field(description="Lowest price.")]
    close: Annotated[Decimal, Field(description="Closing price.")]
    ts: Annotated[AwareDatetime, Field(description="Candle open time, ISO 8601.")]


class CoinPair(ExactModel):
    """
    A spot trading pair. The docs type every field as string; several flags may come as numbers, so they are `[integer, string]`.
    """

    id: Annotated[int | str | None, Field(description="Pair id.")] = None
    base: Annotated[str, Field(description="Base coin, e.g. `BTC`.")]
    quote: Annotated[str, Field(description="Quote coin, e.g. `USDT`.")]
    basePrecision: Annotated[int | str | None, Field(description="Decimal places of the base quantity.")] = None
    quotePrecision: Annotated[int | str | None, Field(description="Decimal places of the price / quote amount.")] = None
    minPrice: Annotated[Decimal | None, Field(description="Minimum order price.")] = None
    minVolume: Annotated[Decimal | None, Field(description="Minimum order volume.")] = None
    isOpen: Annotated[int | str | None, Field(description="Trading open (`1`) or closed (`0`).")] = None
    isHot: Annotated[int | str | None, Field(description="Listed as a hot pair (`1`) or not (`0`).")] = None
    isRecommend: Annotated[int | str | None, Field(description="Recommended pair (`1`) or not (`0`).")] = None
    isShow: Annotated[int | str | None, Field(description="Shown in the UI (`1`) or hidden (`0`).")] = None
    tradeArea: Annotated[str | None, Field(description="Trading area (market section) of the pair.")] = None
    sort: Annotated[int | str | None, Field(description="Display order.")] = None
    openTime: Annotated[int | str | None, Field(description="Time trading opened (format not documented).")] = None
    precisions: Annotated[
        list[str] | None,
        Field(description='Depth aggregation precisions accepted by `getDepth`, e.g. `["0.01", "0.1", "1"]`.'),
    ] = None


class Rate(ExactModel):
    """
    Conversion rate of one coin into another.
    """

    baseSymbol: Annotated[str, Field(description="Coin being priced.")]
    quoteSymbol: Annotated[str, Field(description="Coin the rate is expressed in.")]
    rate: Annotated[Decimal, Field(description="Price of one `baseSymbol` in `quoteSymbol`.")]


class CoinNetwork(ExactModel):
    """
    A network a coin can be deposited or withdrawn on. Flags come as numbers or strings in the example, so they are `[integer, string]`.
    """

    network: Annotated[
        str,
        Field(
            description="Network name to send as `network` in withdraw and deposit address requests, e.g. `Tron (TRC-20)`."
        ),
    ]
    chain: Annotated[str | None, Field(description="Chain code.")] = None
    contractPrecision: Annotated[int | str | None, Field(description="Decimal places of on-chain amounts.")] = None
    contractAddress: Annotated[
        str | None, Field(description="Token contract address (empty/null for native coins).")
    ] = None
    requireMemo: Annotated[
        int | str | None, Field(description="Memo/tag requirement: `0` not needed, `1` optional, `2` required.")
    ] = None
    depositConfirm: Annotated[int | str | None, Field(description="Confirmations before a deposit is credited.")] = None
    addressRegular: Annotated[str | None, Field(description="Regular expression valid addresses match.")] = None
    isOpen: Annotated[int | str | None, Field(description="Network enabled (`1`) or not (`0`).")] = None
    depositOpen: Annotated[int | str | None, Field(description="Deposits open (`1`) or closed (`0`).")] = None
    isShow: Annotated[int | str | None, Field(description="Shown (`1`) or hidden (`0`).")] = None
    withdrawOpen: Annotated[int | str | None, Field(description="Withdrawals open (`1`) or closed (`0`).")] = None
    withdrawMin: Annotated[Decimal | None, Field(description="Minimum withdrawal amount on this network.")] = None
    withdrawMax: Annotated[Decimal | None, Field(description="Maximum withdrawal amount on this network.")] = None
    depositMin: Annotated[Decimal | None, Field(description="Minimum deposit amount on this network.")] = None


class Coin(ExactModel):
    """
    A coin (token) with its switches, limits and networks (QueryTokenData).
    """

    name: Annotated[str, Field(description="Coin symbol, e.g. `USDT` - the `coin` of User requests.")]
    fullName: Annotated[str | None, Field(description="Full name.")] = None
    logo: Annotated[str | None, Field(description="Logo URL.")] = None
    track: Annotated[str | None, Field(description="Coin track/category label.")] = None
    quotePrecision: Annotated[int | str | None, Field(description="Decimal places of amounts of this coin.")] = None
    minPrice: Annotated[Decimal | None, Field(description="Minimum price.")] = None
    isOpen: Annotated[int | str | None, Field(description="Coin enabled (`1`) or not (`0`).")] = None
    isHot: Annotated[int | str | None, Field(description="Hot coin (`1`) or not (`0`).")] = None
    depositOpen: Annotated[int | str | None, Field(description="Deposits: `1` open, `0` closed.")] = None
    isShow: Annotated[int | str | None, Field(description="Shown (`1`) or hidden (`0`).")] = None
    withdrawOpen: Annotated[int | str | None, Field(description="Withdrawals: `1` open, `0` closed.")] = None
    withdrawMin: Annotated[Decimal | None, Field(description="Minimum withdrawal amount.")] = None
    withdrawMax: Annotated[Decimal | None, Field(description="Maximum withdrawal amount.")] = None
    networks: Annotated[list[CoinNetwork], Field(description="Networks of the coin.")]


class Balance(ExactModel):
    """
    Spot balance of one coin.
    """

    coin: Annotated[str, Field(description="Coin, e.g. `USDT`.")]
    balance: Annotated[Decimal, Field(description="Available balance (`number` in the docs).")]
    balanceLocked: Annotated[
        Decimal, Field(description="Balance in use (locked by open orders and pending withdrawals).")
    ]


class UserInfo(ExactModel):
    """
    The API key's user.
    """

    uid: Annotated[
        int | None, Field(description="User id (int64). A sub-account key returns the master account's uid.")
    ]


class Type(StrEnum):
    """
    `withdraw` on-chain withdrawal; `inside_transfer_out` internal transfer to another user.
    """

    withdraw = "withdraw"
    inside_transfer_out = "inside_transfer_out"


class RecipientType(StrEnum):
    """
    Internal transfer recipient kind: `uid` by UID (`toUid`); `phone` by mobile number (`toPhoneCountryCode` + `toPhoneNumber`); `email` by email address (`toEmail`).
    """

    uid = "uid"
    phone = "phone"
    email = "email"


class WithdrawStatus(StrEnum):
    """
    `verification` awaiting the user's security verification in the app (current docs only; contradiction 6); `pending` being processed / under review; `cancelled` cancelled; `success` completed; `fail` failed.
    """

    verification = "verification"
    pending = "pending"
    cancelled = "cancelled"
    success = "success"
    fail = "fail"


class Type1(StrEnum):
    """
    `deposit` on-chain deposit; `inside_transfer_in` internal transfer from another user.
    """

    deposit = "deposit"
    inside_transfer_in = "inside_transfer_in"


class Status(StrEnum):
    """
    `pending` awaiting confirmations; `cancelled` cancelled; `success` credited; `fail` failed.
    """

    pending = "pending"
    cancelled = "cancelled"
    success = "success"
    fail = "fail"


class DepositRecord(ExactModel):
    """
    An on-chain deposit (`type` `deposit`) or incoming internal transfer (`type` `inside_transfer_in`).
    """

    id: Annotated[
        str | int, Field(description="Deposit id (a string in the table, a number in one example; contradiction 11).")
    ]
    transactionHash: Annotated[str | None, Field(description="On-chain transaction id (deposits only).")] = None
    coin: Annotated[str, Field(description="Coin.")]
    network: Annotated[str | None, Field(description="Network (null for internal transfers).")] = None
    type: Annotated[
        Type1,
        Field(description="`deposit` on-chain deposit; `inside_transfer_in` internal transfer from another user."),
    ]
    fromAddress: Annotated[
        str | None,
        Field(description="Sender - the chain address for deposits, the sender's uid for internal transfers."),
    ] = None
    toAddress: Annotated[str | None, Field(description="Receiving address.")] = None
    amount: Annotated[Decimal, Field(description="Amount credited.")]
    status: Annotated[
        Status,
        Field(
            description="`pending` awaiting confirmations; `cancelled` cancelled; `success` credited; `fail` failed."
        ),
    ]
    ctime: Annotated[int, Field(description="Creation time, Unix ms.")]


class DepositAddress(ExactModel):
    """
    A deposit address.
    """

    coin: Annotated[str, Field(description="Coin.")]
    network: Annotated[str, Field(description="Network.")]
    address: Annotated[str, Field(description="Deposit address.")]
    memo: Annotated[
        str | None, Field(description="Memo/tag to include (networks with `requireMemo` 1 or 2); null otherwise.")
    ] = None


class CreateWithdrawalRequest(ExactModel):
    """
    Withdrawal to create.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    coin: Annotated[
        str, Field(description="Coin, as `name` in the QueryTokenData list (e.g. `TRX`).", max_length=32, min_length=1)
    ]
    network: Annotated[
        str,
        Field(
            description="Network, as `network` in the coin's `networks` (e.g. `Tron (TRC-20)`).",
            max_length=64,
            min_length=1,
        ),
    ]
    address: Annotated[
        str,
        Field(
            description="Destination address; must be on the account's quick-withdrawal list (else `110008`).",
            max_length=256,
            min_length=1,
        ),
    ]
    amount: Annotated[
        Decimal,
        Field(
            description="Amount to withdraw, fee included (received = amount - fee; below the fee `110007`). A JSON number in the docs' example (`20.00`); send the exact decimal digits. Decimals per the QueryTokenData list.",
            gt=0,
            le=1000000000000000,
        ),
    ]
    memo: Annotated[
        str | None,
        Field(
            description="Tag or memo of the destination (XRP and similar). Optional; `null` is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when unset).",
            max_length=128,
        ),
    ] = None


class CancelWithdrawalRequest(ExactModel):
    """
    Withdrawal to cancel.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    withdrawId: Annotated[
        str, Field(description="Withdrawal id returned by `createWithdrawal`.", max_length=20, pattern="^[0-9]{1,20}$")
    ]


class CreateInsideTransferRequest(ExactModel):
    """
    Internal transfer. Send the recipient field(s) matching `toType`: `uid` -> `toUid`; `phone` -> `toPhoneCountryCode` + `toPhoneNumber`; `email` -> `toEmail`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    outBizId: Annotated[
        str | None,
        Field(
            description="Client idempotency key (up to 32 characters); a retry with the same value does not transfer twice. From the current page (not in the seed table; contradiction 14).",
            max_length=32,
            min_length=1,
        ),
    ] = None
    coin: Annotated[str, Field(description="Coin, as `name` in the QueryTokenData list.", max_length=32, min_length=1)]
    amount: Annotated[
        Decimal,
        Field(
            description="Amount (JSON number in the example, `10`); send the exact decimal digits.",
            gt=0,
            le=1000000000000000,
        ),
    ]
    toType: RecipientType
    toUid: Annotated[
        int | None,
        Field(
            description="Recipient UID (with `toType` = `uid`). Optional; `null` is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when unset).",
            ge=1,
            le=9223372036854775807,
        ),
    ] = None
    toPhoneCountryCode: Annotated[
        str | None,
        Field(
            description="Recipient phone area code (with `toType` = `phone`). Optional; `null` is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when unset).",
            max_length=8,
            min_length=1,
        ),
    ] = None
    toPhoneNumber: Annotated[
        str | None,
        Field(
            description="Recipient mobile number (with `toType` = `phone`). Optional; `null` is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when unset).",
            max_length=32,
            min_length=1,
        ),
    ] = None
    toEmail: Annotated[
        str | None,
        Field(
            description="Recipient email address (with `toType` = `email`). Optional; `null` is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when unset).",
            max_length=128,
            min_length=3,
        ),
    ] = None
    remark: Annotated[
        str | None,
        Field(
            description="Free-text remark, up to 256 characters (current page; contradiction 14). Filterable exactly in the history.",
            max_length=256,
        ),
    ] = None


class CancelInsideTransferRequest(ExactModel):
    """
    Internal transfer to cancel.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    insideTransferId: Annotated[
        str,
        Field(
            description="Internal transfer id returned by `createInsideTransfer`.",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]


class Type2(StrEnum):
    """
    `withdraw` withdrawals; `inside_transfer` (seed table) / `inside_transfer_out` (record table, current page) internal transfers (contradiction 5).
    """

    withdraw = "withdraw"
    inside_transfer = "inside_transfer"
    inside_transfer_out = "inside_transfer_out"


class ListWithdrawTransfersRequest(ExactModel):
    """
    Withdrawal/internal-transfer history filters, all optional. Time-window pagination.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[
        str | None, Field(description="Withdrawal id or internal transfer id.", max_length=32, min_length=1)
    ] = None
    outBizId: Annotated[
        str | None,
        Field(
            description="Client idempotency key of an internal transfer (current page).", max_length=32, min_length=1
        ),
    ] = None
    coin: Annotated[str | None, Field(description="Coin.", max_length=32, min_length=1)] = None
    transactionHash: Annotated[
        str | None,
        Field(
            description="On-chain transaction id; only with withdrawals. Optional; `null` is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when unset).",
            max_length=128,
            min_length=1,
        ),
    ] = None
    type: Annotated[
        Type2 | None,
        Field(
            description="`withdraw` withdrawals; `inside_transfer` (seed table) / `inside_transfer_out` (record table, current page) internal transfers (contradiction 5)."
        ),
    ] = None
    startTime: Annotated[
        int | None, Field(description="Window start, Unix ms (e.g. `1597026383085`).", ge=0, le=9999999999999)
    ] = None
    endTime: Annotated[
        int | None, Field(description="Window end, Unix ms (e.g. `1597026683085`).", ge=0, le=9999999999999)
    ] = None
    remark: Annotated[
        str | None, Field(description="Exact remark of an internal transfer (current page).", max_length=256)
    ] = None
    limit: Annotated[int | None, Field(description="Maximum records, 1-100 (default 100).", ge=1, le=100)] = 100


class Type3(StrEnum):
    """
    `spot_futures` from spot to futures; `futures_spot` from futures to spot.
    """

    spot_futures = "spot_futures"
    futures_spot = "futures_spot"


class CreateFundsTransferRequest(ExactModel):
    """
    Transfer between the user's spot and futures accounts.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Annotated[
        Type3, Field(description="`spot_futures` from spot to futures; `futures_spot` from futures to spot.")
    ]
    coin: Annotated[str, Field(description="Coin, as `name` in the QueryTokenData list.", max_length=32, min_length=1)]
    amount: Annotated[
        Decimal,
        Field(
            description="Amount (JSON number in the example, `100.01`); send the exact decimal digits.",
            gt=0,
            le=1000000000000000,
        ),
    ]


class Type4(StrEnum):
    """
    `deposit` on-chain deposits; `inside_transfer_in` incoming internal transfers.
    """

    deposit = "deposit"
    inside_transfer_in = "inside_transfer_in"


class ListDepositsRequest(ExactModel):
    """
    Deposit history filters, all optional. Time-window pagination.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[str | None, Field(description="Deposit id.", max_length=32, min_length=1)] = None
    coin: Annotated[str | None, Field(description="Coin.", max_length=32, min_length=1)] = None
    type: Annotated[
        Type4 | None,
        Field(description="`deposit` on-chain deposits; `inside_transfer_in` incoming internal transfers."),
    ] = None
    transactionHash: Annotated[
        str | None,
        Field(
            description="On-chain transaction id. Optional; `null` is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when unset).",
            max_length=128,
            min_length=1,
        ),
    ] = None
    startTime: Annotated[int | None, Field(description="Window start, Unix ms.", ge=0, le=9999999999999)] = None
    endTime: Annotated[int | None, Field(description="Window end, Unix ms.", ge=0, le=9999999999999)] = None
    limit: Annotated[int | None, Field(description="Maximum records, 1-100 (default 100).", ge=1, le=100)] = 100


class GetDepositAddressRequest(ExactModel):
    """
    Coin and network of the deposit address.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    coin: Annotated[str, Field(description="Coin, as `name` in the QueryTokenData list.", max_length=32, min_length=1)]
    network: Annotated[
        str, Field(description="Network, as `network` in the coin's `networks`.", max_length=64, min_length=1)
    ]


class OrderSide(IntEnum):
    """
    `1` Sell; `2` Buy.
    """

    SELL = 1
    BUY = 2


class OrderType(IntEnum):
    """
    `1` Limit; `2` Market.
    """

    LIMIT = 1
    MARKET = 2


class OrderStatus(IntEnum):
    """
    `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially filled, then cancelled.
    """

    UNFILLED = 1
    FILLED = 2
    PARTIALLY_FILLED = 3
    CANCELLED = 4
    PARTIALLY_FILLED_CANCELLED = 7


class PlacedOrder(ExactModel):
    """
    Result of placing one order.
    """

    orderId: Annotated[str, Field(description="Order id.")]
    side: OrderSide | None = None
    type: OrderType | None = None
    volume: Annotated[Decimal | None, Field(description="Volume as placed.")] = None
    price: Annotated[Decimal | None, Field(description="Price as placed.")] = None
    symbol: Annotated[str | None, Field(description="Trading pair.")] = None
    placeStatus: Annotated[
        str | int | None, Field(description='`"1"` = placed successfully; other values (not documented) = rejected.')
    ] = None


class Role(StrEnum):
    """
    `"1"` maker; `"2"` taker.
    """

    field_1 = "1"
    field_2 = "2"


class Deal(ExactModel):
    """
    One fill (trade) of an order.
    """

    id: Annotated[str | int | None, Field(description="Fill id.")] = None
    volume: Annotated[Decimal, Field(description="Filled quantity (base coin).")]
    price: Annotated[Decimal, Field(description="Fill price.")]
    fee: Annotated[Decimal | None, Field(description="Fee charged.")] = None
    feeCoin: Annotated[str | None, Field(description="Coin of the fee.")] = None
    role: Annotated[Role | None, Field(description='`"1"` maker; `"2"` taker.')] = None
    ctime: Annotated[AwareDatetime | None, Field(description="Fill time, ISO 8601.")] = None


class Order(ExactModel):
    """
    A spot order. Amounts are quote-coin values, volumes base-coin quantities. The docs list `volume` twice (once as
    the quote value, once as the base quantity; contradiction 8); one `volume` is declared.
    """

    orderId: Annotated[str, Field(description="Order id.")]
    userId: Annotated[int | str | None, Field(description="Owner's user id.")] = None
    orderType: Annotated[
        int | str | None,
        Field(description="Order type code as sent by the server (the docs list it next to `type` without values)."),
    ] = None
    symbol: Annotated[str, Field(description="Trading pair.")]
    base: Annotated[str | None, Field(description="Base coin.")] = None
    quote: Annotated[str | None, Field(description="Quote coin.")] = None
    side: OrderSide
    type: OrderType
    status: OrderStatus
    price: Annotated[Decimal | None, Field(description="Limit price.")] = None
    avgPrice: Annotated[Decimal | None, Field(description="Average fill price.")] = None
    volume: Annotated[
        Decimal | None, Field(description="Order volume (base quantity or quote value - contradictory in the docs).")
    ] = None
    dealVolume: Annotated[Decimal | None, Field(description="Filled quantity (base coin).")] = None
    leftVolume: Annotated[Decimal | None, Field(description="Unfilled quantity (base coin).")] = None
    amount: Annotated[Decimal | None, Field(description="Order value (quote coin).")] = None
    dealAmount: Annotated[Decimal | None, Field(description="Filled value (quote coin).")] = None
    leftAmount: Annotated[Decimal | None, Field(description="Unfilled value (quote coin).")] = None
    progress: Annotated[Decimal | None, Field(description="Filled percentage (0-100).")] = None
    fee: Annotated[Decimal | None, Field(description="Fee charged so far.")] = None
    feeCoin: Annotated[str | None, Field(description="Coin of the fee.")] = None
    ctime: Annotated[AwareDatetime | None, Field(description="Creation time, ISO 8601.")] = None
    utime: Annotated[AwareDatetime | None, Field(description="Last update time, ISO 8601.")] = None


class OrderPage(ExactModel):
    """
    A page of orders.
    """

    total: Annotated[int, Field(description="Total number of matching orders.")]
    pageNum: Annotated[int, Field(description="Page number returned (1-based).")]
    pageSize: Annotated[int, Field(description="Page size used.")]
    data: Annotated[list[Order], Field(description="Orders of this page.")]


class PlaceOrderRequest(ExactModel):
    """
    One order.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    side: OrderSide
    type: OrderType
    volume: Annotated[
        Decimal,
        Field(
            description="Order volume, decimal string. Contradictory in the docs (contradiction 8): the single-order page says a limit\norder's volume is the **quote** quantity and a market order's the **base** quantity; the batch and\nWebSocket pages say limit = base quantity, market = quote amount. Precision errors give `10058`."
        ),
    ]
    price: Annotated[
        Decimal,
        Field(
            description="Limit price, decimal string. Documented as mandatory for both types; ignored for market orders (x-inferred)."
        ),
    ]
    symbol: Annotated[str, Field(description="Trading pair, e.g. `BTCUSDT`.", max_length=32, min_length=1)]


class PlaceOrderBatchRequest(ExactModel):
    """
    Orders to place in one call.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    orderList: Annotated[
        list[PlaceOrderRequest],
        Field(
            description="Orders (the maximum per batch is not documented; 100 is a spec-side bound).",
            max_length=100,
            min_length=1,
        ),
    ]


class OrderRef(ExactModel):
    """
    An order named by id and pair.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    orderId: Annotated[str, Field(description="Order id.", max_length=64, min_length=1)]
    symbol: Annotated[str, Field(description="Trading pair.", max_length=32, min_length=1)]


class CancelOrdersRequest(ExactModel):
    """
    Orders to cancel.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    orderIdList: Annotated[
        list[OrderRef],
        Field(
            description="Orders to cancel (maximum not documented; 100 is a spec-side bound).",
            max_length=100,
            min_length=1,
        ),
    ]


class ListOrderDealsRequest(ExactModel):
    """
    Order whose fills to list.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    orderId: Annotated[str, Field(description="Order id.", max_length=64, min_length=1)]
    symbol: Annotated[str, Field(description="Trading pair.", max_length=32, min_length=1)]


class GetOrderHistoryRequest(ExactModel):
    """
    Order history filters and page.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    symbol: Annotated[str, Field(description="Trading pair (mandatory).", max_length=32, min_length=1)]
    page: Annotated[int | None, Field(description="Page number, from 1.", ge=1, le=2147483647)] = 1
    pageSize: Annotated[
        int | None, Field(description="Page size (bounds not documented; 1-100 is a spec-side bound).", ge=1, le=100)
    ] = None
    startTime: Annotated[AwareDatetime | None, Field(description="Window start, ISO 8601.")] = None
    endTime: Annotated[AwareDatetime | None, Field(description="Window end, ISO 8601.")] = None
    status: OrderStatus | None = None
    side: OrderSide | None = None
    type: OrderType | None = None


class ListPendingOrdersRequest(ExactModel):
    """
    Pair whose open orders to list.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    symbol: Annotated[str, Field(description="Trading pair.", max_length=32, min_length=1)]


class GetLastPriceResponse(ExactModel):
    """
    Success envelope of `getLastPrice`; `data` is the last price.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[Decimal, Field(description="Last price (a string in the docs).")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetDepthResponse(ExactModel):
    """
    Success envelope of `getDepth`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[Depth, Field(description="Order book.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetKlineResponse(ExactModel):
    """
    Success envelope of `getKline`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[Kline], Field(description="Candlesticks.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetKlineHistoryResponse(ExactModel):
    """
    Success envelope of `getKlineHistory`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[Kline], Field(description="Candlesticks before `endTime`.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class ListCoinPairsResponse(ExactModel):
    """
    Success envelope of `listCoinPairs`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[CoinPair], Field(description="Trading pairs.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class ListRatesResponse(ExactModel):
    """
    Success envelope of `listRates`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[Rate], Field(description="Rates.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class ListCoinNetworksResponse(ExactModel):
    """
    Success envelope of `listCoinNetworks`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[Coin], Field(description="Coins with their networks.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetAccountResponse(ExactModel):
    """
    Success envelope of `getAccount`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[Balance], Field(description="Balance per coin.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetUserInfoResponse(ExactModel):
    """
    Success envelope of `getUserInfo`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[UserInfo, Field(description="The user.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class CreateWithdrawalResponse(ExactModel):
    """
    Success envelope of `createWithdrawal`; `data` is the withdrawal id as a bare string (contradiction 2).
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[str, Field(description="Withdrawal id (`withdrawId` in the table).", pattern="^[0-9]{1,20}$")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class CancelWithdrawalResponse(ExactModel):
    """
    Success envelope of `cancelWithdrawal`; `data` is null.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[None, Field(description="Always null.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class CreateInsideTransferResponse(ExactModel):
    """
    Success envelope of `createInsideTransfer`; `data` is the internal-transfer id as a bare string (contradiction 2).
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[
        str, Field(description="Internal transfer id (`insideTransferId` in the table).", pattern="^[0-9]{1,20}$")
    ]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class CancelInsideTransferResponse(ExactModel):
    """
    Success envelope of `cancelInsideTransfer`; `data` is null (contradiction 3).
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[
        None, Field(description="Always null (the table's `{insideTransferId}` is contradicted by the example).")
    ]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class CreateFundsTransferResponse(ExactModel):
    """
    Success envelope of `createFundsTransfer`; `data` is the transfer id as a bare string (contradiction 2).
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[str, Field(description="Transfer id (`transferId` in the table).", pattern="^[0-9]{1,20}$")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class ListDepositsResponse(ExactModel):
    """
    Success envelope of `listDeposits`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[DepositRecord], Field(description="Records in the window (at most `limit`).")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetDepositAddressResponse(ExactModel):
    """
    Success envelope of `getDepositAddress`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[DepositAddress], Field(description="Deposit address(es) of the coin on the network.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class PlaceOrderResponse(ExactModel):
    """
    Success envelope of `placeOrder`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[PlacedOrder, Field(description="The placed order.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class PlaceOrderBatchResponse(ExactModel):
    """
    Success envelope of `placeOrderBatch`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[PlacedOrder], Field(description="One result per order, in request order.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class CancelOrdersResponse(ExactModel):
    """
    Success envelope of `cancelOrders`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[dict[str, Any] | None, Field(description="Null or an object whose fields are not documented.")] = (
        None
    )
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class ListOrderDealsResponse(ExactModel):
    """
    Success envelope of `listOrderDeals`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[Deal], Field(description="Fills of the order.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetOrderHistoryResponse(ExactModel):
    """
    Success envelope of `getOrderHistory`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[OrderPage, Field(description="A page of orders.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class ListPendingOrdersResponse(ExactModel):
    """
    Success envelope of `listPendingOrders`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[Order], Field(description="Open orders.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class GetOrderDetailResponse(ExactModel):
    """
    Success envelope of `getOrderDetail`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[Order, Field(description="The order.")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]


class WithdrawTransferRecord(ExactModel):
    """
    A withdrawal (`type` `withdraw`) or outgoing internal transfer (`type` `inside_transfer_out`). Fields that only
    apply to one kind are `null` on the other. The table's `toAddress` comes as `address` in the example (and the
    example adds `memo`): both declared (contradiction 4).
    """

    id: Annotated[str, Field(description="Withdrawal id / internal transfer id.", max_length=32)]
    outBizId: Annotated[str | None, Field(description="Client idempotency key given on inside_transfer.")] = None
    coin: Annotated[str, Field(description="Coin.")]
    network: Annotated[
        str | None, Field(description="Network (mandatory in the table; null assumed for internal transfers).")
    ]
    amount: Annotated[Decimal, Field(description="Amount actually received (request amount minus fee).")]
    feeCoin: Annotated[
        str | None, Field(description="Coin the fee is charged in (null in the example although marked mandatory).")
    ]
    fee: Annotated[Decimal | None, Field(description="Fee (null in the example although marked mandatory).")]
    type: Annotated[
        Type,
        Field(description="`withdraw` on-chain withdrawal; `inside_transfer_out` internal transfer to another user."),
    ]
    toAddress: Annotated[
        str | None, Field(description="Destination address (withdrawals only) - the table's name.")
    ] = None
    address: Annotated[
        str | None, Field(description="Destination address (withdrawals only) - the name used by the example.")
    ] = None
    memo: Annotated[str | None, Field(description="Tag/memo of the destination (in the example only).")] = None
    transactionHash: Annotated[
        str | None, Field(description="On-chain transaction id (withdrawals only, once broadcast).")
    ] = None
    toType: Annotated[
        RecipientType | None, Field(description="Internal transfer recipient kind; null for withdrawals.")
    ] = None
    toUid: Annotated[int | None, Field(description="Recipient UID (when `toType` = `uid`).")] = None
    toPhoneCountryCode: Annotated[
        str | None, Field(description="Recipient phone country code (when `toType` = `phone`).")
    ] = None
    toPhoneNumber: Annotated[str | None, Field(description="Recipient phone number (when `toType` = `phone`).")] = None
    toEmail: Annotated[str | None, Field(description="Recipient email (when `toType` = `email`).")] = None
    remark: Annotated[str | None, Field(description="Remark given on inside_transfer.")] = None
    status: WithdrawStatus
    ctime: Annotated[int, Field(description="Creation time, Unix ms.")]


class ListWithdrawTransfersResponse(ExactModel):
    """
    Success envelope of `listWithdrawTransfers`.
    """

    code: Annotated[Literal["0"], Field(description='Result code; `"0"` (a string) means success.')]
    msg: Annotated[str, Field(description="Result message, normally `result.success`.")]
    data: Annotated[list[WithdrawTransferRecord], Field(description="Records in the window (at most `limit`).")]
    success: Annotated[Literal[True], Field(description="Always `true` on success.")]
