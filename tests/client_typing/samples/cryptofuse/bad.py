"""Every line marked `# E: <code>` must be reported by mypy --strict."""

from cryptofuse_client import CryptofuseClient
from cryptofuse_client.models import CreateWalletRequest


def main() -> None:
    CryptofuseClient(client_id="c", scopes="read")  # E: call-arg
    CryptofuseClient(http_client="http://127.0.0.1:1")  # E: arg-type
    with CryptofuseClient() as cryptofuse:
        cryptofuse.wallets.create_wallet(body=CreateWalletRequest(name="w", external_id=1))  # E: arg-type
        wallet = cryptofuse.wallets.create_wallet(body=CreateWalletRequest(name="w", external_id="w"))
        wallet_id: int = wallet.wallet_id  # E: assignment
        print(wallet_id)
