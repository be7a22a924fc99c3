from typing import Literal

AddWhitelistRequestAddressType = Literal[1, 2]

ADD_WHITELIST_REQUEST_ADDRESS_TYPE_VALUES: set[AddWhitelistRequestAddressType] = {
    1,
    2,
}


def check_add_whitelist_request_address_type(value: int) -> AddWhitelistRequestAddressType:
    if value in ADD_WHITELIST_REQUEST_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_WHITELIST_REQUEST_ADDRESS_TYPE_VALUES!r}")
