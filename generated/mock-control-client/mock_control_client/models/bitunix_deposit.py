from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bitunix_deposit_status import BitunixDepositStatus, check_bitunix_deposit_status

T = TypeVar("T", bound="BitunixDeposit")


@_attrs_define
class BitunixDeposit:
    """A Bitunix deposit record (`DepositRecord` of specs/bitunix.yaml) plus the credited user's uid."""

    id: str
    """ Deposit id. """
    coin: str
    """ Coin. """
    type_: str
    """ `deposit` or `inside_transfer_in`. """
    amount: str
    """ Amount (decimal string). """
    status: BitunixDepositStatus
    """ Deposit status. """
    ctime: int
    """ Creation time (ms). """
    uid: int
    """ The credited user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coin = self.coin

        type_ = self.type_

        amount = self.amount

        status: str = self.status

        ctime = self.ctime

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "coin": coin,
                "type": type_,
                "amount": amount,
                "status": status,
                "ctime": ctime,
                "uid": uid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        coin = d.pop("coin")

        type_ = d.pop("type")

        amount = d.pop("amount")

        status = check_bitunix_deposit_status(d.pop("status"))

        ctime = d.pop("ctime")

        uid = d.pop("uid")

        _bitunix_deposit = cls(
            id=id,
            coin=coin,
            type_=type_,
            amount=amount,
            status=status,
            ctime=ctime,
            uid=uid,
        )

        _bitunix_deposit.additional_properties = d
        return _bitunix_deposit

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
