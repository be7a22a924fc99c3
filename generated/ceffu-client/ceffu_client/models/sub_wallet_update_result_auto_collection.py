from typing import Literal

SubWalletUpdateResultAutoCollection = Literal[0, 1]

SUB_WALLET_UPDATE_RESULT_AUTO_COLLECTION_VALUES: set[SubWalletUpdateResultAutoCollection] = {
    0,
    1,
}


def check_sub_wallet_update_result_auto_collection(value: int) -> SubWalletUpdateResultAutoCollection:
    if value in SUB_WALLET_UPDATE_RESULT_AUTO_COLLECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_UPDATE_RESULT_AUTO_COLLECTION_VALUES!r}")
