from typing import Literal

WhitelistAddressAddressType = Literal[1, 2]

WHITELIST_ADDRESS_ADDRESS_TYPE_VALUES: set[WhitelistAddressAddressType] = {
    1,
    2,
}


def check_whitelist_address_address_type(value: int) -> WhitelistAddressAddressType:
    if value in WHITELIST_ADDRESS_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHITELIST_ADDRESS_ADDRESS_TYPE_VALUES!r}")
