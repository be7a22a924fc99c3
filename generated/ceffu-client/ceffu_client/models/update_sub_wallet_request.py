from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.auto_collection import AutoCollection
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubWalletRequest")


@_attrs_define
class UpdateSubWalletRequest:
    """Update a sub-wallet."""

    wallet_id: str
    """ Sub-wallet to update. Decimal string (send ids as strings: they exceed 2^53). """
    wallet_name: str | Unset = UNSET
    """ New name (max 20 characters). """
    auto_collection: AutoCollection | Unset = UNSET
    """ Auto-collection: `0` disabled (default), `1` enabled (sub-wallet balances are swept to the parent Prime
    Wallet). """
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

        auto_collection: int | Unset = UNSET
        if not isinstance(self.auto_collection, Unset):
            auto_collection = AutoCollection(self.auto_collection).value

        request_id = self.request_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "walletId": wallet_id,
            }
        )
        if wallet_name is not UNSET:
            field_dict["walletName"] = wallet_name
        if auto_collection is not UNSET:
            field_dict["autoCollection"] = auto_collection
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        wallet_name = d.pop("walletName", UNSET)

        _auto_collection = d.pop("autoCollection", UNSET)
        auto_collection: AutoCollection | Unset
        if isinstance(_auto_collection, Unset):
            auto_collection = UNSET
        else:
            auto_collection = AutoCollection(_auto_collection)

        request_id = d.pop("requestId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _update_sub_wallet_request = cls(
            wallet_id=wallet_id,
            wallet_name=wallet_name,
            auto_collection=auto_collection,
            request_id=request_id,
            timestamp=timestamp,
        )

        return _update_sub_wallet_request
