"""The spec gate itself: it passes on the committed specs and fails on a broken example."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from tools import check_examples as gate

SPECS = sorted(Path("specs") / f"{g.parent.name}.yaml" for g in Path("overrides").glob("*/generator.yaml"))


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_every_spec_example_validates(path):
    spec = gate.Spec(path)
    examples = list(gate.spec_examples(spec))
    if path.stem in gate.SEED_PROVIDER.values():  # provider specs carry the docs' examples
        assert examples, "a provider spec without examples proves nothing"
    failures = [(where, err) for where, ex, ptr in examples for err in spec.errors(ex, ptr)]
    assert failures == []


def test_seed_examples_validate_against_ceffu():
    checked, problems = gate.check_seeds(gate.Spec(Path("specs/ceffu.yaml")), "ceffu")
    assert checked >= 2 and problems == []


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


def test_gate_catches_a_seed_example_the_spec_rejects(tmp_path, monkeypatch):
    seed = tmp_path / "001_test.txt"
    seed.write_text('POST\n/open-api/v1/mirror/asset/settle\n{\n  "mirrorLinkId": "x", "unknownField": 1\n}\n')
    monkeypatch.setattr(gate, "SEEDS", tmp_path)
    checked, problems = gate.check_seeds(gate.Spec(Path("specs/ceffu.yaml")), "ceffu")
    assert checked == 1 and len(problems) == 1
