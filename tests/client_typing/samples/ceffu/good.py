"""Must pass mypy --strict: precise types inside `with`, typed options, typed errors."""

from decimal import Decimal
from typing import assert_type

from ceffu_client import (
    APIConnectionError,
    APIResponse,
    AsyncCeffuClient,
    CeffuClient,
    CeffuError,
    RateLimitError,
    __version__,
)
from ceffu_client.models import (
    CreateWalletRequest,
    CreateWithdrawalRequest,
    SystemState,
    SystemStatusBizType,
    TransactionStatus,
    Wallet,
    WalletPage,
    WalletType,
    WithdrawalResult,
)


def main() -> None:
    assert_type(__version__, str)
    with CeffuClient(api_key="k", private_key="p", base_url="http://127.0.0.1:1", timeout=5.0, max_retries=1) as ceffu:
        assert_type(ceffu, CeffuClient)
        assert_type(ceffu.wallets.get_wallet_list(page_limit=10), WalletPage)
        for wallet in ceffu.wallets.iter_get_wallet_list(page_limit=100):
            assert_type(wallet, Wallet)
            assert_type(wallet.wallet_type, WalletType)  # a named IntEnum, e.g. WalletType.PRIME == 20
            if wallet.wallet_type is WalletType.COSIGN:
                print(wallet.wallet_id_str)
        status = ceffu.system.get_system_status(biz_type=SystemStatusBizType.WITHDRAWAL, wallet_type=WalletType.PRIME)
        assert_type(status.status, SystemState)
        ceffu.wallets.create_wallet(
            body=CreateWalletRequest(request_id="r-2", wallet_name="ops", wallet_type=WalletType.QUALIFIED)
        )
        failed = ceffu.withdrawals.get_withdrawal_history(
            wallet_id="1", start_time=0, end_time=1, page_limit=10, status=TransactionStatus.FAILED
        )
        assert_type(failed.data[0].status, TransactionStatus)
        quick = ceffu.with_options(timeout=1.0, max_retries=0)
        assert_type(quick, CeffuClient)
        body = CreateWithdrawalRequest(
            wallet_id="1", coin_symbol="USDT", network="ETH", amount=Decimal("1.5"), request_id="r-1"
        )
        raw = ceffu.with_raw_response.withdrawals.create_withdrawal(body=body)
        assert_type(raw, APIResponse[WithdrawalResult])
        assert_type(raw.parsed.order_view_id, str)
        try:
            ceffu.withdrawals.create_withdrawal(body=body)
        except RateLimitError as err:
            assert_type(err.retry_after, float | None)
        except APIConnectionError as err:
            assert_type(err.attempts, int)
        except CeffuError as err:
            assert_type(err.code, str | None)


async def amain() -> None:
    async with AsyncCeffuClient.from_env(max_retries=0) as ceffu:
        assert_type(ceffu, AsyncCeffuClient)
        assert_type(await ceffu.wallets.get_wallet_list(), WalletPage)
