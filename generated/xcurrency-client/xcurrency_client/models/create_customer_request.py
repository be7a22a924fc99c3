from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_customer_request_metadata import CreateCustomerRequestMetadata


T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define
class CreateCustomerRequest:
    """A customer of the platform."""

    external_ref: str
    """ The platform's own id for the customer; unique (x-inferred). """
    name: str
    """ Customer's full name. """
    email: str
    """ Customer's email; unique (`email already exists`). """
    metadata: CreateCustomerRequestMetadata | Unset = UNSET
    """ Free key/value data kept with the customer (e.g. `{"tier": "gold"}`); string values (x-inferred). """

    def to_dict(self) -> dict[str, Any]:
        external_ref = self.external_ref

        name = self.name

        email = self.email

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "externalRef": external_ref,
                "name": name,
                "email": email,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_customer_request_metadata import CreateCustomerRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        external_ref = d.pop("externalRef")

        name = d.pop("name")

        email = d.pop("email")

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateCustomerRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateCustomerRequestMetadata.from_dict(_metadata)

        _create_customer_request = cls(
            external_ref=external_ref,
            name=name,
            email=email,
            metadata=metadata,
        )

        return _create_customer_request
