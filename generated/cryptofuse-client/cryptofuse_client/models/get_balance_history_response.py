from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_history_entry import BalanceHistoryEntry


T = TypeVar("T", bound="GetBalanceHistoryResponse")


@_attrs_define
class GetBalanceHistoryResponse:
    """A page of balance movements (offset pagination)."""

    history: list[BalanceHistoryEntry]
    """ The movements. """
    total: int
    """ Number of movements matching the filters. """
    limit: int | Unset = UNSET
    """ Page size. """
    offset: int | Unset = UNSET
    """ Offset of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        total = self.total

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history": history,
                "total": total,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_history_entry import BalanceHistoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = BalanceHistoryEntry.from_dict(history_item_data)

            history.append(history_item)

        total = d.pop("total")

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _get_balance_history_response = cls(
            history=history,
            total=total,
            limit=limit,
            offset=offset,
        )

        _get_balance_history_response.additional_properties = d
        return _get_balance_history_response

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
