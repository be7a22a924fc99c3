from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deposit_address import DepositAddress


T = TypeVar("T", bound="GetDepositAddressResponse")


@_attrs_define
class GetDepositAddressResponse:
    """Success envelope of `getDepositAddress`."""

    code: Literal["0"]
    """ Result code; `"0"` (a string) means success. """
    msg: str
    """ Result message, normally `result.success`. """
    data: list[DepositAddress]
    """ Deposit address(es) of the coin on the network. """
    success: bool
    """ Always `true` on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.deposit_address import DepositAddress  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["0"], d.pop("code"))
        if code != "0":
            raise ValueError(f"code must match const '0', got '{code}'")

        msg = d.pop("msg")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DepositAddress.from_dict(data_item_data)

            data.append(data_item)

        success = d.pop("success")

        _get_deposit_address_response = cls(
            code=code,
            msg=msg,
            data=data,
            success=success,
        )

        _get_deposit_address_response.additional_properties = d
        return _get_deposit_address_response

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
