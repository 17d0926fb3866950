"""GShard MoE(512E, 12L) (arXiv 2006.16668, Tables 1 and 3).

Paper: 50B parameters (ours: 51.5B); 512 TPU v3 cores (v3:16x16); 3.28 steps/s (1M-token batch as we read Table 3).
Here: 6 encoder + 6 decoder blocks (our reading of "12L"), every other FFN an MoE
layer of 512 experts (top-2, hidden 8192), d_model 1024, 16 heads; shared choices and what is
not from the paper in gshard_family.py.

    gshard-jax plan --config experiments/configs/gshard_moe_512e_12l.py --topology v3:16x16
"""

from gshard_family import M1, gshard_config

CONFIG = gshard_config("gshard_moe_512e_12l", layers=12, experts=512, tokens_per_batch=M1)
