"""Custom string formats the specs use, taught to schemathesis once for every suite (HTTP and WebSocket), so the
data a run generates does not depend on which suites were imported before it.

`decimal`: money as a decimal string. Positive cases send amounts as the typed clients write them (digits, an
optional fraction); negative cases may send other strings, which the mock refuses as malformed.
"""

from __future__ import annotations

import schemathesis
from hypothesis import strategies as st

DECIMAL_STRINGS = st.from_regex(r"\A[0-9]{1,12}(\.[0-9]{1,8})?\Z")

schemathesis.openapi.format("decimal", DECIMAL_STRINGS)
