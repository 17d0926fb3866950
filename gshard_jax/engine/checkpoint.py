"""Orbax checkpoints of the train state plus the input pipeline's position.

Orbax writes each step to a temporary directory and renames it when complete, so a save cut
off mid-write is never listed as a step. Restoring takes the *current* task's shardings, so a
checkpoint written on one mesh/preset restores onto another (or onto one device).
"""

from __future__ import annotations

import os
from typing import Any

import orbax.checkpoint as ocp


# Phrases of TensorStore/Orbax errors that mean the bytes on disk are bad, not the model.
_DAMAGE_MARKS = ("OUT_OF_RANGE", "DATA_LOSS", "Error reading", "Byte range", "corrupt", "truncated")


class CheckpointError(RuntimeError):
    """A checkpoint that cannot be restored into this model."""


class Checkpointer:
    """Keeps the newest `keep` checkpoints under `directory`."""

    def __init__(self, directory: str, keep: int = 3):
        self.directory = os.path.abspath(directory)
        self._manager = ocp.CheckpointManager(
            self.directory, options=ocp.CheckpointManagerOptions(max_to_keep=keep, create=True)
        )

    def latest_step(self) -> int | None:
        return self._manager.latest_step()

    def save(self, step: int, state: Any, data_state: dict) -> None:
        """Saves and waits until the step is committed on disk."""
        self._manager.save(step, args=ocp.args.Composite(
            state=ocp.args.StandardSave(state), data=ocp.args.JsonSave(data_state)), force=True)
        self._manager.wait_until_finished()

    def restore(self, abstract_state: Any, step: int | None = None) -> tuple[Any, dict]:
        """(the train state, laid out as `abstract_state` says, e.g. a task's
        `abstract_state()`; the data pipeline's state)."""
        step = self.latest_step() if step is None else step
        if step is None:
            raise CheckpointError(
                f"no checkpoint in {self.directory}: train this run first (gshard-jax train "
                "--workdir ...), or point --workdir at a run that has checkpoints")
        try:
            restored = self._manager.restore(step, args=ocp.args.Composite(
                state=ocp.args.StandardRestore(abstract_state), data=ocp.args.JsonRestore()))
        except (ValueError, KeyError, TypeError, OSError) as error:
            raise self._explain(step, error) from error
        return restored["state"], restored["data"]

    def _explain(self, step: int, error: Exception) -> CheckpointError:
        """Damaged files and a different model are different problems with different fixes."""
        detail = f"{type(error).__name__}: {str(error)[:300]}"
        damaged = any(mark in str(error) for mark in _DAMAGE_MARKS) or isinstance(error, OSError)
        if damaged:
            older = [s for s in self._manager.all_steps() if s < step]
            fallback = (f"to resume from step {max(older)}, move it out of the way: mv "
                        f"{self.directory}/{step} {self.directory}/../damaged-step-{step}"
                        if older else "no older checkpoint exists; retrain in a fresh run.workdir")
            return CheckpointError(f"checkpoint step {step} in {self.directory} cannot be read: its "
                                   f"files are damaged or cut short ({detail}); {fallback}")
        return CheckpointError(
            f"checkpoint step {step} in {self.directory} does not fit this model/optimiser "
            f"({detail}); use a fresh run.workdir or the config the checkpoint was written with")

    def close(self) -> None:
        self._manager.close()

    def __enter__(self) -> "Checkpointer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
