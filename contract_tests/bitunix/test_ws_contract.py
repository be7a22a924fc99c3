"""Bitunix WebSocket API contract suite (specs/bitunix-ws.yaml), property-based from the AsyncAPI message schemas.

Against the Bitunix mock (its own, on a free loopback port) by default, or BITUNIX_BASE_URL (+ BITUNIX_WS_URL,
BITUNIX_API_KEY, BITUNIX_SECRET_KEY). The write methods (order.place_order[.batch], order.cancel) run only where
contract_tests/targets.py allows writes: loopback, or a sandbox with CONTRACT_ALLOW_WRITES=1, never production;
elsewhere they are skipped, and Session refuses to send them.

- positive: params drawn from each method's params schema, correctly signed, get an answer with the request's id
  that is the method's reply message or the error reply - never an auth, missing-params or system error;
- negative: a missing required param (70003), an unknown param or a value breaking its schema (2), an unknown
  method, frames that are not request objects, a wrong sign, a stale timestamp and a reused nonce are refused
  with the error reply carrying the request's id (null when it had none), and the connection keeps answering;
- consistency: the same question over REST and over WebSocket gives the same `data`; an order placed over
  WebSocket is seen over REST.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bitunix_client._runtime.jsonutil import loads
from bitunix_client.signing import BitunixSigner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from ..harness import running_mock
from ..targets import Target, WriteRefused, remote_target, writes_allowed
from .wsapi import NEVER_FOR_VALID, NOT_SENT, WRITES, Session, credentials, guard, params_strategy, ws_spec, ws_url

SPEC = ws_spec()
METHODS = sorted(SPEC.methods)
EXAMPLES = int(os.environ.get("CONTRACT_WS_EXAMPLES", "15"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def ws_target() -> Iterator[Target]:
    remote = remote_target("bitunix")
    if remote is not None:
        yield remote
        return
    with running_mock("bitunix", rate_limit_per_second=0) as server:  # the limit has its own tests (tests/mock)
        yield Target("bitunix", server.base_url, server.credentials, mock=True)


@pytest.fixture(scope="module")
def session(ws_target: Target) -> Iterator[Session]:
    api_key, secret_key = credentials(ws_target)
    connection = Session(ws_url(ws_target), api_key, secret_key, paced=not ws_target.mock)
    yield connection
    connection.close()


def allowed(session: Session, method: str) -> None:
    if SPEC.methods[method].write and not writes_allowed(session.url):
        pytest.skip(f"{method} writes: not sent to {session.url}")


def is_error_reply(answer: Any, request_id: Any) -> None:
    assert not list(SPEC.error_reply.iter_errors(answer)), answer
    assert answer["id"] == request_id and answer["code"] != "0", answer


# ---- positive -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("method", METHODS)
def test_valid_signed_requests_get_the_reply_or_a_business_error(session: Session, method: str) -> None:
    allowed(session, method)
    spec = SPEC.methods[method]

    @SETTINGS
    @given(params=params_strategy(spec))
    def run(params: dict[str, Any]) -> None:
        signed = session.signed(params)
        frame = {"id": session.next_id + 1, "method": method, "params": signed}
        assert not list(spec.request.iter_errors(frame)), "the strategy drew an invalid frame"
        answer = session.frame(method, signed)
        if answer["code"] == "0":
            assert not list(spec.reply.iter_errors(answer)), answer
        else:
            is_error_reply(answer, answer["id"])
            assert answer["code"] not in NEVER_FOR_VALID, (params, answer)

    run()


# ---- negative -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("method", METHODS)
def test_params_breaking_the_message_schema_are_refused_with_their_id(session: Session, method: str) -> None:
    """schemathesis' negative mode: missing required params, unknown ones, wrong types, out-of-bounds values."""
    allowed(session, method)
    spec = SPEC.methods[method]

    @SETTINGS
    @given(params=params_strategy(spec, GenerationMode.NEGATIVE))
    def run(params: Any) -> None:
        if params is NOT_SENT:
            answer = session.frame(method, None)
        elif isinstance(params, dict):
            answer = session.call(method, params)
        else:
            answer = session.frame(method, params)  # not an object: nothing to sign
        is_error_reply(answer, answer["id"])
        assert answer["code"] in ("2", "70003"), (params, answer)
        frame = {"id": answer["id"], "method": method, "params": params}
        assert list(spec.request.iter_errors(frame)), "the strategy drew a valid frame"

    run()
    assert session.call("ping")["code"] == "0"


@SETTINGS
@given(
    garbage=st.one_of(
        st.text(max_size=50).filter(lambda t: not t.strip().startswith("{")),
        st.lists(st.integers(), max_size=3).map(lambda v: json.dumps(v)),
        st.binary(max_size=20),
    )
)
def test_frames_that_are_not_request_objects_get_an_error_with_a_null_id(session: Session, garbage: Any) -> None:
    answer = session.send_text(garbage)
    is_error_reply(answer, None)
    assert answer["code"] == "2"


@SETTINGS
@given(name=st.text(min_size=1, max_size=30).filter(lambda n: n not in SPEC.methods), frame_id=st.integers(0, 2**53))
def test_unknown_methods_are_refused_with_their_id(session: Session, name: str, frame_id: int) -> None:
    answer = session.frame(name, session.signed({}), frame_id=frame_id)
    is_error_reply(answer, frame_id)
    assert answer["code"] == "2"


@pytest.mark.parametrize("method", ["ping", "market.last_price", "user.account", "order.pending.list"])
def test_authentication_failures_are_refused_and_the_connection_keeps_answering(session: Session, method: str) -> None:
    params = {"symbol": "BTCUSDT"} if method in ("market.last_price", "order.pending.list") else {}
    bad_sign = session.frame(method, {**session.signed(params), "sign": "0" * 64})
    is_error_reply(bad_sign, bad_sign["id"])
    assert bad_sign["code"] == "100005"
    stale = session.call(method, params, timestamp=1_600_000_000_000)
    assert stale["code"] == "100008"
    reused = session.signed(params)
    assert session.frame(method, reused)["code"] == "0"
    again = session.frame(method, reused)
    is_error_reply(again, again["id"])
    assert again["code"] == "100008"
    unknown = session.frame(method, {**session.signed(params), "apiKey": "not-a-key"})
    assert unknown["code"] == "100004"
    assert session.call("ping")["code"] == "0"


# ---- REST / WebSocket consistency -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def rest(ws_target: Target) -> Iterator[httpx.Client]:
    api_key, secret_key = credentials(ws_target)
    with httpx.Client(base_url=ws_target.base_url, auth=BitunixSigner(api_key, secret_key), timeout=10) as client:
        yield client


def rest_data(rest: httpx.Client, method: str, path: str, args: dict[str, Any] | None = None) -> Any:
    if method == "GET":
        response = rest.get(path, params=args)
    else:
        body = json.dumps(args or {}, separators=(",", ":"))
        response = rest.post(path, content=body, headers={"content-type": "application/json"})
    body = loads(response.content)
    assert body["code"] == "0", body
    return body["data"]


SAME_ANSWER = [
    ("market.last_price", {"symbol": "BTCUSDT"}, "GET", "/api/spot/v1/market/last_price"),
    ("common.coin_pair.list", {}, "GET", "/api/spot/v1/common/coin_pair/list"),
    ("common.rate.list", {}, "GET", "/api/spot/v1/common/rate/list"),
    ("common.coin.coin_network.list", {}, "GET", "/api/spot/v1/common/coin/coin_network/list"),
    ("user.account", {}, "GET", "/api/spot/v1/user/account"),
    ("user.info", {}, "GET", "/api/spot/v1/user/info"),
    ("order.pending.list", {"symbol": "BTCUSDT"}, "POST", "/api/spot/v1/order/pending/list"),
    ("order.history.page", {"symbol": "BTCUSDT", "page": 1, "pageSize": 5}, "POST", "/api/spot/v1/order/history/page"),
]


@pytest.mark.parametrize(("method", "params", "verb", "path"), SAME_ANSWER, ids=[s[0] for s in SAME_ANSWER])
def test_the_same_question_over_rest_and_websocket_gets_the_same_answer(session, rest, method, params, verb, path):
    answer = session.call(method, params)
    assert answer["code"] == "0", answer
    assert answer["data"] == rest_data(rest, verb, path, params)


def test_an_order_placed_over_websocket_is_seen_over_rest(ws_target: Target, session: Session, rest: httpx.Client):
    allowed(session, "order.place_order")
    if ws_target.mock:  # the mock's users start empty: deposit some BTC through its control API
        network = "Bitcoin"
        row = rest_data(rest, "POST", "/api/spot/v1/deposit/address", {"coin": "BTC", "network": network})[0]
        deposit = {"address": row["address"], "coin": "BTC", "network": network, "amount": "0.01"}
        assert rest.post("/_mock/bitunix/deposits", json=deposit, auth=None).status_code == 200
    before = {r["coin"]: r for r in rest_data(rest, "GET", "/api/spot/v1/user/account")}
    order = {"side": 1, "type": 1, "volume": "0.000001", "price": "99999999", "symbol": "BTCUSDT"}  # rests, far away
    placed = session.call("order.place_order", order)
    if placed["code"] != "0":  # no BTC to sell on this account: nothing was placed
        pytest.skip(f"cannot place a resting order here: {placed['msg']}")
    order_id = placed["data"]["orderId"]
    try:
        detail = rest_data(rest, "GET", "/api/spot/v1/order/detail", {"orderId": order_id})
        assert detail["orderId"] == order_id and detail["status"] == 1
        locked = {r["coin"]: r for r in rest_data(rest, "GET", "/api/spot/v1/user/account")}["BTC"]
        assert Decimal(locked["balanceLocked"]) == Decimal(before["BTC"]["balanceLocked"]) + Decimal("0.000001")
    finally:
        cancel = session.call("order.cancel", {"orderIdList": [{"orderId": order_id, "symbol": "BTCUSDT"}]})
        assert cancel["code"] == "0", cancel
    after = {r["coin"]: r for r in rest_data(rest, "GET", "/api/spot/v1/user/account")}
    assert after["BTC"] == before["BTC"]


# ---- write safety -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("method", sorted(WRITES))
def test_writes_go_only_to_loopback_or_an_allowed_sandbox_never_production(monkeypatch, method: str) -> None:
    monkeypatch.delenv("CONTRACT_ALLOW_WRITES", raising=False)
    guard(method, "ws://127.0.0.1:8102/ws-api/v1")
    guard("user.account", "wss://sandbox.example.com/ws-api/v1")
    with pytest.raises(WriteRefused):
        guard(method, "wss://sandbox.example.com/ws-api/v1")
    monkeypatch.setenv("CONTRACT_ALLOW_WRITES", "1")
    guard(method, "wss://sandbox.example.com/ws-api/v1")
    with pytest.raises(WriteRefused):
        guard(method, "wss://openapi.bitunix.com:443/ws-api/v1")
