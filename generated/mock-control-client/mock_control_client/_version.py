"""The package version (overrides/mock-control/generator.yaml)."""

__version__ = "0.2.0"
