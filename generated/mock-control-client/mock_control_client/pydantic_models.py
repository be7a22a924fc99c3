"""Pydantic v2 models of every schema and webhook payload (datamodel-code-generator)."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Annotated, Any

from pydantic import ConfigDict, Field
from typing_extensions import TypeAliasType

from mock_control_client._runtime.pydantic_base import ExactModel


class TenantCreate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str | None, Field(description="A label (e.g. the CI job); not used by the mock.", max_length=100)
    ] = None


class Tenant1(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    tenant: str
    name: str | None = None
    created_ms: int


class TenantList(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    tenants: list[Tenant1]


class TenantDeleted(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    deleted: str


class Status(StrEnum):
    """
    Order status.
    """

    TRANSFERRING = "TRANSFERRING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class XcurrencyTopupOrder(ExactModel):
    """
    An xCurrency top-up order (`TopupOrder` of specs/xcurrency.yaml) with its `walletId` and `quoteId`; quoteSnapshot amounts are JSON numbers.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    orderId: Annotated[str, Field(description="Order id.")]
    status: Annotated[Status, Field(description="Order status.")]
    created: Annotated[str, Field(description="Creation time `yyyy-MM-dd HH:mm:ss`.")]
    quoteSnapshot: Annotated[dict[str, Any], Field(description="The quote the order was made at.")]
    walletId: Annotated[str, Field(description="The wallet topped up.")]
    quoteId: Annotated[str, Field(description="The quote used.")]


class XcurrencyQuoteExpiry(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    queryNo: Annotated[str, Field(description="The quote.")]
    expires_ms: Annotated[int, Field(description="When it expires (mock clock, ms).")]


class XcurrencySettings(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    quote_ttl_ms: Annotated[int, Field(description="Lifetime of new quotes (default 300000).")]
    token_ttl_ms: Annotated[int, Field(description="Lifetime of new tokens (default 3600000, the documented hour).")]


class XcurrencySettingsUpdate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    quote_ttl_ms: Annotated[int | None, Field(description="Lifetime of new quotes (ms).", ge=1, le=86400000)] = None
    token_ttl_ms: Annotated[int | None, Field(description="Lifetime of new tokens (ms).", ge=1, le=86400000)] = None


class Error1(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    code: Annotated[str, Field(description="Machine-readable code.")]
    message: Annotated[str, Field(description="What went wrong.")]


class Error(ExactModel):
    """
    Control API error.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    error: Error1


class Clock(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    now_ms: Annotated[int, Field(description="Current mock time (ms).")]
    offset_ms: Annotated[int, Field(description="Total shift from real time (ms).")]


class ClockShift(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    shift_ms: Annotated[
        int,
        Field(
            description="Milliseconds to add to the clock (negative moves it back).", ge=-315360000000, le=315360000000
        ),
    ]


class FaultConfig(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    latency_ms: Annotated[
        int,
        Field(description="Delay added to every provider request once it has been read, before it is handled.", ge=0),
    ]
    error_rate: Annotated[
        Decimal,
        Field(description="Share of provider requests answered with `status` (provider error shape).", ge=0, le=1),
    ]
    status: Annotated[int, Field(description="HTTP status of injected errors.", ge=500, le=599)]
    rate_429: Annotated[
        Decimal, Field(description="Share of provider requests answered 429 with Retry-After.", ge=0, le=1)
    ]
    retry_after: Annotated[int, Field(description="Retry-After seconds on injected 429s.", ge=0)]
    drop_rate: Annotated[
        Decimal, Field(description="Share of provider requests whose connection is closed mid-response.", ge=0, le=1)
    ]
    drop_answers: Annotated[
        int,
        Field(
            description="How many of the next successful provider writes (non-GET requests) take effect and then lose their answer (the connection is closed mid-response) - a lost answer, as after a network failure on the way back.",
            ge=0,
        ),
    ]
    seed: Annotated[int, Field(description="Seed of the fault random generator.")]


class FaultConfigUpdate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    latency_ms: Annotated[
        int | None,
        Field(
            description="Delay added to every provider request once it has been read, before it is handled.",
            ge=0,
            le=60000,
        ),
    ] = None
    error_rate: Annotated[
        Decimal | None, Field(description="Share of provider requests answered with `status`.", ge=0, le=1)
    ] = None
    status: Annotated[int | None, Field(description="HTTP status of injected errors.", ge=500, le=599)] = None
    rate_429: Annotated[Decimal | None, Field(description="Share of provider requests answered 429.", ge=0, le=1)] = (
        None
    )
    retry_after: Annotated[int | None, Field(description="Retry-After seconds on injected 429s.", ge=0, le=86400)] = (
        None
    )
    drop_rate: Annotated[Decimal | None, Field(description="Share of connections dropped.", ge=0, le=1)] = None
    drop_answers: Annotated[
        int | None,
        Field(
            description="How many of the next successful provider writes (non-GET requests) take effect and then lose their answer.",
            ge=0,
            le=1000,
        ),
    ] = None
    seed: Annotated[int | None, Field(description="Seed of the fault random generator.", ge=0, le=4294967295)] = None


class CryptofusePaymentDeposit(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        str,
        Field(
            description="Amount received on chain, in the payment's currency (decimal string, up to 8 decimals).",
            pattern="^[0-9]{1,16}(\\.[0-9]{1,8})?$",
        ),
    ]
    confirmations: Annotated[
        int | None,
        Field(
            description="Confirmations so far (default the chain's requirement, i.e. confirmed at once).", ge=0, le=1000
        ),
    ] = None
    transaction_hash: Annotated[
        str | None, Field(description="On-chain hash (default a deterministic one).", max_length=128, min_length=1)
    ] = None


class To(StrEnum):
    """
    Target status (default the next step).
    """

    approved = "approved"
    processing = "processing"
    submitted = "submitted"
    confirmed = "confirmed"
    completed = "completed"
    rejected = "rejected"
    failed = "failed"
    cancelled = "cancelled"


class CryptofuseWithdrawalAdvance(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    to: Annotated[To | None, Field(description="Target status (default the next step).")] = None
    error_message: Annotated[
        str | None, Field(description="Reason recorded for `rejected` / `failed` / `cancelled`.", max_length=255)
    ] = None


class Status1(StrEnum):
    """
    Outcome (default `completed`).
    """

    completed = "completed"
    failed = "failed"


class CryptofuseTransferSettle(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    status: Annotated[Status1 | None, Field(description="Outcome (default `completed`).")] = None
    error_message: Annotated[str | None, Field(description="Reason recorded for `failed`.", max_length=255)] = None


class CryptofuseRecord(ExactModel):
    """
    The record in its Cryptofuse API shape: a `Payment`, a `Withdrawal` or a wallet `Transfer` (see specs/cryptofuse.yaml).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[str, Field(description="Status after the operation.")]


class Settings(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_time_scale: Annotated[
        Decimal, Field(description="Factor applied to the webhook retry delays (30 s, 120 s, 480 s, 1920 s, 7680 s).")
    ]
    timestamp_window_ms: Annotated[
        int, Field(description="Accepted distance between a request's timestamp and the mock's clock.")
    ]
    rate_limit_per_second: Annotated[
        int, Field(description="Requests per API key per second before 429 (0 = unlimited).")
    ]
    auto_advance_ms: Annotated[
        int, Field(description="When > 0, open withdrawals move one status step after this long (mock clock).")
    ]


class SettingsUpdate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_time_scale: Annotated[
        Decimal | None, Field(description="Factor applied to the webhook retry delays.", ge=0, le=1000)
    ] = None
    timestamp_window_ms: Annotated[
        int | None, Field(description="Accepted timestamp distance (ms).", ge=0, le=86400000)
    ] = None
    rate_limit_per_second: Annotated[
        int | None, Field(description="Requests per API key per second (0 = unlimited).", ge=0, le=1000000)
    ] = None
    auto_advance_ms: Annotated[
        int | None,
        Field(
            description="Auto-advance interval for open withdrawals (0 = only via advanceWithdrawal).",
            ge=0,
            le=86400000,
        ),
    ] = None


class WebhookTargetCreate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[str, Field(description="Loopback http(s) URL to POST notifications to.", max_length=2048)]


class WebhookTarget(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    webhookId: Annotated[str, Field(description="The provider-side webhook id (e.g. for Ceffu's resend endpoint).")]
    url: Annotated[str, Field(description="Target URL.")]
    created_ms: Annotated[int, Field(description="Registration time.")]


class WebhookTargetList(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    targets: Annotated[list[WebhookTarget], Field(description="Registered targets.")]


class Deleted(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    deleted: Annotated[str, Field(description="Id of the removed item.")]


class DeliveryAttempt(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    at_ms: Annotated[int, Field(description="When the attempt finished.")]
    status: Annotated[
        int | None, Field(description="HTTP status answered by the target (null when the request failed).")
    ]
    error: Annotated[str | None, Field(description="Transport error, if any.")]


class State(StrEnum):
    """
    Delivery state.
    """

    pending = "pending"
    delivered = "delivered"
    failed = "failed"


class Delivery(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    delivery_id: Annotated[int, Field(description="Delivery id.")]
    webhookId: Annotated[str, Field(description="Target webhook id.")]
    url: Annotated[str, Field(description="Target URL.")]
    event: Annotated[str, Field(description="Provider event type (Ceffu `1`-`4`).")]
    state: Annotated[State, Field(description="Delivery state.")]
    created_ms: Annotated[int, Field(description="When the event was queued.")]
    next_attempt_ms: Annotated[int | None, Field(description="Next attempt time (null when delivered or failed).")]
    attempts: Annotated[list[DeliveryAttempt], Field(description="Attempts so far.")]
    payload: Annotated[dict[str, Any], Field(description="The signed body POSTed to the target.")]


class DeliveryList(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    deliveries: Annotated[list[Delivery], Field(description="Deliveries, oldest first.")]


class RequestEntry(ExactModel):
    """
    One provider request as the mock saw it (no headers, no body, no secret).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    seq: Annotated[int, Field(description="Position since the mock started (1, 2, ...).")]
    time_ms: Annotated[int, Field(description="When it was answered, on the mock's clock.")]
    method: Annotated[str, Field(description="HTTP method.")]
    path: Annotated[str, Field(description="Request path, without the query string.")]
    operation: Annotated[
        str | None, Field(description="The operationId it was routed to (null for an unknown path or method).")
    ]
    status: Annotated[
        int | None, Field(description="HTTP status of the answer (null when an injected fault dropped the connection).")
    ]
    code: Annotated[
        str | None,
        Field(
            description="The provider's code in the answer (its error code, or the envelope's success code where there is one)."
        ),
    ]
    duration_ms: Annotated[Decimal, Field(description="Time to answer, in milliseconds.")]
    reason: Annotated[str | None, Field(description="Why a refused request was refused (null when it was not).")]


class ResetResult(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    reset: Annotated[bool, Field(description="Always true.")]


class StateSnapshot(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    provider: Annotated[
        dict[str, list[Any]],
        Field(
            description="The tenant's rows, table by table (a record as its fields, amounts as decimal strings; any other row as {key, value}). Table names and row layout are an implementation detail."
        ),
    ]
    settings: Annotated[
        dict[str, Any],
        Field(
            description="What every worker serving the store shares - clock offset, faults, webhook time scale, provider settings."
        ),
    ]


TotalsAdditionalProperty = TypeAliasType(
    "TotalsAdditionalProperty", Annotated[str, Field(pattern="^-?[0-9]+(\\.[0-9]+)?$")]
)


class LedgerCheck(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    ok: Annotated[bool, Field(description="True when every invariant holds.")]
    problems: Annotated[list[str], Field(description="Broken invariants.")]
    totals: Annotated[
        dict[str, dict[str, TotalsAdditionalProperty]],
        Field(
            description="Per coin, the decimal-string totals behind the check (balances, mirrored, held, inflow, outflow, fees, expected)."
        ),
    ]


class Credentials(ExactModel):
    """
    Test credentials; the other keys depend on the provider (Ceffu: api_key, private_key, readonly_api_key, readonly_private_key, other_tenant_api_key, other_tenant_private_key, webhook_public_key).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": dict[str, str],
    }
    provider: Annotated[str, Field(description="Provider name.")]
    base_url: Annotated[str, Field(description="Where the mock listens.")]


class DepositCreate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    address: Annotated[
        str, Field(description="A deposit address handed out by the provider API.", max_length=128, min_length=1)
    ]
    coinSymbol: Annotated[str, Field(description="Coin symbol.", pattern="^[A-Z0-9_.-]{1,32}$")]
    network: Annotated[str, Field(description="Network symbol.", pattern="^[A-Z0-9_.-]{1,32}$")]
    amount: Annotated[str, Field(description="Amount (decimal string).", pattern="^[0-9]{1,16}(\\.[0-9]{1,18})?$")]
    memo: Annotated[str | None, Field(description="Memo / destination tag on memo networks (XRP).", max_length=128)] = (
        None
    )
    fail: Annotated[bool | None, Field(description="Record a failed deposit (status 99, no credit).")] = None


class To1(IntEnum):
    """
    Target status (default the next step).
    """

    integer_20 = 20
    integer_30 = 30
    integer_40 = 40
    integer_99 = 99


class WithdrawalAdvance(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    to: Annotated[To1 | None, Field(description="Target status (default the next step).")] = None


class MockTransaction(ExactModel):
    """
    The provider's transaction record (Ceffu `Transaction`/`TransactionV2`).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    orderViewId: Annotated[str, Field(description="Order id.")]
    status: Annotated[int, Field(description="Transaction status (Ceffu 10, 20, 30, 40, 99).")]
    coinSymbol: Annotated[str, Field(description="Coin.")]
    amount: Annotated[str, Field(description="Amount (decimal string).", pattern="^-?[0-9]+(\\.[0-9]+)?$")]


class Status2(StrEnum):
    """
    `success` (default) credits at once; `pending` waits; `fail` never credits.
    """

    success = "success"
    pending = "pending"
    fail = "fail"


class BitunixDepositCreate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    address: Annotated[
        str, Field(description="A deposit address handed out by `getDepositAddress`.", max_length=256, min_length=1)
    ]
    coin: Annotated[str, Field(description="Coin, e.g. `USDT`.", pattern="^[A-Z0-9]{1,32}$")]
    network: Annotated[
        str, Field(description="Bitunix network name, e.g. `Tron (TRC-20)`.", max_length=64, min_length=1)
    ]
    amount: Annotated[
        str,
        Field(
            description="Amount (decimal string; at most the network's decimals).",
            pattern="^[0-9]{1,16}(\\.[0-9]{1,18})?$",
        ),
    ]
    memo: Annotated[str | None, Field(description="The tag handed out with the address (XRP).", max_length=128)] = None
    status: Annotated[
        Status2 | None, Field(description="`success` (default) credits at once; `pending` waits; `fail` never credits.")
    ] = None
    fromAddress: Annotated[
        str | None, Field(description="Sender address (default a generated one).", max_length=256)
    ] = None
    transactionHash: Annotated[
        str | None, Field(description="On-chain transaction id (default a generated one).", max_length=128)
    ] = None


class Status3(StrEnum):
    """
    Deposit status.
    """

    pending = "pending"
    cancelled = "cancelled"
    success = "success"
    fail = "fail"


class BitunixDeposit(ExactModel):
    """
    A Bitunix deposit record (`DepositRecord` of specs/bitunix.yaml) plus the credited user's uid.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[str, Field(description="Deposit id.")]
    coin: Annotated[str, Field(description="Coin.")]
    type: Annotated[str, Field(description="`deposit` or `inside_transfer_in`.")]
    amount: Annotated[str, Field(description="Amount (decimal string).", pattern="^-?[0-9]+(\\.[0-9]+)?$")]
    status: Annotated[Status3, Field(description="Deposit status.")]
    ctime: Annotated[int, Field(description="Creation time (ms).")]
    uid: Annotated[int, Field(description="The credited user.")]


class To2(StrEnum):
    """
    Target status (default `success`).
    """

    success = "success"
    fail = "fail"


class BitunixDepositAdvance(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    to: Annotated[To2 | None, Field(description="Target status (default `success`).")] = None


class To3(StrEnum):
    """
    Target step (default the next one); `approved` only for withdrawals; `verification` puts a withdrawal that is `pending` and not yet approved into the app's security check.
    """

    verification = "verification"
    pending = "pending"
    approved = "approved"
    success = "success"
    fail = "fail"


class BitunixRecordAdvance(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    to: Annotated[
        To3 | None,
        Field(
            description="Target step (default the next one); `approved` only for withdrawals; `verification` puts a withdrawal that is `pending` and not yet approved into the app's security check."
        ),
    ] = None


class Status4(StrEnum):
    """
    Record status.
    """

    verification = "verification"
    pending = "pending"
    cancelled = "cancelled"
    success = "success"
    fail = "fail"


class BitunixWithdrawTransfer(ExactModel):
    """
    A Bitunix withdrawal/transfer record (`WithdrawTransferRecord` of specs/bitunix.yaml) plus `uid` and `approved`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[str, Field(description="Withdrawal or inside transfer id.")]
    coin: Annotated[str, Field(description="Coin.")]
    type: Annotated[str, Field(description="`withdraw` or `inside_transfer_out`.")]
    amount: Annotated[
        str, Field(description="What the receiver gets (decimal string).", pattern="^-?[0-9]+(\\.[0-9]+)?$")
    ]
    fee: Annotated[str, Field(description="Fee (decimal string).", pattern="^-?[0-9]+(\\.[0-9]+)?$")]
    status: Annotated[Status4, Field(description="Record status.")]
    ctime: Annotated[int, Field(description="Creation time (ms).")]
    uid: Annotated[int, Field(description="The sender.")]
    approved: Annotated[bool, Field(description="Past review (no longer cancellable).")]


class BitunixQuickAddressCreate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    uid: Annotated[int | None, Field(description="Whose list (default the main test user).", ge=1)] = None
    coin: Annotated[str, Field(description="Coin the address may receive.", pattern="^[A-Z0-9]{1,32}$")]
    network: Annotated[str, Field(description="Bitunix network name.", max_length=64, min_length=1)]
    address: Annotated[
        str,
        Field(
            description="Destination address (must match the network's address pattern).", max_length=256, min_length=1
        ),
    ]
    memo: Annotated[str | None, Field(description="Tag/memo withdrawals to this entry must carry.", max_length=128)] = (
        None
    )
    label: Annotated[str | None, Field(description="Free-text label.", max_length=64)] = None


class BitunixQuickAddress(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    addressId: Annotated[str, Field(description="Entry id.")]
    uid: Annotated[int, Field(description="Owner.")]
    coin: Annotated[str, Field(description="Coin.")]
    network: Annotated[str, Field(description="Network.")]
    address: Annotated[str, Field(description="Address.")]
    memo: Annotated[str | None, Field(description="Required tag/memo, if any.")]
    label: Annotated[str | None, Field(description="Label.")]


class BitunixQuickAddressList(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    addresses: Annotated[list[BitunixQuickAddress], Field(description="Entries, oldest first.")]


class BitunixOrderFill(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    volume: Annotated[
        str | None,
        Field(
            description="Base quantity to fill (default all that is left).", pattern="^[0-9]{1,16}(\\.[0-9]{1,18})?$"
        ),
    ] = None
    price: Annotated[
        str | None,
        Field(
            description="Fill price (default the limit price; never worse than it).",
            pattern="^[0-9]{1,16}(\\.[0-9]{1,18})?$",
        ),
    ] = None


class BitunixOrder(ExactModel):
    """
    A Bitunix order (`Order` of specs/bitunix.yaml).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    orderId: Annotated[str, Field(description="Order id.")]
    symbol: Annotated[str, Field(description="Trading pair.")]
    side: Annotated[int, Field(description="1 sell, 2 buy.")]
    type: Annotated[int, Field(description="1 limit, 2 market.")]
    status: Annotated[
        int,
        Field(description="1 unfilled, 2 filled, 3 partially filled, 4 cancelled, 7 partially filled then cancelled."),
    ]


class BitunixPriceUpdate(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    price: Annotated[
        str,
        Field(
            description="New last price (decimal string, at most the pair's price decimals).",
            pattern="^[0-9]{1,16}(\\.[0-9]{1,18})?$",
        ),
    ]


class BitunixPriceResult(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    symbol: Annotated[str, Field(description="Trading pair.")]
    price: Annotated[str, Field(description="The new last price.", pattern="^-?[0-9]+(\\.[0-9]+)?$")]
    filled: Annotated[list[str], Field(description="Ids of the orders the move filled.")]


class SpotItem(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    coin: Annotated[str, Field(description="Coin.")]
    balance: Annotated[str, Field(description="Available.", pattern="^-?[0-9]+(\\.[0-9]+)?$")]
    balanceLocked: Annotated[
        str, Field(description="Locked by open withdrawals, transfers and orders.", pattern="^-?[0-9]+(\\.[0-9]+)?$")
    ]


class Future(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    coin: Annotated[str, Field(description="Coin.")]
    balance: Annotated[str, Field(description="Balance.", pattern="^-?[0-9]+(\\.[0-9]+)?$")]


class BitunixAccounts(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    uid: Annotated[int, Field(description="The user.")]
    spot: Annotated[list[SpotItem], Field(description="Spot balance per coin.")]
    futures: Annotated[list[Future], Field(description="Futures balance per coin.")]


class Tenant(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    tenant: Annotated[str, Field(description="The tenant id (the X-Mock-Tenant header value for control calls).")]
    name: str | None = None
    credentials: Credentials
    env: Annotated[list[str], Field(description="`export NAME=value` lines for the provider's generated client.")]


class RequestList(ExactModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    requests: Annotated[list[RequestEntry], Field(description="Journal entries, oldest first.")]
