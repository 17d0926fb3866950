"""Annotating your own layer with GShard's API (replicate / split / shard) on 8 CPU devices.

    python -m experiments.examples.custom_layer_sharding

A two-matmul layer whose batch is split over 'data' and whose hidden dimension is split over
'expert'; the script prints each annotated tensor's sharding and per-device shape as compiled.
"""

import os

os.environ.setdefault("XLA_FLAGS", "--xla_force_host_platform_device_count=8")

import jax  # noqa: E402  (after XLA_FLAGS)
import jax.numpy as jnp  # noqa: E402

from gshard_jax.config import MeshConfig  # noqa: E402
from gshard_jax.sharding import make_mesh, replicate, shard, split  # noqa: E402

mesh = make_mesh(MeshConfig(data=2, expert=4, model=1))


@jax.jit
def my_layer(x_BM, w_in_MH, w_out_HM):
    x_BM = split(x_BM, 0, "data", mesh=mesh)                          # batch over 'data'
    w_in_MH = split(w_in_MH, 1, "expert", mesh=mesh)                  # hidden over 'expert'
    h_BH = shard(jax.nn.relu(x_BM @ w_in_MH), ("data", "expert"), mesh=mesh)
    y_BM = replicate(h_BH @ w_out_HM, mesh=mesh)                      # every device: all of y
    return h_BH, y_BM


x, w_in, w_out = jnp.ones((32, 64)), jnp.ones((64, 256)), jnp.ones((256, 64))
for name, out in zip(("h_BH", "y_BM"), my_layer(x, w_in, w_out)):
    print(f"{name}: global {out.shape}, spec {out.sharding.spec}, "
          f"per device {out.addressable_shards[0].data.shape}")
