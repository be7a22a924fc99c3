from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWalletRequest")


@_attrs_define
class UpdateWalletRequest:
    """Rename a parent wallet."""

    wallet_id: str
    """ Wallet to update. Decimal string (send ids as strings: they exceed 2^53). """
    wallet_name: str
    """ Wallet name (max 20 characters). """
    request_id: str | Unset = UNSET
    """ Optional. Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate
    is rejected with `G20015`; a malformed one with `G20014`. """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        wallet_name = self.wallet_name

        request_id = self.request_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "walletId": wallet_id,
                "walletName": wallet_name,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        wallet_name = d.pop("walletName")

        request_id = d.pop("requestId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _update_wallet_request = cls(
            wallet_id=wallet_id,
            wallet_name=wallet_name,
            request_id=request_id,
            timestamp=timestamp,
        )

        return _update_wallet_request
