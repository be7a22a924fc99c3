from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.list_deposits_request_type import ListDepositsRequestType, check_list_deposits_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDepositsRequest")


@_attrs_define
class ListDepositsRequest:
    """Deposit history filters, all optional. Time-window pagination."""

    id: str | Unset = UNSET
    """ Deposit id. """
    coin: str | Unset = UNSET
    """ Coin. """
    type_: ListDepositsRequestType | Unset = UNSET
    """ `deposit` on-chain deposits; `inside_transfer_in` incoming internal transfers. """
    transaction_hash: None | str | Unset = UNSET
    """ On-chain transaction id. Optional; `null` is accepted as absent (x-inferred from the records of the docs,
    which show this field as `null` when unset). """
    start_time: int | Unset = UNSET
    """ Window start, Unix ms. """
    end_time: int | Unset = UNSET
    """ Window end, Unix ms. """
    limit: int | Unset = 100
    """ Maximum records, 1-100 (default 100). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coin = self.coin

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        start_time = self.start_time

        end_time = self.end_time

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if coin is not UNSET:
            field_dict["coin"] = coin
        if type_ is not UNSET:
            field_dict["type"] = type_
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        coin = d.pop("coin", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ListDepositsRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_list_deposits_request_type(_type_)

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(d.pop("transactionHash", UNSET))

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        limit = d.pop("limit", UNSET)

        _list_deposits_request = cls(
            id=id,
            coin=coin,
            type_=type_,
            transaction_hash=transaction_hash,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )

        return _list_deposits_request
