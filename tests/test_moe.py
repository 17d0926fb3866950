"""The MoE layer equals a naive per-token loop; the gather dispatch equals the einsum one."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax.config import ModelConfig, MoEConfig
from gshard_jax.model.moe import MoEFeedForward, group_tokens
from tests.reference import moe_layer_reference


def _layer(dispatch="einsum", capacity_factor=1.0, num_experts=4, group_size=16, seed=0):
    cfg = ModelConfig(d_model=16, expert_d_ff=24, moe=MoEConfig(
        num_experts=num_experts, group_size=group_size, capacity_factor=capacity_factor,
        eval_capacity_factor=capacity_factor, dispatch=dispatch))
    return MoEFeedForward(cfg, rngs=nnx.Rngs(seed))


def _inputs(seed=1, B=4, L=8, M=16):
    return jax.random.normal(jax.random.key(seed), (B, L, M), jnp.float32)


@pytest.mark.parametrize("dispatch", ["einsum", "gather"])
@pytest.mark.parametrize("capacity_factor", [0.5, 1.0, 2.0])
def test_layer_equals_per_token_loop(dispatch, capacity_factor):
    layer = _layer(dispatch, capacity_factor)
    x = _inputs()
    y, routing = layer(x)
    G, S = group_tokens(x.shape[0] * x.shape[1], 16)
    expected = moe_layer_reference(
        np.asarray(x).reshape(G, S, -1), np.asarray(routing.weight), np.asarray(routing.expert),
        np.asarray(routing.kept), np.asarray(layer.wi[...]), np.asarray(layer.wo[...]))
    np.testing.assert_allclose(np.asarray(y).reshape(G, S, -1), expected, rtol=2e-5, atol=2e-5)
    if capacity_factor < 1.0:  # the test must exercise drops
        assert not np.asarray(routing.kept).all()


@pytest.mark.parametrize("capacity_factor", [0.5, 1.25])
def test_gather_dispatch_equals_einsum_dispatch(capacity_factor):
    einsum_layer = _layer("einsum", capacity_factor, num_experts=8, group_size=32)
    gather_layer = _layer("gather", capacity_factor, num_experts=8, group_size=32)
    x = _inputs(seed=3, B=8, L=16)
    mask = jnp.arange(16)[None, :] < jnp.array([16, 9, 12, 3, 16, 16, 1, 7])[:, None]
    rng = jax.random.key(5)

    def loss(layer, x):
        y, routing = layer(x, mask, rng)
        return jnp.sum(jnp.sin(y)), (y, routing)

    (l1, (y1, r1)), g1 = nnx.value_and_grad(loss, argnums=(0, 1), has_aux=True)(einsum_layer, x)
    (l2, (y2, r2)), g2 = nnx.value_and_grad(loss, argnums=(0, 1), has_aux=True)(gather_layer, x)
    assert not np.asarray(r1.kept).all() and np.asarray(r1.kept).any()
    np.testing.assert_array_equal(np.asarray(r1.kept), np.asarray(r2.kept))
    np.testing.assert_allclose(np.asarray(y1), np.asarray(y2), rtol=1e-5, atol=1e-6)
    for a, b in zip(jax.tree.leaves(g1), jax.tree.leaves(g2)):
        np.testing.assert_allclose(np.asarray(a), np.asarray(b), rtol=1e-4, atol=1e-6)


def test_padding_tokens_get_zero_output():
    layer = _layer("einsum", 2.0)
    x = _inputs()
    mask = jnp.ones((4, 8), bool).at[1, 5:].set(False)
    y, _ = layer(x, mask)
    assert np.all(np.asarray(y)[1, 5:] == 0.0)
    assert np.all(np.abs(np.asarray(y)[1, :5]).sum(-1) > 0)


def test_group_size_must_divide_tokens():
    assert group_tokens(64, 16) == (4, 16)
    assert group_tokens(8, 16) == (1, 8)  # fewer tokens than a group: one group
    with pytest.raises(ValueError, match="group_size"):
        group_tokens(48, 32)


def test_unknown_dispatch_is_rejected():
    cfg = ModelConfig(moe=dataclasses.replace(MoEConfig(), dispatch="magic"))
    with pytest.raises(ValueError, match="dispatch"):
        MoEFeedForward(cfg, rngs=nnx.Rngs(0))
