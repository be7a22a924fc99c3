"""The package version (overrides/bitunix/generator.yaml)."""

__version__ = "0.1.0"
