from typing import Literal

RecipientType = Literal["email", "phone", "uid"]

RECIPIENT_TYPE_VALUES: set[RecipientType] = {
    "email",
    "phone",
    "uid",
}


def check_recipient_type(value: str) -> RecipientType:
    if value in RECIPIENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECIPIENT_TYPE_VALUES!r}")
