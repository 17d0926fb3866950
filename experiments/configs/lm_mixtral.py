"""lm_moe with Mixtral's block: every FFN an MoE of 8 SwiGLU experts, top-2 by softmax_topk,
RMSNorm, rotary positions, at lm_moe's per-token compute.

lm_moe's experts are relu FFNs of hidden 512 (two matrices, 2 * 512 * d_model multiply-adds);
a SwiGLU expert has three, so hidden 2/3 * 512 = 341.3 -> 341 keeps a token's two experts at
the same FLOPs (-0.1%). Heads of 128 / 8 = 16 dimensions (even, as RoPE needs).

    gshard-jax lm train --config experiments/configs/lm_mixtral.py
"""

from gshard_jax.config import apply_overrides

from lm_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.expert_d_ff=341",
    "model.ffn_activation=swiglu",
    "model.norm=rmsnorm",
    "model.positions=rope",
    "model.moe.router=softmax_topk",
    "run.workdir=runs/lm_mixtral",
])
