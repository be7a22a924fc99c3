from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawalV1Request")


@_attrs_define
class CreateWithdrawalV1Request:
    """Withdrawal (v1, archived)."""

    wallet_id: str
    """ Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw - `G20017`). Decimal
    string (send ids as strings: they exceed 2^53). """
    coin_symbol: str
    """ Coin symbol, e.g. `USDT`. """
    network: str
    """ Network symbol, e.g. `ETH`. """
    amount: Decimal
    """ Amount to withdraw. v1 semantics (fee handling differs from v2). """
    request_id: str
    """ Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is
    rejected with `G20015`; a malformed one with `G20014`. """
    withdrawal_address: str | Unset = UNSET
    """ Destination address (must be whitelisted). Exactly one of `withdrawalAddress` / `toWalletIdStr`. """
    to_wallet_id_str: str | Unset = UNSET
    """ Destination Ceffu wallet (whitelist check bypassed). Exactly one of `withdrawalAddress` / `toWalletIdStr`.
    Decimal string (send ids as strings: they exceed 2^53). """
    memo: None | str | Unset = UNSET
    """ Memo/tag, when the network needs one. `null` is accepted as not sent (x-inferred: the docs' records show
    `memo` as null when there is none). """
    customize_fee_amount: Decimal | Unset = UNSET
    """ Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP, TRON networks). """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        coin_symbol = self.coin_symbol

        network = self.network

        amount = decimal_text(self.amount, "amount")

        request_id = self.request_id

        withdrawal_address = self.withdrawal_address

        to_wallet_id_str = self.to_wallet_id_str

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        customize_fee_amount: str | Unset = UNSET
        if not isinstance(self.customize_fee_amount, Unset):
            customize_fee_amount = decimal_text(self.customize_fee_amount, "customizeFeeAmount")

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "walletId": wallet_id,
                "coinSymbol": coin_symbol,
                "network": network,
                "amount": amount,
                "requestId": request_id,
            }
        )
        if withdrawal_address is not UNSET:
            field_dict["withdrawalAddress"] = withdrawal_address
        if to_wallet_id_str is not UNSET:
            field_dict["toWalletIdStr"] = to_wallet_id_str
        if memo is not UNSET:
            field_dict["memo"] = memo
        if customize_fee_amount is not UNSET:
            field_dict["customizeFeeAmount"] = customize_fee_amount
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        coin_symbol = d.pop("coinSymbol")

        network = d.pop("network")

        amount = decimal_string(d.pop("amount"))

        request_id = d.pop("requestId")

        withdrawal_address = d.pop("withdrawalAddress", UNSET)

        to_wallet_id_str = d.pop("toWalletIdStr", UNSET)

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        _customize_fee_amount = d.pop("customizeFeeAmount", UNSET)
        customize_fee_amount: Decimal | Unset
        if isinstance(_customize_fee_amount, Unset):
            customize_fee_amount = UNSET
        else:
            customize_fee_amount = decimal_string(_customize_fee_amount)

        timestamp = d.pop("timestamp", UNSET)

        _create_withdrawal_v1_request = cls(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            request_id=request_id,
            withdrawal_address=withdrawal_address,
            to_wallet_id_str=to_wallet_id_str,
            memo=memo,
            customize_fee_amount=customize_fee_amount,
            timestamp=timestamp,
        )

        return _create_withdrawal_v1_request
