"""mesh.moe_mode=auto: which MoE execution modes differ on a mesh, their timing, the choice.

The expert weights keep one layout in every mode (gshard_jax/model/moe.py says what each
does), so the training loop times the candidates on its first batch and goes on in the
fastest, from the same state.
"""

from __future__ import annotations

import time

import jax
import numpy as np

from gshard_jax import axes
from gshard_jax.engine.task import ShardedTask, TrainState
from gshard_jax.sharding.partition import split_factor
from gshard_jax.sharding.rules import resolve


def moe_mode_candidates(task: ShardedTask) -> list[str]:
    """The MoE execution modes that differ on the task's mesh (what 'auto' times)."""
    if task.cfg.model.moe_every <= 0:
        return [task.moe_mode]
    expert_split = split_factor(resolve((axes.EXPERT,), task.rules), task.mesh)[0]
    mlp_split = split_factor(resolve((axes.EXPERT, axes.MLP), task.rules), task.mesh)[1]
    modes = ["alltoall"]
    if mlp_split > 1:
        modes.append("alltoall_gather_mlp")
    if expert_split > 1 or mlp_split > 1:
        modes.append("allgather")
    return modes


def time_moe_modes(task: ShardedTask, state: TrainState, batch: dict,
                   repeats: int = 3) -> dict[str, float]:
    """Median seconds of one train step in each candidate MoE mode on `batch` (a host batch);
    the results are discarded and `state` is not donated, so training goes on from the same
    state whatever is chosen."""
    sharded = task.shard_batch(batch)
    times = {}
    for mode in moe_mode_candidates(task):
        step = task.train_step_for(mode, donate=False)
        jax.block_until_ready(step(state, sharded))  # compile and warm up
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            jax.block_until_ready(step(state, sharded))
            samples.append(time.perf_counter() - start)
        times[mode] = float(np.median(samples))
    return times


def choose_moe_mode(task: ShardedTask, state: TrainState, batch: dict) -> dict[str, float]:
    """Times every candidate mode on this batch and sets the task's `moe_mode` to the
    fastest; returns the times (seconds per step by mode)."""
    times = time_moe_modes(task, state, batch)
    task.moe_mode = min(times, key=times.get)
    return times
