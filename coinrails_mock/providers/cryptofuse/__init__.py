"""Cryptofuse payment-gateway mock: rules in backend.py, wire glue in handlers.py, plug-in in provider.py."""

from coinrails_mock.providers.cryptofuse.provider import CryptofuseProvider

PROVIDER = CryptofuseProvider
__all__ = ["PROVIDER", "CryptofuseProvider"]
