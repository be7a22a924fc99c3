from typing import Literal

WhitelistAddressAddressStatus = Literal[10, 20, 30, 99]

WHITELIST_ADDRESS_ADDRESS_STATUS_VALUES: set[WhitelistAddressAddressStatus] = {
    10,
    20,
    30,
    99,
}


def check_whitelist_address_address_status(value: int) -> WhitelistAddressAddressStatus:
    if value in WHITELIST_ADDRESS_ADDRESS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHITELIST_ADDRESS_ADDRESS_STATUS_VALUES!r}")
