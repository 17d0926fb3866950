"""Typed configuration: model, MoE, mesh (+ rules preset name) and training.

Configs are frozen dataclasses. `override(cfg, "model.moe.num_experts=16")` returns a new
config with one dotted field replaced; values are parsed to the field's declared type, and an
unknown key or a value of the wrong type raises `ConfigError` naming the valid choices.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from typing import Any


class ConfigError(ValueError):
    """A configuration value that cannot work, with the fix in the message."""


@dataclasses.dataclass(frozen=True)
class MoEConfig:
    """GShard MoE layer settings (see shared GSHARD_NOTES: top-2 gating, Algorithm 1)."""

    num_experts: int = 8
    top_k: int = 2  # 2 = GShard top-2 (default); 1 = Switch-style top-1.
    group_size: int = 256  # S: tokens per local dispatch group.
    capacity_factor: float = 2.0  # C = ceil(cf * k * S / E); the paper's C = 2S/E is cf=1.
    eval_capacity_factor: float = 2.0
    min_capacity: int = 0  # lingvo uses 4; 0 keeps the paper's formula exactly.
    second_expert_policy: str = "random"  # 'random' (2*g2 > U(0,1) in training) or 'all'.
    aux_loss_weight: float = 0.01  # times the *sum* over MoE layers (lingvo aux_loss_coef).
    dispatch: str = "gather"  # "gather" (index permutation, fastest) or "einsum" (paper).


@dataclasses.dataclass(frozen=True)
class ModelConfig:
    """Encoder-decoder Transformer; every `moe_every`-th FFN is an MoE layer (0 = dense)."""

    vocab_size: int = 8000
    d_model: int = 256
    d_ff: int = 1024  # dense FFN hidden size.
    expert_d_ff: int = 1024  # hidden size of each expert FFN.
    num_heads: int = 4
    head_dim: int = 0  # 0 -> d_model // num_heads.
    num_encoder_layers: int = 3
    num_decoder_layers: int = 3
    moe_every: int = 2  # FFN i (0-based) is MoE when (i + 1) % moe_every == 0.
    dropout_rate: float = 0.1
    attention_dropout_rate: float = 0.0
    share_embeddings: bool = True  # source, target embedding and output projection share one table.
    max_len: int = 256
    dtype: str = "float32"  # activation dtype; gating always runs in float32.
    moe: MoEConfig = MoEConfig()

    @property
    def resolved_head_dim(self) -> int:
        return self.head_dim or self.d_model // self.num_heads

    def is_moe_layer(self, index: int) -> bool:
        return self.moe_every > 0 and (index + 1) % self.moe_every == 0


@dataclasses.dataclass(frozen=True)
class MeshConfig:
    """Mesh shape and the sharding-rules preset name (tables live in gshard_jax.sharding.rules).

    A size of -1 takes all devices not used by the other axes.
    """

    data: int = -1
    expert: int = 1
    model: int = 1
    preset: str = "expert"


@dataclasses.dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings."""

    optimizer: str = "adafactor"  # 'adafactor' (paper) or 'adam'.
    learning_rate: float = 1.0  # peak multiplier for the rsqrt schedule.
    warmup_steps: int = 1000
    label_smoothing: float = 0.1
    weight_decay: float = 0.0
    grad_clip_norm: float = 0.0  # 0 = off (Adafactor clips updates itself).
    seed: int = 0


@dataclasses.dataclass(frozen=True)
class DataConfig:
    """Corpus, tokenizer and batching. The tokenizer's vocabulary size is model.vocab_size."""

    corpus: str = "bundled"  # 'bundled' (en-es Bible verses), a .tsv[.gz], or a Moses prefix.
    src_lang: str = "en"
    tgt_lang: str = "es"
    dev_fraction: float = 0.02
    test_fraction: float = 0.02
    bucket_lengths: tuple[int, ...] = (16, 32, 64)  # powers of two keep B*L = tokens_per_batch
    tokens_per_batch: int = 4096  # B * L of every training batch.
    cache_dir: str = "runs/cache"  # tokenizer models, keyed by corpus hash.
    max_chars: int = 1000  # per side; longer lines count as malformed (too_long).
    # Share of corpus lines that may be malformed (skipped, counted, reported). Above it the run
    # refuses to start, so a broken export is never trained on silently.
    max_malformed_fraction: float = 0.0


@dataclasses.dataclass(frozen=True)
class RunConfig:
    """The experiment loop: length, evaluation, checkpoints, logging, decoding."""

    workdir: str = "runs/en_es_moe"
    steps: int = 1000
    eval_every: int = 250  # 0 = no periodic evaluation
    checkpoint_every: int = 250
    keep_checkpoints: int = 3
    log_every: int = 25
    bleu_sentences: int = 128  # dev sentences translated at each evaluation.
    beam_size: int = 4
    length_penalty: float = 0.6
    max_decode_len: int = 64


@dataclasses.dataclass(frozen=True)
class Config:
    model: ModelConfig = ModelConfig()
    mesh: MeshConfig = MeshConfig()
    train: TrainConfig = TrainConfig()
    data: DataConfig = DataConfig()
    run: RunConfig = RunConfig()


def _parse_value(text: str, field_type: Any, key: str) -> Any:
    if field_type is bool:
        lowered = text.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{key}: expected true/false, got {text!r}")
    if typing.get_origin(field_type) is tuple:
        item_type = typing.get_args(field_type)[0]
        return tuple(_parse_value(part, item_type, key) for part in text.split(",") if part.strip())
    if field_type in (int, float, str):
        try:
            value = field_type(text)
        except ValueError:
            raise ConfigError(
                f"{key}: expected a value of type {field_type.__name__}, got {text!r}"
            ) from None
        if field_type is float and not math.isfinite(value):
            raise ConfigError(f"{key}: expected a finite number, got {text!r}")
        return value
    raise ConfigError(f"{key}: cannot set a field of type {field_type} from the command line")


def override(cfg: Any, assignment: str) -> Any:
    """Returns `cfg` with one `dotted.key=value` assignment applied (a new frozen object)."""
    if "=" not in assignment:
        raise ConfigError(f"override {assignment!r} must look like section.field=value")
    key, text = assignment.split("=", 1)
    return _replace_path(cfg, key.strip().split("."), text, key.strip())


def _replace_path(node: Any, path: list[str], text: str, full_key: str) -> Any:
    if not dataclasses.is_dataclass(node):
        raise ConfigError(f"{full_key}: {path[0]!r} is not a config section")
    hints = typing.get_type_hints(type(node))
    names = [f.name for f in dataclasses.fields(node)]
    head = path[0]
    if head not in names:
        raise ConfigError(
            f"unknown config key {full_key!r}: {head!r} is not one of {', '.join(names)}"
        )
    if len(path) == 1:
        if dataclasses.is_dataclass(getattr(node, head)):
            raise ConfigError(f"{full_key} is a section; set one of its fields instead")
        value = _parse_value(text, hints[head], full_key)
    else:
        value = _replace_path(getattr(node, head), path[1:], text, full_key)
    return dataclasses.replace(node, **{head: value})


def apply_overrides(cfg: Any, assignments: list[str] | tuple[str, ...]) -> Any:
    for assignment in assignments:
        cfg = override(cfg, assignment)
    return cfg


def to_dict(cfg: Any) -> dict:
    return dataclasses.asdict(cfg)


def from_dict(cls: type, values: dict) -> Any:
    """Inverse of `to_dict` (JSON-loaded values; lists become tuples)."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for field in dataclasses.fields(cls):
        if field.name not in values:
            continue
        value, hint = values[field.name], hints[field.name]
        if dataclasses.is_dataclass(hint):
            value = from_dict(hint, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[field.name] = value
    return cls(**kwargs)


def load_config_file(path: str) -> Config:
    """Loads `CONFIG` from a Python config file (experiments/configs/*.py)."""
    import importlib.util
    import os

    if not os.path.exists(path):
        raise ConfigError(f"config file {path} does not exist; see experiments/configs/ for examples")
    spec = importlib.util.spec_from_file_location("gshard_experiment_config", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not isinstance(getattr(module, "CONFIG", None), Config):
        raise ConfigError(f"{path} must define CONFIG = gshard_jax.config.Config(...)")
    return module.CONFIG
