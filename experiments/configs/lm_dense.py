"""The dense FLOP twin of lm_moe.py: every FFN dense with d_ff = top_k * expert_d_ff = 1024,
so a token costs the FLOPs of its two experts (the MoE adds only its small router).

    gshard-jax lm train --config experiments/configs/lm_dense.py
"""

from gshard_jax.config import apply_overrides

from lm_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe_every=0",
    f"model.d_ff={BASE.model.moe.top_k * BASE.model.expert_d_ff}",
    "run.workdir=runs/lm_dense",
])
