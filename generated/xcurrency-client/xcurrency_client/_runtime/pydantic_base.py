"""The base of every generated pydantic model (`pydantic_models.py`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationInfo, model_validator


class ExactModel(BaseModel):
    """A float given in Python is refused for every field: pydantic would turn it into a Decimal (or an int), and
    the models have no float fields (money is a Decimal). JSON input (`model_validate_json`) is not affected."""

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
