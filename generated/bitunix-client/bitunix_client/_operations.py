"""Every operation of specs/bitunix.yaml: method, path, tag and security. Generated: do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str
    tag: str
    security: tuple[tuple[str, tuple[str, ...]], ...] | None  # None: the spec's top-level security


OPERATIONS: dict[str, Operation] = {
    "getLastPrice": Operation("GET", "/api/spot/v1/market/last_price", "Public", ()),
    "getDepth": Operation("GET", "/api/spot/v1/market/depth", "Public", ()),
    "getKline": Operation("GET", "/api/spot/v1/market/kline", "Public", ()),
    "getKlineHistory": Operation("GET", "/api/spot/v1/market/kline/history", "Public", ()),
    "listCoinPairs": Operation("GET", "/api/spot/v1/common/coin_pair/list", "Public", ()),
    "listRates": Operation("GET", "/api/spot/v1/common/rate/list", "Public", ()),
    "listCoinNetworks": Operation("GET", "/api/spot/v1/common/coin/coin_network/list", "Public", ()),
    "getAccount": Operation("GET", "/api/spot/v1/user/account", "User", None),
    "getUserInfo": Operation("GET", "/api/spot/v1/user/info", "User", None),
    "createWithdrawal": Operation("POST", "/api/spot/v1/withdraw", "User", None),
    "cancelWithdrawal": Operation("POST", "/api/spot/v1/withdraw/cancel", "User", None),
    "createInsideTransfer": Operation("POST", "/api/spot/v1/inside_transfer", "User", None),
    "cancelInsideTransfer": Operation("POST", "/api/spot/v1/inside_transfer/cancel", "User", None),
    "listWithdrawTransfers": Operation("POST", "/api/spot/v1/withdraw_transfer/page", "User", None),
    "createFundsTransfer": Operation("POST", "/api/spot/v1/funds_transfer", "User", None),
    "listDeposits": Operation("POST", "/api/spot/v1/deposit/page", "User", None),
    "getDepositAddress": Operation("POST", "/api/spot/v1/deposit/address", "User", None),
    "placeOrder": Operation("POST", "/api/spot/v1/order/place_order", "Order", None),
    "placeOrderBatch": Operation("POST", "/api/spot/v1/order/place_order/batch", "Order", None),
    "cancelOrders": Operation("POST", "/api/spot/v1/order/cancel", "Order", None),
    "listOrderDeals": Operation("POST", "/api/spot/v1/order/deal/list", "Order", None),
    "getOrderHistory": Operation("POST", "/api/spot/v1/order/history/page", "Order", None),
    "listPendingOrders": Operation("POST", "/api/spot/v1/order/pending/list", "Order", None),
    "getOrderDetail": Operation("GET", "/api/spot/v1/order/detail", "Order", None),
}
