from typing import Literal

XcurrencyTopupOrderStatus = Literal["COMPLETED", "FAILED", "TRANSFERRING"]

XCURRENCY_TOPUP_ORDER_STATUS_VALUES: set[XcurrencyTopupOrderStatus] = {
    "COMPLETED",
    "FAILED",
    "TRANSFERRING",
}


def check_xcurrency_topup_order_status(value: str) -> XcurrencyTopupOrderStatus:
    if value in XCURRENCY_TOPUP_ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {XCURRENCY_TOPUP_ORDER_STATUS_VALUES!r}")
