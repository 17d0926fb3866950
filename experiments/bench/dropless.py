"""B5: dropless (capacity_factor 0) vs a fixed capacity factor 1.0, one MoE layer, fwd+bwd.

Tokens 8192, d_model 512, expert d_ff 2048, E=8, top-2 (gshard_top2, second choices always
kept so both layers route the same 2 choices per token), group 512, gather dispatch, float32,
one device. The same weights and inputs run through every layer, at a balanced load (a random
router on random inputs) and at skewed ones (the inputs offset, so that the router's column
sums favour one expert: its largest group load becomes about 2x, then 3.5x the balanced 2S/E).
Dropless runs its experts as moe.expert_compute says: 'auto' (here, one CPU device: one
grouped matmul over the tokens sorted by expert, model/grouped.py), and 'buckets' (the
expert-parallel path: `capacity_buckets` compiled buffer sizes, the smallest that holds the
step's largest load runs, model/routing.py), also with 1 bucket (always C = S). cf 1.0 drops
what overflows C = 2S/E. The layers are timed in turn (cf 1.0, dropless, buckets, ..., cf 1.0,
...) so that all ratios to cf 1.0 come from one run under the same machine load.

    python -m experiments.bench.dropless [--out experiments/results/dropless.json]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import sys

import jax
import jax.numpy as jnp
from flax import nnx

from experiments.bench.common import git_commit, print_table, time_interleaved
from gshard_jax.config import ModelConfig, MoEConfig
from gshard_jax.model.moe import MoEFeedForward

COLUMNS = ["load", "max_load/balanced", "layer", "capacity", "dropped", "ms", "ratio_vs_cf1"]


def _layer(cf: float, d_model: int, d_ff: int, experts: int, group_size: int, buckets: int,
           expert_compute: str = "auto"):
    cfg = ModelConfig(d_model=d_model, expert_d_ff=d_ff, moe=MoEConfig(
        num_experts=experts, group_size=group_size, capacity_factor=cf, eval_capacity_factor=cf,
        capacity_buckets=buckets, second_expert_policy="all", expert_compute=expert_compute))
    return MoEFeedForward(cfg, rngs=nnx.Rngs(0))


def _loss_and_grad(layer):
    graphdef, params = nnx.split(layer, nnx.Param)

    def loss(params, x):
        y, routing = nnx.merge(graphdef, params)(x, None, jax.random.key(0))
        return jnp.mean(y * y), routing.metrics

    return jax.jit(jax.value_and_grad(loss, argnums=(0, 1), has_aux=True)), params


def run(tokens=8192, d_model=512, d_ff=2048, experts=8, group_size=512, buckets=4,
        repeats=5) -> list[dict]:
    x = jax.random.normal(jax.random.key(0), (tokens // 256, 256, d_model), jnp.float32)
    # An input offset makes the router's column sums matter: one expert draws more tokens.
    loads = {"balanced": x, "skewed": x + 0.15, "heavily skewed": x + 0.5}
    sizes = (d_model, d_ff, experts, group_size)
    # The reference: the capacity-buffer layer at cf 1.0 ('auto' would run its kept choices as
    # the grouped matmul on one CPU device too).
    layers = {"cf 1.0": _layer(1.0, *sizes, buckets, "buckets"),
              "dropless": _layer(0.0, *sizes, buckets),
              "dropless, buckets": _layer(0.0, *sizes, buckets, "buckets"),
              "dropless, 1 bucket (worst case)": _layer(0.0, *sizes, 1, "buckets")}
    gate = layers["cf 1.0"].gate[...]
    for layer in layers.values():  # identical weights in every layer
        layer.gate[...] = gate
    # Each layer's params bound in, so the layers can be timed in turn on the same input.
    fns = {name: functools.partial(fn, params)
           for name, (fn, params) in ((n, _loss_and_grad(layer)) for n, layer in layers.items())}
    balanced_capacity = 2 * group_size / experts
    rows = []
    for load, x in loads.items():
        metrics = {name: jax.device_get(fn(x)[0][1]) for name, fn in fns.items()}
        seconds = time_interleaved(fns, x, repeats=repeats, warmup=0)
        # How uneven: the largest per-group expert load over the balanced one (2S/E).
        skew = _max_load(layers["dropless"], x, group_size) / balanced_capacity
        for name in fns:
            rows.append({"bench": "B5", "load": load, "max_load/balanced": skew, "layer": name,
                         "capacity": float(metrics[name]["capacity"]),
                         "dropped": float(metrics[name]["dropped"]), "ms": seconds[name] * 1e3,
                         "ratio_vs_cf1": seconds[name] / seconds["cf 1.0"]})
    return rows


def _max_load(layer, x, group_size):
    routing, _ = layer.route(x.reshape(-1, group_size, x.shape[-1]), None, jax.random.key(0))
    return float(jnp.max(jnp.where(routing.kept, routing.slot + 1, 0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="write the rows as JSON here (a real run only)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    rows = run(repeats=args.repeats)
    load = [load_before, os.getloadavg()[0]]  # the machine's 1-minute load, before and after
    print_table(rows, COLUMNS)
    print(f"load average (1 min) before and after: {load[0]:.1f}, {load[1]:.1f}")
    if args.out:
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w") as f:
            json.dump({"machine": f"{platform.processor() or platform.machine()}, "
                                  f"{os.cpu_count()} cores",
                       "command": "python -m experiments.bench.dropless " + " ".join(sys.argv[1:]),
                       "commit": git_commit(), "load_average_1min": load, "B5": rows}, f, indent=2)
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
