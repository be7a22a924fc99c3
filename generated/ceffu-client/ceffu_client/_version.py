"""The package version (overrides/ceffu/generator.yaml)."""

__version__ = "0.2.0"
