from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.state_snapshot_provider import StateSnapshotProvider
    from ..models.state_snapshot_settings import StateSnapshotSettings


T = TypeVar("T", bound="StateSnapshot")


@_attrs_define
class StateSnapshot:
    provider: StateSnapshotProvider
    """ The tenant's rows, table by table (a record as its fields, amounts as decimal strings; any other row as
    {key, value}). Table names and row layout are an implementation detail. """
    settings: StateSnapshotSettings
    """ What every worker serving the store shares - clock offset, faults, webhook time scale, provider settings.
    """

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.to_dict()

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_snapshot_provider import StateSnapshotProvider  # noqa: PLC0415
        from ..models.state_snapshot_settings import StateSnapshotSettings  # noqa: PLC0415

        d = dict(src_dict)
        provider = StateSnapshotProvider.from_dict(d.pop("provider"))

        settings = StateSnapshotSettings.from_dict(d.pop("settings"))

        _state_snapshot = cls(
            provider=provider,
            settings=settings,
        )

        return _state_snapshot
