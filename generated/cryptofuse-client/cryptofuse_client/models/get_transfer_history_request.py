from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_status import TransferStatus, check_transfer_status
from ..models.transfer_type import TransferType, check_transfer_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTransferHistoryRequest")


@_attrs_define
class GetTransferHistoryRequest:
    """Wallet and filters."""

    wallet_id: str
    """ System wallet id. """
    status: TransferStatus | Unset = UNSET
    """ `pending` accepted, not yet booked; `completed` booked; `failed` not booked (e.g. insufficient balance). """
    transfer_type: TransferType | Unset = UNSET
    """ `to_sub` master -> wallet (transfer-to-user); `to_master` wallet -> master (withdraw-to-master). """
    currency: str | Unset = UNSET
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """
    limit: int | Unset = 20
    """ Page size (default 20; maximum not documented). """
    offset: int | Unset = 0
    """ Results to skip. """

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        transfer_type: str | Unset = UNSET
        if not isinstance(self.transfer_type, Unset):
            transfer_type = self.transfer_type

        currency = self.currency

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "wallet_id": wallet_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if transfer_type is not UNSET:
            field_dict["transfer_type"] = transfer_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("wallet_id")

        _status = d.pop("status", UNSET)
        status: TransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_transfer_status(_status)

        _transfer_type = d.pop("transfer_type", UNSET)
        transfer_type: TransferType | Unset
        if isinstance(_transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = check_transfer_type(_transfer_type)

        currency = d.pop("currency", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _get_transfer_history_request = cls(
            wallet_id=wallet_id,
            status=status,
            transfer_type=transfer_type,
            currency=currency,
            limit=limit,
            offset=offset,
        )

        return _get_transfer_history_request
