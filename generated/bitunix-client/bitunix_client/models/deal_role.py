from typing import Literal

DealRole = Literal["1", "2"]

DEAL_ROLE_VALUES: set[DealRole] = {
    "1",
    "2",
}


def check_deal_role(value: str) -> DealRole:
    if value in DEAL_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_ROLE_VALUES!r}")
