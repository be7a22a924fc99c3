from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number

T = TypeVar("T", bound="RequestEntry")


@_attrs_define
class RequestEntry:
    """One provider request as the mock saw it (no headers, no body, no secret)."""

    seq: int
    """ Position since the mock started (1, 2, ...). """
    time_ms: int
    """ When it was answered, on the mock's clock. """
    method: str
    """ HTTP method. """
    path: str
    """ Request path, without the query string. """
    operation: None | str
    """ The operationId it was routed to (null for an unknown path or method). """
    status: int | None
    """ HTTP status of the answer (null when an injected fault dropped the connection). """
    code: None | str
    """ The provider's code in the answer (its error code, or the envelope's success code where there is one). """
    duration_ms: Decimal
    """ Time to answer, in milliseconds. """
    reason: None | str
    """ Why a refused request was refused (null when it was not). """

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        time_ms = self.time_ms

        method = self.method

        path = self.path

        operation: None | str
        operation = self.operation

        status: int | None
        status = self.status

        code: None | str
        code = self.code

        duration_ms = exact_number(self.duration_ms, "duration_ms")

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seq": seq,
                "time_ms": time_ms,
                "method": method,
                "path": path,
                "operation": operation,
                "status": status,
                "code": code,
                "duration_ms": duration_ms,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seq = d.pop("seq")

        time_ms = d.pop("time_ms")

        method = d.pop("method")

        path = d.pop("path")

        def _parse_operation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation = _parse_operation(d.pop("operation"))

        def _parse_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status = _parse_status(d.pop("status"))

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        duration_ms = decimal_number(d.pop("duration_ms"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        _request_entry = cls(
            seq=seq,
            time_ms=time_ms,
            method=method,
            path=path,
            operation=operation,
            status=status,
            code=code,
            duration_ms=duration_ms,
            reason=reason,
        )

        return _request_entry
