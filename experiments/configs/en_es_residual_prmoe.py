"""Residual PR-MoE (DeepSpeed-MoE): PR-MoE's expert counts, top-1 experts plus a dense MLP the
size of one expert, mixed per token by a learned two-way softmax (DeepSpeed's code).

Per token: one expert + the MLP = the FLOPs of en_es_moe's two experts (equal compute).

    gshard-jax train --config experiments/configs/en_es_residual_prmoe.py
"""

from gshard_jax.config import apply_overrides

from en_es_prmoe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe.top_k=1",
    "model.moe.residual=learned",
    "run.workdir=runs/en_es_residual_prmoe",
])
