"""The package version (overrides/xcurrency/generator.yaml)."""

__version__ = "0.2.0"
