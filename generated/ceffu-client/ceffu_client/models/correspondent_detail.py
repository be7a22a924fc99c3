from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondent_type import CorrespondentType
from ..models.counterparty_wallet_type import CounterpartyWalletType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CorrespondentDetail")


@_attrs_define
class CorrespondentDetail:
    """Travel-rule details of the counterparty of a whitelisted address (as returned)."""

    to_from_type: CounterpartyWalletType | Unset = UNSET
    """ Counterparty wallet type: `0` VASP, `1` unhosted / self-hosted wallet, `2` others. """
    correspondent_type: CorrespondentType | Unset = UNSET
    """ Correspondent type: `0` entity, `1` individual. """
    first_name: None | str | Unset = UNSET
    """ Individual's first name. """
    last_name: None | str | Unset = UNSET
    """ Individual's last name. """
    birthday: None | str | Unset = UNSET
    """ Individual's birthday, `YYYY-MM-DD`. """
    full_name: None | str | Unset = UNSET
    """ Entity's full name. """
    provider: None | str | Unset = UNSET
    """ VASP name (from `listOfVASP`). """
    self_hosted_wallet_provider: None | str | Unset = UNSET
    """ Self-hosted wallet provider. """
    others_please_specify: None | str | Unset = UNSET
    """ Free text when `toFromType` = 2. """
    country_info: None | str | Unset = UNSET
    """ Country name (from the options endpoint). """
    jurisdiction_vasp_code: None | str | Unset = UNSET
    """ Jurisdiction of the VASP. """
    confirmation: None | str | Unset = UNSET
    """ `confirmed` / `unconfirmed`: counterparty is not sanctioned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_from_type: int | Unset = UNSET
        if not isinstance(self.to_from_type, Unset):
            to_from_type = CounterpartyWalletType(self.to_from_type).value

        correspondent_type: int | Unset = UNSET
        if not isinstance(self.correspondent_type, Unset):
            correspondent_type = CorrespondentType(self.correspondent_type).value

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        else:
            birthday = self.birthday

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        self_hosted_wallet_provider: None | str | Unset
        if isinstance(self.self_hosted_wallet_provider, Unset):
            self_hosted_wallet_provider = UNSET
        else:
            self_hosted_wallet_provider = self.self_hosted_wallet_provider

        others_please_specify: None | str | Unset
        if isinstance(self.others_please_specify, Unset):
            others_please_specify = UNSET
        else:
            others_please_specify = self.others_please_specify

        country_info: None | str | Unset
        if isinstance(self.country_info, Unset):
            country_info = UNSET
        else:
            country_info = self.country_info

        jurisdiction_vasp_code: None | str | Unset
        if isinstance(self.jurisdiction_vasp_code, Unset):
            jurisdiction_vasp_code = UNSET
        else:
            jurisdiction_vasp_code = self.jurisdiction_vasp_code

        confirmation: None | str | Unset
        if isinstance(self.confirmation, Unset):
            confirmation = UNSET
        else:
            confirmation = self.confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_birthday(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthday = _parse_birthday(d.pop("birthday", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("fullName", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_self_hosted_wallet_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        self_hosted_wallet_provider = _parse_self_hosted_wallet_provider(d.pop("selfHostedWalletProvider", UNSET))

        def _parse_others_please_specify(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        others_please_specify = _parse_others_please_specify(d.pop("othersPleaseSpecify", UNSET))

        def _parse_country_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_info = _parse_country_info(d.pop("countryInfo", UNSET))

        def _parse_jurisdiction_vasp_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jurisdiction_vasp_code = _parse_jurisdiction_vasp_code(d.pop("jurisdictionVaspCode", UNSET))

        def _parse_confirmation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmation = _parse_confirmation(d.pop("confirmation", UNSET))

        _correspondent_detail = cls(
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

        _correspondent_detail.additional_properties = d
        return _correspondent_detail

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
