"""One process of the multi-process test: 2 train steps of the tiny expert-parallel model,
fed only this process's rows; writes losses and parameter checksums as JSON.

    python -m tests.multihost_worker --coordinator 127.0.0.1:PORT --num-processes 2 \
        --process-id I --devices 4 --out result_I.json

`run_steps` is also called by the test itself (one process, 8 devices) for the reference.
"""

from __future__ import annotations

import argparse
import json
import os

import numpy as np

from tests.xla_flags import with_devices

STEPS = 2
LAYOUT = dict(preset="expert", data=2, expert=4)


def global_batch(batch_size=16, length=8, vocab=64) -> dict[str, np.ndarray]:
    """A fixed global batch {'src','tgt'} [B, L] of tokens in 1..vocab-1, a little padding."""
    rng = np.random.default_rng(0)
    src, tgt = rng.integers(1, vocab, (2, batch_size, length))
    src[3, 5:] = tgt[5, 6:] = 0
    return {"src": src, "tgt": tgt}


def checksums(params) -> dict[str, list[float]]:
    """Per parameter leaf: float64 (sum, position-weighted sum) of the gathered global array.

    The weights (1..7 cycling over the flattened array) make a permuted or misplaced shard
    change the checksum, which a plain sum would not see.
    """
    import jax
    from jax.experimental import multihost_utils

    gathered = multihost_utils.process_allgather(params, tiled=True)
    sums = {}
    for path, leaf in jax.tree_util.tree_flatten_with_path(gathered)[0]:
        flat = np.asarray(leaf, np.float64).ravel()
        sums[jax.tree_util.keystr(path)] = [flat.sum(), flat @ (np.arange(flat.size) % 7 + 1)]
    return sums


def run_steps(task, before_first_step=lambda: None) -> dict:
    """Init (seed 0) and STEPS train steps on this process's rows of `global_batch()`.

    The step is compiled first and `before_first_step` runs between compiling and the first
    step: the workers meet at a barrier there, so a slow compile on one process (a busy CPU)
    cannot outlast the other's wait for the first collective.
    """
    from gshard_jax.engine.distributed import process_rows

    batch = global_batch()
    rows = process_rows(len(batch["src"]))
    sharded = task.shard_batch({k: v[rows] for k, v in batch.items()})
    state = task.init_state(0)
    train_step = task.train_step.lower(state, sharded).compile()
    before_first_step()
    losses = []
    for _ in range(STEPS):
        state, metrics = train_step(state, sharded)
        losses.append(float(metrics["loss"]))
    return {"losses": losses, "checksums": checksums(state.params)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coordinator", required=True)
    parser.add_argument("--num-processes", type=int, required=True)
    parser.add_argument("--process-id", type=int, required=True)
    parser.add_argument("--devices", type=int, default=4, help="simulated CPU devices per process")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    # Before jax is imported: this process's own CPU devices.
    os.environ["XLA_FLAGS"] = with_devices(args.devices)
    os.environ["JAX_PLATFORMS"] = "cpu"

    import jax

    from gshard_jax.engine.distributed import initialize, is_main_process
    from gshard_jax.translation.task import TranslationTask
    from tests.helpers import tiny_config

    assert initialize(args.coordinator, args.num_processes, args.process_id)
    from jax._src import distributed as jax_distributed

    def barrier(name: str) -> None:
        # The coordination service's key-value barrier, not a collective: a collective's first
        # use starts a gloo context whose 30 s timeout a slow, shared CPU can outlast.
        jax_distributed.global_state.client.wait_at_barrier(name, timeout_in_ms=600_000)

    result = run_steps(TranslationTask(tiny_config(**LAYOUT)), lambda: barrier("compiled"))
    result.update(process_index=jax.process_index(), process_count=jax.process_count(),
                  global_devices=jax.device_count(), local_devices=jax.local_device_count(),
                  main=is_main_process())
    with open(args.out, "w") as f:
        json.dump(result, f)
    # Reach jax.distributed's shutdown barrier together: on a loaded CPU one process can finish
    # its local work minutes after the other, past that barrier's fixed timeout.
    barrier("written")


if __name__ == "__main__":
    main()
