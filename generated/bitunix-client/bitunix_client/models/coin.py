from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coin_network import CoinNetwork


T = TypeVar("T", bound="Coin")


@_attrs_define
class Coin:
    """A coin (token) with its switches, limits and networks (QueryTokenData)."""

    name: str
    """ Coin symbol, e.g. `USDT` - the `coin` of User requests. """
    networks: list[CoinNetwork]
    """ Networks of the coin. """
    full_name: None | str | Unset = UNSET
    """ Full name. """
    logo: None | str | Unset = UNSET
    """ Logo URL. """
    track: None | str | Unset = UNSET
    """ Coin track/category label. """
    quote_precision: int | None | str | Unset = UNSET
    """ Decimal places of amounts of this coin. """
    min_price: Decimal | None | Unset = UNSET
    """ Minimum price. """
    is_open: int | str | Unset = UNSET
    """ Coin enabled (`1`) or not (`0`). """
    is_hot: int | str | Unset = UNSET
    """ Hot coin (`1`) or not (`0`). """
    deposit_open: int | str | Unset = UNSET
    """ Deposits: `1` open, `0` closed. """
    is_show: int | str | Unset = UNSET
    """ Shown (`1`) or hidden (`0`). """
    withdraw_open: int | str | Unset = UNSET
    """ Withdrawals: `1` open, `0` closed. """
    withdraw_min: Decimal | None | Unset = UNSET
    """ Minimum withdrawal amount. """
    withdraw_max: Decimal | None | Unset = UNSET
    """ Maximum withdrawal amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        track: None | str | Unset
        if isinstance(self.track, Unset):
            track = UNSET
        else:
            track = self.track

        quote_precision: int | None | str | Unset
        if isinstance(self.quote_precision, Unset):
            quote_precision = UNSET
        else:
            quote_precision = self.quote_precision

        min_price: Decimal | None | Unset
        if isinstance(self.min_price, Unset):
            min_price = UNSET
        elif isinstance(self.min_price, Decimal):
            min_price = exact_number(self.min_price, "minPrice")
        else:
            min_price = self.min_price

        is_open: int | str | Unset
        if isinstance(self.is_open, Unset):
            is_open = UNSET
        else:
            is_open = self.is_open

        is_hot: int | str | Unset
        if isinstance(self.is_hot, Unset):
            is_hot = UNSET
        else:
            is_hot = self.is_hot

        deposit_open: int | str | Unset
        if isinstance(self.deposit_open, Unset):
            deposit_open = UNSET
        else:
            deposit_open = self.deposit_open

        is_show: int | str | Unset
        if isinstance(self.is_show, Unset):
            is_show = UNSET
        else:
            is_show = self.is_show

        withdraw_open: int | str | Unset
        if isinstance(self.withdraw_open, Unset):
            withdraw_open = UNSET
        else:
            withdraw_open = self.withdraw_open

        withdraw_min: Decimal | None | Unset
        if isinstance(self.withdraw_min, Unset):
            withdraw_min = UNSET
        elif isinstance(self.withdraw_min, Decimal):
            withdraw_min = exact_number(self.withdraw_min, "withdrawMin")
        else:
            withdraw_min = self.withdraw_min

        withdraw_max: Decimal | None | Unset
        if isinstance(self.withdraw_max, Unset):
            withdraw_max = UNSET
        elif isinstance(self.withdraw_max, Decimal):
            withdraw_max = exact_number(self.withdraw_max, "withdrawMax")
        else:
            withdraw_max = self.withdraw_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "networks": networks,
            }
        )
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if logo is not UNSET:
            field_dict["logo"] = logo
        if track is not UNSET:
            field_dict["track"] = track
        if quote_precision is not UNSET:
            field_dict["quotePrecision"] = quote_precision
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if is_open is not UNSET:
            field_dict["isOpen"] = is_open
        if is_hot is not UNSET:
            field_dict["isHot"] = is_hot
        if deposit_open is not UNSET:
            field_dict["depositOpen"] = deposit_open
        if is_show is not UNSET:
            field_dict["isShow"] = is_show
        if withdraw_open is not UNSET:
            field_dict["withdrawOpen"] = withdraw_open
        if withdraw_min is not UNSET:
            field_dict["withdrawMin"] = withdraw_min
        if withdraw_max is not UNSET:
            field_dict["withdrawMax"] = withdraw_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coin_network import CoinNetwork  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        networks = []
        _networks = d.pop("networks")
        for networks_item_data in _networks:
            networks_item = CoinNetwork.from_dict(networks_item_data)

            networks.append(networks_item)

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("fullName", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_track(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        track = _parse_track(d.pop("track", UNSET))

        def _parse_quote_precision(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        quote_precision = _parse_quote_precision(d.pop("quotePrecision", UNSET))

        def _parse_min_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                min_price_type_0 = decimal_number(data)

                return min_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        min_price = _parse_min_price(d.pop("minPrice", UNSET))

        def _parse_is_open(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_open = _parse_is_open(d.pop("isOpen", UNSET))

        def _parse_is_hot(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_hot = _parse_is_hot(d.pop("isHot", UNSET))

        def _parse_deposit_open(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        deposit_open = _parse_deposit_open(d.pop("depositOpen", UNSET))

        def _parse_is_show(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_show = _parse_is_show(d.pop("isShow", UNSET))

        def _parse_withdraw_open(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        withdraw_open = _parse_withdraw_open(d.pop("withdrawOpen", UNSET))

        def _parse_withdraw_min(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                withdraw_min_type_0 = decimal_number(data)

                return withdraw_min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        withdraw_min = _parse_withdraw_min(d.pop("withdrawMin", UNSET))

        def _parse_withdraw_max(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                withdraw_max_type_0 = decimal_number(data)

                return withdraw_max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        withdraw_max = _parse_withdraw_max(d.pop("withdrawMax", UNSET))

        _coin = cls(
            name=name,
            networks=networks,
            full_name=full_name,
            logo=logo,
            track=track,
            quote_precision=quote_precision,
            min_price=min_price,
            is_open=is_open,
            is_hot=is_hot,
            deposit_open=deposit_open,
            is_show=is_show,
            withdraw_open=withdraw_open,
            withdraw_min=withdraw_min,
            withdraw_max=withdraw_max,
        )

        _coin.additional_properties = d
        return _coin

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
