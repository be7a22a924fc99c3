from typing import Literal

BitunixRecordAdvanceTo = Literal["approved", "fail", "pending", "success", "verification"]

BITUNIX_RECORD_ADVANCE_TO_VALUES: set[BitunixRecordAdvanceTo] = {
    "approved",
    "fail",
    "pending",
    "success",
    "verification",
}


def check_bitunix_record_advance_to(value: str) -> BitunixRecordAdvanceTo:
    if value in BITUNIX_RECORD_ADVANCE_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BITUNIX_RECORD_ADVANCE_TO_VALUES!r}")
