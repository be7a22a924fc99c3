from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.add_whitelist_request_confirmation import (
    AddWhitelistRequestConfirmation,
    check_add_whitelist_request_confirmation,
)
from ..models.whitelist_address_type import WhitelistAddressType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.correspondent_detail_request import CorrespondentDetailRequest


T = TypeVar("T", bound="AddWhitelistRequest")


@_attrs_define
class AddWhitelistRequest:
    """Add (or, with `whitelistId`, edit) a whitelisted address."""

    address_type: WhitelistAddressType
    """ Whitelist address type: `1` standard address, `2` universal address. """
    address: str
    """ Address. """
    label: str
    """ Label. """
    symbol: str
    """ Coin symbol. """
    network: str
    """ Network symbol. """
    whitelist_id: str | Unset = UNSET
    """ Only when editing an existing entry. """
    memo: None | str | Unset = UNSET
    """ Memo/tag. `null` is accepted as not sent (x-inferred: the docs' records show `memo` as null when there is
    none). """
    correspondent_detail: CorrespondentDetailRequest | Unset = UNSET
    """ Travel-rule details of the counterparty (values from the options endpoint). """
    confirmation: AddWhitelistRequestConfirmation | Unset = UNSET
    """ Counterparty-not-sanctioned confirmation (top level per the docs example). """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        address_type = WhitelistAddressType(self.address_type).value

        address = self.address

        label = self.label

        symbol = self.symbol

        network = self.network

        whitelist_id = self.whitelist_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        correspondent_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.correspondent_detail, Unset):
            correspondent_detail = self.correspondent_detail.to_dict()

        confirmation: str | Unset = UNSET
        if not isinstance(self.confirmation, Unset):
            confirmation = self.confirmation

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addressType": address_type,
                "address": address,
                "label": label,
                "symbol": symbol,
                "network": network,
            }
        )
        if whitelist_id is not UNSET:
            field_dict["whitelistId"] = whitelist_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if correspondent_detail is not UNSET:
            field_dict["correspondentDetail"] = correspondent_detail
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correspondent_detail_request import CorrespondentDetailRequest  # noqa: PLC0415

        d = dict(src_dict)
        address_type = WhitelistAddressType(d.pop("addressType"))

        address = d.pop("address")

        label = d.pop("label")

        symbol = d.pop("symbol")

        network = d.pop("network")

        whitelist_id = d.pop("whitelistId", UNSET)

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        _correspondent_detail = d.pop("correspondentDetail", UNSET)
        correspondent_detail: CorrespondentDetailRequest | Unset
        if isinstance(_correspondent_detail, Unset):
            correspondent_detail = UNSET
        else:
            correspondent_detail = CorrespondentDetailRequest.from_dict(_correspondent_detail)

        _confirmation = d.pop("confirmation", UNSET)
        confirmation: AddWhitelistRequestConfirmation | Unset
        if isinstance(_confirmation, Unset):
            confirmation = UNSET
        else:
            confirmation = check_add_whitelist_request_confirmation(_confirmation)

        timestamp = d.pop("timestamp", UNSET)

        _add_whitelist_request = cls(
            address_type=address_type,
            address=address,
            label=label,
            symbol=symbol,
            network=network,
            whitelist_id=whitelist_id,
            memo=memo,
            correspondent_detail=correspondent_detail,
            confirmation=confirmation,
            timestamp=timestamp,
        )

        return _add_whitelist_request
