"""GShard MoE(2048E, 60L): the paper's 1T-parameter model (arXiv 2006.16668, Section 5), with
the levers of issue 26 that make it fit.

Paper: 60 layers, 2048 experts, about 1 trillion parameters (ours: 30 MoE layers x 2048 x
(2 x 1024 x 8192) = 1.03T in the experts); trained in bfloat16, it was numerically unstable
(the paper reports it, and gives no steps/s). Here: 30 encoder + 30 decoder blocks, the
shape of gshard_family.py, float32 weights and bfloat16 activations, and to fit:
  - model.scan_layers: one period of (dense, MoE) blocks compiled, scanned 15 times per stack;
  - model.remat=full: each block's activations recomputed in the backward pass, except the
    MoE all-to-alls' outputs (none repeats).

    gshard-jax plan --config experiments/configs/gshard_1t.py --topology v3:32x32
"""

from gshard_jax.config import apply_overrides

from gshard_family import M4, gshard_config

CONFIG = apply_overrides(gshard_config("gshard_1t", layers=60, experts=2048, tokens_per_batch=M4), [
    "model.scan_layers=true",
    "model.remat=full",
])
