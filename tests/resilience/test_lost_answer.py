"""Exactly-once keyed writes when an answer is lost (issue 12, item 4).

The mock's `drop_answers` fault lets the next write take effect and then closes the connection before the
answer arrives. The client retries (the write carries its key), the provider answers "duplicate", and the
client returns the original result by looking it up by its key (Ceffu detail endpoints by `requestId`,
Cryptofuse `GET /wallets/` by `external_id`); Bitunix answers a repeated `outBizId` with the first result;
xCurrency offers no read by `externalRef`, so the client raises its typed lost-answer error carrying the
key and the attempts. In every case the ledger holds exactly one effect.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from typing import Any

import pytest
from bitunix_client import models as bx
from ceffu_client import models as cf
from cryptofuse_client import models as cr
from xcurrency_client import LostAnswerError, XCurrencyLostAnswerError

from .providers import Bitunix, Ceffu, Cryptofuse, XCurrency
from .support import serve


def fast(client: Any) -> Any:
    """The client with near-instant backoff (each package has its own RetryPolicy class)."""
    policy = importlib.import_module(type(client).__module__.split(".")[0]).RetryPolicy
    return client.with_options(retry=policy(max_retries=3, initial_delay=0.001, max_delay=0.01))


def test_ceffu_transfer_answer_lost_returns_the_original_result():
    adapter = Ceffu()
    with serve("ceffu") as (mock, control):
        with adapter.client(mock) as plain:
            client = fast(plain)
            ctx = adapter.prepare(client, control)
            control.faults(drop_answers=1)
            body_key = "lost-answer-1"
            body = cf.CreateSubWalletTransferRequest(
                coin_symbol="USDT",
                amount=Decimal("2.5"),
                from_wallet_id=ctx["prime"],
                to_wallet_id=ctx["sub"],
                request_id=body_key,
            )
            raw = client.with_raw_response.internal_transfers.create_sub_wallet_transfer(body=body)
            assert control.get("/faults")["drop_answers"] == 0  # the fault fired
            assert raw.attempts == 2  # lost answer, then the duplicate that led to the lookup
            detail = client.internal_transfers.get_sub_wallet_transfer_detail(
                wallet_id_str=ctx["prime"], request_id=body_key
            )
            assert raw.parsed.order_view_id == detail.order_view_id
            assert adapter.keyed_effects(control.state(), body_key) == 1


def test_cryptofuse_wallet_answer_lost_returns_the_created_wallet():
    adapter = Cryptofuse()
    with serve("cryptofuse", **adapter.options) as (mock, control):
        with adapter.client(mock) as plain:
            client = fast(plain)
            client.balances.get_balances()  # the token first: its request is not a keyed write
            control.faults(drop_answers=1)
            raw = client.with_raw_response.wallets.create_wallet(
                body=cr.CreateWalletRequest(name="lost", external_id="lost-1")
            )
            assert control.get("/faults")["drop_answers"] == 0
            assert raw.attempts == 2
            assert raw.parsed.external_id == "lost-1"
            listed = [w for w in client.wallets.list_wallets().accounts if w.external_id == "lost-1"]
            assert [w.wallet_id for w in listed] == [raw.parsed.wallet_id]
            assert adapter.keyed_effects(control.state(), "lost-1") == 1


def test_bitunix_inside_transfer_answer_lost_returns_the_first_result():
    adapter = Bitunix()
    with serve("bitunix", **adapter.options) as (mock, control):
        with adapter.client(mock) as plain:
            client = fast(plain)
            ctx = adapter.prepare(client, control)
            control.faults(drop_answers=1)
            body = bx.CreateInsideTransferRequest(
                coin="USDT", amount=Decimal(1), to_type="uid", to_uid=ctx["receiver"], out_biz_id="lost-1"
            )
            raw = client.with_raw_response.user.create_inside_transfer(body=body)
            assert control.get("/faults")["drop_answers"] == 0
            assert raw.attempts == 2
            assert adapter.visible(client, ctx, "lost-1", raw.parsed)
            assert adapter.keyed_effects(control.state(), "lost-1") == 1


def test_xcurrency_customer_answer_lost_raises_a_typed_error_with_key_and_attempts():
    adapter = XCurrency()
    with serve("xcurrency") as (mock, control):
        with adapter.client(mock) as plain:
            client = fast(plain)
            client.assets_networks.list_asset_networks()  # the token first
            control.faults(drop_answers=1)
            with pytest.raises(XCurrencyLostAnswerError) as info:
                adapter.customer(client, "lost-1")
            assert isinstance(info.value, LostAnswerError)
            assert info.value.idempotency_key == "lost-1" and info.value.attempts == 2
            assert adapter.keyed_effects(control.state(), "lost-1") == 1
