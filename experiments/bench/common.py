"""Timing helpers shared by the benchmarks: compiled once, timed as the median of repeats."""

from __future__ import annotations

import subprocess
import time

import jax
import numpy as np


def time_fn(fn, *args, repeats: int = 5, warmup: int = 1) -> float:
    """Median wall seconds of `fn(*args)` (already jitted), after `warmup` calls."""
    for _ in range(warmup):
        jax.block_until_ready(fn(*args))
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        jax.block_until_ready(fn(*args))
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def time_interleaved(fns: dict, *args, repeats: int = 5, warmup: int = 1) -> dict:
    """Median wall seconds of each already-jitted `fn(*args)`, the functions called in turn
    (a, b, c, a, b, c, ...) so that a change in the machine's load hits all of them alike."""
    for _ in range(warmup):
        for fn in fns.values():
            jax.block_until_ready(fn(*args))
    times = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            start = time.perf_counter()
            jax.block_until_ready(fn(*args))
            times[name].append(time.perf_counter() - start)
    return {name: float(np.median(t)) for name, t in times.items()}


def matmul_flops_per_sec(n: int = 2048, repeats: int = 5) -> float:
    """The machine's own float32 matmul rate, measured now ([n,n] @ [n,n])."""
    a = jax.random.normal(jax.random.key(0), (n, n), np.float32)
    b = jax.random.normal(jax.random.key(1), (n, n), np.float32)
    matmul = jax.jit(lambda x, y: x @ y)
    return 2 * n ** 3 / time_fn(matmul, a, b, repeats=repeats)


def print_table(rows: list[dict], columns: list[str]) -> None:
    widths = {c: max(len(c), *(len(_fmt(r.get(c))) for r in rows)) for c in columns}
    print("  ".join(c.rjust(widths[c]) for c in columns))
    for r in rows:
        print("  ".join(_fmt(r.get(c)).rjust(widths[c]) for c in columns))


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:.3e}"
    return "" if v is None else str(v)


def git_commit() -> str:
    """The checkout's short commit, for a result's record ("unknown" outside git)."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
