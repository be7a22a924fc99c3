"""Every line marked `# E: <code>` must be reported by mypy --strict."""

from decimal import Decimal

from ceffu_client import AsyncCeffuClient, CeffuClient
from ceffu_client.models import CreateWalletRequest, CreateWithdrawalRequest, TransactionBizType, WalletType


def main() -> None:
    CeffuClient(api_key="k", timout=5)  # E: call-arg
    CeffuClient(api_key="k", max_retries="2")  # E: arg-type
    with CeffuClient(api_key="k") as ceffu:
        ceffu.wallets.get_wallet_list(page_limit="10")  # E: arg-type
        count: int = ceffu.wallets.get_wallet_list()  # E: assignment
        ceffu.withdrawals.create_withdrawal(body={"amount": Decimal(1)})  # E: arg-type
        CreateWithdrawalRequest(wallet_id="", coin_symbol="", network="", amount=1.5, request_id="")  # E: arg-type
        ceffu.wallets.no_such_operation()  # E: attr-defined
        CreateWalletRequest(request_id="r", wallet_name="w", wallet_type=20)  # E: arg-type
        CreateWalletRequest(request_id="r", wallet_name="w", wallet_type=WalletType.MULTISIG)  # E: attr-defined
        ceffu.system.get_system_status(biz_type=TransactionBizType.DEPOSIT, wallet_type=WalletType.PRIME)  # E: arg-type
        ceffu.with_options(timout=1)  # E: call-arg
        print(count)


async def amain() -> None:
    async with AsyncCeffuClient() as ceffu:
        page: str = await ceffu.wallets.get_wallet_list()  # E: assignment
        print(page)
