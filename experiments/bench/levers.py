"""B7: what each large-model lever costs in step time on the default experiment's model (8
simulated devices, its mesh, batches of 64 x 64 tokens: twice its step, so that 2 microbatches
are one default step each), measured side by side in one run: every variant's
step is compiled first, then the steps run in turn (a, b, c, a, b, c, ...) so a change in the
machine's load hits all alike. Ratios are step time over the plain step's.

The levers trade time for memory or compile time: remat recomputes activations, microbatches
run smaller matmuls in a loop, fsdp gathers weights per layer; on a CPU none of their memory
or compile savings show, only their cost (the planner measures the savings, see
experiments/scale/levers.py).
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np

from experiments.bench.common import time_interleaved
from gshard_jax.config import load_config_file

# name -> (model changes, train changes, mesh preset or None)
VARIANTS = {
    "plain": ({}, {}, None),
    "scan_layers": ({"scan_layers": True}, {}, None),
    "remat=full": ({"remat": "full"}, {}, None),
    "remat=dots": ({"remat": "dots"}, {}, None),
    "microbatches=2": ({}, {"microbatches": 2}, None),
    "preset=fsdp": ({}, {}, "fsdp"),
    "preset=expert_fsdp": ({}, {}, "expert_fsdp"),
}


def run(repeats: int = 5, length: int = 64) -> list[dict]:
    from gshard_jax.translation.task import TranslationTask  # after the caller has fixed the device count

    base = load_config_file("experiments/configs/en_es_moe.py")
    # Twice the default step's tokens, so 2 microbatches are the default step's size (a
    # microbatch's groups of 256 tokens must still split over the 8 devices).
    rows_per_batch = 2 * base.data.tokens_per_batch // length
    rng = np.random.default_rng(0)
    host_batch = {"src": rng.integers(2, base.model.vocab_size, (rows_per_batch, length)),
                  "tgt": rng.integers(2, base.model.vocab_size, (rows_per_batch, length))}
    steps, compile_s = {}, {}
    for name, (model, train, preset) in VARIANTS.items():
        mesh = dataclasses.replace(base.mesh, preset=preset) if preset else base.mesh
        cfg = dataclasses.replace(base, model=dataclasses.replace(base.model, **model),
                                  train=dataclasses.replace(base.train, **train), mesh=mesh)
        task = TranslationTask(cfg)
        state = task.init_state(0)
        batch = task.shard_batch(host_batch)
        start = time.perf_counter()
        step = task.train_step_for(task.moe_mode).lower(state, batch).compile()
        compile_s[name] = time.perf_counter() - start
        steps[name] = _training(step, state, batch)
    seconds = time_interleaved(steps, repeats=repeats)
    plain = seconds["plain"]
    return [dict(bench="B7", lever=name, tokens_per_step=rows_per_batch * length,
                 step_s=s, ratio=s / plain, compile_s=compile_s[name])
            for name, s in seconds.items()]


def _training(step, state, batch):
    """A call that runs one more step (the step donates its state, so each call trains on)."""
    holder = {"state": state}

    def one_step():
        holder["state"], metrics = step(holder["state"], batch)
        return metrics["loss"]

    return one_step
