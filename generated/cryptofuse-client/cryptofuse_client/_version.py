"""The package version (overrides/cryptofuse/generator.yaml)."""

__version__ = "0.2.0"
