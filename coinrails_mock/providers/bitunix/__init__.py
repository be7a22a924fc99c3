"""Bitunix spot mock: rules in backend.py (+ market.py), wire glue in handlers.py, plug-in in provider.py."""

from coinrails_mock.providers.bitunix.provider import BitunixProvider

PROVIDER = BitunixProvider
__all__ = ["PROVIDER", "BitunixProvider"]
