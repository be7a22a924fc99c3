"""Cryptofuse's rules, checked the shared way (contract_tests/rules.py), one test per rule, against the mock."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from cryptofuse_client import CryptofuseClient
from cryptofuse_client.exceptions import CryptofuseDuplicateError
from cryptofuse_client.models import CreatePaymentRequest, CreateWalletRequest, CreateWithdrawalRequest

from ..rules import clock_shifted, every_item_matches, refunded_exactly, replay_has_no_effect, walk

TRON = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"
CURRENCY = "USDTTRC20"


@pytest.fixture(scope="module")
def cf(mock) -> Iterator[CryptofuseClient]:
    c = mock.credentials
    with CryptofuseClient(
        client_id=c["client_id"], client_secret=c["client_secret"], scope="read write admin", base_url=mock.base_url
    ) as client:
        yield client


def _control(mock, path: str, body: dict | None = None) -> None:
    httpx.post(f"{mock.base_url}/_mock/cryptofuse{path}", json=body or {}).raise_for_status()


@pytest.fixture(scope="module")
def payments(cf, mock) -> dict[str, str]:
    """Two paid payments (funding the master account) and one still waiting: transaction id -> status."""
    made = {}
    for amount, pay in ((Decimal(500), True), (Decimal(300), True), (Decimal(40), False)):
        p = cf.payments.create_payment(body=CreatePaymentRequest(amount=amount, currency=CURRENCY))
        if pay:
            _control(mock, f"/payments/{p.transaction_id}/deposit", {"amount": format(p.amount_crypto, "f")})
        made[str(p.transaction_id)] = "completed" if pay else "waiting"
    return made


def _master(cf: CryptofuseClient) -> tuple[Decimal, Decimal]:
    row = cf.balances.get_balances().account[CURRENCY]
    return row.amount, row.pending_amount


def test_idempotency_replayed_external_id_has_no_second_effect(cf):
    replay_has_no_effect(
        lambda: cf.wallets.create_wallet(body=CreateWalletRequest(name="rules", external_id="rules-once")).wallet_id,
        lambda: sorted(w.wallet_id for w in cf.wallets.list_wallets().accounts),
        CryptofuseDuplicateError,
    )


def test_failure_path_failed_withdrawal_is_refunded_exactly(cf, mock, payments):
    refunded_exactly(
        lambda: _master(cf),
        lambda: (
            cf.withdrawals.create_withdrawal(
                body=CreateWithdrawalRequest(amount=Decimal(25), currency=CURRENCY, address=TRON)
            ).withdrawal_id
        ),
        lambda withdrawal_id: _control(mock, f"/withdrawals/{withdrawal_id}/advance", {"to": "failed"}),
    )


def test_auth_freshness_expired_token_is_refused(mock):
    c = mock.credentials
    form = {"grant_type": "client_credentials", "client_id": c["client_id"], "client_secret": c["client_secret"]}
    token = httpx.post(f"{mock.base_url}/o/token/", data=form).json()["access_token"]
    headers = {"authorization": f"Bearer {token}"}
    assert httpx.get(f"{mock.base_url}/user/me/", headers=headers).status_code == 200
    with clock_shifted(mock.base_url, 11 * 3_600_000):  # expires_in 36000 s
        refused = httpx.get(f"{mock.base_url}/user/me/", headers=headers)
    assert (refused.status_code, refused.json()["error"]["code"]) == (401, "authentication_failed"), refused.text


def test_list_filter_payments_status(cf, payments):
    rows = every_item_matches(cf.payments.list_payments(status="completed").results, status="completed")
    assert {str(p.transaction_id) for p in rows} == {t for t, s in payments.items() if s == "completed"}


def test_list_filter_withdrawals_status(cf, mock, payments):
    kept = cf.withdrawals.create_withdrawal(
        body=CreateWithdrawalRequest(amount=Decimal(15), currency=CURRENCY, address=TRON)
    ).withdrawal_id
    failed = cf.withdrawals.create_withdrawal(
        body=CreateWithdrawalRequest(amount=Decimal(15), currency=CURRENCY, address=TRON)
    ).withdrawal_id
    _control(mock, f"/withdrawals/{failed}/advance", {"to": "failed"})
    rows = every_item_matches(cf.withdrawals.list_withdrawals(status="pending").withdrawals, status="pending")
    assert kept in {w.withdrawal_id for w in rows} and failed not in {w.withdrawal_id for w in rows}


def test_pagination_payments_offset_never_repeats_or_skips(cf, payments):
    def page(offset: int | None) -> tuple[list, int | None]:
        answer = cf.payments.list_payments(limit=1, offset=offset or 0)
        following = (offset or 0) + len(answer.results)
        return answer.results, (following if answer.results and following < answer.count else None)

    assert {str(p.transaction_id) for p in walk(page, lambda p: p.transaction_id)} == set(payments)


def test_pagination_withdrawals_have_no_repeated_item(cf, payments):
    for _ in range(2):
        cf.withdrawals.create_withdrawal(
            body=CreateWithdrawalRequest(amount=Decimal(11), currency=CURRENCY, address=TRON)
        )
    rows = cf.withdrawals.list_withdrawals(limit=100).withdrawals
    walk(lambda _: (rows, None), lambda w: w.withdrawal_id)
