from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.list_withdraw_transfers_request_type import (
    ListWithdrawTransfersRequestType,
    check_list_withdraw_transfers_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWithdrawTransfersRequest")


@_attrs_define
class ListWithdrawTransfersRequest:
    """Withdrawal/internal-transfer history filters, all optional. Time-window pagination."""

    id: str | Unset = UNSET
    """ Withdrawal id or internal transfer id. """
    out_biz_id: str | Unset = UNSET
    """ Client idempotency key of an internal transfer (current page). """
    coin: str | Unset = UNSET
    """ Coin. """
    transaction_hash: None | str | Unset = UNSET
    """ On-chain transaction id; only with withdrawals. Optional; `null` is accepted as absent (x-inferred from the
    records of the docs, which show this field as `null` when unset). """
    type_: ListWithdrawTransfersRequestType | Unset = UNSET
    """ `withdraw` withdrawals; `inside_transfer` (seed table) / `inside_transfer_out` (record table, current page)
    internal transfers (contradiction 5). """
    start_time: int | Unset = UNSET
    """ Window start, Unix ms (e.g. `1597026383085`). """
    end_time: int | Unset = UNSET
    """ Window end, Unix ms (e.g. `1597026683085`). """
    remark: str | Unset = UNSET
    """ Exact remark of an internal transfer (current page). """
    limit: int | Unset = 100
    """ Maximum records, 1-100 (default 100). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        out_biz_id = self.out_biz_id

        coin = self.coin

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        start_time = self.start_time

        end_time = self.end_time

        remark = self.remark

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if out_biz_id is not UNSET:
            field_dict["outBizId"] = out_biz_id
        if coin is not UNSET:
            field_dict["coin"] = coin
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if remark is not UNSET:
            field_dict["remark"] = remark
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        out_biz_id = d.pop("outBizId", UNSET)

        coin = d.pop("coin", UNSET)

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(d.pop("transactionHash", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ListWithdrawTransfersRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_list_withdraw_transfers_request_type(_type_)

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        remark = d.pop("remark", UNSET)

        limit = d.pop("limit", UNSET)

        _list_withdraw_transfers_request = cls(
            id=id,
            out_biz_id=out_biz_id,
            coin=coin,
            transaction_hash=transaction_hash,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            remark=remark,
            limit=limit,
        )

        return _list_withdraw_transfers_request
