from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ledger_check_totals import LedgerCheckTotals


T = TypeVar("T", bound="LedgerCheck")


@_attrs_define
class LedgerCheck:
    ok: bool
    """ True when every invariant holds. """
    problems: list[str]
    """ Broken invariants. """
    totals: LedgerCheckTotals
    """ Per coin, the decimal-string totals behind the check (balances, mirrored, held, inflow, outflow, fees,
    expected). """

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        problems = self.problems

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ok": ok,
                "problems": problems,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ledger_check_totals import LedgerCheckTotals  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        problems = cast(list[str], d.pop("problems"))

        totals = LedgerCheckTotals.from_dict(d.pop("totals"))

        _ledger_check = cls(
            ok=ok,
            problems=problems,
            totals=totals,
        )

        return _ledger_check
