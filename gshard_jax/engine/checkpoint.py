"""Orbax checkpoints of the train state plus the input pipeline's position.

Orbax writes each step to a temporary directory and renames it when complete, so a save cut
off mid-write is never listed as a step. Restoring takes the *current* task's shardings, so a
checkpoint written on one mesh/preset restores onto another (or onto one device).

Resuming never depends on one checkpoint: `restore_newest_readable` walks back from the newest
step, and each newer step that cannot be restored (files missing or cut short, unreadable
metadata, a state of other shapes while an older one fits) is moved aside to
`<step>.damaged`, never deleted, with a line saying which and why. A save that fails (disk
full, permission denied, the directory removed) stops the run with one `CheckpointError`
naming the fix; the steps saved before it stay as they were.

A step holds either a whole train state (items `state`, the step, parameters and optimiser
state; and `data`, the input pipeline's position) or, written by `save_params`, parameters
alone (item `params`): the step 0 of a run that starts from weights (import-hf, upcycle,
train --init-from). Restoring a parameters-only step gives a state whose `opt_state` is None;
the training loop initialises the optimiser then (`ShardedTask.complete_state`), and readers
that need only the parameters (generate, translate, export) never hold an optimiser state.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, Callable

import jax
import numpy as np

from gshard_jax.errors import UserError

if TYPE_CHECKING:
    import orbax.checkpoint as ocp


# Phrases of TensorStore/Orbax errors that mean the bytes on disk are bad, not the model.
_DAMAGE_MARKS = ("OUT_OF_RANGE", "DATA_LOSS", "Error reading", "Byte range", "corrupt", "truncated",
                 "NOT_FOUND", "not found", "No such file", "metadata")
DAMAGED_SUFFIX = ".damaged"
STATE_ITEM, DATA_ITEM, PARAMS_ITEM = "state", "data", "params"  # a step's items on disk


def _orbax():
    """Orbax, imported on first use: a command that restores nothing from a checkpoint (a warm
    `translate`, from its cached parameters) skips its import (about a third of a second)."""
    import orbax.checkpoint

    return orbax.checkpoint


class CheckpointError(UserError, RuntimeError):
    """A checkpoint that cannot be restored into this model, or saved."""


class Checkpointer:
    """Keeps the newest `keep` checkpoints under `directory`."""

    def __init__(self, directory: str, keep: int = 3):
        self.directory = os.path.abspath(directory)
        self._keep = keep
        self._save_failed = False
        self._manager = self._open()

    def _open(self) -> ocp.CheckpointManager:
        ocp = _orbax()
        # Synchronous saves: the loop waits for each save anyway, and a failing asynchronous
        # save leaves Orbax threads waiting on signals that keep the process from exiting.
        # A parameters-only step is written with at most 1 GB in flight (Orbax's default is
        # 96): on a host whose devices are its own memory (CPU), import-hf then peaks under
        # 2x the model, not near 3x.
        params_handler = ocp.PyTreeCheckpointHandler(save_concurrent_gb=1)
        registry = ocp.handlers.DefaultCheckpointHandlerRegistry()
        for args in (ocp.args.PyTreeSave, ocp.args.PyTreeRestore):
            registry.add(PARAMS_ITEM, args, params_handler)
        for item, save, restore, handler in (
                (STATE_ITEM, ocp.args.StandardSave, ocp.args.StandardRestore,
                 ocp.StandardCheckpointHandler),
                (DATA_ITEM, ocp.args.JsonSave, ocp.args.JsonRestore, ocp.JsonCheckpointHandler)):
            registry.add(item, save, handler)
            registry.add(item, restore, handler)
        registry.add(STATE_ITEM, ocp.args.PyTreeRestore, ocp.PyTreeCheckpointHandler)
        return ocp.CheckpointManager(self.directory, options=ocp.CheckpointManagerOptions(
            max_to_keep=self._keep, create=True, enable_async_checkpointing=False),
            handler_registry=registry)

    def latest_step(self) -> int | None:
        return self._manager.latest_step()

    def has_steps(self) -> bool:
        """Whether any step was committed here (readable or not)."""
        return bool(self._manager.all_steps() or self._steps_on_disk())

    def save(self, step: int, state: Any, data_state: dict) -> None:
        """Saves and waits until the step is committed on disk; CheckpointError if it cannot
        be (the earlier steps stay readable)."""
        ocp = _orbax()
        self._save(step, ocp.args.Composite(**{STATE_ITEM: ocp.args.StandardSave(state),
                                               DATA_ITEM: ocp.args.JsonSave(data_state)}))

    def _save(self, step: int, args: ocp.args.Composite) -> None:
        try:
            self._manager.save(step, args=args, force=True)
            self._manager.wait_until_finished()
        except Exception as error:  # any failure to write is the same event for the run
            self._save_failed = True
            kept = [s for s in self._steps_on_disk() if s != step]
            intact = (f"checkpoint {kept[0]} is" if len(kept) == 1 else
                      f"checkpoints {', '.join(map(str, kept))} are")
            resume = (f"then rerun the same command to resume from step {max(kept)} ({intact} "
                      "intact)" if kept else
                      "then rerun the same command (no earlier checkpoint: it starts over)")
            raise CheckpointError(
                f"saving step {step} to {self.directory} failed ({type(error).__name__}: "
                f"{str(error)[:300]}); the run stopped here. Make the directory writable and "
                f"free disk space, {resume}") from None

    def save_params(self, step: int, params: Any) -> None:
        """Saves the parameters alone as `step` (no optimiser state, no data position): a run
        starting from weights. CheckpointError as `save`."""
        ocp = _orbax()
        self._save(step, ocp.args.Composite(**{PARAMS_ITEM: ocp.args.PyTreeSave(params)}))

    def holds_params_only(self, step: int) -> bool:
        """Whether `step` was written by `save_params` (told by its items on disk)."""
        where = os.path.join(self.directory, str(step))
        return (os.path.isdir(os.path.join(where, PARAMS_ITEM))
                and not os.path.isdir(os.path.join(where, STATE_ITEM)))

    def restore(self, abstract_state: Any, step: int | None = None) -> tuple[Any, dict]:
        """(the train state, laid out as `abstract_state` says, e.g. a task's
        `abstract_state()`; the data pipeline's state) of `step` (default: the newest).
        A parameters-only step gives `abstract_state` with its step, the parameters and
        opt_state=None, and an empty data state."""
        ocp = _orbax()
        step = self.latest_step() if step is None else step
        if step is None:
            raise self._none_saved()
        if self.holds_params_only(step):
            params = self.restore_params(abstract_state.params, step)
            step_array = jax.device_put(np.asarray(step, np.int32), abstract_state.step.sharding)
            return abstract_state.replace(step=step_array, params=params, opt_state=None), {}
        try:
            restored = self._manager.restore(step, args=ocp.args.Composite(
                state=ocp.args.StandardRestore(abstract_state), data=ocp.args.JsonRestore()))
        except Exception as error:  # Orbax and TensorStore raise many kinds for bad files
            raise self._explain(step, error) from error
        return restored["state"], restored["data"]

    def restore_params(self, abstract_params: Any, step: int | None = None) -> Any:
        """The parameters alone of `step` (default: the newest), laid out as `abstract_params`
        says (leaves with a sharding become jax Arrays; leaves without one, e.g.
        `host_params_like`'s, NumPy arrays on the host): a reader that needs no optimiser
        state (export, fine-tuning's source) holds one copy of the model."""
        ocp = _orbax()
        step = self.latest_step() if step is None else step
        if step is None:
            raise self._none_saved()
        only = self.holds_params_only(step)
        item = abstract_params if only else {"params": abstract_params}
        restore_args = ocp.checkpoint_utils.construct_restore_args(item)
        restore_args = jax.tree.map(  # no sharding: restore on the host, as NumPy
            lambda leaf, args: args if getattr(leaf, "sharding", None) is not None
            else ocp.RestoreArgs(restore_type=np.ndarray, dtype=leaf.dtype),
            item, restore_args)
        name = PARAMS_ITEM if only else STATE_ITEM
        try:
            restored = self._manager.restore(step, args=ocp.args.Composite(**{
                name: ocp.args.PyTreeRestore(item, restore_args=restore_args,
                                             partial_restore=not only)}))
        except Exception as error:  # Orbax and TensorStore raise many kinds for bad files
            raise self._explain(step, error) from error
        return restored[name] if only else restored[name]["params"]

    def restore_newest_readable(self, abstract_state: Any,
                                other_layout: Callable | None = None) -> tuple[Any, dict]:
        """`restore` of the newest step that can be restored. Each newer step that cannot is
        moved aside to `<step>.damaged` (said on stderr) once an older step has restored, so a
        config that fits no checkpoint moves nothing; CheckpointError when none restores.
        other_layout(checkpointer, error): a task's `restore_other_layout`, tried when none
        restores as `abstract_state` (the run's layers written with the other
        model.scan_layers)."""
        try:
            return self._restore_newest(abstract_state)
        except CheckpointError as error:
            if other_layout is None:
                raise
            return other_layout(self, error)

    def _restore_newest(self, abstract_state: Any) -> tuple[Any, dict]:
        steps = sorted(set(self._manager.all_steps()) | set(self._steps_on_disk()), reverse=True)
        if not steps:
            raise self._none_saved()
        unreadable: list[tuple[int, CheckpointError]] = []
        for step in steps:
            try:
                restored = self.restore(abstract_state, step)
            except CheckpointError as error:
                unreadable.append((step, error))
                continue
            for bad, why in unreadable:
                aside = self._move_aside(bad)
                cause = why.__cause__ or why  # what Orbax said, not our guess at the reason
                print(f"checkpoint: step {bad} in {self.directory} is damaged: it cannot be "
                      f"restored ({type(cause).__name__}: {str(cause)[:200]}) although step "
                      f"{step} can with the same config; moved it to {aside} (kept, not "
                      f"deleted) and using step {step}", file=sys.stderr, flush=True)
            if unreadable:
                self._manager.close()
                self._manager = self._open()  # Orbax caches the step list
            return restored
        raise CheckpointError(
            f"none of the {len(steps)} checkpoints in {self.directory} can be restored "
            f"(nothing was moved): " + "; ".join(str(e) for _, e in unreadable))

    def _steps_on_disk(self) -> list[int]:
        """Committed steps by their directory names (a step whose metadata is gone is still
        listed here, so it can be reported and moved aside rather than silently skipped)."""
        names = os.listdir(self.directory) if os.path.isdir(self.directory) else []
        return sorted(int(n) for n in names if n.isdigit())

    def _move_aside(self, step: int) -> str:
        source = os.path.join(self.directory, str(step))
        target, n = source + DAMAGED_SUFFIX, 1
        while os.path.exists(target):  # an earlier damaged copy of the same step stays too
            target, n = f"{source}{DAMAGED_SUFFIX}.{n}", n + 1
        os.rename(source, target)
        return target

    def _none_saved(self) -> CheckpointError:
        return CheckpointError(
            f"no checkpoint in {self.directory}: train this run first (gshard-jax train "
            "--workdir ...), or point --workdir at a run that has checkpoints")

    def _explain(self, step: int, error: Exception) -> CheckpointError:
        """Damaged files and a different model are different problems with different fixes."""
        detail = f"{type(error).__name__}: {str(error)[:300]}"
        damaged = any(mark in str(error) for mark in _DAMAGE_MARKS) or isinstance(error, OSError)
        if damaged:
            return CheckpointError(f"checkpoint step {step} in {self.directory} cannot be read: its "
                                   f"files are damaged, missing or cut short ({detail})")
        return CheckpointError(
            f"checkpoint step {step} in {self.directory} does not fit this model/optimiser "
            f"({detail}); use a fresh run.workdir or the config the checkpoint was written with")

    def close(self) -> None:
        try:
            self._manager.close()
        except Exception:
            if not self._save_failed:  # after a failed save its error is the one to report
                raise

    def __enter__(self) -> "Checkpointer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
