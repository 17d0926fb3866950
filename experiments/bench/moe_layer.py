"""B1: one MoE layer (forward+backward) against a dense FFN with the same activated FLOPs.

Tokens 8192, d_model 512, expert d_ff 2048, E=8, top-2, float32. The FLOP twin is a dense FFN
with d_ff 4096 (two experts' worth). At capacity factor 1.0 the expert slots equal 2 x tokens,
so the expert matmuls do exactly the twin's FLOPs; the ratio is the cost of routing.
"""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
from flax import nnx

from experiments.bench.common import time_fn
from gshard_jax.config import ModelConfig, MoEConfig
from gshard_jax.model.layers import FeedForward
from gshard_jax.model.moe import MoEFeedForward


def _loss_and_grad(module, x):
    graphdef, params = nnx.split(module, nnx.Param)

    def loss(params, x):
        out = nnx.merge(graphdef, params)(x)
        y = out[0] if isinstance(out, tuple) else out
        return jnp.mean(y * y)

    return jax.jit(jax.value_and_grad(loss, argnums=(0, 1))), params


def run(tokens=8192, d_model=512, d_ff=2048, experts=8, group_sizes=(512, 2048),
        capacity_factors=(1.0, 1.25), dispatches=("einsum", "gather"), repeats=5) -> list[dict]:
    x = jax.random.normal(jax.random.key(0), (tokens // 256, 256, d_model), jnp.float32)
    twin = FeedForward(d_model, 2 * d_ff, 0.0, rngs=nnx.Rngs(0))
    twin_fn, twin_params = _loss_and_grad(twin, x)
    rows = []
    for group_size in group_sizes:
        for cf in capacity_factors:
            for dispatch in dispatches:
                cfg = ModelConfig(d_model=d_model, expert_d_ff=d_ff, moe=MoEConfig(
                    num_experts=experts, group_size=group_size, capacity_factor=cf,
                    eval_capacity_factor=cf, dispatch=dispatch))
                moe_fn, moe_params = _loss_and_grad(MoEFeedForward(cfg, rngs=nnx.Rngs(0)), x)
                # Twin and MoE timed back to back so both see the same machine state.
                twin_s = time_fn(twin_fn, twin_params, x, repeats=repeats)
                moe_s = time_fn(moe_fn, moe_params, x, repeats=repeats)
                rows.append(dict(bench="B1", group_size=group_size, capacity_factor=cf,
                                 dispatch=dispatch, moe_ms=moe_s * 1e3, twin_ms=twin_s * 1e3,
                                 ratio=moe_s / twin_s))
    return rows


if __name__ == "__main__":
    from experiments.bench.common import print_table
    print_table(run(), ["group_size", "capacity_factor", "dispatch", "moe_ms", "twin_ms", "ratio"])
