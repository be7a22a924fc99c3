from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaultConfigUpdate")


@_attrs_define
class FaultConfigUpdate:
    latency_ms: int | Unset = UNSET
    """ Delay added to every provider request once it has been read, before it is handled. """
    error_rate: Decimal | Unset = UNSET
    """ Share of provider requests answered with `status`. """
    status: int | Unset = UNSET
    """ HTTP status of injected errors. """
    rate_429: Decimal | Unset = UNSET
    """ Share of provider requests answered 429. """
    retry_after: int | Unset = UNSET
    """ Retry-After seconds on injected 429s. """
    drop_rate: Decimal | Unset = UNSET
    """ Share of connections dropped. """
    drop_answers: int | Unset = UNSET
    """ How many of the next successful provider writes (non-GET requests) take effect and then lose their answer.
    """
    seed: int | Unset = UNSET
    """ Seed of the fault random generator. """

    def to_dict(self) -> dict[str, Any]:
        latency_ms = self.latency_ms

        error_rate: Decimal | Unset = UNSET
        if not isinstance(self.error_rate, Unset):
            error_rate = exact_number(self.error_rate, "error_rate")

        status = self.status

        rate_429: Decimal | Unset = UNSET
        if not isinstance(self.rate_429, Unset):
            rate_429 = exact_number(self.rate_429, "rate_429")

        retry_after = self.retry_after

        drop_rate: Decimal | Unset = UNSET
        if not isinstance(self.drop_rate, Unset):
            drop_rate = exact_number(self.drop_rate, "drop_rate")

        drop_answers = self.drop_answers

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if error_rate is not UNSET:
            field_dict["error_rate"] = error_rate
        if status is not UNSET:
            field_dict["status"] = status
        if rate_429 is not UNSET:
            field_dict["rate_429"] = rate_429
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after
        if drop_rate is not UNSET:
            field_dict["drop_rate"] = drop_rate
        if drop_answers is not UNSET:
            field_dict["drop_answers"] = drop_answers
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latency_ms = d.pop("latency_ms", UNSET)

        _error_rate = d.pop("error_rate", UNSET)
        error_rate: Decimal | Unset
        if isinstance(_error_rate, Unset):
            error_rate = UNSET
        else:
            error_rate = decimal_number(_error_rate)

        status = d.pop("status", UNSET)

        _rate_429 = d.pop("rate_429", UNSET)
        rate_429: Decimal | Unset
        if isinstance(_rate_429, Unset):
            rate_429 = UNSET
        else:
            rate_429 = decimal_number(_rate_429)

        retry_after = d.pop("retry_after", UNSET)

        _drop_rate = d.pop("drop_rate", UNSET)
        drop_rate: Decimal | Unset
        if isinstance(_drop_rate, Unset):
            drop_rate = UNSET
        else:
            drop_rate = decimal_number(_drop_rate)

        drop_answers = d.pop("drop_answers", UNSET)

        seed = d.pop("seed", UNSET)

        _fault_config_update = cls(
            latency_ms=latency_ms,
            error_rate=error_rate,
            status=status,
            rate_429=rate_429,
            retry_after=retry_after,
            drop_rate=drop_rate,
            drop_answers=drop_answers,
            seed=seed,
        )

        return _fault_config_update
