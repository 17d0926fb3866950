"""The study's committed record of its finished cells: what the report reads, kept in git.

A run directory (runs/<tag>/<cell>) holds checkpoints and lives on one machine; a fresh clone
or a new session starts without it. So every finished cell's results are copied into
<results>/<tag>_cells/<cell>/: its config, metrics log, summary, test scores and the test
hypotheses and references (the paired bootstrap needs them), plus study_cell.json (machine,
finish time): about 200 KB a cell, 60 KB compressed, and git stores the identical reference
files once. A cell whose archive holds test scores of its steps counts as finished, so a
study resumes from the archive on any clone, and `--report-only` recomputes every table
from it.
"""

from __future__ import annotations

import filecmp
import os
import shutil

from experiments.study.grid import Cell
from gshard_jax.engine.rundir import RunDir

# Every file of a run directory the report reads; checkpoints and TensorBoard stay behind.
DENSE_PHASE_METRICS = "dense_phase.metrics.jsonl"  # an upcycled cell's dense half (runner.py)
KEPT_FILES = ("config.json", "metrics.jsonl", "summary.json", "test_scores.json",
              "study_cell.json", "upcycle.json", DENSE_PHASE_METRICS)
KEPT_PREFIXES = ("test.hyp.", "test.ref.")


def is_finished(path: str | None, cell: Cell, steps: int) -> bool:
    """True when `path` holds test scores of step `steps` with the cell's test limit."""
    if not path or not os.path.isdir(path):
        return False
    scores = RunDir(path).read_scores("test")
    return (scores is not None and scores.get("step") == steps
            and scores.get("limit") == cell.test_limit)


def kept_names(workdir: str) -> list[str]:
    """The names of the files of `workdir` the archive keeps."""
    return sorted(name for name in os.listdir(workdir)
                  if name in KEPT_FILES or name.startswith(KEPT_PREFIXES))


def archive_cell(cell: Cell) -> str:
    """Copies the cell's result files from its run directory into its archive directory,
    replacing an older archive whole (written beside it, then renamed, so a stop midway
    leaves the old one); returns the archive path."""
    if cell.archive is None:
        raise ValueError(f"{cell.name} has no archive directory")
    staging = cell.archive + ".partial"
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)
    for name in kept_names(cell.workdir):
        shutil.copyfile(os.path.join(cell.workdir, name), os.path.join(staging, name))
    shutil.rmtree(cell.archive, ignore_errors=True)
    os.rename(staging, cell.archive)
    return cell.archive


def result_dir(cell: Cell) -> str | None:
    """Where the report reads a cell from: its archive once it has test scores (the record
    the repository ships), else the run directory if that has them, else None."""
    for path in (cell.archive, cell.workdir):
        if path and os.path.isdir(path) and RunDir(path).read_scores("test") is not None:
            return path
    return None


def harvest(cells: list[Cell], steps: dict[str, int]) -> list[Cell]:
    """Archives every cell finished in its run directory whose archive is missing or
    older (e.g. cells a previous study process finished); returns the cells archived."""
    archived = []
    for cell in cells:
        if (cell.archive and is_finished(cell.workdir, cell, steps[cell.name])
                and not _same_files(cell.workdir, cell.archive)):
            archive_cell(cell)
            archived.append(cell)
    return archived


def _same_files(workdir: str, archive: str) -> bool:
    """True when `archive` holds exactly the kept files of `workdir`, byte for byte."""
    names = kept_names(workdir)
    if not os.path.isdir(archive) or kept_names(archive) != names:
        return False
    _, mismatch, errors = filecmp.cmpfiles(workdir, archive, names, shallow=False)
    return not mismatch and not errors
