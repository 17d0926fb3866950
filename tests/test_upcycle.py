"""Sparse upcycling (`gshard-jax upcycle`): at initialisation, with no token dropped and a
top-1 weight of one (softmax_topk), the upcycled MoE model computes the dense run's logits,
under every sharding preset on 8 simulated devices, for the translation model and the LM;
its experts are the dense FFN (plus the requested noise); bad input exits 2 writing nothing."""

import dataclasses

import jax
import numpy as np
import pytest

from gshard_jax import cli
from gshard_jax.axes import RULES_PRESETS
from gshard_jax.config import LMConfig, MeshConfig, apply_overrides
from gshard_jax.engine.rundir import RunDir
from gshard_jax.hf.command import fit_to_layout, write_initial_run
from gshard_jax.hf.converter import LazyTensor
from gshard_jax.model.stack import scan_period
from gshard_jax.upcycle import make_task, upcycle, upcycled_params
from tests.helpers import (
    PRESET_MESHES, padded_batch, snapshot, tiny_config, tiny_lm_config, write_config_file,
    write_lm_text,
)

# Top-1 experts of d_ff with weight one, and room for every token (C = cf * S / E = S).
MOE = ["model.moe_every=2", "model.expert_d_ff=64", "model.moe.router=softmax_topk",
       "model.moe.top_k=1", "model.moe.num_experts=8", "model.moe.eval_capacity_factor=8"]
LM_VOCAB = 12  # the dense LM run's characters


def _mesh(cfg, preset):
    return dataclasses.replace(cfg, mesh=MeshConfig(preset=preset, **PRESET_MESHES[preset]))


def _write_dense_run(cfg, workdir, seed=3, chars=None):
    """A dense run at step 0 with random (not initial: LayerNorms moved too) weights; an LM's
    with the vocabulary `chars` (vocab.json)."""
    cfg = apply_overrides(cfg, [f"run.workdir={workdir}"])
    task = make_task(cfg, len(chars) if chars else None)
    params = jax.device_get(task.init_state(seed).params)
    rng = np.random.default_rng(seed)
    flat = {tuple(getattr(k, "key", k) for k in path): np.asarray(leaf) + 0.1 * rng.standard_normal(leaf.shape).astype(np.float32)
            for path, leaf in jax.tree_util.tree_flatten_with_path(params)[0]}
    abstract = task.abstract_state().params
    tensors = fit_to_layout(abstract, {k: LazyTensor(v.shape, lambda v=v: v) for k, v in flat.items()},
                            task.stacks, scan_period(cfg.model.moe_every))
    write_initial_run(cfg, tensors, abstract, None, type(cfg), {"kind": "test"})
    if chars:
        RunDir(str(workdir), type(cfg)).write_char_vocab({"chars": chars})
    return cfg, task, flat


def _logits(task, workdir, batch):
    with RunDir(workdir, type(task.cfg)).checkpointer(keep=10) as checkpointer:
        params = checkpointer.restore_params(task.abstract_state().params, 0)
    return np.asarray(jax.jit(lambda p, b: task.forward(p, b, None)[0])(params, task.shard_batch(batch)),
                      np.float64)


def _real(logits, batch):
    """Logits at real target tokens: MoE layers give padding tokens no output (the dense FFN
    does), and no loss or decoded token reads a padding position."""
    return logits[batch["tgt"] != 0] if "tgt" in batch else logits


def _lm_batch():
    ids = np.random.default_rng(1).integers(0, LM_VOCAB, (16, 17))
    return {"inputs": ids[:, :-1], "targets": ids[:, 1:]}


@pytest.fixture(scope="module")
def translation_dense(tmp_path_factory):
    """(dense config, its run directory, its logits on a padded batch)."""
    workdir = tmp_path_factory.mktemp("dense") / "run"
    cfg = apply_overrides(tiny_config(preset="data", data=8), ["model.moe_every=0"])
    cfg, task, _ = _write_dense_run(cfg, workdir)
    batch = padded_batch(B=16, L=8)
    return cfg, str(workdir), _real(_logits(task, workdir, batch), batch)


@pytest.fixture(scope="module")
def lm_dense(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("lm_dense") / "run"
    cfg = tiny_lm_config("unused.txt", workdir, 2)
    cfg = apply_overrides(_mesh(cfg, "data"), ["model.moe_every=0"])
    cfg, task, _ = _write_dense_run(cfg, workdir, chars="abcdefghijk ")
    return cfg, str(workdir), _logits(task, workdir, _lm_batch())


@pytest.mark.parametrize("preset", RULES_PRESETS)
def test_upcycled_translation_model_computes_the_dense_logits(translation_dense, preset, tmp_path):
    dense_cfg, dense_dir, dense_logits = translation_dense
    config = write_config_file(_mesh(dense_cfg, preset), tmp_path / "moe.py")
    record = upcycle(dense_dir, config, str(tmp_path / "moe"), MOE, quiet=True)
    assert record["same_function_at_init"] and record["moe_layers"] == 2
    task = make_task(RunDir(str(tmp_path / "moe")).read_config())
    assert task.cfg.mesh.preset == preset and task.cfg.model.moe_every == 2
    batch = padded_batch(B=16, L=8)
    logits = _real(_logits(task, tmp_path / "moe", batch), batch)
    np.testing.assert_allclose(logits, dense_logits, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("preset", RULES_PRESETS)
def test_upcycled_lm_computes_the_dense_logits(lm_dense, preset, tmp_path):
    dense_cfg, dense_dir, dense_logits = lm_dense
    config = write_config_file(_mesh(dense_cfg, preset), tmp_path / "moe.py")
    upcycle(dense_dir, config, str(tmp_path / "moe"), [*MOE, "model.moe_every=1"], quiet=True)
    run = RunDir(str(tmp_path / "moe"), LMConfig)
    task = make_task(run.read_config(), len(run.read_char_vocab()["chars"]))
    assert task.cfg.model.moe_every == 1  # every FFN of the LM became an MoE layer
    np.testing.assert_allclose(_logits(task, tmp_path / "moe", _lm_batch()), dense_logits,
                               rtol=1e-5, atol=1e-5)


def test_switch_top1_does_not_start_as_the_dense_function(translation_dense, tmp_path):
    """The check above can fail: Switch weighs the one expert by its probability (~1/E)."""
    dense_cfg, dense_dir, dense_logits = translation_dense
    config = write_config_file(dense_cfg, tmp_path / "moe.py")
    record = upcycle(dense_dir, config, str(tmp_path / "moe"), [*MOE, "model.moe.router=switch"],
                     quiet=True)
    assert not record["same_function_at_init"]
    batch = padded_batch(B=16, L=8)
    logits = _real(_logits(make_task(RunDir(str(tmp_path / "moe")).read_config()),
                           tmp_path / "moe", batch), batch)
    assert np.abs(logits - dense_logits).max() > 1e-2


def test_experts_are_noisy_copies_and_the_router_is_fresh():
    dense = {("encoder", 1, "ffn", "wi"): np.arange(6, dtype=np.float32).reshape(2, 3),
             ("encoder", 1, "ffn", "wo"): np.ones((3, 2), np.float32),
             ("encoder_norm", "scale"): np.full((2,), 2.0, np.float32)}
    target = {("encoder", 1, "ffn", "gate"): jax.ShapeDtypeStruct((2, 4), np.float32),
              ("encoder", 1, "ffn", "wi"): jax.ShapeDtypeStruct((4, 2, 3), np.float32),
              ("encoder", 1, "ffn", "wo"): jax.ShapeDtypeStruct((4, 3, 2), np.float32),
              ("encoder_norm", "scale"): jax.ShapeDtypeStruct((2,), np.float32)}
    exact = upcycled_params(dense, target, seed=0, noise=0.0)
    for e in range(4):
        np.testing.assert_array_equal(exact[("encoder", 1, "ffn", "wi")][e], dense[("encoder", 1, "ffn", "wi")])
    np.testing.assert_array_equal(exact[("encoder_norm", "scale")], [2.0, 2.0])
    gate = exact[("encoder", 1, "ffn", "gate")]
    assert gate.shape == (2, 4) and np.all(np.abs(gate) <= np.sqrt(6 / (2 + 4))) and np.any(gate != 0)
    noisy = upcycled_params(dense, target, seed=0, noise=0.5)[("encoder", 1, "ffn", "wi")]
    rms = np.sqrt(np.mean(np.arange(6.0) ** 2))
    offsets = noisy - dense[("encoder", 1, "ffn", "wi")]
    assert not np.allclose(noisy[0], noisy[1])  # each expert its own draw
    assert 0.25 * rms < offsets.std() < 1.0 * rms


def _cli(args, capsys):
    code = cli.main(["upcycle", *args])
    return code, capsys.readouterr().err


def test_bad_input_exits_2_and_writes_nothing(translation_dense, tmp_path, capsys):
    dense_cfg, dense_dir, _ = translation_dense
    config = write_config_file(dense_cfg, tmp_path / "moe.py")
    target = tmp_path / "target"
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "config.json").write_text("{not json")
    cases = [
        (["--from", str(tmp_path / "missing")], "holds no run"),
        (["--from", str(damaged)], "damaged"),
        (["--from", dense_dir, "--set", "model.d_model=64", "--set", "model.head_dim=8"],
         "wants (64,"),
        (["--from", dense_dir, "--set", "model.expert_d_ff=32"], "model.expert_d_ff=32"),
        (["--from", dense_dir, "--set", "model.moe_every=0"], "no MoE layer"),
        (["--from", dense_dir, "--step", "5"], "--step 5"),
        (["--from", dense_dir, "--noise", "-1"], "--noise"),
        (["--from", dense_dir, "--noise", "nan"], "--noise nan"),
        (["--from", dense_dir, "--noise", "inf"], "--noise inf"),
    ]
    for args, reason in cases:
        code, err = _cli([*args, "--config", config, "--workdir", str(target), *sum(
            (["--set", s] for s in MOE if not any(s.split("=")[0] in a for a in args)), [])],
            capsys)
        assert code == 2 and reason in err, (args, err)
        assert "Traceback" not in err and not target.exists(), args
    before = snapshot(dense_dir)
    code, err = _cli(["--from", dense_dir, "--config", config, "--workdir", dense_dir,
                      *sum((["--set", s] for s in MOE), [])], capsys)
    assert code == 2 and "already holds a run" in err
    assert snapshot(dense_dir) == before


def test_lm_trains_dense_upcycles_and_trains_on(tmp_path, capsys):
    """The commands end to end: `lm train` a dense LM, `upcycle` it, `lm train --workdir` the
    MoE run from its step 0 on (its own vocabulary and config)."""
    text = write_lm_text(tmp_path / "text.txt")
    dense = apply_overrides(tiny_lm_config(text, tmp_path / "dense", 2, eval_every=0),
                            ["model.moe_every=0"])
    assert cli.main(["lm", "train", "--config", write_config_file(dense, tmp_path / "dense.py")]) == 0
    moe = write_config_file(apply_overrides(dense, ["model.moe_every=1"]), tmp_path / "moe.py")
    run = tmp_path / "moe"
    assert cli.main(["upcycle", "--from", str(tmp_path / "dense"), "--config", moe, "--workdir",
                     str(run), "--set", "model.expert_d_ff=64", "--set", "run.steps=3"]) == 0
    assert "does not start as" not in capsys.readouterr().err  # gshard_top2 top-2 sums to one
    assert cli.main(["lm", "train", "--workdir", str(run)]) == 0
    assert "step 3:" in capsys.readouterr().out
    assert RunDir(str(run), LMConfig).read_char_vocab() == RunDir(str(tmp_path / "dense"), LMConfig).read_char_vocab()
