"""Generate one provider's client package from specs/<provider>.yaml and overrides/.

    python -m overrides.codegen.generate ceffu [--out DIR]

Steps: openapi-python-client (attrs client + typed facade, custom templates), datamodel-code-generator
(pydantic models of every schema and webhook payload), the overlay (shared runtime + the
provider's hand-written modules), then ruff. Output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType

from . import opc

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "overrides"
BIN = Path(sys.executable).parent


def _run(*args: str | Path, cwd: Path | None = None) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}  # datamodel-codegen warns per dropped Decimal constraint
    subprocess.run([str(a) for a in args], check=True, cwd=cwd, env=env)


OPERATIONS_MODULE = '''"""Every operation of {spec}: method, path, tag and security. Generated: do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str
    tag: str
    security: tuple[tuple[str, tuple[str, ...]], ...] | None  # None: the spec's top-level security


OPERATIONS: dict[str, Operation] = {{
{rows}}}
'''


def operations_module(spec_path: Path) -> str:
    """Python source listing every operation of the spec (for signers, tests and coverage)."""
    doc = yaml.safe_load(spec_path.read_text())
    rows = []
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            security = op.get("security")
            sec = None if security is None else tuple((k, tuple(v)) for req in security for k, v in req.items())
            rows.append(
                f"    {op['operationId']!r}: Operation({method.upper()!r}, {path!r}, {op['tags'][0]!r}, {sec!r}),\n"
            )
    return OPERATIONS_MODULE.format(spec=spec_path.relative_to(ROOT), rows="".join(rows))


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def parameter_docs(spec_path: Path) -> dict[str, dict[str, str]]:
    """{operation: {parameter: description}}, $ref parameters resolved (the generator drops them).

    Keys are lower-case letters and digits only, so the templates find them from Python names.
    """
    doc = yaml.safe_load(spec_path.read_text())
    components = doc.get("components", {}).get("parameters", {})
    out: dict[str, dict[str, str]] = {}
    for item in doc.get("paths", {}).values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            docs = out.setdefault(_key(op["operationId"]), {})
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if "$ref" in param:
                    param = components[param["$ref"].rsplit("/", 1)[-1]]
                text = param.get("description") or param.get("schema", {}).get("description")
                if text:
                    docs[_key(param["name"])] = " ".join(str(text).split())
    return out


def secret_fields(spec_path: Path) -> dict[str, list[str]]:
    """{schema: [property, ...]} of the properties marked `x-secret: true` (credentials)."""
    schemas = yaml.safe_load(spec_path.read_text()).get("components", {}).get("schemas", {})
    out: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        found = [p for p, s in schema.get("properties", {}).items() if isinstance(s, dict) and s.get("x-secret")]
        if found:
            out[name] = found
    return out


def build(provider: str, dest: Path) -> None:
    settings = yaml.safe_load((OVERRIDES / provider / "generator.yaml").read_text())
    spec = ROOT / settings["spec"]
    opc_settings = settings["openapi_python_client"]
    package = opc_settings["package_name_override"]
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / opc_settings["project_name_override"]
        config = Config.from_sources(
            ConfigFile(**opc_settings, post_hooks=[]),
            MetaType.UV,
            spec,
            "utf-8",
            overwrite=True,
            output_path=project,
        )
        secrets = secret_fields(spec)
        facade = {
            **settings["facade"],
            "parameter_docs": parameter_docs(spec),
            "secrets": sorted(_key(f"{schema}.{field}") for schema, found in secrets.items() for field in found),
        }
        problems = opc.generate(config, OVERRIDES / "templates", facade)
        if problems:
            sys.exit("openapi-python-client reported problems:\n" + "\n".join(problems))
        pkg = project / package
        _run(
            BIN / "datamodel-codegen",
            "--input",
            spec,
            "--input-file-type",
            "openapi",
            "--openapi-scopes",
            "schemas",
            "webhooks",
            "--output",
            pkg / "pydantic_models.py",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-schema-description",
            "--field-constraints",
            "--use-annotated",
            "--type-mappings",
            "number+default=decimal",  # a JSON number is a Decimal, as in the attrs models
            "--disable-timestamp",
            "--formatters",
            "ruff-format",
            "ruff-check",
            "--field-extra-keys",
            "x-secret",
            "--base-class",
            f"{package}._runtime.pydantic_base.ExactModel",  # refuses floats
            "--base-class-map",
            json.dumps(dict.fromkeys(secrets, f"{package}._runtime.secrets.MaskedModel")),
            "--custom-file-header",
            '"""Pydantic v2 models of every schema and webhook payload (datamodel-code-generator)."""',
        )
        exact_root_models(pkg / "pydantic_models.py", package)
        (pkg / "_operations.py").write_text(operations_module(spec))
        version = opc_settings["package_version_override"]
        (pkg / "_version.py").write_text(
            f'"""The package version (overrides/{provider}/generator.yaml)."""\n\n__version__ = "{version}"\n'
        )
        # runtime/keys.py reads RSA keys with `cryptography`: only clients that depend on it get it
        skip = [] if any(d.startswith("cryptography") for d in facade.get("dependencies", [])) else ["keys.py"]
        shutil.copytree(OVERRIDES / "runtime", pkg / "_runtime", ignore=shutil.ignore_patterns("__pycache__", *skip))
        shutil.copytree(
            OVERRIDES / provider / "overlay", pkg, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
        )
        (project / ".gitignore").unlink(missing_ok=True)
        _run(BIN / "ruff", "check", "--fix-only", "--quiet", ".", cwd=project)
        _run(BIN / "ruff", "format", "--quiet", ".", cwd=project)
        shutil.rmtree(project / ".ruff_cache", ignore_errors=True)
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(project, dest)


def exact_root_models(path: Path, package: str) -> None:
    """datamodel-codegen's `--base-class` reaches object models only: root models get the exact base here."""
    root = re.compile(r"^class (\w+)\((\s*)RootModel\[", re.M)
    text, count = root.subn(r"class \1(\2ExactRootModel[", path.read_text())
    if not count:
        return
    base = f"from {package}._runtime.pydantic_base import ExactModel"
    if base + "\n" not in text or "RootModel[" in text.replace("ExactRootModel[", ""):
        sys.exit(f"{path}: unexpected layout for the root-model base")
    text = text.replace(base + "\n", base + ", ExactRootModel\n", 1)
    text = re.sub(r"^(from pydantic import .*), RootModel$", r"\1", text, count=1, flags=re.M)
    path.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("provider")
    parser.add_argument("--out", type=Path, help="parent folder of the package (default: generated/)")
    args = parser.parse_args()
    settings = yaml.safe_load((OVERRIDES / args.provider / "generator.yaml").read_text())
    name = settings["openapi_python_client"]["project_name_override"]
    build(args.provider, (args.out or ROOT / "generated") / name)


if __name__ == "__main__":
    main()
