"""Rules tables, mesh construction and the clear errors for layouts that cannot work."""

import jax
import numpy as np
import pytest
from flax import nnx
from jax.sharding import PartitionSpec as P

from gshard_jax import axes
from gshard_jax.config import MeshConfig
from gshard_jax.model.transformer import Transformer
from gshard_jax.sharding import make_mesh
from gshard_jax.sharding.mesh import MeshError
from gshard_jax.sharding.partition import ShardingError, is_logical_leaf, logical_axes_of
from gshard_jax.sharding.rules import PRESETS, RulesError, get_rules, resolve
from gshard_jax.translation.task import TranslationTask
from tests.helpers import tiny_config


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_every_preset_covers_every_logical_name(preset):
    rules = get_rules(preset)
    assert set(rules) == set(axes.ALL)


def test_model_uses_only_vocabulary_names():
    cfg = tiny_config()
    model = nnx.eval_shape(lambda: Transformer(cfg.model, rngs=nnx.Rngs(0)))
    used = {name for spec in jax.tree.leaves(logical_axes_of(nnx.state(model, nnx.Param)),
                                             is_leaf=is_logical_leaf)
            for name in spec if name is not None}
    assert used <= set(axes.ALL)
    assert {"expert", "embed", "mlp", "heads", "kv", "vocab"} <= used


def test_resolve_gives_each_mesh_axis_to_one_dimension():
    rules = get_rules("expert")
    # Before dispatch the groups use every device...
    assert resolve((None, "expert_group", "capacity", "embed"), rules) == P(None, ("data", "expert", "model"), None, None)
    # ...after it the experts own 'expert' and the groups keep the rest.
    assert resolve(("expert", "expert_group", "capacity", "embed"), rules) == P("expert", ("data", "model"), None, None)
    assert resolve(("expert", "embed", "mlp"), get_rules("expert+model")) == P("expert", None, "model")
    assert resolve(("batch", "length"), get_rules("data")) == P(("data", "expert", "model"), None)


def test_user_rules_and_overrides():
    table = dict(get_rules("data"))
    table["vocab"] = ("model",)
    assert resolve(("vocab", "embed"), get_rules(table)) == P("model", None)
    assert resolve(("vocab", "embed"), get_rules("expert", {"vocab": "model"})) == P("model", None)
    incomplete = {k: v for k, v in table.items() if k != "heads"}
    with pytest.raises(RulesError, match="heads"):
        get_rules(incomplete)
    with pytest.raises(RulesError, match="unknown mesh axes"):
        get_rules("expert", {"mlp": ("tensor",)})
    with pytest.raises(RulesError, match="unknown sharding preset"):
        get_rules("zero3")


def test_unknown_logical_axis_is_named():
    with pytest.raises(RulesError, match="'sequence'.*axes.py"):
        resolve(("batch", "sequence"), get_rules("expert"))


def test_mesh_fills_minus_one_and_uses_auto_axes():
    mesh = make_mesh(MeshConfig(data=-1, expert=4))
    assert dict(mesh.shape) == {"data": 2, "expert": 4, "model": 1}
    assert all(t == jax.sharding.AxisType.Auto for t in mesh.axis_types)


@pytest.mark.parametrize("shape", [(3, 4, 1), (2, 2, 1), (-1, 3, 1), (-1, -1, 1), (0, 8, 1)])
def test_mesh_that_does_not_fit_the_devices(shape):
    with pytest.raises(MeshError, match="mesh"):
        make_mesh(MeshConfig(*shape))


def test_experts_not_divisible_by_expert_axis():
    with pytest.raises(ShardingError, match="num_experts divisible by the expert axis"):
        TranslationTask(tiny_config(expert=4, num_experts=6))


def test_batch_not_divisible_by_data_shards():
    task = TranslationTask(tiny_config(data=2, expert=4))
    assert task.data_shards == 8
    batch = {"src": np.ones((12, 8), np.int32), "tgt": np.ones((12, 8), np.int32)}
    with pytest.raises(ShardingError, match="multiple of 8"):
        task.shard_batch(batch)


def test_groups_not_divisible_by_group_shards():
    task = TranslationTask(tiny_config(data=2, expert=4))  # group_size 16, groups over 8 devices
    batch = {"src": np.ones((8, 8), np.int32), "tgt": np.ones((8, 8), np.int32)}  # 4 groups
    with pytest.raises(ShardingError, match="group_size <= 8"):
        task.shard_batch(batch)
