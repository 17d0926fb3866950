"""The sharded train step with the block options equals one device: each FFN activation, RMSNorm
and RoPE, across rules presets (expert; expert_model, which splits every FFN's hidden axis over
'model'), dispatch methods, MoE execution modes and Residual-MoE/PR-MoE; the gated matrices
are split like wi (over 'expert', and 'mlp' over 'model').
"""

import jax
import numpy as np
import pytest

from gshard_jax.config import MeshConfig, MoEConfig
from gshard_jax.engine.moe_modes import moe_mode_candidates
from gshard_jax.sharding import make_mesh
from gshard_jax.translation.task import TranslationTask
from tests.helpers import padded_batch, tiny_config

# name -> (model options, mesh layout, MoE execution mode)
CASES = {
    "swiglu+rmsnorm+rope, expert, gather dispatch": (
        dict(ffn_activation="swiglu", norm="rmsnorm", positions="rope",
             moe=MoEConfig(num_experts=8, group_size=16, router="softmax_topk")),
        dict(data=2, expert=4, preset="expert"), "alltoall"),
    "geglu, Residual PR-MoE, expert_model, einsum dispatch": (
        dict(ffn_activation="geglu", moe=MoEConfig(
            num_experts=8, group_size=16, dispatch="einsum", residual="learned",
            experts_per_layer=(4, 8))),
        dict(data=2, expert=2, model=2, preset="expert_model"), "alltoall_gather_mlp"),
    "gelu+rmsnorm+rope, expert_model, allgather": (
        dict(ffn_activation="gelu", norm="rmsnorm", positions="rope",
             moe=MoEConfig(num_experts=8, group_size=16)),
        dict(data=2, expert=2, model=2, preset="expert_model"), "allgather"),
}
STEPS = 3


def _batch(seed=0, B=16, L=8, vocab=64):
    return padded_batch(seed, B, L, vocab)


def _train(task):
    state = task.init_state(0)
    batch = task.shard_batch(_batch())
    losses = []
    for _ in range(STEPS):  # dropout and random second-expert routing on
        state, metrics = task.train_step(state, batch)
        losses.append(float(metrics["loss"]))
    return losses, state.params


@pytest.mark.parametrize("case", sorted(CASES))
def test_sharded_step_with_block_options_equals_one_device(case):
    options, layout, mode = CASES[case]
    cfg = tiny_config(**layout, **options)
    sharded = TranslationTask(cfg)
    assert mode in moe_mode_candidates(sharded)
    sharded.moe_mode = mode
    losses, params = _train(sharded)
    single = TranslationTask(cfg, mesh=make_mesh(MeshConfig(data=1), devices=jax.devices()[:1]))
    ref_losses, ref_params = _train(single)
    np.testing.assert_allclose(losses, ref_losses, rtol=2e-5)
    assert len(set(losses)) == STEPS  # every step changed something
    for (path, a), b in zip(jax.tree_util.tree_flatten_with_path(params)[0],
                            jax.tree.leaves(jax.device_get(ref_params))):
        np.testing.assert_allclose(jax.device_get(a), b, rtol=2e-4, atol=2e-6,
                                   err_msg=jax.tree_util.keystr(path))
    # The third matrix is placed like the others: experts over 'expert', hidden over 'model'.
    moe = params["encoder"][1]["ffn"]
    moe = moe.get("moe", moe)
    names = ("wi", "wo") if options["ffn_activation"] == "gelu" else ("wi_gate", "wi_up", "wo")
    for name in names:
        expected = list(moe[name].shape)  # [E, M, H], or [E, H, M] for wo
        expected[0] //= layout["expert"]
        expected[1 if name == "wo" else 2] //= layout.get("model", 1)
        shard_shapes = {s.data.shape for s in moe[name].addressable_shards}
        assert shard_shapes == {tuple(expected)}, (name, shard_shapes)
