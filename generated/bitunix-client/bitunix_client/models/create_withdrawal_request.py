from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawalRequest")


@_attrs_define
class CreateWithdrawalRequest:
    """Withdrawal to create."""

    coin: str
    """ Coin, as `name` in the QueryTokenData list (e.g. `TRX`). """
    network: str
    """ Network, as `network` in the coin's `networks` (e.g. `Tron (TRC-20)`). """
    address: str
    """ Destination address; must be on the account's quick-withdrawal list (else `110008`). """
    amount: Decimal
    """ Amount to withdraw, fee included (received = amount - fee; below the fee `110007`). A JSON number in the
    docs' example (`20.00`); send the exact decimal digits. Decimals per the QueryTokenData list. """
    memo: None | str | Unset = UNSET
    """ Tag or memo of the destination (XRP and similar). Optional; `null` is accepted as absent (x-inferred from
    the records of the docs, which show this field as `null` when unset). """

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        network = self.network

        address = self.address

        amount = exact_number(self.amount, "amount")

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coin": coin,
                "network": network,
                "address": address,
                "amount": amount,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        network = d.pop("network")

        address = d.pop("address")

        amount = decimal_number(d.pop("amount"))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        _create_withdrawal_request = cls(
            coin=coin,
            network=network,
            address=address,
            amount=amount,
            memo=memo,
        )

        return _create_withdrawal_request
