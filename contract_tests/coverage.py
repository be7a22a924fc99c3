"""What a contract run reached, per provider and operation: statuses seen and validated, links fired, checks run.

Every answer the suite validates (schemathesis phases, the stateful phase, the world's requests) is recorded
here; the run ends by writing reports/contract/coverage-<provider>.{md,json} and adding the table to the HTML
report. Against the mock, a full run fails when an operation has no validated success or a link of the spec
never fired, in the world tests or in the stateful phase (conftest.py).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

SPECS = Path(__file__).resolve().parents[1] / "specs"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass
class Coverage:
    provider: str
    statuses: dict[str, dict[int, bool]] = field(default_factory=lambda: defaultdict(dict))  # status -> validated
    links: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # any phase
    stateful_links: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # the state machine's
    checks: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def seen(self, label: str, status: int, validated: bool) -> None:
        self.statuses[label][status] = self.statuses[label].get(status, False) or validated

    def validated(
        self, operation: Any, case: Any, response: Any, checks: list[Any], excluded: tuple[Any, ...] = ()
    ) -> None:
        """Validate `response` with every check (schemathesis' and `checks`, less `excluded`), recording the outcome."""
        label = operation.label
        self.checks[label].update(["schemathesis built-in checks", *(c.__name__ for c in checks)])
        try:
            case.validate_response(response, additional_checks=checks, excluded_checks=list(excluded))
        except BaseException:
            self.seen(label, response.status_code, False)
            raise
        self.seen(label, response.status_code, True)

    def link(self, label: str, name: str, stateful: bool = False) -> None:
        self.links[label].add(name)
        if stateful:
            self.stateful_links[label].add(name)

    def check(self, label: str, name: str) -> None:
        self.checks[label].add(name)


RUNS: dict[str, Coverage] = {}


def record(provider: str) -> Coverage:
    return RUNS.setdefault(provider, Coverage(provider))


@dataclass(frozen=True)
class Documented:
    label: str
    statuses: tuple[int, ...]
    links: tuple[str, ...]


@cache
def documented(provider: str) -> tuple[Documented, ...]:
    doc = yaml.safe_load((SPECS / f"{provider}.yaml").read_text())

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = doc
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    out = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            responses = op.get("responses", {})
            links = [name for r in responses.values() for name in (resolve(r).get("links") or {})]
            statuses = tuple(sorted(int(s) for s in responses if s.isdigit()))
            out.append(Documented(f"{method.upper()} {path}", statuses, tuple(sorted(set(links)))))
    return tuple(out)


def summary(provider: str) -> dict[str, Any]:
    run = record(provider)
    rows = []
    for op in documented(provider):
        statuses = run.statuses.get(op.label, {})
        validated = sorted(s for s, ok in statuses.items() if ok)
        rows.append(
            {
                "operation": op.label,
                "success_validated": any(200 <= s < 300 for s in validated),
                "statuses_validated": validated,
                "statuses_seen_not_validated": sorted(s for s, ok in statuses.items() if not ok),
                "documented_statuses_missing": [s for s in op.statuses if s not in validated],
                "links_declared": list(op.links),
                "links_fired": sorted(run.links.get(op.label, set())),
                "links_fired_stateful": sorted(run.stateful_links.get(op.label, set())),
                "checks": sorted(run.checks.get(op.label, set())),
            }
        )
    errors = [(r["operation"], s) for r in rows for s in documented_errors(provider, r["operation"])]
    return {
        "provider": provider,
        "operations": len(rows),
        "operations_with_validated_success": sum(r["success_validated"] for r in rows),
        "error_statuses_documented": len(errors),
        "error_statuses_validated": sum(
            s in r["statuses_validated"] for r in rows for s in documented_errors(provider, r["operation"])
        ),
        "links_declared": sum(len(r["links_declared"]) for r in rows),
        "links_fired": sum(len(set(r["links_fired"]) & set(r["links_declared"])) for r in rows),
        "links_fired_stateful": sum(len(set(r["links_fired_stateful"]) & set(r["links_declared"])) for r in rows),
        "rows": rows,
    }


def documented_errors(provider: str, label: str) -> list[int]:
    return [s for op in documented(provider) if op.label == label for s in op.statuses if s >= 400]


def gaps(data: dict[str, Any]) -> list[str]:
    """What the mock target must reach: a validated success per operation, every declared link fired, in the
    world tests and in the stateful phase (a state machine step that applied the link got a success answer)."""
    out = [f"{r['operation']}: no validated success" for r in data["rows"] if not r["success_validated"]]
    for r in data["rows"]:
        for name in r["links_declared"]:
            if name not in r["links_fired"]:
                out.append(f"{r['operation']}: link {name} never fired")
            elif name not in r.get("links_fired_stateful", r["links_fired"]):
                out.append(f"{r['operation']}: link {name} never fired in the stateful phase")
    return out


def markdown(data: dict[str, Any]) -> str:
    lines = [
        f"# Contract coverage: {data['provider']}",
        "",
        f"- operations with a validated success: {data['operations_with_validated_success']} of {data['operations']}",
        f"- documented error statuses with a validated answer: {data['error_statuses_validated']} of "
        f"{data['error_statuses_documented']}",
        f"- links fired: {data['links_fired']} of {data['links_declared']}; in the stateful phase: "
        f"{data['links_fired_stateful']} of {data['links_declared']}",
        "",
        "| operation | success | statuses validated | documented, not validated | links fired | fired in the stateful "
        "phase | checks |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in data["rows"]:
        declared = set(r["links_declared"])
        links = f"{len(set(r['links_fired']) & declared)}/{len(declared)}"
        stateful = f"{len(set(r['links_fired_stateful']) & declared)}/{len(declared)}"
        if declared - set(r["links_fired_stateful"]):
            stateful += f" (not: {', '.join(sorted(declared - set(r['links_fired_stateful'])))})"
        lines.append(
            f"| `{r['operation']}` | {'yes' if r['success_validated'] else '**NO**'} | "
            f"{', '.join(map(str, r['statuses_validated'])) or '-'} | "
            f"{', '.join(map(str, r['documented_statuses_missing'])) or '-'} | {links} | {stateful} | "
            f"{', '.join(r['checks'])} |"
        )
    return "\n".join(lines) + "\n"


def html(data: dict[str, Any]) -> str:
    head = (
        f"<h3>Contract coverage: {data['provider']}</h3><p>validated success: "
        f"{data['operations_with_validated_success']}/{data['operations']} operations; error statuses: "
        f"{data['error_statuses_validated']}/{data['error_statuses_documented']}; links fired: "
        f"{data['links_fired']}/{data['links_declared']} (stateful phase: {data['links_fired_stateful']}/"
        f"{data['links_declared']})</p>"
    )
    rows = "".join(
        f"<tr><td>{r['operation']}</td><td>{'yes' if r['success_validated'] else '<b>NO</b>'}</td>"
        f"<td>{', '.join(map(str, r['statuses_validated']))}</td>"
        f"<td>{', '.join(map(str, r['documented_statuses_missing']))}</td>"
        f"<td>{', '.join(r['links_fired'])}</td><td>{', '.join(r['links_fired_stateful'])}</td>"
        f"<td>{', '.join(r['checks'])}</td></tr>"
        for r in data["rows"]
    )
    return (
        f"{head}<table><tr><th>operation</th><th>success</th><th>statuses validated</th>"
        f"<th>documented, not validated</th><th>links fired</th>"
        f"<th>links fired, stateful phase</th><th>checks</th></tr>{rows}</table>"
    )


def write(provider: str, out: Path) -> dict[str, Any]:
    data = summary(provider)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"coverage-{provider}.json").write_text(json.dumps(data, indent=2))
    (out / f"coverage-{provider}.md").write_text(markdown(data))
    return data
