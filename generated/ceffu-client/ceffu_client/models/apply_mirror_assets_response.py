from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mirror_apply_result import MirrorApplyResult


T = TypeVar("T", bound="ApplyMirrorAssetsResponse")


@_attrs_define
class ApplyMirrorAssetsResponse:
    """Success envelope of `applyMirrorAssets`."""

    code: Literal["000000"]
    """ Result code; `"000000"` (a string) means success. """
    message: str
    """ Result message, normally `Success`. """
    data: MirrorApplyResult
    """ `MirrorApplyVo`: accepted Mirror apply/settle request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data.to_dict()

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
        from ..models.mirror_apply_result import MirrorApplyResult  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["000000"], d.pop("code"))
        if code != "000000":
            raise ValueError(f"code must match const '000000', got '{code}'")

        message = d.pop("message")

        data = MirrorApplyResult.from_dict(d.pop("data"))

        _apply_mirror_assets_response = cls(
            code=code,
            message=message,
            data=data,
        )

        _apply_mirror_assets_response.additional_properties = d
        return _apply_mirror_assets_response

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
