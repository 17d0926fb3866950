"""Runs that start from weights: a parameters-only step 0, and fine-tuning from another run.

`write_params_start` is the one writer of such a run's first files (import-hf, upcycle and
`train --init-from` call it): config.json, a checkpoint at step 0 holding the parameters alone
(no optimiser state: the training loop initialises a fresh one when it starts from it, see
engine/checkpoint.py) and started_from.json saying where the weights came from.

`source_params` reads another run directory's parameters for `train --init-from RUN` (and
`lm train --init-from`): the step asked for, or the newest readable one (a damaged newer step
is skipped, never moved: the source is not ours to change), checked against this task's
parameter shapes from the checkpoint's metadata before anything is read, and placed on this
task's mesh, in its `model.scan_layers` layout whichever the source was written in. Every way
the source can be wrong (missing, no run, no checkpoint, no such step, damaged, another
model's shapes) is a StartError naming it, raised before the new run writes anything.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import jax
import numpy as np
import orbax.checkpoint as ocp

from gshard_jax.engine.checkpoint import PARAMS_ITEM, STATE_ITEM, CheckpointError, Checkpointer
from gshard_jax.engine.layout import convert_state
from gshard_jax.engine.optim import parameter_names
from gshard_jax.engine.rundir import RunDir
from gshard_jax.errors import UserError
from gshard_jax.model.stack import scan_period


class StartError(UserError, ValueError):
    """A run to start from that cannot be used (the message names the problem and the fix)."""


def write_params_start(run: RunDir, cfg: Any, params: Any, origin: dict) -> None:
    """Writes the first files of a run that starts from weights: `cfg` as its config.json, a
    parameters-only checkpoint at step 0 of `params` (the task's parameter tree, placed as
    its shardings say), and started_from.json = `origin` (where the weights came from, e.g.
    {'kind': 'run', 'source': path, 'step': n})."""
    run.save_config(cfg)
    run.write_origin(origin)  # first: a run cut short before its step 0 starts over
    with run.checkpointer(keep=cfg.run.keep_checkpoints) as checkpointer:
        checkpointer.save_params(0, params)


def shapes_of(tree: Any) -> dict[str, tuple[int, ...]]:
    """{'a/b/0/c': shape} of every leaf of a parameter tree (arrays or their metadata)."""
    return {name: tuple(leaf.shape)
            for name, leaf in zip(parameter_names(tree), jax.tree.leaves(tree))}


def shape_mismatch(model: dict[str, tuple], source: dict[str, tuple]) -> str | None:
    """The first difference between two {path: shape} maps, in the model's order, in words;
    None when they are equal."""
    for path, shape in model.items():
        if path not in source:
            return f"the model's parameter {path} {shape} is not in the source"
        if source[path] != shape:
            return f"parameter {path}: the model has shape {shape}, the source {source[path]}"
    extra = [p for p in source if p not in model]
    if extra:
        return f"the source's parameter {extra[0]} {source[extra[0]]} is not in the model"
    return None


def _checkpoint_shapes(directory: str, step: int) -> dict[str, tuple]:
    """The parameter shapes of a step, read from its metadata (no array is read)."""
    where = os.path.join(directory, str(step))
    item = PARAMS_ITEM if os.path.isdir(os.path.join(where, PARAMS_ITEM)) else STATE_ITEM
    tree = ocp.PyTreeCheckpointer().metadata(os.path.join(where, item)).item_metadata
    return shapes_of(tree if item == PARAMS_ITEM else tree["params"])


def check_source_run(source: str) -> RunDir:
    """The run directory `source` (config.json and a checkpoint); StartError otherwise."""
    run = RunDir(source)
    if not os.path.isdir(source):
        raise StartError(f"--init-from {source} does not exist; give the run directory of a "
                         "trained (or imported) run")
    if not os.path.exists(run.config_path) or not run.checkpoint_steps():
        what = "no config.json" if not os.path.exists(run.config_path) else "no checkpoint"
        raise StartError(f"--init-from {source} holds no run to start from ({what}); give a run "
                         "directory with checkpoints (train it first, or import-hf one)")
    return run


def source_params(source: str, step: int | None, task) -> tuple[Any, int]:
    """(parameters of the run `source` at `step`, default its newest readable step, placed on
    `task`'s mesh in its layout; the step used). StartError if it cannot be used."""
    run = check_source_run(source)
    steps = run.checkpoint_steps()
    if step is not None and step not in steps:
        raise StartError(f"--init-step {step}: {source} has no checkpoint at step {step}; it "
                         f"has steps {', '.join(map(str, steps))}")
    own = task.abstract_state().params
    other = task.with_layout(not task.cfg.model.scan_layers)
    layouts = ((own, None), (other.abstract_state().params, other))
    problems = []
    with Checkpointer(run.checkpoint_dir, keep=1_000_000) as checkpointer:  # never prunes
        for candidate in ([step] if step is not None else sorted(steps, reverse=True)):
            try:
                shapes = _checkpoint_shapes(run.checkpoint_dir, candidate)
            except Exception as error:  # metadata missing or unreadable: a damaged step
                problems.append(f"step {candidate} is damaged ({type(error).__name__}: "
                                f"{str(error)[:160]})")
                continue
            fitting = [(abstract, written) for abstract, written in layouts
                       if shape_mismatch(shapes_of(abstract), shapes) is None]
            if not fitting:  # named in the layout the source is closer to
                closest = min((abstract for abstract, _ in layouts),
                              key=lambda a: len(set(shapes_of(a)) ^ set(shapes)))
                raise StartError(f"--init-from {source} step {candidate} holds another model's "
                                 f"weights: {shape_mismatch(shapes_of(closest), shapes)}; "
                                 "fine-tune with a config of the source's model shape (its "
                                 "config.json)")
            abstract, written = fitting[0]
            try:
                params = checkpointer.restore_params(abstract, candidate)
            except CheckpointError as error:
                problems.append(f"step {candidate}: {error}")
                continue
            if written is not None:  # the source's other model.scan_layers layout
                params = _convert_layout(params, written, task)
            return params, candidate
    raise StartError(f"--init-from {source}: no checkpoint can be read ("
                     + "; ".join(problems) + "); give another run or --init-step")


def _convert_layout(params: Any, written, task) -> Any:
    """Parameters restored in `written`'s layer layout, in `task`'s, on its shardings."""
    state = written.abstract_state().replace(step=np.zeros((), np.int32), params=params,
                                             opt_state=None)
    target = task.abstract_state().replace(opt_state=None)
    return convert_state(state, target, task.stacks, scan_period(task.cfg.model.moe_every),
                         to_scanned=task.cfg.model.scan_layers).params


def check_resumable(run: RunDir, source: str, step: int | None) -> bool:
    """Whether a run asked to start from `source` already has its own checkpoints (then it
    resumes: its own checkpoints win, the source is not read again). StartError when the run
    holds a run that did not start from `source`."""
    if not run.checkpoint_steps():
        return False
    origin = run.read_origin()
    same = (origin is not None and origin.get("kind") == "run"
            and origin.get("source") == os.path.abspath(source)
            and (step is None or origin.get("step") == step))
    if not same:
        started = (f"started from {origin.get('source')} step {origin.get('step')}" if origin
                   else "started from scratch")
        raise StartError(f"{run.path} already holds a run ({started}); --init-from starts a new "
                         "run: give a new --workdir, or rerun without --init-from to resume it")
    return True


def run_origin(source: str, step: int) -> dict:
    """started_from.json of a run fine-tuned from `source`'s step `step`."""
    return {"kind": "run", "source": os.path.abspath(source), "step": int(step)}


def host_params_like(abstract_params: Any) -> Any:
    """`abstract_params` without shardings: restored on the host as NumPy arrays."""
    return jax.tree.map(lambda leaf: jax.ShapeDtypeStruct(leaf.shape, np.dtype(leaf.dtype)),
                        abstract_params)


def prepare_start(run: RunDir, task, source: str | None, step: int | None):
    """What a training command does before taking the lock, for `--init-from source
    [--init-step step]`: None when there is nothing to start (no source, or the run resumes
    its own checkpoints), else a function that writes the run's start (call it holding the
    run's lock, before the training loop). The source is read and checked here, so bad input
    fails before the run directory is touched."""
    if source is None:
        return None
    if os.path.abspath(source) == os.path.abspath(run.path):
        raise StartError(f"--init-from {source} is the run directory itself; give another "
                         "run to start from, or rerun without --init-from to resume")
    if check_resumable(run, source, step):
        print(f"{run.path} resumes its own checkpoints (it started from {source}); "
              "--init-from is not read again", file=sys.stderr)
        return None
    params, used = source_params(source, step, task)
    print(f"starting {run.path} from the parameters of {source} step {used} (a fresh "
          "optimiser and schedule, step 0)", file=sys.stderr)
    return lambda: write_params_start(run, task.cfg, params, run_origin(source, used))
