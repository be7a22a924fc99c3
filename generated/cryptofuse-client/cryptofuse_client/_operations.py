"""Every operation of specs/cryptofuse.yaml: method, path, tag and security. Generated: do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str
    tag: str
    security: tuple[tuple[str, tuple[str, ...]], ...] | None  # None: the spec's top-level security


OPERATIONS: dict[str, Operation] = {
    "getAccessToken": Operation("POST", "/o/token/", "Authentication", ()),
    "listOAuthApplications": Operation("GET", "/o/apps/", "Authentication", (("oauth2", ("read", "write")),)),
    "createOAuthApplication": Operation("POST", "/o/apps/", "Authentication", (("oauth2", ("read", "write")),)),
    "deleteOAuthApplication": Operation("DELETE", "/o/apps/{id}/", "Authentication", (("oauth2", ("read", "write")),)),
    "listCurrencies": Operation("GET", "/currencies/", "Currencies & Rates", (("oauth2", ("read", "write")),)),
    "getRate": Operation("GET", "/rates/", "Currencies & Rates", (("oauth2", ("read",)),)),
    "createPayment": Operation("POST", "/payments/", "Payments", (("oauth2", ("read", "write")),)),
    "listPayments": Operation("GET", "/payments/", "Payments", (("oauth2", ("read", "write")),)),
    "getPaymentStatus": Operation("POST", "/payments/status/", "Payments", (("oauth2", ("read", "write")),)),
    "getPaymentMinAmount": Operation("GET", "/payments/min-amount/", "Payments", (("oauth2", ("read", "write")),)),
    "createWithdrawal": Operation("POST", "/withdrawal/", "Withdrawals", (("oauth2", ("read", "write")),)),
    "listWithdrawals": Operation("GET", "/withdrawal/", "Withdrawals", (("oauth2", ("read", "write")),)),
    "getWithdrawal": Operation("GET", "/withdrawal/{withdrawal_id}/", "Withdrawals", (("oauth2", ("read", "write")),)),
    "getWithdrawalStatus": Operation("POST", "/withdrawal/status/", "Withdrawals", (("oauth2", ("read", "write")),)),
    "validateWithdrawalAddress": Operation(
        "POST", "/withdrawal/validate-address/", "Withdrawals", (("oauth2", ("read", "write")),)
    ),
    "estimateWithdrawalFee": Operation(
        "POST", "/withdrawal/fee-estimate/", "Withdrawals", (("oauth2", ("read", "write")),)
    ),
    "estimateWithdrawal": Operation("POST", "/withdrawal/estimate/", "Withdrawals", (("oauth2", ("read", "write")),)),
    "getWithdrawalMinAmount": Operation(
        "POST", "/withdrawal/min-amount/", "Withdrawals", (("oauth2", ("read", "write")),)
    ),
    "listWithdrawalCurrencies": Operation(
        "GET", "/withdrawal/available-currencies/", "Withdrawals", (("oauth2", ("read", "write")),)
    ),
    "getBalances": Operation("GET", "/user/balances/", "Balances", (("oauth2", ("read", "write")),)),
    "getBalanceHistory": Operation("GET", "/user/balances/history/", "Balances", (("oauth2", ("read",)),)),
    "listWallets": Operation("GET", "/wallets/", "Wallets", (("oauth2", ("read", "write")),)),
    "createWallet": Operation("POST", "/wallets/", "Wallets", (("oauth2", ("read", "write")),)),
    "getWallet": Operation("GET", "/wallets/{id}/", "Wallets", (("oauth2", ("read", "write")),)),
    "getWalletBalances": Operation("POST", "/wallets/balances/", "Wallets", (("oauth2", ("read", "write")),)),
    "transferToUser": Operation("POST", "/wallets/transfer-to-user/", "Wallets", (("oauth2", ("read", "write")),)),
    "withdrawToMaster": Operation("POST", "/wallets/withdraw-to-master/", "Wallets", (("oauth2", ("read", "write")),)),
    "getTransferHistory": Operation("POST", "/wallets/transfer-history/", "Wallets", (("oauth2", ("read", "write")),)),
    "getTenantInfo": Operation("GET", "/user/me/", "User Information", (("oauth2", ("read", "write")),)),
    "configureWebhook": Operation("POST", "/user/webhooks/", "User Information", (("oauth2", ("write",)),)),
    "getPlatformFees": Operation("GET", "/user/fees/", "User Information", (("oauth2", ("admin",)),)),
    "getApiStatus": Operation("GET", "/status/", "API Status", ()),
}
