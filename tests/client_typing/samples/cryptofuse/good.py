"""Must pass mypy --strict."""

from typing import assert_type

from cryptofuse_client import (
    APIResponse,
    AsyncCryptofuseClient,
    CryptofuseClient,
    CryptofuseError,
    PermissionDeniedError,
)
from cryptofuse_client.models import CreateWalletRequest, GetBalancesResponse, Wallet


def main() -> None:
    with CryptofuseClient(client_id="c", client_secret="s", scope="read write", max_retries=1) as cryptofuse:
        assert_type(cryptofuse, CryptofuseClient)
        assert_type(cryptofuse.balances.get_balances(), GetBalancesResponse)
        body = CreateWalletRequest(name="player 1", external_id="p-1")
        assert_type(cryptofuse.wallets.create_wallet(body=body), Wallet)
        raw = cryptofuse.with_raw_response.wallets.create_wallet(body=body)
        assert_type(raw, APIResponse[Wallet])
        assert_type(raw.request_id, str | None)
        try:
            cryptofuse.with_options(max_retries=0).balances.get_balances()
        except PermissionDeniedError as err:
            assert_type(err.code, str | None)
        except CryptofuseError as err:
            assert_type(err.attempts, int)


async def amain() -> None:
    async with AsyncCryptofuseClient() as cryptofuse:
        assert_type(await cryptofuse.balances.get_balances(), GetBalancesResponse)
