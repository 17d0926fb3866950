"""Residual PR-MoE (DeepSpeed-MoE): PR-MoE's expert counts, top-1 experts plus a dense MLP the
size of one expert, mixed per token by a learned two-way softmax (DeepSpeed's code).

Per token: one expert + the MLP = the FLOPs of en_es_moe's two experts (equal compute).
"""

import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from en_es_prmoe import CONFIG as PRMOE  # noqa: E402

CONFIG = dataclasses.replace(
    PRMOE,
    model=dataclasses.replace(PRMOE.model, moe=dataclasses.replace(
        PRMOE.model.moe, top_k=1, residual="learned")),
    run=dataclasses.replace(PRMOE.run, workdir="runs/en_es_residual_prmoe"),
)
