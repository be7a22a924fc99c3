from typing import Literal

ListDepositsRequestType = Literal["deposit", "inside_transfer_in"]

LIST_DEPOSITS_REQUEST_TYPE_VALUES: set[ListDepositsRequestType] = {
    "deposit",
    "inside_transfer_in",
}


def check_list_deposits_request_type(value: str) -> ListDepositsRequestType:
    if value in LIST_DEPOSITS_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEPOSITS_REQUEST_TYPE_VALUES!r}")
