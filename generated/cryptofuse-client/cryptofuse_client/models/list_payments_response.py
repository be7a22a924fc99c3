from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment import Payment


T = TypeVar("T", bound="ListPaymentsResponse")


@_attrs_define
class ListPaymentsResponse:
    """A page of payments (offset pagination)."""

    count: int
    """ Number of payments matching the filters. """
    results: list[Payment]
    """ The payments. """
    total: int | Unset = UNSET
    """ Number of payments matching the filters (same as `count`). """
    offset: int | Unset = UNSET
    """ Offset of this page. """
    limit: int | Unset = UNSET
    """ Page size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "results": results,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment import Payment  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Payment.from_dict(results_item_data)

            results.append(results_item)

        total = d.pop("total", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        _list_payments_response = cls(
            count=count,
            results=results,
            total=total,
            offset=offset,
            limit=limit,
        )

        _list_payments_response.additional_properties = d
        return _list_payments_response

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
