"""The package version (overrides/mock-control/generator.yaml)."""

__version__ = "0.1.0"
