"""GShard MoE(128E, 12L) (arXiv 2006.16668, Tables 1 and 3).

Paper: 12.5B parameters (ours: 12.9B); 128 TPU v3 cores (v3:8x8); 2.16 steps/s (1M-token batch as we read Table 3).
Here: 6 encoder + 6 decoder blocks (our reading of "12L"), every other FFN an MoE
layer of 128 experts (top-2, hidden 8192), d_model 1024, 16 heads; shared choices and what is
not from the paper in gshard_family.py.

    gshard-jax plan --config experiments/configs/gshard_moe_128e_12l.py --topology v3:8x8
"""

from gshard_family import M1, gshard_config

CONFIG = gshard_config("gshard_moe_128e_12l", layers=12, experts=128, tokens_per_batch=M1)
