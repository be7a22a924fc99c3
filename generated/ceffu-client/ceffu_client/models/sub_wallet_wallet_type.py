from typing import Literal

SubWalletWalletType = Literal[21]

SUB_WALLET_WALLET_TYPE_VALUES: set[SubWalletWalletType] = {
    21,
}


def check_sub_wallet_wallet_type(value: int) -> SubWalletWalletType:
    if value in SUB_WALLET_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_WALLET_TYPE_VALUES!r}")
