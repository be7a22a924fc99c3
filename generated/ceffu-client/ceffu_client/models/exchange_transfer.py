from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.exchange_code import ExchangeCode
from ..models.exchange_transfer_direction import ExchangeTransferDirection
from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExchangeTransfer")


@_attrs_define
class ExchangeTransfer:
    """Transfer between a Prime Wallet and a bound exchange account."""

    order_view_id: str
    """ Ceffu order id. """
    direction: ExchangeTransferDirection
    """ Exchange transfer direction: `10` custody -> exchange, `20` exchange -> custody (only `10` is supported for
    new transfers). """
    wallet_id: int
    """ Prime Wallet id (int64). """
    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Amount. """
    status: TransferStatus
    """ Transfer status: `10` Pending, `20` Processing, `30` Send success, `99` Failed. """
    create_time: int | None | Unset = UNSET
    """ Creation time (ms since epoch). """
    exchange_code: ExchangeCode | Unset = UNSET
    """ Exchange code: `10` Binance. """
    exchange_user_id: str | Unset = UNSET
    """ Exchange account id (Binance UID). """
    request_id: None | str | Unset = UNSET
    """ Client `requestId`, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        direction = ExchangeTransferDirection(self.direction).value

        wallet_id = self.wallet_id

        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        status = TransferStatus(self.status).value

        create_time: int | None | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        exchange_code: int | Unset = UNSET
        if not isinstance(self.exchange_code, Unset):
            exchange_code = ExchangeCode(self.exchange_code).value

        exchange_user_id = self.exchange_user_id

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
                "walletId": wallet_id,
                "coinSymbol": coin_symbol,
                "amount": amount,
                "status": status,
            }
        )
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if exchange_code is not UNSET:
            field_dict["exchangeCode"] = exchange_code
        if exchange_user_id is not UNSET:
            field_dict["exchangeUserId"] = exchange_user_id
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        direction = ExchangeTransferDirection(d.pop("direction"))

        wallet_id = d.pop("walletId")

        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        status = TransferStatus(d.pop("status"))

        def _parse_create_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        create_time = _parse_create_time(d.pop("createTime", UNSET))

        _exchange_code = d.pop("exchangeCode", UNSET)
        exchange_code: ExchangeCode | Unset
        if isinstance(_exchange_code, Unset):
            exchange_code = UNSET
        else:
            exchange_code = ExchangeCode(_exchange_code)

        exchange_user_id = d.pop("exchangeUserId", UNSET)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        _exchange_transfer = cls(
            order_view_id=order_view_id,
            direction=direction,
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            amount=amount,
            status=status,
            create_time=create_time,
            exchange_code=exchange_code,
            exchange_user_id=exchange_user_id,
            request_id=request_id,
        )

        _exchange_transfer.additional_properties = d
        return _exchange_transfer

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
