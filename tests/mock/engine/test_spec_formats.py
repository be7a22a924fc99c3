"""`format: decimal` is checked by the engine's validators (requests and strict-mode answers); the standard
formats stay annotations, checked by the providers' rules with their own error codes. A `type: number` query
parameter reads only JSON's number syntax."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml
from ceffu_client._runtime.jsonutil import decimal_text
from hypothesis import given
from hypothesis import strategies as st

from coinrails_mock.engine.provider import load_json
from coinrails_mock.engine.spec import FORMATS, RequestInvalid, Spec

PRECISION = {"type": "number", "minimum": 0, "maximum": 1000000}  # as Bitunix getDepth's
DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/depth": {
            "get": {
                "operationId": "depth",
                "parameters": [
                    {"name": "precision", "in": "query", "schema": {"type": "number", "minimum": 0, "maximum": 1000000}}
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/pay": {
            "post": {
                "operationId": "pay",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pay"}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pay"}}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Pay": {
                "type": "object",
                "properties": {
                    "amount": {"type": "string", "format": "decimal"},
                    "either": {"type": ["number", "string"], "format": "decimal"},
                    "at": {"type": "string", "format": "date-time"},
                    "id": {"type": "string", "format": "uuid"},
                    "email": {"type": "string", "format": "email"},
                    "url": {"type": "string", "format": "uri"},
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    path = tmp_path_factory.mktemp("spec") / "t.yaml"
    path.write_text(yaml.safe_dump(DOCUMENT), encoding="utf-8")
    return Spec.load(path)


@pytest.fixture(scope="module")
def pay(spec):
    return spec.operations["pay"]


@pytest.mark.parametrize("text", ["0", "1.5", "-2.25", "007", "100000000000000000000000000000.000000000000000001"])
def test_decimal_strings_pass(pay, text):
    pay.validate_body({"amount": text})
    assert pay.response_errors(200, {"amount": text}) == []


@pytest.mark.parametrize(
    "text", ["", "abc", "1e2", "1E-7", "+1", "1.", ".5", " 1", "1 ", "1\n", "1_000", "\uff11", "NaN"]
)
def test_other_strings_are_refused_in_requests_and_answers(pay, text):
    with pytest.raises(RequestInvalid) as caught:
        pay.validate_body({"amount": text})
    [problem] = caught.value.problems
    assert (problem.location, problem.field, problem.keyword) == ("body", "amount", "format")
    assert pay.response_errors(200, {"amount": text}) != []


def test_a_json_number_under_number_or_string_is_not_a_string_to_check(pay):
    pay.validate_body({"either": Decimal("1E+2")})
    with pytest.raises(RequestInvalid):
        pay.validate_body({"either": "1E+2"})


def test_standard_formats_are_annotations(pay):
    pay.validate_body({"at": "yesterday", "id": "not-a-uuid", "email": "nobody", "url": "::"})


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_every_amount_the_typed_clients_send_passes(value):
    """The clients write a Decimal as its digits (`decimal_text`); the mock accepts every such spelling."""
    text = decimal_text(value, "amount")
    assert FORMATS["decimal"](text), text


@pytest.mark.parametrize(
    ("raw", "value"), [("0.1", "0.1"), ("10", "10"), ("-0", "-0"), ("1e2", "1E+2"), ("5E-1", "0.5")]
)
def test_a_number_in_a_query_is_read_exactly(spec, raw, value):
    assert spec.operations["depth"].parse_query(f"precision={raw}".encode()) == {"precision": Decimal(value)}


@pytest.mark.parametrize(
    "raw", ["+1", "%201", "1%20", "1.", ".5", "1_0", "%EF%BC%91", "%D9%A1", "NaN", "Infinity", "0x1"]
)
def test_text_that_is_not_a_json_number_is_not_read_as_one(spec, raw):
    """Decimal() reads most of these ("1_0" as ten, full-width and Arabic-Indic digits); a query refuses them all."""
    with pytest.raises(RequestInvalid) as caught:
        spec.operations["depth"].parse_query(f"precision={raw}".encode())
    assert [(p.field, p.keyword) for p in caught.value.problems] == [("precision", "type")]


@pytest.mark.parametrize("raw", ["1e1000000000000000000", "1E-99999999999999999999999999", "1e" + "1" * 4000])
def test_an_exponent_beyond_decimals_range_is_refused_not_raised(spec, raw):
    with pytest.raises(RequestInvalid) as caught:
        spec.operations["depth"].parse_query(f"precision={raw}".encode())
    assert [(p.field, p.keyword) for p in caught.value.problems] == [("precision", "type")]


@pytest.mark.parametrize("raw", ["1" * 4301, "1" * 50_000 + ".5", "-0." + "1" * 50_000])
def test_a_very_long_number_gets_a_short_refusal(spec, raw):
    """Past 4,300 integral digits the validator cannot even print the number; any long number is shown cut."""
    with pytest.raises(RequestInvalid) as caught:
        spec.operations["depth"].parse_query(f"precision={raw}".encode())
    assert caught.value.problems and len(str(caught.value)) < 300, str(caught.value)[:300]


@pytest.mark.parametrize("raw", [b'{"amount": 1e1000000000000000000}', b'{"amount": 1.5E-99999999999999999999999}'])
def test_a_json_body_number_beyond_decimals_range_is_malformed_json(raw):
    with pytest.raises(RequestInvalid) as caught:
        load_json(raw)
    assert [p.keyword for p in caught.value.problems] == ["json"]
