from typing import Literal

TenantInfoAccountType = Literal["business", "individual"]

TENANT_INFO_ACCOUNT_TYPE_VALUES: set[TenantInfoAccountType] = {
    "business",
    "individual",
}


def check_tenant_info_account_type(value: str) -> TenantInfoAccountType:
    if value in TENANT_INFO_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TENANT_INFO_ACCOUNT_TYPE_VALUES!r}")
