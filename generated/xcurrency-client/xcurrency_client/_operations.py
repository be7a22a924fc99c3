"""Every operation of specs/xcurrency.yaml: method, path, tag and security. Generated: do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str
    tag: str
    security: tuple[tuple[str, tuple[str, ...]], ...] | None  # None: the spec's top-level security


OPERATIONS: dict[str, Operation] = {
    "getToken": Operation("POST", "/payout/oauth/token", "Authentication", ()),
    "checkSign": Operation("POST", "/payout/encrypt/check", "Authentication", None),
    "createCustomer": Operation("POST", "/customers", "Customers", None),
    "createWallet": Operation("POST", "/wallets", "Wallets", None),
    "listCustomerWallets": Operation(
        "GET", "/customers/{customerId}/wallets", "Wallets", (("appKey", ()), ("token", ()))
    ),
    "getWalletBalance": Operation("GET", "/wallets/{walletId}/balances", "Wallets", (("appKey", ()), ("token", ()))),
    "listWalletTransactions": Operation(
        "GET", "/wallets/{walletId}/transactions", "Wallets", (("appKey", ()), ("token", ()))
    ),
    "createQuote": Operation("POST", "/global/payout/rate/query/price", "Top-up", None),
    "createTopupOrder": Operation("POST", "/topup/orders", "Top-up", None),
    "listTopupOrders": Operation("GET", "/topup/orders", "Top-up", (("appKey", ()), ("token", ()))),
    "getTopupOrder": Operation("GET", "/topup/orders/{orderId}", "Top-up", (("appKey", ()), ("token", ()))),
    "listAssetNetworks": Operation("GET", "/assets/networks", "Assets & Networks", (("appKey", ()), ("token", ()))),
}
