from typing import Literal

GetSubWalletTransferHistoryDirection = Literal[10, 20, 30, 40]

GET_SUB_WALLET_TRANSFER_HISTORY_DIRECTION_VALUES: set[GetSubWalletTransferHistoryDirection] = {
    10,
    20,
    30,
    40,
}


def check_get_sub_wallet_transfer_history_direction(value: int) -> GetSubWalletTransferHistoryDirection:
    if value in GET_SUB_WALLET_TRANSFER_HISTORY_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SUB_WALLET_TRANSFER_HISTORY_DIRECTION_VALUES!r}")
