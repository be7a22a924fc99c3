from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number

T = TypeVar("T", bound="GetLastPriceResponse")


@_attrs_define
class GetLastPriceResponse:
    """Success envelope of `getLastPrice`; `data` is the last price."""

    code: Literal["0"]
    """ Result code; `"0"` (a string) means success. """
    msg: str
    """ Result message, normally `result.success`. """
    data: Decimal
    """ Last price (a string in the docs). """
    success: bool
    """ Always `true` on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = exact_number(self.data, "data")

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "data": data,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["0"], d.pop("code"))
        if code != "0":
            raise ValueError(f"code must match const '0', got '{code}'")

        msg = d.pop("msg")

        data = decimal_number(d.pop("data"))

        success = d.pop("success")

        _get_last_price_response = cls(
            code=code,
            msg=msg,
            data=data,
            success=success,
        )

        _get_last_price_response.additional_properties = d
        return _get_last_price_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
