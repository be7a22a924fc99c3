from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyMirrorAssetsRequest")


@_attrs_define
class ApplyMirrorAssetsRequest:
    """Mirror assets application (borrow)."""

    mirror_link_id: str
    """ Mirror link id (string). """
    operation_type: str
    """ Operation type: `1` Borrow (x-inferred). Sent as a string. The published example is the placeholder
    `"string"`. """
    coin_symbol: str
    """ Coin symbol, e.g. `BTC` (published example: placeholder `"string"`). """
    network: str
    """ Network symbol, e.g. `BTC` (published example: placeholder `"string"`). """
    amount: Decimal
    """ Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the point, like every
    request amount). The published example is the placeholder `"string"`; the server rejects a non-decimal or
    negative amount with `G20005`. """
    request_id: str
    """ Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is
    rejected with `G20015`; a malformed one with `G20014`. """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        mirror_link_id = self.mirror_link_id

        operation_type = self.operation_type

        coin_symbol = self.coin_symbol

        network = self.network

        amount = decimal_text(self.amount, "amount")

        request_id = self.request_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mirrorLinkId": mirror_link_id,
                "operationType": operation_type,
                "coinSymbol": coin_symbol,
                "network": network,
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
        mirror_link_id = d.pop("mirrorLinkId")

        operation_type = d.pop("operationType")

        coin_symbol = d.pop("coinSymbol")

        network = d.pop("network")

        amount = decimal_string(d.pop("amount"))

        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp", UNSET)

        _apply_mirror_assets_request = cls(
            mirror_link_id=mirror_link_id,
            operation_type=operation_type,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            request_id=request_id,
            timestamp=timestamp,
        )

        return _apply_mirror_assets_request
