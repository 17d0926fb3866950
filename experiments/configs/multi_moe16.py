"""multi_moe.py with E=16 experts (same per-token compute, twice the expert parameters).

    gshard-jax train --config experiments/configs/multi_moe16.py
"""

from gshard_jax.config import apply_overrides

from multi_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe.num_experts=16",
    "run.workdir=runs/multi_moe16",
])
