"""Every line marked `# E: <code>` must be reported by mypy --strict."""

from decimal import Decimal

from bitunix_client import BitunixClient
from bitunix_client.models import OrderType, PlaceOrderRequest


def main() -> None:
    BitunixClient(api_key="k", retries=3)  # E: call-arg
    with BitunixClient() as bitunix:
        one, limit = Decimal(1), OrderType.LIMIT
        PlaceOrderRequest(side="BUY", type_=limit, volume=one, price=one, symbol="X")  # E: arg-type
        PlaceOrderRequest(side=2, type_=limit, volume=one, price=one, symbol="X")  # E: arg-type
        balances: dict[str, str] = bitunix.user.get_account()  # E: assignment
        bitunix.order.place_order(body=None)  # E: arg-type
        print(balances)
