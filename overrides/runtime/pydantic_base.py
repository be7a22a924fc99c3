"""The bases of every generated pydantic model (`pydantic_models.py`): money stays exact.

- A float given in Python is refused (pydantic would turn it into a Decimal or an int; the models have no float
  fields): in a field, in a list, or as a value of a dict field, one level deep (nested models check themselves).
- `model_validate_json` decodes with the client's decoder, whose numbers are Decimal (pydantic's own parser reads
  0.1000000000000000055 as 0.1), then validates the result; malformed JSON is a ValidationError (`json_invalid`)
  as in pydantic. `strict=True` is refused there: the float check is a Python-mode validator, and with one
  pydantic validates JSON as Python, so a strict pass would refuse the strings JSON carries for decimals and dates.
"""

from __future__ import annotations

from typing import Any, Generic, Self, TypeVar

from pydantic import BaseModel, RootModel, ValidationError, ValidationInfo, model_validator

from .jsonutil import loads

Root = TypeVar("Root")


def _float_in(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, list | tuple):
        return any(isinstance(item, float) for item in value)
    if isinstance(value, dict):
        return any(isinstance(item, float) for item in value.values())
    return False


def _decoded(model: type[BaseModel], json_data: str | bytes | bytearray, strict: Any) -> Any:
    if strict:
        raise TypeError(f"{model.__name__}.model_validate_json: strict=True is not supported (see pydantic_base)")
    try:
        return loads(bytes(json_data) if isinstance(json_data, bytearray) else json_data)
    except (ValueError, RecursionError) as exc:
        error = {"type": "json_invalid", "loc": (), "input": json_data, "ctx": {"error": str(exc)}}
        raise ValidationError.from_exception_data(model.__name__, [error]) from None  # type: ignore[list-item]


class ExactModel(BaseModel):
    """The base of the generated object models (see the module's docstring)."""

    @model_validator(mode="before")
    @classmethod
    def _refuse_floats(cls, data: Any, info: ValidationInfo) -> Any:
        if info.mode == "python" and isinstance(data, dict):
            for name, value in data.items():
                if _float_in(value):
                    raise ValueError(f"{name}: floats are refused (money is a Decimal)")
        return data

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """`model_validate` of the JSON decoded exactly (see the module's docstring)."""
        return cls.model_validate(_decoded(cls, json_data, kwargs.pop("strict", None)), **kwargs)


class ExactRootModel(RootModel[Root], Generic[Root]):
    """The base of the generated root models (a value, a list, a map or a union of models), as ExactModel."""

    @model_validator(mode="before")
    @classmethod
    def _refuse_floats(cls, data: Any, info: ValidationInfo) -> Any:
        if info.mode == "python" and _float_in(data):
            raise ValueError("floats are refused (money is a Decimal)")
        return data

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """`model_validate` of the JSON decoded exactly (see the module's docstring)."""
        return cls.model_validate(_decoded(cls, json_data, kwargs.pop("strict", None)), **kwargs)
