from typing import Literal

WalletWalletType = Literal[10, 11, 12, 20, 21]

WALLET_WALLET_TYPE_VALUES: set[WalletWalletType] = {
    10,
    11,
    12,
    20,
    21,
}


def check_wallet_wallet_type(value: int) -> WalletWalletType:
    if value in WALLET_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_WALLET_TYPE_VALUES!r}")
