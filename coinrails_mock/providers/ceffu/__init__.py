"""Ceffu custody mock: rules in backend.py, wire glue in handlers.py, plug-in in provider.py."""

from coinrails_mock.providers.ceffu.provider import CeffuProvider

PROVIDER = CeffuProvider
__all__ = ["PROVIDER", "CeffuProvider"]
