"""Mixtral-8x7B at its real size, Hugging Face's shape (mistralai/Mixtral-8x7B-v0.1's config.json):
32 layers, d_model 4096, 32 query heads sharing 8 key/value heads (GQA) of 128, 8 SwiGLU experts
of hidden 14336 per layer, top-2 by softmax_topk (renormalised over the two), RMSNorm eps 1e-5,
RoPE base 1e6, vocabulary 32000 (SentencePiece), untied output, no biases, dropless routing.

`gshard-jax shard-report --config experiments/configs/mixtral_8x7b.py` counts 46.7B parameters,
12.9B active per token (as HF counts them), on the mesh below: experts over 'expert', every
weight's embed dimension fully sharded (expert_fsdp). A checkpoint imported with
`gshard-jax import-hf` has this shape (its config then comes from config.json).

The context here is 4096 tokens (Mixtral's own is 32k: --set model.block_size=32768 for serving
long prompts; the KV cache is block_size long). Activations in bfloat16, parameters float32.
"""

from gshard_jax.config import (
    CharDataConfig, LMConfig, LMModelConfig, LMRunConfig, MeshConfig, MoEConfig, TrainConfig,
)

CONFIG = LMConfig(
    model=LMModelConfig(
        vocab_size=32000, d_model=4096, num_heads=32, num_kv_heads=8, head_dim=128,
        num_layers=32, d_ff=14336, expert_d_ff=14336, moe_every=1, block_size=4096,
        dropout_rate=0.0, attention_dropout_rate=0.0, dtype="bfloat16",
        ffn_activation="swiglu", norm="rmsnorm", positions="rope", rope_theta=1e6,
        norm_epsilon=1e-5, scan_layers=True, remat="full",
        moe=MoEConfig(num_experts=8, top_k=2, router="softmax_topk", group_size=4096,
                      capacity_factor=0.0, eval_capacity_factor=0.0, aux_loss_weight=0.001)),
    mesh=MeshConfig(data=-1, expert=8, preset="expert_fsdp"),
    train=TrainConfig(optimizer="adam", learning_rate=1e-5, warmup_steps=100,
                      label_smoothing=0.0),
    data=CharDataConfig(tokenizer="sentencepiece", batch_size=64),
    run=LMRunConfig(workdir="runs/mixtral_8x7b"),
)
