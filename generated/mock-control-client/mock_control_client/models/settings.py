from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    webhook_time_scale: Decimal
    """ Factor applied to the webhook retry delays (30 s, 120 s, 480 s, 1920 s, 7680 s). """
    timestamp_window_ms: int
    """ Accepted distance between a request's timestamp and the mock's clock. """
    rate_limit_per_second: int
    """ Requests per API key per second before 429 (0 = unlimited). """
    auto_advance_ms: int
    """ When > 0, open withdrawals move one status step after this long (mock clock). """

    def to_dict(self) -> dict[str, Any]:
        webhook_time_scale = exact_number(self.webhook_time_scale, "webhook_time_scale")

        timestamp_window_ms = self.timestamp_window_ms

        rate_limit_per_second = self.rate_limit_per_second

        auto_advance_ms = self.auto_advance_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "webhook_time_scale": webhook_time_scale,
                "timestamp_window_ms": timestamp_window_ms,
                "rate_limit_per_second": rate_limit_per_second,
                "auto_advance_ms": auto_advance_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_time_scale = decimal_number(d.pop("webhook_time_scale"))

        timestamp_window_ms = d.pop("timestamp_window_ms")

        rate_limit_per_second = d.pop("rate_limit_per_second")

        auto_advance_ms = d.pop("auto_advance_ms")

        _settings = cls(
            webhook_time_scale=webhook_time_scale,
            timestamp_window_ms=timestamp_window_ms,
            rate_limit_per_second=rate_limit_per_second,
            auto_advance_ms=auto_advance_ms,
        )

        return _settings
