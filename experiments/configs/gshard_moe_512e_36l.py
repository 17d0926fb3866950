"""GShard MoE(512E, 36L) (arXiv 2006.16668, Tables 1 and 3).

Paper: 150B parameters (ours: 155B); 512 TPU v3 cores (v3:16x16); 1.05 steps/s with a 1M-token batch.
Here: 18 encoder + 18 decoder blocks (our reading of "36L"), every other FFN an MoE
layer of 512 experts (top-2, hidden 8192), d_model 1024, 16 heads; shared choices and what is
not from the paper in gshard_family.py.

    gshard-jax plan --config experiments/configs/gshard_moe_512e_36l.py --topology v3:16x16
"""

from gshard_family import M1, gshard_config

CONFIG = gshard_config("gshard_moe_512e_36l", layers=36, experts=512, tokens_per_batch=M1)
