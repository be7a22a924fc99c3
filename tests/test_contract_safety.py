"""The contract suite never writes where it may not: reads only off loopback, never production."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from coinrails_mock.providers import load_provider
from contract_tests.auth import ClientAuth
from contract_tests.targets import PRODUCTION_HOSTS, WriteRefused, guard, is_loopback, targets_named, writes_allowed

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("url", ["http://127.0.0.1:8101", "http://127.9.9.9/x", "http://[::1]:80", "http://localhost"])
def test_loopback_is_writable(url):
    assert is_loopback(url) and writes_allowed(url, {})


@pytest.mark.parametrize("url", ["https://sandbox.example.com", "http://10.0.0.5", "http://192.168.1.2:8080"])
def test_other_hosts_are_read_only_unless_allowed(url):
    assert not writes_allowed(url, {})
    assert writes_allowed(url, {"CONTRACT_ALLOW_WRITES": "1"})


@pytest.mark.parametrize("host", sorted({h for hosts in PRODUCTION_HOSTS.values() for h in hosts}))
def test_production_is_never_written_to(host):
    assert not writes_allowed(f"https://{host}/x", {"CONTRACT_ALLOW_WRITES": "1"})


def test_guard_refuses_before_anything_is_sent(monkeypatch):
    monkeypatch.delenv("CONTRACT_ALLOW_WRITES", raising=False)
    with pytest.raises(WriteRefused):
        guard("POST", "https://sandbox.example.com/open-api/v1/wallet/create")
    guard("GET", "https://sandbox.example.com/open-api/v1/wallet/list")  # reads pass
    prepared = requests.Request("POST", "https://sandbox.example.com/x", data=b"{}").prepare()
    with pytest.raises(WriteRefused):
        ClientAuth(None)(prepared)  # the hook every suite request goes through


def collected(env: dict[str, str]) -> list[str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "contract_tests/ceffu/test_contract.py",
            "--collect-only",
            "-q",
            "-o",
            "addopts=",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


def test_remote_target_collects_no_write_operation():
    """With a non-loopback CEFFU_BASE_URL the schemathesis suite holds only GET operations."""
    key = load_provider("ceffu").credentials("http://127.0.0.1")["private_key"]  # a well-formed test key
    env = {"CEFFU_BASE_URL": "https://ceffu-sandbox.example.com", "CEFFU_API_KEY": "k", "CEFFU_PRIVATE_KEY": key}
    lines = collected(env)
    methods = {m for line in lines for m in re.findall(r"\[(GET|POST|PUT|DELETE|PATCH) ", line)}
    assert methods == {"GET"}, methods
    local = collected({})
    assert "POST" in {m for line in local for m in re.findall(r"\[(GET|POST) ", line)}


def test_a_target_named_by_the_environment_heads_the_run(monkeypatch):
    """A <PROVIDER>_BASE_URL left in the shell (e.g. by `coinrails-mock credentials --env`) sends that suite to
    it, not to its own mock: the run's header says so."""
    from contract_tests.conftest import pytest_report_header

    assert targets_named({}) == []
    monkeypatch.setenv("CRYPTOFUSE_BASE_URL", "http://127.0.0.1:8132")
    (line,) = pytest_report_header(None)  # type: ignore[arg-type]
    assert line.startswith("contract target cryptofuse: http://127.0.0.1:8132 (CRYPTOFUSE_BASE_URL is set")
