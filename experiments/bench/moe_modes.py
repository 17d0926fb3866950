"""B6: switching how MoE layers meet their experts, with the expert weights never moving.

    python -m experiments.bench.moe_modes [--quick]

On 8 simulated CPU devices, for two batch sizes and two meshes, times one train step in each
MoE execution mode (alltoall: tokens to experts; alltoall_gather_mlp: also gather an expert's
'model' slices; allgather: weights to tokens, no all-to-all), side by side in one process with
the same state and batch, and shows the mode `mesh.moe_mode=auto` keeps (the measured fastest,
through the same `gshard_jax.engine.moe_modes.time_moe_modes` the trainer calls). Prints a table and writes
experiments/results/moe_modes.json.
"""

from __future__ import annotations

import os

os.environ.setdefault("XLA_FLAGS", "--xla_force_host_platform_device_count=8")
os.environ.setdefault("JAX_PLATFORMS", "cpu")  # never libtpu, where the `tpu` extra is installed

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402

import numpy as np  # noqa: E402

from experiments.bench.common import print_table  # noqa: E402
from gshard_jax.config import Config, MeshConfig, ModelConfig, MoEConfig, TrainConfig  # noqa: E402

MESHES = {"expert 2x4x1": dict(data=2, expert=4, model=1, preset="expert"),
          "expert_model 2x2x2": dict(data=2, expert=2, model=2, preset="expert_model")}
BATCHES = (16, 64)  # sentences of 32 tokens per step
RESULTS = os.path.join(os.path.dirname(__file__), "..", "results", "moe_modes.json")


def _config(mesh: dict) -> Config:
    return Config(model=ModelConfig(vocab_size=1024, d_model=256, d_ff=1024, expert_d_ff=512,
                                    num_heads=4, num_encoder_layers=2, num_decoder_layers=2,
                                    dropout_rate=0.0,
                                    moe=MoEConfig(num_experts=8, group_size=64)),
                  mesh=MeshConfig(**mesh), train=TrainConfig(optimizer="adam", learning_rate=1e-3))


def run(repeats: int) -> list[dict]:
    from gshard_jax.engine.moe_modes import time_moe_modes
    from gshard_jax.translation.task import TranslationTask

    rows = []
    for mesh_name, mesh in MESHES.items():
        task = TranslationTask(_config(mesh))
        state = task.init_state(0)
        for batch_size in BATCHES:
            rng = np.random.default_rng(batch_size)
            batch = {k: rng.integers(2, 1024, (batch_size, 32)) for k in ("src", "tgt")}
            times = time_moe_modes(task, state, batch, repeats=repeats)
            fastest = min(times, key=times.get)
            row = {"mesh": mesh_name, "batch": f"{batch_size}x32", "auto keeps": fastest}
            for mode, seconds in times.items():
                row[f"{mode} ms"] = seconds * 1e3
                row[f"{mode} / alltoall"] = seconds / times["alltoall"]
            rows.append(row)
            print_table([row], list(row), )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 repeats instead of 7")
    args = parser.parse_args()
    rows = run(repeats=3 if args.quick else 7)
    modes = ["alltoall", "alltoall_gather_mlp", "allgather"]
    columns = ["mesh", "batch"] + [f"{m} ms" for m in modes] + [f"{m} / alltoall" for m in modes[1:]] + ["auto keeps"]
    print()
    print_table(rows, columns)
    with open(RESULTS, "w") as f:
        json.dump({"bench": "B6 moe modes", "machine": platform.machine(), "cpus": os.cpu_count(),
                   "rows": rows}, f, indent=2)


if __name__ == "__main__":
    main()
