"""GShard's annotation API (replicate / split / shard) and custom rules tables from config.

Each annotation is checked where it matters: the annotated tensor's sharding in the compiled
program (returned without out_shardings, so the compiler's choice is what we read) and its
per-device shape, on 8 simulated devices.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax.sharding import NamedSharding, PartitionSpec

from gshard_jax.config import Config, MeshConfig, apply_overrides
from gshard_jax.sharding import (
    RulesError, ShardingError, activation_sharding, get_rules, make_mesh, replicate, rules_for,
    shard, split,
)
from gshard_jax.sharding.rules import PRESETS
from gshard_jax.translation.task import TranslationTask
from tests.helpers import tiny_config


@pytest.fixture(scope="module")
def mesh():
    return make_mesh(MeshConfig(data=2, expert=4, model=1))


def _compiled_output_sharding(fn, *args):
    compiled = jax.jit(fn).lower(*args).compile()
    return compiled.output_shardings, compiled(*args)


@pytest.mark.parametrize("annotate,spec,per_device", [
    (lambda x, m: split(x, 0, "data", mesh=m), PartitionSpec("data", None), (8, 24)),
    (lambda x, m: split(x, 1, "expert", mesh=m), PartitionSpec(None, "expert"), (16, 6)),
    (lambda x, m: split(x, -1, ("data", "expert"), mesh=m), PartitionSpec(None, ("data", "expert")), (16, 3)),
    (lambda x, m: shard(x, ("expert", "data"), mesh=m), PartitionSpec("expert", "data"), (4, 12)),
    (lambda x, m: replicate(x, mesh=m), PartitionSpec(None, None), (16, 24)),
])
def test_annotation_sets_the_compiled_sharding(mesh, annotate, spec, per_device):
    x = jnp.arange(16 * 24, dtype=jnp.float32).reshape(16, 24)
    w = jnp.eye(24, dtype=jnp.float32) * 2.0

    def layer(x, w):
        return annotate(jnp.tanh(x @ w), mesh)  # an intermediate, annotated then returned

    sharding, out = _compiled_output_sharding(layer, x, w)
    assert sharding.is_equivalent_to(NamedSharding(mesh, spec), 2)
    assert {s.data.shape for s in out.addressable_shards} == {per_device}
    np.testing.assert_allclose(np.asarray(out), np.tanh(np.asarray(x) * 2.0), rtol=1e-6)


def test_annotations_inside_a_step_use_the_active_mesh_and_are_identity_without_one(mesh):
    x = jnp.ones((8, 8))
    assert split(x, 0, "data") is x  # no mesh anywhere: unsharded code runs unchanged

    def layer(x):
        with activation_sharding(mesh, get_rules("expert")):
            return split(x * 3.0, 1, "expert")

    sharding, out = _compiled_output_sharding(layer, x)
    assert sharding.is_equivalent_to(NamedSharding(mesh, PartitionSpec(None, "expert")), 2)
    assert out.addressable_shards[0].data.shape == (8, 2)


@pytest.mark.parametrize("call,words", [
    (lambda x, m: split(x, 2, "data", mesh=m), "dimension 2 does not exist"),
    (lambda x, m: split(x, 0, "pipeline", mesh=m), "unknown mesh axes ['pipeline']"),
    (lambda x, m: shard(x, ("data",), mesh=m), "has 1 entries for a 2-d array"),
    (lambda x, m: shard(x, ("expert", "expert"), mesh=m), "already split another dimension"),
    (lambda x, m: split(x, 1, "expert", mesh=m), "size 6 does not split into 4 parts"),
])
def test_bad_annotations_name_the_problem(mesh, call, words):
    with pytest.raises(ShardingError, match=words.replace("[", r"\[").replace("]", r"\]")):
        call(jnp.ones((8, 6)), mesh)


def _write_rules(path, table: dict) -> str:
    path.write_text(f"RULES = {table!r}\n")
    return str(path)


def test_rules_file_and_overrides_shard_parameters_as_asked(tmp_path):
    table = dict(PRESETS["expert"], mlp=("model",), heads=("model",))
    rules_file = _write_rules(tmp_path / "my_rules.py", table)
    cfg = apply_overrides(tiny_config(data=2, expert=2, model=2),
                          [f"mesh.preset={rules_file}", "mesh.rules=vocab=model,embed="])
    task = TranslationTask(cfg)
    params = task.abstract_state().params
    expected = {  # (path in the tree, spec the rules ask for)
        ("encoder", 0, "ffn", "wi"): PartitionSpec(None, "model"),  # embed replicated, mlp file
        ("encoder", 1, "ffn", "wi"): PartitionSpec("expert", None, "model"),
        ("encoder", 0, "self_attention", "query"): PartitionSpec(None, "model", None),
        ("src_embed", "table"): PartitionSpec("model", None),  # vocab: the override
    }
    for path, spec in expected.items():
        leaf = params
        for key in path:
            leaf = leaf[key]
        assert leaf.sharding.is_equivalent_to(NamedSharding(task.mesh, spec), len(leaf.shape)), path


@pytest.mark.parametrize("table,words", [
    ({"batch": ("data",)}, "does not cover logical axes"),
    (dict(PRESETS["data"], vocab=("tensor",)), "unknown mesh axes ['tensor']"),
    (dict(PRESETS["data"], tokens=("data",)), "unknown logical axes ['tokens']"),
])
def test_bad_rules_files_are_refused_like_presets(tmp_path, table, words):
    rules_file = _write_rules(tmp_path / "bad_rules.py", table)
    with pytest.raises(RulesError, match=words.replace("[", r"\[").replace("]", r"\]")):
        rules_for(MeshConfig(preset=rules_file))


def test_rule_override_errors_name_the_logical_axes():
    with pytest.raises(RulesError, match="unknown logical axis 'tokens'"):
        rules_for(MeshConfig(rules=("tokens=data",)))
    with pytest.raises(RulesError, match="rules file .*missing.py does not exist"):
        rules_for(MeshConfig(preset="missing.py"))
    assert isinstance(Config(mesh=MeshConfig(rules=("vocab=",))), Config)
    assert rules_for(MeshConfig(rules=("vocab=",)))["vocab"] == ()
