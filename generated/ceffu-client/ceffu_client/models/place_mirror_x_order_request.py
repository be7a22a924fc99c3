from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.mirror_x_order_type import MirrorXOrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaceMirrorXOrderRequest")


@_attrs_define
class PlaceMirrorXOrderRequest:
    """MirrorX delegation/undelegation order."""

    mirror_x_link_id: str
    """ MirrorX link id. The docs type it as integer, the official SDK sends a string; a numeric string is accepted
    either way. """
    order_type: MirrorXOrderType
    """ Order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance -> Ceffu). """
    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Amount. """
    request_id: str
    """ Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is
    rejected with `G20015`; a malformed one with `G20014`. """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        mirror_x_link_id = self.mirror_x_link_id

        order_type = MirrorXOrderType(self.order_type).value

        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        request_id = self.request_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mirrorXLinkId": mirror_x_link_id,
                "orderType": order_type,
                "coinSymbol": coin_symbol,
                "amount": amount,
                "requestId": request_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mirror_x_link_id = d.pop("mirrorXLinkId")

        order_type = MirrorXOrderType(d.pop("orderType"))

        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp", UNSET)

        _place_mirror_x_order_request = cls(
            mirror_x_link_id=mirror_x_link_id,
            order_type=order_type,
            coin_symbol=coin_symbol,
            amount=amount,
            request_id=request_id,
            timestamp=timestamp,
        )

        return _place_mirror_x_order_request
