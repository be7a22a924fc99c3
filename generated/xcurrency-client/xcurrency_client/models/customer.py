from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer."""

    customer_id: str
    """ Customer id (`cus_...`). """
    external_ref: str
    """ The platform's own id for the customer. """
    name: str
    """ Customer's full name. """
    email: str
    """ Customer's email. """
    created_at: datetime.datetime
    """ Creation time, ISO-8601 UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        external_ref = self.external_ref

        name = self.name

        email = self.email

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "externalRef": external_ref,
                "name": name,
                "email": email,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        external_ref = d.pop("externalRef")

        name = d.pop("name")

        email = d.pop("email")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _customer = cls(
            customer_id=customer_id,
            external_ref=external_ref,
            name=name,
            email=email,
            created_at=created_at,
        )

        _customer.additional_properties = d
        return _customer

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
