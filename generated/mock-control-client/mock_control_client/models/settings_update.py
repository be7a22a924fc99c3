from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsUpdate")


@_attrs_define
class SettingsUpdate:
    webhook_time_scale: Decimal | Unset = UNSET
    """ Factor applied to the webhook retry delays. """
    timestamp_window_ms: int | Unset = UNSET
    """ Accepted timestamp distance (ms). """
    rate_limit_per_second: int | Unset = UNSET
    """ Requests per API key per second (0 = unlimited). """
    auto_advance_ms: int | Unset = UNSET
    """ Auto-advance interval for open withdrawals (0 = only via advanceWithdrawal). """

    def to_dict(self) -> dict[str, Any]:
        webhook_time_scale: Decimal | Unset = UNSET
        if not isinstance(self.webhook_time_scale, Unset):
            webhook_time_scale = exact_number(self.webhook_time_scale, "webhook_time_scale")

        timestamp_window_ms = self.timestamp_window_ms

        rate_limit_per_second = self.rate_limit_per_second

        auto_advance_ms = self.auto_advance_ms

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if webhook_time_scale is not UNSET:
            field_dict["webhook_time_scale"] = webhook_time_scale
        if timestamp_window_ms is not UNSET:
            field_dict["timestamp_window_ms"] = timestamp_window_ms
        if rate_limit_per_second is not UNSET:
            field_dict["rate_limit_per_second"] = rate_limit_per_second
        if auto_advance_ms is not UNSET:
            field_dict["auto_advance_ms"] = auto_advance_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _webhook_time_scale = d.pop("webhook_time_scale", UNSET)
        webhook_time_scale: Decimal | Unset
        if isinstance(_webhook_time_scale, Unset):
            webhook_time_scale = UNSET
        else:
            webhook_time_scale = decimal_number(_webhook_time_scale)

        timestamp_window_ms = d.pop("timestamp_window_ms", UNSET)

        rate_limit_per_second = d.pop("rate_limit_per_second", UNSET)

        auto_advance_ms = d.pop("auto_advance_ms", UNSET)

        _settings_update = cls(
            webhook_time_scale=webhook_time_scale,
            timestamp_window_ms=timestamp_window_ms,
            rate_limit_per_second=rate_limit_per_second,
            auto_advance_ms=auto_advance_ms,
        )

        return _settings_update
