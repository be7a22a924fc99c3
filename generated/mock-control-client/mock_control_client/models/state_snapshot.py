from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.fault_config import FaultConfig
    from ..models.state_snapshot_provider import StateSnapshotProvider
    from ..models.state_snapshot_settings import StateSnapshotSettings
    from ..models.state_snapshot_webhooks import StateSnapshotWebhooks


T = TypeVar("T", bound="StateSnapshot")


@_attrs_define
class StateSnapshot:
    provider: StateSnapshotProvider
    """ The provider backend's state. """
    webhooks: StateSnapshotWebhooks
    """ Webhook targets and deliveries. """
    clock_offset_ms: int
    """ Clock offset. """
    faults: FaultConfig
    settings: StateSnapshotSettings
    """ Provider settings. """

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.to_dict()

        webhooks = self.webhooks.to_dict()

        clock_offset_ms = self.clock_offset_ms

        faults = self.faults.to_dict()

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
                "webhooks": webhooks,
                "clock_offset_ms": clock_offset_ms,
                "faults": faults,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fault_config import FaultConfig  # noqa: PLC0415
        from ..models.state_snapshot_provider import StateSnapshotProvider  # noqa: PLC0415
        from ..models.state_snapshot_settings import StateSnapshotSettings  # noqa: PLC0415
        from ..models.state_snapshot_webhooks import StateSnapshotWebhooks  # noqa: PLC0415

        d = dict(src_dict)
        provider = StateSnapshotProvider.from_dict(d.pop("provider"))

        webhooks = StateSnapshotWebhooks.from_dict(d.pop("webhooks"))

        clock_offset_ms = d.pop("clock_offset_ms")

        faults = FaultConfig.from_dict(d.pop("faults"))

        settings = StateSnapshotSettings.from_dict(d.pop("settings"))

        _state_snapshot = cls(
            provider=provider,
            webhooks=webhooks,
            clock_offset_ms=clock_offset_ms,
            faults=faults,
            settings=settings,
        )

        return _state_snapshot
