from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.depth_level import DepthLevel


T = TypeVar("T", bound="Depth")


@_attrs_define
class Depth:
    """Order book snapshot."""

    asks: list[DepthLevel]
    """ Sell levels, best (lowest) price first. """
    bids: list[DepthLevel]
    """ Buy levels, best (highest) price first. """
    ts: int | str | Unset = UNSET
    """ Snapshot time (a string in the docs; format not documented - ms digits or ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asks = []
        for asks_item_data in self.asks:
            asks_item = asks_item_data.to_dict()
            asks.append(asks_item)

        bids = []
        for bids_item_data in self.bids:
            bids_item = bids_item_data.to_dict()
            bids.append(bids_item)

        ts: int | str | Unset
        if isinstance(self.ts, Unset):
            ts = UNSET
        else:
            ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asks": asks,
                "bids": bids,
            }
        )
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.depth_level import DepthLevel  # noqa: PLC0415

        d = dict(src_dict)
        asks = []
        _asks = d.pop("asks")
        for asks_item_data in _asks:
            asks_item = DepthLevel.from_dict(asks_item_data)

            asks.append(asks_item)

        bids = []
        _bids = d.pop("bids")
        for bids_item_data in _bids:
            bids_item = DepthLevel.from_dict(bids_item_data)

            bids.append(bids_item)

        def _parse_ts(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ts = _parse_ts(d.pop("ts", UNSET))

        _depth = cls(
            asks=asks,
            bids=bids,
            ts=ts,
        )

        _depth.additional_properties = d
        return _depth

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
