from typing import Literal

CreateFundsTransferRequestType = Literal["futures_spot", "spot_futures"]

CREATE_FUNDS_TRANSFER_REQUEST_TYPE_VALUES: set[CreateFundsTransferRequestType] = {
    "futures_spot",
    "spot_futures",
}


def check_create_funds_transfer_request_type(value: str) -> CreateFundsTransferRequestType:
    if value in CREATE_FUNDS_TRANSFER_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FUNDS_TRANSFER_REQUEST_TYPE_VALUES!r}")
