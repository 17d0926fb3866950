"""Shared shape of the GShard paper's translation models (arXiv 2006.16668), for the
gshard_*.py configs. Not a config itself (it defines no CONFIG).

What the configs take from the paper (Section 3.1, Tables 1 and 3, Appendix A.2, via
/work/shared notes): d_model 1024, expert hidden size 8192, 16 heads of 128, top-2 gating,
every other FFN an MoE layer (in the encoder and the decoder), dropout 0.1, Adafactor; the
capacity of the paper's formula, C = 2S/E (capacity_factor 1.0 with top-2).

Our interpretation of "L layers": L/2 encoder + L/2 decoder blocks. It reproduces the paper's
sizes: 36L with 2048 experts = 18 MoE layers x 2048 x (2 x 1024 x 8192) = 619B (the paper's
"600B"); 12L = 206B ("200B"); 512E36L = 155B ("150B"); 128E36L = 38.6B ("37B"); 128E12L =
12.9B ("12.5B"); T(96L) = 48 + 48 dense blocks with FFN 8192 = 2.28B ("2.3B") -- with
attention heads of 64 (16 x 64 = d_model); heads of 128 as in the MoE models would give 2.88B,
so the dense config uses 64.

Not from the paper (not found in a text we could check here; change them with --set):
- vocabulary 64000 (the project's notes say SentencePiece 64k; the paper's corpus is not
  public, so these configs are for `gshard-jax plan`, not for training on the bundled data);
- sequence length 1024 (one bucket; --length or data.bucket_lengths change it);
- bfloat16 activations with float32 weights: the paper trained in float32 (App. A.2) with
  rematerialisation; these configs keep the levers off (model.remat, model.scan_layers: see
  docs/levers.md and gshard_1t.py), and bf16 activations are what makes the 600B step fit a
  16 GiB v3 core here (float32 weights, so the optimizer state is float32);
- the mesh: one expert per device (mesh.expert = E, the rest data), devices = E for the MoE
  models as in the paper's Table 3 cores column as we read it (128E: 128 cores, 512E: 512,
  2048E: 2048); group size S = 2048 tokens (4M tokens over 2048 cores).
"""

from gshard_jax.config import (Config, DataConfig, MeshConfig, ModelConfig, MoEConfig, RunConfig,
                               TrainConfig)

M4 = 4 * 2**20  # the paper's "4M tokens" per batch, as a power of two so it splits over 2^k cores
M1 = 2**20


def gshard_config(name: str, layers: int, experts: int, tokens_per_batch: int,
                  dense: bool = False, head_dim: int = 128) -> Config:
    """The paper's MoE(experts, layers) model (or the dense T(layers) baseline)."""
    moe = MoEConfig(num_experts=max(experts, 2), top_k=2, group_size=2048, capacity_factor=1.0,
                    eval_capacity_factor=2.0, second_expert_policy="random")
    return Config(
        model=ModelConfig(
            vocab_size=64000, d_model=1024, d_ff=8192, expert_d_ff=8192, num_heads=16,
            head_dim=head_dim, num_encoder_layers=layers // 2, num_decoder_layers=layers // 2,
            moe_every=0 if dense else 2, dropout_rate=0.1, max_len=1024, dtype="bfloat16",
            moe=moe),
        mesh=(MeshConfig(data=-1, expert=1, model=1, preset="data") if dense else
              MeshConfig(data=-1, expert=experts, model=1, preset="expert")),
        train=TrainConfig(optimizer="adafactor", learning_rate=1.0, warmup_steps=10000,
                          label_smoothing=0.1),
        data=DataConfig(bucket_lengths=(1024,), tokens_per_batch=tokens_per_batch),
        run=RunConfig(workdir=f"runs/{name}"),
    )
