from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.transaction_biz_type import TransactionBizType
from ..models.wallet_type import WalletType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionHistoryRequest")


@_attrs_define
class TransactionHistoryRequest:
    """Transaction history query."""

    start_date: str
    """ Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301). """
    end_date: str
    """ End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`). """
    wallet_type: WalletType
    """ Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum; meaning undocumented), `12`
    Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet. """
    biz_types: list[TransactionBizType] | Unset = UNSET
    """ Filter by business types. """
    wallet_ids: list[str] | Unset = UNSET
    """ Filter by wallet ids (decimal strings). """
    networks: list[str] | Unset = UNSET
    """ Filter by network symbols. """
    symbols: list[str] | Unset = UNSET
    """ Filter by coin symbols. """
    tx_id: str | Unset = UNSET
    """ Filter by on-chain transaction hash. """
    page_limit: int | Unset = UNSET
    """ Page size, 1-100 (this endpoint). """
    page_no: int | Unset = 1
    """ Page number, from 1. """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        wallet_type = WalletType(self.wallet_type).value

        biz_types: list[int] | Unset = UNSET
        if not isinstance(self.biz_types, Unset):
            biz_types = []
            for biz_types_item_data in self.biz_types:
                biz_types_item = TransactionBizType(biz_types_item_data).value
                biz_types.append(biz_types_item)

        wallet_ids: list[str] | Unset = UNSET
        if not isinstance(self.wallet_ids, Unset):
            wallet_ids = self.wallet_ids

        networks: list[str] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks

        symbols: list[str] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = self.symbols

        tx_id = self.tx_id

        page_limit = self.page_limit

        page_no = self.page_no

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
                "walletType": wallet_type,
            }
        )
        if biz_types is not UNSET:
            field_dict["bizTypes"] = biz_types
        if wallet_ids is not UNSET:
            field_dict["walletIds"] = wallet_ids
        if networks is not UNSET:
            field_dict["networks"] = networks
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if page_limit is not UNSET:
            field_dict["pageLimit"] = page_limit
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("startDate")

        end_date = d.pop("endDate")

        wallet_type = WalletType(d.pop("walletType"))

        _biz_types = d.pop("bizTypes", UNSET)
        biz_types: list[TransactionBizType] | Unset = UNSET
        if _biz_types is not UNSET:
            biz_types = []
            for biz_types_item_data in _biz_types:
                biz_types_item = TransactionBizType(biz_types_item_data)

                biz_types.append(biz_types_item)

        wallet_ids = cast(list[str], d.pop("walletIds", UNSET))

        networks = cast(list[str], d.pop("networks", UNSET))

        symbols = cast(list[str], d.pop("symbols", UNSET))

        tx_id = d.pop("txId", UNSET)

        page_limit = d.pop("pageLimit", UNSET)

        page_no = d.pop("pageNo", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _transaction_history_request = cls(
            start_date=start_date,
            end_date=end_date,
            wallet_type=wallet_type,
            biz_types=biz_types,
            wallet_ids=wallet_ids,
            networks=networks,
            symbols=symbols,
            tx_id=tx_id,
            page_limit=page_limit,
            page_no=page_no,
            timestamp=timestamp,
        )

        return _transaction_history_request
