from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancel_orders_response_data_type_0 import CancelOrdersResponseDataType0


T = TypeVar("T", bound="CancelOrdersResponse")


@_attrs_define
class CancelOrdersResponse:
    """Success envelope of `cancelOrders`."""

    code: Literal["0"]
    """ Result code; `"0"` (a string) means success. """
    msg: str
    """ Result message, normally `result.success`. """
    success: bool
    """ Always `true` on success. """
    data: CancelOrdersResponseDataType0 | None | Unset = UNSET
    """ Null or an object whose fields are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cancel_orders_response_data_type_0 import CancelOrdersResponseDataType0  # noqa: PLC0415

        code = self.code

        msg = self.msg

        success = self.success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CancelOrdersResponseDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "success": success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancel_orders_response_data_type_0 import CancelOrdersResponseDataType0  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["0"], d.pop("code"))
        if code != "0":
            raise ValueError(f"code must match const '0', got '{code}'")

        msg = d.pop("msg")

        success = d.pop("success")

        def _parse_data(data: object) -> CancelOrdersResponseDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CancelOrdersResponseDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancelOrdersResponseDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _cancel_orders_response = cls(
            code=code,
            msg=msg,
            success=success,
            data=data,
        )

        _cancel_orders_response.additional_properties = d
        return _cancel_orders_response

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
