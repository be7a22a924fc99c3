from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """A spot order. Amounts are quote-coin values, volumes base-coin quantities. The docs list `volume` twice (once as
    the quote value, once as the base quantity; contradiction 8); one `volume` is declared.

    """

    order_id: str
    """ Order id. """
    symbol: str
    """ Trading pair. """
    side: OrderSide
    """ `1` Sell; `2` Buy. """
    type_: OrderType
    """ `1` Limit; `2` Market. """
    status: OrderStatus
    """ `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially filled, then cancelled. """
    user_id: int | str | Unset = UNSET
    """ Owner's user id. """
    order_type: int | None | str | Unset = UNSET
    """ Order type code as sent by the server (the docs list it next to `type` without values). """
    base: None | str | Unset = UNSET
    """ Base coin. """
    quote: None | str | Unset = UNSET
    """ Quote coin. """
    price: Decimal | None | Unset = UNSET
    """ Limit price. """
    avg_price: Decimal | None | Unset = UNSET
    """ Average fill price. """
    volume: Decimal | None | Unset = UNSET
    """ Order volume (base quantity or quote value - contradictory in the docs). """
    deal_volume: Decimal | None | Unset = UNSET
    """ Filled quantity (base coin). """
    left_volume: Decimal | None | Unset = UNSET
    """ Unfilled quantity (base coin). """
    amount: Decimal | None | Unset = UNSET
    """ Order value (quote coin). """
    deal_amount: Decimal | None | Unset = UNSET
    """ Filled value (quote coin). """
    left_amount: Decimal | None | Unset = UNSET
    """ Unfilled value (quote coin). """
    progress: Decimal | None | Unset = UNSET
    """ Filled percentage (0-100). """
    fee: Decimal | None | Unset = UNSET
    """ Fee charged so far. """
    fee_coin: None | str | Unset = UNSET
    """ Coin of the fee. """
    ctime: datetime.datetime | None | Unset = UNSET
    """ Creation time, ISO 8601. """
    utime: datetime.datetime | None | Unset = UNSET
    """ Last update time, ISO 8601. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        side = OrderSide(self.side).value

        type_ = OrderType(self.type_).value

        status = OrderStatus(self.status).value

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        order_type: int | None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        base: None | str | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        else:
            base = self.base

        quote: None | str | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        else:
            quote = self.quote

        price: Decimal | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Decimal):
            price = exact_number(self.price, "price")
        else:
            price = self.price

        avg_price: Decimal | None | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        elif isinstance(self.avg_price, Decimal):
            avg_price = exact_number(self.avg_price, "avgPrice")
        else:
            avg_price = self.avg_price

        volume: Decimal | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        elif isinstance(self.volume, Decimal):
            volume = exact_number(self.volume, "volume")
        else:
            volume = self.volume

        deal_volume: Decimal | None | Unset
        if isinstance(self.deal_volume, Unset):
            deal_volume = UNSET
        elif isinstance(self.deal_volume, Decimal):
            deal_volume = exact_number(self.deal_volume, "dealVolume")
        else:
            deal_volume = self.deal_volume

        left_volume: Decimal | None | Unset
        if isinstance(self.left_volume, Unset):
            left_volume = UNSET
        elif isinstance(self.left_volume, Decimal):
            left_volume = exact_number(self.left_volume, "leftVolume")
        else:
            left_volume = self.left_volume

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, Decimal):
            amount = exact_number(self.amount, "amount")
        else:
            amount = self.amount

        deal_amount: Decimal | None | Unset
        if isinstance(self.deal_amount, Unset):
            deal_amount = UNSET
        elif isinstance(self.deal_amount, Decimal):
            deal_amount = exact_number(self.deal_amount, "dealAmount")
        else:
            deal_amount = self.deal_amount

        left_amount: Decimal | None | Unset
        if isinstance(self.left_amount, Unset):
            left_amount = UNSET
        elif isinstance(self.left_amount, Decimal):
            left_amount = exact_number(self.left_amount, "leftAmount")
        else:
            left_amount = self.left_amount

        progress: Decimal | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, Decimal):
            progress = exact_number(self.progress, "progress")
        else:
            progress = self.progress

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

        ctime: None | str | Unset
        if isinstance(self.ctime, Unset):
            ctime = UNSET
        elif isinstance(self.ctime, datetime.datetime):
            ctime = self.ctime.isoformat()
        else:
            ctime = self.ctime

        utime: None | str | Unset
        if isinstance(self.utime, Unset):
            utime = UNSET
        elif isinstance(self.utime, datetime.datetime):
            utime = self.utime.isoformat()
        else:
            utime = self.utime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "type": type_,
                "status": status,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if base is not UNSET:
            field_dict["base"] = base
        if quote is not UNSET:
            field_dict["quote"] = quote
        if price is not UNSET:
            field_dict["price"] = price
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if volume is not UNSET:
            field_dict["volume"] = volume
        if deal_volume is not UNSET:
            field_dict["dealVolume"] = deal_volume
        if left_volume is not UNSET:
            field_dict["leftVolume"] = left_volume
        if amount is not UNSET:
            field_dict["amount"] = amount
        if deal_amount is not UNSET:
            field_dict["dealAmount"] = deal_amount
        if left_amount is not UNSET:
            field_dict["leftAmount"] = left_amount
        if progress is not UNSET:
            field_dict["progress"] = progress
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_coin is not UNSET:
            field_dict["feeCoin"] = fee_coin
        if ctime is not UNSET:
            field_dict["ctime"] = ctime
        if utime is not UNSET:
            field_dict["utime"] = utime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        symbol = d.pop("symbol")

        side = OrderSide(d.pop("side"))

        type_ = OrderType(d.pop("type"))

        status = OrderStatus(d.pop("status"))

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_order_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        order_type = _parse_order_type(d.pop("orderType", UNSET))

        def _parse_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base = _parse_base(d.pop("base", UNSET))

        def _parse_quote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))

        def _parse_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                price_type_0 = decimal_number(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_avg_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                avg_price_type_0 = decimal_number(data)

                return avg_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        avg_price = _parse_avg_price(d.pop("avgPrice", UNSET))

        def _parse_volume(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                volume_type_0 = decimal_number(data)

                return volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_deal_volume(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                deal_volume_type_0 = decimal_number(data)

                return deal_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        deal_volume = _parse_deal_volume(d.pop("dealVolume", UNSET))

        def _parse_left_volume(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                left_volume_type_0 = decimal_number(data)

                return left_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        left_volume = _parse_left_volume(d.pop("leftVolume", UNSET))

        def _parse_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                amount_type_0 = decimal_number(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_deal_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                deal_amount_type_0 = decimal_number(data)

                return deal_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        deal_amount = _parse_deal_amount(d.pop("dealAmount", UNSET))

        def _parse_left_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                left_amount_type_0 = decimal_number(data)

                return left_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        left_amount = _parse_left_amount(d.pop("leftAmount", UNSET))

        def _parse_progress(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                progress_type_0 = decimal_number(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

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

        def _parse_ctime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ctime_type_0 = datetime.datetime.fromisoformat(data)

                return ctime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ctime = _parse_ctime(d.pop("ctime", UNSET))

        def _parse_utime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                utime_type_0 = datetime.datetime.fromisoformat(data)

                return utime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        utime = _parse_utime(d.pop("utime", UNSET))

        _order = cls(
            order_id=order_id,
            symbol=symbol,
            side=side,
            type_=type_,
            status=status,
            user_id=user_id,
            order_type=order_type,
            base=base,
            quote=quote,
            price=price,
            avg_price=avg_price,
            volume=volume,
            deal_volume=deal_volume,
            left_volume=left_volume,
            amount=amount,
            deal_amount=deal_amount,
            left_amount=left_amount,
            progress=progress,
            fee=fee,
            fee_coin=fee_coin,
            ctime=ctime,
            utime=utime,
        )

        _order.additional_properties = d
        return _order

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
