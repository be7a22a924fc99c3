from typing import Literal

TopupOrderStatusFilter = Literal["COMPLETED", "CREDITED", "FAILED", "TRANSFERRING"]

TOPUP_ORDER_STATUS_FILTER_VALUES: set[TopupOrderStatusFilter] = {
    "COMPLETED",
    "CREDITED",
    "FAILED",
    "TRANSFERRING",
}


def check_topup_order_status_filter(value: str) -> TopupOrderStatusFilter:
    if value in TOPUP_ORDER_STATUS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPUP_ORDER_STATUS_FILTER_VALUES!r}")
