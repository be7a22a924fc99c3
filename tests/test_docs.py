"""`make docs` writes one HTML reference per spec; the page shows every operation's summary and description."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import yaml

SPECS = sorted(Path("specs") / f"{g.parent.name}.yaml" for g in Path("overrides").glob("*/generator.yaml"))
METHODS = ("get", "put", "post", "delete", "patch")


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))


def test_make_docs_renders_every_spec(tmp_path):
    subprocess.run(["make", "-s", "docs", f"DOCS_DIR={tmp_path}"], check=True, capture_output=True, timeout=600)
    assert sorted(p.name for p in tmp_path.glob("*.html")) == sorted(f"{s.stem}.html" for s in SPECS)
    for spec in SPECS:
        page = (tmp_path / f"{spec.stem}.html").read_text(encoding="utf-8")
        page = re.sub(r"<script>.*?</script>", " ", page, flags=re.S)  # not the embedded copy of the spec
        shown = words(html.unescape(re.sub(r"<[^>]+>", " ", page)))  # the prerendered text a reader sees
        doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
        for item in [*doc.get("paths", {}).values(), *doc.get("webhooks", {}).values()]:
            for method in METHODS:
                if method in item:
                    op = item[method]
                    assert words(op["summary"]) in shown, (spec.stem, op["summary"])
                    # Markdown is rendered, so compare the description's opening words
                    opening = " ".join(words(op.get("description", "")).split()[:6])
                    assert opening in shown, (spec.stem, op["operationId"], opening)
