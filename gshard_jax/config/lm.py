"""The character-level language model (`gshard-jax lm ...`): its own top-level config,
validated by the same machinery. Mesh and optimiser sections are the translation model's.
"""

from __future__ import annotations

import dataclasses

from gshard_jax.config.fields import NON_NEGATIVE, POSITIVE, RATE, setting, validate
from gshard_jax.config.model import (
    REMAT_CHOICES, ROUTERS, ModelConfig, MoEConfig, block_problems, ffn_activation_setting,
    norm_epsilon_setting, norm_setting, num_kv_heads_setting, positions_setting,
    rope_theta_setting, scan_problems,
)
from gshard_jax.config.run import MeshConfig, TrainConfig, mesh_problems, tracking_problems, tracking_setting, tracking_uri_setting


@dataclasses.dataclass(frozen=True)
class LMModelConfig:
    """Decoder-only LM: the translation decoder's causal blocks without cross-attention.

    Every `moe_every`-th FFN is MoE (1 = every FFN, as makeMoE; 0 = dense); the router comes
    from `moe`. The vocabulary size is not set here: it is the training text's character count.
    """

    vocab_size: int = setting(
        0, "ids the model embeds and predicts: 0 = one per character of the training text "
        "(data.tokenizer=chars: the run's vocab.json decides); > 0 = the size of "
        "data.tokenizer=sentencepiece's vocabulary, or an imported checkpoint's "
        "(gshard-jax import-hf)", **NON_NEGATIVE)
    d_model: int = setting(128, "model (embedding) dimension (makeMoE's n_embed)", **POSITIVE)
    num_heads: int = setting(8, "attention heads", **POSITIVE)
    num_kv_heads: int = num_kv_heads_setting()
    head_dim: int = setting(0, "per-head size; 0 = d_model // num_heads", **NON_NEGATIVE)
    num_layers: int = setting(8, "decoder blocks", **POSITIVE)
    d_ff: int = setting(512, "hidden size of the dense FFNs", **POSITIVE)
    expert_d_ff: int = setting(512, "hidden size of each expert FFN (makeMoE: 4 * d_model)",
                               **POSITIVE)
    moe_every: int = setting(1, "FFN i (0-based) is MoE when (i+1) % moe_every == 0; 1 = every "
                             "FFN (makeMoE), 0 = dense", **NON_NEGATIVE)
    block_size: int = setting(32, "context length: training windows of block_size characters; "
                              "generation attends to at most this many", low=2)
    dropout_rate: float = setting(0.1, "dropout on embeddings, residuals and FFN hidden", **RATE)
    attention_dropout_rate: float = setting(0.1, "dropout on attention probabilities", **RATE)
    dtype: str = setting("float32", "activation dtype; gating always runs in float32",
                         choices=("float32", "bfloat16"))
    ffn_activation: str = ffn_activation_setting()
    norm: str = norm_setting()
    positions: str = positions_setting()
    rope_theta: float = rope_theta_setting()
    norm_epsilon: float = norm_epsilon_setting()
    scan_layers: bool = setting(False, "run the layers as one jax.lax.scan over the repeated "
                                "block (see the translation model's model.scan_layers)")
    remat: str = setting("none", "rematerialisation of each block (see the translation model's "
                         "model.remat)", choices=REMAT_CHOICES)
    moe: MoEConfig = MoEConfig(num_experts=8, top_k=2, group_size=64)

    def decoder_config(self, vocab_size: int) -> ModelConfig:
        """The translation model's config of this LM's blocks: its decoder stack is the LM's
        layers (the encoder fields are unused), `max_len` the context length."""
        return ModelConfig(
            vocab_size=vocab_size, d_model=self.d_model, d_ff=self.d_ff,
            expert_d_ff=self.expert_d_ff, num_heads=self.num_heads,
            num_kv_heads=self.num_kv_heads, head_dim=self.head_dim,
            num_encoder_layers=1, num_decoder_layers=self.num_layers, moe_every=self.moe_every,
            dropout_rate=self.dropout_rate, attention_dropout_rate=self.attention_dropout_rate,
            share_embeddings=False, max_len=self.block_size, dtype=self.dtype,
            ffn_activation=self.ffn_activation, norm=self.norm, positions=self.positions,
            rope_theta=self.rope_theta, norm_epsilon=self.norm_epsilon,
            moe=self.moe, scan_layers=self.scan_layers, remat=self.remat)


@dataclasses.dataclass(frozen=True)
class CharDataConfig:
    """The text an LM trains on: one token per character, random windows of block_size."""

    corpus: str = setting("bundled", "'bundled' (the English side of the bundled public-domain "
                          "Bible corpus) or the path of a UTF-8 text file", nonempty=True)
    val_fraction: float = setting(0.1, "the text's last share, held out for validation",
                                  low=0.0, low_open=True, high=0.5)
    batch_size: int = setting(16, "windows per training step (a multiple of the data shards)",
                              **POSITIVE)
    tokenizer: str = setting(
        "chars", "how text becomes ids: chars (one id per character, vocab.json) or "
        "sentencepiece (the run directory's tokenizer.model, e.g. the one import-hf copied in "
        "from a checkpoint, with that model's own bos/eos/unk ids; model.vocab_size its size); "
        "none: ids only (a checkpoint imported without a tokenizer)",
        choices=("chars", "sentencepiece", "none"))


@dataclasses.dataclass(frozen=True)
class LMRunConfig:
    """The LM's loop: length, validation, checkpoints, logging, tracking."""

    workdir: str = setting("runs/lm_moe", "run directory (config, vocabulary, checkpoints, "
                           "metrics)", nonempty=True)
    steps: int = setting(5000, "training steps", **POSITIVE)
    eval_every: int = setting(500, "validation period in steps (and the last step); 0 = none",
                              **NON_NEGATIVE)
    eval_batches: int = setting(20, "validation batches of data.batch_size windows (the same "
                                "windows at every evaluation)", **POSITIVE)
    checkpoint_every: int = setting(500, "checkpoint period in steps", **POSITIVE)
    keep_checkpoints: int = setting(3, "newest checkpoints kept", **POSITIVE)
    log_every: int = setting(50, "metrics logging period in steps", **POSITIVE)
    tracking: str = tracking_setting()
    tracking_uri: str = tracking_uri_setting()


@dataclasses.dataclass(frozen=True)
class LMConfig:
    """A character-level LM experiment (defaults: makeMoE's hyper-parameters). Building one
    validates every field and their relations."""

    model: LMModelConfig = LMModelConfig()
    mesh: MeshConfig = MeshConfig(data=-1, expert=4, preset="expert")
    train: TrainConfig = TrainConfig(optimizer="adam", learning_rate=1e-3, warmup_steps=100,
                                     label_smoothing=0.0)
    data: CharDataConfig = CharDataConfig()
    run: LMRunConfig = LMRunConfig()

    def __post_init__(self):
        validate(self, lm_relation_problems)


def lm_relation_problems(cfg: LMConfig) -> list[str]:
    """Constraints between an LM config's fields (each message names the fields and the fix)."""
    m, moe = cfg.model, cfg.model.moe
    problems = block_problems(m) + scan_problems(m, {"num_layers": m.num_layers})
    if m.moe_every > m.num_layers:
        problems.append(f"model.moe_every={m.moe_every} exceeds model.num_layers={m.num_layers}, "
                        "so no FFN would be MoE; use 0 for a dense model or a smaller period")
    if "expert_choice" in (moe.router, moe.decoder_router):
        problems.append("model.moe.router=expert_choice: every block of the LM is causal and "
                        "expert_choice looks at future tokens; choose one of "
                        f"{', '.join(r for r in ROUTERS if r != 'expert_choice')}")
    if m.positions == "t5_relative":
        problems.append("model.positions=t5_relative: the LM has no relative position bias yet "
                        "(the translation model has); choose sinusoidal or rope")
    if cfg.data.tokenizer == "chars" and m.vocab_size:
        problems.append(f"model.vocab_size={m.vocab_size} with data.tokenizer=chars: a "
                        "character LM's vocabulary is its text's characters; set "
                        "model.vocab_size=0, or data.tokenizer=sentencepiece")
    if cfg.data.tokenizer != "chars" and not m.vocab_size:
        problems.append(f"data.tokenizer={cfg.data.tokenizer} needs model.vocab_size (the "
                        "tokenizer's vocabulary size); set it")
    if moe.experts_per_layer or moe.residual != "off":
        problems.append("model.moe.experts_per_layer / model.moe.residual: the LM does not take "
                        "PR-MoE or Residual-MoE yet; leave them at their defaults")
    return problems + mesh_problems(cfg.mesh) + tracking_problems(cfg.run)
