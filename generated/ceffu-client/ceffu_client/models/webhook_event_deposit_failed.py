from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_transaction_data import WebhookTransactionData


T = TypeVar("T", bound="WebhookEventDepositFailed")


@_attrs_define
class WebhookEventDepositFailed:
    """Webhook notification, event `"2"` = Deposit failed. Signature (x-inferred, from community clients; the official
    section is not published): `sign` is the standard-base64 **SHA256withRSA** (RSASSA-PKCS1-v1_5 over SHA-256)
    signature made with Ceffu's webhook key over the compact JSON serialisation of the payload with `sign` and `encoded`
    removed and object keys sorted recursively. Verify it with the RSA public key Ceffu provides (X.509/PKIX, base64).

    """

    event: Literal["2"]
    """ Event type: `"2"` Deposit failed. """
    entity_id: str
    """ Ceffu entity (institution) id. """
    webhook_id: str
    """ Webhook id (use it with the resend endpoint). """
    timestamp: int
    """ Notification time (ms since epoch). """
    sign: str
    """ Base64 SHA256withRSA signature of the payload (see description). """
    data: WebhookTransactionData
    """ Transaction carried by a deposit/withdrawal notification. """
    encoded: str | Unset = UNSET
    """ Base64 blob: the payload encrypted (RSA PKCS#1 v1.5) with your public key; optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        entity_id = self.entity_id

        webhook_id = self.webhook_id

        timestamp = self.timestamp

        sign = self.sign

        data = self.data.to_dict()

        encoded = self.encoded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "entityId": entity_id,
                "webhookId": webhook_id,
                "timestamp": timestamp,
                "sign": sign,
                "data": data,
            }
        )
        if encoded is not UNSET:
            field_dict["encoded"] = encoded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_transaction_data import WebhookTransactionData  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["2"], d.pop("event"))
        if event != "2":
            raise ValueError(f"event must match const '2', got '{event}'")

        entity_id = d.pop("entityId")

        webhook_id = d.pop("webhookId")

        timestamp = d.pop("timestamp")

        sign = d.pop("sign")

        data = WebhookTransactionData.from_dict(d.pop("data"))

        encoded = d.pop("encoded", UNSET)

        _webhook_event_deposit_failed = cls(
            event=event,
            entity_id=entity_id,
            webhook_id=webhook_id,
            timestamp=timestamp,
            sign=sign,
            data=data,
            encoded=encoded,
        )

        _webhook_event_deposit_failed.additional_properties = d
        return _webhook_event_deposit_failed

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
