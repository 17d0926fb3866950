"""en_es_moe with Mixtral's block: every FFN an MoE of 8 SwiGLU experts, top-2 by softmax_topk
(Mixtral's router), RMSNorm, rotary positions; the default experiment's per-token compute.

Per-token FFN compute, in multiply-adds per token divided by d_model (M = 128), per stack of
two blocks:
  en_es_moe (GShard): block 0 dense, relu, d_ff 512             2 * 512     = 1,024
                      block 1 MoE, 2 relu experts of 256        2 * 2 * 256 = 1,024
                                                                      total = 2,048
  this config:        blocks 0 and 1 MoE, 2 SwiGLU experts of H 2 * 2 * 3 * H = 12 H
12 H = 2,048 gives H = 170.67 (2/3 of the 256 an every-layer relu MoE would need): expert_d_ff
= 171, +0.2%. The routers add 8 * M per MoE layer, 0.4% of the FFN compute here. Total
parameters come out about equal too: 8 experts * 3 * 128 * 171 * 8 layers = 4.20M expert
weights against E=16 GShard's 16 * 2 * 128 * 256 * 4 layers = 4.19M (+ 0.52M in dense FFNs).

Everything else is en_es_moe's: data, optimiser, steps, mesh (experts split 4 ways), group
size and capacity factor 2.0 (Mixtral itself is dropless; at cf 2 a top-2 layer drops almost
nothing). Capacity is per MoE layer, so the expert buffers hold 2 * 2 * S slots per layer in
all 4 blocks of a stack rather than in 2: the wall-clock cost differs even where the per-token
compute does not (experiments/bench/block_cost.py measures it).

    gshard-jax train --config experiments/configs/en_es_mixtral.py
"""

from gshard_jax.config import apply_overrides

from en_es_moe import CONFIG as BASE

CONFIG = apply_overrides(BASE, [
    "model.moe_every=1",
    "model.expert_d_ff=171",
    "model.ffn_activation=swiglu",
    "model.norm=rmsnorm",
    "model.positions=rope",
    "model.moe.router=softmax_topk",
    "run.workdir=runs/en_es_mixtral",
])
