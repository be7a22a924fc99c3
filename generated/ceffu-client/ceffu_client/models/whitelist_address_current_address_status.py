from typing import Literal

WhitelistAddressCurrentAddressStatus = Literal[10, 20, 30, 99]

WHITELIST_ADDRESS_CURRENT_ADDRESS_STATUS_VALUES: set[WhitelistAddressCurrentAddressStatus] = {
    10,
    20,
    30,
    99,
}


def check_whitelist_address_current_address_status(value: int) -> WhitelistAddressCurrentAddressStatus:
    if value in WHITELIST_ADDRESS_CURRENT_ADDRESS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHITELIST_ADDRESS_CURRENT_ADDRESS_STATUS_VALUES!r}")
