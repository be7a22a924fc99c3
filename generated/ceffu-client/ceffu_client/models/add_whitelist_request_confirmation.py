from typing import Literal

AddWhitelistRequestConfirmation = Literal["confirmed", "unconfirmed"]

ADD_WHITELIST_REQUEST_CONFIRMATION_VALUES: set[AddWhitelistRequestConfirmation] = {
    "confirmed",
    "unconfirmed",
}


def check_add_whitelist_request_confirmation(value: str) -> AddWhitelistRequestConfirmation:
    if value in ADD_WHITELIST_REQUEST_CONFIRMATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_WHITELIST_REQUEST_CONFIRMATION_VALUES!r}")
