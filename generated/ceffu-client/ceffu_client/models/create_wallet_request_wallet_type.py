from typing import Literal

CreateWalletRequestWalletType = Literal[10, 20]

CREATE_WALLET_REQUEST_WALLET_TYPE_VALUES: set[CreateWalletRequestWalletType] = {
    10,
    20,
}


def check_create_wallet_request_wallet_type(value: int) -> CreateWalletRequestWalletType:
    if value in CREATE_WALLET_REQUEST_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_WALLET_REQUEST_WALLET_TYPE_VALUES!r}")
