from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.mirror_operation_status import MirrorOperationStatus
from ..models.mirror_operation_type import MirrorOperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorRecord")


@_attrs_define
class MirrorRecord:
    """Mirror operation record."""

    record_id: str
    """ Record id. """
    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Amount. """
    operation_type: MirrorOperationType
    """ Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle from Binance. """
    status: MirrorOperationStatus
    """ Mirror operation status: `20` In progress, `30` Success, `99` Failed. """
    wallet_id_str: str | Unset = UNSET
    """ Ceffu wallet id (decimal string). """
    binance_uid: str | Unset = UNSET
    """ Binance UID. """
    network: None | str | Unset = UNSET
    """ Network symbol. """
    request_id: None | str | Unset = UNSET
    """ Client `requestId`, if any. """
    create_time: int | None | Unset = UNSET
    """ Creation time (ms since epoch). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        operation_type = MirrorOperationType(self.operation_type).value

        status = MirrorOperationStatus(self.status).value

        wallet_id_str = self.wallet_id_str

        binance_uid = self.binance_uid

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        create_time: int | None | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordId": record_id,
                "coinSymbol": coin_symbol,
                "amount": amount,
                "operationType": operation_type,
                "status": status,
            }
        )
        if wallet_id_str is not UNSET:
            field_dict["walletIdStr"] = wallet_id_str
        if binance_uid is not UNSET:
            field_dict["binanceUID"] = binance_uid
        if network is not UNSET:
            field_dict["network"] = network
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("recordId")

        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        operation_type = MirrorOperationType(d.pop("operationType"))

        status = MirrorOperationStatus(d.pop("status"))

        wallet_id_str = d.pop("walletIdStr", UNSET)

        binance_uid = d.pop("binanceUID", UNSET)

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        def _parse_create_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        create_time = _parse_create_time(d.pop("createTime", UNSET))

        _mirror_record = cls(
            record_id=record_id,
            coin_symbol=coin_symbol,
            amount=amount,
            operation_type=operation_type,
            status=status,
            wallet_id_str=wallet_id_str,
            binance_uid=binance_uid,
            network=network,
            request_id=request_id,
            create_time=create_time,
        )

        _mirror_record.additional_properties = d
        return _mirror_record

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
