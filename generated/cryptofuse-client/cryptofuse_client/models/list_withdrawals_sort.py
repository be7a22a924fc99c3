from typing import Literal

ListWithdrawalsSort = Literal["amount_asc", "amount_desc", "created_asc", "created_desc"]

LIST_WITHDRAWALS_SORT_VALUES: set[ListWithdrawalsSort] = {
    "amount_asc",
    "amount_desc",
    "created_asc",
    "created_desc",
}


def check_list_withdrawals_sort(value: str) -> ListWithdrawalsSort:
    if value in LIST_WITHDRAWALS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WITHDRAWALS_SORT_VALUES!r}")
