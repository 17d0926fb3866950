"""Dense baseline with the same per-token compute as en_es_moe (moe_every=0, same d_ff)."""

import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from en_es_moe import CONFIG as MOE  # noqa: E402

CONFIG = dataclasses.replace(
    MOE,
    model=dataclasses.replace(MOE.model, moe_every=0),
    mesh=dataclasses.replace(MOE.mesh, data=-1, expert=1, preset="data"),
    run=dataclasses.replace(MOE.run, workdir="runs/en_es_dense"),
)
