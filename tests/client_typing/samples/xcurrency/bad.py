"""Every line marked `# E: <code>` must be reported by mypy --strict."""

from xcurrency_client import XCurrencyClient
from xcurrency_client.models import CreateCustomerRequest


def main() -> None:
    XCurrencyClient(app_key="a", app_secret="s")  # E: call-arg
    with XCurrencyClient() as xcurrency:
        xcurrency.customers.create_customer(body=CreateCustomerRequest(external_ref="c", name="A"))  # E: call-arg
        matrix: list[str] = xcurrency.assets_networks.list_asset_networks()  # E: assignment
        xcurrency.wallets.get_wallet_balance(wallet_id=7)  # E: arg-type
        print(matrix)
