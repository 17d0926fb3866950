"""Every router in the sharded train step: (data=2, expert=4) equals one device; the compiled
expert-preset step runs exactly the paper's all-to-alls per MoE layer and never all-gathers
expert weights; top_k changes between steps without a new compile and then equals a run
resumed with the new k from the same checkpoint; dropless capacity compiles once and drops
nothing when every token wants one expert (on one device as the grouped matmul of
moe.expert_compute 'auto', sharded as capacity buckets).

Two configs cover the four new routers (the encoder's and the decoder's differ); gshard_top2
is tests/test_task.py's. Each compiles once per mesh, and every test shares those programs.
"""

import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gshard_jax.engine.checkpoint import Checkpointer
from gshard_jax.config import (
    Config, ConfigError, MeshConfig, ModelConfig, MoEConfig, TrainConfig, apply_overrides,
)
from gshard_jax.engine.rundir import RunDir
from gshard_jax.translation.task import TranslationTask
from tests.helpers import padded_batch

ROUTER_CONFIGS = {
    # Dynamic top-any (compiled for k <= 3, run with k = 2, then 1), z-loss on.
    "expert_choice+noisy_topk": dict(router="expert_choice", decoder_router="noisy_topk",
                                     max_top_k=3, z_loss_weight=1e-3, capacity_factor=1.5),
    # Dropless (buffers of 16, 32 or 64 slots), jitter, batch-prioritized encoder slots.
    "switch+softmax_topk_dropless": dict(router="switch", decoder_router="softmax_topk",
                                         capacity_factor=0.0, capacity_buckets=3, jitter=0.01,
                                         batch_prioritized=True, group_size=64),
}
MOE_LAYERS = 2  # one in the encoder, one in the decoder
SWITCH_AT = 2  # steps before top_k (or the router's load) changes
STEPS = 4


def _config(name, **moe_overrides):
    moe = dict(num_experts=8, group_size=16)
    moe.update(ROUTER_CONFIGS[name], **moe_overrides)
    return Config(
        model=ModelConfig(vocab_size=32, d_model=16, d_ff=32, expert_d_ff=24, num_heads=2,
                          num_encoder_layers=1, num_decoder_layers=1, moe_every=1,
                          dropout_rate=0.1, moe=MoEConfig(**moe)),
        mesh=MeshConfig(data=2, expert=4, preset="expert"),
        train=TrainConfig(warmup_steps=4, learning_rate=0.05))


def _one_device_task(cfg):
    from gshard_jax.sharding import make_mesh
    return TranslationTask(cfg, mesh=make_mesh(MeshConfig(data=1), devices=jax.devices()[:1]))


def _batch(seed=0, B=64, L=8, vocab=32):
    return padded_batch(seed, B, L, vocab)


def _adversarial(task, params):
    """Every MoE input becomes the same all-positive vector and every router prefers expert 0."""
    params = jax.device_get(params)
    for stack in ("encoder", "decoder"):
        block = params[stack][0]
        block["ffn_norm"]["scale"] = np.zeros_like(block["ffn_norm"]["scale"])
        block["ffn_norm"]["bias"] = np.ones_like(block["ffn_norm"]["bias"])
        block["ffn"]["gate"] = np.zeros_like(block["ffn"]["gate"])
        block["ffn"]["gate"][:, 0] = 1.0
    return jax.device_put(params, task.param_shardings)


def _train(task, checkpoint_dir=None):
    """STEPS steps of one jitted step function; after SWITCH_AT steps top_k drops to 1 (if it
    may change) and a dropless model gets an adversarial router. Saves a checkpoint then."""
    state = task.init_state(0)
    batch = task.shard_batch(_batch())
    losses, metrics = [], []
    for step in range(STEPS):
        if step == SWITCH_AT:
            if checkpoint_dir is not None:
                with Checkpointer(checkpoint_dir) as ckpt:
                    ckpt.save(step, state, {})
            if task.dynamic_top_k:
                task.set_top_k(1)
                batch = task.shard_batch(_batch())
            if task.cfg.model.moe.capacity_factor == 0:
                state = state.replace(params=_adversarial(task, state.params))
        state, m = task.train_step(state, batch)
        losses.append(float(m["loss"]))
        metrics.append(jax.device_get(m))
    lowered = task.train_step.lower(state, batch)
    return dict(task=task, losses=losses, metrics=metrics, params=jax.device_get(state.params),
                compiles=task.train_step._cache_size(), lowered=lowered.as_text(),
                hlo=lowered.compile().as_text())


@pytest.fixture(scope="module", params=sorted(ROUTER_CONFIGS))
def runs(request, tmp_path_factory):
    cfg = _config(request.param)
    checkpoints = tmp_path_factory.mktemp("ckpt")
    return dict(name=request.param, checkpoints=str(checkpoints),
                sharded=_train(TranslationTask(cfg)),
                single=_train(_one_device_task(cfg), checkpoint_dir=str(checkpoints)))


def test_sharded_step_equals_one_device(runs):
    sharded, single = runs["sharded"], runs["single"]
    np.testing.assert_allclose(sharded["losses"], single["losses"], rtol=2e-5)
    assert len(set(sharded["losses"])) == STEPS  # every step changed something
    for (path, a), b in zip(jax.tree_util.tree_flatten_with_path(sharded["params"])[0],
                            jax.tree.leaves(single["params"])):
        np.testing.assert_allclose(a, b, rtol=2e-4, atol=2e-6, err_msg=jax.tree_util.keystr(path))
    for name in ("aux_loss", "z_loss", "dropped", "unrouted"):
        np.testing.assert_allclose([m[name] for m in sharded["metrics"]],
                                   [m[name] for m in single["metrics"]], rtol=2e-5, atol=1e-7)
    capacity = {key: np.array([m["capacity"] for m in run["metrics"]])
                for key, run in (("sharded", sharded), ("single", single))}
    if single["task"].cfg.model.moe.capacity_factor <= 0:
        # One CPU device runs dropless as one grouped matmul (moe.expert_compute 'auto',
        # so the two runs above agree across both ways): its 'capacity' is the largest
        # load, which the sharded step's bucket holds.
        assert (capacity["single"] <= capacity["sharded"]).all(), capacity
    else:
        np.testing.assert_allclose(capacity["sharded"], capacity["single"])


def _computations(hlo):
    """{computation name: its lines} of an HLO module's text."""
    computations, name = {}, None
    for line in hlo.splitlines():
        header = re.match(r"(?:ENTRY )?%(\S+) .*\{$", line)
        if header:
            name = "ENTRY" if line.startswith("ENTRY") else header.group(1)
            computations[name] = []
        elif line == "}":
            name = None
        elif name is not None:
            computations[name].append(line)
    return computations


def _count(lines, op):
    return sum(bool(re.search(rf"\b{op}(-start)?\(", line)) for line in lines)


def executed_all_to_alls(hlo):
    """All-to-alls one step runs: those outside conditionals, plus one branch per conditional
    (each branch must hold the same number). Returns (count, per-branch counts)."""
    computations = _computations(hlo)
    branches = [re.findall(r"%([\w.\-]+)", line.split("branch_computations={")[1].split("}")[0])
                for line in computations["ENTRY"] if "branch_computations={" in line]
    in_branches = {b for group in branches for b in group}
    outside = sum(_count(lines, "all-to-all") for name, lines in computations.items()
                  if name not in in_branches)
    per_branch = [[_count(computations[b], "all-to-all") for b in group] for group in branches]
    assert all(len(set(counts)) == 1 for counts in per_branch), per_branch
    return outside + sum(counts[0] for counts in per_branch), per_branch


def test_expert_preset_runs_the_papers_all_to_alls_and_never_gathers_expert_weights(runs):
    sharded = runs["sharded"]
    executed, per_branch = executed_all_to_alls(sharded["hlo"])
    # The paper: dispatch and combine forward, and both again backward, per MoE layer.
    assert executed == 4 * MOE_LAYERS
    dropless = sharded["task"].cfg.model.moe.capacity_factor <= 0
    # Dropless: a forward and a backward conditional per layer, 3 buckets, 2 all-to-alls each.
    assert per_branch == ([[2, 2, 2]] * 2 * MOE_LAYERS if dropless else [])
    expert_shapes = {tuple(leaf.shape) for path, leaf in
                     jax.tree_util.tree_flatten_with_path(sharded["params"])[0]
                     if re.search(r"'w[io]'\]$", jax.tree_util.keystr(path))}
    for line in sharded["hlo"].splitlines():
        if re.search(r"\ball-gather(-start)?\(", line):
            shape = tuple(int(d) for d in re.search(r"\[([\d,]*)\]", line).group(1).split(",") if d)
            assert shape not in expert_shapes, line


def test_each_step_function_compiles_once(runs):
    # Across top_k 2 -> 1 (dynamic top-any) or a balanced -> adversarial load (dropless).
    assert runs["sharded"]["compiles"] == 1 and runs["single"]["compiles"] == 1


@pytest.mark.parametrize("runs", ["switch+softmax_topk_dropless"], indirect=True)
def test_dropless_drops_nothing_under_an_adversarial_router(runs):
    for run in (runs["sharded"], runs["single"]):
        for m in run["metrics"]:
            assert m["dropped"] == 0.0 and m["unrouted"] == 0.0
        # Every token on expert 0 (and expert 1 as second choice) needs all S = 64 slots.
        # (tests/test_routers.py shows the same program picking the smallest buffer.)
        assert [m["capacity"] for m in run["metrics"]][SWITCH_AT:] == [64.0] * (STEPS - SWITCH_AT)


@pytest.mark.parametrize("runs", ["expert_choice+noisy_topk"], indirect=True)
def test_top_k_switch_equals_a_run_resumed_with_the_new_k(runs):
    """A fresh task configured with top_k=1 (what --set model.moe.top_k=1 at resume builds)
    from the checkpoint written before the switch: the same losses, from the same program
    (so XLA's persistent cache serves it: no new compile across the resume either)."""
    task = _one_device_task(_config(runs["name"], top_k=1))
    with Checkpointer(runs["checkpoints"]) as ckpt:
        state, _ = ckpt.restore(task.abstract_state())
    batch = task.shard_batch(_batch())
    assert task.train_step.lower(state, batch).as_text() == runs["single"]["lowered"]
    losses = []
    for _ in range(STEPS - SWITCH_AT):
        state, metrics = task.train_step(state, batch)
        losses.append(float(metrics["loss"]))
    np.testing.assert_allclose(losses, runs["single"]["losses"][SWITCH_AT:], rtol=1e-6)
    # The decoder's tokens really went from 2 experts to 1 (the encoder's stay near 1.5).
    per_token = [m["experts_per_token"] for m in runs["single"]["metrics"]]
    assert per_token[SWITCH_AT] < per_token[SWITCH_AT - 1] - 0.3, per_token


def test_a_run_resumes_with_another_top_k_only_within_max_top_k(tmp_path):
    cfg = apply_overrides(_config("expert_choice+noisy_topk"),
                          [f"run.workdir={tmp_path}", "model.moe.top_k=3"])
    run = RunDir(str(tmp_path))
    run.save_config(cfg)
    run.check_config_matches(apply_overrides(cfg, ["model.moe.top_k=1"]))
    with pytest.raises(ConfigError, match="different 'model' config"):
        run.check_config_matches(apply_overrides(cfg, ["model.moe.top_k=2",
                                                       "model.moe.max_top_k=2"]))
    dynamic = TranslationTask(cfg)
    assert int(jnp.asarray(dynamic.shard_batch(_batch())["top_k"])) == 3
    with pytest.raises(ConfigError, match="choose top_k in 1..3"):
        dynamic.set_top_k(4)
    fixed = TranslationTask(apply_overrides(cfg, ["model.moe.max_top_k=0"]))
    with pytest.raises(ConfigError, match="set model.moe.max_top_k"):
        fixed.set_top_k(1)
    assert "top_k" not in fixed.shard_batch(_batch())
