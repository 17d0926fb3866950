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
exists) is checked by the commands before they write anything (`gshard_jax.engine.task.check_buildable`).

The sections live in modules of their own (fields.py: the framework; model.py: the block both
models share, the MoE layer and the translation model; data.py; experiment.py: mesh, training,
run and the translation experiment's `Config`; lm.py: the character LM); everything is
importable from here.
"""

from __future__ import annotations

from typing import Any

from gshard_jax.config import fields
from gshard_jax.config.data import (
    BUNDLED_LANGUAGES, EXCLUDED_LANGUAGES, HUB_LANGUAGE, MULTI_CORPUS, MULTI_LANGUAGES, DataConfig,
)
from gshard_jax.config.fields import (
    ConfigError, Spec, apply_overrides, field_problems, from_dict, override, setting, to_dict,
)
from gshard_jax.config.lm import CharDataConfig, LMConfig, LMModelConfig, LMRunConfig
from gshard_jax.config.model import (
    ROUTERS, TOKEN_CHOICE_ROUTERS, BlockConfig, ModelConfig, MoEConfig,
)
from gshard_jax.config.experiment import (
    MOE_MODES, TRACKERS, Config, DistillConfig, MeshConfig, RunConfig, TrainConfig,
    relation_problems, resume_key,
)

__all__ = [
    "BUNDLED_LANGUAGES", "EXCLUDED_LANGUAGES", "HUB_LANGUAGE", "MOE_MODES", "MULTI_CORPUS",
    "MULTI_LANGUAGES", "ROUTERS", "TOKEN_CHOICE_ROUTERS", "TRACKERS", "BlockConfig",
    "CharDataConfig", "Config",
    "ConfigError", "DataConfig", "DistillConfig", "LMConfig", "LMModelConfig", "LMRunConfig",
    "MeshConfig", "ModelConfig", "MoEConfig", "RunConfig", "Spec", "TrainConfig",
    "apply_overrides", "describe_fields", "field_problems", "from_dict", "iter_fields",
    "load_config_file", "override", "relation_problems", "resume_key", "setting", "to_dict",
]


def iter_fields(cls: type = Config, prefix: str = ""):
    """Yields (dotted key, type, Spec) for every leaf field of a config class, in order."""
    return fields.iter_fields(cls, prefix)


def load_config_file(path: str, cls: type = Config) -> Any:
    """Loads `CONFIG` (an instance of `cls`) from a Python config file (experiments/configs/*.py)."""
    return fields.load_config_file(path, cls)


def describe_fields(cls: type = Config) -> str:
    """Every field with its type, default and accepted values (`gshard-jax config-fields`)."""
    return fields.describe_fields(cls)
