"""Dense twin of multi_moe.py: the same per-token compute (moe_every=0, same d_ff).

    gshard-jax train --config experiments/configs/multi_dense.py
"""

from gshard_jax.config import apply_overrides

from multi_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe_every=0",
    "mesh.data=-1",
    "mesh.expert=1",
    "mesh.preset=data",
    "run.workdir=runs/multi_dense",
])
