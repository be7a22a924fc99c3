from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..models.deal_role import DealRole, check_deal_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="Deal")


@_attrs_define
class Deal:
    """One fill (trade) of an order."""

    volume: Decimal
    """ Filled quantity (base coin). """
    price: Decimal
    """ Fill price. """
    id: int | str | Unset = UNSET
    """ Fill id. """
    fee: Decimal | None | Unset = UNSET
    """ Fee charged. """
    fee_coin: None | str | Unset = UNSET
    """ Coin of the fee. """
    role: DealRole | Unset = UNSET
    """ `"1"` maker; `"2"` taker. """
    ctime: datetime.datetime | Unset = UNSET
    """ Fill time, ISO 8601. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume = exact_number(self.volume, "volume")

        price = exact_number(self.price, "price")

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        fee: Decimal | None | Unset
        if isinstance(self.fee, Unset):
            fee = UNSET
        elif isinstance(self.fee, Decimal):
            fee = exact_number(self.fee, "fee")
        else:
            fee = self.fee

        fee_coin: None | str | Unset
        if isinstance(self.fee_coin, Unset):
            fee_coin = UNSET
        else:
            fee_coin = self.fee_coin

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        ctime: str | Unset = UNSET
        if not isinstance(self.ctime, Unset):
            ctime = self.ctime.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume": volume,
                "price": price,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_coin is not UNSET:
            field_dict["feeCoin"] = fee_coin
        if role is not UNSET:
            field_dict["role"] = role
        if ctime is not UNSET:
            field_dict["ctime"] = ctime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume = decimal_number(d.pop("volume"))

        price = decimal_number(d.pop("price"))

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_fee(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                fee_type_0 = decimal_number(data)

                return fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        fee = _parse_fee(d.pop("fee", UNSET))

        def _parse_fee_coin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee_coin = _parse_fee_coin(d.pop("feeCoin", UNSET))

        _role = d.pop("role", UNSET)
        role: DealRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_deal_role(_role)

        _ctime = d.pop("ctime", UNSET)
        ctime: datetime.datetime | Unset
        if isinstance(_ctime, Unset):
            ctime = UNSET
        else:
            ctime = datetime.datetime.fromisoformat(_ctime)

        _deal = cls(
            volume=volume,
            price=price,
            id=id,
            fee=fee,
            fee_coin=fee_coin,
            role=role,
            ctime=ctime,
        )

        _deal.additional_properties = d
        return _deal

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
