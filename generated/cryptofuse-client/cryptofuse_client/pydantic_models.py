"""Pydantic v2 models of every schema and webhook payload (datamodel-code-generator)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AnyUrl, AwareDatetime, ConfigDict, Field

from cryptofuse_client._runtime.pydantic_base import ExactModel, ExactRootModel
from cryptofuse_client._runtime.secrets import MaskedModel


class DecimalString(ExactRootModel[Decimal]):
    root: Annotated[Decimal, Field(description='A decimal number as a string (e.g. `"100.00000000"`).')]


class DecimalStringRequest(ExactRootModel[Decimal]):
    root: Annotated[Decimal, Field(description="A non-negative decimal number as a string.")]


class CurrencyCode(ExactRootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`.",
            max_length=32,
            min_length=1,
        ),
    ]


class ErrorBody(ExactModel):
    """
    The error.
    """

    code: Annotated[
        str,
        Field(
            description="snake_case error code: `invalid_request`, `invalid_currency`, `invalid_url`, `missing_required_fields`, `duplicate_external_id` (400), `authentication_failed`/`unauthorized` (401), `permission_denied`/`forbidden`/`insufficient_permissions` (403), `not_found` (404), `invalid_amount` (422), `rate_limit_exceeded` (429), `internal_error`/`service_unavailable` (500).",
            max_length=64,
            pattern="^[a-z][a-z0-9_]*$",
        ),
    ]
    message: Annotated[str, Field(description="Human-readable message.")]
    details: Annotated[
        dict[str, Any] | None,
        Field(description="Additional context (e.g. the invalid field, the minimum amount); `{}` when there is none."),
    ] = None


class Error(StrEnum):
    """
    `invalid_request` malformed request; `invalid_client` client authentication failed (401); `invalid_grant` grant invalid; `unauthorized_client` client not allowed this grant; `unsupported_grant_type` grant_type is not `client_credentials`; `invalid_scope` unknown scope or scope not allowed.
    """

    invalid_request = "invalid_request"
    invalid_client = "invalid_client"
    invalid_grant = "invalid_grant"
    unauthorized_client = "unauthorized_client"
    unsupported_grant_type = "unsupported_grant_type"
    invalid_scope = "invalid_scope"


class OAuthError(ExactModel):
    """
    RFC 6749 section 5.2 error of the token endpoint (Django OAuth Toolkit).
    """

    error: Annotated[
        Error,
        Field(
            description="`invalid_request` malformed request; `invalid_client` client authentication failed (401); `invalid_grant` grant invalid; `unauthorized_client` client not allowed this grant; `unsupported_grant_type` grant_type is not `client_credentials`; `invalid_scope` unknown scope or scope not allowed."
        ),
    ]
    error_description: Annotated[str | None, Field(description="Human-readable description.")] = None


class TokenRequest(MaskedModel):
    """
    Client-credentials token request (form-encoded). `client_id`/`client_secret` may be omitted when they are sent by HTTP Basic.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    grant_type: Annotated[Literal["client_credentials"], Field(description="Always `client_credentials`.")]
    client_id: Annotated[
        str | None, Field(description="OAuth client id (or use HTTP Basic).", max_length=100, min_length=1)
    ] = None
    client_secret: Annotated[
        str | None,
        Field(
            description="OAuth client secret (or use HTTP Basic).",
            json_schema_extra={"x-secret": True},
            max_length=255,
            min_length=1,
        ),
    ] = None
    scope: Annotated[
        str | None,
        Field(
            description="Space-separated scopes, e.g. `read write` or `read write admin`.",
            max_length=64,
            pattern="^(read|write|admin)( (read|write|admin))*$",
        ),
    ] = None


class GetAccessTokenResponse(MaskedModel):
    """
    Access token (RFC 6749 section 5.1).
    """

    access_token: Annotated[str, Field(description="Bearer token.", json_schema_extra={"x-secret": True})]
    token_type: Annotated[Literal["Bearer"], Field(description="Always `Bearer`.")]
    expires_in: Annotated[
        int, Field(description="Lifetime in seconds (36000 in the current docs; 3600 on an older page).", ge=0)
    ]
    scope: Annotated[str | None, Field(description="Granted scopes, space-separated.")] = None


class ClientType(StrEnum):
    """
    `confidential` (server-side) or `public`.
    """

    confidential = "confidential"
    public = "public"


class OAuthApplication(MaskedModel):
    """
    An OAuth application (confidential client, client-credentials grant).
    """

    id: Annotated[int, Field(description="Application id.")]
    name: Annotated[str | None, Field(description="Display name.")] = None
    client_id: Annotated[str, Field(description="OAuth client id.")]
    client_secret: Annotated[
        str | None,
        Field(
            description="Client secret (one page lists it; another says secrets are never returned after creation).",
            json_schema_extra={"x-secret": True},
        ),
    ] = None
    client_type: Annotated[ClientType | None, Field(description="`confidential` (server-side) or `public`.")] = None
    authorization_grant_type: Annotated[str | None, Field(description="Grant type, normally `client-credentials`.")] = (
        None
    )
    redirect_uris: Annotated[list[str] | None, Field(description="Redirect URIs (empty for client credentials).")] = (
        None
    )
    created: Annotated[AwareDatetime | None, Field(description="Creation time.")] = None
    updated: Annotated[AwareDatetime | None, Field(description="Last update time.")] = None
    skip_authorization: Annotated[bool | None, Field(description="Whether the consent screen is skipped.")] = None


class OAuthApplicationPage(ExactModel):
    """
    Applications with a count.
    """

    count: Annotated[int | None, Field(description="Number of applications.", ge=0)] = None
    results: Annotated[list[OAuthApplication], Field(description="The applications.")]


class ListOAuthApplicationsResponse(ExactRootModel[list[OAuthApplication] | OAuthApplicationPage]):
    root: Annotated[
        list[OAuthApplication] | OAuthApplicationPage,
        Field(
            description="Either a bare array of applications or `{count, results}` (both shapes are documented).",
            examples=[
                [
                    {
                        "id": 1,
                        "name": "Production API",
                        "client_id": "prod_client_id_here",
                        "client_secret": "prod_client_secret_here",
                        "client_type": "confidential",
                    }
                ],
                {
                    "count": 1,
                    "results": [
                        {
                            "id": 1,
                            "name": "Production API",
                            "client_id": "prod_client_id_here",
                            "client_type": "confidential",
                            "authorization_grant_type": "client-credentials",
                            "redirect_uris": [],
                            "created": "2025-01-01T10:00:00Z",
                            "updated": "2025-01-15T08:30:00Z",
                            "skip_authorization": True,
                        }
                    ],
                },
            ],
        ),
    ]


class CreateOAuthApplicationRequest(ExactModel):
    """
    New OAuth application.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str, Field(description="Descriptive name.", max_length=255, min_length=1)]


class CreateOAuthApplicationResponse(MaskedModel):
    """
    The new application's credentials (store the secret).
    """

    id: Annotated[int, Field(description="Application id.")]
    name: Annotated[str | None, Field(description="Display name.")] = None
    client_id: Annotated[str, Field(description="OAuth client id.")]
    client_secret: Annotated[str, Field(description="OAuth client secret.", json_schema_extra={"x-secret": True})]


class CurrencyDetail(ExactModel):
    """
    A currency with details (`full=true`); limits with `min_max=true`, USD limits with `include_usd=true`.
    """

    currency: CurrencyCode
    name: Annotated[str | None, Field(description="Display name, e.g. `Tether USD`.")] = None
    token: Annotated[str | None, Field(description="Token, lower case here (`usdt`).")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain, lower case here (`trx`).")] = None
    is_popular: Annotated[bool | None, Field(description="Shown as popular.")] = None
    is_stable: Annotated[bool | None, Field(description="Stablecoin.")] = None
    min_amount: Annotated[
        DecimalString | None, Field(description="Minimum amount in the currency (`min_max=true`).")
    ] = None
    max_amount: Annotated[
        DecimalString | None, Field(description="Maximum amount in the currency (`min_max=true`).")
    ] = None
    min_amount_usd: Annotated[DecimalString | None, Field(description="Minimum in USD (`include_usd=true`).")] = None
    max_amount_usd: Annotated[DecimalString | None, Field(description="Maximum in USD (`include_usd=true`).")] = None


class CurrencyListFull(ExactModel):
    """
    Currencies with details (`full=true`).
    """

    currencies: Annotated[list[CurrencyDetail], Field(description="The currencies.")]


class CurrencyListSimple(ExactModel):
    """
    Currency codes (default).
    """

    currencies: Annotated[list[CurrencyCode], Field(description="The currency codes.")]


class ListCurrenciesResponse(ExactRootModel[CurrencyListFull | CurrencyListSimple]):
    root: Annotated[
        CurrencyListFull | CurrencyListSimple,
        Field(
            description="Codes (default) or detail objects (`full=true`). The detailed variant is listed first so that a first-match union parser does not read objects as codes."
        ),
    ]


class GetRateResponse(ExactModel):
    """
    Conversion result; numbers are JSON numbers (parse as Decimal). `fee_percentage`, `fee_amount`, `timestamp` only with `full=true`.
    """

    currency_from: Annotated[str, Field(description="Source currency.")]
    currency_to: Annotated[str, Field(description="Target currency.")]
    amount: Annotated[Decimal, Field(description="Amount converted (source currency).")]
    estimated_amount: Annotated[
        Decimal, Field(description="Resulting amount (target currency), after the fee when one applies.")
    ]
    rate: Annotated[Decimal, Field(description="Exchange rate.")]
    fee_percentage: Annotated[Decimal | None, Field(description="Fee percentage applied (`full=true`).")] = None
    fee_amount: Annotated[Decimal | None, Field(description="Fee amount (`full=true`).")] = None
    timestamp: Annotated[AwareDatetime | None, Field(description="Rate time (`full=true`).")] = None


class PaymentStatus(StrEnum):
    """
    `waiting` created, awaiting funds; `confirming` funds seen, awaiting confirmations; `confirmed` confirmations reached (listed as a filter value by the current List Payments page); `sending` being credited/forwarded (same source); `completed` fully paid and credited; `partially_completed` partly paid and the window expired (the received amount is credited); `expired` nothing paid in time; `failed` failed.
    """

    waiting = "waiting"
    confirming = "confirming"
    confirmed = "confirmed"
    sending = "sending"
    completed = "completed"
    partially_completed = "partially_completed"
    expired = "expired"
    failed = "failed"


class CreatePaymentRequest(ExactModel):
    """
    New payment. Send exactly one of `currency` / (`blockchain` + `token`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        Decimal,
        Field(
            description="Price in `price_currency` (fiat), exact: at most 2 decimals by value (`100.10` = `100.1`), finer prices are refused with `invalid_amount` (422), never rounded. A JSON number (the seed's examples, `100.00`) or a decimal string (`\"100.00\"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount` (422)."
        ),
    ]
    currency: Annotated[CurrencyCode | None, Field(description="Combined currency code, e.g. `USDTTRC20`.")] = None
    blockchain: Annotated[
        str | None, Field(description="Blockchain (with `token`), e.g. `TRX`.", max_length=32, min_length=1)
    ] = None
    token: Annotated[
        str | None, Field(description="Token (with `blockchain`), e.g. `USDT`.", max_length=32, min_length=1)
    ] = None
    price_currency: Annotated[
        str | None, Field(description="Currency of `amount` (default `USD`).", max_length=10, min_length=1)
    ] = "USD"
    callback_url: Annotated[
        AnyUrl | None, Field(description="Webhook URL for this payment (overrides the tenant URL).")
    ] = None
    order_id: Annotated[
        str | None, Field(description="Your order id (auto-generated when omitted).", max_length=100)
    ] = None
    order_description: Annotated[str | None, Field(description="Order description.", max_length=500)] = None
    custom_id: Annotated[str | None, Field(description="Your reference.", max_length=64)] = None
    is_fixed_rate: Annotated[bool | None, Field(description="Lock the exchange rate (default true).")] = True
    is_fee_paid_by_user: Annotated[
        bool | None, Field(description="Whether the payer pays the fee (added to the crypto amount).")
    ] = None
    customer_email: Annotated[
        str | None,
        Field(
            description="Payer's e-mail. Not declared `format: email`: the seed's example is the Cloudflare obfuscation artefact `[email protected]`, and `EmailStr` would need `email-validator` in the pydantic models.",
            max_length=254,
        ),
    ] = None
    wallet_id: Annotated[
        str | None, Field(description="Wallet (sub-account) to credit; the master account when omitted.", max_length=64)
    ] = None
    expiry_minutes: Annotated[int | None, Field(description="Payment window in minutes (1-1440).", ge=1, le=1440)] = (
        None
    )


class GetPaymentStatusRequest(ExactModel):
    """
    Payment lookup.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    transaction_id: Annotated[UUID, Field(description="The payment's `transaction_id`.")]


class PaymentDeposit(ExactModel):
    """
    One on-chain deposit to the payment address.
    """

    deposit_id: Annotated[str | None, Field(description="Deposit id.")] = None
    amount: Annotated[DecimalString | None, Field(description="Amount received (crypto).")] = None
    transaction_hash: Annotated[str | None, Field(description="On-chain transaction hash.")] = None
    confirmations: Annotated[int | None, Field(description="Confirmations.", ge=0)] = None
    timestamp: Annotated[AwareDatetime | None, Field(description="When the deposit was seen.")] = None


class PaymentType(StrEnum):
    """
    `full` paid exactly, `partial` underpaid, `overpayment` overpaid.
    """

    full = "full"
    partial = "partial"
    overpayment = "overpayment"


class Payment(ExactModel):
    """
    A payment (answer of create, status and list). Amounts are decimal strings: `amount_usd` in the price currency, `amount_crypto` expected in `currency`.
    """

    transaction_id: Annotated[UUID, Field(description="Payment id.")]
    status: PaymentStatus
    blockchain: Annotated[str | None, Field(description="Blockchain, e.g. `TRX`.")] = None
    token: Annotated[str | None, Field(description="Token, e.g. `USDT`.")] = None
    currency: Annotated[str, Field(description="Combined currency code, e.g. `USDTTRC20`.")]
    amount_usd: Annotated[DecimalString, Field(description="Amount in the price currency (USD).")]
    amount_crypto: Annotated[DecimalString, Field(description="Expected crypto amount.")]
    address: Annotated[str, Field(description="Deposit address to pay to.")]
    transaction_hash: Annotated[str | None, Field(description="Hash of the (first) deposit; null until seen.")] = None
    confirmations: Annotated[int | None, Field(description="Confirmations of the deposit.", ge=0)] = None
    payment_type: Annotated[
        PaymentType | None, Field(description="`full` paid exactly, `partial` underpaid, `overpayment` overpaid.")
    ] = None
    payment_history: Annotated[list[PaymentDeposit] | None, Field(description="All deposits received.")] = None
    total_paid_amount: Annotated[DecimalString | None, Field(description="Sum of the deposits (crypto).")] = None
    order_id: Annotated[str | None, Field(description="Your order id.")] = None
    order_description: Annotated[str | None, Field(description="Order description.")] = None
    custom_id: Annotated[str | None, Field(description="Your reference.")] = None
    customer_email: Annotated[str | None, Field(description="Payer's e-mail.")] = None
    callback_url: Annotated[str | None, Field(description="Webhook URL of this payment.")] = None
    wallet_id: Annotated[str | None, Field(description="Credited wallet; null for the master account.")] = None
    is_fixed_rate: Annotated[bool | None, Field(description="Rate locked.")] = None
    is_fee_paid_by_user: Annotated[bool | None, Field(description="Payer pays the fee.")] = None
    merchant_received_usd: Annotated[DecimalString | None, Field(description="Net amount credited to you in USD.")] = (
        None
    )
    merchant_received_amount: Annotated[
        DecimalString | None,
        Field(
            description="Net amount credited to your balance, in `currency`: `total_paid_amount` - `fee_amount` once the payment is `completed` or `partially_completed`, 0 before."
        ),
    ] = None
    fee_amount: Annotated[
        DecimalString | None,
        Field(
            description="Platform fee kept from what was paid, in `currency` (the tenant `transaction_fee` %; when `is_fee_paid_by_user` it was added to `amount_crypto`), 0 until credited."
        ),
    ] = None
    expiry_time: Annotated[AwareDatetime | None, Field(description="Payment window end.")] = None
    created_at: Annotated[AwareDatetime, Field(description="Creation time.")]
    updated_at: Annotated[AwareDatetime | None, Field(description="Last update time.")] = None


class ListPaymentsResponse(ExactModel):
    """
    A page of payments (offset pagination).
    """

    count: Annotated[int, Field(description="Number of payments matching the filters.", ge=0)]
    total: Annotated[
        int | None, Field(description="Number of payments matching the filters (same as `count`).", ge=0)
    ] = None
    offset: Annotated[int | None, Field(description="Offset of this page.", ge=0)] = None
    limit: Annotated[int | None, Field(description="Page size.", ge=1)] = None
    results: Annotated[list[Payment], Field(description="The payments.")]


class PaymentMinAmount(ExactModel):
    """
    Payment limits of a currency (JSON numbers).
    """

    currency: Annotated[str, Field(description="Currency code.")]
    min_amount: Annotated[Decimal, Field(description="Minimum amount (in the currency).")]
    max_amount: Annotated[Decimal | None, Field(description="Maximum amount (in the currency).")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain, e.g. `TRX`.")] = None
    token: Annotated[str | None, Field(description="Token, e.g. `USDT`.")] = None


class WithdrawalStatus(StrEnum):
    """
    `pending` created, awaiting processing; `approved` approved for sending; `processing` being prepared; `submitted` broadcast; `confirmed` confirmed on chain; `completed` done; `rejected` refused (e.g. compliance, balance); `failed` failed on chain or in processing; `cancelled` cancelled. The current pages show `pending`, `completed`, `failed`, `rejected`; the full list is the List Withdrawals filter enumeration.
    """

    pending = "pending"
    approved = "approved"
    processing = "processing"
    submitted = "submitted"
    confirmed = "confirmed"
    completed = "completed"
    rejected = "rejected"
    failed = "failed"
    cancelled = "cancelled"


class CreateWithdrawalRequest(ExactModel):
    """
    New withdrawal. Send exactly one of `amount` / `price_amount`, and exactly one of `currency` / (`blockchain` + `token`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        Decimal | None,
        Field(
            description="Crypto amount, at most 8 decimals. A JSON number (the seed's examples, `100.00`) or a decimal string (`\"100.00\"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount` (422)."
        ),
    ] = None
    price_amount: Annotated[
        Decimal | None,
        Field(
            description="Fiat amount in `price_currency`, converted at the current rate; exact (at most 2 decimals by value, finer is refused with `invalid_amount`, 422). A JSON number (the seed's examples, `100.00`) or a decimal string (`\"100.00\"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount` (422)."
        ),
    ] = None
    price_currency: Annotated[
        str | None, Field(description="Currency of `price_amount` (default `USD`).", max_length=10, min_length=1)
    ] = "USD"
    final_amount: Annotated[
        bool | None,
        Field(
            description="`true`: `amount` is what the recipient receives and the fees are added on top (`requested_amount` = `amount` + `fee` is what leaves the balance); `false`: `amount` is what leaves the balance and the recipient gets `amount` - `fee`."
        ),
    ] = False
    address: Annotated[str, Field(description="Destination address.", max_length=255, min_length=1)]
    currency: Annotated[CurrencyCode | None, Field(description="Combined currency code, e.g. `USDTTRC20`.")] = None
    blockchain: Annotated[
        str | None, Field(description="Blockchain (with `token`), e.g. `TRX`.", max_length=32, min_length=1)
    ] = None
    token: Annotated[
        str | None, Field(description="Token (with `blockchain`), e.g. `USDT`.", max_length=32, min_length=1)
    ] = None
    memo: Annotated[str | None, Field(description="Memo / destination tag (XRP, XLM).", max_length=255)] = None
    custom_id: Annotated[str | None, Field(description="Your reference.", max_length=64)] = None
    callback_url: Annotated[AnyUrl | None, Field(description="Webhook URL for this withdrawal.")] = None
    account_id: Annotated[
        str | None, Field(description="Wallet to debit; the default (master) wallet when omitted.", max_length=64)
    ] = None


class GetWithdrawalStatusRequest(ExactModel):
    """
    Withdrawal lookup.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    withdrawal_id: Annotated[UUID, Field(description="The withdrawal's `withdrawal_id`.")]


class Withdrawal(ExactModel):
    """
    A withdrawal (answer of create, detail, status; list entries). Decimal strings with 8 decimals; `fee` = `platform_fee` + `network_fee`; `amount` is sent to the address, `requested_amount` is what was asked.
    """

    withdrawal_id: Annotated[UUID, Field(description="Withdrawal id.")]
    custom_id: Annotated[str | None, Field(description="Your reference.")] = None
    status: WithdrawalStatus
    amount: Annotated[DecimalString, Field(description="Amount sent to the address.")]
    requested_amount: Annotated[DecimalString | None, Field(description="Amount requested.")] = None
    fee: Annotated[DecimalString | None, Field(description="Total fee.")] = None
    platform_fee: Annotated[DecimalString | None, Field(description="Cryptofuse fee.")] = None
    network_fee: Annotated[DecimalString | None, Field(description="Blockchain fee.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain, e.g. `TRX`.")] = None
    token: Annotated[str | None, Field(description="Token, e.g. `USDT`.")] = None
    currency: Annotated[str | None, Field(description="Combined currency code.")] = None
    address: Annotated[str, Field(description="Destination address.")]
    memo: Annotated[str | None, Field(description="Memo / destination tag.")] = None
    transaction_hash: Annotated[str | None, Field(description="On-chain hash; null until broadcast.")] = None
    confirmations: Annotated[int | None, Field(description="Confirmations.", ge=0)] = None
    required_confirmations: Annotated[int | None, Field(description="Confirmations needed for `completed`.", ge=0)] = (
        None
    )
    batch_id: Annotated[str | None, Field(description="Processing batch.")] = None
    callback_url: Annotated[str | None, Field(description="Webhook URL of this withdrawal.")] = None
    error_message: Annotated[str | None, Field(description="Reason, when `failed` or `rejected`.")] = None
    created_at: Annotated[AwareDatetime, Field(description="Creation time.")]
    updated_at: Annotated[AwareDatetime | None, Field(description="Last update time.")] = None
    completed_at: Annotated[AwareDatetime | None, Field(description="Completion time.")] = None


class ListWithdrawalsResponse(ExactModel):
    """
    A page of withdrawals (offset pagination).
    """

    withdrawals: Annotated[list[Withdrawal], Field(description="The withdrawals.")]
    total: Annotated[int, Field(description="Number of withdrawals matching the filters.", ge=0)]


class ValidateAddressRequest(ExactModel):
    """
    Address to validate. Send at least one of `currency`, `blockchain`, `type`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    address: Annotated[str, Field(description="The address.", max_length=255, min_length=1)]
    currency: Annotated[CurrencyCode | None, Field(description="Currency code, e.g. `USDTARB`.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain, e.g. `ARB`.", max_length=32, min_length=1)] = None
    type: Annotated[
        str | None, Field(description="Address type, e.g. `EVM`, `TRX`, `SOL`, `BTC`.", max_length=16, min_length=1)
    ] = None
    token: Annotated[str | None, Field(description="Token, e.g. `USDT`.", max_length=32, min_length=1)] = None
    memo: Annotated[
        str | None, Field(description="Memo / destination tag to validate with the address.", max_length=255)
    ] = None


class AddressValidation(ExactModel):
    """
    Address validation result.
    """

    is_valid: Annotated[bool, Field(description="Whether the address is valid.")]
    address: Annotated[str, Field(description="The address checked.")]
    type: Annotated[str | None, Field(description="Address type, e.g. `EVM`, `TRX`.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain.")] = None
    token: Annotated[str | None, Field(description="Token.")] = None
    currency: Annotated[str | None, Field(description="Currency code.")] = None
    error_message: Annotated[str | None, Field(description="Why the address is invalid; null when valid.")] = None


class EstimateWithdrawalFeeRequest(ExactModel):
    """
    Fee estimate request. Send exactly one of `currency` / (`blockchain` + `token`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        Decimal,
        Field(
            description="Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string (`\"100.00\"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount` (422)."
        ),
    ]
    currency: Annotated[CurrencyCode | None, Field(description="Combined currency code.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain (with `token`).", max_length=32, min_length=1)] = (
        None
    )
    token: Annotated[str | None, Field(description="Token (with `blockchain`).", max_length=32, min_length=1)] = None
    address: Annotated[
        str | None,
        Field(description="Destination address (to detect new-address activation fees).", max_length=255, min_length=1),
    ] = None


class WithdrawalFeeEstimate(ExactModel):
    """
    Network fee estimate.
    """

    fee: Annotated[DecimalString, Field(description="Estimated fee (in the currency).")]
    token: Annotated[str | None, Field(description="Token.")] = None
    currency: Annotated[str | None, Field(description="Currency code.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain.")] = None
    chain: Annotated[str | None, Field(description="Chain identifier used for the estimate.")] = None
    is_new_address: Annotated[
        bool | None, Field(description="Whether the destination has never been used (needs activation).")
    ] = None
    address_activation_fee: Annotated[
        DecimalString | None, Field(description="Extra fee for activating a new address (e.g. TRON).")
    ] = None


class EstimateWithdrawalRequest(ExactModel):
    """
    Withdrawal simulation request. Send exactly one of `currency` / (`blockchain` + `token`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        Decimal,
        Field(
            description="Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string (`\"100.00\"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount` (422)."
        ),
    ]
    currency: Annotated[CurrencyCode | None, Field(description="Combined currency code.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain (with `token`).", max_length=32, min_length=1)] = (
        None
    )
    token: Annotated[str | None, Field(description="Token (with `blockchain`).", max_length=32, min_length=1)] = None
    address: Annotated[
        str | None, Field(description="Destination address (optional).", max_length=255, min_length=1)
    ] = None
    final_amount: Annotated[
        bool | None,
        Field(
            description="`true`: `amount` is what the recipient receives (`requested_amount` = `amount` + `fee` in the answer)."
        ),
    ] = False


class WithdrawalEstimate(ExactModel):
    """
    Withdrawal simulation (nothing is created).
    """

    withdrawal_id: Annotated[None, Field(description="Always null (nothing is created).")] = None
    status: Annotated[Literal["estimate"] | None, Field(description="Always `estimate`.")] = None
    requested_amount: Annotated[DecimalString, Field(description="Amount requested.")]
    fee: Annotated[DecimalString, Field(description="Total fee (`platform_fee` + `network_fee`).")]
    amount: Annotated[DecimalString, Field(description="Amount that would be sent.")]
    currency: Annotated[str | None, Field(description="Currency code.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain.")] = None
    token: Annotated[str | None, Field(description="Token.")] = None
    platform_fee: Annotated[DecimalString | None, Field(description="Cryptofuse fee.")] = None
    network_fee: Annotated[DecimalString | None, Field(description="Blockchain fee.")] = None


class GetWithdrawalMinAmountRequest(ExactModel):
    """
    Currency whose withdrawal minimum is asked.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    currency: Annotated[CurrencyCode, Field(description="Currency code, e.g. `USDTTRC20`.")]


class WithdrawalMinAmount(ExactModel):
    """
    Withdrawal limits of a currency (number or decimal string).
    """

    currency: Annotated[str, Field(description="Currency code.")]
    min_amount: Annotated[Decimal, Field(description="Minimum withdrawal amount.")]
    max_amount: Annotated[Decimal | None, Field(description="Maximum withdrawal amount.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain.")] = None
    token: Annotated[str | None, Field(description="Token.")] = None


class WithdrawalCurrency(ExactModel):
    """
    A currency that can be withdrawn now.
    """

    currency: Annotated[str, Field(description="Currency code.")]
    name: Annotated[str | None, Field(description="Display name.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain.")] = None
    token: Annotated[str | None, Field(description="Token.")] = None
    balance: Annotated[DecimalString, Field(description="Available balance.")]
    min_withdrawal: Annotated[DecimalString | None, Field(description="Minimum withdrawal.")] = None
    max_withdrawal: Annotated[
        DecimalString | None, Field(description="Maximum withdrawal (capped by the balance).")
    ] = None


class ListWithdrawalCurrenciesResponse(ExactModel):
    """
    Currencies available for withdrawal.
    """

    currencies: Annotated[list[WithdrawalCurrency], Field(description="The currencies.")]
    total: Annotated[int, Field(description="Number of currencies.", ge=0)]


class MasterCurrencyBalance(ExactModel):
    """
    Master-account balance of one currency: `amount` = `available_balance` + `pending_amount`.
    """

    amount: Annotated[
        DecimalString,
        Field(
            description="Balance owned: `available_balance` + `pending_amount`. An incoming payment counts only once credited (net of its fee); while `confirming` it is only in the payment (`total_paid_amount`)."
        ),
    ]
    pending_amount: Annotated[
        DecimalString | None,
        Field(
            description="Held for open withdrawals (their `requested_amount`) and pending wallet transfers; still yours, not spendable (x-inferred)."
        ),
    ] = None
    available_balance: Annotated[
        DecimalString | None,
        Field(
            description="Spendable now: `amount` - `pending_amount` (as the sub-accounts show it; x-inferred for the master account, which the docs show without it)."
        ),
    ] = None


class SubAccountBalance(ExactModel):
    """
    One wallet's balance of a currency.
    """

    account_name: Annotated[str | None, Field(description="Wallet name.")] = None
    account_id: Annotated[str, Field(description="Wallet id.")]
    amount: Annotated[
        DecimalString,
        Field(description="Balance owned: `available_balance` + `pending_amount` (the docs' example: 300 = 300 + 0)."),
    ]
    pending_amount: Annotated[
        DecimalString | None, Field(description="Held for open withdrawals and pending transfers (x-inferred).")
    ] = None
    available_balance: Annotated[DecimalString | None, Field(description="Spendable (amount - pending).")] = None


class SubAccountsCurrencyBalance(ExactModel):
    """
    All wallets' balances of one currency.
    """

    total_amount: Annotated[DecimalString, Field(description="Sum over the wallets.")]
    total_pending: Annotated[DecimalString | None, Field(description="Pending sum over the wallets.")] = None
    accounts: Annotated[list[SubAccountBalance], Field(description="Per wallet.")]


class BalanceStatistics(ExactModel):
    """
    Counters (another doc page shows `total_deposits`/`total_withdrawals` here).
    """

    currencies_count: Annotated[int | None, Field(description="Currencies with a balance.", ge=0)] = None
    subaccounts_count: Annotated[int | None, Field(description="Number of wallets.", ge=0)] = None
    total_deposits: Annotated[DecimalString | None, Field(description="Total deposits (other doc page).")] = None
    total_withdrawals: Annotated[DecimalString | None, Field(description="Total withdrawals (other doc page).")] = None


class GetBalancesResponse(ExactModel):
    """
    Aggregated balances, keyed by currency code.
    """

    account: Annotated[dict[str, MasterCurrencyBalance], Field(description="Master account, per currency code.")]
    sub_accounts: Annotated[dict[str, SubAccountsCurrencyBalance], Field(description="Wallets, per currency code.")]
    statistics: BalanceStatistics | None = None


class BalanceHistoryEntry(ExactModel):
    """
    One balance movement.
    """

    timestamp: Annotated[AwareDatetime, Field(description="When it happened.")]
    currency: Annotated[str, Field(description="Currency code.")]
    type: Annotated[str, Field(description="Movement type, e.g. `deposit`, `withdrawal`, `transfer`, `fee`.")]
    amount: Annotated[DecimalString, Field(description="Signed amount.")]
    balance_after: Annotated[
        DecimalString | None,
        Field(
            description="`available_balance` of the master account after the movement (a withdrawal or transfer moves it at creation; a refund moves it back)."
        ),
    ] = None


class GetBalanceHistoryResponse(ExactModel):
    """
    A page of balance movements (offset pagination).
    """

    history: Annotated[list[BalanceHistoryEntry], Field(description="The movements.")]
    total: Annotated[int, Field(description="Number of movements matching the filters.", ge=0)]
    limit: Annotated[int | None, Field(description="Page size.", ge=1)] = None
    offset: Annotated[int | None, Field(description="Offset of this page.", ge=0)] = None


class WalletBalance(ExactModel):
    """
    A wallet's balance of one currency.
    """

    currency: Annotated[str, Field(description="Currency code.")]
    amount: Annotated[DecimalString, Field(description="Balance.")]
    pending_amount: Annotated[DecimalString | None, Field(description="Pending amount.")] = None
    available_balance: Annotated[DecimalString | None, Field(description="Available (amount - pending).")] = None


class Wallet(ExactModel):
    """
    A wallet (sub-account).
    """

    id: Annotated[
        int | str,
        Field(
            description="Wallet id (integer in the overview example, UUID string in the Create Wallet page); used in `/wallets/{id}/`."
        ),
    ]
    name: Annotated[str, Field(description="Wallet name.")]
    external_id: Annotated[str | None, Field(description="Your id for the wallet (unique per tenant).")] = None
    wallet_id: Annotated[
        str, Field(description="System wallet id, e.g. `w_abc123`; used by balances, transfers and transfer history.")
    ]
    created: Annotated[AwareDatetime | None, Field(description="Creation time.")] = None
    updated: Annotated[AwareDatetime | None, Field(description="Last update time.")] = None
    balances: Annotated[
        list[WalletBalance] | None, Field(description="Balances per currency (empty for a new wallet).")
    ] = None


class ListWalletsResponse(ExactModel):
    """
    All wallets.
    """

    accounts: Annotated[list[Wallet], Field(description="The wallets.")]
    total: Annotated[int, Field(description="Number of wallets.", ge=0)]


class CreateWalletRequest(ExactModel):
    """
    New wallet.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str, Field(description="Wallet name.", max_length=255, min_length=1)]
    external_id: Annotated[
        str, Field(description="Your id for the wallet; unique per tenant.", max_length=255, min_length=1)
    ]


class GetWalletBalancesRequest(ExactModel):
    """
    Wallet lookup: send exactly one of `wallet_id` / `external_id`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    wallet_id: Annotated[str | None, Field(description="System wallet id.", max_length=64, min_length=1)] = None
    external_id: Annotated[str | None, Field(description="Your id for the wallet.", max_length=255, min_length=1)] = (
        None
    )


class GetWalletBalancesResponse(ExactModel):
    """
    One wallet's balances.
    """

    wallet_id: Annotated[str, Field(description="System wallet id.")]
    external_id: Annotated[str | None, Field(description="Your id for the wallet.")] = None
    name: Annotated[str | None, Field(description="Wallet name.")] = None
    balances: Annotated[list[WalletBalance], Field(description="Balances per currency.")]


class WalletTransferRequest(ExactModel):
    """
    Internal transfer between the master account and a wallet. Identify the wallet by exactly one of `wallet_id` / `external_id`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    wallet_id: Annotated[str | None, Field(description="System wallet id.", max_length=64, min_length=1)] = None
    external_id: Annotated[str | None, Field(description="Your id for the wallet.", max_length=255, min_length=1)] = (
        None
    )
    currency: Annotated[CurrencyCode, Field(description="Currency code.")]
    amount: Annotated[
        Decimal,
        Field(
            description='Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`) or a JSON number (x-inferred from the backend\'s Django REST Framework `DecimalField`, which reads either).'
        ),
    ]
    callback_url: Annotated[AnyUrl, Field(description="Where the result is POSTed (required).")]


class TransferAccepted(ExactModel):
    """
    Transfer accepted; the result comes to `callback_url`.
    """

    status: Annotated[Literal["accepted"], Field(description="Always `accepted`.")]
    transfer_id: Annotated[str, Field(description="Transfer id (as in the transfer history and the callback).")]
    message: Annotated[str | None, Field(description="Human-readable message.")] = None


class TransferStatus(StrEnum):
    """
    `pending` accepted, not yet booked; `completed` booked; `failed` not booked (e.g. insufficient balance).
    """

    pending = "pending"
    completed = "completed"
    failed = "failed"


class TransferType(StrEnum):
    """
    `to_sub` master -> wallet (transfer-to-user); `to_master` wallet -> master (withdraw-to-master).
    """

    to_sub = "to_sub"
    to_master = "to_master"


class GetTransferHistoryRequest(ExactModel):
    """
    Wallet and filters.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    wallet_id: Annotated[str, Field(description="System wallet id.", max_length=64, min_length=1)]
    status: TransferStatus | None = None
    transfer_type: TransferType | None = None
    currency: Annotated[CurrencyCode | None, Field(description="Filter by currency.")] = None
    limit: Annotated[int | None, Field(description="Page size (default 20; maximum not documented).", ge=1, le=100)] = (
        20
    )
    offset: Annotated[int | None, Field(description="Results to skip.", ge=0, le=2147483647)] = 0


class TransferAccount(ExactModel):
    """
    The wallet whose history this is.
    """

    id: Annotated[int | str | None, Field(description="Wallet id.")] = None
    name: Annotated[str | None, Field(description="Wallet name.")] = None
    external_id: Annotated[str | None, Field(description="Your id for the wallet.")] = None
    wallet_id: Annotated[str | None, Field(description="System wallet id.")] = None


class Transfer(ExactModel):
    """
    One internal transfer.
    """

    id: Annotated[str, Field(description="Transfer id (the `transfer_id` of the 202 answer).")]
    transfer_type: TransferType
    currency: Annotated[str, Field(description="Currency code.")]
    amount: Annotated[DecimalString, Field(description="Amount.")]
    status: TransferStatus
    created_at: Annotated[AwareDatetime | None, Field(description="Creation time.")] = None


class TransferPagination(ExactModel):
    """
    Pagination of the transfer history.
    """

    total: Annotated[int, Field(description="Number of transfers matching the filters.", ge=0)]
    limit: Annotated[int | None, Field(description="Page size.", ge=1)] = None
    offset: Annotated[int | None, Field(description="Offset of this page.", ge=0)] = None


class GetTransferHistoryResponse(ExactModel):
    """
    A page of a wallet's transfers (offset pagination).
    """

    account: TransferAccount | None = None
    transfers: Annotated[list[Transfer], Field(description="The transfers.")]
    pagination: TransferPagination


class AccountType(StrEnum):
    """
    `individual` or `business` account.
    """

    individual = "individual"
    business = "business"


class Status(StrEnum):
    """
    `active`, `suspended` or `pending` (not yet approved).
    """

    active = "active"
    suspended = "suspended"
    pending = "pending"


class TenantInfo(MaskedModel):
    """
    The tenant. The overview shows `name`, `transaction_fee`, `is_fee_paid_by_user`, `webhook_callback_url`, `webhook_secret_masked`; another page adds the other fields (and `webhook_secret` = the first characters of the secret).
    """

    id: Annotated[int | str | None, Field(description="Tenant id.")] = None
    name: Annotated[str, Field(description="Tenant (company) name.")]
    schema_name: Annotated[str | None, Field(description="Tenant schema (multi-tenant database).")] = None
    account_type: Annotated[AccountType | None, Field(description="`individual` or `business` account.")] = None
    status: Annotated[Status | None, Field(description="`active`, `suspended` or `pending` (not yet approved).")] = None
    created_on: Annotated[str | None, Field(description="Creation date.")] = None
    contact_email: Annotated[str | None, Field(description="Contact e-mail.")] = None
    transaction_fee: Annotated[
        Decimal | None, Field(description="Fee percentage on payments (a JSON number, e.g. `1.0` = 1 %).")
    ] = None
    is_fee_paid_by_user: Annotated[bool | None, Field(description="Default for who pays the fee.")] = None
    webhook_callback_url: Annotated[str | None, Field(description="Tenant webhook URL.")] = None
    webhook_secret_masked: Annotated[str | None, Field(description="Masked webhook secret, e.g. `sec_****fgh`.")] = None
    webhook_secret: Annotated[
        str | None,
        Field(
            description="First characters of the webhook secret (other doc page).", json_schema_extra={"x-secret": True}
        ),
    ] = None
    is_ip_whitelist_enabled: Annotated[
        bool | None, Field(description="Whether API calls are restricted to `ip_whitelist`.")
    ] = None
    ip_whitelist: Annotated[list[str] | None, Field(description="Allowed IPs.")] = None
    api_usage: Annotated[dict[str, Any] | None, Field(description="API usage counters.")] = None
    limits: Annotated[dict[str, Any] | None, Field(description="Account limits.")] = None
    statistics: Annotated[dict[str, Any] | None, Field(description="Account statistics.")] = None
    features: Annotated[dict[str, Any] | None, Field(description="Enabled features.")] = None


class ConfigureWebhookRequest(ExactModel):
    """
    Tenant webhook URL.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    callback_url: Annotated[AnyUrl, Field(description="HTTPS URL receiving the webhooks.")]


class WebhookSecretCreated(MaskedModel):
    """
    First configuration; the secret is shown this once.
    """

    callback_url: Annotated[str, Field(description="The webhook URL.")]
    secret: Annotated[
        str,
        Field(
            description="Webhook signing secret (opaque; `sec_...` here, `whsk_...` elsewhere). Store it now.",
            json_schema_extra={"x-secret": True},
        ),
    ]
    message: Annotated[str | None, Field(description="Human-readable message.")] = None


class WebhookSettingsUpdated(ExactModel):
    """
    Later configuration; the secret is masked.
    """

    callback_url: Annotated[str, Field(description="The webhook URL.")]
    masked_secret: Annotated[str, Field(description="Masked secret.")]
    message: Annotated[str | None, Field(description="Human-readable message.")] = None


class ConfigureWebhookResponse(ExactRootModel[WebhookSecretCreated | WebhookSettingsUpdated]):
    root: Annotated[
        WebhookSecretCreated | WebhookSettingsUpdated,
        Field(
            description="`WebhookSecretCreated` on the first call, `WebhookSettingsUpdated` afterwards (exclusive through `secret` / `masked_secret`)."
        ),
    ]


class PlatformFees(ExactModel):
    """
    Platform fee balances per currency code (decimal strings).
    """

    fees: Annotated[dict[str, DecimalString], Field(description="Collected platform fees per currency code.")]


class ApiStatus(ExactModel):
    """
    API health.
    """

    status: Annotated[str, Field(description="`ok` when operational.")]


class PaymentType1(StrEnum):
    """
    `full`, `partial` or `overpayment`.
    """

    full = "full"
    partial = "partial"
    overpayment = "overpayment"


class WebhookPaymentData(ExactModel):
    """
    Payment data of a `payment_status_update` (union of the current and the older generation's field names: `amount_usd`/`amount_crypto`/`currency`/`address` vs `price_amount`/`pay_amount`/`pay_currency`/`blockchain_address`).
    """

    transaction_id: Annotated[UUID, Field(description="Payment id.")]
    status: PaymentStatus
    previous_status: PaymentStatus | None = None
    payment_type: Annotated[PaymentType1 | None, Field(description="`full`, `partial` or `overpayment`.")] = None
    order_id: Annotated[str | None, Field(description="Your order id.")] = None
    amount_usd: Annotated[DecimalString | None, Field(description="Amount in the price currency.")] = None
    amount_crypto: Annotated[DecimalString | None, Field(description="Expected crypto amount.")] = None
    blockchain: Annotated[str | None, Field(description="Blockchain.")] = None
    token: Annotated[str | None, Field(description="Token.")] = None
    currency: Annotated[str | None, Field(description="Combined currency code.")] = None
    address: Annotated[str | None, Field(description="Deposit address.")] = None
    price_amount: Annotated[
        DecimalString | None, Field(description="Amount in the price currency (older generation).")
    ] = None
    price_currency: Annotated[str | None, Field(description="Price currency (older generation).")] = None
    pay_amount: Annotated[DecimalString | None, Field(description="Crypto amount (older generation).")] = None
    pay_currency: Annotated[str | None, Field(description="Currency code (older generation).")] = None
    blockchain_address: Annotated[str | None, Field(description="Deposit address (older generation).")] = None
    transaction_hash: Annotated[str | None, Field(description="Hash of the deposit.")] = None
    confirmations: Annotated[int | None, Field(description="Confirmations.", ge=0)] = None
    merchant_received_usd: Annotated[DecimalString | None, Field(description="Net amount credited in USD.")] = None
    payment_history: Annotated[list[PaymentDeposit] | None, Field(description="All deposits.")] = None
    total_paid_amount: Annotated[DecimalString | None, Field(description="Sum of the deposits.")] = None
    metadata: Annotated[dict[str, Any] | None, Field(description="Extra data, e.g. `updated_at`.")] = None


class WebhookEventPaymentStatusUpdate(ExactModel):
    """
    Webhook `payment_status_update`. Signature (x-inferred): `X-Cryptofuse-Signature` = hex HMAC-SHA256(raw body, webhook secret).
    """

    event: Annotated[Literal["payment_status_update"], Field(description="Event type.")]
    transaction_id: Annotated[
        str | None, Field(description="Payment id (repeated at the top level by the current generation).")
    ] = None
    status: PaymentStatus | None = None
    timestamp: Annotated[AwareDatetime | None, Field(description="Event time.")] = None
    data: WebhookPaymentData


class WebhookDepositData(ExactModel):
    """
    The deposit detected.
    """

    transaction_id: Annotated[UUID, Field(description="Payment id.")]
    deposit_id: Annotated[str | None, Field(description="Deposit id.")] = None
    amount: Annotated[DecimalString | None, Field(description="Amount received.")] = None
    currency: Annotated[str | None, Field(description="Currency code.")] = None
    transaction_hash: Annotated[str | None, Field(description="On-chain hash.")] = None
    confirmations: Annotated[int | None, Field(description="Confirmations.", ge=0)] = None
    timestamp: Annotated[AwareDatetime | None, Field(description="When the deposit was seen.")] = None


class WebhookEventDepositReceived(ExactModel):
    """
    Webhook `deposit_received`. Signature (x-inferred): as for `payment_status_update`.
    """

    event: Annotated[Literal["deposit_received"], Field(description="Event type.")]
    timestamp: Annotated[AwareDatetime | None, Field(description="Event time.")] = None
    data: WebhookDepositData


class WebhookEventWithdrawalStatusUpdate(ExactModel):
    """
    Webhook for a withdrawal status change. Signature (x-inferred): as for `payment_status_update`.
    """

    event: Annotated[Literal["withdrawal_status_update"], Field(description="Event type.")]
    withdrawal_id: Annotated[str | None, Field(description="Withdrawal id.")] = None
    status: WithdrawalStatus | None = None
    timestamp: Annotated[AwareDatetime | None, Field(description="Event time.")] = None
    data: Withdrawal


class WebhookTransferData(ExactModel):
    """
    The transfer result.
    """

    transfer_id: Annotated[str, Field(description="Transfer id.")]
    transfer_type: TransferType | None = None
    status: TransferStatus
    wallet_id: Annotated[str | None, Field(description="System wallet id.")] = None
    external_id: Annotated[str | None, Field(description="Your id for the wallet.")] = None
    currency: Annotated[str | None, Field(description="Currency code.")] = None
    amount: Annotated[DecimalString | None, Field(description="Amount.")] = None
    error_message: Annotated[str | None, Field(description="Reason when `failed`.")] = None


class WebhookEventTransferStatusUpdate(ExactModel):
    """
    Result of transfer-to-user / withdraw-to-master, POSTed to the request's callback_url. Signature (x-inferred): as for `payment_status_update`.
    """

    event: Annotated[Literal["transfer_status_update"], Field(description="Event type.")]
    timestamp: Annotated[AwareDatetime | None, Field(description="Event time.")] = None
    data: WebhookTransferData


class WebhookEvent(
    ExactRootModel[
        WebhookEventPaymentStatusUpdate
        | WebhookEventDepositReceived
        | WebhookEventWithdrawalStatusUpdate
        | WebhookEventTransferStatusUpdate
    ]
):
    root: Annotated[
        WebhookEventPaymentStatusUpdate
        | WebhookEventDepositReceived
        | WebhookEventWithdrawalStatusUpdate
        | WebhookEventTransferStatusUpdate,
        Field(description="Any webhook notification; discriminated by `event`.", discriminator="event"),
    ]


class ErrorEnvelope(ExactModel):
    """
    Error envelope of every endpoint except `/o/token/` (see the error table in the API description).
    """

    error: ErrorBody
