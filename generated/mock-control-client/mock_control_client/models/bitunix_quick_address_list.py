from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.bitunix_quick_address import BitunixQuickAddress


T = TypeVar("T", bound="BitunixQuickAddressList")


@_attrs_define
class BitunixQuickAddressList:
    addresses: list[BitunixQuickAddress]
    """ Entries, oldest first. """

    def to_dict(self) -> dict[str, Any]:
        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addresses": addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bitunix_quick_address import BitunixQuickAddress  # noqa: PLC0415

        d = dict(src_dict)
        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = BitunixQuickAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        _bitunix_quick_address_list = cls(
            addresses=addresses,
        )

        return _bitunix_quick_address_list
