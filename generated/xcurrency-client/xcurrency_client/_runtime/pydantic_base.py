"""The base of every generated pydantic model (`pydantic_models.py`)."""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ValidationError, ValidationInfo, model_validator

from .jsonutil import loads


class ExactModel(BaseModel):
    """Money stays exact: a float given in Python is refused for every field (pydantic would turn it into a Decimal
    or an int; the models have no float fields), and JSON is read with the client's decoder, whose numbers are
    Decimal (pydantic's own JSON parser reads 0.1000000000000000055 as 0.1)."""

    @model_validator(mode="before")
    @classmethod
    def _refuse_floats(cls, data: Any, info: ValidationInfo) -> Any:
        if info.mode == "python" and isinstance(data, dict):
            for name, value in data.items():
                if isinstance(value, float) or (
                    isinstance(value, list | tuple) and any(isinstance(item, float) for item in value)
                ):
                    raise ValueError(f"{name}: floats are refused (money is a Decimal)")
        return data

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """`model_validate` of the decoded JSON (numbers as Decimal); malformed JSON is a ValidationError
        (`json_invalid`), as in pydantic."""
        try:
            data = loads(bytes(json_data) if isinstance(json_data, bytearray) else json_data)
        except ValueError as exc:
            error = {"type": "json_invalid", "loc": (), "input": json_data, "ctx": {"error": str(exc)}}
            raise ValidationError.from_exception_data(cls.__name__, [error]) from None  # type: ignore[list-item]
        return cls.model_validate(data, **kwargs)
