"""Hostile inputs against every provider's mock (issue 13): what a client, a broken client or a web page can send.

Each input goes to a strict mock on loopback (signed with the provider's real credentials where the input must
get past authentication). For every answer: never a 5xx, JSON in the provider's own success or error shape,
and a refusal changes nothing (`GET /_mock/state` before and after is identical); the state stays readable. The
inputs: the attack run's cases (lone surrogate escapes in values and keys, nesting ~300 deep also on
unauthenticated endpoints, numbers beyond any field, a 22+ digit rate amount), plus Hypothesis-generated JSON
values, query values and header values. The count per provider is printed at the end of the run (`tally.py`).
The control API, webhook proxy, state file and server limit cases are in test_hardening.py.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.harness import RunningMock

from .providers import ADAPTERS
from .support import PROVIDERS, Control, serve
from .tally import TALLY

MARK = "@@HOSTILE@@"  # the placeholder a hostile JSON fragment replaces in a body
DEEP = 300
EXAMPLES = 30  # per Hypothesis test and provider: keeps the suite well under a minute


# ---- the provider's own answer shapes ------------------------------------------------------------------------------
def is_error(provider: str, body: Any) -> bool:
    if not isinstance(body, dict):
        return False
    if provider == "ceffu":
        return set(body) == {"code", "message", "data"} and body["code"] != "000000" and body["data"] is None
    if provider == "bitunix":
        return set(body) == {"code", "msg", "data", "success"} and body["success"] is False
    if provider == "xcurrency":
        return set(body) == {"status", "message"} and body["status"] != "1"
    if set(body) == {"error", "error_description"}:  # Cryptofuse's OAuth endpoint
        return True
    return set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}


def is_success(provider: str, status: int, body: Any) -> bool:
    if status >= 400:
        return False
    if provider == "ceffu":
        return isinstance(body, dict) and body.get("code") == "000000"
    if provider == "bitunix":
        return isinstance(body, dict) and body.get("success") is True
    if provider == "xcurrency":
        return isinstance(body, dict) and body.get("status") == "1"
    return not (isinstance(body, dict) and "error" in body)


# ---- one provider's target -----------------------------------------------------------------------------------------
@dataclass
class Target:
    """A request a hostile value goes into: `body(key)` is a valid body with MARK where the value goes."""

    name: str
    method: str
    path: str
    body: Callable[[str], dict[str, Any]] | None = None
    query: dict[str, str] = field(default_factory=dict)  # GET: MARK in a value marks the hostile parameter


@dataclass
class Env:
    provider: str
    mock: RunningMock
    control: Control
    client: Any
    targets: list[Target]
    seq: int = 0

    def key(self) -> str:
        self.seq += 1
        return f"hostile-{self.seq}"

    def state(self) -> dict[str, Any]:
        response = self.control.http.get("/state")
        assert response.status_code == 200, response.text[:300]
        return response.json()

    def body_bytes(self, target: Target, fragment: str) -> bytes:
        assert target.body is not None
        body = target.body(self.key())
        if self.provider == "ceffu":
            body["timestamp"] = self.mock.engine.clock.now_ms()
        return json.dumps(body, separators=(",", ":")).replace(json.dumps(MARK), fragment).encode()

    def send(self, target: Target, fragment: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """`target` with the JSON text `fragment` in place of MARK (GET: the raw text as the query value)."""
        if target.method == "GET":
            params = {k: fragment if v == MARK else v for k, v in target.query.items()}
            return self.client.http.get(target.path, params=params, headers=headers)
        content = self.body_bytes(target, fragment)
        merged = {"content-type": "application/json", **(headers or {})}
        return self.client.http.request(target.method, target.path, content=content, headers=merged)

    def attempt(self, kind: str, send: Callable[[], httpx.Response]) -> httpx.Response:
        """Send one hostile input and check the answer; a refusal must leave the state as it was."""
        before = self.state()
        response = send()
        after = self.state()
        record(self, kind, response, before, after)
        return response


def record(env: Env, kind: str, response: httpx.Response, before: Any, after: Any) -> None:
    status = response.status_code
    assert status < 500, (env.provider, kind, status, response.text[:500])
    assert response.headers.get("content-type", "").startswith("application/json"), (kind, response.text[:200])
    body = response.json()
    if is_error(env.provider, body):
        assert before == after, (env.provider, kind, "a refused input changed the state", body)
        TALLY.record(env.provider, kind, f"{status} refused")
    else:
        assert is_success(env.provider, status, body), (env.provider, kind, status, body)
        TALLY.record(env.provider, kind, f"{status} accepted")


# ---- targets per provider ------------------------------------------------------------------------------------------
def ceffu_targets(env: Env) -> list[Target]:
    adapter = ADAPTERS["ceffu"]
    ctx = adapter.prepare(env.client, env.control)
    prime, sub = ctx["prime"], ctx["sub"]
    return [
        Target(
            "createSubWallet",
            "POST",
            "/open-api/v1/subwallet/create",
            lambda k: {"parentWalletId": prime, "walletName": MARK, "requestId": k},
        ),
        Target(
            "createSubWalletTransfer",
            "POST",
            "/open-api/v1/subwallet/transfer",
            lambda k: {"coinSymbol": "USDT", "amount": MARK, "fromWalletId": prime, "toWalletId": sub, "requestId": k},
        ),
        Target(
            "getWalletAssetList", "GET", "/open-api/v1/wallet/asset/list", query={"walletId": prime, "pageLimit": MARK}
        ),
    ]


def bitunix_targets(env: Env) -> list[Target]:
    ctx = ADAPTERS["bitunix"].prepare(env.client, env.control)
    receiver = ctx["receiver"]
    return [
        Target(
            "createInsideTransfer (remark)",
            "POST",
            "/api/spot/v1/inside_transfer",
            lambda k: {"coin": "USDT", "amount": 1, "toType": "uid", "toUid": receiver, "remark": MARK, "outBizId": k},
        ),
        Target(
            "createInsideTransfer (amount)",
            "POST",
            "/api/spot/v1/inside_transfer",
            lambda k: {"coin": "USDT", "amount": MARK, "toType": "uid", "toUid": receiver, "outBizId": k},
        ),
        Target("getDepth", "GET", "/api/spot/v1/market/depth", query={"symbol": "BTCUSDT", "precision": MARK}),
    ]


def xcurrency_targets(env: Env) -> list[Target]:
    creds = env.mock.credentials
    env.client.assets_networks.list_asset_networks()  # the client's token is issued before any snapshot
    return [
        Target(
            "createCustomer",
            "POST",
            "/customers",
            lambda k: {"externalRef": k, "name": MARK, "email": f"{k}@example.com"},
        ),
        Target(
            "createCustomer (metadata)",
            "POST",
            "/customers",
            lambda k: {"externalRef": k, "name": "Eve", "email": f"{k}@example.com", "metadata": {"tier": MARK}},
        ),
        Target(
            "createQuote",
            "POST",
            "/global/payout/rate/query/price",
            lambda _: {"sourceCurrency": "AUD", "targetCurrency": "USDT", "sourceAmount": MARK},
        ),
        Target("getToken", "POST", "/payout/oauth/token", lambda _: {"appKey": creds["app_key"], "secretKey": MARK}),
        Target("listTopupOrders", "GET", "/topup/orders", query={"pageSize": MARK}),
    ]


def cryptofuse_targets(env: Env) -> list[Target]:
    env.client.wallets.list_wallets()  # the client's token is issued before any snapshot
    return [
        Target("createWallet", "POST", "/wallets/", lambda k: {"name": MARK, "external_id": k}),
        Target(
            "createPayment", "POST", "/payments/", lambda k: {"amount": MARK, "currency": "USDTTRC20", "order_id": k}
        ),
        Target("getRate", "GET", "/rates/", query={"currency_to": "USDTTRC20", "amount": MARK}),
    ]


TARGETS = {
    "ceffu": ceffu_targets,
    "bitunix": bitunix_targets,
    "xcurrency": xcurrency_targets,
    "cryptofuse": cryptofuse_targets,
}


@pytest.fixture(scope="module", params=PROVIDERS)
def env(request: pytest.FixtureRequest) -> Iterator[Env]:
    provider = request.param
    adapter = ADAPTERS[provider]
    with serve(provider, **adapter.options) as (mock, control):
        client = adapter.client(mock, retry=__import__(adapter.package).RetryPolicy(max_retries=0))
        try:
            environment = Env(provider, mock, control, client, [])
            environment.targets = TARGETS[provider](environment)
            yield environment
            # afterwards the state and the provider's reads still answer
            assert environment.state()["provider"]
            for target in environment.targets:
                if target.method == "GET":
                    response = environment.send(target, "5")
                    assert response.status_code == 200, response.text[:300]
        finally:
            client.close()


# ---- the listed inputs ---------------------------------------------------------------------------------------------
SURROGATES = {
    "lone high surrogate": '"a\\ud800b"',
    "lone low surrogate": '"\\udfff"',
    "reversed pair": '"\\udc00\\ud800"',
    "surrogate in a nested key": '{"\\ud83d": "x"}',
}
NESTING = {
    f"array nested {DEEP} deep": "[" * DEEP + "]" * DEEP,
    f"object nested {DEEP} deep": '{"a":' * DEEP + "1" + "}" * DEEP,
    "array nested 33 deep": "[" * 33 + "]" * 33,
}
NUMBERS = {
    "1e999999": "1e999999",
    "-1e999999": "-1e999999",
    "1e-999999": "1e-999999",
    "30-digit integer": "9" * 30,
    "22-digit decimal": "1" * 22 + ".5",
    "4000-digit integer": "7" * 4000,
    "0e-99999": "0e-99999",
}
NUMBER_STRINGS = {  # decimal strings where a provider takes amounts as text, and query values
    "22-digit amount": "1" * 22,
    "30+30 digit amount": "9" * 30 + "." + "9" * 30,
    "exponent amount": "1E+999999",
}


@pytest.mark.parametrize("kind", [*SURROGATES, *NESTING, *NUMBERS])
def test_listed_body_inputs_are_answered_in_the_provider_shape(env: Env, kind: str) -> None:
    fragment = {**SURROGATES, **NESTING, **NUMBERS}[kind]
    for target in env.targets:
        if target.method != "GET":
            env.attempt(kind, lambda t=target: env.send(t, fragment))
    # the same value as a top-level key of the body
    if kind in SURROGATES:
        target = next(t for t in env.targets if t.method != "GET")
        env.attempt(f"{kind} as a key", lambda: env.send(target, '"x", "\\ud800": ' + fragment))


def test_surrogates_are_refused_and_the_lists_still_answer(env: Env) -> None:
    """Case 1: the write is refused (not stored, then answered 500) and reads afterwards answer 200."""
    target = next(t for t in env.targets if t.method != "GET")
    response = env.attempt("lone surrogate (case 1)", lambda: env.send(target, '"a\\ud800b"'))
    assert is_error(env.provider, response.json()) and response.status_code in (200, 400), response.text
    for read in env.targets:
        if read.method == "GET":
            assert env.send(read, "5").status_code == 200


@pytest.mark.parametrize("kind", list(NUMBER_STRINGS))
def test_numbers_beyond_any_field_in_strings_and_queries(env: Env, kind: str) -> None:
    text = NUMBER_STRINGS[kind]
    for target in env.targets:
        if target.method == "GET":
            env.attempt(f"query {kind}", lambda t=target: env.send(t, text))
        else:
            env.attempt(f"string {kind}", lambda t=target: env.send(t, json.dumps(text)))


def test_unauthenticated_deep_body(env: Env) -> None:
    """Case 2 without credentials: xCurrency's token endpoint needs none, every other write must refuse too."""
    target = next(t for t in env.targets if t.method != "GET")
    deep = "[" * DEEP + "]" * DEEP
    with httpx.Client(base_url=env.mock.base_url, timeout=30) as raw:
        env.attempt(
            "unauthenticated deep body",
            lambda: raw.post(
                target.path, content=env.body_bytes(target, deep), headers={"content-type": "application/json"}
            ),
        )
        if env.provider == "xcurrency":
            body = ('{"appKey":' + deep + ',"secretKey":"x"}').encode()
            env.attempt(
                "deep token body (case 2)",
                lambda: raw.post("/payout/oauth/token", content=body, headers={"content-type": "application/json"}),
            )


def test_rate_amount_with_22_digits(env: Env) -> None:
    """Case 8 (Cryptofuse `GET /rates/`): a long amount the spec's pattern allows is answered, never a 500."""
    if env.provider != "cryptofuse":
        pytest.skip("Cryptofuse's /rates/ only")
    target = next(t for t in env.targets if t.name == "getRate")
    for digits in (21, 22, 25, 30):
        env.attempt(f"rates amount {digits} digits (case 8)", lambda d=digits: env.send(target, "1" * d))


# ---- requests the HTTP parser refuses ------------------------------------------------------------------------------
UNPARSEABLE = {  # refused by the HTTP server before the app; answered by the app's refusal (engine/serving.py)
    "header name with a space": (b"GET /x HTTP/1.1\r\nhost: 127.0.0.1\r\nbad header: 1\r\n\r\n", 400),
    "non-ASCII byte in the path": (b"GET /\xff HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n", 400),
    "bad chunk size": (
        b"POST /x HTTP/1.1\r\nhost: 127.0.0.1\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n",
        400,
    ),
    "unknown HTTP version": (b"GET /x HTTP/9.9\r\nhost: 127.0.0.1\r\n\r\n", 400),
    "two content-lengths": (b"POST /x HTTP/1.1\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\nab", 400),
    "request target over 65,535 bytes": (b"GET /x?q=" + b"a" * 70_000 + b" HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n", 414),
}


def raw_exchange(base_url: str, data: bytes) -> httpx.Response:
    """Send `data` as it is on a new connection; the answer, read until the server closes the connection."""
    url = httpx.URL(base_url)
    with socket.create_connection((url.host, url.port), timeout=10) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines]
    return httpx.Response(int(status_line.split()[1]), headers=headers, content=body)


@pytest.mark.parametrize("kind", list(UNPARSEABLE))
def test_requests_the_http_parser_refuses_get_the_provider_shape(env: Env, kind: str) -> None:
    """uvicorn answers these with a plain-text 400 unless the app gives the answer: the provider's error shape,
    with its request-id header where it has one, and the connection closed (the recv loop ends)."""
    data, status = UNPARSEABLE[kind]
    journal = env.mock.engine.journal
    before = max((e.seq for e in journal.entries), default=0)
    response = env.attempt(kind, lambda: raw_exchange(env.mock.base_url, data))
    assert response.status_code == status and is_error(env.provider, response.json()), response.text[:300]
    assert response.headers["connection"] == "close"
    assert response.headers.keys() >= env.mock.engine.provider.response_headers().keys()
    # journaled like any refused request (a chunked body's head already reached the app, which journals it too)
    time.sleep(0.2)  # a request whose head reached the app (the chunked one) has seen the connection close
    new = [(e.status, e.reason) for e in journal.entries if e.seq > before]
    assert len(new) == 1 and new[0][0] == status and new[0][1] in response.text, new


def test_a_control_request_the_parser_refuses_gets_the_control_api_shape(env: Env) -> None:
    """A broken body on `POST /_mock/faults`: the control API's own error shape, nothing changed, not journaled."""
    faults = env.control.http.get("/faults").json()
    journal = env.mock.engine.journal
    before = max((e.seq for e in journal.entries), default=0)
    data = (
        b"POST /_mock/faults HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
        b"transfer-encoding: chunked\r\n\r\n12\r\n" + b'{"error_rate": 1.0}'[:18] + b"\r\nzz\r\n"
    )
    response = raw_exchange(env.mock.base_url, data)
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"error"} and set(response.json()["error"]) == {"code", "message"}
    time.sleep(0.2)
    assert env.control.http.get("/faults").json() == faults
    assert not [e for e in journal.entries if e.seq > before]


def test_a_write_whose_body_breaks_is_not_run(env: Env) -> None:
    """A chunked body that breaks after a whole valid chunk (a bad trailer): the parser's refusal is the only
    answer and the only journal entry; the write is not run on what had arrived."""
    target = next(t for t in env.targets if t.method != "GET")
    path, content, media = target.path, env.body_bytes(target, '"x"'), "application/json"
    if env.provider == "cryptofuse":  # the token endpoint: a whole, valid request but for the trailer
        c = env.mock.credentials
        path, media = "/o/token/", "application/x-www-form-urlencoded"
        secret = f"client_id={c['client_id']}&client_secret={c['client_secret']}"
        content = f"grant_type=client_credentials&{secret}".encode()
    head = f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: {media}\r\ntransfer-encoding: chunked\r\n\r\n"
    data = head.encode() + b"%x\r\n" % len(content) + content + b"\r\n0\r\nbad trailer: x\r\n\r\n"
    journal = env.mock.engine.journal
    before = max((e.seq for e in journal.entries), default=0)
    response = env.attempt("body broken after a whole chunk", lambda: raw_exchange(env.mock.base_url, data))
    assert response.status_code == 400 and is_error(env.provider, response.json()), response.text[:300]
    time.sleep(0.2)  # the request's own task has seen the connection close
    assert [(e.status, e.operation) for e in journal.entries if e.seq > before] == [(400, None)]


def test_a_body_cut_short_by_the_client_is_not_run(env: Env) -> None:
    """The client closes before its content-length is complete: nothing is run or answered; the journal says so."""
    target = next(t for t in env.targets if t.method != "GET")
    journal = env.mock.engine.journal
    before = env.state()
    seq = max((e.seq for e in journal.entries), default=0)
    url = httpx.URL(env.mock.base_url)
    with socket.create_connection((url.host, url.port), timeout=10) as sock:
        sock.sendall(
            f"POST {target.path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
            "content-length: 1000\r\n\r\n".encode()
            + env.body_bytes(target, '"x"')[:20]
        )
        time.sleep(0.1)
        sock.shutdown(socket.SHUT_WR)
        assert sock.recv(1000) == b""  # no answer
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not any(e.seq > seq for e in journal.entries):
        time.sleep(0.02)
    new = [(e.status, e.reason) for e in journal.entries if e.seq > seq]
    assert new == [(None, "the connection closed before the request was complete: not run")], new
    assert env.state() == before


# ---- generated inputs ----------------------------------------------------------------------------------------------
SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
TEXT = st.one_of(st.text(max_size=20), st.text(st.one_of(SURROGATE, st.characters()), min_size=1, max_size=5))
NUMBER = st.one_of(
    st.integers(min_value=-(10**45), max_value=10**45),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["1e999999", "-0", "1E-400", "9" * 40 + ".5"]).map(lambda s: RawNumber(s)),
)


class RawNumber(str):
    """A JSON number given as its exact text (beyond what a float can hold)."""


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBER, TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=12,
)


def to_json(value: Any) -> str:
    """JSON text with \\u escapes for every non-ASCII character (so lone surrogates become legal escapes)."""
    raws: list[str] = []

    def default(obj: Any) -> Any:
        raise TypeError(type(obj))

    def swap(obj: Any) -> Any:
        if isinstance(obj, RawNumber):
            raws.append(str(obj))
            return f"@@RAW{len(raws) - 1}@@"
        if isinstance(obj, list):
            return [swap(v) for v in obj]
        if isinstance(obj, dict):
            return {k: swap(v) for k, v in obj.items()}
        return obj

    text = json.dumps(swap(value), ensure_ascii=True, default=default)
    for index, raw in enumerate(raws):
        text = text.replace(f'"@@RAW{index}@@"', raw, 1)
    return text


SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def test_generated_json_values_in_every_write(env: Env) -> None:
    writes = [t for t in env.targets if t.method != "GET"]

    @SETTINGS
    @given(value=JSON_VALUES, index=st.integers(min_value=0, max_value=len(writes) - 1))
    def check(value: Any, index: int) -> None:
        env.attempt("generated JSON value", lambda: env.send(writes[index], to_json(value)))

    check()


def test_generated_whole_bodies(env: Env) -> None:
    """Not an object at all, or an object of anything: the write's body replaced by a generated value."""
    target = next(t for t in env.targets if t.method != "GET")

    @SETTINGS
    @given(value=JSON_VALUES)
    def check(value: Any) -> None:
        if env.provider == "ceffu" and isinstance(value, dict):  # stamped, or the signer would re-encode it
            value = {**value, "timestamp": env.mock.engine.clock.now_ms()}
        content = to_json(value).encode()
        headers = {"content-type": "application/json"}
        env.attempt("generated whole body", lambda: env.client.http.post(target.path, content=content, headers=headers))

    check()


def test_generated_query_values(env: Env) -> None:
    target = next(t for t in env.targets if t.method == "GET")

    @SETTINGS
    @given(value=st.one_of(st.text(max_size=40), st.from_regex(r"-?[0-9]{1,40}(\.[0-9]{1,40})?([eE][+-]?[0-9]{1,7})?")))
    def check(value: str) -> None:
        env.attempt("generated query value", lambda: env.send(target, value))

    check()


# Header values a client can put on the wire: visible Latin-1 and inner spaces (h11 refuses control characters
# and surrounding whitespace).
HEADER_VALUE = st.binary(max_size=60).map(lambda b: bytes(c for c in b if c >= 0x20 and c != 0x7F).strip(b" "))
AUTH_HEADERS = {
    "ceffu": ("open-apikey", "signature", "content-type"),
    "bitunix": ("api-key", "nonce", "timestamp", "sign", "content-type"),
    "xcurrency": ("token", "appkey", "sign", "content-type"),
    "cryptofuse": ("authorization", "content-type"),
}


def test_generated_header_values(env: Env) -> None:
    """Each of the provider's auth headers (and content-type) with a generated value, on an unsigned write."""
    target = next(t for t in env.targets if t.method != "GET")
    names = AUTH_HEADERS[env.provider]

    @SETTINGS
    @given(value=HEADER_VALUE, index=st.integers(min_value=0, max_value=len(names) - 1))
    def check(value: bytes, index: int) -> None:
        name = names[index].encode()
        headers = [(name, value)] + ([] if name == b"content-type" else [(b"content-type", b"application/json")])
        content = env.body_bytes(target, '"x"')
        with httpx.Client(base_url=env.mock.base_url, timeout=30) as raw:
            env.attempt("generated header value", lambda: raw.post(target.path, content=content, headers=headers))

    check()


def test_generated_content_type_on_a_signed_write(env: Env) -> None:
    target = next(t for t in env.targets if t.method != "GET")

    @SETTINGS
    @given(value=HEADER_VALUE)
    def check(value: bytes) -> None:
        content = env.body_bytes(target, '"x"')
        request = env.client.http.build_request("POST", target.path, content=content)
        request.headers["content-type"] = value.decode("latin-1")
        env.attempt("generated content-type (signed)", lambda: env.client.http.send(request))

    check()


# ---- 500 bodies carry no request data ------------------------------------------------------------------------------
def test_a_crashing_rule_answers_500_without_request_data(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    """Case 8 (xCurrency's token endpoint echoed the caller's secret): a rule failing with the request in its
    exception text answers the provider's 500 shape naming neither, and changes nothing."""
    target = next(t for t in env.targets if t.method != "GET")
    secret = f"S{time.time_ns() % 10**12:012d}"
    operation = env.mock.engine.spec.match(target.path)[0][target.method].operation_id
    if env.provider == "xcurrency":
        target, operation = next(t for t in env.targets if t.name == "getToken"), "getToken"

    def crash(backend: Any, call: Any) -> Any:
        raise RuntimeError(f"rule failed on {call.body!r} {secret}")

    monkeypatch.setitem(env.mock.engine.provider.handlers, operation, crash)
    before = env.state()
    response = env.send(target, json.dumps(secret))
    after = env.state()
    assert response.status_code == 500 and is_error(env.provider, response.json()), response.text
    assert secret not in response.text and "rule failed" not in response.text, response.text
    assert before == after
    TALLY.record(env.provider, "rule crash with the secret in its text", "500 refused, no request data")


FORM_BODIES = {
    "percent-encoded lone surrogate": b"grant_type=client_credentials&client_id=%ED%A0%80&client_secret=x",
    "raw CESU-8 surrogate bytes": b"grant_type=client_credentials&client_id=\xed\xa0\x80&client_secret=x",
    "not UTF-8": b"grant_type=\xff\xfe",
    "1000 fields": b"&".join(b"f%d=1" % i for i in range(1000)),
    "repeated field": b"grant_type=client_credentials&grant_type=password",
    "no equals sign": b"grant_type",
}


@pytest.mark.parametrize("kind", list(FORM_BODIES))
def test_hostile_form_bodies_on_the_token_endpoint(env: Env, kind: str) -> None:
    """Cryptofuse's OAuth token endpoint takes a form body (the only non-JSON body of the four providers)."""
    if env.provider != "cryptofuse":
        pytest.skip("Cryptofuse's /o/token/ only")
    headers = {"content-type": "application/x-www-form-urlencoded"}
    with httpx.Client(base_url=env.mock.base_url, timeout=30) as raw:
        env.attempt(f"form body: {kind}", lambda: raw.post("/o/token/", content=FORM_BODIES[kind], headers=headers))
