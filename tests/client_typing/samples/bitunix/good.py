"""Must pass mypy --strict: named integer enums, precise types inside `with`."""

from decimal import Decimal
from typing import assert_type

from bitunix_client import APIResponse, AsyncBitunixClient, BitunixClient, BitunixError, InvalidRequestError
from bitunix_client.models import Balance, OrderSide, OrderType, PlacedOrder, PlaceOrderRequest


def main() -> None:
    with BitunixClient(api_key="k", secret_key="s", base_url="http://127.0.0.1:1", max_retries=0) as bitunix:
        assert_type(bitunix, BitunixClient)
        assert_type(bitunix.user.get_account(), list[Balance])
        order = PlaceOrderRequest(
            side=OrderSide.BUY, type_=OrderType.LIMIT, volume=Decimal("0.5"), price=Decimal(60000), symbol="BTCUSDT"
        )
        assert_type(bitunix.order.place_order(body=order), PlacedOrder)
        raw = bitunix.with_options(timeout=2.0).with_raw_response.order.place_order(body=order)
        assert_type(raw, APIResponse[PlacedOrder])
        try:
            bitunix.order.place_order(body=order)
        except InvalidRequestError as err:
            assert_type(err.message, str)
        except BitunixError as err:
            assert_type(err.status_code, int | None)


async def amain() -> None:
    async with AsyncBitunixClient() as bitunix:
        assert_type(await bitunix.user.get_account(), list[Balance])
