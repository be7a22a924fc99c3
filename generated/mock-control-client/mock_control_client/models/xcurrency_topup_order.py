from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.xcurrency_topup_order_status import XcurrencyTopupOrderStatus, check_xcurrency_topup_order_status

if TYPE_CHECKING:
    from ..models.xcurrency_topup_order_quote_snapshot import XcurrencyTopupOrderQuoteSnapshot


T = TypeVar("T", bound="XcurrencyTopupOrder")


@_attrs_define
class XcurrencyTopupOrder:
    """An xCurrency top-up order (`TopupOrder` of specs/xcurrency.yaml) with its `walletId` and `quoteId`; quoteSnapshot
    amounts are JSON numbers.

    """

    order_id: str
    """ Order id. """
    status: XcurrencyTopupOrderStatus
    """ Order status. """
    created: str
    """ Creation time `yyyy-MM-dd HH:mm:ss`. """
    quote_snapshot: XcurrencyTopupOrderQuoteSnapshot
    """ The quote the order was made at. """
    wallet_id: str
    """ The wallet topped up. """
    quote_id: str
    """ The quote used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status: str = self.status

        created = self.created

        quote_snapshot = self.quote_snapshot.to_dict()

        wallet_id = self.wallet_id

        quote_id = self.quote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
                "created": created,
                "quoteSnapshot": quote_snapshot,
                "walletId": wallet_id,
                "quoteId": quote_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.xcurrency_topup_order_quote_snapshot import XcurrencyTopupOrderQuoteSnapshot  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("orderId")

        status = check_xcurrency_topup_order_status(d.pop("status"))

        created = d.pop("created")

        quote_snapshot = XcurrencyTopupOrderQuoteSnapshot.from_dict(d.pop("quoteSnapshot"))

        wallet_id = d.pop("walletId")

        quote_id = d.pop("quoteId")

        _xcurrency_topup_order = cls(
            order_id=order_id,
            status=status,
            created=created,
            quote_snapshot=quote_snapshot,
            wallet_id=wallet_id,
            quote_id=quote_id,
        )

        _xcurrency_topup_order.additional_properties = d
        return _xcurrency_topup_order

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
