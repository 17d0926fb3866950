"""Dense baseline with the same per-token compute as en_es_moe (moe_every=0, same d_ff).

    gshard-jax train --config experiments/configs/en_es_dense.py
"""

from gshard_jax.config import apply_overrides

from en_es_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe_every=0",
    "mesh.data=-1",
    "mesh.expert=1",
    "mesh.preset=data",
    "run.workdir=runs/en_es_dense",
])
