"""Every operation of specs/ceffu.yaml: method, path, tag and security. Generated: do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str
    tag: str
    security: tuple[tuple[str, tuple[str, ...]], ...] | None  # None: the spec's top-level security


OPERATIONS: dict[str, Operation] = {
    "getSystemStatus": Operation("GET", "/open-api/v1/system/status", "System", None),
    "getPrimeWalletCoins": Operation("GET", "/open-api/v1/wallet/shared/coin", "Supported Assets", None),
    "getQualifiedWalletCoins": Operation("GET", "/open-api/v1/wallet/qualified/coin", "Supported Assets", None),
    "getCosignWalletCoins": Operation("GET", "/open-api/v1/wallet/cosign/coin", "Supported Assets", None),
    "createWallet": Operation("POST", "/open-api/v1/wallet/create", "Wallets", None),
    "updateWallet": Operation("POST", "/open-api/v1/wallet/updateWallet", "Wallets", None),
    "getWalletList": Operation("GET", "/open-api/v1/wallet/list", "Wallets", None),
    "getWalletAssetList": Operation("GET", "/open-api/v1/wallet/asset/list", "Wallets", None),
    "getWalletAssetSummary": Operation("GET", "/open-api/v1/wallet/asset/summary", "Wallets", None),
    "getDepositAddress": Operation("GET", "/open-api/v1/wallet/deposit/address", "Deposits", None),
    "getDepositHistory": Operation("GET", "/open-api/v1/wallet/deposit/history", "Deposits", None),
    "getDepositDetail": Operation("GET", "/open-api/v2/wallet/deposit/detail", "Deposits", None),
    "createWithdrawal": Operation("POST", "/open-api/v2/wallet/withdrawal", "Withdrawals", None),
    "getWithdrawalFee": Operation("GET", "/open-api/v1/wallet/withdrawal/fee", "Withdrawals", None),
    "getWithdrawalHistory": Operation("GET", "/open-api/v2/wallet/withdrawal/history", "Withdrawals", None),
    "getWithdrawalDetail": Operation("GET", "/open-api/v2/wallet/withdrawal/detail", "Withdrawals", None),
    "getWhitelistList": Operation("GET", "/open-api/v1/wallet/pageWhitelist", "Whitelisted Addresses", None),
    "getWhitelistOptions": Operation("GET", "/open-api/v1/wallet/whitelist/options", "Whitelisted Addresses", None),
    "addWhitelistAddress": Operation("POST", "/open-api/v1/wallet/addWhitelist", "Whitelisted Addresses", None),
    "getTransactionHistory": Operation("POST", "/open-api/v1/wallet/transaction/history", "Transactions", None),
    "createSubWallet": Operation("POST", "/open-api/v1/subwallet/create", "Sub-Wallets", None),
    "updateSubWallet": Operation("POST", "/open-api/v1/subwallet/updateSubWallet", "Sub-Wallets", None),
    "getSubWalletList": Operation("GET", "/open-api/v2/subwallet/list", "Sub-Wallets", None),
    "getSubWalletAssetList": Operation("GET", "/open-api/v1/subwallet/asset/list", "Sub-Wallets", None),
    "getSubWalletAssetSummary": Operation("GET", "/open-api/v1/subwallet/asset/summary", "Sub-Wallets", None),
    "getSubWalletDepositAddress": Operation(
        "GET", "/open-api/v1/subwallet/deposit/address", "Sub-Wallet Deposits", None
    ),
    "getSubWalletDepositAddressList": Operation(
        "GET", "/open-api/v1/subwallet/deposit/address/list", "Sub-Wallet Deposits", None
    ),
    "getSubWalletDepositHistory": Operation(
        "GET", "/open-api/v1/subwallet/deposit/history", "Sub-Wallet Deposits", None
    ),
    "getSubWalletDepositHistoryByPrime": Operation(
        "GET", "/open-api/v2/subwallet/deposit/history", "Sub-Wallet Deposits", None
    ),
    "createSubWalletTransfer": Operation("POST", "/open-api/v1/subwallet/transfer", "Internal Transfers", None),
    "getSubWalletTransferHistory": Operation(
        "GET", "/open-api/v1/subwallet/transfer/history", "Internal Transfers", None
    ),
    "getSubWalletTransferDetail": Operation(
        "GET", "/open-api/v1/subwallet/transfer/detail", "Internal Transfers", None
    ),
    "getMirrorXLinkIds": Operation("GET", "/open-api/v1/mirrorX/mirrorXLinkId/list", "MirrorX", None),
    "getMirrorXAvailableAmount": Operation("GET", "/open-api/v1/mirrorX/order/check", "MirrorX", None),
    "getMirrorXPositions": Operation("GET", "/open-api/v1/mirrorX/positions/list", "MirrorX", None),
    "getMirrorXOrders": Operation("GET", "/open-api/v1/mirrorX/order/list", "MirrorX", None),
    "placeMirrorXOrder": Operation("POST", "/open-api/v1/mirrorX/order", "MirrorX", None),
    "resendWebhook": Operation("POST", "/open-api/entity/webhook/resend", "Webhooks", None),
    "getMirrorLinkedUids": Operation("GET", "/open-api/v1/mirror/linked/list", "Archive Mirror", None),
    "applyMirrorAssets": Operation("POST", "/open-api/v1/mirror/asset/apply", "Archive Mirror", None),
    "settleMirrorAssets": Operation("POST", "/open-api/v1/mirror/asset/settle", "Archive Mirror", None),
    "getMirrorOperationRecords": Operation("GET", "/open-api/v1/mirror/records/list", "Archive Mirror", None),
    "getMirrorPositions": Operation("GET", "/open-api/v1/mirror/positions/list", "Archive Mirror", None),
    "getMirrorPositionSummary": Operation("GET", "/open-api/v1/mirror/position/summary", "Archive Mirror", None),
    "transferWithExchange": Operation("POST", "/open-api/v1/wallet/transfer/exchange", "Archive Wallet", None),
    "getExchangeTransferHistory": Operation(
        "GET", "/open-api/v1/wallet/transfer/exchange/history", "Archive Wallet", None
    ),
    "getExchangeTransferDetail": Operation(
        "GET", "/open-api/v1/wallet/transfer/exchange/detail", "Archive Wallet", None
    ),
    "createWithdrawalV1": Operation("POST", "/open-api/v1/wallet/withdrawal", "Archive Wallet", None),
    "getWithdrawalHistoryV1": Operation("GET", "/open-api/v1/wallet/withdrawal/history", "Archive Wallet", None),
    "getWithdrawalDetailV1": Operation("GET", "/open-api/v1/wallet/withdrawal/detail", "Archive Wallet", None),
    "getSubWalletListV1": Operation("GET", "/open-api/v1/subwallet/list", "Archive Wallet", None),
}
