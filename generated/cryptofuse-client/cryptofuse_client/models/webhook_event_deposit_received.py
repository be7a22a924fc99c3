from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_deposit_data import WebhookDepositData


T = TypeVar("T", bound="WebhookEventDepositReceived")


@_attrs_define
class WebhookEventDepositReceived:
    """Webhook `deposit_received`. Signature (x-inferred): as for `payment_status_update`."""

    event: Literal["deposit_received"]
    """ Event type. """
    data: WebhookDepositData
    """ The deposit detected. """
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
        from ..models.webhook_deposit_data import WebhookDepositData  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["deposit_received"], d.pop("event"))
        if event != "deposit_received":
            raise ValueError(f"event must match const 'deposit_received', got '{event}'")

        data = WebhookDepositData.from_dict(d.pop("data"))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _webhook_event_deposit_received = cls(
            event=event,
            data=data,
            timestamp=timestamp,
        )

        _webhook_event_deposit_received.additional_properties = d
        return _webhook_event_deposit_received

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
