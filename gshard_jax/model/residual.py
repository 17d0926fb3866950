"""Residual-MoE (DeepSpeed-MoE, Rajbhandari et al. 2022): a dense MLP plus an MoE correction.

DeepSpeed's code (deepspeed/moe/layer.py, `use_residual=True`) mixes the two per token with a
learned two-way softmax,

    y(x) = a0(x) * MoE(x) + a1(x) * MLP(x),    a(x) = softmax(x W_c + b_c),   W_c [M, 2]

where the MLP has the shape of one expert (DeepSpeed deep-copies the expert module). Its paper's
figure reads as a plain sum MoE(x) + MLP(x); `mode='sum'` gives that. A token the MoE drops
still gets the MLP's share. DeepSpeed pairs it with top-1 routing (`model.moe.top_k=1`): the
MLP plays the fixed second expert at the communication cost of top-1.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax.config import BlockConfig
from gshard_jax import axes
from gshard_jax.model.layers import FeedForward, fan_avg_init, param
from gshard_jax.model.moe import MoEFeedForward


class ResidualMoE(nnx.Module):
    """MoE layer + expert-shaped dense MLP, mixed per token ('learned') or summed ('sum')."""

    def __init__(self, cfg: BlockConfig, *, rngs: nnx.Rngs, decoder: bool = False,
                 num_experts: int | None = None, router: str | None = None):
        self.moe = MoEFeedForward(cfg, rngs=rngs, decoder=decoder, num_experts=num_experts,
                                  router=router)
        # Dropout inside the MLP as in the dense FFNs; the MoE experts have none (as today).
        self.mlp = FeedForward(cfg.d_model, cfg.expert_d_ff, cfg.dropout_rate, rngs=rngs,
                               activation=cfg.ffn_activation)
        self.mode = cfg.moe.residual
        if self.mode == "learned":
            self.coefficient = param(rngs, fan_avg_init(0, 1), (cfg.d_model, 2), (axes.EMBED, None))
            self.coefficient_bias = param(rngs, jax.nn.initializers.zeros, (2,), (None,))

    @property
    def num_experts(self) -> int:
        return self.moe.num_experts

    def __call__(self, x_BLM, token_mask_BL=None, rng=None, group_size=None, top_k=None,
                 moe_mode: str = "alltoall"):
        """x [B, L, M] -> (y [B, L, M], the MoE's Routing); moe_mode as `MoEFeedForward`'s."""
        moe_BLM, routing = self.moe(x_BLM, token_mask_BL, rng, group_size=group_size, top_k=top_k,
                                    moe_mode=moe_mode)
        mlp_BLM = self.mlp(x_BLM, None if rng is None else jax.random.fold_in(rng, 1))
        if self.mode == "sum":
            return moe_BLM + mlp_BLM, routing
        # The mixing weights in float32 like the router: a per-token probability pair.
        logits_BL2 = jnp.einsum("BLM,MT->BLT", x_BLM.astype(jnp.float32), self.coefficient[...])
        mix_BL2 = jax.nn.softmax(logits_BL2 + self.coefficient_bias[...], axis=-1).astype(x_BLM.dtype)
        return mix_BL2[..., :1] * moe_BLM + mix_BL2[..., 1:] * mlp_BLM, routing
