"""The mock's imports point one way: providers use the engine, the engine never imports a provider, and the
engine's HTTP app and control API do not import each other (the control API sees the engine as a Protocol)."""

from __future__ import annotations

import ast
from pathlib import Path

import coinrails_mock

PACKAGE = Path(coinrails_mock.__file__).parent
PROVIDERS = "coinrails_mock.providers"


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, including imports under `if TYPE_CHECKING:`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_engine_never_imports_a_provider() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.startswith("coinrails_mock.providers")
        )
        for path in (PACKAGE / "engine").glob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_control_api_does_not_import_the_app() -> None:
    """The app builds its control API (app -> control); the edge back, which made a cycle, is gone."""
    assert not any(
        m.startswith("coinrails_mock.engine.app") for m in imported_modules(PACKAGE / "engine" / "control.py")
    )


def test_every_provider_has_the_same_test_layout() -> None:
    tests = Path(__file__).resolve().parents[1]
    providers = sorted(p.name for p in (PACKAGE / "providers").iterdir() if (p / "__init__.py").exists())
    assert providers == ["bitunix", "ceffu", "cryptofuse", "xcurrency"]
    for name in providers:
        assert (tests / name / "conftest.py").exists(), f"tests/mock/{name}/conftest.py"
        assert (tests / name / "test_backend_rules.py").exists(), f"tests/mock/{name}/test_backend_rules.py"
        assert (tests / name / "test_engine_auth.py").exists(), f"tests/mock/{name}/test_engine_auth.py"
    assert not list(tests.glob("test_*.py")), "provider tests belong in tests/mock/<provider>/"
