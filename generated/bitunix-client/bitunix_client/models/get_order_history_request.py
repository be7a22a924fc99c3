from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrderHistoryRequest")


@_attrs_define
class GetOrderHistoryRequest:
    """Order history filters and page."""

    symbol: str
    """ Trading pair (mandatory). """
    page: int | Unset = 1
    """ Page number, from 1. """
    page_size: int | Unset = UNSET
    """ Page size (bounds not documented; 1-100 is a spec-side bound). """
    start_time: datetime.datetime | Unset = UNSET
    """ Window start, ISO 8601. """
    end_time: datetime.datetime | Unset = UNSET
    """ Window end, ISO 8601. """
    status: OrderStatus | Unset = UNSET
    """ `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially filled, then cancelled. """
    side: OrderSide | Unset = UNSET
    """ `1` Sell; `2` Buy. """
    type_: OrderType | Unset = UNSET
    """ `1` Limit; `2` Market. """

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        page = self.page

        page_size = self.page_size

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = OrderStatus(self.status).value

        side: int | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = OrderSide(self.side).value

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = OrderType(self.type_).value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        _side = d.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide(_side)

        _type_ = d.pop("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderType(_type_)

        _get_order_history_request = cls(
            symbol=symbol,
            page=page,
            page_size=page_size,
            start_time=start_time,
            end_time=end_time,
            status=status,
            side=side,
            type_=type_,
        )

        return _get_order_history_request
