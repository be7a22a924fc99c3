"""Every line marked `# E: <code>` must be reported by mypy --strict."""

from decimal import Decimal

from bitunix_client import BitunixClient
from bitunix_client.models import OrderType, PlaceOrderRequest


def main() -> None:
    BitunixClient(api_key="k", retries=3)  # E: call-arg
    with BitunixClient() as bitunix:
        PlaceOrderRequest(side="BUY", type_=OrderType.LIMIT, volume=Decimal(1), price=Decimal(1), symbol="X")  # E: arg-type
        PlaceOrderRequest(side=2, type_=OrderType.LIMIT, volume=Decimal(1), price=Decimal(1), symbol="X")  # E: arg-type
        balances: dict[str, str] = bitunix.user.get_account()  # E: assignment
        bitunix.order.place_order(body=None)  # E: arg-type
        print(balances)
