"""Everything that knows about meshes: mesh construction, rules tables, logical -> NamedSharding,
and GShard's annotation API (replicate / split / shard) for users' own layers.

The model names logical axes (gshard_jax.axes); only this package maps them to mesh axes.
"""

from gshard_jax.sharding.annotate import replicate, shard, split
from gshard_jax.sharding.mesh import MESH_AXES, MeshError, make_mesh
from gshard_jax.sharding.partition import (
    ShardingError,
    activation_sharding,
    batch_sharding,
    constrain,
    logical_to_sharding,
)
from gshard_jax.sharding.rules import PRESETS, Rules, RulesError, get_rules, resolve, rules_for

__all__ = [
    "MESH_AXES",
    "MeshError",
    "make_mesh",
    "ShardingError",
    "activation_sharding",
    "batch_sharding",
    "constrain",
    "logical_to_sharding",
    "PRESETS",
    "Rules",
    "RulesError",
    "get_rules",
    "resolve",
    "rules_for",
    "replicate",
    "shard",
    "split",
]
