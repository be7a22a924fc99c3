"""The package version (overrides/xcurrency/generator.yaml)."""

__version__ = "0.1.0"
