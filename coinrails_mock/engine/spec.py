"""Compile an OpenAPI 3.1 document once: routes, parameter/body validators and response validators.

Every schema is compiled with jsonschema_rs (Draft 2020-12) as `{"$ref": "urn:spec#<pointer>"}` against a
registry holding the whole document, so `$ref`s resolve exactly as in the spec. Nothing is compiled per request.
Of the formats, only `decimal` (money as a decimal string) is checked here; the standard ones (date-time, email,
uri, uuid) are annotations the providers' rules check, each with the provider's own error.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import jsonschema_rs
import yaml

from coinrails_mock.engine.numbers import plain

SPEC_URI = "urn:spec"
METHODS = ("get", "put", "post", "delete", "patch")
BODY_MEDIA = ("application/json", "application/x-www-form-urlencoded")  # request bodies the engine parses
_INT = re.compile(r"-?[0-9]+")
# a number in a query string: ASCII, as JSON writes one (Decimal() alone also reads "+1", " 1", "1.", "1_0", "NaN"
# and other scripts' digits)
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
# `format: decimal` on a string: plain digits, an optional sign and fraction, no exponent (every spec's decimal
# `pattern` is narrower; a JSON number under `type: [number, string]` is not a string and is not checked)
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_ANNOTATIONS = (
    "date date-time time duration email idn-email hostname idn-hostname ipv4 ipv6 uri uri-reference iri iri-reference"
    " uri-template uuid json-pointer relative-json-pointer regex"
).split()
FORMATS: dict[str, Callable[[str], bool]] = {
    "decimal": lambda text: _DECIMAL.fullmatch(text) is not None,
    **{name: lambda text: True for name in _ANNOTATIONS},
}


def compile_schema(schema: dict[str, Any], registry: Any) -> Any:
    """A Draft 2020-12 validator for `schema` that checks `format: decimal` (FORMATS)."""
    return jsonschema_rs.Draft202012Validator(schema, registry=registry, formats=FORMATS, validate_formats=True)


def spec_dir() -> Path:
    """Where `<provider>.yaml` lives: $COINRAILS_SPECS; else the specs the wheel carries as package data
    (`coinrails_mock/specs/`, copied from specs/ at build time); else, in a checkout, the repository's specs/."""
    if os.environ.get("COINRAILS_SPECS"):
        return Path(os.environ["COINRAILS_SPECS"])
    packaged = resources.files("coinrails_mock") / "specs"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "specs"


@dataclass(frozen=True)
class Problem:
    """One reason a request is invalid; `field` is the top-level parameter/property ('' = the whole input)."""

    location: str  # "query" | "body"
    field: str
    keyword: str  # the failing JSON Schema keyword (or "duplicate", "json", "x-one-of-required", ...)
    message: str


class RequestInvalid(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Param:
    name: str
    required: bool
    types: frozenset[str]
    item_types: frozenset[str]
    # compiled from the types: `_coerce(raw, types)` (None: the raw text itself), array or not
    coerce: Callable[[str], Any] | None = field(init=False, repr=False, compare=False)
    coerce_item: Callable[[str], Any] | None = field(init=False, repr=False, compare=False)
    array: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "coerce", _coercer(self.types))
        object.__setattr__(self, "coerce_item", _coercer(self.item_types))
        object.__setattr__(self, "array", "array" in self.types)


def _types(schema: dict[str, Any]) -> frozenset[str]:
    kind = schema.get("type", "string")
    return frozenset(kind if isinstance(kind, list) else [kind])


def _pointer(*parts: str) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def _ref(pointer: str) -> str:
    """A URI reference to a JSON pointer inside the spec (the fragment percent-encoded, e.g. `{` in paths)."""
    return f"{SPEC_URI}#{quote(pointer, safe='/~')}"


def _coerce(raw: str, types: frozenset[str]) -> Any:
    """A query string value as the type its schema wants; unconvertible values stay strings (the validator says why)."""
    if "integer" in types and ((raw.isascii() and raw.isdigit()) or _INT.fullmatch(raw)):
        return int(raw)
    if "number" in types and _NUMBER.fullmatch(raw):
        try:
            return Decimal(raw)
        except ArithmeticError:  # an exponent beyond Decimal's range: not a number the schema can take
            return raw
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    return raw


def _integer(raw: str) -> Any:
    """`_coerce(raw, types)` for types holding "integer" but neither "number" nor "boolean"."""
    if (raw.isascii() and raw.isdigit()) or _INT.fullmatch(raw):
        return int(raw)
    return raw


CONVERTED = frozenset({"integer", "number", "boolean"})


def _coercer(types: frozenset[str]) -> Callable[[str], Any] | None:
    """A function of the raw text giving `_coerce(raw, types)`; None when that is always the raw text itself."""
    converted = types & CONVERTED
    if not converted:
        return None
    if converted == {"integer"}:
        return _integer
    return functools.partial(_coerce, types=types)


MAX_QUERY_FIELDS = 200


def query_pairs(raw: bytes) -> list[tuple[str, str]]:
    """`parse_qsl(raw.decode("ascii"), keep_blank_values=True, errors="strict", max_num_fields=200)`, with the same
    results and errors; a query without `%` or `+` (nothing to decode) is split directly, several times faster."""
    text = raw.decode("ascii")
    if "%" in text or "+" in text:
        return parse_qsl(text, keep_blank_values=True, errors="strict", max_num_fields=MAX_QUERY_FIELDS)
    if not text:
        return []
    if 1 + text.count("&") > MAX_QUERY_FIELDS:
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for item in text.split("&"):
        if item:
            name, _, value = item.partition("=")
            pairs.append((name, value))
    return pairs


# a value over 64 characters (a quoted string or a number) in a validator's message is shown by its start: a hostile
# 1 MiB value, quoted once per failing keyword, would otherwise make the error answer several times the request
_LONG_VALUE = re.compile(r'"(?:[^"\\]|\\.){64,}"|-?[0-9][0-9.eE+-]{63,}')


def _shortened(match: re.Match[str]) -> str:
    text = match.group()
    if text.startswith('"'):
        return f'{text[:41]}..." ({len(text) - 2} characters quoted)'
    return f"{text[:40]}... ({len(text)} characters)"


def problems_from(validator: Any, instance: Any, location: str) -> list[Problem]:
    if validator.is_valid(instance):  # the common case, without building an error iterator
        return []
    try:
        errors = list(validator.iter_errors(instance))
    except ValueError:  # a message would print an integer past Python's 4,300-digit limit
        return [Problem(location, "", "number", f"{location}: a number too long to read")]
    out = []
    for error in errors:
        kind = error.kind
        if error.instance_path:
            name = str(error.instance_path[0])
        elif kind.name == "required":
            name = kind.property
        elif kind.name == "additionalProperties":
            name = str(kind.unexpected[0])
        else:
            name = ""
        where = "/".join(map(str, error.instance_path)) or name or "(root)"
        message = _LONG_VALUE.sub(_shortened, error.message)
        out.append(Problem(location, name, kind.name, f"{location} {where}: {message}"))
    return out


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]
    params: dict[str, Param]
    query_validator: Any
    body_validator: Any | None
    body_required: bool
    responses: dict[str, Any]
    path_params: dict[str, Param] = field(default_factory=dict)
    path_validator: Any = None
    one_of_required: tuple[str, ...] = ()
    body_media: str = "application/json"  # the declared request content type (JSON or form-encoded)
    empty_responses: frozenset[str] = frozenset()  # declared statuses without a JSON body (e.g. 204)

    def __post_init__(self) -> None:
        # an empty query string is valid for most operations: known once, not validated per request
        self._empty_query_valid = not self.one_of_required and self.query_validator.is_valid({})

    def parse_path(self, raw: dict[str, str]) -> dict[str, Any]:
        """Path parameters, coerced and validated like query parameters."""
        values = {}
        for name, value in raw.items():
            coerce = self.path_params[name].coerce
            values[name] = value if coerce is None else coerce(value)
        problems = problems_from(self.path_validator, values, "path") if self.path_validator else []
        if problems:
            raise RequestInvalid(problems)
        return values

    def parse_query(self, raw: bytes) -> dict[str, Any]:
        """Decoded, type-coerced and validated query parameters (unknown ones are errors)."""
        if not raw and self._empty_query_valid:
            return {}
        try:
            pairs = query_pairs(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            raise RequestInvalid([Problem("query", "", "encoding", f"query string: {exc}")]) from exc
        values: dict[str, Any] = {}
        problems = []
        params = self.params
        for name, raw_value in pairs:
            param = params.get(name)
            if param is not None and param.array:
                coerce = param.coerce_item
                values.setdefault(name, []).append(raw_value if coerce is None else coerce(raw_value))
            elif name in values:
                problems.append(Problem("query", name, "duplicate", f"query {name}: given more than once"))
            elif param is None or param.coerce is None:
                values[name] = raw_value
            else:
                values[name] = param.coerce(raw_value)
        problems += problems_from(self.query_validator, values, "query")
        if self.one_of_required and not any(k in values for k in self.one_of_required):
            problems.append(self._one_of_problem("query", "at least one of"))
        if problems:
            raise RequestInvalid(problems)
        return values

    def validate_body(self, body: Any) -> None:
        problems = problems_from(self.body_validator, body, "body") if self.body_validator else []
        if self.one_of_required and isinstance(body, dict):
            if sum(k in body for k in self.one_of_required) != 1:
                problems.append(self._one_of_problem("body", "exactly one of"))
        if problems:
            raise RequestInvalid(problems)

    def _one_of_problem(self, location: str, how: str) -> Problem:
        names = ", ".join(self.one_of_required)
        return Problem(location, "", "x-one-of-required", f"{location}: send {how} {names}")

    def response_errors(self, status: int, body: Any) -> list[str]:
        """Why `body` is not a declared response for `status` ([] when it is)."""
        if str(status) in self.empty_responses:
            return [] if body is None else [f"HTTP {status} is declared without a body"]
        validator = self.responses.get(str(status)) or self.responses.get("default")
        if validator is None:
            return [f"HTTP {status} is not a declared response (declared: {', '.join(sorted(self.responses))})"]
        return [p.message for p in problems_from(validator, plain(body), "response")][:5]


@dataclass
class Spec:
    """A compiled OpenAPI document: operations by id and a router by path."""

    path: Path
    document: dict[str, Any]
    operations: dict[str, Operation] = field(default_factory=dict)
    static_routes: dict[str, dict[str, Operation]] = field(default_factory=dict)
    template_routes: list[tuple[re.Pattern[str], dict[str, Operation]]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Spec:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        spec = cls(path, document)
        spec._compile()
        return spec

    def match(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations (by upper-case method) at `path` and the path parameters, or None."""
        found = self.static_routes.get(path)
        if found is not None:
            return found, {}
        for pattern, ops in self.template_routes:
            m = pattern.fullmatch(path)
            if m:
                return ops, m.groupdict()
        return None

    # --- compilation -------------------------------------------------------------------------------
    def _compile(self) -> None:
        registry = jsonschema_rs.Registry([(SPEC_URI, self.document)])
        cache: dict[str, Any] = {}

        def validator(pointer: str) -> Any:
            if pointer not in cache:
                cache[pointer] = compile_schema({"$ref": _ref(pointer)}, registry)
            return cache[pointer]

        for path, item in self.document.get("paths", {}).items():
            ops: dict[str, Operation] = {}
            for method in METHODS:
                if method in item:
                    op = self._operation(path, method, item, validator, registry)
                    self.operations[op.operation_id] = op
                    ops[method.upper()] = op
            names = re.findall(r"{([^}/]+)}", path)
            if names:
                regex = re.escape(path)
                for name in names:
                    regex = regex.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^/]+)")
                self.template_routes.append((re.compile(regex), ops))
            else:
                self.static_routes[path] = ops

    def _resolve(self, node: Any) -> tuple[Any, str | None]:
        """(target, pointer) for a local `$ref` node; (node, None) otherwise."""
        pointer = None
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"][1:]
            node = self.document
            for part in pointer.lstrip("/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def _operation(self, path: str, method: str, item: dict[str, Any], validator: Any, registry: Any) -> Operation:
        definition = item[method]
        base = _pointer("paths", path, method)
        params: dict[str, Param] = {}
        properties: dict[str, Any] = {}
        path_params: dict[str, Param] = {}
        path_properties: dict[str, Any] = {}
        declared = [
            (_pointer("paths", path, "parameters", str(i)), p) for i, p in enumerate(item.get("parameters", []))
        ]
        declared += [(f"{base}/parameters/{i}", p) for i, p in enumerate(definition.get("parameters", []))]
        for pointer, node in declared:
            param, ref = self._resolve(node)
            pointer = ref or pointer
            if param["in"] not in ("query", "path"):
                continue
            schema = self._resolve(param.get("schema", {}))[0]  # e.g. `$ref` to a named integer enum
            items = self._resolve(schema.get("items", {}))[0]
            record = Param(param["name"], bool(param.get("required")), _types(schema), _types(items))
            in_query = param["in"] == "query"
            (params if in_query else path_params)[param["name"]] = record
            (properties if in_query else path_properties)[param["name"]] = {"$ref": _ref(f"{pointer}/schema")}
        query_schema = {
            "type": "object",
            "properties": properties,
            "required": sorted(n for n, p in params.items() if p.required),
            "additionalProperties": False,
        }
        path_validator = None
        if path_params:
            path_schema = {"type": "object", "properties": path_properties}
            path_validator = compile_schema(path_schema, registry)
        body_validator, body_required, body_media = None, False, "application/json"
        if "requestBody" in definition:
            body, ref = self._resolve(definition["requestBody"])
            content = body.get("content", {})
            body_media = next((m for m in BODY_MEDIA if m in content), body_media)
            if body_media in content:
                body_validator = validator(f"{ref or base + '/requestBody'}/content/{_pointer(body_media)[1:]}/schema")
            body_required = bool(body.get("required"))
        responses, empty = {}, set()
        for status, node in definition.get("responses", {}).items():
            response, ref = self._resolve(node)
            if "application/json" in response.get("content", {}):
                pointer = ref or f"{base}/responses/{status}"
                responses[str(status)] = validator(f"{pointer}/content/application~1json/schema")
            elif not response.get("content"):
                empty.add(str(status))
        return Operation(
            operation_id=definition["operationId"],
            method=method.upper(),
            path=path,
            definition=definition,
            params=params,
            query_validator=compile_schema(query_schema, registry),
            body_validator=body_validator,
            body_required=body_required,
            responses=responses,
            path_params=path_params,
            path_validator=path_validator,
            one_of_required=tuple(definition.get("x-one-of-required", ())),
            body_media=body_media,
            empty_responses=frozenset(empty),
        )
