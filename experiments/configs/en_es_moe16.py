"""en_es_moe with 16 experts per MoE layer (same per-token compute, twice the expert parameters)."""

import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from en_es_moe import CONFIG as MOE  # noqa: E402

CONFIG = dataclasses.replace(
    MOE,
    model=dataclasses.replace(MOE.model, moe=dataclasses.replace(MOE.model.moe, num_experts=16)),
    run=dataclasses.replace(MOE.run, workdir="runs/en_es_moe16"),
)
