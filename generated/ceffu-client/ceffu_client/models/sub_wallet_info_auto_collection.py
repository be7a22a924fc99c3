from typing import Literal

SubWalletInfoAutoCollection = Literal[0, 1]

SUB_WALLET_INFO_AUTO_COLLECTION_VALUES: set[SubWalletInfoAutoCollection] = {
    0,
    1,
}


def check_sub_wallet_info_auto_collection(value: int) -> SubWalletInfoAutoCollection:
    if value in SUB_WALLET_INFO_AUTO_COLLECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_INFO_AUTO_COLLECTION_VALUES!r}")
