"""Render a bundled AsyncAPI document into one self-contained HTML page.

    python -m tools.asyncapi_html BUNDLED.json OUT.html

The page embeds the document and @asyncapi/react-component's standalone bundle and stylesheet (node_modules,
pinned in package.json), which render it in the browser: the component @asyncapi/html-template renders with.
(html-template itself cannot run here: its React 17 clashes with the React 19 that @asyncapi/cli brings.)
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

COMPONENT = Path("node_modules/@asyncapi/react-component")

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<noscript>This page renders the AsyncAPI document with JavaScript; the document itself is embedded below.</noscript>
<div id="asyncapi"></div>
<script type="application/json" id="asyncapi-document">{document}</script>
<script>{script}</script>
<script>
AsyncApiStandalone.render({{
  schema: JSON.parse(document.getElementById("asyncapi-document").textContent),
  config: {{show: {{sidebar: true, info: true, servers: true, operations: true, messages: true, schemas: true}}}}
}}, document.getElementById("asyncapi"));
</script>
</body>
</html>
"""


def render(document: dict, component: Path = COMPONENT) -> str:
    script = (component / "browser/standalone/index.js").read_text(encoding="utf-8")
    css = (component / "styles/default.min.css").read_text(encoding="utf-8")
    text = json.dumps(document, indent=1, sort_keys=False, ensure_ascii=False).replace("</", "<\\/")
    title = html.escape(str(document.get("info", {}).get("title", "AsyncAPI")))
    return PAGE.format(title=title, css=css, document=text, script=script.replace("</script", "<\\/script"))


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    document = json.loads(source.read_text(encoding="utf-8"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(document), encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
