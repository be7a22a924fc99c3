"""Pydantic v2 models of every schema and webhook payload (datamodel-code-generator)."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType


class Error1(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    code: Annotated[str, Field(description="Machine-readable code.")]
    message: Annotated[str, Field(description="What went wrong.")]


class Error(BaseModel):
    """
    Control API error.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    error: Error1


class Clock(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    now_ms: Annotated[int, Field(description="Current mock time (ms).")]
    offset_ms: Annotated[int, Field(description="Total shift from real time (ms).")]


class ClockShift(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    shift_ms: Annotated[
        int,
        Field(
            description="Milliseconds to add to the clock (negative moves it back).", ge=-315360000000, le=315360000000
        ),
    ]


class FaultConfig(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    latency_ms: Annotated[int, Field(description="Delay added before every provider request.", ge=0)]
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
    seed: Annotated[int, Field(description="Seed of the fault random generator.")]


class FaultConfigUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    latency_ms: Annotated[
        int | None, Field(description="Delay added before every provider request.", ge=0, le=60000)
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
    seed: Annotated[int | None, Field(description="Seed of the fault random generator.", ge=0, le=4294967295)] = None


class Settings(BaseModel):
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


class SettingsUpdate(BaseModel):
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


class WebhookTargetCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[str, Field(description="Loopback http(s) URL to POST notifications to.", max_length=2048)]


class WebhookTarget(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    webhookId: Annotated[str, Field(description="The provider-side webhook id (e.g. for Ceffu's resend endpoint).")]
    url: Annotated[str, Field(description="Target URL.")]
    created_ms: Annotated[int, Field(description="Registration time.")]


class WebhookTargetList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    targets: Annotated[list[WebhookTarget], Field(description="Registered targets.")]


class Deleted(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    deleted: Annotated[str, Field(description="Id of the removed item.")]


class DeliveryAttempt(BaseModel):
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


class Delivery(BaseModel):
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


class DeliveryList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    deliveries: Annotated[list[Delivery], Field(description="Deliveries, oldest first.")]


class ResetResult(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    reset: Annotated[bool, Field(description="Always true.")]


class StateSnapshot(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    provider: Annotated[dict[str, Any], Field(description="The provider backend's state.")]
    webhooks: Annotated[dict[str, Any], Field(description="Webhook targets and deliveries.")]
    clock_offset_ms: Annotated[int, Field(description="Clock offset.")]
    faults: FaultConfig
    settings: Annotated[dict[str, Any], Field(description="Provider settings.")]


TotalsAdditionalProperty = TypeAliasType(
    "TotalsAdditionalProperty", Annotated[str, Field(pattern="^-?[0-9]+(\\.[0-9]+)?$")]
)


class LedgerCheck(BaseModel):
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


class Credentials(BaseModel):
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


class DepositCreate(BaseModel):
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


class To(IntEnum):
    """
    Target status (default the next step).
    """

    integer_20 = 20
    integer_30 = 30
    integer_40 = 40
    integer_99 = 99


class WithdrawalAdvance(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    to: Annotated[To | None, Field(description="Target status (default the next step).")] = None


class MockTransaction(BaseModel):
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
