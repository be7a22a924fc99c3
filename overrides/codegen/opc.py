"""openapi-python-client, run in-process with Decimal money.

The generator maps every `type: number` to float and has no decimal type. This module adds two
property kinds before generating (the generator version is pinned, see requirements/tools.txt):

- `type: string, format: decimal`  -> `Decimal` in Python, a decimal string on the wire;
- `type: number`                   -> `Decimal` in Python, an exact JSON number on the wire.

It also exposes the provider's facade settings to the templates as the `coinrails` global.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from attr import define, evolve
from openapi_python_client import Project
from openapi_python_client import generate as _generate
from openapi_python_client import schema as oai
from openapi_python_client.config import Config
from openapi_python_client.parser import properties as _props
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.strings import PythonCode


def _decimal_value(value: Any) -> Value | PropertyError | None:
    if value is None or isinstance(value, Value):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return PropertyError(f"Cannot convert {value!r} to a Decimal")
    return Value(python_code=PythonCode(f"Decimal({str(value)!r})"), raw_value=value)


@define
class DecimalStringProperty(UuidProperty):
    """A decimal string on the wire, `Decimal` in Python."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    template: ClassVar[str] = "decimal_string_property.py.jinja"

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        return _decimal_value(value)

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix) - {"from uuid import UUID"}
        return imports | {
            "from decimal import Decimal",
            f"from {prefix}_runtime.jsonutil import decimal_string, decimal_text",
        }


@define
class DecimalNumberProperty(FloatProperty):
    """An exact JSON number on the wire, `Decimal` in Python."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "Decimal"
    template: ClassVar[str] = "decimal_number_property.py.jinja"

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        return _decimal_value(value)

    def get_imports(self, *, prefix: str) -> set[str]:
        return super().get_imports(prefix=prefix) | {
            "from decimal import Decimal",
            f"from {prefix}_runtime.jsonutil import decimal_number, decimal_text, exact_number",
        }


_original_string_property = _props._string_based_property


def _string_based_property(name: Any, required: bool, data: Any, config: Any) -> Any:
    if data.schema_format == "decimal":
        return DecimalStringProperty.build(
            name=name,
            required=required,
            default=data.default,
            python_name=_props.strings.PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )
    return _original_string_property(name, required, data, config)


_original_property_from_data = _props.property_from_data


def _property_from_data(*args: Any, **kwargs: Any) -> Any:
    """An integer enum with `x-enum-varnames` becomes a named IntEnum (e.g. `OrderSide.BUY`), wire-exact;
    other enums stay Literal types (`literal_enums`). A `$ref` to a named enum keeps the description written
    beside it (what the field means there, e.g. which subset a request accepts) for the attribute docstring."""
    data = kwargs.get("data")
    extra = getattr(data, "model_extra", None) or {}
    if isinstance(data, oai.Schema) and data.enum and extra.get("x-enum-varnames") and data.type == "integer":
        return EnumProperty.build(
            data=data,
            name=kwargs["name"],
            required=kwargs["required"],
            schemas=kwargs["schemas"],
            parent_name=kwargs["parent_name"],
            config=kwargs["config"],
        )
    prop, schemas = _original_property_from_data(*args, **kwargs)
    if isinstance(prop, UnionProperty) and len(prop.inner_properties) == 1:
        # `type: [string, number], format: decimal`: both kinds are Decimal, the generator keeps one of them, and a
        # one-member union wrote no value at all for anything else (a float passed the type check): use the member
        inner = prop.inner_properties[0]
        prop = evolve(
            inner,
            name=prop.name,
            required=prop.required,
            default=prop.default,
            python_name=prop.python_name,
            description=prop.description,
            example=prop.example,
        )
    if isinstance(prop, EnumProperty):  # `$ref: X` or `allOf: [$ref: X]` (a subset) with its own description
        own = data.description if isinstance(data, oai.Schema) else None
        if isinstance(data, oai.Reference) and isinstance(extra.get("description"), str):
            own = oai.UntrustedString(extra["description"])
        if own is not None:
            prop = evolve(prop, description=own)
    return prop, schemas


def generate(config: Config, templates: Path, settings: dict[str, Any]) -> list[str]:
    """Generate one client; returns the generator's error and warning texts."""
    _props._string_based_property = _string_based_property  # type: ignore[assignment]
    _props.FloatProperty = DecimalNumberProperty  # type: ignore[misc]
    _props.property_from_data = _property_from_data
    original_init = Project.__init__

    def init(self: Project, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.env.globals["coinrails"] = settings

    Project.__init__ = init  # type: ignore[method-assign]
    try:
        errors = _generate(config=config, custom_template_path=templates)
    finally:
        Project.__init__ = original_init  # type: ignore[method-assign]
        _props._string_based_property = _original_string_property
        _props.FloatProperty = FloatProperty  # type: ignore[misc]
        _props.property_from_data = _original_property_from_data
    return [f"{e.level.value}: {e.header} {e.detail or ''}".strip() for e in errors]
