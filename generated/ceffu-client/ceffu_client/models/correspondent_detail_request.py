from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.correspondent_detail_request_confirmation import (
    CorrespondentDetailRequestConfirmation,
    check_correspondent_detail_request_confirmation,
)
from ..models.correspondent_type import CorrespondentType
from ..models.counterparty_wallet_type import CounterpartyWalletType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CorrespondentDetailRequest")


@_attrs_define
class CorrespondentDetailRequest:
    """Travel-rule details of the counterparty (values from the options endpoint)."""

    to_from_type: CounterpartyWalletType | Unset = UNSET
    """ Counterparty wallet type: `0` VASP, `1` unhosted / self-hosted wallet, `2` others. """
    correspondent_type: CorrespondentType | Unset = UNSET
    """ Correspondent type: `0` entity, `1` individual. """
    first_name: str | Unset = UNSET
    """ Required if `correspondentType` = 1. """
    last_name: str | Unset = UNSET
    """ Required if `correspondentType` = 1. """
    birthday: str | Unset = UNSET
    """ `YYYY-MM-DD`; required if `correspondentType` = 1. """
    full_name: str | Unset = UNSET
    """ Required if `correspondentType` = 0. """
    provider: str | Unset = UNSET
    """ VASP name from `listOfVASP`; required if `toFromType` = 0. """
    self_hosted_wallet_provider: str | Unset = UNSET
    """ Required if `toFromType` = 1 (SDK). """
    others_please_specify: str | Unset = UNSET
    """ Required if `toFromType` = 2. """
    country_info: str | Unset = UNSET
    """ Country name from the options endpoint. """
    jurisdiction_vasp_code: str | Unset = UNSET
    """ Jurisdiction of the VASP (SDK). """
    confirmation: CorrespondentDetailRequestConfirmation | Unset = UNSET
    """ Counterparty-not-sanctioned confirmation (the SDK puts it here; the docs at top level). """

    def to_dict(self) -> dict[str, Any]:
        to_from_type: int | Unset = UNSET
        if not isinstance(self.to_from_type, Unset):
            to_from_type = CounterpartyWalletType(self.to_from_type).value

        correspondent_type: int | Unset = UNSET
        if not isinstance(self.correspondent_type, Unset):
            correspondent_type = CorrespondentType(self.correspondent_type).value

        first_name = self.first_name

        last_name = self.last_name

        birthday = self.birthday

        full_name = self.full_name

        provider = self.provider

        self_hosted_wallet_provider = self.self_hosted_wallet_provider

        others_please_specify = self.others_please_specify

        country_info = self.country_info

        jurisdiction_vasp_code = self.jurisdiction_vasp_code

        confirmation: str | Unset = UNSET
        if not isinstance(self.confirmation, Unset):
            confirmation = self.confirmation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if to_from_type is not UNSET:
            field_dict["toFromType"] = to_from_type
        if correspondent_type is not UNSET:
            field_dict["correspondentType"] = correspondent_type
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if self_hosted_wallet_provider is not UNSET:
            field_dict["selfHostedWalletProvider"] = self_hosted_wallet_provider
        if others_please_specify is not UNSET:
            field_dict["othersPleaseSpecify"] = others_please_specify
        if country_info is not UNSET:
            field_dict["countryInfo"] = country_info
        if jurisdiction_vasp_code is not UNSET:
            field_dict["jurisdictionVaspCode"] = jurisdiction_vasp_code
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _to_from_type = d.pop("toFromType", UNSET)
        to_from_type: CounterpartyWalletType | Unset
        if isinstance(_to_from_type, Unset):
            to_from_type = UNSET
        else:
            to_from_type = CounterpartyWalletType(_to_from_type)

        _correspondent_type = d.pop("correspondentType", UNSET)
        correspondent_type: CorrespondentType | Unset
        if isinstance(_correspondent_type, Unset):
            correspondent_type = UNSET
        else:
            correspondent_type = CorrespondentType(_correspondent_type)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        birthday = d.pop("birthday", UNSET)

        full_name = d.pop("fullName", UNSET)

        provider = d.pop("provider", UNSET)

        self_hosted_wallet_provider = d.pop("selfHostedWalletProvider", UNSET)

        others_please_specify = d.pop("othersPleaseSpecify", UNSET)

        country_info = d.pop("countryInfo", UNSET)

        jurisdiction_vasp_code = d.pop("jurisdictionVaspCode", UNSET)

        _confirmation = d.pop("confirmation", UNSET)
        confirmation: CorrespondentDetailRequestConfirmation | Unset
        if isinstance(_confirmation, Unset):
            confirmation = UNSET
        else:
            confirmation = check_correspondent_detail_request_confirmation(_confirmation)

        _correspondent_detail_request = cls(
            to_from_type=to_from_type,
            correspondent_type=correspondent_type,
            first_name=first_name,
            last_name=last_name,
            birthday=birthday,
            full_name=full_name,
            provider=provider,
            self_hosted_wallet_provider=self_hosted_wallet_provider,
            others_please_specify=others_please_specify,
            country_info=country_info,
            jurisdiction_vasp_code=jurisdiction_vasp_code,
            confirmation=confirmation,
        )

        return _correspondent_detail_request
