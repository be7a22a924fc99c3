"""Credentials marked `x-secret: true` in the spec never show in a model's repr (attrs and pydantic)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .pydantic_base import ExactModel

MASK = "'***'"


def secret_repr(value: object) -> str:
    """The repr of a secret field: '***' when set, else the repr of the placeholder (None, UNSET)."""
    return MASK if isinstance(value, str) and value else repr(value)


class MaskedModel(ExactModel):
    """Base of the pydantic models holding a secret: its `x-secret` fields repr as '***'."""

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        fields = type(self).model_fields
        for name, value in super().__repr_args__():
            extra = fields[name].json_schema_extra if name in fields else None
            secret = isinstance(extra, dict) and extra.get("x-secret") is True
            yield name, (_Masked() if secret and isinstance(value, str) and value else value)


class _Masked:
    def __repr__(self) -> str:
        return MASK
