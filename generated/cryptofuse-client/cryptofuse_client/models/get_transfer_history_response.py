from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer import Transfer
    from ..models.transfer_account import TransferAccount
    from ..models.transfer_pagination import TransferPagination


T = TypeVar("T", bound="GetTransferHistoryResponse")


@_attrs_define
class GetTransferHistoryResponse:
    """A page of a wallet's transfers (offset pagination)."""

    transfers: list[Transfer]
    """ The transfers. """
    pagination: TransferPagination
    """ Pagination of the transfer history. """
    account: TransferAccount | Unset = UNSET
    """ The wallet whose history this is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)

        pagination = self.pagination.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfers": transfers,
                "pagination": pagination,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transfer import Transfer  # noqa: PLC0415
        from ..models.transfer_account import TransferAccount  # noqa: PLC0415
        from ..models.transfer_pagination import TransferPagination  # noqa: PLC0415

        d = dict(src_dict)
        transfers = []
        _transfers = d.pop("transfers")
        for transfers_item_data in _transfers:
            transfers_item = Transfer.from_dict(transfers_item_data)

            transfers.append(transfers_item)

        pagination = TransferPagination.from_dict(d.pop("pagination"))

        _account = d.pop("account", UNSET)
        account: TransferAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = TransferAccount.from_dict(_account)

        _get_transfer_history_response = cls(
            transfers=transfers,
            pagination=pagination,
            account=account,
        )

        _get_transfer_history_response.additional_properties = d
        return _get_transfer_history_response

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
