"""The package version (overrides/bitunix/generator.yaml)."""

__version__ = "0.2.0"
