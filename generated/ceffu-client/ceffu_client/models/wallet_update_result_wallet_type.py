from typing import Literal

WalletUpdateResultWalletType = Literal[10, 11, 12, 20, 21]

WALLET_UPDATE_RESULT_WALLET_TYPE_VALUES: set[WalletUpdateResultWalletType] = {
    10,
    11,
    12,
    20,
    21,
}


def check_wallet_update_result_wallet_type(value: int) -> WalletUpdateResultWalletType:
    if value in WALLET_UPDATE_RESULT_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_UPDATE_RESULT_WALLET_TYPE_VALUES!r}")
