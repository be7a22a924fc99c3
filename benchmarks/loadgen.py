"""A small closed-loop HTTP/1.1 load generator on asyncio streams.

`concurrency` keep-alive connections each keep one request in flight; request i of the list goes out
once, in order, on whichever connection is free. The requests are raw bytes built in advance, so
signing costs nothing during the run and every server gets byte-identical traffic. Latency is the
time from writing a request to having read its whole response.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Call:
    """One HTTP request: method, path with query, headers and body."""

    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def raw(self, host: str) -> bytes:
        lines = [f"{self.method} {self.target} HTTP/1.1", f"host: {host}"]
        lines += [f"{k}: {v}" for k, v in self.headers.items()]
        if self.body or self.method not in ("GET", "HEAD"):
            lines.append(f"content-length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an ascending sequence; 0.0 when empty."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass
class LoadResult:
    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)  # seconds, ascending once finished
    statuses: Counter[int] = field(default_factory=Counter)
    ok: int = 0  # 2xx responses that carry the success marker (the provider's success envelope)
    errors: int = 0  # connection or protocol failures (no status)
    generator_cpu: float = 0.0  # share of one core the generator itself used (near 1.0: it is the bottleneck)

    @property
    def completed(self) -> int:
        return len(self.latencies)

    @property
    def rps(self) -> float:
        return self.completed / self.elapsed if self.elapsed else 0.0

    @property
    def p50_ms(self) -> float:
        return percentile(self.latencies, 50) * 1000

    @property
    def p99_ms(self) -> float:
        return percentile(self.latencies, 99) * 1000

    @classmethod
    def merge(cls, parts: Sequence[LoadResult]) -> LoadResult:
        """One result from runs made one after another: times add up, latencies pool."""
        elapsed = sum(p.elapsed for p in parts)
        return cls(
            elapsed=elapsed,
            latencies=sorted(t for p in parts for t in p.latencies),
            statuses=sum((p.statuses for p in parts), Counter()),
            ok=sum(p.ok for p in parts),
            errors=sum(p.errors for p in parts),
            generator_cpu=sum(p.generator_cpu * p.elapsed for p in parts) / elapsed if elapsed else 0.0,
        )


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """Read one response (Content-Length or chunked body): its status, body and whether the server closes."""
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    status = int(status_line.split(" ", 2)[1])
    headers = {}
    for line in header_lines:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip().lower()
    body = b""
    if "chunked" in headers.get("transfer-encoding", ""):
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            body += (await reader.readexactly(size + 2))[:-2]  # chunk data + CRLF (last chunk: no trailers)
            if size == 0:
                break
    elif "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif status >= 200 and status not in (204, 304):
        return status, await reader.read(), True  # no length: the body runs until the server closes
    return status, body, headers.get("connection") == "close"


async def run_load(
    host: str,
    port: int,
    requests: Sequence[bytes],
    *,
    concurrency: int = 16,
    max_seconds: float = 30.0,
    success: bytes = b"",
) -> LoadResult:
    """Send every request of `requests` once (stop early after `max_seconds`); measure each. A response
    counts as ok when its status is 2xx and its body contains `success`."""
    result = LoadResult()
    next_index = 0
    deadline = time.perf_counter() + max_seconds

    async def worker() -> None:
        nonlocal next_index
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while next_index < len(requests) and time.perf_counter() < deadline:
                data = requests[next_index]
                next_index += 1  # single-threaded event loop: no lock needed
                started = time.perf_counter()
                try:
                    writer.write(data)
                    status, body, close = await read_response(reader)
                except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                    result.errors += 1
                    close = True
                else:
                    result.latencies.append(time.perf_counter() - started)
                    result.statuses[status] += 1
                    result.ok += 200 <= status < 300 and success in body
                if close:
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
        finally:
            writer.close()

    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.elapsed = time.perf_counter() - started
    result.generator_cpu = (time.process_time() - cpu) / result.elapsed if result.elapsed else 0.0
    result.latencies.sort()
    return result


def load(
    host: str,
    port: int,
    requests: Sequence[bytes],
    *,
    concurrency: int = 16,
    max_seconds: float = 30.0,
    success: bytes = b"",
) -> LoadResult:
    return asyncio.run(
        run_load(host, port, requests, concurrency=concurrency, max_seconds=max_seconds, success=success)
    )
