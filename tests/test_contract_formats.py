"""The contract suite's reading of `format: decimal` (contract_tests/formats.py): a request body whose decimal
string is not a decimal breaks the spec (Ceffu's published mirror example `amount: "string"` among them), so
`extensions.violations` lists it and `relabel` makes such a positive case negative."""

from __future__ import annotations

import json

import pytest
import schemathesis
import yaml

from contract_tests.extensions import violations
from contract_tests.formats import format_breaks

SETTLE = "/open-api/v1/mirror/asset/settle"


@pytest.fixture(scope="module")
def ceffu():
    return yaml.safe_load(open("specs/ceffu.yaml", encoding="utf-8"))


def body(amount):
    return {"mirrorLinkId": "a", "operationType": "2", "coinSymbol": "ETH", "network": "ETH", "amount": amount}


@pytest.mark.parametrize("amount", ["string", "1e2", "+1", " 1", "1.", "\uff11"])
def test_a_non_decimal_amount_breaks_the_format(ceffu, amount):
    assert format_breaks(ceffu, SETTLE, "POST", body(amount)) == ["format: decimal at body/amount"]


@pytest.mark.parametrize("amount", ["1.5", "100", "0.00000001", 1.5, None])
def test_decimal_strings_and_other_types_are_not_format_breaks(ceffu, amount):
    """A non-string is a type question for JSON Schema, not a format one."""
    assert format_breaks(ceffu, SETTLE, "post", body(amount)) == []


def test_an_operation_without_a_json_body_has_no_format_breaks(ceffu):
    assert format_breaks(ceffu, "/open-api/v1/wallet/list", "GET", None) == []


def test_the_published_settle_example_is_a_violation(ceffu):
    """The published example (placeholders, kept in specs/examples/; the spec's own example is a real one)."""
    record = yaml.safe_load(open("specs/examples/ceffu/settleMirrorAssets.yaml", encoding="utf-8"))
    [published] = [json.loads(e["json"]) for e in record["examples"] if e["validates"] == "request body"]
    assert published["amount"] == "string"
    case = schemathesis.openapi.from_dict(ceffu)[SETTLE]["POST"].Case(body=published)
    assert violations(case) == ["format: decimal at body/amount"]
