"""A provider's schemathesis suite: where it points, how it signs, what it may send.

The schema is built when the test module is imported (schemathesis parametrizes at collection),
so the target is decided then: `<PROVIDER>_BASE_URL` (+ credentials) when set, else the provider's
mock on a loopback port reserved now and served by the `serve` fixture during the module.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
import yaml
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.python._constants.orchestrator import make_constants_value_source

from . import formats  # noqa: F401 - registers the specs' custom formats (`decimal`)
from .coverage import documented, record
from .extensions import relabel
from .harness import free_port, running_mock
from .targets import Target, is_loopback, remote_target
from .world import Request, Success, World, WorldSuite, _json, sandbox_world

# The stateful phase: steps per scenario (CONTRACT_STATEFUL_STEPS overrides), and how many more rounds of random
# scenarios run against the mock while a link has not fired (state_machine_test says why). Measured: Bitunix's
# withdraw -> ListWithdrawTransfers did not fire in 1 of 8 random rounds (about 27 s each), so 2 rounds left a CI
# run about a 1-in-64 chance to fail on it; 6 make it about 1 in 250,000. Rounds stop once every link fired.
STATEFUL_STEPS = 12
STATEFUL_MORE = 6

# A provider's documented rate limit, applied when the target is not on this machine.
RATE_LIMITS = {"ceffu": "10/s", "bitunix": "10/s", "xcurrency": "10/s", "cryptofuse": "10/s"}


def without_fields(doc: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The spec without request parameters/body properties called `names` (fields the signer sets).

    They are part of signing, like the signature headers: the signer stamps them on every request,
    so generating (or mutating) them would only test the signer's overwrite.
    """
    if not names:
        return doc

    for item in doc.get("paths", {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            if "parameters" in op:
                op["parameters"] = [p for p in op["parameters"] if _deref(doc, p).get("name") not in names]
            body = _deref(doc, op.get("requestBody", {})).get("content", {}).get("application/json", {})
            target = _deref(doc, body.get("schema", {}))
            for name in names:
                target.get("properties", {}).pop(name, None)
                if name in target.get("required", []):
                    target["required"] = [r for r in target["required"] if r != name]
    return doc


def _deref(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


class ContractSuite:
    """`signer_fields`: request fields the signer owns (e.g. Ceffu's `timestamp`): never generated."""

    def __init__(
        self,
        provider: str,
        auth: Callable[[dict[str, str]], requests.auth.AuthBase],
        *,
        signer_fields: tuple[str, ...] = (),
    ) -> None:
        self.provider = provider
        self.signer_fields = signer_fields
        remote = remote_target(provider)
        if remote is None:
            self._port = free_port()
            base_url = f"http://127.0.0.1:{self._port}"
            from coinrails_mock.providers import load_provider

            self.target = Target(provider, base_url, load_provider(provider).credentials(base_url), mock=True)
        else:
            self.target = remote
        self._auth = auth
        self._prepare: Callable[[Target], World] | None = None
        self._world_requests: dict[str, Request] | None = None  # set by world_tests
        self._success: Success | None = None
        self.schema = self.new_schema()

    def new_schema(self) -> Any:
        """A schema of its own: schemathesis learns from responses (error feedback, captured values),
        so the stateful phase gets a fresh one rather than the state the fuzzing phase left behind."""
        auth = self._auth(self.target.credentials)
        doc = yaml.safe_load(Path(f"specs/{self.provider}.yaml").read_text())
        schema = schemathesis.openapi.from_dict(without_fields(doc, self.signer_fields))
        schema.config.update(base_url=self.target.base_url)
        if not is_loopback(self.target.base_url):  # a real provider: stay under its documented limit
            schema.config.update(rate_limit=RATE_LIMITS[self.provider])
        schema.auth.set_from_requests(auth)
        if not self.target.writes:  # a real, non-loopback server: reads only (see targets.py)
            schema = schema.include(method=["GET", "HEAD", "OPTIONS"])
        elif not self.target.mock:  # a real sandbox with writes allowed: still no deletes (e.g. of
            schema = schema.exclude(method="DELETE")  # the OAuth application the suite runs as)
        return schema

    def world_tests(
        self, prepare: Callable[[Target], World], requests_: dict[str, Request], checks: list[Any], success: Success
    ) -> tuple[Any, Any, Any]:
        """The world fixture and the tests that use it (world.py): `test_success[<operation>]` for every
        operation (each link of its answer followed), `test_error_statuses[<operation>]` (mock only)."""
        suite = WorldSuite(self.provider, self.schema, checks, requests_, success, self._auth(self.target.credentials))
        allowed = {op.label for op in (r.ok() for r in self.schema.get_all_operations())}  # reads only, remotely
        labels = dict(zip(requests_, suite.labels(), strict=True))
        missing = allowed - set(labels.values())
        assert not missing, f"{self.provider} world.py has no request for {sorted(missing)}"
        ids = {op_id: label for op_id, label in labels.items() if label in allowed}
        suite.allowed = allowed
        self._prepare, self._world_requests, self._success = prepare, requests_, success

        @pytest.fixture(scope="module")
        def world(serve: Target) -> World:
            prepared = prepare(serve) if serve.mock else sandbox_world(self.provider)
            if prepared is None:
                pytest.skip(f"no {self.provider.upper()}_WORLD fixtures for the sandbox")
            prepared.setdefault("credentials", serve.credentials)
            return prepared

        @pytest.mark.parametrize("operation_id", list(ids), ids=list(ids.values()))
        def test_success(operation_id: str, world: World) -> None:
            """The operation succeeds in the prepared world, its answer passes every check, its links fire."""
            suite.succeed(operation_id, world)

        @pytest.mark.parametrize("operation_id", list(ids), ids=list(ids.values()))
        def test_error_statuses(operation_id: str, serve: Target, world: World) -> None:
            """Each documented 429/5xx of the operation gets a validated answer (the mock's fault injection)."""
            if not serve.mock:
                pytest.skip("fault injection is the mock's")
            suite.error_statuses(operation_id, serve.base_url, world)

        return world, test_success, test_error_statuses

    def run_case(self, case: Any, checks: list[Any]) -> Any:
        """Send a generated case and validate the answer with every check, recording coverage."""
        response = case.call()
        record(self.provider).validated(case.operation, case, response, checks)
        return response

    def state_machine(self, checks: list[Any]) -> Any:
        """The stateful phase (OpenAPI links) as a pytest TestCase, recording coverage and fired links.

        Each scenario starts from the prepared world (world_tests' `prepare` against the mock, after a reset;
        the user's `<PROVIDER>_WORLD` fixtures against a sandbox), and a positive step sends the world's request
        for its operation with the values its link supplied on top (`in_world`): so every link source succeeds
        and its links fire. Negative steps stay generated. A link counts as fired in the stateful phase when a
        step that applied it got a success answer by the provider's rule (`succeeded`); recorded apart from the
        world tests' links (coverage.py).
        """
        suite = self

        class Flows(every_link_source_a_root(self.new_schema(), self.provider)):  # type: ignore[misc]
            def setup(self) -> None:
                suite.reset()
                self.world = suite.scenario_world()

            def before_call(self, case: Any) -> None:
                relabel(case)

            def step(self, input: Any) -> Any:
                if self.world is not None:
                    suite.in_world(input, self.world)
                output = super().step(input)
                transition = input.transition
                if transition is not None and input.is_applied and suite.succeeded(output.response):
                    source, _, rest = transition.id.partition(" -> [")  # "<source> -> [200] <link> -> <target>"
                    record(suite.provider).link(source, rest.partition("] ")[2].rpartition(" -> ")[0], stateful=True)
                return output

            def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
                coverage = record(suite.provider)
                coverage.checks[case.operation.label].update(c.__name__ for c in checks)
                try:
                    super().validate_response(response, case, additional_checks=checks, **kwargs)
                except BaseException:
                    coverage.seen(case.operation.label, response.status_code, False)
                    raise
                coverage.seen(case.operation.label, response.status_code, True)

        Flows.__name__ = f"{self.provider.title()}Flows"
        return self.state_machine_test(Flows)

    def succeeded(self, response: Any) -> bool:
        """A success answer by the provider's rule (world_tests' `success`: e.g. Ceffu's code 000000), else a 2xx."""
        if self._success is None:
            return 200 <= response.status_code < 300
        return response.status_code in self._success.statuses and self._success.ok(_json(response))

    def scenario_world(self) -> World | None:
        """The world a stateful scenario starts from: freshly prepared on the (just reset) mock, the user's
        fixtures for a sandbox, or None (no fixtures, or no world_tests): then steps stay generated."""
        if self._world_requests is None:
            return None
        if self.target.mock:
            world = self._prepare(self.target)
        else:
            world = sandbox_world(self.provider)
            if world is None:
                return None
        world.setdefault("credentials", self.target.credentials)
        return world

    def in_world(self, input: Any, world: World) -> None:
        """Make a positive step the world's request for its operation (world.py), keeping what its link applied.

        Path parameters and the query become the world's; the body too when the world's request has one. The
        values the link put in (`input.applied_parameters`) are laid back on top, so a step that follows a link
        still uses the source's answer. An operation the world cannot build (a sandbox fixture missing) keeps
        its generated data.
        """
        case = input.case
        if case.meta is not None and not case.meta.generation.mode.is_positive:
            return
        spec = self._world_requests.get(case.operation.definition.raw.get("operationId"))
        if spec is None:
            return
        try:
            request = spec(world) if callable(spec) else copy.deepcopy(spec)
        except pytest.skip.Exception:
            return
        applied = {(location.value, name) for location, name in input.applied_parameters}
        linked_path = {n: v for (where, n), v in _values(case.path_parameters, "path") if (where, n) in applied}
        linked_query = {n: v for (where, n), v in _values(case.query, "query") if (where, n) in applied}
        if request.get("path_parameters") or not case.path_parameters:
            case.path_parameters = {**request.get("path_parameters", {}), **linked_path}
        case.query = {**request.get("query", {}), **linked_query}
        if "body" in request:
            if ("body", None) in applied:  # the link replaced the whole body
                return
            body = copy.deepcopy(request["body"])
            if isinstance(body, dict) and isinstance(case.body, dict):
                body.update({n: v for n, v in case.body.items() if ("body", n) in applied})
            case.body = body

    def state_machine_test(self, machine: Any) -> Any:
        """The state machine's pytest TestCase, running the configured number of scenarios.

        Under pytest a schemathesis state machine keeps Hypothesis' default (100 scenarios), not
        schemathesis.toml's `max-examples`; the schemathesis CLI applies the configured count.

        Scenarios are up to STATEFUL_STEPS steps long (schemathesis' default is 6: mostly root calls, too few for
        the links to fire) and derandomized: the same choices every run. Against the mock, when a declared link
        has still not fired, up to STATEFUL_MORE further rounds of random scenarios run, until every link fired
        (each round is a full state machine run: its failures fail the test). The coverage gate then fails a run
        where a link never fired (coverage.py). The stateless phases stay random.
        """
        count = self.schema.config.generation_for(phase="stateful").max_examples
        steps = int(os.environ.get("CONTRACT_STATEFUL_STEPS", STATEFUL_STEPS))
        settings = hypothesis.settings(
            machine.TestCase.settings, max_examples=count, stateful_step_count=steps, derandomize=True
        )
        suite = self

        class Test(machine.TestCase):  # type: ignore[misc, valid-type]
            def runTest(self) -> None:
                self.settings = settings
                super().runTest()
                for _ in range(STATEFUL_MORE if suite.target.mock else 0):
                    if not suite.unfired_links():
                        break
                    self.settings = hypothesis.settings(settings, derandomize=False)
                    super().runTest()

        Test.__name__, Test.__qualname__ = machine.TestCase.__name__, machine.TestCase.__qualname__
        Test.settings = settings
        return Test

    def unfired_links(self) -> list[str]:
        """The spec's links that no stateful step has fired yet (`<source> <link>`)."""
        fired = record(self.provider).stateful_links
        return [
            f"{op.label} {name}" for op in documented(self.provider) for name in op.links if name not in fired[op.label]
        ]

    def reset(self) -> None:
        """Put the mock back in its seeded state (a real target is left alone).

        Hypothesis replays a stateful scenario's choices and expects the same answers, so each
        scenario starts from the same mock state.
        """
        if self.target.mock:
            requests.post(f"{self.target.base_url}/_mock/reset", timeout=10).raise_for_status()

    @contextmanager
    def serving(self) -> Iterator[Target]:
        """Run the mock behind the target for the duration (nothing to run for a real target)."""
        if not self.target.mock:
            yield self.target
            return
        with running_mock(self.provider, port=self._port):
            yield self.target


def _values(container: Any, where: str) -> list[tuple[tuple[str, str], Any]]:
    return [((where, name), value) for name, value in (container or {}).items()]


class AlwaysFollowLinks:
    """schemathesis' link calibration (engine/link_calibration.py) saying: apply every value a link supplies."""

    def use_probability(self, transition_id: str) -> float:
        return 1.0

    def is_calibrated(self, transition_id: str) -> bool:
        return True


def every_link_source_a_root(schema: Any, provider: str) -> Any:
    """The schema's state machine, following every link fully, with every operation that is the source of a spec
    link as a root rule.

    schemathesis applies each value a link supplies with a probability (it flips a truly random coin, outside
    Hypothesis' record): a step's draws then change between two runs of the same choices, which Hypothesis
    reports as flaky data generation, and a link fires or not by luck. Here every link value is applied
    (AlwaysFollowLinks); the stateless phases and the negative steps still send made-up ids.

    schemathesis starts scenarios only from "likely" roots (POSTs, GETs without path parameters) and, when it
    infers that an operation consumes a resource nothing produces (Cryptofuse's `POST /withdrawal/`, Bitunix'
    `inside_transfer`), not from that one: such a source is then reached only through inferred links, mostly
    with the wrong data, and its own links never fire. In the prepared world every source can succeed, so each
    gets the same root rule schemathesis gives its roots (the helpers of schemathesis 4's
    specs/openapi/stateful, pinned in requirements).
    """
    from hypothesis.stateful import Bundle
    from schemathesis.generation.stateful.state_machine import StepInput, normalize_name
    from schemathesis.specs.openapi.stateful import _step_case_strategy, is_root_allowed, transition

    feedback = FeedbackSources(constants_value_source=make_constants_value_source(schema))
    base = schema.build_state_machine(feedback=feedback, link_calibration=AlwaysFollowLinks())
    sources = {op.label for op in documented(provider) if op.links}
    operations = {op.label: op for op in (r.ok() for r in schema.get_all_operations())}
    rules: dict[str, Any] = {}
    added = set()
    for label in sorted(sources - set(base._root_labels)):
        operation = operations.get(label)
        if operation is None or not schema.config.phases_for(operation=operation).stateful.enabled:
            continue
        modes = schema.config.generation_for(operation=operation, phase="stateful").modes
        name = normalize_name(f"RANDOM -> {label}")
        rules[name] = transition(
            name=name,
            target=Bundle("catch_all"),
            precondition=is_root_allowed(label),
            input=_step_case_strategy(operation, modes, feedback=feedback).map(StepInput.initial),
        )
        added.add(label)
    if not rules:
        return base
    return type(
        base.__name__,
        (base,),
        {
            **rules,
            "root_rules": base.root_rules | frozenset(rules),
            "_root_labels": base._root_labels | frozenset(added),
        },
    )
