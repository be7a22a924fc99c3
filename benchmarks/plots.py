"""Plots of one run (matplotlib, PNG + SVG): throughput with min–max error bars, latency percentiles per
server, the state-size curve and the contract wall times. `curve()` draws any x → req/s curve (worker counts,
state sizes) for other benchmarks to reuse."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt

from .report import Results, Row

COLOURS = {"mock": "#4670c8", "Prism": "#e68c28", "floor": "#969696", "before": "#a0b4e0"}
PERCENTILES = (("p50", "p50_ms"), ("p90", "p90_ms"), ("p99", "p99_ms"))


def save(fig: Any, out_dir: Path, stem: str) -> list[Path]:
    files = [out_dir / f"{stem}.png", out_dir / f"{stem}.svg"]
    fig.savefig(files[0], dpi=120, bbox_inches="tight")
    fig.savefig(files[1], bbox_inches="tight")
    plt.close(fig)
    return files


def _label(row: Row) -> str:
    return f"{row.provider}\n{row.kind}: {row.operation}"


def throughput(results: Results, out_dir: Path) -> list[Path]:
    rows = results.rows
    servers = list(rows[0].series)
    width = 0.8 / len(servers)
    fig, ax = plt.subplots(figsize=(max(8, 1.6 * len(rows)), 5))
    for k, name in enumerate(servers):
        xs = [i + (k - (len(servers) - 1) / 2) * width for i in range(len(rows))]
        mid = [r.series[name].rps for r in rows]
        low = [m - r.series[name].rps_min for m, r in zip(mid, rows, strict=True)]
        high = [r.series[name].rps_max - m for m, r in zip(mid, rows, strict=True)]
        ax.bar(xs, mid, width, yerr=[low, high], capsize=3, label=name, color=COLOURS.get(name))
    ax.set_xticks(range(len(rows)), [_label(r) for r in rows], fontsize=8)
    ax.set_ylabel("requests per second (median of rounds; bars: min–max)")
    ax.set_title(f"Throughput on loopback, wrk -t1 -c{results.settings.get('connections')} (higher is better)")
    ax.grid(axis="y", alpha=0.3)
    ax.legend()
    return save(fig, out_dir, "throughput")


def latency(results: Results, out_dir: Path) -> list[Path]:
    rows = results.rows
    cols = min(4, len(rows))
    lines = -(-len(rows) // cols)
    fig, axes = plt.subplots(lines, cols, figsize=(3.6 * cols, 3.2 * lines), squeeze=False, sharey=True)
    for ax, row in zip(axes.flat, rows, strict=False):
        servers = list(row.series)
        width = 0.8 / len(servers)
        for k, name in enumerate(servers):
            xs = [i + (k - (len(servers) - 1) / 2) * width for i in range(len(PERCENTILES))]
            ys = [getattr(row.series[name], attr) for _, attr in PERCENTILES]
            ax.bar(xs, ys, width, label=name, color=COLOURS.get(name))
        ax.set_xticks(range(len(PERCENTILES)), [p for p, _ in PERCENTILES])
        ax.set_yscale("log")
        ax.set_title(_label(row).replace("\n", " "), fontsize=8)
        ax.grid(axis="y", alpha=0.3, which="both")
    for ax in axes.flat[len(rows) :]:
        ax.set_visible(False)
    axes[0][0].set_ylabel("latency ms (log)")
    axes[0][0].legend(fontsize=7)
    fig.suptitle("Latency percentiles per server (lower is better)")
    fig.tight_layout()
    return save(fig, out_dir, "latency")


def curve(
    title: str,
    xlabel: str,
    lines: dict[str, tuple[Sequence[float], Sequence[Any]]],
    out_dir: Path,
    stem: str,
    *,
    log_x: bool = True,
) -> list[Path]:
    """One panel of req/s (median, min–max bars) and one of p99 per line; each line's points are report.Series."""
    fig, (top, bottom) = plt.subplots(1, 2, figsize=(11, 4))
    for label, (xs, series) in lines.items():
        mid = [s.rps for s in series]
        err = [
            [m - s.rps_min for m, s in zip(mid, series, strict=True)],
            [s.rps_max - m for m, s in zip(mid, series, strict=True)],
        ]
        top.errorbar(xs, mid, yerr=err, marker="o", capsize=3, label=label)
        bottom.plot(xs, [s.p99_ms for s in series], marker="o", label=label)
    for ax, ylabel in ((top, "requests per second"), (bottom, "p99 latency ms")):
        if log_x:
            ax.set_xscale("log")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3, which="both")
    top.legend(fontsize=8)
    fig.suptitle(title)
    fig.tight_layout()
    return save(fig, out_dir, stem)


def state_size(results: Results, out_dir: Path) -> list[Path]:
    lines = {}
    for row in results.sizes:
        sizes = [float(name.replace("k", "000")) for name in row.series]
        lines[f"{row.provider} {row.kind} {row.operation}"] = (sizes, list(row.series.values()))
    return curve("Cost as state grows (records in memory)", "stored records", lines, out_dir, "state_size")


def contract(results: Results, out_dir: Path) -> list[Path]:
    runs = results.contract
    fig, ax = plt.subplots(figsize=(7, 0.5 * len(runs) + 1.5))
    ax.barh([r.provider for r in runs], [r.seconds for r in runs], color=COLOURS["mock"])
    for i, r in enumerate(runs):
        ax.text(r.seconds, i, f" {r.seconds:.0f} s, {r.tests} tests", va="center", fontsize=8)
    ax.set_xlabel("wall time s")
    ax.set_title("Contract run per provider (pytest process, in-process mock)")
    ax.invert_yaxis()
    return save(fig, out_dir, "contract")


def write_all(results: Results, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    if results.rows:
        files += throughput(results, out_dir) + latency(results, out_dir)
    if results.sizes:
        files += state_size(results, out_dir)
    if results.contract:
        files += contract(results, out_dir)
    return files
