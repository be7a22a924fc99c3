from typing import Literal

TopupOrderStatus = Literal["COMPLETED", "FAILED", "TRANSFERRING"]

TOPUP_ORDER_STATUS_VALUES: set[TopupOrderStatus] = {
    "COMPLETED",
    "FAILED",
    "TRANSFERRING",
}


def check_topup_order_status(value: str) -> TopupOrderStatus:
    if value in TOPUP_ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPUP_ORDER_STATUS_VALUES!r}")
