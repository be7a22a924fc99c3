from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whitelist_address_status import WhitelistAddressStatus
from ..models.whitelist_address_type import WhitelistAddressType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.correspondent_detail import CorrespondentDetail


T = TypeVar("T", bound="WhitelistAddress")


@_attrs_define
class WhitelistAddress:
    """A whitelisted withdrawal address."""

    whitelist_id: str
    """ Whitelist entry id. """
    address: str
    """ Address. """
    address_type: WhitelistAddressType
    """ Whitelist address type: `1` standard address, `2` universal address. """
    network: str
    """ Network symbol. """
    institution_id: str | Unset = UNSET
    """ Institution id. """
    label: str | Unset = UNSET
    """ Label. """
    symbol: None | str | Unset = UNSET
    """ Coin symbol. """
    protocol: None | str | Unset = UNSET
    """ Token protocol. """
    memo: None | str | Unset = UNSET
    """ Memo/tag. """
    address_status: WhitelistAddressStatus | Unset = UNSET
    """ Whitelist address status (SDK): `10` Pending, `20` In progress, `30` Success, `99` Failed. """
    current_address_status: WhitelistAddressStatus | Unset = UNSET
    """ Whitelist address status (SDK): `10` Pending, `20` In progress, `30` Success, `99` Failed. """
    create_time: int | Unset = UNSET
    """ Creation time (ms since epoch). """
    update_time: int | Unset = UNSET
    """ Last update time (ms since epoch). """
    correspondent_detail: CorrespondentDetail | None | Unset = UNSET
    """ Travel-rule counterparty details, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.correspondent_detail import CorrespondentDetail  # noqa: PLC0415

        whitelist_id = self.whitelist_id

        address = self.address

        address_type = WhitelistAddressType(self.address_type).value

        network = self.network

        institution_id = self.institution_id

        label = self.label

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        else:
            protocol = self.protocol

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        address_status: int | Unset = UNSET
        if not isinstance(self.address_status, Unset):
            address_status = WhitelistAddressStatus(self.address_status).value

        current_address_status: int | Unset = UNSET
        if not isinstance(self.current_address_status, Unset):
            current_address_status = WhitelistAddressStatus(self.current_address_status).value

        create_time = self.create_time

        update_time = self.update_time

        correspondent_detail: dict[str, Any] | None | Unset
        if isinstance(self.correspondent_detail, Unset):
            correspondent_detail = UNSET
        elif isinstance(self.correspondent_detail, CorrespondentDetail):
            correspondent_detail = self.correspondent_detail.to_dict()
        else:
            correspondent_detail = self.correspondent_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "whitelistId": whitelist_id,
                "address": address,
                "addressType": address_type,
                "network": network,
            }
        )
        if institution_id is not UNSET:
            field_dict["institutionId"] = institution_id
        if label is not UNSET:
            field_dict["label"] = label
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if memo is not UNSET:
            field_dict["memo"] = memo
        if address_status is not UNSET:
            field_dict["addressStatus"] = address_status
        if current_address_status is not UNSET:
            field_dict["currentAddressStatus"] = current_address_status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if correspondent_detail is not UNSET:
            field_dict["correspondentDetail"] = correspondent_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correspondent_detail import CorrespondentDetail  # noqa: PLC0415

        d = dict(src_dict)
        whitelist_id = d.pop("whitelistId")

        address = d.pop("address")

        address_type = WhitelistAddressType(d.pop("addressType"))

        network = d.pop("network")

        institution_id = d.pop("institutionId", UNSET)

        label = d.pop("label", UNSET)

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_protocol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protocol = _parse_protocol(d.pop("protocol", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        _address_status = d.pop("addressStatus", UNSET)
        address_status: WhitelistAddressStatus | Unset
        if isinstance(_address_status, Unset):
            address_status = UNSET
        else:
            address_status = WhitelistAddressStatus(_address_status)

        _current_address_status = d.pop("currentAddressStatus", UNSET)
        current_address_status: WhitelistAddressStatus | Unset
        if isinstance(_current_address_status, Unset):
            current_address_status = UNSET
        else:
            current_address_status = WhitelistAddressStatus(_current_address_status)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        def _parse_correspondent_detail(data: object) -> CorrespondentDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                correspondent_detail_type_0 = CorrespondentDetail.from_dict(data)

                return correspondent_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CorrespondentDetail | None | Unset, data)

        correspondent_detail = _parse_correspondent_detail(d.pop("correspondentDetail", UNSET))

        _whitelist_address = cls(
            whitelist_id=whitelist_id,
            address=address,
            address_type=address_type,
            network=network,
            institution_id=institution_id,
            label=label,
            symbol=symbol,
            protocol=protocol,
            memo=memo,
            address_status=address_status,
            current_address_status=current_address_status,
            create_time=create_time,
            update_time=update_time,
            correspondent_detail=correspondent_detail,
        )

        _whitelist_address.additional_properties = d
        return _whitelist_address

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
