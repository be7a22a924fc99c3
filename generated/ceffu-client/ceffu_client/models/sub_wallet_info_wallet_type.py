from typing import Literal

SubWalletInfoWalletType = Literal[21]

SUB_WALLET_INFO_WALLET_TYPE_VALUES: set[SubWalletInfoWalletType] = {
    21,
}


def check_sub_wallet_info_wallet_type(value: int) -> SubWalletInfoWalletType:
    if value in SUB_WALLET_INFO_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_INFO_WALLET_TYPE_VALUES!r}")
