"""tools/asyncapi_html.py: one self-contained page embedding the document and the renderer's script and styles."""

from __future__ import annotations

import json
import re

from tools.asyncapi_html import render


def test_page_embeds_the_document_script_and_styles_and_cannot_be_closed_early(tmp_path):
    (tmp_path / "browser/standalone").mkdir(parents=True)
    (tmp_path / "styles").mkdir()
    (tmp_path / "browser/standalone/index.js").write_text('var AsyncApiStandalone = {}; var s = "</script>";')
    (tmp_path / "styles/default.min.css").write_text(".aui-root{color:red}")
    document = {"asyncapi": "3.0.0", "info": {"title": "A <b>&</b> API", "description": "ends </script> here"}}
    page = render(document, tmp_path)
    assert "<title>A &lt;b&gt;&amp;&lt;/b&gt; API</title>" in page
    assert ".aui-root{color:red}" in page and "var AsyncApiStandalone = {};" in page
    assert page.count("</script>") == 3  # the document, the renderer, the render call: nothing embedded closes one
    embedded = re.search(r'<script type="application/json" id="asyncapi-document">(.*?)</script>', page, re.S)
    assert json.loads(embedded.group(1)) == document
