"""B5 for TPU, compiled only: XLA's FLOPs and bytes of B5's MoE layer (forward and backward)
with a fixed capacity factor 1.0 and dropless, as capacity buckets and as one grouped matmul
through `jax.lax.ragged_dot` (moe.expert_compute=ragged_dot).

B5's layer (8192 tokens, d_model 512, expert d_ff 2048, E=8, top-2 with both choices kept,
groups of 512, gather dispatch, float32) is compiled for a TPU topology's devices with the
`gshard-jax plan` machinery (libtpu, nothing runs; gshard_jax/plan/) on the topology's
first N devices, mesh data=1 x expert=N under the 'expert' rules, and each program's cost analysis (FLOPs, bytes accessed), memory
analysis (per-device temporaries) and collectives are printed. XLA's analysis counts a
conditional's branches and a loop's body once each, whatever runs (see docs/performance.md,
B5); and dropless's buckets hold the largest load, which a compile cannot know.

    python -m experiments.bench.dropless_tpu [--topology v5e:2x2] [--devices 1 4] \
        [--out experiments/results/dropless_tpu.json]
"""

from __future__ import annotations

import argparse
import json
import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")  # the layer is built on CPU; libtpu only compiles

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from flax import nnx  # noqa: E402

from experiments.bench.common import git_commit, print_table  # noqa: E402
from experiments.bench.dropless import _layer  # noqa: E402
from gshard_jax.config import MeshConfig  # noqa: E402
from gshard_jax.plan.hlo import collectives  # noqa: E402
from gshard_jax.plan.report import memory_from_analysis  # noqa: E402
from gshard_jax.plan.topology import load_topology  # noqa: E402
from gshard_jax.sharding import activation_sharding, get_rules, logical_to_sharding, make_mesh  # noqa: E402
from gshard_jax.sharding.partition import logical_axes_of  # noqa: E402

# name: (capacity factor, capacity_buckets, moe.expert_compute)
LAYERS = {"cf 1.0": (1.0, 4, "buckets"), "dropless, buckets": (0.0, 4, "buckets"),
          "dropless, ragged_dot": (0.0, 4, "ragged_dot")}
COLUMNS = ["topology", "devices", "layer", "gflops", "gbytes_accessed", "temp_mib", "all_to_alls",
           "all_gathers", "flops_vs_cf1", "bytes_vs_cf1"]


def compile_layer(name: str, topology_name: str, num_devices: int, tokens=8192, d_model=512,
                  d_ff=2048, experts=8, group_size=512) -> dict:
    """One row: the layer's fwd+bwd compiled for the topology's first `num_devices` devices,
    with XLA's figures."""
    cf, buckets, method = LAYERS[name]
    devices = list(load_topology(topology_name).devices)[:num_devices]
    mesh = make_mesh(MeshConfig(data=1, expert=len(devices)), devices=devices)
    rules = get_rules("expert")
    layer = _layer(cf, d_model, d_ff, experts, group_size, buckets, method)
    graphdef, params = nnx.split(layer, nnx.Param)
    param_shardings = logical_to_sharding(logical_axes_of(params), mesh, rules)
    x_sharding = logical_to_sharding(("batch", "length", "embed"), mesh, rules)

    def loss(params, x):
        with activation_sharding(mesh, rules):
            y, _ = nnx.merge(graphdef, params)(x, None, jax.random.key(0))
        return jnp.mean(y * y)

    step = jax.jit(jax.value_and_grad(loss, argnums=(0, 1)),
                   in_shardings=(param_shardings, x_sharding))
    abstract = (jax.tree.map(lambda p, s: jax.ShapeDtypeStruct(p.shape, p.dtype, sharding=s),
                             nnx.to_pure_dict(params), param_shardings),
                jax.ShapeDtypeStruct((tokens // 256, 256, d_model), jnp.float32,
                                     sharding=x_sharding))
    compiled = step.lower(*abstract).compile()
    cost = compiled.cost_analysis()
    cost = cost[0] if isinstance(cost, (list, tuple)) else cost
    memory = memory_from_analysis(compiled.memory_analysis())
    found = collectives(compiled.as_text())
    return {"bench": "B5-TPU", "topology": topology_name, "devices": len(devices), "layer": name,
            "gflops": float(cost.get("flops", 0.0)) / 1e9,
            "gbytes_accessed": float(cost.get("bytes accessed", 0.0)) / 1e9,
            "temp_mib": memory["temp"] / 2**20,
            "all_to_alls": found.get("all-to-all", {}).get("count", 0),
            "all_gathers": found.get("all-gather", {}).get("count", 0),
            "memory": memory, "collectives": found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topology", default="v5e:2x2")
    parser.add_argument("--devices", type=int, nargs="+", default=[1, 4],
                        help="compile for the topology's first N devices, for each N")
    parser.add_argument("--out", help="write the rows as JSON here")
    args = parser.parse_args()
    rows = []
    for count in args.devices:
        per_mesh = [compile_layer(name, args.topology, count) for name in LAYERS]
        for row in per_mesh:
            row["flops_vs_cf1"] = row["gflops"] / per_mesh[0]["gflops"]
            row["bytes_vs_cf1"] = row["gbytes_accessed"] / per_mesh[0]["gbytes_accessed"]
        rows += per_mesh
    print_table(rows, COLUMNS)
    if args.out:
        with open(args.out, "w") as f:
            json.dump({"command": f"python -m experiments.bench.dropless_tpu --topology "
                                  f"{args.topology} --devices "
                                  + " ".join(str(n) for n in args.devices),
                       "commit": git_commit(), "B5-TPU": rows}, f, indent=2)
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
