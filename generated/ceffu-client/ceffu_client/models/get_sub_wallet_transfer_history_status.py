from typing import Literal

GetSubWalletTransferHistoryStatus = Literal[10, 20, 30, 99]

GET_SUB_WALLET_TRANSFER_HISTORY_STATUS_VALUES: set[GetSubWalletTransferHistoryStatus] = {
    10,
    20,
    30,
    99,
}


def check_get_sub_wallet_transfer_history_status(value: int) -> GetSubWalletTransferHistoryStatus:
    if value in GET_SUB_WALLET_TRANSFER_HISTORY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SUB_WALLET_TRANSFER_HISTORY_STATUS_VALUES!r}")
