"""The spec gate itself: it passes on the committed specs and fails on a broken example."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tools import check_examples as gate

SETTLE_BODY = "/paths/~1open-api~1v1~1mirror~1asset~1settle/post/requestBody/content/application~1json/schema"
SPECS = sorted(Path("specs") / f"{g.parent.name}.yaml" for g in Path("overrides").glob("*/generator.yaml"))


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_every_spec_example_validates(path):
    spec = gate.Spec(path)
    examples = list(gate.spec_examples(spec))
    if path.stem in gate.SEED_PROVIDER.values():  # provider specs carry the docs' examples
        assert examples, "a provider spec without examples proves nothing"
    failures = [(where, err) for where, ex, ptr in examples for err in spec.errors(ex, ptr)]
    assert failures == []


@pytest.mark.parametrize("provider", sorted(set(gate.SEED_PROVIDER.values())))
def test_documented_examples_live_in_the_repository_and_validate(provider):
    checked, problems = gate.documented_examples(gate.Spec(Path(f"specs/{provider}.yaml")), gate.EXAMPLES / provider)
    assert checked, f"specs/examples/{provider}/ holds no documented example"
    assert problems == []


def _record(folder: Path, operation: str, validates: str, example: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "settleMirrorAssets.yaml").write_text(
        f"operationId: settleMirrorAssets\noperation: {operation}\nsource: test\n"
        f"examples:\n  - section: t\n    validates: {validates}\n    json: '{example}'\n"
    )


def test_gate_catches_a_documented_example_the_spec_rejects(tmp_path):
    spec = gate.Spec(Path("specs/ceffu.yaml"))
    _record(
        tmp_path, "POST /open-api/v1/mirror/asset/settle", "request body", '{"mirrorLinkId": "x", "unknownField": 1}'
    )
    checked, problems = gate.documented_examples(spec, tmp_path)
    assert len(checked) == 1 and any("unknownField" in p for p in problems)


def test_gate_catches_an_example_recorded_under_the_wrong_operation(tmp_path):
    spec = gate.Spec(Path("specs/ceffu.yaml"))
    _record(tmp_path, "GET /open-api/v1/mirror/asset/settle", "response 299", "{}")
    _, problems = gate.documented_examples(spec, tmp_path)
    assert any("the spec has 'POST /open-api/v1/mirror/asset/settle'" in p for p in problems)
    assert any("declares no JSON response 299" in p for p in problems)


def test_nothing_reads_outside_the_repository():
    outside = "../" + "shared"  # split so this test does not find itself
    files = [Path("Makefile"), *Path("tools").rglob("*.py"), *Path("tests").rglob("*.py")]
    files += [*Path("contract_tests").rglob("*.py"), *Path("coinrails_mock").rglob("*.py")]
    assert [str(f) for f in files if outside in f.read_text(encoding="utf-8")] == []


def test_gate_catches_a_wrong_example():
    spec = gate.Spec(Path("specs/ceffu.yaml"))
    broken = copy.deepcopy(spec.doc)
    broken["components"]["schemas"]["ErrorEnvelope"]["examples"] = [{"code": 20005, "message": "x", "data": None}]
    spec.doc = broken
    spec.registry = gate.Registry().with_resource(
        "urn:spec", gate.Resource.from_contents(broken, default_specification=gate.DRAFT202012)
    )
    errors = [
        e for where, ex, ptr in gate.spec_examples(spec) if "ErrorEnvelope" in where for e in spec.errors(ex, ptr)
    ]
    assert any("is not of type 'string'" in e for e in errors)


def test_optional_seed_check_catches_an_example_the_spec_rejects(tmp_path):
    seed = tmp_path / "001_test.txt"
    seed.write_text('POST\n/open-api/v1/mirror/asset/settle\n{\n  "mirrorLinkId": "x", "unknownField": 1\n}\n')
    checked, problems = gate.check_seeds(gate.Spec(Path("specs/ceffu.yaml")), "ceffu", tmp_path, recorded=[])
    assert checked == 1 and len(problems) == 2  # not recorded in specs/examples/, and the spec rejects it


PLACEHOLDER_BODY = (
    '{"mirrorLinkId": "string", "operationType": "string", "coinSymbol": "string", "network": "string",'
    ' "amount": "string", "requestId": "string", "timestamp": 0}'
)


def _placeholder_record(folder: Path, placeholders: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "settleMirrorAssets.yaml").write_text(
        "operationId: settleMirrorAssets\noperation: POST /open-api/v1/mirror/asset/settle\nsource: test\n"
        f"examples:\n  - section: t\n    validates: request body\n{placeholders}    json: '{PLACEHOLDER_BODY}'\n"
    )


def test_a_documented_placeholder_is_held_to_its_type_not_its_pattern(tmp_path):
    """The published settle example fills `amount` with "string": named as a placeholder, only its `pattern` is
    excused; unnamed, or of the wrong type, it is still caught."""
    spec = gate.Spec(Path("specs/ceffu.yaml"))
    _placeholder_record(tmp_path / "named", "    placeholders: [amount]\n")
    checked, problems = gate.documented_examples(spec, tmp_path / "named")
    assert problems == [] and checked[0][1] == {"amount"}
    _placeholder_record(tmp_path / "unnamed", "")
    _, problems = gate.documented_examples(spec, tmp_path / "unnamed")
    assert len(problems) == 1 and "amount: 'string' does not match" in problems[0]
    assert spec.errors({**json.loads(PLACEHOLDER_BODY), "amount": 1}, SETTLE_BODY, frozenset({"amount"}))


def test_optional_seed_check_excuses_only_the_recorded_placeholders(tmp_path):
    seed = tmp_path / "001_test.txt"
    seed.write_text(f"POST\n/open-api/v1/mirror/asset/settle\n{PLACEHOLDER_BODY}\n")
    spec, example = gate.Spec(Path("specs/ceffu.yaml")), json.loads(PLACEHOLDER_BODY)
    assert gate.check_seeds(spec, "ceffu", tmp_path, recorded=[(example, frozenset({"amount"}))]) == (1, [])
    _, problems = gate.check_seeds(spec, "ceffu", tmp_path, recorded=[(example, frozenset())])
    assert len(problems) == 1 and "does not match" in problems[0]
