from typing import Literal

ListWithdrawTransfersRequestType = Literal["inside_transfer", "inside_transfer_out", "withdraw"]

LIST_WITHDRAW_TRANSFERS_REQUEST_TYPE_VALUES: set[ListWithdrawTransfersRequestType] = {
    "inside_transfer",
    "inside_transfer_out",
    "withdraw",
}


def check_list_withdraw_transfers_request_type(value: str) -> ListWithdrawTransfersRequestType:
    if value in LIST_WITHDRAW_TRANSFERS_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WITHDRAW_TRANSFERS_REQUEST_TYPE_VALUES!r}")
