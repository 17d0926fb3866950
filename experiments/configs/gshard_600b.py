"""GShard MoE(2048E, 36L): the paper's 600B model (arXiv 2006.16668, Tables 1 and 3).

Paper: 600B parameters (ours: 619B total); 2048 TPU v3 cores (v3:32x32); 0.72 steps/s with a 4M-token batch; 4.0 days, 22.4 TPU v3 core-years; average BLEU 44.3 over 100 languages to English (+13.5 over bilingual baselines).
Here: 18 encoder + 18 decoder blocks (our reading of "36L"), every other FFN an MoE
layer of 2048 experts (top-2, hidden 8192), d_model 1024, 16 heads; shared choices and what is
not from the paper in gshard_family.py.

    gshard-jax plan --config experiments/configs/gshard_600b.py --topology v3:32x32
"""

from gshard_family import M4, gshard_config

CONFIG = gshard_config("gshard_600b", layers=36, experts=2048, tokens_per_batch=M4)
