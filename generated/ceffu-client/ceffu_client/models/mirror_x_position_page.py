from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mirror_x_position import MirrorXPosition


T = TypeVar("T", bound="MirrorXPositionPage")


@_attrs_define
class MirrorXPositionPage:
    """Page of MirrorX positions plus the exchange balance."""

    data: list[MirrorXPosition]
    """ Positions of this page. """
    total_page: int
    """ Total number of pages. """
    page_no: int
    """ Current page number (1-based). """
    page_limit: int
    """ Page size used. """
    exchange_balance: Decimal | None | Unset = UNSET
    """ Exchange balance in USDT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total_page = self.total_page

        page_no = self.page_no

        page_limit = self.page_limit

        exchange_balance: None | str | Unset
        if isinstance(self.exchange_balance, Unset):
            exchange_balance = UNSET
        elif isinstance(self.exchange_balance, Decimal):
            exchange_balance = decimal_text(self.exchange_balance, "exchangeBalance")
        else:
            exchange_balance = self.exchange_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "totalPage": total_page,
                "pageNo": page_no,
                "pageLimit": page_limit,
            }
        )
        if exchange_balance is not UNSET:
            field_dict["exchangeBalance"] = exchange_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mirror_x_position import MirrorXPosition  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MirrorXPosition.from_dict(data_item_data)

            data.append(data_item)

        total_page = d.pop("totalPage")

        page_no = d.pop("pageNo")

        page_limit = d.pop("pageLimit")

        def _parse_exchange_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exchange_balance_type_0 = decimal_string(data)

                return exchange_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        exchange_balance = _parse_exchange_balance(d.pop("exchangeBalance", UNSET))

        _mirror_x_position_page = cls(
            data=data,
            total_page=total_page,
            page_no=page_no,
            page_limit=page_limit,
            exchange_balance=exchange_balance,
        )

        _mirror_x_position_page.additional_properties = d
        return _mirror_x_position_page

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
