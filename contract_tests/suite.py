"""A provider's schemathesis suite: where it points, how it signs, what it may send.

The schema is built when the test module is imported (schemathesis parametrizes at collection),
so the target is decided then: `<PROVIDER>_BASE_URL` (+ credentials) when set, else the provider's
mock on a loopback port reserved now and served by the `serve` fixture during the module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import hypothesis
import requests
import schemathesis
import yaml

from .harness import free_port, running_mock
from .targets import Target, is_loopback, remote_target

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

    def state_machine_test(self, machine: Any) -> Any:
        """The state machine's pytest TestCase, running the configured number of scenarios.

        Under pytest a schemathesis state machine keeps Hypothesis' default (100 scenarios), not
        schemathesis.toml's `max-examples`; the schemathesis CLI applies the configured count.
        """
        test = machine.TestCase
        count = self.schema.config.generation_for(phase="stateful").max_examples
        test.settings = hypothesis.settings(test.settings, max_examples=count)
        return test

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
