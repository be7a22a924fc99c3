from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSettingsUpdated")


@_attrs_define
class WebhookSettingsUpdated:
    """Later configuration; the secret is masked."""

    callback_url: str
    """ The webhook URL. """
    masked_secret: str
    """ Masked secret. """
    message: str | Unset = UNSET
    """ Human-readable message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        masked_secret = self.masked_secret

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
                "masked_secret": masked_secret,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        masked_secret = d.pop("masked_secret")

        message = d.pop("message", UNSET)

        _webhook_settings_updated = cls(
            callback_url=callback_url,
            masked_secret=masked_secret,
            message=message,
        )

        _webhook_settings_updated.additional_properties = d
        return _webhook_settings_updated

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
