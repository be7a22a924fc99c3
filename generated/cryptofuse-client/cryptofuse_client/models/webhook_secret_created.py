from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.secrets import secret_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSecretCreated")


@_attrs_define
class WebhookSecretCreated:
    """First configuration; the secret is shown this once."""

    callback_url: str
    """ The webhook URL. """
    secret: str = _attrs_field(repr=secret_repr)
    """ Webhook signing secret (opaque; `sec_...` here, `whsk_...` elsewhere). Store it now. """
    message: str | Unset = UNSET
    """ Human-readable message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        secret = self.secret

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
                "secret": secret,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        secret = d.pop("secret")

        message = d.pop("message", UNSET)

        _webhook_secret_created = cls(
            callback_url=callback_url,
            secret=secret,
            message=message,
        )

        _webhook_secret_created.additional_properties = d
        return _webhook_secret_created

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
