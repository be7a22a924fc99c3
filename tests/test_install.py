"""The mock is an installable tool: the root wheel, installed into a fresh virtualenv outside the checkout,
serves every provider from an empty directory (specs from package data), answers a request signed by the
provider's documented scheme, and logs one line per request (with the reason for a refused one).
Building the wheel leaves nothing in the checkout."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

ROOT = Path(__file__).resolve().parents[1]
# A request each provider refuses without credentials (path of an authenticated read).
REFUSED = {
    "bitunix": "/api/spot/v1/user/account",
    "xcurrency": "/wallets/wal_x/balances",
    "cryptofuse": "/user/balances/",
}


def run(argv: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], check=True, capture_output=True, text=True, timeout=300, **kwargs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_dirt() -> list[Path]:
    """What a setuptools build used to leave in the checkout."""
    return [
        p for folder in (ROOT, *ROOT.glob("generated/*")) for p in (*folder.glob("build"), *folder.glob("*.egg-info"))
    ]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh virtualenv holding only the root wheel and its dependencies."""
    work = tmp_path_factory.mktemp("install")
    before = build_dirt()
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", work / "dist", ROOT])
    assert build_dirt() == before, "building the wheel left files in the checkout"
    (wheel,) = (work / "dist").glob("coinrails-*.whl")
    run([sys.executable, "-m", "venv", "--without-pip", work / "venv"])  # this pip installs into it: faster
    run([sys.executable, "-m", "pip", "--python", work / "venv" / "bin" / "python", "install", "--quiet", wheel])
    return work / "venv" / "bin"


def test_installed_mock_serves_every_provider_from_an_empty_directory(installed: Path, tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COINRAILS_SPECS", "VIRTUAL_ENV")}
    assert run([installed / "coinrails-mock", "--help"], cwd=empty, env=env).stdout.startswith("usage:")
    creds = json.loads(run([installed / "coinrails-mock", "credentials", "ceffu"], cwd=empty, env=env).stdout)

    ports = {p: free_port() for p in ("ceffu", *REFUSED)}
    logs = {p: tmp_path / f"{p}.log" for p in ports}
    servers = {
        p: subprocess.Popen(
            [installed / "coinrails-mock", "serve", "--provider", p, "--port", str(port)],
            cwd=empty,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=logs[p].open("w"),
        )
        for p, port in ports.items()
    }
    try:
        with httpx.Client(timeout=10) as http:
            deadline = time.monotonic() + 60
            for p, port in ports.items():
                while True:
                    assert servers[p].poll() is None, logs[p].read_text()
                    try:
                        http.get(f"http://127.0.0.1:{port}/_mock/clock")
                        break
                    except httpx.TransportError:
                        assert time.monotonic() < deadline, f"{p} mock did not start"
                        time.sleep(0.2)
                served = http.get(f"http://127.0.0.1:{port}/_mock/openapi.yaml").content
                assert served == (ROOT / "specs" / f"{p}.yaml").read_bytes()  # the wheel's copy of specs/

            # Ceffu's documented scheme: base64 SHA512withRSA (PKCS#1 v1.5) over the exact query string,
            # with the base64 PKCS#8 DER private key, in the `open-apikey` and `signature` headers.
            key = serialization.load_der_private_key(base64.b64decode(creds["private_key"]), password=None)
            query = urlencode({"pageLimit": 10, "timestamp": int(time.time() * 1000)})
            signature = base64.b64encode(key.sign(query.encode(), padding.PKCS1v15(), hashes.SHA512())).decode()
            url = f"http://127.0.0.1:{ports['ceffu']}/open-api/v1/wallet/list?{query}"
            ok = http.get(url, headers={"open-apikey": creds["api_key"], "signature": signature})
            assert ok.status_code == 200 and ok.json()["code"] == "000000" and ok.json()["data"]["data"]
            bad = http.get(url, headers={"open-apikey": creds["api_key"], "signature": signature[::-1]})
            assert bad.status_code == 401
            for p, path in REFUSED.items():  # Bitunix refuses with HTTP 200 and an error code
                http.get(f"http://127.0.0.1:{ports[p]}{path}")
                (entry,) = http.get(f"http://127.0.0.1:{ports[p]}/_mock/requests").json()["requests"]
                assert entry["path"] == path and entry["code"] and entry["reason"], entry
    finally:
        for server in servers.values():
            server.terminate()
        for server in servers.values():
            server.wait(timeout=30)

    ceffu = logs["ceffu"].read_text()
    assert f"ceffu mock listening on http://127.0.0.1:{ports['ceffu']}" in ceffu
    assert "(getWalletList) -> 200 000000" in ceffu
    refused = [line for line in ceffu.splitlines() if "(getWalletList) -> 401" in line]
    assert len(refused) == 1 and refused[0].endswith(f": {bad.json()['message']}")
    assert creds["private_key"][:40] not in ceffu and signature[:40] not in ceffu
    for p, path in REFUSED.items():
        lines = [line for line in logs[p].read_text().splitlines() if f" {path} (" in line]
        assert len(lines) == 1 and ": " in lines[0].split(" -> ", 1)[1], logs[p].read_text()  # with its reason
