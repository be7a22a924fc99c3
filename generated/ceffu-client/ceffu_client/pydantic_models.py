"""Pydantic v2 models of every schema and webhook payload (datamodel-code-generator)."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from ceffu_client._runtime.pydantic_base import ExactModel, ExactRootModel


class ErrorEnvelope(ExactModel):
    """
    Error envelope. Returned with HTTP 200 for business errors and with HTTP 4xx/5xx for transport-level failures. `data` is null (x-inferred: the docs only say "response data, maybe null"). Codes `G20001`-`G20018` are from the official Error Codes page (updated 21-Oct-2024); `G20019`-`G20030` from a community client that cites the same page.

    | code | message | meaning |
    |---|---|---|
    | `000000` | Success | OK (success envelope, not an error). |
    | `G20001` | Internal system error | Contact Ceffu support with the `x-request-id`. |
    | `G20002` | Bad request | Client error. |
    | `G20003` | Exceeded pagination size | Pagination size exceeded. |
    | `G20004` | Exceeded pagination limit | Pagination limit exceeded. |
    | `G20005` | Invalid parameter value | Missing or invalid parameter. |
    | `G20006` | Timestamp is empty | `timestamp` missing from query/body. |
    | `G20007` | Request timestamp expired | `timestamp` too far from server time. |
    | `G20008` | Missing API Key or Signature | `open-apikey` or `signature` header missing. |
    | `G20009` | Invalid Sign | Signature does not verify. |
    | `G20010` | Invalid API Key | API key not found or not active. |
    | `G20011` | Invalid IP address | Caller IP not in the API key's IP whitelist. |
    | `G20012` | Rate limit exceeded | Slow down and retry. |
    | `G20013` | No wallet permission | Wallet is not under your institution. |
    | `G20014` | Invalid request ID format | `requestId` malformed. |
    | `G20015` | Duplicated request | Duplicate `requestId`, or identical signature within a short period. |
    | `G20016` | No permission access this endpoint | API key lacks the permission group (`x-permission`). |
    | `G20017` | Sub wallet does not support withdraw action | Withdraw from the parent wallet instead. |
    | `G20018` | Required Sub wallet ID | A sub-wallet id is required. |
    | `G20019` | Prime wallet ID is required | A Prime wallet id is required. |
    | `G20020` | Wallet with the given ID not found | Unknown wallet id. |
    | `G20021` | Invalid wallet relationship | Wallets are not parent/child as required. |
    | `G20022` | Invalid amount | Amount is invalid. |
    | `G20023` | Invalid request format | Body/query malformed. |
    | `G20024` | Wallet type not supported | Endpoint not available for this wallet type. |
    | `G20025` | Address is not activated. Please contact the account manager | Deposit address not yet activated. |
    | `G20026` | Time range too large to search | `startTime`/`endTime` window too large. |
    | `G20027` | Prime or sub wallet ID is required | A Prime or sub-wallet id is required. |
    | `G20028` | API Key is expired | Create a new API key. |
    | `G20029` | Invalid Mirror linkage relationship | Mirror/MirrorX link does not match the wallet. |
    | `G20030` | Sub wallet ID is not supported for this endpoint | Use a parent wallet id. |
    """

    code: Annotated[str, Field(description="Error code `G2xxxx` (see table).", pattern="^G2[0-9]{4}$")]
    message: Annotated[str, Field(description="Human-readable error message.")]
    data: Annotated[None, Field(description="Always null on errors.")]


class SystemState(IntEnum):
    """
    System status: `0` normal, `1` system maintenance.
    """

    NORMAL = 0
    MAINTENANCE = 1


class SystemStatusBizType(IntEnum):
    """
    Business type of the system status enquiry: `10` Deposit, `20` Withdrawal, `30` Transfer to Binance exchange. (Not the transaction-history business types: the official Node SDK validates this against 10 = Withdrawal / 15 = Deposit; the docs win.)
    """

    DEPOSIT = 10
    WITHDRAWAL = 20
    EXCHANGE_TRANSFER = 30


class WalletType(IntEnum):
    """
    Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum; meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet.
    """

    QUALIFIED = 10
    UNDOCUMENTED_11 = 11
    COSIGN = 12
    PRIME = 20
    PRIME_SUB_WALLET = 21


class TransferType(IntEnum):
    """
    Transfer type: `10` on-chain transfer, `20` internal (off-chain, Ceffu-to-Ceffu) transfer.
    """

    ON_CHAIN = 10
    INTERNAL = 20


class TransactionDirection(IntEnum):
    """
    Direction: `10` deposit, `20` withdrawal.
    """

    DEPOSIT = 10
    WITHDRAWAL = 20


class TransactionStatus(IntEnum):
    """
    Transaction status: `10` Pending, `20` Processing, `30` Send success, `40` Confirmed, `99` Failed.
    """

    PENDING = 10
    PROCESSING = 20
    SEND_SUCCESS = 30
    CONFIRMED = 40
    FAILED = 99


class TransactionBizType(IntEnum):
    """
    Business type: `10` Withdrawal, `15` Deposit, `3110` MirrorX delegation, `3120` MirrorX undelegation, `3130` MirrorX settlement.
    """

    WITHDRAWAL = 10
    DEPOSIT = 15
    MIRRORX_DELEGATION = 3110
    MIRRORX_UNDELEGATION = 3120
    MIRRORX_SETTLEMENT = 3130


class CounterpartyWalletType(IntEnum):
    """
    Counterparty wallet type: `0` VASP, `1` unhosted / self-hosted wallet, `2` others.
    """

    VASP = 0
    UNHOSTED = 1
    OTHERS = 2


class CorrespondentType(IntEnum):
    """
    Correspondent type: `0` entity, `1` individual.
    """

    ENTITY = 0
    INDIVIDUAL = 1


class WhitelistAddressType(IntEnum):
    """
    Whitelist address type: `1` standard address, `2` universal address.
    """

    STANDARD = 1
    UNIVERSAL = 2


class WhitelistAddressStatus(IntEnum):
    """
    Whitelist address status (SDK): `10` Pending, `20` In progress, `30` Success, `99` Failed.
    """

    PENDING = 10
    IN_PROGRESS = 20
    SUCCESS = 30
    FAILED = 99


class AutoCollection(IntEnum):
    """
    Auto-collection: `0` disabled (default), `1` enabled (sub-wallet balances are swept to the parent Prime Wallet).
    """

    DISABLED = 0
    ENABLED = 1


class TransferStatus(IntEnum):
    """
    Transfer status: `10` Pending, `20` Processing, `30` Send success, `99` Failed.
    """

    PENDING = 10
    PROCESSING = 20
    SEND_SUCCESS = 30
    FAILED = 99


class SubWalletTransferDirection(IntEnum):
    """
    Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime, `70` auto-collection (SDK only).
    """

    PRIME_TO_SUB_WALLET = 10
    SUB_WALLET_TO_PRIME = 20
    SUB_WALLET_TO_SUB_WALLET = 30
    PRIME_TO_PRIME = 40
    AUTO_COLLECTION = 70


class MirrorXLinkStatus(IntEnum):
    """
    MirrorX link status (names from the official SDK): `0` Under review, `1` Approved, `2` Rejected, `3` Approving, `4` Unbinding, `5` Unbound, `10` Processing, `11` Request rejected, `12` Request expired, `13` Request cancelled.
    """

    UNDER_REVIEW = 0
    APPROVED = 1
    REJECTED = 2
    APPROVING = 3
    UNBINDING = 4
    UNBOUND = 5
    PROCESSING = 10
    REQUEST_REJECTED = 11
    REQUEST_EXPIRED = 12
    REQUEST_CANCELLED = 13


class MirrorXOrderType(IntEnum):
    """
    MirrorX order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance -> Ceffu), `30` settlement.
    """

    DELEGATION = 10
    UNDELEGATION = 20
    SETTLEMENT = 30


class MirrorXOrderStatus(IntEnum):
    """
    MirrorX order status: `10` Pending, `20` In progress, `30` Success, `99` Failed.
    """

    PENDING = 10
    IN_PROGRESS = 20
    SUCCESS = 30
    FAILED = 99


class MirrorOperationType(IntEnum):
    """
    Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle from Binance.
    """

    BORROW = 1
    SETTLE_FROM_CUSTODY = 2
    SETTLE_FROM_BINANCE = 3


class MirrorOperationStatus(IntEnum):
    """
    Mirror operation status: `20` In progress, `30` Success, `99` Failed.
    """

    IN_PROGRESS = 20
    SUCCESS = 30
    FAILED = 99


class ExchangeTransferDirection(IntEnum):
    """
    Exchange transfer direction: `10` custody -> exchange, `20` exchange -> custody (only `10` is supported for new transfers).
    """

    CUSTODY_TO_EXCHANGE = 10
    EXCHANGE_TO_CUSTODY = 20


class ExchangeCode(IntEnum):
    """
    Exchange code: `10` Binance.
    """

    BINANCE = 10


class SystemStatus(ExactModel):
    """
    Availability of a business line for a wallet type.
    """

    status: SystemState
    message: Annotated[str, Field(description="Status text, e.g. `Normal` or `System Maintenance`.")]


class PrimeCoinNetwork(ExactModel):
    """
    Network configuration of a coin supported by Prime Wallets.
    """

    coinSymbol: Annotated[str, Field(description="Coin symbol, e.g. `ETH`.")]
    coinFullName: Annotated[str | None, Field(description="Full coin name.")] = None
    network: Annotated[str, Field(description="Network symbol, e.g. `ETH`.")]
    depositEnable: Annotated[bool | None, Field(description="Whether deposits are enabled on this network.")] = None
    withdrawalEnable: Annotated[bool | None, Field(description="Whether withdrawals are enabled on this network.")] = (
        None
    )
    withdrawalMin: Annotated[Decimal | None, Field(description="Minimum withdrawal amount.")] = None
    withdrawalMax: Annotated[Decimal | None, Field(description="Maximum withdrawal amount.")] = None
    precision: Annotated[int | None, Field(description="Decimal precision of amounts on this network.")] = None
    withdrawalFee: Annotated[Decimal | None, Field(description="Withdrawal fee.")] = None
    addressRegex: Annotated[
        str | None, Field(description="Regular expression that valid addresses on this network match.")
    ] = None


class PrimeCoin(ExactModel):
    """
    Coin supported by Prime Wallets.
    """

    coinId: Annotated[int | None, Field(description="Ceffu coin id.")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol, e.g. `ETH`.")]
    coinFullName: Annotated[str | None, Field(description="Full coin name.")] = None
    depositEnable: Annotated[bool | None, Field(description="Whether deposits are enabled.")] = None
    withdrawalEnable: Annotated[bool | None, Field(description="Whether withdrawals are enabled.")] = None
    transferPrecision: Annotated[int | None, Field(description="Decimal precision for internal transfers.")] = None
    networkConfigList: Annotated[list[PrimeCoinNetwork], Field(description="Per-network configuration.")]


class WalletCoin(ExactModel):
    """
    Coin/network supported by Qualified or Cosign Wallets (one entry per coin and network).
    """

    coinId: Annotated[int | None, Field(description="Ceffu coin id.")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol, e.g. `BTC`.")]
    coinFullName: Annotated[str | None, Field(description="Full coin name.")] = None
    network: Annotated[str, Field(description="Network symbol, e.g. `BTC`.")]
    protocol: Annotated[str | None, Field(description="Token protocol, e.g. `ERC20`.")] = None
    depositEnable: Annotated[bool | None, Field(description="Whether deposits are enabled.")] = None
    withdrawalEnable: Annotated[bool | None, Field(description="Whether withdrawals are enabled.")] = None
    withdrawalMin: Annotated[Decimal | None, Field(description="Minimum withdrawal amount.")] = None
    withdrawalMax: Annotated[Decimal | None, Field(description="Maximum withdrawal amount (null = no maximum).")] = None
    precision: Annotated[int | None, Field(description="Decimal precision of amounts.")] = None
    addressRegex: Annotated[str | None, Field(description="Regular expression that valid addresses match.")] = None


class Wallet(ExactModel):
    """
    A parent wallet (Qualified, Cosign or Prime).
    """

    walletId: Annotated[
        int,
        Field(
            description="Wallet id as a JSON number. Exceeds 2^53: JavaScript/float parsers round it - use `walletIdStr`."
        ),
    ]
    walletIdStr: Annotated[str, Field(description="Wallet id as a decimal string (exact).", pattern="^[0-9]{1,20}$")]
    walletName: Annotated[str, Field(description="Wallet name.")]
    walletType: WalletType


class WalletPage(ExactModel):
    """
    Page of parent wallets.
    """

    data: Annotated[list[Wallet], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class WalletUpdateResult(ExactModel):
    """
    Wallet after an update.
    """

    walletId: Annotated[int, Field(description="Wallet id (int64; prefer the id you sent as a string).")]
    walletName: Annotated[str | None, Field(description="New wallet name.")] = None
    walletType: WalletType


class Asset(ExactModel):
    """
    Balance of one coin (and network, for Qualified/Cosign wallets) in a wallet.
    """

    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    network: Annotated[
        str | None, Field(description="Network symbol; null for Prime Wallets (balances are network-agnostic).")
    ] = None
    amount: Annotated[Decimal, Field(description="Total amount.")]
    availableAmount: Annotated[Decimal, Field(description="Available (unlocked) amount.")]
    totalAmountWithMirror: Annotated[
        Decimal | None, Field(description="Total amount including assets mirrored/delegated via MirrorX.")
    ] = None


class AssetPage(ExactModel):
    """
    Page of asset balances.
    """

    data: Annotated[list[Asset], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class WalletAssetSummary(ExactModel):
    """
    Total value of a wallet.
    """

    walletIdStr: Annotated[str, Field(description="Wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    totalAmountInBTC: Annotated[Decimal, Field(description="Total value in BTC.")]
    totalAmountInUSD: Annotated[Decimal, Field(description="Total value in USD (can carry many decimals).")]
    lockedAmountInBTC: Annotated[Decimal | None, Field(description="Locked value in BTC.")] = None


class DepositAddress(ExactModel):
    """
    Deposit address of a wallet or sub-wallet.
    """

    walletAddress: Annotated[str, Field(description="Deposit address.")]
    memo: Annotated[
        str | None, Field(description="Memo/tag required by some networks; empty string when not applicable.")
    ] = None


class Transaction(ExactModel):
    """
    Deposit or withdrawal of a wallet (v1 shape, 20 fields).
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    txId: Annotated[
        str | None, Field(description="On-chain transaction hash; null for internal (off-chain) transfers.")
    ] = None
    transferType: TransferType | None = None
    direction: TransactionDirection
    fromAddress: Annotated[
        str | None, Field(description="Source address (may be null/empty for internal transfers).")
    ] = None
    toAddress: Annotated[
        str | None, Field(description="Destination address (may be null/empty for internal transfers).")
    ] = None
    network: Annotated[str | None, Field(description="Network symbol.")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    amount: Annotated[
        Decimal, Field(description="Amount (withdrawals: includes the fee when the fee is paid in the same coin).")
    ]
    feeSymbol: Annotated[str | None, Field(description="Fee coin symbol.")] = None
    feeAmount: Annotated[Decimal | None, Field(description="Fee amount.")] = None
    status: TransactionStatus
    confirmedBlockCount: Annotated[int | None, Field(description="Confirmations so far.")] = None
    unlockConfirm: Annotated[int | None, Field(description="Confirmations needed to unlock the funds.")] = None
    maxConfirmBlock: Annotated[int | None, Field(description="Confirmations needed to complete.")] = None
    currentBlock: Annotated[int | None, Field(description="Current block height of the network (added 2025).")] = None
    memo: Annotated[str | None, Field(description="Memo/tag.")] = None
    txTime: Annotated[int | None, Field(description="Transaction time (ms since epoch).")] = None
    walletId: Annotated[int, Field(description="Wallet id (int64; exceeds 2^53).")]
    requestId: Annotated[str | None, Field(description="Client `requestId` of the order, if any.")] = None


class TransactionPage(ExactModel):
    """
    Page of transactions.
    """

    data: Annotated[list[Transaction], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class TransactionV2(ExactModel):
    """
    Withdrawal (v2 shape, 19 fields: `walletStr` instead of `walletId`).
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    txId: Annotated[
        str | None, Field(description="On-chain transaction hash; null for internal (off-chain) transfers.")
    ] = None
    transferType: TransferType | None = None
    direction: TransactionDirection
    fromAddress: Annotated[
        str | None, Field(description="Source address (may be null/empty for internal transfers).")
    ] = None
    toAddress: Annotated[
        str | None, Field(description="Destination address (may be null/empty for internal transfers).")
    ] = None
    network: Annotated[str, Field(description="Network symbol.")]
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    amount: Annotated[
        Decimal, Field(description="Amount (withdrawals: includes the fee when the fee is paid in the same coin).")
    ]
    feeSymbol: Annotated[str, Field(description="Fee coin symbol.")]
    feeAmount: Annotated[Decimal | None, Field(description="Fee amount.")] = None
    status: TransactionStatus
    confirmedBlockCount: Annotated[int | None, Field(deprecated=True, description="Confirmations so far.")] = None
    unlockConfirm: Annotated[
        int | None, Field(deprecated=True, description="Confirmations needed to unlock the funds.")
    ] = None
    maxConfirmBlock: Annotated[int | None, Field(deprecated=True, description="Confirmations needed to complete.")] = (
        None
    )
    memo: Annotated[str | None, Field(description="Memo/tag.")] = None
    txTime: Annotated[
        int | str | None,
        Field(
            description='Transaction time in ms since epoch. Typed string in the docs, number|null in the official SDK: accept an integer, a digit string (e.g. "1714129418000") or null.'
        ),
    ]
    walletStr: Annotated[str, Field(description="Wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    requestId: Annotated[str | None, Field(description="Client `requestId` of the withdrawal, if any.")] = None


class TransactionV2Page(ExactModel):
    """
    Page of v2 withdrawals.
    """

    data: Annotated[list[TransactionV2], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class SubWalletTransaction(ExactModel):
    """
    Deposit of a sub-wallet (Transaction with `walletIdStr` instead of `walletId`).
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    txId: Annotated[
        str | None, Field(description="On-chain transaction hash; null for internal (off-chain) transfers.")
    ] = None
    transferType: TransferType | None = None
    direction: TransactionDirection
    fromAddress: Annotated[
        str | None, Field(description="Source address (may be null/empty for internal transfers).")
    ] = None
    toAddress: Annotated[
        str | None, Field(description="Destination address (may be null/empty for internal transfers).")
    ] = None
    network: Annotated[str | None, Field(description="Network symbol.")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    amount: Annotated[
        Decimal, Field(description="Amount (withdrawals: includes the fee when the fee is paid in the same coin).")
    ]
    feeSymbol: Annotated[str | None, Field(description="Fee coin symbol.")] = None
    feeAmount: Annotated[Decimal | None, Field(description="Fee amount.")] = None
    status: TransactionStatus
    confirmedBlockCount: Annotated[int | None, Field(description="Confirmations so far.")] = None
    unlockConfirm: Annotated[int | None, Field(description="Confirmations needed to unlock the funds.")] = None
    maxConfirmBlock: Annotated[int | None, Field(description="Confirmations needed to complete.")] = None
    memo: Annotated[str | None, Field(description="Memo/tag.")] = None
    txTime: Annotated[int | None, Field(description="Transaction time (ms since epoch).")] = None
    walletIdStr: Annotated[str, Field(description="Sub-wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    requestId: Annotated[str | None, Field(description="Client `requestId`, if any.")] = None


class SubWalletTransactionPage(ExactModel):
    """
    Page of sub-wallet deposits.
    """

    data: Annotated[
        list[SubWalletTransaction], Field(description="Items of this page (ascending order, oldest first).")
    ]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class WithdrawalResult(ExactModel):
    """
    Accepted withdrawal order.
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id; use it with the withdrawal detail endpoint.")]
    status: TransactionStatus
    transferType: Annotated[
        TransferType,
        Field(
            description="Transfer type: `10` on-chain transfer, `20` internal (off-chain, Ceffu-to-Ceffu) transfer. Internal when `toWalletIdStr` was used or the address is a Ceffu address."
        ),
    ]


class WithdrawalFee(ExactModel):
    """
    Estimated withdrawal fee.
    """

    feeAmount: Annotated[Decimal, Field(description="Estimated fee.")]
    feeSymbol: Annotated[str, Field(description="Fee coin symbol.")]
    fastFeeAmount: Annotated[Decimal | None, Field(description="Fee for fast priority (Qualified/Cosign wallets).")] = (
        None
    )
    slowFeeAmount: Annotated[Decimal | None, Field(description="Fee for slow priority (Qualified/Cosign wallets).")] = (
        None
    )
    avlFeeAmount: Annotated[
        Decimal | None, Field(description="Fee for average priority (Qualified/Cosign wallets).")
    ] = None


class TransactionHistoryRecord(ExactModel):
    """
    One entry of the transaction history (`AssetLogVo`).
    """

    walletId: Annotated[str, Field(description="Wallet id (decimal string in this endpoint).", pattern="^[0-9]{1,20}$")]
    walletName: Annotated[str | None, Field(description="Wallet name.")] = None
    network: Annotated[str | None, Field(description="Network symbol.")] = None
    symbol: Annotated[str, Field(description="Coin symbol.")]
    txId: Annotated[str | None, Field(description="On-chain transaction hash; empty for off-chain records.")] = None
    transactionType: Annotated[str, Field(description="Transaction type label, e.g. `Receive`.")]
    amount: Annotated[Decimal, Field(description="Amount.")]
    ts: Annotated[int, Field(description="Time (ms since epoch).")]


class TransactionHistoryPage(ExactModel):
    """
    Page of transaction history records.
    """

    data: Annotated[
        list[TransactionHistoryRecord], Field(description="Items of this page (ascending order, oldest first).")
    ]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class CorrespondentDetail(ExactModel):
    """
    Travel-rule details of the counterparty of a whitelisted address (as returned).
    """

    toFromType: CounterpartyWalletType | None = None
    correspondentType: CorrespondentType | None = None
    firstName: Annotated[str | None, Field(description="Individual's first name.")] = None
    lastName: Annotated[str | None, Field(description="Individual's last name.")] = None
    birthday: Annotated[str | None, Field(description="Individual's birthday, `YYYY-MM-DD`.")] = None
    fullName: Annotated[str | None, Field(description="Entity's full name.")] = None
    provider: Annotated[str | None, Field(description="VASP name (from `listOfVASP`).")] = None
    selfHostedWalletProvider: Annotated[str | None, Field(description="Self-hosted wallet provider.")] = None
    othersPleaseSpecify: Annotated[str | None, Field(description="Free text when `toFromType` = 2.")] = None
    countryInfo: Annotated[str | None, Field(description="Country name (from the options endpoint).")] = None
    jurisdictionVaspCode: Annotated[str | None, Field(description="Jurisdiction of the VASP.")] = None
    confirmation: Annotated[
        str | None, Field(description="`confirmed` / `unconfirmed`: counterparty is not sanctioned.")
    ] = None


class WhitelistAddress(ExactModel):
    """
    A whitelisted withdrawal address.
    """

    whitelistId: Annotated[str, Field(description="Whitelist entry id.")]
    institutionId: Annotated[str | None, Field(description="Institution id.")] = None
    address: Annotated[str, Field(description="Address.")]
    addressType: WhitelistAddressType
    label: Annotated[str | None, Field(description="Label.")] = None
    symbol: Annotated[str | None, Field(description="Coin symbol.")] = None
    network: Annotated[str, Field(description="Network symbol.")]
    protocol: Annotated[str | None, Field(description="Token protocol.")] = None
    memo: Annotated[str | None, Field(description="Memo/tag.")] = None
    addressStatus: WhitelistAddressStatus | None = None
    currentAddressStatus: WhitelistAddressStatus | None = None
    createTime: Annotated[int | None, Field(description="Creation time (ms since epoch).")] = None
    updateTime: Annotated[int | None, Field(description="Last update time (ms since epoch).")] = None
    correspondentDetail: Annotated[
        CorrespondentDetail | None, Field(description="Travel-rule counterparty details, or null.")
    ] = None


class WhitelistAddressPage(ExactModel):
    """
    Page of whitelisted addresses.
    """

    data: Annotated[list[WhitelistAddress], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class CountryOption(ExactModel):
    """
    Country option.
    """

    areaCode: Annotated[str | None, Field(description="Phone area code.")] = None
    countryCode: Annotated[str | None, Field(description="ISO country code.")] = None
    icon: Annotated[str | None, Field(description="Icon URL.")] = None
    name: Annotated[str, Field(description="Country name (value for `countryInfo`).")]
    status: Annotated[int | None, Field(description="Option status.")] = None


class VaspOption(ExactModel):
    """
    VASP option.
    """

    name: Annotated[str, Field(description="VASP name (value for `provider`).")]
    jurisdictionRequired: Annotated[
        bool | None, Field(description="Whether `jurisdictionVaspCode` is required for this VASP.")
    ] = None


class Options(ExactModel):
    """
    Option lists.
    """

    addressType: Annotated[dict[str, str] | None, Field(description="Address types: code -> label.")] = None
    confirmation: Annotated[list[str] | None, Field(description="Allowed `confirmation` values.")] = None
    correspondentType: Annotated[dict[str, str] | None, Field(description="Correspondent types: code -> label.")] = None
    toFromType: Annotated[dict[str, str] | None, Field(description="Counterparty wallet types: code -> label.")] = None
    countryOfDomicileIncorporation: Annotated[
        list[CountryOption] | None, Field(description="Countries of domicile/incorporation.")
    ] = None
    jurisdictionVaspItem: Annotated[list[CountryOption] | None, Field(description="VASP jurisdictions.")] = None
    listOfVASP: Annotated[list[VaspOption] | None, Field(description="Known VASPs.")] = None


class WhitelistOptions(ExactModel):
    """
    Allowed values for the travel-rule fields of whitelisted addresses.
    """

    options: Annotated[Options, Field(description="Option lists.")]


class AddWhitelistResult(ExactModel):
    """
    Created/edited whitelist entry.
    """

    whitelistId: Annotated[str, Field(description="Whitelist entry id.")]
    approveId: Annotated[str | None, Field(description="Approval request id, or null.")] = None


class SubWallet(ExactModel):
    """
    A newly created Prime sub-wallet.
    """

    walletId: Annotated[int, Field(description="Sub-wallet id (int64; exceeds 2^53 - use `walletIdStr`).")]
    walletIdStr: Annotated[str, Field(description="Sub-wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    walletName: Annotated[str | None, Field(description="Sub-wallet name.")] = None
    walletType: Annotated[WalletType, Field(description="Wallet type: always `21` Prime Sub-Wallet.")]
    parentWalletId: Annotated[int | None, Field(description="Parent Prime Wallet id (int64).")] = None
    parentWalletIdStr: Annotated[
        str | None, Field(description="Parent Prime Wallet id (decimal string).", pattern="^[0-9]{1,20}$")
    ] = None


class SubWalletUpdateResult(ExactModel):
    """
    Sub-wallet after an update.
    """

    walletId: Annotated[int, Field(description="Sub-wallet id (int64).")]
    walletName: Annotated[str | None, Field(description="Sub-wallet name (null when not changed).")] = None
    walletType: Annotated[WalletType, Field(description="Wallet type: `21` Prime Sub-Wallet.")]
    autoCollection: AutoCollection | None = None
    parentWalletId: Annotated[int | None, Field(description="Parent wallet id (null in this response).")] = None


class SubWalletInfo(ExactModel):
    """
    A sub-wallet in the v2 list.
    """

    walletIdStr: Annotated[str, Field(description="Sub-wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    walletId: Annotated[int, Field(description="Sub-wallet id (int64).")]
    walletName: Annotated[str | None, Field(description="Sub-wallet name.")] = None
    walletType: Annotated[WalletType, Field(description="Wallet type: `21` Prime Sub-Wallet.")]
    autoCollection: AutoCollection | None = None
    requestId: Annotated[str | None, Field(description="Client `requestId` (null).")] = None


class SubWalletPage(ExactModel):
    """
    Page of sub-wallets.
    """

    data: Annotated[list[SubWalletInfo], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class WalletIdPage(ExactModel):
    """
    Page of int64 wallet ids (archive v1 sub-wallet list).
    """

    data: Annotated[list[int], Field(description="Sub-wallet ids.")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class SubWalletAssetSubtotal(ExactModel):
    """
    Value of one sub-wallet.
    """

    walletIdStr: Annotated[str, Field(description="Sub-wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    subTotalAmountInBTC: Annotated[Decimal | None, Field(description="Value in BTC.")] = None
    subTotalAmountInUSD: Annotated[Decimal | None, Field(description="Value in USD.")] = None


class SubWalletAssetSummary(ExactModel):
    """
    Value of a sub-wallet, or of all sub-wallets of a Prime Wallet.
    """

    walletIdStr: Annotated[str, Field(description="Requested wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    totalAmountInBTC: Annotated[Decimal, Field(description="Total value in BTC.")]
    totalAmountInUSD: Annotated[Decimal, Field(description="Total value in USD.")]
    lockedAmountInBTC: Annotated[Decimal | None, Field(description="Locked value in BTC.")] = None
    data: Annotated[list[SubWalletAssetSubtotal] | None, Field(description="Per-sub-wallet values.")] = None


class SubWalletDepositAddress(ExactModel):
    """
    Deposit address of one sub-wallet.
    """

    walletAddress: Annotated[str, Field(description="Deposit address.")]
    memo: Annotated[str | None, Field(description="Memo/tag; empty string when not applicable.")] = None
    walletId: Annotated[int, Field(description="Sub-wallet id (int64).")]


class SubWalletDepositAddressPage(ExactModel):
    """
    Page of sub-wallet deposit addresses.
    """

    data: Annotated[
        list[SubWalletDepositAddress], Field(description="Items of this page (ascending order, oldest first).")
    ]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class SubWalletTransferResult(ExactModel):
    """
    Accepted internal transfer.
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    status: TransferStatus
    direction: Annotated[
        SubWalletTransferDirection,
        Field(
            description="Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime."
        ),
    ]


class SubWalletTransfer(ExactModel):
    """
    Internal transfer between Prime Wallet and sub-wallets (history item).
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    direction: SubWalletTransferDirection
    fromWalletId: Annotated[int | None, Field(description="Source wallet id (int64).")] = None
    toWalletId: Annotated[int | None, Field(description="Destination wallet id (int64).")] = None
    createTime: Annotated[int | None, Field(description="Creation time (ms since epoch).")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    amount: Annotated[Decimal, Field(description="Amount.")]
    status: TransferStatus
    requestId: Annotated[str | None, Field(description="Client `requestId`, if any.")] = None


class SubWalletTransferPage(ExactModel):
    """
    Page of internal transfers.
    """

    data: Annotated[list[SubWalletTransfer], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class SubWalletTransferDetail(ExactModel):
    """
    Internal transfer detail (ids as strings).
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    direction: SubWalletTransferDirection
    fromWalletIdStr: Annotated[
        str | None, Field(description="Source wallet id (decimal string).", pattern="^[0-9]{1,20}$")
    ] = None
    toWalletIdStr: Annotated[
        str | None, Field(description="Destination wallet id (decimal string).", pattern="^[0-9]{1,20}$")
    ] = None
    createTime: Annotated[int | None, Field(description="Creation time (ms since epoch).")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    amount: Annotated[Decimal, Field(description="Amount.")]
    status: TransferStatus
    requestId: Annotated[str | None, Field(description="Client `requestId`, if any.")] = None


class MirrorXLink(ExactModel):
    """
    A Binance (3rd-party-custodian) sub-account linked to a Prime Wallet.
    """

    mirrorXLinkId: Annotated[str, Field(description="MirrorX link id.")]
    binanceUID: Annotated[str, Field(description="Binance UID.")]
    walletIdStr: Annotated[str, Field(description="Prime Wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    label: Annotated[str | None, Field(description="Label.")] = None
    status: MirrorXLinkStatus
    createDate: Annotated[str | None, Field(description="Creation date as returned by Ceffu.")] = None


class MirrorXLinkPage(ExactModel):
    """
    Page of MirrorX links.
    """

    data: Annotated[list[MirrorXLink], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class MirrorXAvailableAmount(ExactModel):
    """
    Maximum amount available for a MirrorX order.
    """

    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    maxAvailableAmount: Annotated[Decimal, Field(description="Maximum amount that can be delegated/undelegated.")]


class MirrorXPosition(ExactModel):
    """
    MirrorX position of one coin.
    """

    mirrorXLinkId: Annotated[str, Field(description="MirrorX link id.")]
    binanceUID: Annotated[str | None, Field(description="Binance UID.")] = None
    walletIdStr: Annotated[
        str | None, Field(description="Prime Wallet id (decimal string).", pattern="^[0-9]{1,20}$")
    ] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    mirrorXBalance: Annotated[Decimal, Field(description="Balance mirrored to Binance.")]


class MirrorXPositionPage(ExactModel):
    """
    Page of MirrorX positions plus the exchange balance.
    """

    data: Annotated[list[MirrorXPosition], Field(description="Positions of this page.")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]
    exchangeBalance: Annotated[Decimal | None, Field(description="Exchange balance in USDT.")] = None


class MirrorXOrder(ExactModel):
    """
    MirrorX delegation/undelegation/settlement order (9 fields).
    """

    mirrorXLinkId: Annotated[str, Field(description="MirrorX link id.")]
    binanceUID: Annotated[str | None, Field(description="Binance UID.")] = None
    walletIdStr: Annotated[
        str | None, Field(description="Prime Wallet id (decimal string).", pattern="^[0-9]{1,20}$")
    ] = None
    orderType: MirrorXOrderType
    amount: Annotated[Decimal, Field(description="Amount.")]
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    status: MirrorXOrderStatus
    orderTime: Annotated[str | None, Field(description="Order time as returned by Ceffu (string).")] = None
    orderViewId: Annotated[str, Field(description="Ceffu order id.")]


class MirrorXOrderPage(ExactModel):
    """
    Page of MirrorX orders.
    """

    data: Annotated[list[MirrorXOrder], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class MirrorXOrderResult(ExactModel):
    """
    Accepted MirrorX order.
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    status: MirrorXOrderStatus
    requestId: Annotated[str | None, Field(description="Echo of the client `requestId`.")] = None


class MirrorLink(ExactModel):
    """
    A Binance UID linked to a wallet for (archive) Mirror.
    """

    mirrorLinkId: Annotated[str, Field(description="Mirror link id (used by apply/settle).")]
    binanceUID: Annotated[str, Field(description="Binance UID.")]
    walletIdStr: Annotated[
        str | None, Field(description="Ceffu wallet id (decimal string).", pattern="^[0-9]{1,20}$")
    ] = None
    status: Annotated[int | None, Field(description="Link status.")] = None


class MirrorLinkPage(ExactModel):
    """
    Archive page (`PageResult`) of Mirror links.
    """

    total: Annotated[int, Field(description="Total number of records.")]
    data: Annotated[list[MirrorLink], Field(description="Records of this page.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageSize: Annotated[int, Field(description="Page size used.")]


class MirrorApplyResult(ExactModel):
    """
    `MirrorApplyVo`: accepted Mirror apply/settle request.
    """

    recordId: Annotated[str, Field(description="Mirror operation record id.")]
    status: Annotated[
        int,
        Field(
            description="Record status as returned (the published example shows `0`; records use `20` in progress, `30` success, `99` failed)."
        ),
    ]
    requestId: Annotated[str | None, Field(description="Echo of the client `requestId`.")] = None


class MirrorRecord(ExactModel):
    """
    Mirror operation record.
    """

    recordId: Annotated[str, Field(description="Record id.")]
    walletIdStr: Annotated[
        str | None, Field(description="Ceffu wallet id (decimal string).", pattern="^[0-9]{1,20}$")
    ] = None
    binanceUID: Annotated[str | None, Field(description="Binance UID.")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    network: Annotated[str | None, Field(description="Network symbol.")] = None
    amount: Annotated[Decimal, Field(description="Amount.")]
    operationType: MirrorOperationType
    status: MirrorOperationStatus
    requestId: Annotated[str | None, Field(description="Client `requestId`, if any.")] = None
    createTime: Annotated[int | None, Field(description="Creation time (ms since epoch).")] = None


class MirrorRecordPage(ExactModel):
    """
    Archive page (`PageResult`) of Mirror operation records.
    """

    total: Annotated[int, Field(description="Total number of records.")]
    data: Annotated[list[MirrorRecord], Field(description="Records of this page.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageSize: Annotated[int, Field(description="Page size used.")]


class MirrorPosition(ExactModel):
    """
    Mirrored asset position.
    """

    walletIdStr: Annotated[str, Field(description="Ceffu wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    binanceUID: Annotated[str | None, Field(description="Binance UID.")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    network: Annotated[str | None, Field(description="Network symbol.")] = None
    amount: Annotated[Decimal, Field(description="Mirrored amount.")]
    amountInBTC: Annotated[Decimal | None, Field(description="Mirrored amount valued in BTC.")] = None


class MirrorPositionPage(ExactModel):
    """
    Archive page (`PageResult`) of Mirror positions.
    """

    total: Annotated[int, Field(description="Total number of records.")]
    data: Annotated[list[MirrorPosition], Field(description="Records of this page.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageSize: Annotated[int, Field(description="Page size used.")]


class MirrorPositionSubtotal(ExactModel):
    """
    Mirrored value per Binance UID.
    """

    binanceUid: Annotated[str, Field(description="Binance UID.")]
    subtotalAmountInBTC: Annotated[Decimal, Field(description="Value in BTC.")]


class MirrorPositionSummary(ExactModel):
    """
    Mirrored asset summary of a wallet.
    """

    walletIdStr: Annotated[str, Field(description="Ceffu wallet id (decimal string).", pattern="^[0-9]{1,20}$")]
    totalAmountInBTC: Annotated[Decimal, Field(description="Total mirrored value in BTC.")]
    data: Annotated[list[MirrorPositionSubtotal], Field(description="Per-Binance-UID values.")]


class ExchangeTransferResult(ExactModel):
    """
    Accepted transfer with exchange.
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    status: TransferStatus
    direction: ExchangeTransferDirection


class ExchangeTransfer(ExactModel):
    """
    Transfer between a Prime Wallet and a bound exchange account.
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id.")]
    direction: ExchangeTransferDirection
    walletId: Annotated[int, Field(description="Prime Wallet id (int64).")]
    createTime: Annotated[int | None, Field(description="Creation time (ms since epoch).")] = None
    exchangeCode: ExchangeCode | None = None
    exchangeUserId: Annotated[str | None, Field(description="Exchange account id (Binance UID).")] = None
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    amount: Annotated[Decimal, Field(description="Amount.")]
    status: TransferStatus
    requestId: Annotated[str | None, Field(description="Client `requestId`, if any.")] = None


class ExchangeTransferPage(ExactModel):
    """
    Page of transfers with exchange.
    """

    data: Annotated[list[ExchangeTransfer], Field(description="Items of this page (ascending order, oldest first).")]
    totalPage: Annotated[int, Field(description="Total number of pages.")]
    pageNo: Annotated[int, Field(description="Current page number (1-based).")]
    pageLimit: Annotated[int, Field(description="Page size used.")]


class WebhookTransactionData(ExactModel):
    """
    Transaction carried by a deposit/withdrawal notification.
    """

    orderViewId: Annotated[str, Field(description="Ceffu order id (deduplicate deliveries on it).")]
    transferType: TransferType
    direction: TransactionDirection
    coinSymbol: Annotated[str, Field(description="Coin symbol.")]
    amount: Annotated[Decimal, Field(description="Amount.")]
    feeSymbol: Annotated[str | None, Field(description="Fee coin symbol.")]
    status: TransactionStatus
    txTime: Annotated[int, Field(description="Transaction time (ms since epoch).")]
    walletId: Annotated[int, Field(description="Wallet id (int64; exceeds 2^53).")]
    walletIdStr: Annotated[
        str | None, Field(description="Wallet id (decimal string), when present.", pattern="^[0-9]{1,20}$")
    ] = None
    network: Annotated[str | None, Field(description="Network symbol.")] = None
    txId: Annotated[str | None, Field(description="On-chain transaction hash; null for internal transfers.")] = None
    fromAddress: Annotated[str | None, Field(description="Source address.")] = None
    toAddress: Annotated[str | None, Field(description="Destination address.")] = None


class WebhookEventDepositSuccess(ExactModel):
    """
    Webhook notification, event `"1"` = Deposit success. Signature (x-inferred, from community clients; the official section is not published): `sign` is the standard-base64 **SHA256withRSA** (RSASSA-PKCS1-v1_5 over SHA-256) signature made with Ceffu's webhook key over the compact JSON serialisation of the payload with `sign` and `encoded` removed and object keys sorted recursively. Verify it with the RSA public key Ceffu provides (X.509/PKIX, base64).
    """

    event: Annotated[Literal["1"], Field(description='Event type: `"1"` Deposit success.')]
    entityId: Annotated[str, Field(description="Ceffu entity (institution) id.")]
    webhookId: Annotated[str, Field(description="Webhook id (use it with the resend endpoint).")]
    timestamp: Annotated[int, Field(description="Notification time (ms since epoch).")]
    sign: Annotated[str, Field(description="Base64 SHA256withRSA signature of the payload (see description).")]
    encoded: Annotated[
        str | None,
        Field(description="Base64 blob: the payload encrypted (RSA PKCS#1 v1.5) with your public key; optional."),
    ] = None
    data: Annotated[WebhookTransactionData, Field(description="The transaction.")]


class WebhookEventDepositFailed(ExactModel):
    """
    Webhook notification, event `"2"` = Deposit failed. Signature (x-inferred, from community clients; the official section is not published): `sign` is the standard-base64 **SHA256withRSA** (RSASSA-PKCS1-v1_5 over SHA-256) signature made with Ceffu's webhook key over the compact JSON serialisation of the payload with `sign` and `encoded` removed and object keys sorted recursively. Verify it with the RSA public key Ceffu provides (X.509/PKIX, base64).
    """

    event: Annotated[Literal["2"], Field(description='Event type: `"2"` Deposit failed.')]
    entityId: Annotated[str, Field(description="Ceffu entity (institution) id.")]
    webhookId: Annotated[str, Field(description="Webhook id (use it with the resend endpoint).")]
    timestamp: Annotated[int, Field(description="Notification time (ms since epoch).")]
    sign: Annotated[str, Field(description="Base64 SHA256withRSA signature of the payload (see description).")]
    encoded: Annotated[
        str | None,
        Field(description="Base64 blob: the payload encrypted (RSA PKCS#1 v1.5) with your public key; optional."),
    ] = None
    data: Annotated[WebhookTransactionData, Field(description="The transaction.")]


class WebhookEventWithdrawalSuccess(ExactModel):
    """
    Webhook notification, event `"3"` = Withdrawal success. Signature (x-inferred, from community clients; the official section is not published): `sign` is the standard-base64 **SHA256withRSA** (RSASSA-PKCS1-v1_5 over SHA-256) signature made with Ceffu's webhook key over the compact JSON serialisation of the payload with `sign` and `encoded` removed and object keys sorted recursively. Verify it with the RSA public key Ceffu provides (X.509/PKIX, base64).
    """

    event: Annotated[Literal["3"], Field(description='Event type: `"3"` Withdrawal success.')]
    entityId: Annotated[str, Field(description="Ceffu entity (institution) id.")]
    webhookId: Annotated[str, Field(description="Webhook id (use it with the resend endpoint).")]
    timestamp: Annotated[int, Field(description="Notification time (ms since epoch).")]
    sign: Annotated[str, Field(description="Base64 SHA256withRSA signature of the payload (see description).")]
    encoded: Annotated[
        str | None,
        Field(description="Base64 blob: the payload encrypted (RSA PKCS#1 v1.5) with your public key; optional."),
    ] = None
    data: Annotated[WebhookTransactionData, Field(description="The transaction.")]


class WebhookEventWithdrawalFailed(ExactModel):
    """
    Webhook notification, event `"4"` = Withdrawal failed. Signature (x-inferred, from community clients; the official section is not published): `sign` is the standard-base64 **SHA256withRSA** (RSASSA-PKCS1-v1_5 over SHA-256) signature made with Ceffu's webhook key over the compact JSON serialisation of the payload with `sign` and `encoded` removed and object keys sorted recursively. Verify it with the RSA public key Ceffu provides (X.509/PKIX, base64).
    """

    event: Annotated[Literal["4"], Field(description='Event type: `"4"` Withdrawal failed.')]
    entityId: Annotated[str, Field(description="Ceffu entity (institution) id.")]
    webhookId: Annotated[str, Field(description="Webhook id (use it with the resend endpoint).")]
    timestamp: Annotated[int, Field(description="Notification time (ms since epoch).")]
    sign: Annotated[str, Field(description="Base64 SHA256withRSA signature of the payload (see description).")]
    encoded: Annotated[
        str | None,
        Field(description="Base64 blob: the payload encrypted (RSA PKCS#1 v1.5) with your public key; optional."),
    ] = None
    data: Annotated[WebhookTransactionData, Field(description="The transaction.")]


class WebhookEvent(
    ExactRootModel[
        WebhookEventDepositSuccess
        | WebhookEventDepositFailed
        | WebhookEventWithdrawalSuccess
        | WebhookEventWithdrawalFailed
    ]
):
    root: Annotated[
        WebhookEventDepositSuccess
        | WebhookEventDepositFailed
        | WebhookEventWithdrawalSuccess
        | WebhookEventWithdrawalFailed,
        Field(description="Any webhook notification; discriminated by `event`.", discriminator="event"),
    ]


class GetSystemStatusResponse(ExactModel):
    """
    Success envelope of `getSystemStatus`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SystemStatus, Field(description="Payload (`SystemStatus`).")]


class GetPrimeWalletCoinsResponse(ExactModel):
    """
    Success envelope of `getPrimeWalletCoins`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[list[PrimeCoin], Field(description="Supported coins.")]


class GetQualifiedWalletCoinsResponse(ExactModel):
    """
    Success envelope of `getQualifiedWalletCoins`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[list[WalletCoin], Field(description="Supported coin/network pairs.")]


class GetCosignWalletCoinsResponse(ExactModel):
    """
    Success envelope of `getCosignWalletCoins`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[list[WalletCoin], Field(description="Supported coin/network pairs.")]


class CreateWalletRequest(ExactModel):
    """
    Create a parent wallet (Qualified or Prime).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    requestId: Annotated[
        str,
        Field(
            description="Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    walletName: Annotated[str, Field(description="Wallet name (max 20 characters).", max_length=20, min_length=1)]
    walletType: Annotated[
        WalletType,
        Field(
            description="Wallet type to create: `10` Qualified Wallet, `20` Prime Wallet (other types are rejected)."
        ),
    ]
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class CreateWalletResponse(ExactModel):
    """
    Success envelope of `createWallet`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[Wallet, Field(description="Payload (`Wallet`).")]


class UpdateWalletRequest(ExactModel):
    """
    Rename a parent wallet.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    walletId: Annotated[
        str,
        Field(
            description="Wallet to update. Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    walletName: Annotated[str, Field(description="Wallet name (max 20 characters).", max_length=20, min_length=1)]
    requestId: Annotated[
        str | None,
        Field(
            description="Optional. Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class UpdateWalletResponse(ExactModel):
    """
    Success envelope of `updateWallet`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WalletUpdateResult, Field(description="Payload (`WalletUpdateResult`).")]


class GetWalletListResponse(ExactModel):
    """
    Success envelope of `getWalletList`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WalletPage, Field(description="Payload (`WalletPage`).")]


class GetWalletAssetListResponse(ExactModel):
    """
    Success envelope of `getWalletAssetList`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[AssetPage, Field(description="Payload (`AssetPage`).")]


class GetWalletAssetSummaryResponse(ExactModel):
    """
    Success envelope of `getWalletAssetSummary`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WalletAssetSummary, Field(description="Payload (`WalletAssetSummary`).")]


class GetDepositAddressResponse(ExactModel):
    """
    Success envelope of `getDepositAddress`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[DepositAddress, Field(description="Payload (`DepositAddress`).")]


class GetDepositHistoryResponse(ExactModel):
    """
    Success envelope of `getDepositHistory`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[TransactionPage, Field(description="Payload (`TransactionPage`).")]


class GetDepositDetailResponse(ExactModel):
    """
    Success envelope of `getDepositDetail`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[list[Transaction] | None, Field(description="Matching deposits, or null when none.")]


class CreateWithdrawalRequest(ExactModel):
    """
    Withdrawal (v2).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    walletId: Annotated[
        str,
        Field(
            description="Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw - `G20017`). Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    coinSymbol: Annotated[
        str, Field(description="Coin symbol, e.g. `USDT`.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$")
    ]
    network: Annotated[
        str,
        Field(description="Network symbol, e.g. `ETH`.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$"),
    ]
    amount: Annotated[
        Decimal, Field(description="Amount to withdraw. v2: the amount the receiver gets (network fee excluded).")
    ]
    requestId: Annotated[
        str,
        Field(
            description="Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    withdrawalAddress: Annotated[
        str | None,
        Field(
            description="Destination address (must be whitelisted). Exactly one of `withdrawalAddress` / `toWalletIdStr`.",
            max_length=128,
            min_length=1,
        ),
    ] = None
    toWalletIdStr: Annotated[
        str | None,
        Field(
            description="Destination Ceffu wallet (whitelist check bypassed). Exactly one of `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ] = None
    memo: Annotated[
        str | None,
        Field(
            description="Memo/tag, when the network needs one. `null` is accepted as not sent (x-inferred: the docs' records show `memo` as null when there is none).",
            max_length=128,
        ),
    ] = None
    customizeFeeAmount: Annotated[
        Decimal | None,
        Field(description="Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP, TRON networks)."),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class CreateWithdrawalResponse(ExactModel):
    """
    Success envelope of `createWithdrawal`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WithdrawalResult, Field(description="Payload (`WithdrawalResult`).")]


class GetWithdrawalFeeResponse(ExactModel):
    """
    Success envelope of `getWithdrawalFee`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WithdrawalFee, Field(description="Payload (`WithdrawalFee`).")]


class GetWithdrawalHistoryResponse(ExactModel):
    """
    Success envelope of `getWithdrawalHistory`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[TransactionV2Page, Field(description="Payload (`TransactionV2Page`).")]


class GetWithdrawalDetailResponse(ExactModel):
    """
    Success envelope of `getWithdrawalDetail`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[TransactionV2, Field(description="Payload (`TransactionV2`).")]


class GetWhitelistListResponse(ExactModel):
    """
    Success envelope of `getWhitelistList`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WhitelistAddressPage, Field(description="Payload (`WhitelistAddressPage`).")]


class GetWhitelistOptionsResponse(ExactModel):
    """
    Success envelope of `getWhitelistOptions`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WhitelistOptions, Field(description="Payload (`WhitelistOptions`).")]


class Confirmation(StrEnum):
    """
    Counterparty-not-sanctioned confirmation (the SDK puts it here; the docs at top level).
    """

    confirmed = "confirmed"
    unconfirmed = "unconfirmed"


class CorrespondentDetailRequest(ExactModel):
    """
    Travel-rule details of the counterparty (values from the options endpoint).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    toFromType: CounterpartyWalletType | None = None
    correspondentType: CorrespondentType | None = None
    firstName: Annotated[
        str | None, Field(description="Required if `correspondentType` = 1.", max_length=64, min_length=1)
    ] = None
    lastName: Annotated[
        str | None, Field(description="Required if `correspondentType` = 1.", max_length=64, min_length=1)
    ] = None
    birthday: Annotated[
        str | None,
        Field(
            description="`YYYY-MM-DD`; required if `correspondentType` = 1.",
            max_length=10,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        ),
    ] = None
    fullName: Annotated[
        str | None, Field(description="Required if `correspondentType` = 0.", max_length=128, min_length=1)
    ] = None
    provider: Annotated[
        str | None,
        Field(description="VASP name from `listOfVASP`; required if `toFromType` = 0.", max_length=64, min_length=1),
    ] = None
    selfHostedWalletProvider: Annotated[
        str | None, Field(description="Required if `toFromType` = 1 (SDK).", max_length=64, min_length=1)
    ] = None
    othersPleaseSpecify: Annotated[
        str | None, Field(description="Required if `toFromType` = 2.", max_length=128, min_length=1)
    ] = None
    countryInfo: Annotated[
        str | None, Field(description="Country name from the options endpoint.", max_length=64, min_length=1)
    ] = None
    jurisdictionVaspCode: Annotated[
        str | None, Field(description="Jurisdiction of the VASP (SDK).", max_length=64, min_length=1)
    ] = None
    confirmation: Annotated[
        Confirmation | None,
        Field(description="Counterparty-not-sanctioned confirmation (the SDK puts it here; the docs at top level)."),
    ] = None


class Confirmation1(StrEnum):
    """
    Counterparty-not-sanctioned confirmation (top level per the docs example).
    """

    confirmed = "confirmed"
    unconfirmed = "unconfirmed"


class AddWhitelistRequest(ExactModel):
    """
    Add (or, with `whitelistId`, edit) a whitelisted address.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    whitelistId: Annotated[
        str | None, Field(description="Only when editing an existing entry.", max_length=64, min_length=1)
    ] = None
    addressType: WhitelistAddressType
    address: Annotated[str, Field(description="Address.", max_length=128, min_length=1)]
    label: Annotated[str, Field(description="Label.", max_length=64, min_length=1)]
    symbol: Annotated[
        str, Field(description="Coin symbol.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$")
    ]
    network: Annotated[
        str, Field(description="Network symbol.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$")
    ]
    memo: Annotated[
        str | None,
        Field(
            description="Memo/tag. `null` is accepted as not sent (x-inferred: the docs' records show `memo` as null when there is none).",
            max_length=128,
        ),
    ] = None
    correspondentDetail: Annotated[
        CorrespondentDetailRequest | None, Field(description="Travel-rule counterparty details.")
    ] = None
    confirmation: Annotated[
        Confirmation1 | None,
        Field(description="Counterparty-not-sanctioned confirmation (top level per the docs example)."),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class AddWhitelistAddressResponse(ExactModel):
    """
    Success envelope of `addWhitelistAddress`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[AddWhitelistResult, Field(description="Payload (`AddWhitelistResult`).")]


class WalletId(ExactRootModel[str]):
    root: Annotated[str, Field(max_length=20, pattern="^[0-9]{1,20}$")]


class Network(ExactRootModel[str]):
    root: Annotated[str, Field(max_length=32, pattern="^[A-Z0-9_.-]{1,32}$")]


class Symbol(ExactRootModel[str]):
    root: Annotated[str, Field(max_length=32, pattern="^[A-Z0-9_.-]{1,32}$")]


class TransactionHistoryRequest(ExactModel):
    """
    Transaction history query.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    startDate: Annotated[
        str,
        Field(
            description="Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301).",
            max_length=8,
            pattern="^[0-9]{8}$",
        ),
    ]
    endDate: Annotated[
        str,
        Field(
            description="End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`).",
            max_length=8,
            pattern="^[0-9]{8}$",
        ),
    ]
    walletType: WalletType
    bizTypes: Annotated[
        list[TransactionBizType] | None, Field(description="Filter by business types.", max_length=5)
    ] = None
    walletIds: Annotated[
        list[WalletId] | None, Field(description="Filter by wallet ids (decimal strings).", max_length=100)
    ] = None
    networks: Annotated[list[Network] | None, Field(description="Filter by network symbols.", max_length=100)] = None
    symbols: Annotated[list[Symbol] | None, Field(description="Filter by coin symbols.", max_length=100)] = None
    txId: Annotated[
        str | None, Field(description="Filter by on-chain transaction hash.", max_length=128, min_length=1)
    ] = None
    pageLimit: Annotated[int | None, Field(description="Page size, 1-100 (this endpoint).", ge=1, le=100)] = None
    pageNo: Annotated[int | None, Field(description="Page number, from 1.", ge=1, le=2147483647)] = 1
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class GetTransactionHistoryResponse(ExactModel):
    """
    Success envelope of `getTransactionHistory`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[TransactionHistoryPage, Field(description="Payload (`TransactionHistoryPage`).")]


class CreateSubWalletRequest(ExactModel):
    """
    Create a Prime sub-wallet.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    parentWalletId: Annotated[
        str,
        Field(
            description="Parent Prime Wallet. Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    walletName: Annotated[
        str | None, Field(description="Sub-wallet name (max 20 characters).", max_length=20, min_length=1)
    ] = None
    autoCollection: AutoCollection | None = None
    requestId: Annotated[
        str | None,
        Field(
            description="Optional. Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class CreateSubWalletResponse(ExactModel):
    """
    Success envelope of `createSubWallet`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWallet, Field(description="Payload (`SubWallet`).")]


class UpdateSubWalletRequest(ExactModel):
    """
    Update a sub-wallet.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    walletId: Annotated[
        str,
        Field(
            description="Sub-wallet to update. Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    walletName: Annotated[
        str | None, Field(description="New name (max 20 characters).", max_length=20, min_length=1)
    ] = None
    autoCollection: AutoCollection | None = None
    requestId: Annotated[
        str | None,
        Field(
            description="Optional. Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class UpdateSubWalletResponse(ExactModel):
    """
    Success envelope of `updateSubWallet`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletUpdateResult, Field(description="Payload (`SubWalletUpdateResult`).")]


class GetSubWalletListResponse(ExactModel):
    """
    Success envelope of `getSubWalletList`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletPage, Field(description="Payload (`SubWalletPage`).")]


class GetSubWalletAssetListResponse(ExactModel):
    """
    Success envelope of `getSubWalletAssetList`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[AssetPage, Field(description="Payload (`AssetPage`).")]


class GetSubWalletAssetSummaryResponse(ExactModel):
    """
    Success envelope of `getSubWalletAssetSummary`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletAssetSummary, Field(description="Payload (`SubWalletAssetSummary`).")]


class GetSubWalletDepositAddressResponse(ExactModel):
    """
    Success envelope of `getSubWalletDepositAddress`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[DepositAddress, Field(description="Payload (`DepositAddress`).")]


class GetSubWalletDepositAddressListResponse(ExactModel):
    """
    Success envelope of `getSubWalletDepositAddressList`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletDepositAddressPage, Field(description="Payload (`SubWalletDepositAddressPage`).")]


class GetSubWalletDepositHistoryResponse(ExactModel):
    """
    Success envelope of `getSubWalletDepositHistory`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[TransactionPage, Field(description="Payload (`TransactionPage`).")]


class GetSubWalletDepositHistoryByPrimeResponse(ExactModel):
    """
    Success envelope of `getSubWalletDepositHistoryByPrime`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletTransactionPage, Field(description="Payload (`SubWalletTransactionPage`).")]


class CreateSubWalletTransferRequest(ExactModel):
    """
    Internal transfer inside a Prime structure.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    coinSymbol: Annotated[
        str, Field(description="Coin symbol.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$")
    ]
    amount: Annotated[
        Decimal, Field(description="Amount (decimal string; the docs type it as number, Postman/SDK send a string).")
    ]
    fromWalletId: Annotated[
        str,
        Field(
            description="Source wallet (Prime or sub-wallet). Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    toWalletId: Annotated[
        str,
        Field(
            description="Destination wallet (Prime or sub-wallet). Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    requestId: Annotated[
        str,
        Field(
            description="Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class CreateSubWalletTransferResponse(ExactModel):
    """
    Success envelope of `createSubWalletTransfer`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletTransferResult, Field(description="Payload (`SubWalletTransferResult`).")]


class GetSubWalletTransferHistoryResponse(ExactModel):
    """
    Success envelope of `getSubWalletTransferHistory`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletTransferPage, Field(description="Payload (`SubWalletTransferPage`).")]


class GetSubWalletTransferDetailResponse(ExactModel):
    """
    Success envelope of `getSubWalletTransferDetail`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[SubWalletTransferDetail, Field(description="Payload (`SubWalletTransferDetail`).")]


class GetMirrorXLinkIdsResponse(ExactModel):
    """
    Success envelope of `getMirrorXLinkIds`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorXLinkPage, Field(description="Payload (`MirrorXLinkPage`).")]


class GetMirrorXAvailableAmountResponse(ExactModel):
    """
    Success envelope of `getMirrorXAvailableAmount`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorXAvailableAmount, Field(description="Payload (`MirrorXAvailableAmount`).")]


class GetMirrorXPositionsResponse(ExactModel):
    """
    Success envelope of `getMirrorXPositions`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorXPositionPage, Field(description="Payload (`MirrorXPositionPage`).")]


class GetMirrorXOrdersResponse(ExactModel):
    """
    Success envelope of `getMirrorXOrders`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorXOrderPage, Field(description="Payload (`MirrorXOrderPage`).")]


class PlaceMirrorXOrderRequest(ExactModel):
    """
    MirrorX delegation/undelegation order.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    mirrorXLinkId: Annotated[
        str,
        Field(
            description="MirrorX link id. The docs type it as integer, the official SDK sends a string; a numeric string is accepted either way.",
            max_length=64,
            min_length=1,
        ),
    ]
    orderType: Annotated[
        MirrorXOrderType,
        Field(description="Order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance -> Ceffu)."),
    ]
    coinSymbol: Annotated[
        str, Field(description="Coin symbol.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$")
    ]
    amount: Annotated[Decimal, Field(description="Amount.")]
    requestId: Annotated[
        str,
        Field(
            description="Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class PlaceMirrorXOrderResponse(ExactModel):
    """
    Success envelope of `placeMirrorXOrder`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorXOrderResult, Field(description="Payload (`MirrorXOrderResult`).")]


class EventType(StrEnum):
    """
    Event type (string): `"1"` Deposit success, `"2"` Deposit failed, `"3"` Withdrawal success, `"4"` Withdrawal failed.
    """

    field_1 = "1"
    field_2 = "2"
    field_3 = "3"
    field_4 = "4"


class ResendWebhookRequest(ExactModel):
    """
    Resend failed webhook notifications.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    webhookId: Annotated[str, Field(description="Webhook id.", max_length=64, min_length=1)]
    eventType: Annotated[
        EventType,
        Field(
            description='Event type (string): `"1"` Deposit success, `"2"` Deposit failed, `"3"` Withdrawal success, `"4"` Withdrawal failed.'
        ),
    ]
    resendFromDateTime: Annotated[
        int,
        Field(
            description="Resend failed notifications since this time (ms since epoch; at most 180 days ago per the SDK validator).",
            ge=0,
            le=9999999999999,
        ),
    ]
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class ResendWebhookResponse(ExactModel):
    """
    Success envelope of `resendWebhook`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[bool | None, Field(description="`true` when the resend was scheduled.")]


class GetMirrorLinkedUidsResponse(ExactModel):
    """
    Success envelope of `getMirrorLinkedUids`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorLinkPage, Field(description="Payload (`MirrorLinkPage`).")]


class ApplyMirrorAssetsRequest(ExactModel):
    """
    Mirror assets application (borrow).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    mirrorLinkId: Annotated[str, Field(description="Mirror link id (string).", max_length=64, min_length=1)]
    operationType: Annotated[
        str,
        Field(
            description='Operation type: `1` Borrow (x-inferred). Sent as a string. The published example is the placeholder `"string"`.',
            max_length=8,
            min_length=1,
        ),
    ]
    coinSymbol: Annotated[
        str,
        Field(
            description='Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).',
            max_length=32,
            min_length=1,
        ),
    ]
    network: Annotated[
        str,
        Field(
            description='Network symbol, e.g. `BTC` (published example: placeholder `"string"`).',
            max_length=32,
            min_length=1,
        ),
    ]
    amount: Annotated[
        Decimal,
        Field(
            description='Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the point, like every request amount). The published example is the placeholder `"string"`; the server rejects a non-decimal or negative amount with `G20005`.'
        ),
    ]
    requestId: Annotated[
        str,
        Field(
            description="Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class ApplyMirrorAssetsResponse(ExactModel):
    """
    Success envelope of `applyMirrorAssets`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorApplyResult, Field(description="Payload (`MirrorApplyResult`).")]


class SettleMirrorAssetsRequest(ExactModel):
    """
    Mirror assets settlement. The published request example uses the placeholder `"string"` for every field, so this schema constrains the other fields by type and length only; `amount` is an unsigned decimal string like every other request amount, and the server rejects values that are not valid (e.g. a non-decimal or negative `amount`) with `G20005`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    mirrorLinkId: Annotated[str, Field(description="Mirror link id (string).", max_length=64, min_length=1)]
    operationType: Annotated[
        str,
        Field(
            description='Operation type: `2` Settle from Custody/Ceffu, `3` Settle from Binance. Sent as a string. The published example is the placeholder `"string"`.',
            max_length=8,
            min_length=1,
        ),
    ]
    coinSymbol: Annotated[
        str,
        Field(
            description='Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).',
            max_length=32,
            min_length=1,
        ),
    ]
    network: Annotated[
        str,
        Field(
            description='Network symbol, e.g. `BTC` (published example: placeholder `"string"`).',
            max_length=32,
            min_length=1,
        ),
    ]
    amount: Annotated[
        Decimal,
        Field(
            description='Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the point, like every request amount). The published example is the placeholder `"string"`; the server rejects a non-decimal or negative amount with `G20005`.'
        ),
    ]
    requestId: Annotated[
        str,
        Field(
            description="Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class SettleMirrorAssetsResponse(ExactModel):
    """
    Success envelope of `settleMirrorAssets`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorApplyResult, Field(description="Payload (`MirrorApplyResult`).")]


class GetMirrorOperationRecordsResponse(ExactModel):
    """
    Success envelope of `getMirrorOperationRecords`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorRecordPage, Field(description="Payload (`MirrorRecordPage`).")]


class GetMirrorPositionsResponse(ExactModel):
    """
    Success envelope of `getMirrorPositions`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorPositionPage, Field(description="Payload (`MirrorPositionPage`).")]


class GetMirrorPositionSummaryResponse(ExactModel):
    """
    Success envelope of `getMirrorPositionSummary`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[MirrorPositionSummary, Field(description="Payload (`MirrorPositionSummary`).")]


class TransferWithExchangeRequest(ExactModel):
    """
    Transfer from a Prime Wallet to its bound exchange (Binance) account.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[Decimal, Field(description="Amount.")]
    coinSymbol: Annotated[
        str | None,
        Field(
            description="Coin symbol (marked optional in the docs).",
            max_length=32,
            min_length=1,
            pattern="^[A-Z0-9_.-]{1,32}$",
        ),
    ] = None
    direction: Annotated[
        ExchangeTransferDirection | None, Field(description="Direction: only `10` custody -> exchange is supported.")
    ] = None
    exchangeCode: ExchangeCode
    exchangeUserId: Annotated[str, Field(description="Exchange account id (Binance UID).", max_length=64, min_length=1)]
    parentWalletId: Annotated[
        str,
        Field(
            description="Source Prime Wallet (the docs type it int64). Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    requestId: Annotated[
        str,
        Field(
            description="The docs type it int64. Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    status: Annotated[
        TransferStatus | None,
        Field(description="Listed as an optional request field in the docs; has no documented effect."),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class TransferWithExchangeResponse(ExactModel):
    """
    Success envelope of `transferWithExchange`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[ExchangeTransferResult, Field(description="Payload (`ExchangeTransferResult`).")]


class GetExchangeTransferHistoryResponse(ExactModel):
    """
    Success envelope of `getExchangeTransferHistory`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[ExchangeTransferPage, Field(description="Payload (`ExchangeTransferPage`).")]


class GetExchangeTransferDetailResponse(ExactModel):
    """
    Success envelope of `getExchangeTransferDetail`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[ExchangeTransfer, Field(description="Payload (`ExchangeTransfer`).")]


class CreateWithdrawalV1Request(ExactModel):
    """
    Withdrawal (v1, archived).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    walletId: Annotated[
        str,
        Field(
            description="Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw - `G20017`). Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ]
    coinSymbol: Annotated[
        str, Field(description="Coin symbol, e.g. `USDT`.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$")
    ]
    network: Annotated[
        str,
        Field(description="Network symbol, e.g. `ETH`.", max_length=32, min_length=1, pattern="^[A-Z0-9_.-]{1,32}$"),
    ]
    amount: Annotated[Decimal, Field(description="Amount to withdraw. v1 semantics (fee handling differs from v2).")]
    requestId: Annotated[
        str,
        Field(
            description="Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.",
            max_length=70,
            min_length=1,
        ),
    ]
    withdrawalAddress: Annotated[
        str | None,
        Field(
            description="Destination address (must be whitelisted). Exactly one of `withdrawalAddress` / `toWalletIdStr`.",
            max_length=128,
            min_length=1,
        ),
    ] = None
    toWalletIdStr: Annotated[
        str | None,
        Field(
            description="Destination Ceffu wallet (whitelist check bypassed). Exactly one of `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).",
            max_length=20,
            pattern="^[0-9]{1,20}$",
        ),
    ] = None
    memo: Annotated[
        str | None,
        Field(
            description="Memo/tag, when the network needs one. `null` is accepted as not sent (x-inferred: the docs' records show `memo` as null when there is none).",
            max_length=128,
        ),
    ] = None
    customizeFeeAmount: Annotated[
        Decimal | None,
        Field(description="Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP, TRON networks)."),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(
            description="Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because the client's signer stamps it on every request; the server's authentication layer rejects a request without it with `G20006` (and a stale one with `G20007`).",
            ge=0,
            le=9999999999999,
        ),
    ] = None


class CreateWithdrawalV1Response(ExactModel):
    """
    Success envelope of `createWithdrawalV1`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WithdrawalResult, Field(description="Payload (`WithdrawalResult`).")]


class GetWithdrawalHistoryV1Response(ExactModel):
    """
    Success envelope of `getWithdrawalHistoryV1`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[TransactionPage, Field(description="Payload (`TransactionPage`).")]


class GetWithdrawalDetailV1Response(ExactModel):
    """
    Success envelope of `getWithdrawalDetailV1`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[Transaction, Field(description="Payload (`Transaction`).")]


class GetSubWalletListV1Response(ExactModel):
    """
    Success envelope of `getSubWalletListV1`.
    """

    code: Annotated[Literal["000000"], Field(description='Result code; `"000000"` (a string) means success.')]
    message: Annotated[str, Field(description="Result message, normally `Success`.")]
    data: Annotated[WalletIdPage, Field(description="Payload (`WalletIdPage`).")]
