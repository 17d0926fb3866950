"""The dense FLOP twin of lm_moe.py: every FFN dense with d_ff = top_k * expert_d_ff = 1024,
so a token costs the FLOPs of its two experts (the MoE adds only its small router)."""

import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from lm_moe import CONFIG as MOE  # noqa: E402

CONFIG = dataclasses.replace(
    MOE,
    model=dataclasses.replace(MOE.model, moe_every=0, d_ff=MOE.model.moe.top_k * MOE.model.expert_d_ff),
    run=dataclasses.replace(MOE.run, workdir="runs/lm_dense"),
)
