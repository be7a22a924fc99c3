from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.bitunix_accounts_futures_item import BitunixAccountsFuturesItem
    from ..models.bitunix_accounts_spot_item import BitunixAccountsSpotItem


T = TypeVar("T", bound="BitunixAccounts")


@_attrs_define
class BitunixAccounts:
    uid: int
    """ The user. """
    spot: list[BitunixAccountsSpotItem]
    """ Spot balance per coin. """
    futures: list[BitunixAccountsFuturesItem]
    """ Futures balance per coin. """

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        spot = []
        for spot_item_data in self.spot:
            spot_item = spot_item_data.to_dict()
            spot.append(spot_item)

        futures = []
        for futures_item_data in self.futures:
            futures_item = futures_item_data.to_dict()
            futures.append(futures_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uid": uid,
                "spot": spot,
                "futures": futures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bitunix_accounts_futures_item import BitunixAccountsFuturesItem  # noqa: PLC0415
        from ..models.bitunix_accounts_spot_item import BitunixAccountsSpotItem  # noqa: PLC0415

        d = dict(src_dict)
        uid = d.pop("uid")

        spot = []
        _spot = d.pop("spot")
        for spot_item_data in _spot:
            spot_item = BitunixAccountsSpotItem.from_dict(spot_item_data)

            spot.append(spot_item)

        futures = []
        _futures = d.pop("futures")
        for futures_item_data in _futures:
            futures_item = BitunixAccountsFuturesItem.from_dict(futures_item_data)

            futures.append(futures_item)

        _bitunix_accounts = cls(
            uid=uid,
            spot=spot,
            futures=futures,
        )

        return _bitunix_accounts
