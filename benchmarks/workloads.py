"""Per provider: one signed read and one signed write, built by hand with the client's signing functions,
plus the same two operations through the generated typed client.

Each provider offers:
- `prepare(base_url)`: set-up against the mock (tokens, funds) before anything is sent;
- `read(i)` / `write(i)`: the i-th signed request (`Call`); writes carry a unique id where the mock
  refuses a repeat, Bitunix requests a fresh nonce each (the mock refuses a reused nonce);
- `sign_read()` / `sign_write()`: the signer alone, on one request's payload (what `read`/`write` add
  on top of building the request);
- `client(base_url)`, `client_read(client, i)`, `client_write(client, i)`: the typed-client twins;
- `check(kind)`: the mock's own signature check of one such request, alone (None when nothing is signed), for
  the goal budgets (budget.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from .wrk import Call

BIN = Path(sys.executable).parent
JSON = {"content-type": "application/json"}
TRANSFER = b'{"type":"spot_futures","coin":"USDT","amount":0.01}'  # Bitunix write body (amount: a JSON number)
QUOTE = b'{"sourceCurrency":"AUD","targetCurrency":"USDT","sourceAmount":"50"}'  # xCurrency write body


def credentials(provider: str) -> dict[str, Any]:
    """The mock's built-in test credentials, as `coinrails-mock credentials <provider>` prints them."""
    out = subprocess.run([str(BIN / "coinrails-mock"), "credentials", provider], check=True, capture_output=True)
    return json.loads(out.stdout)


def dumps(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Ceffu:
    """Read: GET /open-api/v1/wallet/list. Write: POST /open-api/v1/wallet/create (unique requestId)."""

    name = "ceffu"
    success = b'"code":"000000"'  # business errors come as HTTP 200 with another code
    read_label, write_label = "getWalletList", "createWallet"

    def __init__(self) -> None:
        from ceffu_client.signing import load_private_key, sign

        creds = credentials(self.name)
        self.api_key, self.private_key = creds["api_key"], creds["private_key"]
        self._key, self._sign = load_private_key(self.private_key), sign
        self._read_query = ""

    def prepare(self, base_url: str) -> None:
        pass

    def _signed(self, method: str, target: str, payload: bytes, body: bytes = b"") -> Call:
        headers = {"open-apikey": self.api_key, "signature": self._sign(self._key, payload)}
        return Call(method, target, {**headers, **JSON} if body else headers, body)

    def read(self, i: int) -> Call:
        query = urlencode({"pageLimit": 10, "pageNo": 1, "timestamp": now_ms()})
        return self._signed("GET", f"/open-api/v1/wallet/list?{query}", query.encode())

    def write(self, i: int) -> Call:
        request_id = f"bench-{uuid.uuid4().hex}"
        body = dumps({"requestId": request_id, "walletName": f"bench {i}", "walletType": 10, "timestamp": now_ms()})
        return self._signed("POST", "/open-api/v1/wallet/create", body, body)

    lookup_label = "getWalletAssetSummary"

    def lookup(self, i: int, record_id: str) -> Call:
        """One wallet by id (the state-size benchmark's read)."""
        query = urlencode({"walletIdStr": record_id, "timestamp": now_ms()})
        return self._signed("GET", f"/open-api/v1/wallet/asset/summary?{query}", query.encode())

    def sign_read(self) -> str:
        return self._sign(self._key, f"pageLimit=10&pageNo=1&timestamp={now_ms()}".encode())

    def sign_write(self) -> str:
        body = dumps({"requestId": uuid.uuid4().hex, "walletName": "bench", "walletType": 10, "timestamp": now_ms()})
        return self._sign(self._key, body)

    def check(self, kind: str) -> Callable[[], object] | None:
        from coinrails_mock.providers.ceffu.auth import signature_valid

        call = self.read(0) if kind == "read" else self.write(0)
        payload = urlsplit(call.target).query.encode() if call.method == "GET" else call.body
        signature = call.headers["signature"]
        if not signature_valid(self.api_key, payload, signature):
            raise RuntimeError("the mock refuses the workload's signature")
        return lambda: signature_valid(self.api_key, payload, signature)

    def client(self, base_url: str) -> Any:
        from ceffu_client import CeffuClient

        return CeffuClient(api_key=self.api_key, private_key=self.private_key, base_url=base_url)

    def client_read(self, client: Any, i: int) -> Any:
        return client.wallets.get_wallet_list(page_limit=10, page_no=1)

    def client_write(self, client: Any, i: int) -> Any:
        from ceffu_client.models import CreateWalletRequest

        body = CreateWalletRequest(request_id=f"bench-{uuid.uuid4().hex}", wallet_name=f"bench {i}", wallet_type=10)
        return client.wallets.create_wallet(body=body)


class Bitunix:
    """Read: GET /api/spot/v1/user/account. Write: POST /api/spot/v1/funds_transfer (0.01 USDT spot -> futures)."""

    name = "bitunix"
    success = b'"code":"0"'  # business errors come as HTTP 200 with another code
    read_label, write_label = "getAccount", "createFundsTransfer"

    def __init__(self) -> None:
        from bitunix_client import signing

        creds = credentials(self.name)
        self.api_key, self.secret_key = creds["api_key"], creds["secret_key"]
        self._signing = signing

    def prepare(self, base_url: str) -> None:
        """Lift the mock's simulated 10 requests/s limit (control API), then fund the account: 1,000,000 USDT
        arrive at its deposit address."""
        from bitunix_client.models import GetDepositAddressRequest

        httpx.post(f"{base_url}/_mock/settings", json={"rate_limit_per_second": 0}, timeout=10).raise_for_status()
        network = "Tron (TRC-20)"
        with self.client(base_url) as client:
            (address,) = client.user.get_deposit_address(body=GetDepositAddressRequest(coin="USDT", network=network))
        body = {"address": address.address, "coin": "USDT", "network": network, "amount": "1000000"}
        httpx.post(f"{base_url}/_mock/bitunix/deposits", json=body, timeout=10).raise_for_status()

    def _signed(self, method: str, path: str, body: bytes = b"", query: str = "") -> Call:
        """`query`: the sorted `key=value` text the signature covers (the target carries it URL-encoded)."""
        nonce, stamp = self._signing.new_nonce(), str(now_ms())
        sign = self._signing.sign(self.api_key, self.secret_key, nonce, stamp, query, body.decode())
        headers = {"api-key": self.api_key, "nonce": nonce, "timestamp": stamp, "sign": sign}
        return Call(method, path, {**headers, **JSON} if body else headers, body)

    def read(self, i: int) -> Call:
        return self._signed("GET", "/api/spot/v1/user/account")

    lookup_label = "getOrderDetail"

    def lookup(self, i: int, record_id: str) -> Call:
        """One spot order by id (the state-size benchmark's read)."""
        query = urlencode({"orderId": record_id})
        return self._signed("GET", f"/api/spot/v1/order/detail?{query}", query=f"orderId={record_id}")

    def write(self, i: int) -> Call:
        return self._signed("POST", "/api/spot/v1/funds_transfer", TRANSFER)

    def sign_read(self) -> str:
        return self._signing.sign(self.api_key, self.secret_key, self._signing.new_nonce(), str(now_ms()), "", "")

    def sign_write(self) -> str:
        nonce, body = self._signing.new_nonce(), TRANSFER.decode()
        return self._signing.sign(self.api_key, self.secret_key, nonce, str(now_ms()), "", body)

    def check(self, kind: str) -> Callable[[], object] | None:
        import hmac

        from coinrails_mock.providers.bitunix.auth import signature

        call = self.read(0) if kind == "read" else self.write(0)
        h, signed = call.headers, call.body.decode()  # the reads have no query

        def check() -> bool:
            expected = signature(self.api_key, self.secret_key, h["nonce"], h["timestamp"], signed, "")
            return hmac.compare_digest(expected.encode(), h["sign"].encode())

        if not check():
            raise RuntimeError("the mock refuses the workload's signature")
        return check

    def client(self, base_url: str) -> Any:
        from bitunix_client import BitunixClient

        return BitunixClient(api_key=self.api_key, secret_key=self.secret_key, base_url=base_url)

    def client_read(self, client: Any, i: int) -> Any:
        return client.user.get_account()

    def client_write(self, client: Any, i: int) -> Any:
        from bitunix_client.models import CreateFundsTransferRequest

        body = CreateFundsTransferRequest(type_="spot_futures", coin="USDT", amount=Decimal("0.01"))
        return client.user.create_funds_transfer(body=body)


class XCurrency:
    """Read: GET /assets/networks (appkey + token). Write: POST /global/payout/rate/query/price (createQuote)."""

    name = "xcurrency"
    success = b'"status":"1"'
    read_label, write_label = "listAssetNetworks", "createQuote"

    def __init__(self) -> None:
        from xcurrency_client.auth import load_private_key, sign

        creds = credentials(self.name)
        self.app_key, self.secret_key, self.private_key = creds["app_key"], creds["secret_key"], creds["private_key"]
        self._key, self._sign = load_private_key(self.private_key), sign
        self.token = ""

    def prepare(self, base_url: str) -> None:
        """A token from the mock (Prism gets the same header, unverified)."""
        body = {"appKey": self.app_key, "secretKey": self.secret_key}
        response = httpx.post(f"{base_url}/payout/oauth/token", json=body, timeout=10)
        self.token = response.raise_for_status().json()["data"]

    def read(self, i: int) -> Call:
        return Call("GET", "/assets/networks", {"appkey": self.app_key, "token": self.token})

    lookup_label = "getTopupOrder"

    def lookup(self, i: int, record_id: str) -> Call:
        """One top-up order by id (the state-size benchmark's read)."""
        return Call("GET", f"/topup/orders/{record_id}", {"appkey": self.app_key, "token": self.token})

    def write(self, i: int) -> Call:
        body = QUOTE
        headers = {"appkey": self.app_key, "token": self.token, "sign": self._sign(self._key, body), **JSON}
        return Call("POST", "/global/payout/rate/query/price", headers, body)

    def sign_read(self) -> str:
        return ""  # GETs carry appkey + token only: nothing to sign

    def sign_write(self) -> str:
        return self._sign(self._key, QUOTE)

    def check(self, kind: str) -> Callable[[], object] | None:
        if kind == "read":
            return None  # GETs carry appkey + token only
        from coinrails_mock.providers.xcurrency.auth import verify

        call = self.write(0)
        if not verify(self.app_key, call.body, call.headers["sign"]):
            raise RuntimeError("the mock refuses the workload's signature")
        return lambda: verify(self.app_key, call.body, call.headers["sign"])

    def client(self, base_url: str) -> Any:
        from xcurrency_client import XCurrencyClient

        return XCurrencyClient(
            app_key=self.app_key, secret_key=self.secret_key, private_key=self.private_key, base_url=base_url
        )

    def client_read(self, client: Any, i: int) -> Any:
        return client.assets_networks.list_asset_networks()

    def client_write(self, client: Any, i: int) -> Any:
        from xcurrency_client.models import CreateQuoteRequest

        body = CreateQuoteRequest(source_currency="AUD", target_currency="USDT", source_amount=Decimal("50"))
        return client.top_up.create_quote(body=body)


class Cryptofuse:
    """Read: GET /user/balances/. Write: POST /payments/ (createPayment, unique order_id). OAuth bearer token."""

    name = "cryptofuse"
    success = b""  # errors are 4xx/5xx
    read_label, write_label = "getBalances", "createPayment"

    def __init__(self) -> None:
        creds = credentials(self.name)
        self.client_id, self.client_secret = creds["client_id"], creds["client_secret"]
        self.token = ""

    def prepare(self, base_url: str) -> None:
        """A bearer token from the mock (Prism gets the same header, unverified)."""
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}
        response = httpx.post(f"{base_url}/o/token/", data={**form, "scope": "read write"}, timeout=10)
        self.token = response.raise_for_status().json()["access_token"]

    def _payment(self, i: int) -> bytes:
        return dumps({"amount": 10.5, "currency": "USDTTRC20", "order_id": f"bench-{i}-{uuid.uuid4().hex[:12]}"})

    def read(self, i: int) -> Call:
        return Call("GET", "/user/balances/", {"authorization": f"Bearer {self.token}"})

    def write(self, i: int) -> Call:
        return Call("POST", "/payments/", {"authorization": f"Bearer {self.token}", **JSON}, self._payment(i))

    lookup_label = "getPaymentStatus"

    def lookup(self, i: int, record_id: str) -> Call:
        """One payment by id (the state-size benchmark's read; the operation is a POST)."""
        body = dumps({"transaction_id": record_id})
        return Call("POST", "/payments/status/", {"authorization": f"Bearer {self.token}", **JSON}, body)

    def sign_read(self) -> str:
        return f"Bearer {self.token}"  # a bearer token: nothing is signed

    def sign_write(self) -> str:
        return f"Bearer {self.token}"

    def check(self, kind: str) -> Callable[[], object] | None:
        return None  # a bearer token: nothing is signed

    def client(self, base_url: str) -> Any:
        from cryptofuse_client import CryptofuseClient

        return CryptofuseClient(client_id=self.client_id, client_secret=self.client_secret, base_url=base_url)

    def client_read(self, client: Any, i: int) -> Any:
        return client.balances.get_balances()

    def client_write(self, client: Any, i: int) -> Any:
        from cryptofuse_client.models import CreatePaymentRequest

        body = CreatePaymentRequest(
            amount=Decimal("10.5"), currency="USDTTRC20", order_id=f"bench-c{i}-{uuid.uuid4().hex[:12]}"
        )
        return client.payments.create_payment(body=body)


PROVIDERS = {cls.name: cls for cls in (Ceffu, Bitunix, XCurrency, Cryptofuse)}
