from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="CoinNetwork")


@_attrs_define
class CoinNetwork:
    """A network a coin can be deposited or withdrawn on. Flags come as numbers or strings in the example, so they are
    `[integer, string]`.

    """

    network: str
    """ Network name to send as `network` in withdraw and deposit address requests, e.g. `Tron (TRC-20)`. """
    chain: None | str | Unset = UNSET
    """ Chain code. """
    contract_precision: int | None | str | Unset = UNSET
    """ Decimal places of on-chain amounts. """
    contract_address: None | str | Unset = UNSET
    """ Token contract address (empty/null for native coins). """
    require_memo: int | str | Unset = UNSET
    """ Memo/tag requirement: `0` not needed, `1` optional, `2` required. """
    deposit_confirm: int | None | str | Unset = UNSET
    """ Confirmations before a deposit is credited. """
    address_regular: None | str | Unset = UNSET
    """ Regular expression valid addresses match. """
    is_open: int | str | Unset = UNSET
    """ Network enabled (`1`) or not (`0`). """
    deposit_open: int | str | Unset = UNSET
    """ Deposits open (`1`) or closed (`0`). """
    is_show: int | str | Unset = UNSET
    """ Shown (`1`) or hidden (`0`). """
    withdraw_open: int | str | Unset = UNSET
    """ Withdrawals open (`1`) or closed (`0`). """
    withdraw_min: Decimal | None | Unset = UNSET
    """ Minimum withdrawal amount on this network. """
    withdraw_max: Decimal | None | Unset = UNSET
    """ Maximum withdrawal amount on this network. """
    deposit_min: Decimal | None | Unset = UNSET
    """ Minimum deposit amount on this network. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        chain: None | str | Unset
        if isinstance(self.chain, Unset):
            chain = UNSET
        else:
            chain = self.chain

        contract_precision: int | None | str | Unset
        if isinstance(self.contract_precision, Unset):
            contract_precision = UNSET
        else:
            contract_precision = self.contract_precision

        contract_address: None | str | Unset
        if isinstance(self.contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = self.contract_address

        require_memo: int | str | Unset
        if isinstance(self.require_memo, Unset):
            require_memo = UNSET
        else:
            require_memo = self.require_memo

        deposit_confirm: int | None | str | Unset
        if isinstance(self.deposit_confirm, Unset):
            deposit_confirm = UNSET
        else:
            deposit_confirm = self.deposit_confirm

        address_regular: None | str | Unset
        if isinstance(self.address_regular, Unset):
            address_regular = UNSET
        else:
            address_regular = self.address_regular

        is_open: int | str | Unset
        if isinstance(self.is_open, Unset):
            is_open = UNSET
        else:
            is_open = self.is_open

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

        deposit_min: Decimal | None | Unset
        if isinstance(self.deposit_min, Unset):
            deposit_min = UNSET
        elif isinstance(self.deposit_min, Decimal):
            deposit_min = exact_number(self.deposit_min, "depositMin")
        else:
            deposit_min = self.deposit_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network": network,
            }
        )
        if chain is not UNSET:
            field_dict["chain"] = chain
        if contract_precision is not UNSET:
            field_dict["contractPrecision"] = contract_precision
        if contract_address is not UNSET:
            field_dict["contractAddress"] = contract_address
        if require_memo is not UNSET:
            field_dict["requireMemo"] = require_memo
        if deposit_confirm is not UNSET:
            field_dict["depositConfirm"] = deposit_confirm
        if address_regular is not UNSET:
            field_dict["addressRegular"] = address_regular
        if is_open is not UNSET:
            field_dict["isOpen"] = is_open
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
        if deposit_min is not UNSET:
            field_dict["depositMin"] = deposit_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network = d.pop("network")

        def _parse_chain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chain = _parse_chain(d.pop("chain", UNSET))

        def _parse_contract_precision(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        contract_precision = _parse_contract_precision(d.pop("contractPrecision", UNSET))

        def _parse_contract_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_address = _parse_contract_address(d.pop("contractAddress", UNSET))

        def _parse_require_memo(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        require_memo = _parse_require_memo(d.pop("requireMemo", UNSET))

        def _parse_deposit_confirm(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        deposit_confirm = _parse_deposit_confirm(d.pop("depositConfirm", UNSET))

        def _parse_address_regular(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_regular = _parse_address_regular(d.pop("addressRegular", UNSET))

        def _parse_is_open(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_open = _parse_is_open(d.pop("isOpen", UNSET))

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

        def _parse_deposit_min(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                deposit_min_type_0 = decimal_number(data)

                return deposit_min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        deposit_min = _parse_deposit_min(d.pop("depositMin", UNSET))

        _coin_network = cls(
            network=network,
            chain=chain,
            contract_precision=contract_precision,
            contract_address=contract_address,
            require_memo=require_memo,
            deposit_confirm=deposit_confirm,
            address_regular=address_regular,
            is_open=is_open,
            deposit_open=deposit_open,
            is_show=is_show,
            withdraw_open=withdraw_open,
            withdraw_min=withdraw_min,
            withdraw_max=withdraw_max,
            deposit_min=deposit_min,
        )

        _coin_network.additional_properties = d
        return _coin_network

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
