"""`coinrails-mock credentials bitunix` prints credentials that sign valid requests; `serve` keeps Bitunix's window."""

from __future__ import annotations

import json

from coinrails_mock.cli import _parser, _server, main
from tests.mock.bitunix.conftest import make_client, sign


def test_credentials_json_and_serve_defaults(capsys):
    assert main(["credentials", "bitunix"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["provider"] == "bitunix" and out["base_url"] == "http://127.0.0.1:8102"
    assert {"api_key", "secret_key", "uid", "receiver_uid", "receiver_email", "receiver_api_key"} <= set(out)
    assert all(isinstance(v, str) for v in out.values())
    server = _server("bitunix", _parser().parse_args(["serve", "--provider", "bitunix"]), 8102, None)
    assert server.config.app.state.mock.provider.settings()["timestamp_window_ms"] == 60_000
    args = _parser().parse_args(["serve", "--provider", "bitunix", "--timestamp-window-ms", "1000"])
    assert _server("bitunix", args, 8102, None).config.app.state.mock.provider.timestamp_window_ms == 1000


async def test_printed_credentials_sign_requests_for_both_users(capsys):
    main(["credentials", "bitunix"])
    out = json.loads(capsys.readouterr().out)
    client = make_client()
    try:
        for key, secret, uid in (
            (out["api_key"], out["secret_key"], out["uid"]),
            (out["receiver_api_key"], out["receiver_secret_key"], out["receiver_uid"]),
        ):
            nonce, stamp = "n" * 32, str(client.now())
            user = type("Key", (), {"api_key": key, "secret_key": secret})
            headers = {"api-key": key, "nonce": nonce, "timestamp": stamp, "sign": sign(user, nonce, stamp, "", "")}
            body = (await client.http.get("/api/spot/v1/user/info", headers=headers)).json()
            assert body["data"]["uid"] == int(uid)
    finally:
        await client.aclose()
