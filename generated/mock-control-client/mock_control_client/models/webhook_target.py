from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookTarget")


@_attrs_define
class WebhookTarget:
    webhook_id: str
    """ The provider-side webhook id (e.g. for Ceffu's resend endpoint). """
    url: str
    """ Target URL. """
    created_ms: int
    """ Registration time. """

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        url = self.url

        created_ms = self.created_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "webhookId": webhook_id,
                "url": url,
                "created_ms": created_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_id = d.pop("webhookId")

        url = d.pop("url")

        created_ms = d.pop("created_ms")

        _webhook_target = cls(
            webhook_id=webhook_id,
            url=url,
            created_ms=created_ms,
        )

        return _webhook_target
