"""Trains and evaluates the study's cells through the `gshard-jax` CLI, one subprocess per step.

A cell is done when its run directory or its committed archive (archive.py) holds test scores
of its final step (and the requested test sentence count); anything less resumes: `train`
continues from the newest checkpoint, `evaluate` reruns. An upcycled cell (grid.Row.upcycle_from)
first trains its dense row for half the steps in <workdir>.dense, then `gshard-jax upcycle`s it
into <workdir> (once: a run there is kept) and trains the other half there; its archive keeps
the dense half's metrics (dense_phase.metrics.jsonl) for the report's curves and times. A cell that finishes is archived.
Each cell's output goes to <workdir>/study.log; a failed cell is reported and the others go
on. Subprocesses keep every cell's XLA device flags and memory its own, and let `--jobs N`
train N cells at once.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone

from experiments.study import archive
from experiments.study.grid import Cell, split_steps

CLI = (sys.executable, "-m", "gshard_jax.cli")
_children: set[subprocess.Popen] = set()
_children_lock = threading.Lock()


def is_done(cell: Cell, steps: int) -> bool:
    """True when the cell's test scores, in its archive or its run directory, are of step
    `steps` (its run.steps) with the cell's test sentence limit."""
    return any(archive.is_finished(path, cell, steps) for path in (cell.archive, cell.workdir))


def total_steps(cell: Cell, extra: tuple[str, ...]) -> int:
    """run.steps of the cell's config with its overrides (an upcycled cell's two halves)."""
    from gshard_jax.config import apply_overrides, load_config_file

    return apply_overrides(load_config_file(cell.row.config), cell.overrides(extra)).run.steps


def _sets(cell: Cell, extra: tuple[str, ...]) -> list[str]:
    return [arg for override in cell.overrides(extra) for arg in ("--set", override)]


def commands(cell: Cell, extra: tuple[str, ...]) -> list[list[str]]:
    """The command lines of a cell: train and evaluate; an upcycled cell's train its dense
    half, upcycle (unless its run directory holds a run already) and train its MoE half first."""
    from gshard_jax.engine.rundir import RunDir

    phases = []
    if cell.dense_phase is not None:
        dense_steps, moe_steps = split_steps(total_steps(cell, extra))
        dense = cell.dense_phase
        phases.append([*CLI, "train", "--config", dense.row.config, "--workdir", dense.workdir,
                       *_sets(dense, extra + (f"run.steps={dense_steps}",)), "--no-eval"])
        extra = extra + (f"run.steps={moe_steps}",)
        if not os.path.exists(RunDir(cell.workdir).config_path):
            phases.append([*CLI, "upcycle", "--from", dense.workdir, "--config", cell.row.config,
                           "--workdir", cell.workdir, *_sets(cell, extra)])
    train = [*CLI, "train", "--config", cell.row.config, "--workdir", cell.workdir,
             *_sets(cell, extra), "--no-eval"]
    evaluate = [*CLI, "evaluate", "--workdir", cell.workdir]
    if cell.test_limit is not None:
        evaluate += ["--limit", str(cell.test_limit)]
    return [*phases, train, evaluate]


def machine() -> dict:
    """Where a cell ran: host CPU model and core count (for the report's wall times)."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            names = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        model = names[0] if names else model
    except OSError:
        pass
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version()}


def run_cell(cell: Cell, extra: tuple[str, ...]) -> dict:
    """Trains (or resumes) and evaluates one cell; returns {'cell', 'rc', 'seconds', 'log'}.
    On success writes <workdir>/study_cell.json with the machine and the finish time, and
    archives the cell's results."""
    os.makedirs(cell.workdir, exist_ok=True)
    log_path = os.path.join(cell.workdir, "study.log")
    print(f"{cell.name}: started (log {log_path})", flush=True)
    start = time.monotonic()
    rc = 0
    with open(log_path, "a") as log:
        for command in commands(cell, extra):
            log.write(f"\n$ {' '.join(command)}\n")
            log.flush()
            child = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
            with _children_lock:
                _children.add(child)
            rc = child.wait()
            with _children_lock:
                _children.discard(child)
            if rc != 0:
                break
    seconds = time.monotonic() - start
    if rc == 0:
        if cell.dense_phase is not None:
            shutil.copyfile(os.path.join(cell.dense_phase.workdir, "metrics.jsonl"),
                            os.path.join(cell.workdir, archive.DENSE_PHASE_METRICS))
        with open(os.path.join(cell.workdir, "study_cell.json"), "w") as f:
            json.dump({"cell": cell.name, "finished": datetime.now(timezone.utc).isoformat(
                timespec="seconds"), "session_seconds": seconds, "machine": machine()}, f, indent=2)
        if cell.archive:
            archive.archive_cell(cell)
    return {"cell": cell.name, "rc": rc, "seconds": seconds, "log": log_path}


def _stop_children(signum, frame) -> None:
    """SIGTERM/SIGINT: pass SIGTERM on (a trainer then saves a checkpoint), wait, and exit;
    the next study run resumes every cell from there."""
    with _children_lock:
        children = list(_children)
    for child in children:
        child.send_signal(signal.SIGTERM)
    for child in children:
        child.wait()
    print(f"study stopped by signal {signum}: {len(children)} running cell(s) saved; "
          "rerun the same command to continue", file=sys.stderr, flush=True)
    os._exit(128 + signum)


def run_cells(todo: list[Cell], extra: tuple[str, ...], jobs: int) -> list[dict]:
    """Runs the cells, `jobs` at a time, printing each start and finish; returns the outcomes."""
    previous = {signum: signal.signal(signum, _stop_children)
                for signum in (signal.SIGTERM, signal.SIGINT)}
    outcomes = []
    total = len(todo)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(run_cell, cell, extra) for cell in todo]
            for future in concurrent.futures.as_completed(futures):
                outcome = future.result()
                outcomes.append(outcome)
                status = ("done" if outcome["rc"] == 0
                          else f"FAILED (exit {outcome['rc']}, see {outcome['log']})")
                print(f"{outcome['cell']}: {status} after {outcome['seconds'] / 60:.1f} min "
                      f"({len(outcomes)}/{total} finished)", flush=True)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return outcomes
