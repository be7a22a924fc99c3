from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.webhook_target import WebhookTarget


T = TypeVar("T", bound="WebhookTargetList")


@_attrs_define
class WebhookTargetList:
    targets: list[WebhookTarget]
    """ Registered targets. """

    def to_dict(self) -> dict[str, Any]:
        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_target import WebhookTarget  # noqa: PLC0415

        d = dict(src_dict)
        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = WebhookTarget.from_dict(targets_item_data)

            targets.append(targets_item)

        _webhook_target_list = cls(
            targets=targets,
        )

        return _webhook_target_list
