"""Spec gate: every example in a spec, and every example the provider documents, validates.

    python -m tools.check_examples specs/ceffu.yaml [...]

- In the spec: schema `examples`/`example`, and media-type/parameter `example`/`examples` are
  validated (JSON Schema 2020-12, `$ref`s resolved against the whole document).
- Documented examples: `specs/examples/<provider>/<operationId>.yaml` holds the JSON examples the
  provider's documentation publishes for that operation, each naming its section and what it
  `validates` (`request body` or `response <status>`); each must validate against that schema.
  An entry may name `placeholders`: top-level fields the documentation fills with a placeholder
  (e.g. `"string"`); those fields are held to their type and length, not to their `pattern`.
- Optional extra: with $COINRAILS_SEEDS set to a folder of the provider documents as text, every JSON
  object in them is matched to the nearest preceding path of the spec and must validate against that
  operation's request body or one of its responses, and must be recorded in specs/examples/.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "specs" / "examples"
SEEDS = Path(os.environ["COINRAILS_SEEDS"]) if os.environ.get("COINRAILS_SEEDS") else None
SEED_PROVIDER = {"000": "ceffu", "001": "ceffu", "002": "bitunix", "003": "xcurrency", "004": "cryptofuse"}
METHODS = ("get", "put", "post", "delete", "patch")


class Spec:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = yaml.safe_load(path.read_text())
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource("urn:spec", resource)

    def errors(self, instance: Any, pointer: str, placeholders: frozenset[str] = frozenset()) -> list[str]:
        """Why `instance` breaks the schema at `pointer`; a `pattern` broken by a top-level field named in
        `placeholders` does not count (a documented placeholder value, e.g. `"string"`)."""
        validator = Draft202012Validator({"$ref": "urn:spec#" + pointer}, registry=self.registry)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator.iter_errors(instance)
            if not (e.validator == "pattern" and len(e.absolute_path) == 1 and e.absolute_path[0] in placeholders)
        ]

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/"):
            target = self.doc
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node


def _esc(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def spec_examples(spec: Spec) -> Iterator[tuple[str, Any, str]]:
    """(where, example, pointer of the schema it must satisfy) for every example in the spec."""

    def walk(node: Any, pointer: str) -> Iterator[tuple[str, Any, str]]:
        if isinstance(node, dict):
            if "schema" in node and not isinstance(node.get("schema"), bool):  # media type or parameter
                if "example" in node:
                    yield pointer + "/example", node["example"], pointer + "/schema"
                if isinstance(node.get("examples"), dict):
                    for name, example in node["examples"].items():
                        example = spec.resolve(example)
                        if isinstance(example, dict) and "value" in example:
                            yield f"{pointer}/examples/{name}", example["value"], pointer + "/schema"
            elif isinstance(node.get("examples"), list):  # a schema with 2020-12 examples
                for i, example in enumerate(node["examples"]):
                    yield f"{pointer}/examples/{i}", example, pointer
            if (
                "example" in node
                and "schema" not in node
                and pointer.count("/properties/") + pointer.count("/schemas/")
            ):
                yield pointer + "/example", node["example"], pointer
            for key, value in node.items():
                if key not in ("example", "examples"):
                    yield from walk(value, f"{pointer}/{_esc(key)}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{pointer}/{i}")

    yield from walk(spec.doc, "")


_COMMENT = re.compile(r"//[^\"\n]*")  # `// note` inside a flattened JSON line, up to the next string
_KEYLESS = re.compile(r":\s*\{\s*\{")  # `"data":{ { ... } }`: an object nested without a key


def _decode(text: str, start: int) -> tuple[Any, str | None, int]:
    """Decode the JSON object at `start`: as written, else without `//` comments, else unnested.

    Returns (value, repair applied or None, offset just past the object in `text`).
    """
    decoder = json.JSONDecoder()
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    attempts = [(text[start:], None), (_COMMENT.sub("", line), "comments removed")]
    if _KEYLESS.search(line):
        unnested = _KEYLESS.sub(":{", _COMMENT.sub("", line), count=1).rstrip()
        attempts.append((unnested[: unnested.rindex("}")], "keyless nested object unwrapped"))
    for candidate, repair in attempts:
        try:
            value, end = decoder.raw_decode(candidate)
        except ValueError:
            continue
        return value, repair, start + end if repair is None else start + len(line)
    return None, None, start


def seed_examples(text: str) -> Iterator[tuple[int, Any, str | None]]:
    """(offset, JSON object, repair applied or None) for each JSON object in a seed document.

    Seeds write objects on their own line, sometimes prefixed with `json` (`json{ ... }`) and with
    `// comments` left inside; a few are not JSON as published (see `_decode` for the repairs).
    """
    inside_until = 0
    for match in re.finditer(r"(?m)^\s*(?:json)?\{", text):
        start = text.index("{", match.start())
        if start < inside_until:  # an object nested in the previous example, not an example of its own
            continue
        value, repair, end = _decode(text, start)
        if isinstance(value, dict):
            inside_until = end
            yield start, value, repair


def operation_schemas(spec: Spec, base: str, item: dict[str, Any]) -> list[str]:
    """Pointers of the request-body and response schemas of every operation of a path item."""
    pointers = []
    for method in METHODS:
        op = item.get(method)
        if not op:
            continue
        body = spec.resolve(op.get("requestBody", {}))
        if "application/json" in body.get("content", {}):
            pointers.append(f"{base}/{method}/requestBody/content/application~1json/schema")
        for status, response in op.get("responses", {}).items():
            if "application/json" in spec.resolve(response).get("content", {}):
                pointers.append(
                    f"{base}/{method}/responses/{status}/content/application~1json/schema"
                    if "$ref" not in response
                    else response["$ref"][1:] + "/content/application~1json/schema"
                )
    return pointers


def _anchors(spec: Spec) -> dict[str, list[str]]:
    """Text that names an operation in a seed (its path, or a webhook's name) -> its schemas."""
    anchors = {
        path: operation_schemas(spec, "/paths/" + _esc(path), item) for path, item in spec.doc.get("paths", {}).items()
    }
    for name, item in spec.doc.get("webhooks", {}).items():
        anchors[name] = operation_schemas(spec, "/webhooks/" + _esc(name), item)
    return anchors


def find_operation(spec: Spec, operation_id: str) -> tuple[str, str, str] | None:
    """(pointer of the path item, method, label such as `POST /x` or `webhook name (POST)`) of an operationId."""
    for section, label in (("paths", "{m} {k}"), ("webhooks", "webhook {k} ({m})")):
        for key, item in spec.doc.get(section, {}).items():
            for method in METHODS:
                if isinstance(item.get(method), dict) and item[method].get("operationId") == operation_id:
                    return f"/{section}/{_esc(key)}", method, label.format(m=method.upper(), k=key)
    return None


def part_pointer(spec: Spec, item_pointer: str, method: str, part: str) -> str | None:
    """The schema pointer for `request body` or `response <status>` of an operation (None when undeclared)."""
    op = spec.resolve({"$ref": "#" + item_pointer})[method]
    if part == "request body":
        node, base = op.get("requestBody"), f"{item_pointer}/{method}/requestBody"
    elif part.startswith("response "):
        status = part.split(" ", 1)[1]
        node, base = op.get("responses", {}).get(status), f"{item_pointer}/{method}/responses/{status}"
    else:
        return None
    if node is None:
        return None
    if "$ref" in node:
        base = node["$ref"][1:]
    if "application/json" not in spec.resolve(node).get("content", {}):
        return None
    return base + "/content/application~1json/schema"


Documented = list[tuple[Any, frozenset[str]]]  # (documented example, its placeholder fields)


def documented_examples(spec: Spec, folder: Path) -> tuple[Documented, list[str]]:
    """(the documented examples checked, each with its placeholder fields; the problems found) for the files in
    `folder`."""
    checked: Documented = []
    problems = []
    for path in sorted(folder.glob("*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = find_operation(spec, record["operationId"])
        if found is None:
            problems.append(f"{path}: operationId {record['operationId']} is not in {spec.path}")
            continue
        item_pointer, method, label = found
        if record.get("operation") != label:
            problems.append(f"{path}: says {record.get('operation')!r} but the spec has {label!r}")
        for i, entry in enumerate(record.get("examples") or []):
            where = f"{path}#examples/{i} ({entry.get('section')})"
            pointer = part_pointer(spec, item_pointer, method, str(entry.get("validates")))
            if pointer is None:
                problems.append(f"{where}: {label} declares no JSON {entry.get('validates')}")
                continue
            try:
                example = json.loads(entry["json"])
            except ValueError as exc:
                problems.append(f"{where}: not JSON: {exc}")
                continue
            placeholders = frozenset(entry.get("placeholders") or ())
            checked.append((example, placeholders))
            problems += [f"{where}: {error}" for error in spec.errors(example, pointer, placeholders)]
    return checked, problems


def check_seeds(spec: Spec, provider: str, seeds: Path, recorded: Documented | None = None) -> tuple[int, list[str]]:
    """(how many seed examples were checked, the problems found).

    An example belongs to the operation named last before it (the path or webhook name whose
    mention ends last; the longer one on a tie) and must validate against one of its schemas; with
    `recorded` given, it must also be one of them (specs/examples/ holds every documented example), and the
    placeholder fields its record names are held to their type and length only.
    """
    checked, problems = 0, []
    anchors = _anchors(spec)
    for seed in sorted(seeds.glob("*.txt")):
        if SEED_PROVIDER.get(seed.name[:3]) != provider:
            continue
        text = seed.read_text()
        for offset, example, repair in seed_examples(text):
            checked += 1
            before = text[:offset]
            found = [(before.rfind(a) + len(a), len(a), a) for a in anchors if before.rfind(a) >= 0]
            if not found:
                problems.append(f"{seed.name}@{offset}: no documented path precedes this example")
                continue
            anchor = max(found)[2]
            records = [placeholders for known, placeholders in recorded or () if known == example]
            placeholders = records[0] if records else frozenset()
            results = {ptr: spec.errors(example, ptr, placeholders) for ptr in anchors[anchor]}
            if repair:
                print(f"{seed.name}@{offset} ({anchor}): not JSON as published; checked with {repair}")
            if recorded is not None and not records:
                problems.append(f"{seed.name}@{offset} ({anchor}): not recorded in specs/examples/{provider}/")
            if not any(not errs for errs in results.values()):
                detail = "; ".join(f"{p.split('/')[-5:-4]}: {e[0]}" for p, e in results.items() if e)
                problems.append(f"{seed.name}@{offset} ({anchor}): matches no schema: {detail}")
    return checked, problems


def main(argv: list[str]) -> int:
    failures = 0
    for name in argv:
        spec = Spec(Path(name))
        count = 0
        for where, example, pointer in spec_examples(spec):
            count += 1
            for error in spec.errors(example, pointer):
                failures += 1
                print(f"{name}#{where}: {error}")
        provider = Path(name).stem
        documented, problems = documented_examples(spec, EXAMPLES / provider)
        summary = f"{name}: {count} spec examples and {len(documented)} documented examples checked"
        if SEEDS is not None:  # the optional check against the provider documents themselves
            seeds_checked, seed_problems = check_seeds(spec, provider, SEEDS, documented)
            problems += [f"seed {p}" for p in seed_problems]
            summary += f", {seeds_checked} seed examples in {SEEDS}"
        for problem in problems:
            failures += 1
            print(f"{name}: {problem}")
        print(summary)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
