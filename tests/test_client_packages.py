"""Every generated client as a user meets it (issue 12): the README's example runs against the mock, a
connection failure is caught by the provider's root error, the category errors and `__version__` are at
the package top level, and no credential shows in a model's repr."""

from __future__ import annotations

import contextlib
import importlib
import io
import re
from pathlib import Path
from typing import Any

import pytest

from contract_tests.harness import running_mock

ROOT = Path(__file__).resolve().parents[1]
# provider -> (root error, {environment variable: mock credential name})
PROVIDERS: dict[str, tuple[str, dict[str, str]]] = {
    "ceffu": ("CeffuError", {"CEFFU_API_KEY": "api_key", "CEFFU_PRIVATE_KEY": "private_key"}),
    "bitunix": ("BitunixError", {"BITUNIX_API_KEY": "api_key", "BITUNIX_SECRET_KEY": "secret_key"}),
    "xcurrency": (
        "XCurrencyError",
        {"XCURRENCY_APP_KEY": "app_key", "XCURRENCY_APP_SECRET": "secret_key", "XCURRENCY_PRIVATE_KEY": "private_key"},
    ),
    "cryptofuse": (
        "CryptofuseError",
        {"CRYPTOFUSE_CLIENT_ID": "client_id", "CRYPTOFUSE_CLIENT_SECRET": "client_secret"},
    ),
}
READ = {  # one read without arguments per provider
    "ceffu": "wallets.get_wallet_list",
    "bitunix": "user.get_account",
    "xcurrency": "assets_networks.list_asset_networks",
    "cryptofuse": "balances.get_balances",
}
CATEGORIES = (
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "RateLimitError",
    "InvalidRequestError",
    "DuplicateRequestError",
    "InsufficientFundsError",
    "LostAnswerError",
    "APIConnectionError",
    "APITimeoutError",
    "InternalServerError",
    "UnexpectedResponseError",
)


def readme_example(provider: str) -> str:
    text = (ROOT / "generated" / f"{provider}-client" / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) == 1, blocks
    return blocks[0]


def client_class(provider: str) -> type:
    package = importlib.import_module(f"{provider}_client")
    return next(
        getattr(package, n)
        for n in package.__all__
        if n.endswith("Client") and not n.startswith("Async") and n not in ("Client", "AuthenticatedClient")
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_readme_example_runs_against_the_mock(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code = readme_example(provider)
    assert "from_env()" in code and hasattr(client_class(provider), "from_env")
    with running_mock(provider, rate_limit_per_second=0) if provider == "bitunix" else running_mock(provider) as mock:
        monkeypatch.setenv(f"{provider.upper()}_BASE_URL", mock.base_url)
        for variable, name in PROVIDERS[provider][1].items():
            monkeypatch.setenv(variable, str(mock.credentials[name]))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"{provider}-client/README.md", "exec"), {})
    printed = out.getvalue()
    assert "refused:" in printed  # the typed error branch ran
    assert len(printed.splitlines()) >= 2  # and the listing printed something


@pytest.mark.parametrize("provider", PROVIDERS)
def test_connection_failure_is_caught_by_the_provider_root(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    package = importlib.import_module(f"{provider}_client")
    root: type[Exception] = getattr(package, PROVIDERS[provider][0])
    with running_mock(provider) as mock:
        credentials = {name: mock.credentials[name] for name in PROVIDERS[provider][1].values()}
    # the mock is gone: its port now refuses connections
    client: Any = client_class(provider)(**credentials, base_url=mock.base_url, max_retries=0)
    tag, name = READ[provider].split(".")
    operation = getattr(getattr(client, tag), name)
    with client, pytest.raises(root) as info:
        operation()
    assert isinstance(info.value, package.APIConnectionError)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_categories_and_version_at_the_top_level(provider: str) -> None:
    package = importlib.import_module(f"{provider}_client")
    root = getattr(package, PROVIDERS[provider][0])
    for name in CATEGORIES:
        assert name in package.__all__ and issubclass(getattr(package, name), package.CoinrailsError), name
    assert re.fullmatch(r"\d+\.\d+\.\d+", package.__version__)
    for name in ("ConnectionError", "TimeoutError", "UnexpectedResponseError", "LostAnswerError"):
        cls = getattr(package, root.__name__.removesuffix("Error") + name)
        assert issubclass(cls, root), cls


SECRETS = [
    (
        "cryptofuse",
        "TokenRequest",
        {"grant_type": "client_credentials", "client_id": "cid", "client_secret": "S3CRET-1"},
    ),
    ("cryptofuse", "GetAccessTokenResponse", {"access_token": "S3CRET-2", "token_type": "Bearer", "expires_in": 3600}),
    ("cryptofuse", "WebhookSecretCreated", {"callback_url": "https://x.example", "secret": "S3CRET-3"}),
    ("xcurrency", "GetTokenRequest", {"appKey": "app", "secretKey": "S3CRET-4"}),
    ("xcurrency", "GetTokenResponse", {"status": "1", "data": "S3CRET-5"}),
]


@pytest.mark.parametrize(("provider", "model", "data"), SECRETS)
def test_no_secret_in_any_model_repr(provider: str, model: str, data: dict[str, Any]) -> None:
    models = importlib.import_module(f"{provider}_client.models")
    pydantic_models = importlib.import_module(f"{provider}_client.pydantic_models")
    attrs_model = getattr(models, model).from_dict(data)
    pydantic_model = getattr(pydantic_models, model).model_validate(data)
    for shown in (repr(attrs_model), repr(pydantic_model), str(pydantic_model)):
        assert "S3CRET" not in shown and "'***'" in shown, shown


def test_mock_control_readme_example_runs_against_a_mock() -> None:
    code = readme_example("mock-control")
    with running_mock("ceffu") as mock:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code.replace("http://127.0.0.1:8101", mock.base_url), "README.md", "exec"), {})
    assert "refused:" in out.getvalue() and "latency_ms=0" in out.getvalue()
