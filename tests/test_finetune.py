"""Fine-tuning (`lm train --init-from RUN`, engine/start.py), `train.freeze` and
`model.moe.expert_dropout`: a fine-tune's step 0 holds exactly its source's weights, on another
mesh and layer layout; frozen parameters stay bitwise fixed while the others move; an
interrupted fine-tune resumes its own checkpoints; bad input exits 2 and writes nothing; expert
dropout drops hidden units in training only and changes nothing at rate 0."""

import json
import os
import shutil

import jax
import numpy as np
import pytest

from gshard_jax.cli import main
from gshard_jax.config import LMConfig, override
from gshard_jax.engine.checkpoint import Checkpointer
from gshard_jax.engine.optim import parameter_names
from gshard_jax.engine.rundir import RunDir
from gshard_jax.engine.start import host_params_like
from gshard_jax.lm.task import LMTask
from tests.helpers import snapshot, tiny_lm_config, write_config_file, write_lm_text


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A tiny character LM trained 3 steps (checkpoints at 2 and 3)."""
    root = tmp_path_factory.mktemp("finetune")
    text = write_lm_text(root / "text.txt")
    cfg = tiny_lm_config(text, root / "source", 3, eval_every=0)
    assert main(["lm", "train", "--config", write_config_file(cfg, root / "lm.py")]) == 0
    return {"root": root, "text": text, "workdir": str(root / "source"), "cfg": cfg}


def _params(workdir, step, overrides=()):
    """The parameters of a run's checkpoint `step` on the host, in its config's layout."""
    cfg = RunDir(workdir, LMConfig).read_config(list(overrides))
    task = LMTask(cfg, cfg.model.vocab_size or len(RunDir(workdir).read_char_vocab()["chars"]))
    with Checkpointer(RunDir(workdir).checkpoint_dir, keep=100) as ckpt:
        return ckpt.restore_params(host_params_like(task.abstract_state().params), step)


def _flat(params):
    return dict(zip(parameter_names(params), jax.tree.leaves(params)))


def test_finetune_step_0_holds_the_source_weights_on_another_mesh_and_layout(source, tmp_path):
    workdir = str(tmp_path / "ft")
    assert main(["lm", "train", "--init-from", source["workdir"], "--init-step", "2",
                 "--workdir", workdir, "--set", "run.steps=1", "--set", "mesh.data=4",
                 "--set", "mesh.expert=2", "--set", "model.scan_layers=true"]) == 0
    run = RunDir(workdir, LMConfig)
    assert run.read_origin() == {"kind": "run", "source": os.path.abspath(source["workdir"]),
                                 "step": 2}
    assert run.checkpoint_steps() == [0, 1]
    with Checkpointer(run.checkpoint_dir) as ckpt:
        assert ckpt.holds_params_only(0) and not ckpt.holds_params_only(1)
    cfg = run.read_config()
    assert (cfg.mesh.data, cfg.mesh.expert, cfg.model.scan_layers) == (4, 2, True)
    # Step 0, unrolled, is bit for bit the source's step 2 (the source wrote it unrolled).
    from gshard_jax.model.stack import unscan_params
    task = LMTask(cfg, len(run.read_char_vocab()["chars"]))
    tuned = unscan_params(_params(workdir, 0), task.stacks)
    expected = _flat(_params(source["workdir"], 2))
    assert _flat(tuned).keys() == expected.keys()
    for name, value in _flat(tuned).items():
        np.testing.assert_array_equal(value, expected[name], err_msg=name)
    # A fresh schedule: the first step's learning rate is the warm-up's first, not step 3's.
    first = [r for r in run.metrics() if r["split"] == "train"][0]
    warmup = source["cfg"].train.warmup_steps
    assert first["learning_rate"] == pytest.approx(source["cfg"].train.learning_rate / warmup)
    assert run.read_char_vocab() == RunDir(source["workdir"]).read_char_vocab()


def test_default_step_is_the_newest_readable_and_the_source_is_not_changed(source, tmp_path):
    before = snapshot(source["workdir"])
    workdir = str(tmp_path / "ft")
    assert main(["lm", "train", "--init-from", source["workdir"], "--workdir", workdir,
                 "--set", "run.steps=1"]) == 0
    assert RunDir(workdir).read_origin()["step"] == 3
    for name, value in _flat(_params(workdir, 0)).items():
        np.testing.assert_array_equal(value, _flat(_params(source["workdir"], 3))[name])
    assert snapshot(source["workdir"]) == before


def test_an_interrupted_finetune_resumes_its_own_checkpoints(source, tmp_path):
    straight, interrupted = str(tmp_path / "straight"), str(tmp_path / "interrupted")
    copy = str(tmp_path / "source_copy")
    shutil.copytree(source["workdir"], copy)
    common = ["--set", "run.checkpoint_every=2", "--set", "run.eval_every=0"]
    assert main(["lm", "train", "--init-from", copy, "--workdir", straight,
                 "--set", "run.steps=4", *common]) == 0
    assert main(["lm", "train", "--init-from", copy, "--workdir", interrupted,
                 "--set", "run.steps=2", *common]) == 0
    os.rename(copy, copy + ".gone")  # a second init would have to read it
    assert main(["lm", "train", "--init-from", copy, "--workdir", interrupted,
                 "--set", "run.steps=4"]) == 0
    assert [r["step"] for r in RunDir(interrupted).metrics() if r["split"] == "train"] == [1, 2, 3, 4]
    resumed, expected = _flat(_params(interrupted, 4)), _flat(_params(straight, 4))
    for name, value in resumed.items():
        np.testing.assert_array_equal(value, expected[name], err_msg=name)
    assert not np.array_equal(resumed["output"], _flat(_params(straight, 0))["output"])


@pytest.mark.parametrize("case", ["missing", "damaged", "shape", "step", "freeze", "not_a_run"])
def test_bad_input_exits_2_naming_it_and_writes_nothing(source, tmp_path, case, capsys):
    src = source["workdir"]
    args = ["--set", "run.steps=1"]
    if case == "missing":
        src, expected = str(tmp_path / "nowhere"), "does not exist"
    elif case == "not_a_run":
        os.makedirs(tmp_path / "empty")
        src, expected = str(tmp_path / "empty"), "holds no run"
    elif case == "damaged":  # every array data file (state/d/) of every step cut short
        src = str(tmp_path / "damaged")
        shutil.copytree(source["workdir"], src)
        for step in ("2", "3"):
            data = os.path.join(src, "checkpoints", step, "state", "d")
            for name in os.listdir(data):
                with open(os.path.join(data, name), "r+b") as f:
                    f.truncate(os.path.getsize(os.path.join(data, name)) // 2)
        expected = "no checkpoint can be read"
    elif case == "shape":
        args += ["--set", "model.expert_d_ff=48"]
        expected = r"expert_d_ff|wi|wo"
    elif case == "step":
        args += ["--init-step", "7"]
        expected = "no checkpoint at step 7; it has steps 2, 3"
    else:
        args += ["--set", "train.freeze=*/ffn/gate,no_such_param*"]
        expected = "'no_such_param\\*' matches no parameter"
    workdir = tmp_path / "ft"
    assert main(["lm", "train", "--init-from", src, "--workdir", str(workdir), *args]) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err
    import re
    assert re.search(expected, err), err
    if case == "shape":  # the first mismatching parameter, with both shapes
        assert re.search(r"parameter \S+: the model has shape \(\d+, \d+, 48\), the source "
                         r"\(\d+, \d+, 32\)", err), err
    assert not workdir.exists()


def _freeze_task(optimizer, scan_layers, freeze, weight_decay):
    cfg = tiny_lm_config("unused.txt", "unused", 1)
    for assignment in (f"train.optimizer={optimizer}", f"train.weight_decay={weight_decay}",
                       f"model.scan_layers={scan_layers}", f"train.freeze={freeze}",
                       "train.learning_rate=0.05", "train.grad_clip_norm=1.0"):
        cfg = override(cfg, assignment)
    return LMTask(cfg, 24)


@pytest.mark.parametrize("optimizer,scan_layers", [("adam", False), ("adafactor", True)])
def test_frozen_parameters_stay_bitwise_fixed_while_the_others_move(optimizer, scan_layers):
    """Routers and the first layer's attention frozen, weight decay on, 8 devices with experts
    sharded 4 ways (the expert preset), the scanned layout with Adafactor's per-layer path."""
    freeze = "*/ffn/gate,layers/0/self_attention/*" if not scan_layers else "*/ffn/gate"
    task = _freeze_task(optimizer, scan_layers, freeze, 0.1)
    state = task.init_state(0)
    before = _flat(jax.device_get(state.params))
    rng = np.random.default_rng(0)
    for _ in range(3):
        tokens = rng.integers(0, 24, (16, 17))
        state, _ = task.train_step(state, task.shard_batch({"inputs": tokens[:, :-1],
                                                            "targets": tokens[:, 1:]}))
    after = _flat(jax.device_get(state.params))
    frozen = dict(zip(parameter_names(task.frozen), jax.tree.leaves(task.frozen)))
    assert any(frozen.values()) and not all(frozen.values())
    for name, is_frozen in frozen.items():
        if is_frozen:
            np.testing.assert_array_equal(after[name], before[name], err_msg=name)
        else:
            assert not np.array_equal(after[name], before[name]), f"{name} did not move"
    expected_frozen = {n for n in frozen if n.endswith("ffn/gate")
                       or (not scan_layers and n.startswith("layers/0/self_attention/"))}
    assert {n for n, f in frozen.items() if f} == expected_frozen


def test_freeze_patterns_are_checked_against_the_parameters():
    from gshard_jax.config import ConfigError
    with pytest.raises(ConfigError, match="'ffn/gate' matches no parameter; patterns are globs"):
        _freeze_task("adam", False, "ffn/gate", 0.0)  # names start with layers/<i>/
    with pytest.raises(ConfigError, match="matches every parameter"):
        _freeze_task("adam", False, "*", 0.0)


def _moe_layer(rate, **changes):
    from flax import nnx

    from gshard_jax.config import BlockConfig, MoEConfig
    from gshard_jax.model.moe import MoEFeedForward
    moe = MoEConfig(num_experts=4, group_size=16, expert_dropout=rate, capacity_factor=4.0,
                    eval_capacity_factor=4.0, **changes)
    cfg = BlockConfig(d_model=16, num_heads=2, d_ff=16, expert_d_ff=16, dropout_rate=0.0, moe=moe)
    return MoEFeedForward(cfg, rngs=nnx.Rngs(0))


def test_expert_dropout_drops_hidden_units_in_training_only():
    rate = 0.4
    layer = _moe_layer(rate)
    x = jax.random.normal(jax.random.key(1), (4, 16, 16))
    reference = _moe_layer(0.0)
    # Evaluation (no key): no dropout, the same output as a layer without it.
    np.testing.assert_array_equal(layer(x)[0], reference(x)[0])
    # Training: the experts' hidden units, seen through wo = identity, are dropped at the
    # rate and the kept ones scaled by 1 / (1 - rate), against float64 NumPy.
    layer.wo[...] = jax.numpy.broadcast_to(jax.numpy.eye(16), (4, 16, 16))
    dispatched = jax.random.normal(jax.random.key(2), (4, 8, 64, 16))
    hidden = np.maximum(np.einsum("EGCM,EMH->EGCH", np.asarray(dispatched, np.float64),
                                  np.asarray(layer.wi[...], np.float64)), 0.0)
    out = np.asarray(layer.experts(dispatched, "alltoall", jax.random.key(3)), np.float64)
    alive = hidden > 1e-6
    dropped = alive & (out == 0)
    assert abs(dropped.sum() / alive.sum() - rate) < 0.02
    np.testing.assert_allclose(out[alive & ~dropped], hidden[alive & ~dropped] / (1 - rate),
                               rtol=1e-4, atol=1e-6)
    # Without a key (evaluation, decoding) every hidden unit is kept.
    np.testing.assert_allclose(np.asarray(layer.experts(dispatched), np.float64), hidden,
                               rtol=1e-4, atol=1e-6)


def test_expert_dropout_is_the_only_change_and_none_at_rate_0(monkeypatch):
    """The training loss with expert dropout patched to the identity equals the loss at rate 0
    bit for bit (routing draws and every other key unchanged); at rate 0 the experts run no
    dropout at all, and at rate 0.4 the loss differs."""
    import gshard_jax.model.moe as moe_module

    def loss(rate):
        cfg = override(tiny_lm_config("unused.txt", "unused", 1),
                       f"model.moe.expert_dropout={rate}")
        task = LMTask(cfg, 24)
        tokens = np.random.default_rng(0).integers(0, 24, (16, 17))
        batch = task.shard_batch({"inputs": tokens[:, :-1], "targets": tokens[:, 1:]})
        _, metrics = task.train_step_for("alltoall", donate=False)(task.init_state(0), batch)
        return float(metrics["loss"])

    at_zero, dropped = loss(0.0), loss(0.4)
    assert dropped != at_zero
    calls = []
    original = moe_module.dropout
    monkeypatch.setattr(moe_module, "dropout", lambda x, rate, rng: calls.append(rate) or x)
    assert loss(0.4) == at_zero and calls and all(r == 0.4 for r in calls)
    calls.clear()
    assert loss(0.0) == at_zero and all(r == 0.0 for r in calls)
    monkeypatch.setattr(moe_module, "dropout", original)


def test_translation_finetune_takes_the_source_weights_and_tokenizer(tmp_path):
    from tests.helpers import toy_train_config, write_toy_corpus

    corpus = write_toy_corpus(tmp_path / "toy.tsv")
    cfg = toy_train_config(corpus, tmp_path / "source", 2, cache_dir=tmp_path / "cache")
    assert main(["train", "--config", write_config_file(cfg, tmp_path / "mt.py"),
                 "--no-eval"]) == 0
    tuned = tmp_path / "tuned"
    assert main(["train", "--init-from", str(tmp_path / "source"), "--workdir", str(tuned),
                 "--set", "run.steps=1", "--set", "mesh.expert=4", "--no-eval",
                 "--set", "model.moe.expert_dropout=0.3", "--set", "train.freeze=*/ffn/wi"]) == 0
    assert ((tuned / "tokenizer.model").read_bytes()
            == (tmp_path / "source" / "tokenizer.model").read_bytes())
    tuned_cfg = RunDir(str(tuned)).read_config()
    assert (tuned_cfg.mesh.expert, tuned_cfg.model.moe.expert_dropout) == (4, 0.3)
    from gshard_jax.translation.task import TranslationTask
    task = TranslationTask(tuned_cfg)
    with Checkpointer(RunDir(str(tuned)).checkpoint_dir) as ckpt:
        step0 = _flat(ckpt.restore_params(host_params_like(task.abstract_state().params), 0))
        step1 = _flat(ckpt.restore_params(host_params_like(task.abstract_state().params), 1))
    with Checkpointer(RunDir(str(tmp_path / "source")).checkpoint_dir) as ckpt:
        source = _flat(ckpt.restore_params(host_params_like(task.abstract_state().params), 2))
    for name, value in step0.items():
        np.testing.assert_array_equal(value, source[name], err_msg=name)
        if name.endswith("ffn/wi"):  # frozen MoE expert inputs: unchanged by the step
            np.testing.assert_array_equal(step1[name], value, err_msg=name)
    assert any(name.endswith("ffn/wi") for name in step0)


def test_a_damaged_newest_source_step_is_skipped_not_moved(source, tmp_path):
    src = str(tmp_path / "source")
    shutil.copytree(source["workdir"], src)
    data = os.path.join(src, "checkpoints", "3", "state", "d")
    for name in os.listdir(data):
        with open(os.path.join(data, name), "r+b") as f:
            f.truncate(os.path.getsize(os.path.join(data, name)) // 2)
    before = snapshot(src)
    workdir = str(tmp_path / "ft")
    assert main(["lm", "train", "--init-from", src, "--workdir", workdir,
                 "--set", "run.steps=1"]) == 0
    assert RunDir(workdir).read_origin()["step"] == 2
    assert snapshot(src) == before  # the source's damaged step stays where it was
