"""`coinrails-mock`: credentials (JSON and `--env`), the start-up banner, JSON log lines."""

from __future__ import annotations

import base64
import gc
import json
import logging
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import weakref
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
import uvicorn
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from coinrails_mock import cli
from coinrails_mock.app import build_app
from coinrails_mock.cli import FreezeSurvivors, JsonFormatter, banner, main
from coinrails_mock.providers.ceffu.credentials import API_KEYS, public_key
from contract_tests.harness import free_port


def test_credentials_json_holds_usable_keys(capsys):
    assert main(["credentials", "ceffu"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["provider"] == "ceffu" and out["base_url"] == "http://127.0.0.1:8101"
    for key_field, secret_field in (
        ("api_key", "private_key"),
        ("readonly_api_key", "readonly_private_key"),
        ("other_tenant_api_key", "other_tenant_private_key"),
    ):
        private = serialization.load_der_private_key(base64.b64decode(out[secret_field]), password=None)
        assert isinstance(private, rsa.RSAPrivateKey)
        signature = private.sign(b"payload", padding.PKCS1v15(), hashes.SHA512())
        public_key(out[key_field]).verify(signature, b"payload", padding.PKCS1v15(), hashes.SHA512())
    assert len({out["api_key"], out["readonly_api_key"], out["other_tenant_api_key"]} & set(API_KEYS)) == 3
    webhook_key = serialization.load_der_public_key(base64.b64decode(out["webhook_public_key"]))
    assert isinstance(webhook_key, rsa.RSAPublicKey)


def _exports(capsys, *argv: str) -> dict[str, str]:
    assert main(["credentials", *argv, "--env"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith("export ") for line in lines)
    pairs = [shlex.split(line[len("export ") :])[0].split("=", 1) for line in lines]
    return dict(pairs)


@pytest.mark.parametrize("provider", ["ceffu", "bitunix", "xcurrency", "cryptofuse"])
def test_env_exports_exactly_the_variables_the_client_reads(provider, capsys):
    exports = _exports(capsys, provider, "--port", "9123")
    package = Path("generated") / f"{provider}-client" / f"{provider}_client"
    client_source = "".join(p.read_text() for p in (package / "_client.py", package / "ws.py") if p.exists())
    read = set(re.findall(r'setting\([^)]*"([A-Z_]+)"', client_source))
    assert set(exports) == read
    assert exports[f"{provider.upper()}_BASE_URL"] == "http://127.0.0.1:9123"


async def test_exported_credentials_drive_the_typed_client(capsys, monkeypatch):
    from ceffu_client import AsyncCeffuClient

    for variable, value in _exports(capsys, "ceffu", "--port", "9124").items():
        monkeypatch.setenv(variable, value)
    app = build_app("ceffu")
    async with AsyncCeffuClient(transport=httpx.ASGITransport(app=app)) as client:
        assert client.base_url == "http://127.0.0.1:9124"
        wallets = await client.wallets.get_wallet_list(page_limit=10)
        assert wallets.data
    await app.state.mock.aclose()


def test_banner_names_provider_url_state_and_how_to_get_credentials(tmp_path):
    text, fields = banner("ceffu", tmp_path / "s.sqlite", 9125)
    assert "ceffu mock listening on http://127.0.0.1:9125" in text and str(tmp_path / "s.sqlite") in text
    assert "coinrails-mock credentials ceffu --env --port 9125" in text and fields["docs"].endswith("/_mock/docs")
    assert "in memory" in banner("ceffu", None, 8101)[0]


def test_banner_of_an_ipv6_host_brackets_it_and_passes_it_to_credentials():
    text, fields = banner("ceffu", None, 8101, "::1")
    assert fields["base_url"] == "http://[::1]:8101" and "listening on http://[::1]:8101" in text
    assert "coinrails-mock credentials ceffu --env --host ::1 --port 8101" in text


def test_a_taken_port_stops_serve_with_one_line():
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        argv = [sys.executable, "-m", "coinrails_mock.cli", "serve", "--provider", "ceffu", "--port", str(port)]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"coinrails-mock: cannot listen on 127.0.0.1:{port}: Address already in use; stop what uses it, or choose"
        " another --port"
    ]


def test_serve_all_with_one_port_taken_starts_none_and_releases_the_others(monkeypatch, capsys):
    ports = {provider: free_port() for provider in cli.DEFAULT_PORTS}
    monkeypatch.setattr(cli, "DEFAULT_PORTS", ports)
    monkeypatch.setattr(cli, "_logging", lambda *args: None)  # keep pytest's logging as it is
    with socket.create_server(("127.0.0.1", ports["xcurrency"])):
        assert main(["serve", "--all"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"coinrails-mock: cannot listen on 127.0.0.1:{ports['xcurrency']}: Address already in use; stop what uses"
        " it, or serve that provider alone with --provider and --port"
    ]
    for provider, port in ports.items():  # the ports bound before the taken one were closed again
        if provider != "xcurrency":
            _bind_alone(port)


def test_ctrl_c_stops_serve_without_a_traceback():
    port = free_port()
    argv = [sys.executable, "-m", "coinrails_mock.cli", "serve", "--provider", "ceffu", "--port", str(port)]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{port}/_mock/clock", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0 and "Traceback" not in err, err


def test_json_log_lines_carry_the_request_fields():
    record = logging.LogRecord("coinrails_mock.requests", logging.INFO, "", 0, "a line", None, None)
    record.request = {"operation": "getWalletList", "status": 401, "reason": "Invalid Sign"}
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "a line" and line["status"] == 401 and line["reason"] == "Invalid Sign"


def test_serve_freezes_the_start_up_heap_before_serving(monkeypatch):
    """The collector's full passes then walk only what requests made (benchmarks: the p99 figures)."""
    seen = {}

    async def serve(self, *_, **__):
        seen["frozen"] = gc.get_freeze_count()

    monkeypatch.setattr(uvicorn.Server, "serve", serve)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    gc.unfreeze()
    callbacks = gc.callbacks[:]
    try:
        assert main(["serve", "--provider", "ceffu", "--port", str(free_port()), "--log-level", "warning"]) == 0
        assert [c for c in gc.callbacks if isinstance(c, FreezeSurvivors)]  # and so on for what requests store
    finally:
        gc.callbacks[:] = callbacks
        gc.unfreeze()
        root.handlers[:], root.level = handlers, level
    assert seen["frozen"] > 10_000  # the specs, validators and app built at start-up


class _Node:
    """A tracked object that can sit in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_full_collections_freeze_their_survivors_and_thaw_when_the_frozen_heap_doubles():
    """Stored state leaves later full passes (their pauses do not grow with it); cyclic garbage among it is still
    freed once the frozen heap has doubled."""
    gc.unfreeze()
    gc.disable()  # only the passes this test asks for
    gc.collect()
    gc.freeze()  # as settle_heap leaves it
    base = gc.get_freeze_count()
    policy = FreezeSurvivors()
    gc.callbacks.append(policy)
    try:
        assert policy.walked == base > 0
        kept = [_Node() for _ in range(1000)]
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle: only the collector frees it
        watch = weakref.ref(a)
        before = gc.get_freeze_count()
        gc.collect()
        assert gc.get_freeze_count() >= before + 1000 and not policy.thawed  # survivors frozen, not walked again
        del a, b
        gc.collect()
        assert watch() is not None and not policy.thawed  # frozen: the next passes do not walk it
        kept += [_Node() for _ in range(3 * base)]  # the frozen heap more than doubles
        gc.collect()
        assert policy.thawed and gc.get_freeze_count() == 0
        gc.collect()  # this pass walks everything, frees the cycle and freezes the rest again
        assert watch() is None
        assert not policy.thawed and policy.passes == 0 and policy.walked >= len(kept) > 3 * base
    finally:
        gc.callbacks.remove(policy)
        gc.unfreeze()
        gc.enable()


def test_full_collections_thaw_the_frozen_heap_every_few_passes_even_when_it_does_not_grow():
    """Garbage cycles frozen with the survivors (requests in flight at a pass) are freed within THAW_EVERY passes."""
    gc.unfreeze()
    gc.disable()
    gc.collect()
    gc.freeze()
    policy = FreezeSurvivors()
    gc.callbacks.append(policy)
    try:
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        watch = weakref.ref(a)
        gc.collect()  # pass 1: the cycle is alive, frozen with the rest
        del a, b
        for _ in range(FreezeSurvivors.THAW_EVERY - 2):  # passes 2 to THAW_EVERY - 1
            gc.collect()
            assert watch() is not None and not policy.thawed
        gc.collect()  # pass THAW_EVERY since the heap was last walked: thawed
        assert policy.thawed
        gc.collect()
        assert watch() is None and not policy.thawed
    finally:
        gc.callbacks.remove(policy)
        gc.unfreeze()
        gc.enable()


def test_listen_closes_what_it_bound_when_a_later_port_is_taken():
    ports = [free_port() for _ in range(3)]
    servers = [SimpleNamespace(config=SimpleNamespace(host="127.0.0.1", port=port)) for port in ports]
    with socket.create_server(("127.0.0.1", ports[2])), pytest.raises(cli.CannotListen) as caught:
        cli._listen(servers, "choose another --port")
    assert caught.value.__traceback__ is not None  # keeps _listen's frame, and what it bound, alive
    for port in ports[:2]:
        _bind_alone(port)


def _bind_alone(port: int) -> None:
    """Bind without SO_REUSEADDR: fails while any other socket is bound to the port, listening or not."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_bound_sockets_already_listen():
    """uvloop ignores a failed listen() at serve time: a port lost after bind would give a silent server."""
    socks = cli._bind("127.0.0.1", 0)
    try:
        assert socks and all(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) for s in socks)
    finally:
        for sock in socks:
            sock.close()


def test_a_taken_ipv6_port_is_named_in_brackets():
    with socket.create_server(("::1", 0), family=socket.AF_INET6) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(cli.CannotListen, match=rf"cannot listen on \[::1\]:{port}: .*; stop what uses it"):
            cli._bind("::1", port)


@pytest.mark.parametrize("port", ["65536", "-1", "99999999999999999999", "80a"])
def test_a_port_outside_0_to_65535_is_refused_by_the_parser(port, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--provider", "ceffu", "--port", port])
    assert stopped.value.code == 2 and "is not a TCP port (0-65535)" in capsys.readouterr().err
