"""GShard's dense baseline T(96L) (arXiv 2006.16668, Table 3 and Section 3).

Paper: 2.3B parameters (ours: 2.28B); trained with GPipe on 2048 TPU v3 cores for 6 weeks,
about 235.5 TPU v3 core-years, 4M-token batches; average BLEU +6.1 over bilingual baselines
(the 600B MoE: +13.5).
Here: 48 encoder + 48 decoder dense blocks (our reading of "96L"), FFN 8192, d_model 1024,
16 heads of 64 (heads of 128 would make it 2.88B); pure data parallelism (no GPipe pipeline in this project), so every device holds
the whole model: `plan` shows what that costs. Shared choices in gshard_family.py.

    gshard-jax plan --config experiments/configs/gshard_dense_t96l.py --topology v3:32x32
"""

from gshard_family import M4, gshard_config

CONFIG = gshard_config("gshard_dense_t96l", layers=96, experts=0, tokens_per_batch=M4, dense=True,
                       head_dim=64)
