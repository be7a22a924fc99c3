from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.payer import Payer


T = TypeVar("T", bound="CreateTopupOrderRequest")


@_attrs_define
class CreateTopupOrderRequest:
    """Top-up of a wallet at a quoted rate."""

    quote_id: str
    """ The quote's `queryNo`. """
    wallet_id: str
    """ Wallet to credit (`wal_...`); its asset must be the quote's `targetCurrency`. """
    payer: Payer
    """ Who sends the fiat transfer (used to match the incoming payment). """

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        wallet_id = self.wallet_id

        payer = self.payer.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quoteId": quote_id,
                "walletId": wallet_id,
                "payer": payer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payer import Payer  # noqa: PLC0415

        d = dict(src_dict)
        quote_id = d.pop("quoteId")

        wallet_id = d.pop("walletId")

        payer = Payer.from_dict(d.pop("payer"))

        _create_topup_order_request = cls(
            quote_id=quote_id,
            wallet_id=wallet_id,
            payer=payer,
        )

        return _create_topup_order_request
