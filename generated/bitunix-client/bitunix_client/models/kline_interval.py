from typing import Literal

KlineInterval = Literal["1", "120", "15", "240", "3", "30", "360", "5", "60", "720", "D", "M", "W"]

KLINE_INTERVAL_VALUES: set[KlineInterval] = {
    "1",
    "120",
    "15",
    "240",
    "3",
    "30",
    "360",
    "5",
    "60",
    "720",
    "D",
    "M",
    "W",
}


def check_kline_interval(value: str) -> KlineInterval:
    if value in KLINE_INTERVAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLINE_INTERVAL_VALUES!r}")
