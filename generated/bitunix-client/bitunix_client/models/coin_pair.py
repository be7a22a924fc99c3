from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="CoinPair")


@_attrs_define
class CoinPair:
    """A spot trading pair. The docs type every field as string; several flags may come as numbers, so they are `[integer,
    string]`.

    """

    base: str
    """ Base coin, e.g. `BTC`. """
    quote: str
    """ Quote coin, e.g. `USDT`. """
    id: int | str | Unset = UNSET
    """ Pair id. """
    base_precision: int | str | Unset = UNSET
    """ Decimal places of the base quantity. """
    quote_precision: int | str | Unset = UNSET
    """ Decimal places of the price / quote amount. """
    min_price: Decimal | Unset = UNSET
    """ Minimum order price. """
    min_volume: Decimal | Unset = UNSET
    """ Minimum order volume. """
    is_open: int | str | Unset = UNSET
    """ Trading open (`1`) or closed (`0`). """
    is_hot: int | str | Unset = UNSET
    """ Listed as a hot pair (`1`) or not (`0`). """
    is_recommend: int | str | Unset = UNSET
    """ Recommended pair (`1`) or not (`0`). """
    is_show: int | str | Unset = UNSET
    """ Shown in the UI (`1`) or hidden (`0`). """
    trade_area: None | str | Unset = UNSET
    """ Trading area (market section) of the pair. """
    sort: int | None | str | Unset = UNSET
    """ Display order. """
    open_time: int | None | str | Unset = UNSET
    """ Time trading opened (format not documented). """
    precisions: list[str] | Unset = UNSET
    """ Depth aggregation precisions accepted by `getDepth`, e.g. `["0.01", "0.1", "1"]`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        quote = self.quote

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        base_precision: int | str | Unset
        if isinstance(self.base_precision, Unset):
            base_precision = UNSET
        else:
            base_precision = self.base_precision

        quote_precision: int | str | Unset
        if isinstance(self.quote_precision, Unset):
            quote_precision = UNSET
        else:
            quote_precision = self.quote_precision

        min_price: Decimal | Unset = UNSET
        if not isinstance(self.min_price, Unset):
            min_price = exact_number(self.min_price, "minPrice")

        min_volume: Decimal | Unset = UNSET
        if not isinstance(self.min_volume, Unset):
            min_volume = exact_number(self.min_volume, "minVolume")

        is_open: int | str | Unset
        if isinstance(self.is_open, Unset):
            is_open = UNSET
        else:
            is_open = self.is_open

        is_hot: int | str | Unset
        if isinstance(self.is_hot, Unset):
            is_hot = UNSET
        else:
            is_hot = self.is_hot

        is_recommend: int | str | Unset
        if isinstance(self.is_recommend, Unset):
            is_recommend = UNSET
        else:
            is_recommend = self.is_recommend

        is_show: int | str | Unset
        if isinstance(self.is_show, Unset):
            is_show = UNSET
        else:
            is_show = self.is_show

        trade_area: None | str | Unset
        if isinstance(self.trade_area, Unset):
            trade_area = UNSET
        else:
            trade_area = self.trade_area

        sort: int | None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        open_time: int | None | str | Unset
        if isinstance(self.open_time, Unset):
            open_time = UNSET
        else:
            open_time = self.open_time

        precisions: list[str] | Unset = UNSET
        if not isinstance(self.precisions, Unset):
            precisions = self.precisions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "quote": quote,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if base_precision is not UNSET:
            field_dict["basePrecision"] = base_precision
        if quote_precision is not UNSET:
            field_dict["quotePrecision"] = quote_precision
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if min_volume is not UNSET:
            field_dict["minVolume"] = min_volume
        if is_open is not UNSET:
            field_dict["isOpen"] = is_open
        if is_hot is not UNSET:
            field_dict["isHot"] = is_hot
        if is_recommend is not UNSET:
            field_dict["isRecommend"] = is_recommend
        if is_show is not UNSET:
            field_dict["isShow"] = is_show
        if trade_area is not UNSET:
            field_dict["tradeArea"] = trade_area
        if sort is not UNSET:
            field_dict["sort"] = sort
        if open_time is not UNSET:
            field_dict["openTime"] = open_time
        if precisions is not UNSET:
            field_dict["precisions"] = precisions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base = d.pop("base")

        quote = d.pop("quote")

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_base_precision(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        base_precision = _parse_base_precision(d.pop("basePrecision", UNSET))

        def _parse_quote_precision(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quote_precision = _parse_quote_precision(d.pop("quotePrecision", UNSET))

        _min_price = d.pop("minPrice", UNSET)
        min_price: Decimal | Unset
        if isinstance(_min_price, Unset):
            min_price = UNSET
        else:
            min_price = decimal_number(_min_price)

        _min_volume = d.pop("minVolume", UNSET)
        min_volume: Decimal | Unset
        if isinstance(_min_volume, Unset):
            min_volume = UNSET
        else:
            min_volume = decimal_number(_min_volume)

        def _parse_is_open(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_open = _parse_is_open(d.pop("isOpen", UNSET))

        def _parse_is_hot(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_hot = _parse_is_hot(d.pop("isHot", UNSET))

        def _parse_is_recommend(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_recommend = _parse_is_recommend(d.pop("isRecommend", UNSET))

        def _parse_is_show(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_show = _parse_is_show(d.pop("isShow", UNSET))

        def _parse_trade_area(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trade_area = _parse_trade_area(d.pop("tradeArea", UNSET))

        def _parse_sort(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        def _parse_open_time(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        open_time = _parse_open_time(d.pop("openTime", UNSET))

        precisions = cast(list[str], d.pop("precisions", UNSET))

        _coin_pair = cls(
            base=base,
            quote=quote,
            id=id,
            base_precision=base_precision,
            quote_precision=quote_precision,
            min_price=min_price,
            min_volume=min_volume,
            is_open=is_open,
            is_hot=is_hot,
            is_recommend=is_recommend,
            is_show=is_show,
            trade_area=trade_area,
            sort=sort,
            open_time=open_time,
            precisions=precisions,
        )

        _coin_pair.additional_properties = d
        return _coin_pair

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
