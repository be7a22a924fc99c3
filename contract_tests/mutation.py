"""Behaviour mutants of the mocks, kept as data (contract_tests/mutants/<provider>.yaml), and their runner.

A mutant is one realistic server bug, described declaratively and applied to the mock at run time,
without editing a source file: the suite's process reads COINRAILS_MUTANT=<provider>/<id> (conftest.py
calls `install_from_environment`) and every mock of that provider built in the process is altered.
The seams are stable ones: an operation's answer (by operationId), the validated request a handler
sees, an attribute of the provider, or one named function/method.

Entry fields (one bug each):
- `id`, `bug` (what a real server would get wrong), optional `survives` (why the suite cannot see it);
- `operation`: the operationId a `response` or `request` edit applies to;
- `response`: edits of the JSON answer, applied in order: `drop` (field paths), `float` (a decimal
  string becomes a JSON number), `int` (a string id becomes an integer), `set` ({path: value}),
  `repeat` (a list repeats its first item), `status` (another HTTP status); by default on 2xx
  answers only, or on answers with the status in `when_status`;
- `request`: `drop` (fields the handler no longer sees: a filter, a page, an idempotency key) and
  `set` ({field: value});
- `provider`: attributes set on the provider object (e.g. a timestamp window);
- `patch`: `{target: "module:Name.attr", with: noop | accept | first_arg | {return: value}}` replaces a
  function or method, `{target: ..., value: v}` a constant (read when the mock is built).

Paths: `data.data.*.walletIdStr`: dotted keys, `*` for every item of a list.

`python -m contract_tests.mutation [--provider P] [--only ID,...]` runs the provider's contract suite
(rule checks and typed-client tests first, stopping at the first failure) once per mutant with the mock's strict
self-check off, and writes reports/mutation/<provider>.{md,json}: killed, survived, errors, kill rate.
"""

from __future__ import annotations

import argparse
import atexit
import copy
import importlib
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = Path(__file__).resolve().parent / "mutants"
PROVIDERS = ("ceffu", "bitunix", "xcurrency", "cryptofuse")
ENV, LOG_ENV, STRICT_ENV = "COINRAILS_MUTANT", "COINRAILS_MUTANT_LOG", "COINRAILS_MOCK_STRICT"
HITS: Counter[str] = Counter()  # how often the mutant changed something in this process


@dataclass
class Mutant:
    provider: str
    id: str
    bug: str
    operation: str | None = None
    response: dict[str, Any] = field(default_factory=dict)
    request: dict[str, Any] = field(default_factory=dict)
    provider_attrs: dict[str, Any] = field(default_factory=dict)
    patch: dict[str, Any] = field(default_factory=dict)
    survives: str | None = None
    smoke: str | None = None  # a `-k` selection that kills it quickly (the default run's smoke test)

    @property
    def name(self) -> str:
        return f"{self.provider}/{self.id}"


def load(provider: str | None = None) -> list[Mutant]:
    """The catalogue (every provider's, or one's)."""
    mutants = []
    for p in [provider] if provider else PROVIDERS:
        for entry in yaml.safe_load((CATALOGUE / f"{p}.yaml").read_text()):
            entry = dict(entry)
            entry["provider_attrs"] = entry.pop("provider", {})
            mutants.append(Mutant(provider=p, **entry))
    return mutants


def find(name: str) -> Mutant:
    provider, _, ident = name.partition("/")
    for mutant in load(provider):
        if mutant.id == ident:
            return mutant
    raise LookupError(f"no mutant {name!r} in {CATALOGUE / provider}.yaml")


# --- applying a mutant ------------------------------------------------------------------------------
def _walk(node: Any, parts: list[str], fn: Callable[[Any, Any], None]) -> None:
    """Call fn(container, key) for every place the path `parts` names in `node` (`*`: every list item)."""
    head, rest = parts[0], parts[1:]
    if head == "*":
        keys: list[Any] = list(range(len(node))) if isinstance(node, list) else []
    else:
        keys = [head] if isinstance(node, dict) and head in node else []
    for key in keys:
        if rest:
            _walk(node[key], rest, fn)
        else:
            fn(node, key)


def _floated(value: Any) -> Any:
    try:
        return float(Decimal(str(value)))
    except ArithmeticError:
        return value


def _inted(value: Any) -> Any:
    text = str(value)
    return int(text) if text.lstrip("-").isdigit() else int.from_bytes(text.encode()[:6], "big")


def edit_response(spec: dict[str, Any], status: int, payload: Any) -> tuple[int, Any, bool]:
    """Apply a `response` edit; returns (status, payload, changed)."""
    when = spec.get("when_status")
    if (status not in when) if when else not 200 <= status < 300:
        return status, payload, False
    payload = copy.deepcopy(payload)
    changed = []

    def mark(fn: Callable[[Any, Any], None]) -> Callable[[Any, Any], None]:
        def wrapped(container: Any, key: Any) -> None:
            changed.append(key)
            fn(container, key)

        return wrapped

    for path in spec.get("drop", []):
        _walk(payload, path.split("."), mark(lambda c, k: c.pop(k) if isinstance(c, dict) else None))
    for path in spec.get("float", []):
        _walk(payload, path.split("."), mark(lambda c, k: c.__setitem__(k, _floated(c[k]))))
    for path in spec.get("int", []):
        _walk(payload, path.split("."), mark(lambda c, k: c.__setitem__(k, _inted(c[k]))))
    for path, value in spec.get("set", {}).items():
        _walk(payload, path.split("."), mark(lambda c, k, v=value: c.__setitem__(k, v)))
    for path in spec.get("repeat", []):
        _walk(payload, path.split("."), mark(lambda c, k: c[k].append(c[k][0]) if c[k] else None))
    if "status" in spec:
        status, changed = spec["status"], [*changed, "status"]
    return status, payload, bool(changed)


def _replacement(spec: Any, original: Any) -> Any:
    if spec == "noop":
        return lambda *args, **kwargs: None
    if spec == "first_arg":  # a method that hands back what it was given (no check, no change)
        return lambda self, value, *args, **kwargs: value
    if spec == "accept":  # a public-key lookup whose key verifies any signature

        class Accepts:
            def verify(self, *args: Any, **kwargs: Any) -> None:
                return None

        return lambda *args, **kwargs: Accepts()
    if isinstance(spec, dict) and "return" in spec:
        value = spec["return"]
        return lambda *args, **kwargs: value
    raise ValueError(f"unknown patch replacement {spec!r}")


def _target(target: str) -> tuple[Any, str]:
    module, _, attribute = target.partition(":")
    owner: Any = importlib.import_module(module)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    if not hasattr(owner, name):
        raise LookupError(f"patch target {target} does not exist")
    return owner, name


def _counted(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        HITS[name] += 1
        return fn(*args, **kwargs)

    return counted


@cache
def _operation_ids(provider: str) -> frozenset[str]:
    doc = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    return frozenset(op["operationId"] for item in doc["paths"].values() for op in item.values() if "operationId" in op)


def check(mutant: Mutant) -> None:
    """Raise when the mutant names an operation, attribute or target that does not exist."""
    if (mutant.response or mutant.request) and mutant.operation not in _operation_ids(mutant.provider):
        raise LookupError(f"{mutant.name}: no operation {mutant.operation!r} in specs/{mutant.provider}.yaml")
    if mutant.patch:
        _target(mutant.patch["target"])
        if "value" not in mutant.patch:
            _replacement(mutant.patch["with"], None)
    if not (mutant.response or mutant.request or mutant.patch or mutant.provider_attrs):
        raise ValueError(f"{mutant.name}: changes nothing")
    unknown = set(mutant.response) - {"drop", "float", "int", "set", "repeat", "status", "when_status"}
    unknown |= set(mutant.request) - {"drop", "set"}
    if unknown:
        raise ValueError(f"{mutant.name}: unknown edits {sorted(unknown)}")


def _apply(engine: Any, mutant: Mutant) -> None:
    provider = engine.provider
    for name, value in mutant.provider_attrs.items():
        if not hasattr(provider, name):
            raise LookupError(f"{mutant.name}: the {provider.name} provider has no attribute {name!r}")
        setattr(provider, name, value)
    if mutant.request:
        handler = provider.handlers[mutant.operation]

        def edited(backend: Any, call: Any, handler: Any = handler) -> Any:
            for source in (call.query, call.body):
                if not isinstance(source, dict):
                    continue
                for name in mutant.request.get("drop", []):
                    if source.pop(name, None) is not None:
                        HITS["request"] += 1
                for name, value in mutant.request.get("set", {}).items():
                    if name in source:
                        source[name] = value
                        HITS["request"] += 1
            return handler(backend, call)

        provider.handlers = {**provider.handlers, mutant.operation: edited}
    if mutant.response:
        handle = engine.handle

        async def mutated(scope: Any, receive: Any) -> tuple[int, Any, dict[str, str]]:
            status, payload, headers = await handle(scope, receive)
            match = engine.spec.match(scope["path"])
            op = match[0].get(scope["method"]) if match else None
            if op is not None and op.operation_id == mutant.operation:
                status, payload, changed = edit_response(mutant.response, status, payload)
                HITS["response"] += changed
            return status, payload, headers

        engine.handle = mutated


def install(mutant: Mutant) -> None:
    """Alter every `mutant.provider` mock built in this process from now on."""
    from coinrails_mock.engine.app import MockEngine

    check(mutant)
    original = MockEngine.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        if self.provider.name == mutant.provider:
            _apply(self, mutant)

    MockEngine.__init__ = init  # type: ignore[method-assign]
    if mutant.patch:
        owner, name = _target(mutant.patch["target"])
        if "value" in mutant.patch:
            setattr(owner, name, mutant.patch["value"])
        else:
            setattr(owner, name, _counted(_replacement(mutant.patch["with"], getattr(owner, name)), "patch"))
    log = os.environ.get(LOG_ENV)
    if log:
        atexit.register(lambda: Path(log).write_text(json.dumps(dict(HITS))))


def install_from_environment() -> Mutant | None:
    name = os.environ.get(ENV)
    if not name:
        return None
    mutant = find(name)
    install(mutant)
    return mutant


# --- running the catalogue ----------------------------------------------------------------------------
@dataclass
class Outcome:
    mutant: str
    verdict: str  # killed | survived | error
    seconds: float
    killed_by: str | None
    reason: str | None
    hits: dict[str, int]
    survives: str | None


def suite_command(provider: str, *extra: str, timeout: int = 120) -> list[str]:
    """The provider's contract suite, stopping at a failure: the rule checks and typed-client tests first
    (they fail fastest), then schemathesis."""
    folder = f"contract_tests/{provider}"
    order = {"test_rules.py": 0, "test_e2e.py": 1, "test_contract.py": 2}
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).glob("test_*.py"))
    files.sort(key=lambda f: (order.get(Path(f).name, 3), f))
    return [sys.executable, "-m", "pytest", *files, "-x", "-rfE", f"--timeout={timeout}", "-p", "no:randomly", *extra]


FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+(?: \S+)*?)(?: - (.*))?$", re.M)


def run(mutant: Mutant, *, extra: tuple[str, ...] = (), timeout: int = 120) -> Outcome:
    log = ROOT / ".coinrails" / "mutation" / f"{mutant.provider}-{mutant.id}.hits.json"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.unlink(missing_ok=True)
    # the mutated runs' coverage reports stay out of reports/contract/
    env = {
        **os.environ,
        ENV: mutant.name,
        LOG_ENV: str(log),
        STRICT_ENV: "0",
        "COINRAILS_COVERAGE_DIR": str(log.parent),
    }
    started = time.monotonic()
    result = subprocess.run(
        suite_command(mutant.provider, *extra, timeout=timeout),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    seconds = round(time.monotonic() - started, 1)
    hits = json.loads(log.read_text()) if log.exists() else {}
    found = FAILED.search(result.stdout)
    if result.returncode == 0:
        verdict = "survived"
    elif result.returncode == 1:
        verdict = "killed"
    else:
        verdict = "error"
    reason = (found.group(2) or "")[:300] if found else result.stdout[-500:] if verdict == "error" else None
    return Outcome(mutant.name, verdict, seconds, found.group(1) if found else None, reason, hits, mutant.survives)


def report(provider: str, outcomes: list[Outcome], out: Path, merge: bool = False) -> tuple[float, int]:
    """Write the provider's report; `merge`: replace only these mutants' outcomes in the existing one."""
    out.mkdir(parents=True, exist_ok=True)
    previous = out / f"{provider}.json"
    if merge and previous.exists():
        fresh = {o.mutant: o for o in outcomes}
        old = [Outcome(**o) for o in json.loads(previous.read_text())["outcomes"]]
        names = {o.mutant for o in old}
        outcomes = [fresh.get(o.mutant, o) for o in old] + [o for o in outcomes if o.mutant not in names]
    killed = sum(o.verdict == "killed" for o in outcomes)
    rate = killed / len(outcomes) if outcomes else 0.0
    (out / f"{provider}.json").write_text(
        json.dumps({"provider": provider, "kill_rate": rate, "outcomes": [o.__dict__ for o in outcomes]}, indent=2)
    )
    lines = [
        f"# Mutation run: {provider}",
        "",
        f"{killed} of {len(outcomes)} mutants killed ({rate:.0%}), mock strict self-check off.",
        "",
        "| mutant | verdict | s | killed by / why it survives |",
        "|---|---|---|---|",
    ]
    for o in outcomes:
        why = o.killed_by if o.verdict == "killed" else (o.survives or o.reason or f"not explained (hits {o.hits})")
        lines.append(f"| {o.mutant} | {o.verdict} | {o.seconds} | {str(why).replace('|', '/')} |")
    (out / f"{provider}.md").write_text("\n".join(lines) + "\n")
    return rate, len(outcomes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provider", choices=PROVIDERS)
    parser.add_argument("--only", help="comma-separated mutant ids (their outcomes replace those in the report)")
    parser.add_argument("--out", default="reports/mutation")
    parser.add_argument("--target", type=float, default=0.95, help="minimum kill rate")
    parser.add_argument("--timeout", type=int, default=120, help="per-test timeout in the mutant runs")
    parser.add_argument("pytest_args", nargs="*", help="passed to every pytest run")
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    failing = False
    total: list[Outcome] = []
    for provider in [args.provider] if args.provider else PROVIDERS:
        mutants = [m for m in load(provider) if only is None or m.id in only]
        for mutant in mutants:
            check(mutant)
        outcomes = []
        for mutant in mutants:
            outcome = run(mutant, extra=tuple(args.pytest_args), timeout=args.timeout)
            print(
                f"{outcome.verdict:8} {outcome.seconds:6}s {mutant.name}: {outcome.killed_by or outcome.reason or ''}"
            )
            outcomes.append(outcome)
        if outcomes:
            rate, count = report(provider, outcomes, ROOT / args.out, merge=only is not None)
            print(f"{provider}: {rate:.0%} killed ({count} mutants in the report)")
        total += outcomes
    if total:
        killed = sum(o.verdict == "killed" for o in total)
        unexplained = [o.mutant for o in total if o.verdict != "killed" and not o.survives]
        rate = killed / len(total)
        print(
            f"total: {killed}/{len(total)} killed ({rate:.1%}); unexplained survivors/errors: {unexplained or 'none'}"
        )
        failing = rate < args.target or bool(unexplained)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
