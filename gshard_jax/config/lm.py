"""The character-level language model (`gshard-jax lm ...`): its own top-level config,
validated by the same machinery. Mesh and optimiser sections are the translation model's.
"""

from __future__ import annotations

import dataclasses

from gshard_jax.config.fields import NON_NEGATIVE, POSITIVE, defaults, setting, validate
from gshard_jax.config.model import (
    ROUTERS, BlockConfig, MoEConfig, block_problems, scan_problems,
)
from gshard_jax.config.experiment import (
    MeshConfig, TrainConfig, mesh_problems, tracking_problems, tracking_setting, train_problems,
    tracking_uri_setting,
)


@dataclasses.dataclass(frozen=True)
@defaults(d_model=128, num_heads=8, d_ff=512, expert_d_ff=512, moe_every=1,
          attention_dropout_rate=0.1, moe=MoEConfig(num_experts=8, top_k=2, group_size=64))
class LMModelConfig(BlockConfig):
    """Decoder-only LM: the translation decoder's causal blocks without cross-attention, with
    makeMoE's sizes (every FFN an MoE: moe_every=1). The vocabulary is the training text's
    characters (vocab_size 0) or a SentencePiece model's pieces (vocab_size its size).
    """

    vocab_size: int = setting(
        0, "ids the model embeds and predicts: 0 = one per character of the training text "
        "(data.tokenizer=chars: the run's vocab.json decides); > 0 = the size of "
        "data.tokenizer=sentencepiece's vocabulary, or an imported checkpoint's "
        "(gshard-jax import-hf)", **NON_NEGATIVE)
    num_layers: int = setting(8, "decoder blocks", **POSITIVE)
    block_size: int = setting(32, "context length: training windows of block_size characters; "
                              "generation attends to at most this many", low=2)

    def experts_of(self, stack: str, index: int) -> int:
        """Experts of an MoE layer: moe.num_experts (the LM takes no PR-MoE)."""
        return self.moe.num_experts


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
    return (problems + mesh_problems(cfg.mesh) + tracking_problems(cfg.run)
            + train_problems(cfg.train))
