"""multi_moe.py with E=16 experts (same per-token compute, twice the expert parameters)."""

import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from multi_moe import CONFIG as MOE  # noqa: E402

CONFIG = dataclasses.replace(
    MOE,
    model=dataclasses.replace(MOE.model, moe=dataclasses.replace(MOE.model.moe, num_experts=16)),
    run=dataclasses.replace(MOE.run, workdir="runs/multi_moe16"),
)
