from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Error envelope. Returned with HTTP 200 for business errors and with HTTP 4xx/5xx for transport-level failures.
    `data` is null (x-inferred: the docs only say "response data, maybe null"). Codes `G20001`-`G20018` are from the
    official Error Codes page (updated 21-Oct-2024); `G20019`-`G20030` from a community client that cites the same page.

    | code | message | meaning |
    |---|---|---|
    | `000000` | Success | OK (success envelope, not an error). |
    | `G20001` | Internal system error | Contact Ceffu support with the `x-request-id`. |
    | `G20002` | Bad request | Client error. |
    | `G20003` | Exceeded pagination size | Pagination size exceeded. |
    | `G20004` | Exceeded pagination limit | Pagination limit exceeded. |
    | `G20005` | Invalid parameter value | Missing or invalid parameter. |
    | `G20006` | Timestamp is empty | `timestamp` missing from query/body. |
    | `G20007` | Request timestamp expired | `timestamp` too far from server time. |
    | `G20008` | Missing API Key or Signature | `open-apikey` or `signature` header missing. |
    | `G20009` | Invalid Sign | Signature does not verify. |
    | `G20010` | Invalid API Key | API key not found or not active. |
    | `G20011` | Invalid IP address | Caller IP not in the API key's IP whitelist. |
    | `G20012` | Rate limit exceeded | Slow down and retry. |
    | `G20013` | No wallet permission | Wallet is not under your institution. |
    | `G20014` | Invalid request ID format | `requestId` malformed. |
    | `G20015` | Duplicated request | Duplicate `requestId`, or identical signature within a short period. |
    | `G20016` | No permission access this endpoint | API key lacks the permission group (`x-permission`). |
    | `G20017` | Sub wallet does not support withdraw action | Withdraw from the parent wallet instead. |
    | `G20018` | Required Sub wallet ID | A sub-wallet id is required. |
    | `G20019` | Prime wallet ID is required | A Prime wallet id is required. |
    | `G20020` | Wallet with the given ID not found | Unknown wallet id. |
    | `G20021` | Invalid wallet relationship | Wallets are not parent/child as required. |
    | `G20022` | Invalid amount | Amount is invalid. |
    | `G20023` | Invalid request format | Body/query malformed. |
    | `G20024` | Wallet type not supported | Endpoint not available for this wallet type. |
    | `G20025` | Address is not activated. Please contact the account manager | Deposit address not yet activated. |
    | `G20026` | Time range too large to search | `startTime`/`endTime` window too large. |
    | `G20027` | Prime or sub wallet ID is required | A Prime or sub-wallet id is required. |
    | `G20028` | API Key is expired | Create a new API key. |
    | `G20029` | Invalid Mirror linkage relationship | Mirror/MirrorX link does not match the wallet. |
    | `G20030` | Sub wallet ID is not supported for this endpoint | Use a parent wallet id. |

    """

    code: str
    """ Error code `G2xxxx` (see table). """
    message: str
    """ Human-readable error message. """
    data: None
    """ Always null on errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        data = d.pop("data")

        _error_envelope = cls(
            code=code,
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
