"""Dense twin of multi_moe.py: the same per-token compute (moe_every=0, same d_ff)."""

import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from multi_moe import CONFIG as MOE  # noqa: E402

CONFIG = dataclasses.replace(
    MOE,
    model=dataclasses.replace(MOE.model, moe_every=0),
    mesh=dataclasses.replace(MOE.mesh, data=-1, expert=1, preset="data"),
    run=dataclasses.replace(MOE.run, workdir="runs/multi_dense"),
)
