"""DeepSpeed-MoE's layer designs: Residual-MoE and PR-MoE (per-layer expert counts) equal
naive per-token references, PR-MoE's parameter count equals the analytic formula, its
checkpoint restores onto another mesh, and bad per-layer counts are refused with the fix."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax.cli import main
from gshard_jax.config import ConfigError, MeshConfig, ModelConfig, MoEConfig, apply_overrides
from gshard_jax.engine.checkpoint import Checkpointer
from gshard_jax.model.moe import group_tokens
from gshard_jax.model.residual import ResidualMoE
from gshard_jax.model.size import parameter_counts
from gshard_jax.model.transformer import Transformer
from gshard_jax.sharding import make_mesh
from gshard_jax.translation.task import TranslationTask
from tests.helpers import tiny_config, toy_train_config, write_config_file, write_toy_corpus
from tests.reference import moe_layer_reference, softmax64


def _inputs(B=4, L=8, M=16, seed=1):
    return jax.random.normal(jax.random.key(seed), (B, L, M), jnp.float32)


@pytest.mark.parametrize("mode", ["learned", "sum"])
@pytest.mark.parametrize("num_experts", [4, 8])  # 8: a PR-MoE layer with more than moe.num_experts
def test_residual_moe_equals_per_token_reference(mode, num_experts):
    cfg = ModelConfig(d_model=16, expert_d_ff=24, dropout_rate=0.0, moe=MoEConfig(
        num_experts=4, top_k=1, group_size=16, capacity_factor=0.75, eval_capacity_factor=0.75,
        residual=mode))
    layer = ResidualMoE(cfg, rngs=nnx.Rngs(0), num_experts=num_experts)
    x = _inputs()
    y, routing = layer(x)
    G, S = group_tokens(32, 16)
    x64 = np.asarray(x, np.float64).reshape(G, S, -1)
    moe = moe_layer_reference(x64, np.asarray(routing.weight), np.asarray(routing.expert),
                              np.asarray(routing.kept), np.asarray(layer.moe.wi[...]),
                              np.asarray(layer.moe.wo[...]))
    mlp = np.maximum(x64 @ np.asarray(layer.mlp.wi[...], np.float64), 0) @ np.asarray(layer.mlp.wo[...], np.float64)
    if mode == "sum":
        expected = moe + mlp
    else:
        mix = softmax64(x64 @ np.asarray(layer.coefficient[...], np.float64)
                        + np.asarray(layer.coefficient_bias[...], np.float64))
        expected = mix[..., :1] * moe + mix[..., 1:] * mlp
    assert not np.asarray(routing.kept).all()  # dropped tokens still get the MLP's share
    assert layer.moe.wi.shape[0] == num_experts
    np.testing.assert_allclose(np.asarray(y).reshape(G, S, -1), expected, rtol=2e-5, atol=2e-5)


def _pr_moe(**moe):
    return tiny_config(data=2, expert=4, num_encoder_layers=4, num_decoder_layers=4,
                       moe=MoEConfig(group_size=16, **{"num_experts": 4, **moe})).model


def test_pr_moe_layers_take_their_own_expert_counts_and_count_as_the_formula_says():
    cfg = _pr_moe(experts_per_layer=(4, 8, 4, 8), residual="learned", top_k=1)
    model = nnx.eval_shape(lambda: Transformer(cfg, rngs=nnx.Rngs(0)))
    assert [model.encoder[i].ffn.num_experts for i in (1, 3)] == [4, 8]
    assert [model.decoder[i].ffn.num_experts for i in (1, 3)] == [4, 8]
    # The formula, written out: M=32, H_expert=48, d_ff=64, V=64, 4 heads x 8.
    M, H, F, V = 32, 48, 64, 64
    attention, norm = 4 * M * 4 * 8, 2 * M
    expert, residual = 2 * M * H, 2 * M * H + 2 * M + 2
    moe = lambda E: M * E + E * expert + residual  # gate + experts + MLP and its mixing
    enc = 4 * (attention + 2 * norm) + 2 * (2 * M * F) + moe(4) + moe(8)
    dec = 4 * (2 * attention + 3 * norm) + 2 * (2 * M * F) + moe(4) + moe(8)
    total = V * M + enc + dec + 2 * norm
    counted = sum(x.size for x in jax.tree.leaves(nnx.state(model, nnx.Param)))
    assert counted == total == parameter_counts(cfg)["total"]
    activated = total - 2 * ((4 - 1) * expert + (8 - 1) * expert)  # top-1: one expert a token
    assert parameter_counts(cfg)["activated"] == activated


def test_pr_moe_reports_expert_load_per_layer_with_its_own_width():
    cfg = _pr_moe(experts_per_layer=(4, 8, 4, 8))
    model = Transformer(cfg, rngs=nnx.Rngs(0))
    rng = np.random.default_rng(0)
    src, tgt = rng.integers(1, 64, (4, 8)), rng.integers(1, 64, (4, 8))
    _, moe = model(jnp.asarray(src), jnp.asarray(tgt))
    load = np.asarray(moe["expert_load"])
    assert load.shape == (4, 8)
    assert np.isnan(load[0, 4:]).all() and np.isfinite(load[1]).all()
    np.testing.assert_allclose(np.nansum(load, axis=1), 1.0, rtol=1e-5)


def test_pr_moe_checkpoint_restores_onto_other_meshes(tmp_path):
    cfg = tiny_config(data=2, expert=4, moe=MoEConfig(num_experts=4, group_size=16,
                                                      experts_per_layer=(4, 8), residual="learned"))
    writer = TranslationTask(cfg)
    state = writer.init_state(0)
    with Checkpointer(str(tmp_path), keep=1) as ckpt:
        ckpt.save(0, state, {})
    one_device = make_mesh(MeshConfig(data=1), devices=jax.devices()[:1])
    for reader in (TranslationTask(dataclasses.replace(cfg, mesh=MeshConfig(data=8, preset="data"))),
                   TranslationTask(cfg, mesh=one_device)):
        with Checkpointer(str(tmp_path)) as ckpt:
            restored, _ = ckpt.restore(reader.abstract_state())
        wi = restored.params["decoder"][1]["ffn"]["moe"]["wi"]
        assert wi.shape[0] == 8 and wi.sharding == reader.param_shardings["decoder"][1]["ffn"]["moe"]["wi"]
        for a, b in zip(jax.tree.leaves(restored.params), jax.tree.leaves(state.params)):
            np.testing.assert_array_equal(np.asarray(a), np.asarray(b))


def test_pr_moe_bad_counts_exit_2_naming_the_fix(tmp_path, capsys):
    corpus = write_toy_corpus(tmp_path / "toy.tsv", pairs=100)
    cfg = toy_train_config(corpus, tmp_path / "run", 2, cache_dir=tmp_path / "cache")
    config_file = write_config_file(cfg, tmp_path / "c.py")
    base = ["train", "--no-eval", "--config", config_file]
    # The toy mesh has expert=2: a layer of 3 experts cannot split over it.
    assert main(base + ["--set", "model.moe.experts_per_layer=4,3"]) == 2
    err = capsys.readouterr().err
    assert "size 3" in err and "num_experts divisible by the expert axis" in err
    assert main(base + ["--set", "model.moe.experts_per_layer=4,4,8"]) == 2
    assert "one count per MoE layer" in capsys.readouterr().err
    assert not (tmp_path / "run").exists()
    with pytest.raises(ConfigError, match="experts of a layer"):
        apply_overrides(tiny_config(), ["model.moe.experts_per_layer=2,4", "model.moe.top_k=3"])
