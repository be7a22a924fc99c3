from typing import Literal

CreateSubWalletRequestAutoCollection = Literal[0, 1]

CREATE_SUB_WALLET_REQUEST_AUTO_COLLECTION_VALUES: set[CreateSubWalletRequestAutoCollection] = {
    0,
    1,
}


def check_create_sub_wallet_request_auto_collection(value: int) -> CreateSubWalletRequestAutoCollection:
    if value in CREATE_SUB_WALLET_REQUEST_AUTO_COLLECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SUB_WALLET_REQUEST_AUTO_COLLECTION_VALUES!r}")
