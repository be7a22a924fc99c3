from typing import Literal

TransactionHistoryRequestWalletType = Literal[10, 11, 12, 20, 21]

TRANSACTION_HISTORY_REQUEST_WALLET_TYPE_VALUES: set[TransactionHistoryRequestWalletType] = {
    10,
    11,
    12,
    20,
    21,
}


def check_transaction_history_request_wallet_type(value: int) -> TransactionHistoryRequestWalletType:
    if value in TRANSACTION_HISTORY_REQUEST_WALLET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_HISTORY_REQUEST_WALLET_TYPE_VALUES!r}")
