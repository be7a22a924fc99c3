from typing import Literal

TransferWithExchangeRequestExchangeCode = Literal[10]

TRANSFER_WITH_EXCHANGE_REQUEST_EXCHANGE_CODE_VALUES: set[TransferWithExchangeRequestExchangeCode] = {
    10,
}


def check_transfer_with_exchange_request_exchange_code(value: int) -> TransferWithExchangeRequestExchangeCode:
    if value in TRANSFER_WITH_EXCHANGE_REQUEST_EXCHANGE_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_WITH_EXCHANGE_REQUEST_EXCHANGE_CODE_VALUES!r}"
    )
