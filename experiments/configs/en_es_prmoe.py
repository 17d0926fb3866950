"""PR-MoE (DeepSpeed-MoE): en_es_moe with more experts in the deeper MoE layer.

en_es_moe's two MoE layers are encoder block 1 and decoder block 1 (forward order). DeepSpeed
doubles the experts of the last MoE layers; here the deeper (decoder) layer keeps 8 experts and
the encoder's has 4, so the model has fewer parameters at the same per-token compute.

    gshard-jax train --config experiments/configs/en_es_prmoe.py
"""

from gshard_jax.config import apply_overrides

from en_es_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe.experts_per_layer=4,8",
    "run.workdir=runs/en_es_prmoe",
])
