"""No generated model or endpoint lets an amount become a float: no float type, no float(), no response.json(), and
every decimal field is written through the runtime's `decimal_text`, which refuses a float.

(The runtime uses floats for seconds — timeouts and backoff — never for money.)
"""

from __future__ import annotations

import importlib
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from bitunix_client.models import OrderSide, OrderType, PlaceOrderRequest
from ceffu_client.models import CreateWithdrawalRequest
from ceffu_client.pydantic_models import CreateWithdrawalRequest as CeffuWithdrawal
from cryptofuse_client._runtime.jsonutil import dumps
from cryptofuse_client.models import CreatePaymentRequest, WalletTransferRequest
from cryptofuse_client.pydantic_models import CreatePaymentRequest as CryptofusePayment
from pydantic import BaseModel, RootModel, ValidationError
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


def test_a_json_number_amount_refuses_a_float_when_encoded():
    """Cryptofuse's payment amount is an exact JSON number: a Decimal is written as its digits, a float refused."""
    assert dumps(CreatePaymentRequest(amount=Decimal("100.10"), currency="USDTTRC20").to_dict()).startswith(
        b'{"amount":100.10,'
    )
    with pytest.raises(TypeError, match="float"):
        dumps(CreatePaymentRequest(amount=0.1, currency="USDTTRC20").to_dict())  # type: ignore[arg-type]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_every_pydantic_model_refuses_floats(package):
    models = importlib.import_module(f"{package.name}.pydantic_models")
    exact = importlib.import_module(f"{package.name}._runtime.pydantic_base").ExactModel
    classes = [
        c
        for c in vars(models).values()
        if isinstance(c, type) and issubclass(c, BaseModel) and c.__module__ == models.__name__
    ]
    plain = [c.__name__ for c in classes if not issubclass(c, (exact, RootModel))]
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
