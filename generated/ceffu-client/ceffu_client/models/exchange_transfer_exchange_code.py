from typing import Literal

ExchangeTransferExchangeCode = Literal[10]

EXCHANGE_TRANSFER_EXCHANGE_CODE_VALUES: set[ExchangeTransferExchangeCode] = {
    10,
}


def check_exchange_transfer_exchange_code(value: int) -> ExchangeTransferExchangeCode:
    if value in EXCHANGE_TRANSFER_EXCHANGE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_TRANSFER_EXCHANGE_CODE_VALUES!r}")
