"""The engine's hostile-input guards at their bounds (coinrails_mock/engine/guards.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.engine import guards
from coinrails_mock.engine.provider import parse_json
from coinrails_mock.engine.spec import RequestInvalid


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def test_nesting_up_to_the_bound_is_accepted_one_more_is_refused() -> None:
    assert parse_json(nested(guards.MAX_DEPTH))
    with pytest.raises(RequestInvalid, match="nested deeper than 32"):
        parse_json(nested(guards.MAX_DEPTH + 1))
    with pytest.raises(RequestInvalid):  # far beyond the interpreter's own recursion limit: still a refusal
        parse_json(nested(200_000))


@pytest.mark.parametrize("text", [b'"a\\ud800b"', b'{"\\udfff": 1}', b'["\\udc00\\ud800"]'])
def test_lone_surrogates_are_refused_without_echoing_them(text: bytes) -> None:
    with pytest.raises(RequestInvalid) as caught:
        parse_json(text)
    message = caught.value.problems[0].message
    message.encode("utf-8")  # the refusal itself is encodable
    assert "\ud800" not in message and "\udfff" not in message


def test_a_proper_surrogate_pair_is_text() -> None:
    assert parse_json(b'"\\ud83d\\ude00"') == "\U0001f600"


@pytest.mark.parametrize(
    ("number", "ok"),
    [
        ("99999999999999999999", True),  # 20 digits: below 10**20
        ("18446744073709551615", True),  # unsigned 64-bit max
        ("100000000000000000000", False),  # 10**20
        ("1e999999", False),
        ("-1e999999", False),
        ("5e-324", True),  # the smallest float
        ("1e-400", True),
        ("1e-401", False),
        ("1e-999999", False),
        ("0e-99999", False),
        ("0", True),
        ("-0.5", True),
    ],
)
def test_numbers_outside_the_representable_range(number: str, ok: bool) -> None:
    assert guards.representable(Decimal(number)) is ok
    if ok:
        parse_json(number.encode())
    else:
        with pytest.raises(RequestInvalid, match="outside the range"):
            parse_json(number.encode())


@pytest.mark.parametrize(
    ("host", "ok"),
    [
        ("127.0.0.1:8101", True),
        ("127.3.2.1", True),
        ("localhost", True),
        ("LOCALHOST:8101", True),
        ("localhost.", True),
        ("[::1]:8101", True),
        ("[::ffff:127.0.0.1]", True),
        ("rebind.evil.example", False),
        ("127.0.0.1.evil.example", False),
        ("0.0.0.0:8101", False),
        ("[::]:8101", False),
        ("", False),
    ],
)
def test_loopback_host_header(host: str, ok: bool) -> None:
    assert guards.loopback_host(host) is ok


def test_control_refusal_reasons() -> None:
    client = ("127.0.0.1", 5000)
    assert guards.control_refusal(client, {"host": "127.0.0.1:8101", "content-type": "application/json"}) is None
    assert guards.control_refusal(None, {}) is None  # e.g. a unix socket: no peer address
    assert "loopback clients" in guards.control_refusal(("192.0.2.1", 1), {})  # type: ignore[operator]
    assert guards.control_refusal(("::1", 1), {"host": "[::1]:8101"}) is None
    for headers in (
        {"origin": "http://127.0.0.1:8101"},
        {"sec-fetch-site": "cross-site"},
        {"content-type": "text/plain; charset=utf-8"},
        {"content-type": "multipart/form-data; boundary=x"},
        {"content-type": "application/x-www-form-urlencoded"},
        {"host": "evil.example"},
    ):
        assert guards.control_refusal(client, headers) is not None, headers


def test_a_500_message_names_the_exception_type_only() -> None:
    message = guards.internal_error("getToken", KeyError("secret-value"))
    assert "KeyError" in message and "getToken" in message and "secret-value" not in message
