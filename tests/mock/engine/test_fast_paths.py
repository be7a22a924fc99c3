"""The request path's quick passes give exactly the answers of the general code they shortcut."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from urllib.parse import parse_qsl

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coinrails_mock.engine import guards
from coinrails_mock.engine.numbers import JsonNumber
from coinrails_mock.engine.spec import RequestInvalid, query_pairs
from coinrails_mock.engine.wire import encode
from coinrails_mock.providers.bitunix import views as bitunix_views
from coinrails_mock.providers.bitunix.auth import sorted_query
from coinrails_mock.providers.cryptofuse import views as cryptofuse_views


@dataclasses.dataclass
class QueryPair:
    name: str
    value: str


QUERIES = [b"", b"a=1", b"a", b"a=", b"=1", b"&&a=1&", b"a=1&a=2", b"a==b", b"x=%41+b", b"a+b=c", b";a=1", b"b=2&a=1"]


@pytest.mark.parametrize("raw", QUERIES)
def test_query_pairs_are_parse_qsl(raw: bytes) -> None:
    expected = parse_qsl(raw.decode("ascii"), keep_blank_values=True, errors="strict", max_num_fields=200)
    assert query_pairs(raw) == expected


def test_query_pairs_keep_the_field_limit() -> None:
    assert len(query_pairs(b"&".join([b"a=1"] * 200))) == 200
    with pytest.raises(ValueError, match="Max number of fields"):
        query_pairs(b"&".join([b"a=1"] * 201))


@pytest.mark.parametrize("raw", [*QUERIES, b"\xe9=\xff", b"z=1&y&x="])
def test_bitunix_sorted_query_is_the_sorted_parse_qsl(raw: bytes) -> None:
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
    assert sorted_query(raw) == "".join(f"{k}={v}" for k, v in sorted(pairs, key=lambda kv: kv[0]))


@pytest.mark.parametrize(
    "value",
    [
        {"a": [1, "x", None, True, Decimal("1.5")]},
        {"caf\u00e9": "\u00e9"},  # non-ASCII text: valid, judged by the full check
        [10**20 - 1, -(10**20) + 1],
    ],
)
def test_plain_values_pass(value: object) -> None:
    guards.check_json(value)


@pytest.mark.parametrize(
    ("value", "keyword"),
    [
        ({"a": [10**20]}, "range"),
        ({"a": "\ud800"}, "unicode"),
        ({"\udfff": 1}, "unicode"),
        (Decimal("1e-401"), "range"),
    ],
)
def test_bad_values_are_refused_with_the_full_checks_reason(value: object, keyword: str) -> None:
    with pytest.raises(RequestInvalid) as caught:
        guards.check_json(value)
    assert caught.value.problems[0].keyword == keyword


def test_query_numbers_at_the_bound() -> None:
    guards.check_values({"a": 10**20 - 1, "b": "x", "c": [1, 2]})
    with pytest.raises(RequestInvalid):
        guards.check_values({"a": -(10**20)})
    with pytest.raises(RequestInvalid):
        guards.check_values({"a": [1, 10**20]})


def test_bare_numbers_are_written_with_their_digits_in_place() -> None:
    body = {"a": JsonNumber("1.50"), "b": [JsonNumber("0E-8"), Decimal("2.25"), "x"], "c": JsonNumber("1E+3")}
    assert encode(body) == b'{"a":1.50,"b":[0.00000000,"2.25","x"],"c":1000}'
    assert encode({"t": "\u00e9"}, ensure_ascii=True) == b'{"t":"\\u00e9"}'


@pytest.mark.parametrize(("value", "places"), [("0", 6), ("-0", 2), ("0E-8", 0), ("1E+2", 2), ("1.5", 8), ("1.123", 2)])
def test_bitunix_numbers_match_their_text(value: str, places: int) -> None:
    text = bitunix_views.money(Decimal(value), places)
    assert encode(JsonNumber(bitunix_views.padded(Decimal(value), places))) == text.encode()


@pytest.mark.parametrize("ms", [0, 999, 1000, 1_764_633_600_999, 1_764_633_601_000])
def test_cryptofuse_times(ms: int) -> None:
    moment = dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)
    assert cryptofuse_views.iso(ms) == moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def test_a_string_equal_to_the_placeholder_mark_is_answered_as_itself() -> None:
    from coinrails_mock.engine import wire

    mark = wire._MARK
    body = {mark: [mark, JsonNumber("1.50"), Decimal("2"), JsonNumber("NaN")]}
    assert encode(body) == f'{{"{mark}":["{mark}",1.50,"2","NaN"]}}'.encode()


_DECIMALS = st.decimals(allow_nan=True, allow_infinity=True) | st.decimals(places=8, allow_nan=False)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)  # past orjson's 64 bits: the standard library's way
    | st.text()  # lone surrogates included: refused either way
    | _DECIMALS
    | _DECIMALS.map(lambda d: JsonNumber(d))
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text() | st.integers(-5, 5), inner, max_size=4)
    ),  # int keys: the standard library's way
    max_leaves=20,
)


def _standard(value: object) -> bytes | type[Exception]:
    """What encode() gave before orjson: the standard library's encoder alone (its mark path)."""
    from coinrails_mock.engine import wire

    try:
        text = wire._encode(value, False, wire._MARK)
        assert text is not None
        return text.encode()
    except (TypeError, ValueError) as exc:
        return ValueError if isinstance(exc, ValueError) else TypeError


@settings(max_examples=2000, deadline=None)
@given(_VALUES)
def test_encode_gives_the_standard_librarys_bytes(value: object) -> None:
    try:
        got: bytes | type[Exception] = encode(value)
    except (TypeError, ValueError) as exc:
        got = ValueError if isinstance(exc, ValueError) else TypeError
    assert got == _standard(value)


def test_encode_refuses_what_json_cannot_carry() -> None:
    with pytest.raises(TypeError):
        encode({"a": object()})
    for value in (dt.datetime(2026, 1, 1), QueryPair("a", "1")):  # orjson would write these; json refuses them
        with pytest.raises(TypeError):
            encode({"a": value})
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        encode(loop)


async def _read(messages: list[dict[str, object]]) -> bytes:
    from coinrails_mock.engine.wire import read_request

    pending = list(messages)

    async def receive() -> dict[str, object]:
        return pending.pop(0)

    scope = {"method": "POST", "path": "/x", "query_string": b"", "headers": [(b"X-A", b"1")], "client": None}
    request = await read_request(scope, receive)
    assert request.headers == {"x-a": "1"} and request.client is None
    return request.body


@pytest.mark.parametrize(
    ("messages", "body"),
    [
        ([{"type": "http.request", "body": b"abc"}], b"abc"),
        ([{"type": "http.request"}], b""),
        ([{"type": "http.request", "body": bytearray(b"ab")}], b"ab"),
        ([{"type": "http.request", "body": b"a", "more_body": True}, {"type": "http.request", "body": b"b"}], b"ab"),
    ],
)
async def test_a_body_in_one_message_or_several(messages: list[dict[str, object]], body: bytes) -> None:
    read = await _read(messages)
    assert read == body and type(read) is bytes


@pytest.mark.parametrize(
    "messages",
    [
        [{"type": "http.request", "body": b"a", "more_body": True}, {"type": "http.disconnect"}],
        [{"type": "http.disconnect"}],
    ],
)
async def test_a_connection_closed_before_the_body_ends_is_not_a_request(messages: list[dict[str, object]]) -> None:
    """What arrived is not the body (the client left, or the parser refused the rest): the request is not run."""
    from coinrails_mock.engine.wire import ClientGone

    with pytest.raises(ClientGone):
        await _read(messages)


@pytest.mark.parametrize("chunks", [1, 2])
async def test_a_body_over_the_limit_is_invalid_in_one_message_or_several(chunks: int) -> None:
    from coinrails_mock.engine.provider import MAX_BODY_BYTES

    size = MAX_BODY_BYTES // chunks + 1
    messages: list[dict[str, object]] = [
        {"type": "http.request", "body": b"x" * size, "more_body": True} for _ in range(chunks)
    ]
    messages[-1]["more_body"] = False
    with pytest.raises(RequestInvalid) as caught:
        await _read(messages)
    assert caught.value.problems[0].keyword == "size"


def test_docs_paths_are_under_the_control_prefix() -> None:
    from coinrails_mock.engine import docs

    assert all(path.startswith("/_mock/") for path in docs.DOCS_PATHS)  # the gateway tests the prefix first


def test_compiled_query_coercion_is_the_general_one() -> None:
    from coinrails_mock.engine.spec import Param, _coerce

    kinds = ["string", "integer", "number", "boolean", "array", "null"]
    raws = ["", "1", "-1", "0010", "1.5", "1e3", "true", "false", "x", "\u0661", "+1", "NaN", "1_0", " 1"]
    for size in (1, 2, 3):
        for types in {frozenset(kinds[i % 6] for i in range(start, start + size)) for start in range(6)}:
            param = Param("p", False, types, types)
            for raw in raws:
                expected = _coerce(raw, types)
                got = raw if param.coerce is None else param.coerce(raw)
                assert (type(got), got) == (type(expected), expected), (types, raw)


@pytest.mark.parametrize(
    ("status", "payload", "outcome"),
    [
        (200, {"code": "000000"}, ("getWalletList", None)),
        (401, {"code": 1}, ("getWalletList", RequestInvalid([]))),
        (None, None, (None, None)),
        (404, None, None),
    ],
)
def test_a_request_log_line_carries_the_journal_entry(
    status: int | None, payload: object, outcome: tuple[object, object] | None, caplog: pytest.LogCaptureFixture
) -> None:
    from dataclasses import asdict

    from coinrails_mock.engine import journal

    log = journal.Journal("ceffu")
    scope: dict[str, object] = {"method": "GET", "path": "/p"}
    if outcome is not None:
        scope[journal.OUTCOME] = outcome
    with caplog.at_level("INFO", logger="coinrails_mock.requests"):
        log.record(scope, status, payload, 0.0, 5)
    (entry,) = log.entries
    (record,) = caplog.records
    assert record.getMessage() == entry.line() and record.request == asdict(entry)  # type: ignore[attr-defined]
