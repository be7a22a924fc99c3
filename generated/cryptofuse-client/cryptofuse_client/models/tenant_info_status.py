from typing import Literal

TenantInfoStatus = Literal["active", "pending", "suspended"]

TENANT_INFO_STATUS_VALUES: set[TenantInfoStatus] = {
    "active",
    "pending",
    "suspended",
}


def check_tenant_info_status(value: str) -> TenantInfoStatus:
    if value in TENANT_INFO_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TENANT_INFO_STATUS_VALUES!r}")
