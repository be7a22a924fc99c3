from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Error envelope: HTTP 200 for business errors (and HTTP 400/429 for malformed or throttled requests; x-inferred).
    `code` is a non-zero decimal string, `success` is `false`, `data` is `null` (x-inferred: no error example with
    data is published). Codes (from ccxt's Bitunix map; the official error page is not published):

    | code | meaning |
    |---|---|
    | `0` | success (success envelope, not an error) |
    | `2` | parameter error |
    | `500` | system error |
    | `100004` | app-key (API key) not found |
    | `100005` | parameter signature error |
    | `100008` | request expired |
    | `10016` | user does not exist |
    | `70003` | missing parameters |
    | `10058` | volume precision error |
    | `110041` | interface access too fast (rate limit: 10 requests/second per client on User endpoints) |
    | `110007` | withdrawal amount below the current fee |
    | `110008` | only withdrawals to whitelisted (quick-withdrawal) addresses are allowed |

    """

    code: str
    """ Error code, a non-zero decimal string (the tables type `code` as number; examples send strings). """
    msg: str
    """ Human-readable error message. """
    success: bool
    """ Always `false` on errors. """
    data: None | Unset = UNSET
    """ Always null on errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        success = self.success

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "success": success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        success = d.pop("success")

        data = d.pop("data", UNSET)

        _error_envelope = cls(
            code=code,
            msg=msg,
            success=success,
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
