"""The levers of large models, each against the existing path on 8 simulated devices:
scanned layers, rematerialisation, gradient accumulation and fully sharded weights.

Every lever computes the same step another way, so each is compared with the plain step
(unrolled, no remat, one batch) under every sharding preset; the compiled HLO shows no
all-to-all repeats under remat; checkpoints convert between the unrolled and scanned layouts.
"""

import dataclasses
import re

import jax
import numpy as np
import pytest
from flax import nnx

from gshard_jax.config import ConfigError, LMConfig, LMModelConfig, MeshConfig, MoEConfig, TrainConfig
from gshard_jax.engine.checkpoint import CheckpointError, Checkpointer
from gshard_jax.lm.task import LMTask
from gshard_jax.model.stack import scan_params, unscan_params
from gshard_jax.sharding.partition import ShardingError
from gshard_jax.translation.task import TranslationTask
from gshard_jax.translation.translate import translate_ids
from tests.helpers import PRESET_MESHES, padded_batch, tiny_config

LAYOUTS = PRESET_MESHES
# Under every preset the levers together (remat inside the layer scan, inside the microbatch
# scan), the remat policy alternating so that each policy meets an expert-parallel and a fully
# sharded layout ('full' also the data preset, 'dots' also expert_model); under the expert
# preset each lever alone too, so a failure names its lever. A compile per cell, plus one plain
# step per preset, keeps this to 13 of them.
TOGETHER = {
    "scan+remat_full+microbatches_2": dict(model=dict(scan_layers=True, remat="full"),
                                           train=dict(microbatches=2)),
    "scan+remat_dots+microbatches_2": dict(model=dict(scan_layers=True, remat="dots"),
                                           train=dict(microbatches=2)),
}
ALONE = {
    "remat_dots": dict(model=dict(remat="dots")),
    "scan": dict(model=dict(scan_layers=True)),
    "microbatches_2": dict(train=dict(microbatches=2)),
}
LEVERS = {**TOGETHER, **ALONE}
CELLS = [("data", "scan+remat_full+microbatches_2"),
         ("expert", "scan+remat_full+microbatches_2"),
         ("expert_model", "scan+remat_dots+microbatches_2"),
         ("fsdp", "scan+remat_dots+microbatches_2"),
         ("expert_fsdp", "scan+remat_full+microbatches_2")] + [("expert", lever) for lever in ALONE]
STEPS = 2
# Mixtral's block (gated FFN, RMSNorm, rotary positions) inside the scanned stack as well.
BLOCKS = {"gshard": {}, "mixtral": dict(ffn_activation="swiglu", norm="rmsnorm", positions="rope")}


def _with(cfg, model=None, train=None, moe=None):
    m = dataclasses.replace(cfg.model, **(model or {}))
    if moe:
        m = dataclasses.replace(m, moe=dataclasses.replace(m.moe, **moe))
    return dataclasses.replace(cfg, model=m, train=dataclasses.replace(cfg.train, **(train or {})))


def _deterministic(preset, **layout):
    """4+4 layers (two scan periods per stack); no dropout and no random second expert, so
    a step split into microbatches draws nothing the whole step would draw differently."""
    cfg = tiny_config(preset=preset, dropout_rate=0.0, num_encoder_layers=4,
                      num_decoder_layers=4, **layout)
    return _with(cfg, moe=dict(second_expert_policy="all", group_size=8))


def _batch(seed=0, B=16, L=8, vocab=64):
    return padded_batch(seed, B, L, vocab)


def _train(task):
    """Two steps from seed 0: (losses, last metrics, unrolled params, compiled HLO text,
    unrolled initial params)."""
    state = task.init_state(0)
    initial = jax.device_get(state.params)
    batch = task.shard_batch(_batch())
    step = task.train_step.lower(state, batch).compile()
    losses = []
    for _ in range(STEPS):
        state, metrics = step(state, batch)
        losses.append(float(metrics["loss"]))
    params = jax.device_get(state.params)
    if task.cfg.model.scan_layers:
        params, initial = (unscan_params(p, task.stacks) for p in (params, initial))
    return losses, jax.device_get(metrics), params, step.as_text(), initial


@pytest.fixture(scope="module")
def runs():
    out = {}
    for preset, layout in LAYOUTS.items():
        base = _deterministic(preset, **layout)
        out[preset, "plain"] = _train(TranslationTask(base))
    for preset, lever in CELLS:
        out[preset, lever] = _train(TranslationTask(_with(_deterministic(preset, **LAYOUTS[preset]),
                                                      **LEVERS[lever])))
    return out


@pytest.mark.parametrize("preset, lever", CELLS)
def test_lever_equals_the_plain_step(preset, lever, runs):
    ref_losses, ref_metrics, ref_params, _, initial = runs[preset, "plain"]
    losses, metrics, params, *_ = runs[preset, lever]
    np.testing.assert_allclose(losses, ref_losses, rtol=2e-5)
    assert losses[1] != losses[0]  # the update happened
    for key in ("ce", "tokens", "aux_loss", "grad_norm"):
        np.testing.assert_allclose(metrics[key], ref_metrics[key], rtol=2e-5, err_msg=key)
    np.testing.assert_allclose(metrics["expert_load"], ref_metrics["expert_load"], atol=1e-6)
    flat, _ = jax.tree_util.tree_flatten_with_path(params)
    assert jax.tree.structure(params) == jax.tree.structure(ref_params)
    for (path, a), b, b0 in zip(flat, jax.tree.leaves(ref_params), jax.tree.leaves(initial)):
        # Adafactor normalises each weight's update by its gradient's size, so gradients at
        # float32-noise level (sharded contractions add in another order) reach a few weights
        # (seen under fsdp with remat=dots: 3 of 1,024 weights, by 5e-5 to 4e-3);
        # a real difference moves many.
        close = np.isclose(a, b, rtol=2e-4, atol=2e-6)
        assert close.mean() >= 0.99, (jax.tree_util.keystr(path), int((~close).sum()))
        # ...and a flipped step at most doubles how far the steps moved a weight.
        bound = 2 * float(np.max(np.abs(b - b0))) + 1e-6
        np.testing.assert_allclose(a, b, rtol=0, atol=bound, err_msg=jax.tree_util.keystr(path))


def _all_to_alls(hlo):
    return [line for line in hlo.splitlines() if re.search(r"\ball-to-all(-start)?\(", line)]


@pytest.mark.parametrize("lever", ["plain", "remat_dots", "scan+remat_full+microbatches_2", "scan"])
def test_remat_never_repeats_an_all_to_all(lever, runs):
    hlo = runs["expert", lever][3]
    per_layer = 4  # dispatch and combine forward, their transposes backward (the paper's 4)
    # Unrolled: every MoE layer is in the program; scanned: each stack's loop body holds one
    # period, i.e. one MoE layer, whatever the depth.
    moe_layers_in_program = 2 if "scan" in lever else 4
    assert len(_all_to_alls(hlo)) == per_layer * moe_layers_in_program


def test_remat_full_recomputes_and_keeps_gradients():
    """With dropout and random routing on: the remat policies give the plain gradients (the
    recomputation draws the same random numbers), and 'full' really rematerialises."""
    cfg = tiny_config(preset="expert", data=2, expert=4)
    batch = {k: jax.numpy.asarray(v) for k, v in _batch().items()}
    rng = jax.random.key(3)
    grads, jaxprs = {}, {}
    for remat in ("none", "full", "dots"):
        task = TranslationTask(_with(cfg, model=dict(remat=remat)))
        params = task.init_state(0).params
        with task.sharding_context():
            fn = jax.grad(task.loss, has_aux=True)
            grads[remat] = jax.device_get(jax.jit(fn)(params, batch, rng)[0])
            jaxprs[remat] = str(jax.make_jaxpr(fn)(params, batch, rng))
    for remat in ("full", "dots"):
        for a, b in zip(jax.tree.leaves(grads[remat]), jax.tree.leaves(grads["none"])):
            np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)
    assert "checkpoint" not in jaxprs["none"] and "remat" not in jaxprs["none"]
    assert jaxprs["full"].count("checkpoint") + jaxprs["full"].count("remat") >= 4


def test_scanned_model_starts_from_the_unrolled_weights_and_draws_the_same_numbers():
    """Same init (converted), and with dropout and random routing on, the same loss and
    gradients: layer i gets the same keys in both layouts. Mixtral's block (its gated FFN's
    third matrix, RMSNorm, RoPE); the keys are the stack's, not the block's, and GShard's
    block starts from the same weights in both layouts in the 'scan' cell above."""
    cfg = tiny_config(preset="expert", data=2, expert=4, num_encoder_layers=4, num_decoder_layers=4,
                      **BLOCKS["mixtral"])
    plain, scanned = TranslationTask(cfg), TranslationTask(_with(cfg, model=dict(scan_layers=True)))
    p_plain = jax.device_get(plain.init_state(0).params)
    p_scanned = jax.device_get(scanned.init_state(0).params)
    as_scanned = scan_params(p_plain, plain.stacks, 2)
    assert jax.tree.structure(as_scanned) == jax.tree.structure(p_scanned)
    for a, b in zip(jax.tree.leaves(as_scanned), jax.tree.leaves(p_scanned)):
        np.testing.assert_array_equal(a, b)
    stacked = p_scanned["encoder"]["repeated"][1]["ffn"]["wi_gate"]
    assert stacked.shape[0] == 2  # two periods of (dense, MoE)
    assert scanned.param_logical["encoder"]["repeated"][1]["ffn"]["wi_gate"][0] == "layers"
    batch = {k: jax.numpy.asarray(v) for k, v in _batch().items()}
    rng = jax.random.key(7)
    out = {}
    for name, task, params in (("plain", plain, p_plain), ("scanned", scanned, p_scanned)):
        with task.sharding_context():
            grads, metrics = jax.jit(jax.grad(task.loss, has_aux=True))(params, batch, rng)
        if name == "scanned":
            grads = unscan_params(jax.device_get(grads), task.stacks)
        out[name] = (jax.device_get(grads), jax.device_get(metrics))
    np.testing.assert_allclose(out["scanned"][1]["loss"], out["plain"][1]["loss"], rtol=1e-6)
    np.testing.assert_allclose(out["scanned"][1]["aux_loss_by_layer"],
                               out["plain"][1]["aux_loss_by_layer"], rtol=1e-6)
    for a, b in zip(jax.tree.leaves(out["scanned"][0]), jax.tree.leaves(out["plain"][0])):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("block", BLOCKS)
def test_scanned_lm_equals_unrolled(block):
    cfg = LMConfig(model=LMModelConfig(d_model=32, num_heads=4, num_layers=4, d_ff=64,
                                       expert_d_ff=32, block_size=16, moe_every=2, **BLOCKS[block],
                                       moe=MoEConfig(num_experts=4, group_size=32)),
                   mesh=MeshConfig(data=2, expert=4))
    scan_cfg = dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, scan_layers=True,
                                                                   remat="full"))
    plain, scanned = LMTask(cfg, 20), LMTask(scan_cfg, 20)
    rng = np.random.default_rng(0)
    tokens = rng.integers(0, 20, (8, 17))
    batch = {"inputs": jax.numpy.asarray(tokens[:, :-1]), "targets": jax.numpy.asarray(tokens[:, 1:])}
    p_plain = plain.init_state(0).params
    losses = []
    for task, params in ((plain, p_plain), (scanned, scanned.init_state(0).params)):
        with task.sharding_context():
            losses.append(float(jax.jit(task.loss)(params, batch, jax.random.key(1))[0]))
    np.testing.assert_allclose(losses[1], losses[0], rtol=1e-6)


# Each block with one search: beam search (which reorders the stacked caches) in one, greedy in
# the other; the cache's layout is the same for both blocks.
@pytest.mark.parametrize("block, beam", [("gshard", 3), ("mixtral", 1)])
def test_decoding_with_scanned_layers_equals_unrolled(block, beam):
    """Search through the key/value cache: the same translations in both layouts."""
    # Mixtral's block with its own output projection: with the shared table an untrained
    # RMSNorm decoder echoes its start token (test_block_options_decoding.py).
    untied = dict(share_embeddings=False) if block == "mixtral" else {}
    cfg = tiny_config(preset="expert", data=2, expert=4, num_encoder_layers=2, num_decoder_layers=2,
                      **BLOCKS[block], **untied)
    plain, scanned = TranslationTask(cfg), TranslationTask(_with(cfg, model=dict(scan_layers=True)))
    params = plain.init_state(0).params
    params_scanned = jax.device_put(scan_params(jax.device_get(params), plain.stacks, 2),
                                    scanned.param_shardings)
    sources = [list(np.random.default_rng(i).integers(3, 64, 5 + i)) + [1] for i in range(6)]
    a = translate_ids(plain, params, sources, beam_size=beam, alpha=0.6, max_len=12)
    b = translate_ids(scanned, params_scanned, sources, beam_size=beam, alpha=0.6, max_len=12)
    assert a == b
    assert any(len(x) > 1 for x in a)


@pytest.mark.parametrize("optimizer", ["adafactor", "adam"])
def test_checkpoints_restore_across_layouts(tmp_path, optimizer):
    """A state written unrolled restores scanned and back, optimiser state included, and the
    restored scanned run's next step equals the unrolled run's."""
    cfg = _with(_deterministic("expert", data=2, expert=4), train=dict(optimizer=optimizer))
    plain = TranslationTask(cfg)
    scanned = TranslationTask(_with(cfg, model=dict(scan_layers=True)))
    batch = plain.shard_batch(_batch())
    state, _ = plain.train_step(plain.init_state(0), batch)
    with Checkpointer(str(tmp_path / "plain")) as ckpt:
        ckpt.save(1, state, {"position": 1})
    with Checkpointer(str(tmp_path / "plain")) as ckpt:
        with pytest.raises(CheckpointError) as refused:  # the own layout does not fit...
            ckpt.restore_newest_readable(scanned.abstract_state())
        restored, data_state = scanned.restore_other_layout(ckpt, refused.value)  # ...the other does
    assert data_state == {"position": 1}
    expected = scan_params(jax.device_get(state.params), plain.stacks, 2)
    for a, b in zip(jax.tree.leaves(jax.device_get(restored.params)), jax.tree.leaves(expected)):
        np.testing.assert_array_equal(a, b)
    _, m_plain = plain.train_step(state, batch)
    restored, m_scanned = scanned.train_step(restored, batch)
    np.testing.assert_allclose(float(m_scanned["loss"]), float(m_plain["loss"]), rtol=1e-6)
    # ...and back: the scanned state restores unrolled.
    with Checkpointer(str(tmp_path / "scanned")) as ckpt:
        ckpt.save(2, restored, {})
    with Checkpointer(str(tmp_path / "scanned")) as ckpt:
        back, _ = plain.restore_other_layout(ckpt, CheckpointError("unused"))
    for a, b in zip(jax.tree.leaves(jax.device_get(back.params)),
                    jax.tree.leaves(unscan_params(jax.device_get(restored.params), plain.stacks))):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("preset, expert_shard", [("fsdp", (8, 4, 48)), ("expert_fsdp", (2, 16, 48))])
def test_fsdp_splits_weights_and_their_optimizer_state_over_every_device(preset, expert_shard):
    """8 devices (data 2 x expert 4): a dense weight's 'embed' dimension splits 8 ways, and so
    does its optimiser statistic; an expert weight [E=8, M=32, H=48] splits 8 ways too (fsdp:
    its 'embed' over all devices; expert_fsdp: experts over 'expert', 'embed' over 'data')."""
    task = TranslationTask(tiny_config(preset=preset, data=2, expert=4))
    state = task.abstract_state()
    shard = lambda leaf: leaf.sharding.shard_shape(leaf.shape)  # noqa: E731
    assert shard(state.params["src_embed"]["table"]) == (64, 32 // 8)
    assert shard(state.params["encoder"][0]["ffn"]["wi"]) == (32 // 8, 64)
    assert shard(state.params["encoder"][1]["ffn"]["wi"]) == expert_shard
    same_shape = [leaf for leaf in jax.tree.leaves(state.opt_state)
                  if getattr(leaf, "shape", None) == (32, 64)]
    assert same_shape and all(shard(leaf) == (4, 64) for leaf in same_shape)


def test_dense_bytes_per_device_fall_as_one_over_devices():
    """shard-report's per-device bytes: dense weights + optimiser state / devices under fsdp."""
    def per_device(task, dense_only=True):
        state = task.abstract_state()
        total = 0
        for path, leaf in jax.tree_util.tree_flatten_with_path((state.params, state.opt_state))[0]:
            if not hasattr(leaf, "sharding"):
                continue
            if dense_only and "'ffn'" in jax.tree_util.keystr(path) and leaf.ndim == 3:
                continue  # expert weights
            total += np.prod(leaf.sharding.shard_shape(leaf.shape)) * leaf.dtype.itemsize
        return total

    replicated = per_device(TranslationTask(tiny_config(preset="expert", data=2, expert=4)))
    sharded = per_device(TranslationTask(tiny_config(preset="fsdp", data=2, expert=4)))
    # Leaves without an 'embed' dimension (biases, factored statistics, counts) stay whole.
    assert sharded < replicated / 6


def test_the_microbatch_lever_builds_on_the_default_config():
    """`gshard-jax train --set train.microbatches=2`: the default's groups of 256 tokens (one
    per device for a 2,048-token batch) do not split a 1,024-token microbatch over 8 devices,
    so the groups follow the microbatch, each device's share one group; every bucket's step
    traces (nothing runs)."""
    from gshard_jax.cli import DEFAULT_TRAIN_CONFIG
    from gshard_jax.config import Config, apply_overrides, load_config_file
    from gshard_jax.data.batching import BatchConfig, batch_size

    default = load_config_file(DEFAULT_TRAIN_CONFIG, Config)
    task = TranslationTask(apply_overrides(default, ["train.microbatches=2"]))
    batching = BatchConfig(bucket_lengths=tuple(default.data.bucket_lengths),
                           tokens_per_batch=default.data.tokens_per_batch,
                           batch_multiple=task.data_shards)
    shapes = [(batch_size(length, batching), length) for length in default.data.bucket_lengths]
    task.check_buildable(shapes)
    for rows, length in shapes:
        per_device = rows // 2 * length // task.group_shards
        assert per_device < default.model.moe.group_size
        assert task.moe_group_size((rows // 2, length)) == per_device
    # Without microbatches, or where the configured groups split, the configured size stands.
    assert TranslationTask(default).moe_group_size(shapes[0]) is None
    assert task.moe_group_size((shapes[0][0] * 2, shapes[0][1])) is None


def test_microbatches_must_divide_the_rows_over_the_data_shards():
    task = TranslationTask(_with(tiny_config(preset="expert", data=2, expert=4), train=dict(microbatches=3)))
    with pytest.raises(ShardingError, match="microbatches=3"):
        task.shard_batch(_batch(B=16))


@pytest.mark.parametrize("change, message", [
    (dict(model=dict(scan_layers=True, num_encoder_layers=3)), "not a multiple of 2"),
    (dict(model=dict(scan_layers=True), moe=dict(experts_per_layer=(4, 8, 4, 8))), "PR-MoE"),
    (dict(model=dict(remat="everything")), "remat"),
    (dict(train=dict(microbatches=0)), "microbatches"),
])
def test_bad_lever_settings_are_refused(change, message):
    cfg = tiny_config(num_encoder_layers=4, num_decoder_layers=4)
    with pytest.raises(ConfigError, match=message):
        _with(cfg, **change)


def test_layerwise_adafactor_updates_each_layer_of_a_stacked_weight_as_adafactor_does():
    """Three layers of [M=160, H=192] (big enough to factor): the stacked weight's update
    equals optax.adafactor's on each layer alone, over three steps."""
    import optax

    from gshard_jax.engine.optim import layerwise_adafactor, learning_rate_schedule

    schedule = learning_rate_schedule(TrainConfig(learning_rate=0.05, warmup_steps=2))
    rng = np.random.default_rng(0)
    layers = [{"w": rng.normal(size=(160, 192)).astype(np.float32) * (i + 1),
               "b": rng.normal(size=(192,)).astype(np.float32)} for i in range(3)]
    grads = [[{k: rng.normal(size=v.shape).astype(np.float32) * (i + 1) for k, v in layer.items()}
              for i, layer in enumerate(layers)] for _ in range(3)]
    stacked = jax.tree.map(lambda *xs: np.stack(xs), *layers)
    mask = {"w": True, "b": True}
    tx, reference = layerwise_adafactor(schedule, mask, None), optax.adafactor(schedule)
    state = tx.init(stacked)
    states = [reference.init(layer) for layer in layers]
    for step_grads in grads:
        updates, state = tx.update(jax.tree.map(lambda *xs: np.stack(xs), *step_grads), state, stacked)
        stacked = optax.apply_updates(stacked, updates)
        for i in range(3):
            u, states[i] = reference.update(step_grads[i], states[i], layers[i])
            layers[i] = optax.apply_updates(layers[i], u)
    for i in range(3):
        for key in ("w", "b"):
            np.testing.assert_allclose(stacked[key][i], layers[i][key], rtol=1e-5, atol=1e-6)
    # Unstacked, it is optax.adafactor itself (same state structure, same numbers).
    plain = layerwise_adafactor(schedule, {"w": False, "b": False}, None)
    p0 = {"w": layers[0]["w"], "b": layers[0]["b"]}
    a, _ = plain.update(grads[0][0], plain.init(p0), p0)
    b, _ = optax.adafactor(schedule).update(grads[0][0], optax.adafactor(schedule).init(p0), p0)
    assert jax.tree.structure(plain.init(p0)) == jax.tree.structure(optax.adafactor(schedule).init(p0))
    for x, y in zip(jax.tree.leaves(a), jax.tree.leaves(b)):
        np.testing.assert_allclose(x, y, rtol=1e-6)


def test_a_run_changes_layout_between_commands(tmp_path, capsys):
    """Trained unrolled; translated scanned (the same translations); resumed scanned with
    remat and microbatches; translated unrolled again from the scanned checkpoint."""
    from gshard_jax.cli import main
    from gshard_jax.engine.rundir import RunDir
    from tests.helpers import toy_train_config, write_config_file, write_toy_corpus

    corpus = write_toy_corpus(tmp_path / "toy.tsv")
    cfg = toy_train_config(corpus, tmp_path / "run", 2, cache_dir=tmp_path / "cache")
    config_file = write_config_file(cfg, tmp_path / "c.py")
    assert main(["train", "--no-eval", "--config", config_file]) == 0
    (tmp_path / "in.txt").write_text("the red dog eats\nthe big house\n")
    translate = ["translate", "--workdir", str(tmp_path / "run"), "--input", str(tmp_path / "in.txt")]
    capsys.readouterr()
    assert main(translate) == 0
    unrolled = capsys.readouterr().out
    assert main(translate + ["--set", "model.scan_layers=true"]) == 0
    assert capsys.readouterr().out == unrolled
    assert main(["train", "--no-eval", "--config", config_file, "--set", "run.steps=4",
                 "--set", "model.scan_layers=true", "--set", "model.remat=full",
                 "--set", "train.microbatches=2", "--set", "data.tokens_per_batch=512"]) == 0
    steps = [r["step"] for r in RunDir(str(tmp_path / "run")).metrics() if "loss" in r]
    assert steps[-1] == 4 and steps.count(3) == 1
    assert main(translate) == 0  # the newest checkpoint was written scanned
    assert len(capsys.readouterr().out.splitlines()) == 2
