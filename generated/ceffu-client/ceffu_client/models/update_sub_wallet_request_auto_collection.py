from typing import Literal

UpdateSubWalletRequestAutoCollection = Literal[0, 1]

UPDATE_SUB_WALLET_REQUEST_AUTO_COLLECTION_VALUES: set[UpdateSubWalletRequestAutoCollection] = {
    0,
    1,
}


def check_update_sub_wallet_request_auto_collection(value: int) -> UpdateSubWalletRequestAutoCollection:
    if value in UPDATE_SUB_WALLET_REQUEST_AUTO_COLLECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SUB_WALLET_REQUEST_AUTO_COLLECTION_VALUES!r}")
