from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.mirror_x_order_status import MirrorXOrderStatus
from ..models.mirror_x_order_type import MirrorXOrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorXOrder")


@_attrs_define
class MirrorXOrder:
    """MirrorX delegation/undelegation/settlement order (9 fields)."""

    mirror_x_link_id: str
    """ MirrorX link id. """
    order_type: MirrorXOrderType
    """ MirrorX order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance -> Ceffu), `30`
    settlement. """
    amount: Decimal
    """ Amount. """
    coin_symbol: str
    """ Coin symbol. """
    status: MirrorXOrderStatus
    """ MirrorX order status: `10` Pending, `20` In progress, `30` Success, `99` Failed. """
    order_view_id: str
    """ Ceffu order id. """
    binance_uid: str | Unset = UNSET
    """ Binance UID. """
    wallet_id_str: str | Unset = UNSET
    """ Prime Wallet id (decimal string). """
    order_time: str | Unset = UNSET
    """ Order time as returned by Ceffu (string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mirror_x_link_id = self.mirror_x_link_id

        order_type = MirrorXOrderType(self.order_type).value

        amount = decimal_text(self.amount, "amount")

        coin_symbol = self.coin_symbol

        status = MirrorXOrderStatus(self.status).value

        order_view_id = self.order_view_id

        binance_uid = self.binance_uid

        wallet_id_str = self.wallet_id_str

        order_time = self.order_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mirrorXLinkId": mirror_x_link_id,
                "orderType": order_type,
                "amount": amount,
                "coinSymbol": coin_symbol,
                "status": status,
                "orderViewId": order_view_id,
            }
        )
        if binance_uid is not UNSET:
            field_dict["binanceUID"] = binance_uid
        if wallet_id_str is not UNSET:
            field_dict["walletIdStr"] = wallet_id_str
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mirror_x_link_id = d.pop("mirrorXLinkId")

        order_type = MirrorXOrderType(d.pop("orderType"))

        amount = decimal_string(d.pop("amount"))

        coin_symbol = d.pop("coinSymbol")

        status = MirrorXOrderStatus(d.pop("status"))

        order_view_id = d.pop("orderViewId")

        binance_uid = d.pop("binanceUID", UNSET)

        wallet_id_str = d.pop("walletIdStr", UNSET)

        order_time = d.pop("orderTime", UNSET)

        _mirror_x_order = cls(
            mirror_x_link_id=mirror_x_link_id,
            order_type=order_type,
            amount=amount,
            coin_symbol=coin_symbol,
            status=status,
            order_view_id=order_view_id,
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
            order_time=order_time,
        )

        _mirror_x_order.additional_properties = d
        return _mirror_x_order

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
