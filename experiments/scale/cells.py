"""The scale studies' cells: one `gshard-jax plan` run each, its JSON kept in a cells folder so
a rerun compiles nothing already done (shared by experiments.scale and experiments.scale.levers).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

RESULTS = os.path.join("experiments", "results")
CONFIGS = os.path.join("experiments", "configs")


def provenance() -> dict:
    """Which code, host and compiler produced a cell (a figure names the commit it came from)."""
    import platform
    from importlib.metadata import version

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "gshard_jax"],
                           capture_output=True, text=True).stdout.strip()
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.machine()) if os.path.exists(
        "/proc/cpuinfo") else platform.machine()
    return {"commit": commit + (" (gshard_jax/ modified)" if dirty else ""),
            "host": f"{cpu}, {os.cpu_count()} cores",
            "versions": {p: version(p) for p in ("jax", "libtpu")},
            "date": time.strftime("%Y-%m-%d")}


MIN_FREE_GIB = 6  # a pod-scale compile takes about 8 GB of host memory


def wait_for_memory(poll_s: float = 30) -> None:
    """Waits until the host has MIN_FREE_GIB available (it may be shared with other work)."""
    while os.path.exists("/proc/meminfo"):
        with open("/proc/meminfo") as f:
            free = next(int(line.split()[1]) * 1024 for line in f
                        if line.startswith("MemAvailable:"))
        if free >= MIN_FREE_GIB * 2**30:
            return
        print(f"  waiting: {free / 2**30:.1f} GiB of host memory available, "
              f"{MIN_FREE_GIB} wanted", flush=True)
        time.sleep(poll_s)


def run_cell(cell: dict, cells_dir: str) -> dict:
    """Plans one cell (or reads its earlier result from `cells_dir`); returns the plan's JSON
    plus exit, wall time and provenance."""
    path = os.path.join(cells_dir, f"{cell['name']}.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    os.makedirs(cells_dir, exist_ok=True)
    partial = path + ".partial"
    wait_for_memory()
    cmd = [sys.executable, "-m", "gshard_jax.cli", "plan", "--config", cell["config"],
           "--topology", cell["topology"], "--json", partial,
           *[x for s in cell["sets"] for x in ("--set", s)]]
    print(f"[{time.strftime('%H:%M:%S')}] {cell['name']}: {' '.join(cmd[2:])}", flush=True)
    start = time.time()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 4) or not os.path.exists(partial):
        raise SystemExit(f"{cell['name']} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    with open(partial) as f:
        result = json.load(f)
    result.update(exit=done.returncode, wall_s=time.time() - start, cell=cell, **provenance())
    with open(partial, "w") as f:
        json.dump(result, f, indent=1)
    os.replace(partial, path)  # complete cells only: a killed run leaves a .partial to redo
    print(f"  exit {done.returncode}, {result['wall_s']:.0f} s", flush=True)
    return result
