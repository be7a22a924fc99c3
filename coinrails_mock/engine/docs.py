"""`GET /_mock/docs` (an HTML API reference of the provider's spec and the control API) and
`GET /_mock/openapi.yaml` (the provider's spec as written). Rendered from the loaded specs, without network
or Node: every operation with its summary, description, parameters, request body and responses.
(`make docs` renders the same specs with Redocly into reports/docs/.)
"""

from __future__ import annotations

import html
from typing import Any

from coinrails_mock.engine.spec import METHODS, Spec

DOCS_PATHS = ("/_mock/docs", "/_mock/openapi.yaml")

_STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
code,.path{font-family:ui-monospace,monospace}.op{border-top:1px solid #ddd;padding:.6rem 0}
.method{font-weight:700;text-transform:uppercase;margin-right:.5rem}.desc{white-space:pre-wrap;color:#333}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
nav a{margin-right:1rem}"""


def _e(value: Any) -> str:
    return html.escape(str(value or ""))


def _ref_name(node: Any) -> str:
    if isinstance(node, dict) and "$ref" in node:
        return node["$ref"].rsplit("/", 1)[-1]
    if isinstance(node, dict) and node.get("type"):
        return str(node["type"])
    return "object"


def _operation(spec: Spec, method: str, where: str, op: dict[str, Any], item: dict[str, Any]) -> str:
    out = [f'<div class="op" id="{_e(op.get("operationId"))}">']
    out.append(f'<h3><span class="method">{_e(method)}</span><span class="path">{_e(where)}</span></h3>')
    out.append(f"<p><b>{_e(op.get('summary'))}</b> <code>{_e(op.get('operationId'))}</code></p>")
    if op.get("description"):
        out.append(f'<div class="desc">{_e(op["description"])}</div>')
    params = [spec._resolve(p)[0] for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    if params:
        out.append("<table><tr><th>parameter</th><th>in</th><th>required</th><th>description</th></tr>")
        for p in params:
            out.append(
                f"<tr><td><code>{_e(p.get('name'))}</code></td><td>{_e(p.get('in'))}</td>"
                f"<td>{'yes' if p.get('required') else ''}</td><td>{_e(p.get('description'))}</td></tr>"
            )
        out.append("</table>")
    if "requestBody" in op:
        body = spec._resolve(op["requestBody"])[0]
        for media, content in body.get("content", {}).items():
            out.append(
                f"<p>Request body <code>{_e(media)}</code>: <code>{_e(_ref_name(content.get('schema')))}</code></p>"
            )
    out.append("<table><tr><th>status</th><th>response</th></tr>")
    for status, response in op.get("responses", {}).items():
        out.append(f"<tr><td>{_e(status)}</td><td>{_e(spec._resolve(response)[0].get('description'))}</td></tr>")
    out.append("</table></div>")
    return "\n".join(out)


def _reference(spec: Spec, anchor: str) -> str:
    doc = spec.document
    info = doc.get("info", {})
    out = [f'<h1 id="{anchor}">{_e(info.get("title"))} <small>{_e(info.get("version"))}</small></h1>']
    if info.get("description"):
        out.append(f'<div class="desc">{_e(info["description"])}</div>')
    for section, label in (("paths", None), ("webhooks", "webhook")):
        for where, item in doc.get(section, {}).items():
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    title = f"{label} {where}" if label else where
                    out.append(_operation(spec, method, title, item[method], item))
    return "\n".join(out)


def render(provider_spec: Spec, control_spec: Spec) -> bytes:
    """One HTML page: the provider's API reference, then the mock control API's."""
    title = provider_spec.document.get("info", {}).get("title", "API")
    page = [
        "<!doctype html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{_STYLE}</style></head><body>',
        '<nav><a href="#provider">Provider API</a><a href="#control">Mock control API (/_mock/)</a>',
        '<a href="/_mock/openapi.yaml">openapi.yaml</a></nav>',
        _reference(provider_spec, "provider"),
        _reference(control_spec, "control"),
        "</body></html>",
    ]
    return "\n".join(page).encode()


async def serve(path: str, method: str, provider_spec: Spec, control_spec: Spec, send: Any) -> None:
    """Answer GET (or HEAD) /_mock/docs and /_mock/openapi.yaml."""
    if method not in ("GET", "HEAD"):
        body, status, media = b'{"error":{"code":"method_not_allowed","message":"use GET"}}', 405, b"application/json"
    elif path == "/_mock/docs":
        body, status, media = render(provider_spec, control_spec), 200, b"text/html; charset=utf-8"
    else:
        body, status, media = provider_spec.path.read_bytes(), 200, b"application/yaml"
    headers = [(b"content-type", media), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
