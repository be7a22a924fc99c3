from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.wallet_type import WalletType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWalletRequest")


@_attrs_define
class CreateWalletRequest:
    """Create a parent wallet (Qualified or Prime)."""

    request_id: str
    """ Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is
    rejected with `G20015`; a malformed one with `G20014`. """
    wallet_name: str
    """ Wallet name (max 20 characters). """
    wallet_type: WalletType
    """ Wallet type to create: `10` Qualified Wallet, `20` Prime Wallet (other types are rejected). """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        wallet_name = self.wallet_name

        wallet_type = WalletType(self.wallet_type).value

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requestId": request_id,
                "walletName": wallet_name,
                "walletType": wallet_type,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        wallet_name = d.pop("walletName")

        wallet_type = WalletType(d.pop("walletType"))

        timestamp = d.pop("timestamp", UNSET)

        _create_wallet_request = cls(
            request_id=request_id,
            wallet_name=wallet_name,
            wallet_type=wallet_type,
            timestamp=timestamp,
        )

        return _create_wallet_request
