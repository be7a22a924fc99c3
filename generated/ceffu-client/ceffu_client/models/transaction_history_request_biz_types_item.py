from typing import Literal

TransactionHistoryRequestBizTypesItem = Literal[10, 15, 3110, 3120, 3130]

TRANSACTION_HISTORY_REQUEST_BIZ_TYPES_ITEM_VALUES: set[TransactionHistoryRequestBizTypesItem] = {
    10,
    15,
    3110,
    3120,
    3130,
}


def check_transaction_history_request_biz_types_item(value: int) -> TransactionHistoryRequestBizTypesItem:
    if value in TRANSACTION_HISTORY_REQUEST_BIZ_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSACTION_HISTORY_REQUEST_BIZ_TYPES_ITEM_VALUES!r}"
    )
