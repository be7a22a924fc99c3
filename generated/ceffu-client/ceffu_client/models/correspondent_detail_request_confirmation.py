from typing import Literal

CorrespondentDetailRequestConfirmation = Literal["confirmed", "unconfirmed"]

CORRESPONDENT_DETAIL_REQUEST_CONFIRMATION_VALUES: set[CorrespondentDetailRequestConfirmation] = {
    "confirmed",
    "unconfirmed",
}


def check_correspondent_detail_request_confirmation(value: str) -> CorrespondentDetailRequestConfirmation:
    if value in CORRESPONDENT_DETAIL_REQUEST_CONFIRMATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORRESPONDENT_DETAIL_REQUEST_CONFIRMATION_VALUES!r}")
