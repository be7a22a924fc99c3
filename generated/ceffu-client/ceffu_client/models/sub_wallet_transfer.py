from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.sub_wallet_transfer_direction import SubWalletTransferDirection
from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubWalletTransfer")


@_attrs_define
class SubWalletTransfer:
    """Internal transfer between Prime Wallet and sub-wallets (history item)."""

    order_view_id: str
    """ Ceffu order id. """
    direction: SubWalletTransferDirection
    """ Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-
    wallet, `40` Prime -> Prime, `70` auto-collection (SDK only). """
    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Amount. """
    status: TransferStatus
    """ Transfer status: `10` Pending, `20` Processing, `30` Send success, `99` Failed. """
    from_wallet_id: int | Unset = UNSET
    """ Source wallet id (int64). """
    to_wallet_id: int | Unset = UNSET
    """ Destination wallet id (int64). """
    create_time: int | Unset = UNSET
    """ Creation time (ms since epoch). """
    request_id: None | str | Unset = UNSET
    """ Client `requestId`, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        direction = SubWalletTransferDirection(self.direction).value

        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        status = TransferStatus(self.status).value

        from_wallet_id = self.from_wallet_id

        to_wallet_id = self.to_wallet_id

        create_time = self.create_time

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderViewId": order_view_id,
                "direction": direction,
                "coinSymbol": coin_symbol,
                "amount": amount,
                "status": status,
            }
        )
        if from_wallet_id is not UNSET:
            field_dict["fromWalletId"] = from_wallet_id
        if to_wallet_id is not UNSET:
            field_dict["toWalletId"] = to_wallet_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        direction = SubWalletTransferDirection(d.pop("direction"))

        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        status = TransferStatus(d.pop("status"))

        from_wallet_id = d.pop("fromWalletId", UNSET)

        to_wallet_id = d.pop("toWalletId", UNSET)

        create_time = d.pop("createTime", UNSET)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        _sub_wallet_transfer = cls(
            order_view_id=order_view_id,
            direction=direction,
            coin_symbol=coin_symbol,
            amount=amount,
            status=status,
            from_wallet_id=from_wallet_id,
            to_wallet_id=to_wallet_id,
            create_time=create_time,
            request_id=request_id,
        )

        _sub_wallet_transfer.additional_properties = d
        return _sub_wallet_transfer

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
