from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number

T = TypeVar("T", bound="FaultConfig")


@_attrs_define
class FaultConfig:
    latency_ms: int
    """ Delay added to every provider request once it has been read, before it is handled. """
    error_rate: Decimal
    """ Share of provider requests answered with `status` (provider error shape). """
    status: int
    """ HTTP status of injected errors. """
    rate_429: Decimal
    """ Share of provider requests answered 429 with Retry-After. """
    retry_after: int
    """ Retry-After seconds on injected 429s. """
    drop_rate: Decimal
    """ Share of provider requests whose connection is closed mid-response. """
    drop_answers: int
    """ How many of the next successful provider writes (non-GET requests) take effect and then lose their answer
    (the connection is closed mid-response) - a lost answer, as after a network failure on the way back. """
    seed: int
    """ Seed of the fault random generator. """

    def to_dict(self) -> dict[str, Any]:
        latency_ms = self.latency_ms

        error_rate = exact_number(self.error_rate, "error_rate")

        status = self.status

        rate_429 = exact_number(self.rate_429, "rate_429")

        retry_after = self.retry_after

        drop_rate = exact_number(self.drop_rate, "drop_rate")

        drop_answers = self.drop_answers

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "latency_ms": latency_ms,
                "error_rate": error_rate,
                "status": status,
                "rate_429": rate_429,
                "retry_after": retry_after,
                "drop_rate": drop_rate,
                "drop_answers": drop_answers,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latency_ms = d.pop("latency_ms")

        error_rate = decimal_number(d.pop("error_rate"))

        status = d.pop("status")

        rate_429 = decimal_number(d.pop("rate_429"))

        retry_after = d.pop("retry_after")

        drop_rate = decimal_number(d.pop("drop_rate"))

        drop_answers = d.pop("drop_answers")

        seed = d.pop("seed")

        _fault_config = cls(
            latency_ms=latency_ms,
            error_rate=error_rate,
            status=status,
            rate_429=rate_429,
            retry_after=retry_after,
            drop_rate=drop_rate,
            drop_answers=drop_answers,
            seed=seed,
        )

        return _fault_config
