"""No generated model or endpoint lets an amount become a float: no float type, no float(), no response.json(), and
every decimal field is written through the runtime's `decimal_text` / `exact_number` and read through
`decimal_string` / `decimal_number`, which refuse what is not an exact decimal; the pydantic models refuse floats.

(The runtime uses floats for seconds — timeouts and backoff — never for money.)
"""

from __future__ import annotations

import importlib
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from bitunix_client import BitunixClient
from bitunix_client.models import Balance, OrderSide, OrderType, PlaceOrderRequest
from ceffu_client.models import CreateWithdrawalRequest
from ceffu_client.pydantic_models import CreateWithdrawalRequest as CeffuWithdrawal
from cryptofuse_client import pydantic_models as cryptofuse_pydantic
from cryptofuse_client._runtime.jsonutil import dumps, loads
from cryptofuse_client.models import CreatePaymentRequest, WalletTransferRequest
from cryptofuse_client.pydantic_models import CreatePaymentRequest as CryptofusePayment
from pydantic import BaseModel, ValidationError
from xcurrency_client.models import CreateQuoteRequest

PACKAGES = sorted(p for p in Path("generated").glob("*-client/*_client") if p.is_dir())
# a float annotation, a float() call, response.json() (floats), or a Decimal written by format() (which takes a float)
FORBIDDEN = re.compile(
    r":\s*float\b|\bfloat\s*\(|->\s*float\b|\[float\]|\bfloat\s*\||\|\s*float\b|response\.json\(\)|\bformat\(.*\"f\"\)"
)


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_generated_code_never_uses_float(package):
    hits = [
        f"{path}:{n}: {line.strip()}"
        for path in [*package.glob("models/*.py"), *package.glob("api/**/*.py"), package / "pydantic_models.py"]
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if FORBIDDEN.search(line.split("#")[0])
    ]
    assert hits == []


def test_there_are_packages_to_check():
    assert PACKAGES


# One request model per provider with a decimal-string amount (Cryptofuse's WalletTransferRequest takes a string or
# a number on the wire and is sent as a string), built with the amount given.
DECIMAL_STRING_FIELDS: dict[str, Any] = {
    "ceffu withdrawal amount": lambda amount: CreateWithdrawalRequest(
        wallet_id="1", coin_symbol="USDT", network="ETH", amount=amount, request_id="r-1"
    ),
    "bitunix order price": lambda amount: PlaceOrderRequest(
        side=OrderSide.BUY, type_=OrderType.LIMIT, volume=Decimal("1"), price=amount, symbol="BTCUSDT"
    ),
    "xcurrency quote sourceAmount": lambda amount: CreateQuoteRequest(
        source_currency="USD", target_currency="USDT", source_amount=amount
    ),
    "cryptofuse transfer amount": lambda amount: WalletTransferRequest(
        currency="USDTTRC20", amount=amount, callback_url="http://127.0.0.1/cb", wallet_id="w"
    ),
}
WIRE_NAME = {"ceffu withdrawal amount": "amount", "bitunix order price": "price"}


@pytest.mark.parametrize("case", DECIMAL_STRING_FIELDS)
@pytest.mark.parametrize("value", [0.1, 1.5, float("nan"), "1.5", True])
def test_a_decimal_string_field_refuses_what_is_not_a_decimal(case, value):
    with pytest.raises(TypeError, match="expected Decimal"):
        DECIMAL_STRING_FIELDS[case](value).to_dict()


@pytest.mark.parametrize("case", DECIMAL_STRING_FIELDS)
@pytest.mark.parametrize(
    ("value", "wire"),
    [(Decimal("125.50"), "125.50"), (Decimal("1E-7"), "0.0000001"), (Decimal("1.2E+3"), "1200"), (100, "100")],
)
def test_a_decimal_string_field_sends_the_digits_given(case, value, wire):
    sent = DECIMAL_STRING_FIELDS[case](value).to_dict()
    assert wire in sent.values()


@pytest.mark.parametrize("case", DECIMAL_STRING_FIELDS)
def test_a_non_finite_decimal_is_refused(case):
    with pytest.raises(ValueError, match="not a finite decimal"):
        DECIMAL_STRING_FIELDS[case](Decimal("NaN")).to_dict()


def test_the_refusal_names_the_wire_field():
    with pytest.raises(TypeError, match=r"^amount: expected Decimal, got float 0\.1"):
        DECIMAL_STRING_FIELDS["ceffu withdrawal amount"](0.1).to_dict()
    with pytest.raises(TypeError, match=r"^sourceAmount: "):
        DECIMAL_STRING_FIELDS["xcurrency quote sourceAmount"](0.1).to_dict()


@pytest.mark.parametrize("value", [0.1, True, "100.10", None])
def test_a_json_number_amount_refuses_what_is_not_a_decimal(value):
    """Cryptofuse's payment amount is an exact JSON number: the refusal names the field."""
    with pytest.raises(TypeError, match=r"^amount: expected Decimal"):
        CreatePaymentRequest(amount=value, currency="USDTTRC20").to_dict()


@pytest.mark.parametrize(
    ("value", "wire"), [(Decimal("100.10"), b"100.10"), (Decimal("1E-7"), b"0.0000001"), (7, b"7")]
)
def test_a_json_number_amount_is_written_exactly(value, wire):
    assert dumps(CreatePaymentRequest(amount=value, currency="X").to_dict()).startswith(b'{"amount":' + wire + b",")


def test_a_decimal_query_parameter_is_sent_as_digits_and_refuses_a_float():
    sent: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(
            200, json={"code": "0", "msg": "Success", "data": {"asks": [], "bids": []}, "success": True}
        )

    with BitunixClient(
        api_key="k" * 16, secret_key="s" * 16, base_url="http://127.0.0.1:8102", transport=httpx.MockTransport(handler)
    ) as client:
        for value in (0.1, True):
            with pytest.raises(TypeError, match=r"^precision: expected Decimal"):
                client.public.get_depth(symbol="BTCUSDT", precision=value)
        assert sent == []
        client.public.get_depth(symbol="BTCUSDT", precision=Decimal("1E-7"))
    assert sent[0].params["precision"] == "0.0000001"


@pytest.mark.parametrize(
    ("raw", "error"), [(b"true", TypeError), (b'"1.5x"', ArithmeticError), (b"NaN", ValueError), (b"[1]", TypeError)]
)
def test_a_json_number_from_the_wire_that_is_not_a_finite_number_is_refused(raw, error):
    with pytest.raises(error):
        Balance.from_dict(loads(b'{"coin": "USDT", "balance": ' + raw + b', "balanceLocked": "0"}'))


def test_nan_and_infinity_are_not_json():
    for constant in (b"NaN", b"Infinity", b"-Infinity"):
        with pytest.raises(ValueError, match="is not JSON"):
            loads(b'{"amount": ' + constant + b"}")


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_every_pydantic_model_refuses_floats(package):
    models = importlib.import_module(f"{package.name}.pydantic_models")
    classes = [
        c
        for c in vars(models).values()
        if isinstance(c, type) and issubclass(c, BaseModel) and c.__module__ == models.__name__
    ]
    base = importlib.import_module(f"{package.name}._runtime.pydantic_base")
    plain = [c.__name__ for c in classes if not issubclass(c, (base.ExactModel, base.ExactRootModel))]
    assert classes and plain == []


def test_a_pydantic_amount_takes_a_decimal_or_json_and_refuses_a_float():
    fields = {"walletId": "1", "coinSymbol": "USDT", "network": "ETH", "requestId": "r-1"}
    assert CeffuWithdrawal(**fields, amount=Decimal("125.50")).amount == Decimal("125.50")
    assert CeffuWithdrawal.model_validate_json(dumps({**fields, "amount": "125.50"})).amount == Decimal("125.50")
    with pytest.raises(ValidationError, match="amount: floats are refused"):
        CeffuWithdrawal(**fields, amount=125.5)
    with pytest.raises(ValidationError, match="amount: floats are refused"):
        CryptofusePayment(amount=0.1, currency="USDTTRC20")
    exact = CryptofusePayment.model_validate_json(b'{"amount": 0.1000000000000000055511151231257827, "currency": "X"}')
    assert exact.amount.as_tuple() == Decimal("0.1000000000000000055511151231257827").as_tuple()  # not 0.1
    assert (
        CryptofusePayment.model_validate_json('{"amount": 100.10, "currency": "X"}').amount.as_tuple()
        == Decimal("100.10").as_tuple()
    )
    with pytest.raises(ValidationError, match="json_invalid"):
        CryptofusePayment.model_validate_json(b'{"amount": ')


def test_pydantic_root_models_and_maps_refuse_floats_and_read_json_exactly():
    with pytest.raises(ValidationError, match="floats are refused"):
        cryptofuse_pydantic.DecimalString(0.1)
    with pytest.raises(ValidationError, match="fees: floats are refused"):
        cryptofuse_pydantic.PlatformFees(fees={"BTC": 0.1})
    root = cryptofuse_pydantic.DecimalString.model_validate_json("0.1000000000000000055")
    assert root.root.as_tuple() == Decimal("0.1000000000000000055").as_tuple()


def test_pydantic_json_edge_cases_are_validation_errors_or_refused_plainly():
    with pytest.raises(ValidationError, match="json_invalid"):
        cryptofuse_pydantic.DecimalString.model_validate_json("[" * 100_000)
    with pytest.raises(ValidationError, match="json_invalid"):
        CryptofusePayment.model_validate_json('{"amount": NaN, "currency": "X"}')
    with pytest.raises(TypeError, match="strict=True is not supported"):
        CryptofusePayment.model_validate_json('{"amount": 1, "currency": "X"}', strict=True)
