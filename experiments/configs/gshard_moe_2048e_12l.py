"""GShard MoE(2048E, 12L) (arXiv 2006.16668, Tables 1 and 3).

Paper: 200B parameters (ours: 206B); 2048 TPU v3 cores (v3:32x32); 2.15 steps/s with a 4M-token batch.
Here: 6 encoder + 6 decoder blocks (our reading of "12L"), every other FFN an MoE
layer of 2048 experts (top-2, hidden 8192), d_model 1024, 16 heads; shared choices and what is
not from the paper in gshard_family.py.

    gshard-jax plan --config experiments/configs/gshard_moe_2048e_12l.py --topology v3:32x32
"""

from gshard_family import M4, gshard_config

CONFIG = gshard_config("gshard_moe_2048e_12l", layers=12, experts=2048, tokens_per_batch=M4)
