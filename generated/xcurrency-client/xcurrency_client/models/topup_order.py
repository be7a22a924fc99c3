from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topup_order_status import TopupOrderStatus, check_topup_order_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_snapshot import QuoteSnapshot
    from ..models.topup_order_payment_instructions import TopupOrderPaymentInstructions


T = TypeVar("T", bound="TopupOrder")


@_attrs_define
class TopupOrder:
    """A top-up order."""

    order_id: str
    """ Order id (32 hex digits in the examples). """
    status: TopupOrderStatus
    """ `TRANSFERRING` waiting for / processing the fiat transfer; `COMPLETED` fiat received and the wallet credited
    (final); `FAILED` the top-up failed (final). """
    created: str
    """ Creation time `yyyy-MM-dd HH:mm:ss`, no zone (x-inferred UTC+8). """
    quote_snapshot: QuoteSnapshot
    """ The quote the order was made at. Amounts are **JSON numbers** (read them as Decimal, never float). """
    payment_instructions: TopupOrderPaymentInstructions | Unset = UNSET
    """ Bank/gateway payment instructions for the fiat transfer (promised by the create description, shape not
    published; x-inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status: str = self.status

        created = self.created

        quote_snapshot = self.quote_snapshot.to_dict()

        payment_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_instructions, Unset):
            payment_instructions = self.payment_instructions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
                "created": created,
                "quoteSnapshot": quote_snapshot,
            }
        )
        if payment_instructions is not UNSET:
            field_dict["paymentInstructions"] = payment_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_snapshot import QuoteSnapshot  # noqa: PLC0415
        from ..models.topup_order_payment_instructions import TopupOrderPaymentInstructions  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("orderId")

        status = check_topup_order_status(d.pop("status"))

        created = d.pop("created")

        quote_snapshot = QuoteSnapshot.from_dict(d.pop("quoteSnapshot"))

        _payment_instructions = d.pop("paymentInstructions", UNSET)
        payment_instructions: TopupOrderPaymentInstructions | Unset
        if isinstance(_payment_instructions, Unset):
            payment_instructions = UNSET
        else:
            payment_instructions = TopupOrderPaymentInstructions.from_dict(_payment_instructions)

        _topup_order = cls(
            order_id=order_id,
            status=status,
            created=created,
            quote_snapshot=quote_snapshot,
            payment_instructions=payment_instructions,
        )

        _topup_order.additional_properties = d
        return _topup_order

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
