from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.request_entry import RequestEntry


T = TypeVar("T", bound="RequestList")


@_attrs_define
class RequestList:
    requests: list[RequestEntry]
    """ Journal entries, oldest first. """

    def to_dict(self) -> dict[str, Any]:
        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_entry import RequestEntry  # noqa: PLC0415

        d = dict(src_dict)
        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = RequestEntry.from_dict(requests_item_data)

            requests.append(requests_item)

        _request_list = cls(
            requests=requests,
        )

        return _request_list
