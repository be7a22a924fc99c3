from typing import Literal

WalletTransactionType = Literal["CREDIT", "DEBIT"]

WALLET_TRANSACTION_TYPE_VALUES: set[WalletTransactionType] = {
    "CREDIT",
    "DEBIT",
}


def check_wallet_transaction_type(value: str) -> WalletTransactionType:
    if value in WALLET_TRANSACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_TRANSACTION_TYPE_VALUES!r}")
