from typing import Literal

SubWalletUpdateResultWalletType = Literal[21]

SUB_WALLET_UPDATE_RESULT_WALLET_TYPE_VALUES: set[SubWalletUpdateResultWalletType] = {
    21,
}


def check_sub_wallet_update_result_wallet_type(value: int) -> SubWalletUpdateResultWalletType:
    if value in SUB_WALLET_UPDATE_RESULT_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_UPDATE_RESULT_WALLET_TYPE_VALUES!r}")
