from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_transfer_data import WebhookTransferData


T = TypeVar("T", bound="WebhookEventTransferStatusUpdate")


@_attrs_define
class WebhookEventTransferStatusUpdate:
    """Result of transfer-to-user / withdraw-to-master, POSTed to the request's callback_url. Signature (x-inferred): as
    for `payment_status_update`.

    """

    event: Literal["transfer_status_update"]
    """ Event type. """
    data: WebhookTransferData
    """ The transfer result. """
    timestamp: datetime.datetime | Unset = UNSET
    """ Event time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_transfer_data import WebhookTransferData  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["transfer_status_update"], d.pop("event"))
        if event != "transfer_status_update":
            raise ValueError(f"event must match const 'transfer_status_update', got '{event}'")

        data = WebhookTransferData.from_dict(d.pop("data"))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _webhook_event_transfer_status_update = cls(
            event=event,
            data=data,
            timestamp=timestamp,
        )

        _webhook_event_transfer_status_update.additional_properties = d
        return _webhook_event_transfer_status_update

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
