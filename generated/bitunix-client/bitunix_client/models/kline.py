from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kline")


@_attrs_define
class Kline:
    """One candlestick."""

    open_: Decimal
    """ Opening price. """
    high: Decimal
    """ Highest price. """
    low: Decimal
    """ Lowest price. """
    close: Decimal
    """ Closing price. """
    ts: datetime.datetime
    """ Candle open time, ISO 8601. """
    symbol: str | Unset = UNSET
    """ Trading pair. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = exact_number(self.open_, "open")

        high = exact_number(self.high, "high")

        low = exact_number(self.low, "low")

        close = exact_number(self.close, "close")

        ts = self.ts.isoformat()

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
                "ts": ts,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        open_ = decimal_number(d.pop("open"))

        high = decimal_number(d.pop("high"))

        low = decimal_number(d.pop("low"))

        close = decimal_number(d.pop("close"))

        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        symbol = d.pop("symbol", UNSET)

        _kline = cls(
            open_=open_,
            high=high,
            low=low,
            close=close,
            ts=ts,
            symbol=symbol,
        )

        _kline.additional_properties = d
        return _kline

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
