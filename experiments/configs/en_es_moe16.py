"""en_es_moe with 16 experts per MoE layer (same per-token compute, twice the expert parameters).

    gshard-jax train --config experiments/configs/en_es_moe16.py
"""

from gshard_jax.config import apply_overrides

from en_es_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe.num_experts=16",
    "run.workdir=runs/en_es_moe16",
])
