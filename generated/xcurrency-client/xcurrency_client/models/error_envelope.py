from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Error envelope: `status` `"-1"` and the reason in `message` (HTTP 400; token problems HTTP 401, x-inferred). There
    are **no error codes**: the message is the only discriminator. Known messages (`x-error-messages`):

    | message | HTTP | source |
    |---|---|---|
    | `email already exists` | 400 | top-up page (createCustomer) |
    | `unsupported asset/network` | 400 | top-up page (createWallet) |
    | `quote expired` | 400 | top-up page (createTopupOrder) |
    | `externalRef already exists` | 400 | x-inferred (createCustomer) |
    | `customer not found` / `wallet not found` / `quote not found` / `order not found` | 400 | x-inferred |
    | `amount below minimum top-up` | 400 | x-inferred (createTopupOrder, `minTopupFiat`) |
    | `unsupported currency` | 400 | x-inferred (createQuote) |
    | `invalid cursor` | 400 | x-inferred (listCustomerWallets, listWalletTransactions: a cursor not handed out for that
    list) |
    | `invalid parameter` | 400 | x-inferred (malformed or missing field) |
    | `invalid appKey or secretKey` | 400 | x-inferred (getToken) |
    | `token expired` / `token invalid` | 401 | x-inferred |
    | `Failed to verify the signature` | 400 | x-inferred (wording of the signature check's `10001`) |

    """

    status: Literal["-1"]
    """ `"-1"`: error. """
    message: str
    """ The error reason (the only discriminator; see the table). """
    data: None | Unset = UNSET
    """ Absent on errors (null tolerated). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["-1"], d.pop("status"))
        if status != "-1":
            raise ValueError(f"status must match const '-1', got '{status}'")

        message = d.pop("message")

        data = d.pop("data", UNSET)

        _error_envelope = cls(
            status=status,
            message=message,
            data=data,
        )

        _error_envelope.additional_properties = d
        return _error_envelope

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
