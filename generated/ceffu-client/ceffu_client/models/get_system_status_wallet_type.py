from typing import Literal

GetSystemStatusWalletType = Literal[10, 20]

GET_SYSTEM_STATUS_WALLET_TYPE_VALUES: set[GetSystemStatusWalletType] = {
    10,
    20,
}


def check_get_system_status_wallet_type(value: int) -> GetSystemStatusWalletType:
    if value in GET_SYSTEM_STATUS_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SYSTEM_STATUS_WALLET_TYPE_VALUES!r}")
