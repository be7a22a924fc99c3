from typing import Literal

GetWhitelistListAddressType = Literal[1, 2]

GET_WHITELIST_LIST_ADDRESS_TYPE_VALUES: set[GetWhitelistListAddressType] = {
    1,
    2,
}


def check_get_whitelist_list_address_type(value: int) -> GetWhitelistListAddressType:
    if value in GET_WHITELIST_LIST_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WHITELIST_LIST_ADDRESS_TYPE_VALUES!r}")
