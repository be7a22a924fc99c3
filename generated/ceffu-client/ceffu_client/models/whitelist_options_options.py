from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_option import CountryOption
    from ..models.vasp_option import VaspOption
    from ..models.whitelist_options_options_address_type import WhitelistOptionsOptionsAddressType
    from ..models.whitelist_options_options_correspondent_type import WhitelistOptionsOptionsCorrespondentType
    from ..models.whitelist_options_options_to_from_type import WhitelistOptionsOptionsToFromType


T = TypeVar("T", bound="WhitelistOptionsOptions")


@_attrs_define
class WhitelistOptionsOptions:
    """Option lists."""

    address_type: WhitelistOptionsOptionsAddressType | Unset = UNSET
    """ Address types: code -> label. """
    confirmation: list[str] | Unset = UNSET
    """ Allowed `confirmation` values. """
    correspondent_type: WhitelistOptionsOptionsCorrespondentType | Unset = UNSET
    """ Correspondent types: code -> label. """
    to_from_type: WhitelistOptionsOptionsToFromType | Unset = UNSET
    """ Counterparty wallet types: code -> label. """
    country_of_domicile_incorporation: list[CountryOption] | Unset = UNSET
    """ Countries of domicile/incorporation. """
    jurisdiction_vasp_item: list[CountryOption] | Unset = UNSET
    """ VASP jurisdictions. """
    list_of_vasp: list[VaspOption] | Unset = UNSET
    """ Known VASPs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_type, Unset):
            address_type = self.address_type.to_dict()

        confirmation: list[str] | Unset = UNSET
        if not isinstance(self.confirmation, Unset):
            confirmation = self.confirmation

        correspondent_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.correspondent_type, Unset):
            correspondent_type = self.correspondent_type.to_dict()

        to_from_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_from_type, Unset):
            to_from_type = self.to_from_type.to_dict()

        country_of_domicile_incorporation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.country_of_domicile_incorporation, Unset):
            country_of_domicile_incorporation = []
            for country_of_domicile_incorporation_item_data in self.country_of_domicile_incorporation:
                country_of_domicile_incorporation_item = country_of_domicile_incorporation_item_data.to_dict()
                country_of_domicile_incorporation.append(country_of_domicile_incorporation_item)

        jurisdiction_vasp_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jurisdiction_vasp_item, Unset):
            jurisdiction_vasp_item = []
            for jurisdiction_vasp_item_item_data in self.jurisdiction_vasp_item:
                jurisdiction_vasp_item_item = jurisdiction_vasp_item_item_data.to_dict()
                jurisdiction_vasp_item.append(jurisdiction_vasp_item_item)

        list_of_vasp: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_of_vasp, Unset):
            list_of_vasp = []
            for list_of_vasp_item_data in self.list_of_vasp:
                list_of_vasp_item = list_of_vasp_item_data.to_dict()
                list_of_vasp.append(list_of_vasp_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_type is not UNSET:
            field_dict["addressType"] = address_type
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation
        if correspondent_type is not UNSET:
            field_dict["correspondentType"] = correspondent_type
        if to_from_type is not UNSET:
            field_dict["toFromType"] = to_from_type
        if country_of_domicile_incorporation is not UNSET:
            field_dict["countryOfDomicileIncorporation"] = country_of_domicile_incorporation
        if jurisdiction_vasp_item is not UNSET:
            field_dict["jurisdictionVaspItem"] = jurisdiction_vasp_item
        if list_of_vasp is not UNSET:
            field_dict["listOfVASP"] = list_of_vasp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_option import CountryOption  # noqa: PLC0415
        from ..models.vasp_option import VaspOption  # noqa: PLC0415
        from ..models.whitelist_options_options_address_type import WhitelistOptionsOptionsAddressType  # noqa: PLC0415
        from ..models.whitelist_options_options_correspondent_type import WhitelistOptionsOptionsCorrespondentType  # noqa: PLC0415
        from ..models.whitelist_options_options_to_from_type import WhitelistOptionsOptionsToFromType  # noqa: PLC0415

        d = dict(src_dict)
        _address_type = d.pop("addressType", UNSET)
        address_type: WhitelistOptionsOptionsAddressType | Unset
        if isinstance(_address_type, Unset):
            address_type = UNSET
        else:
            address_type = WhitelistOptionsOptionsAddressType.from_dict(_address_type)

        confirmation = cast(list[str], d.pop("confirmation", UNSET))

        _correspondent_type = d.pop("correspondentType", UNSET)
        correspondent_type: WhitelistOptionsOptionsCorrespondentType | Unset
        if isinstance(_correspondent_type, Unset):
            correspondent_type = UNSET
        else:
            correspondent_type = WhitelistOptionsOptionsCorrespondentType.from_dict(_correspondent_type)

        _to_from_type = d.pop("toFromType", UNSET)
        to_from_type: WhitelistOptionsOptionsToFromType | Unset
        if isinstance(_to_from_type, Unset):
            to_from_type = UNSET
        else:
            to_from_type = WhitelistOptionsOptionsToFromType.from_dict(_to_from_type)

        _country_of_domicile_incorporation = d.pop("countryOfDomicileIncorporation", UNSET)
        country_of_domicile_incorporation: list[CountryOption] | Unset = UNSET
        if _country_of_domicile_incorporation is not UNSET:
            country_of_domicile_incorporation = []
            for country_of_domicile_incorporation_item_data in _country_of_domicile_incorporation:
                country_of_domicile_incorporation_item = CountryOption.from_dict(
                    country_of_domicile_incorporation_item_data
                )

                country_of_domicile_incorporation.append(country_of_domicile_incorporation_item)

        _jurisdiction_vasp_item = d.pop("jurisdictionVaspItem", UNSET)
        jurisdiction_vasp_item: list[CountryOption] | Unset = UNSET
        if _jurisdiction_vasp_item is not UNSET:
            jurisdiction_vasp_item = []
            for jurisdiction_vasp_item_item_data in _jurisdiction_vasp_item:
                jurisdiction_vasp_item_item = CountryOption.from_dict(jurisdiction_vasp_item_item_data)

                jurisdiction_vasp_item.append(jurisdiction_vasp_item_item)

        _list_of_vasp = d.pop("listOfVASP", UNSET)
        list_of_vasp: list[VaspOption] | Unset = UNSET
        if _list_of_vasp is not UNSET:
            list_of_vasp = []
            for list_of_vasp_item_data in _list_of_vasp:
                list_of_vasp_item = VaspOption.from_dict(list_of_vasp_item_data)

                list_of_vasp.append(list_of_vasp_item)

        _whitelist_options_options = cls(
            address_type=address_type,
            confirmation=confirmation,
            correspondent_type=correspondent_type,
            to_from_type=to_from_type,
            country_of_domicile_incorporation=country_of_domicile_incorporation,
            jurisdiction_vasp_item=jurisdiction_vasp_item,
            list_of_vasp=list_of_vasp,
        )

        _whitelist_options_options.additional_properties = d
        return _whitelist_options_options

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
