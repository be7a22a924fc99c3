"""xCurrency top-up mock: rules in backend.py, wire glue in handlers.py, plug-in in provider.py."""

from coinrails_mock.providers.xcurrency.provider import XCurrencyProvider

PROVIDER = XCurrencyProvider
__all__ = ["PROVIDER", "XCurrencyProvider"]
