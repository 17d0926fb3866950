"""The translation experiment's `Config` and its sections beside the model and the data: mesh,
training, run and distillation (the character LM's config reuses the mesh and training ones),
validated field by field and then across sections when it is built.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from gshard_jax.axes import MESH_AXES, RULES_PRESET_ALIASES, RULES_PRESETS
from gshard_jax.config.data import BUNDLED_LANGUAGES, DataConfig, language_problems
from gshard_jax.config.fields import NON_NEGATIVE, POSITIVE, RATE, setting, validate
from gshard_jax.config.model import ModelConfig, block_problems, router_problems, scan_problems

# How an MoE layer meets its experts (gshard_jax/model/moe.py says what each does): the
# model's `moe_mode` argument; mesh.moe_mode also takes 'auto' (the trainer times them).
MOE_MODES = ("alltoall", "alltoall_gather_mlp", "allgather")


@dataclasses.dataclass(frozen=True)
class MeshConfig:
    """Mesh shape and sharding rules: a preset name or a rules file, plus per-name overrides.

    A size of -1 takes all devices not used by the other axes.
    """

    data: int = setting(-1, "data-parallel axis size (-1 = the remaining devices)", low=-1)
    expert: int = setting(1, "expert-parallel axis size (-1 = the remaining devices)", low=-1)
    model: int = setting(1, "model-parallel axis size (-1 = the remaining devices)", low=-1)
    preset: str = setting("expert", f"rules preset name ({', '.join(RULES_PRESETS)}) or the "
                          "path of a Python file (*.py) defining RULES = {logical name: mesh "
                          "axes}", nonempty=True)
    moe_mode: str = setting(
        "alltoall", "how MoE layers meet their experts (expert weights never move): 'alltoall' "
        "(tokens to experts), 'alltoall_gather_mlp' (also gather an expert's 'model' slices), "
        "'allgather' (weights to tokens, no all-to-all), 'auto' (time them on the first steps, "
        "keep the fastest)", choices=MOE_MODES + ("auto",))
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
    microbatches: int = setting(
        1, "gradient accumulation: each step runs its batch as this many microbatches in a scan "
        "and makes one update (rows of a batch must divide by microbatches * data shards; MoE "
        "groups that would not split a microbatch over the devices shrink to each device's share)",
        low=1, high=1024)
    freeze: tuple[str, ...] = setting(
        (), "parameters kept fixed (fine-tuning): glob patterns over parameter names such as "
        "decoder/3/ffn/gate ('*' matches any characters, '/' included), e.g. '*/ffn/gate' (the "
        "routers) or '*/ffn/w*' (MoE experts and dense FFNs); each must match a parameter")


# Experiment trackers beside the JSON lines and TensorBoard logs every run keeps.
TRACKERS = ("none", "mlflow")
# Tracking URI schemes MLflow can write to ('' = a SQLite store in the run directory).
TRACKING_SCHEMES = ("sqlite", "http", "https", "databricks", "postgresql", "mysql", "mssql")


def tracking_setting() -> Any:
    return setting("none", "experiment tracker beside JSONL + TensorBoard: 'mlflow' logs params, "
                   "metrics, final scores and result files (pip install 'gshard_jax[tracking]')",
                   choices=TRACKERS)


def tracking_uri_setting() -> Any:
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
    tracking: str = tracking_setting()
    tracking_uri: str = tracking_uri_setting()


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
        validate(self, relation_problems)


def relation_problems(cfg: Config) -> list[str]:
    """Constraints between fields (each message names the fields and the fix)."""
    m, moe, data, run, mesh = cfg.model, cfg.model.moe, cfg.data, cfg.run, cfg.mesh
    problems = block_problems(m) + scan_problems(
        m, {"num_encoder_layers": m.num_encoder_layers, "num_decoder_layers": m.num_decoder_layers})
    if moe.experts_per_layer and len(moe.experts_per_layer) != len(m.moe_layers):
        problems.append(
            f"model.moe.experts_per_layer has {len(moe.experts_per_layer)} entries but the model "
            f"has {len(m.moe_layers)} MoE layers ({', '.join(f'{a}.{i}' for a, i in m.moe_layers)}); "
            "give one count per MoE layer, or none for model.moe.num_experts everywhere")
    problems += router_problems(m)
    if m.moe_every > max(m.num_encoder_layers, m.num_decoder_layers):
        problems.append(f"model.moe_every={m.moe_every} exceeds the number of layers, so no FFN "
                        "would be MoE; use 0 for a dense model or a smaller period")
    problems += mesh_problems(mesh) + tracking_problems(run) + train_problems(cfg.train)
    if data.src_lang == data.tgt_lang:
        problems.append(f"data.src_lang and data.tgt_lang are both {data.src_lang!r}; "
                        "choose two different languages")
    if data.corpus == "bundled":
        for key in ("src_lang", "tgt_lang"):
            if getattr(data, key) not in BUNDLED_LANGUAGES:
                problems.append(f"data.{key}={getattr(data, key)!r}: the bundled corpus has "
                                f"{', '.join(BUNDLED_LANGUAGES)}; choose one of them or another "
                                "data.corpus")
    problems += language_problems(data)
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


def resume_key(cfg: Config) -> Config:
    """`cfg` without the fields a resumed run may change: a run directory resumes when its saved
    config and the new one have equal keys. top_k may change within max_top_k, because the
    compiled step takes it as a value; the levers that compute the same step another way
    (scanned or unrolled layers: checkpoints convert; remat; microbatches) may change too."""
    moe = cfg.model.moe
    if moe.max_top_k:
        moe = dataclasses.replace(moe, top_k=1)
    model = dataclasses.replace(cfg.model, moe=moe, scan_layers=False, remat="none")
    return dataclasses.replace(cfg, model=model,
                               train=dataclasses.replace(cfg.train, microbatches=1))


# What a train.freeze pattern may hold: parameter names' characters and fnmatch's.
_FREEZE_PATTERN = re.compile(r"[A-Za-z0-9_/*?\[\]!-]+")


def train_problems(train: TrainConfig) -> list[str]:
    """train.freeze patterns that cannot name a parameter (which parameters each matches is
    checked against the model: engine/optim.py's `freeze_mask`)."""
    problems = []
    for pattern in train.freeze:
        if not _FREEZE_PATTERN.fullmatch(pattern):
            hint = (f" (names are joined by '/', e.g. {pattern.replace('.', '/')!r})"
                    if "." in pattern else "")
            problems.append(f"train.freeze pattern {pattern!r}: parameter names hold letters, "
                            f"digits, '_' and '/' only, and a glob adds * ? [ ]{hint}")
    return problems


def mesh_size_problems(sizes) -> list[str]:
    """What makes axis sizes (one per MESH_AXES entry) no mesh, each naming the fix: a size
    that is neither positive nor -1, or more than one -1 (the config's and make_mesh's check)."""
    problems = [f"mesh.{name}={size}: axis sizes are positive, or -1 for the rest"
                for name, size in zip(MESH_AXES, sizes) if size == 0 or size < -1]
    if list(sizes).count(-1) > 1:
        problems.append(f"mesh: at most one of {', '.join(MESH_AXES)} may be -1")
    return problems


def mesh_problems(mesh: MeshConfig) -> list[str]:
    problems = mesh_size_problems([getattr(mesh, a) for a in MESH_AXES])
    known = RULES_PRESETS + tuple(RULES_PRESET_ALIASES)
    if mesh.preset not in known and not mesh.preset.endswith(".py"):
        problems.append(f"mesh.preset={mesh.preset!r}: unknown sharding preset, and not a "
                        f"rules file; choose one of {', '.join(RULES_PRESETS)}, or give the path "
                        "of a Python file (*.py) defining RULES = {logical name: mesh axes}")
    for i, rule in enumerate(mesh.rules):
        if "=" not in rule:
            problems.append(f"mesh.rules[{i}]={rule!r}: write logical=axis[+axis], e.g. vocab=model")
    return problems


def tracking_problems(run: Any) -> list[str]:
    """A tracking URI MLflow cannot write to, told by its scheme (the store itself is checked
    by the commands, before they write anything: gshard_jax.engine.tracking.check_tracking)."""
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
