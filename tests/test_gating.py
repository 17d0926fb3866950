"""Top-2 gating equals an independent float64 loop implementation of GShard Algorithm 1."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gshard_jax.model.moe import combine_tensor
from gshard_jax.model.routing import expert_capacity, top_k_gating
from tests.reference import gshard_top2_reference, softmax64


def _random_logits(seed, G, S, E, scale=2.0):
    return np.random.default_rng(seed).normal(size=(G, S, E)).astype(np.float32) * scale


@pytest.mark.parametrize("G,S,E,capacity", [(2, 16, 4, 3), (3, 32, 8, 8), (1, 64, 8, 16), (2, 8, 2, 8)])
def test_top2_matches_reference_without_random_routing(G, S, E, capacity):
    logits = _random_logits(G * S + E, G, S, E)
    routing = top_k_gating(jnp.asarray(logits), top_k=2, capacity=capacity, rng=None)
    ref = gshard_top2_reference(logits, capacity)
    np.testing.assert_array_equal(np.asarray(routing.expert), ref["expert"])
    np.testing.assert_array_equal(np.asarray(routing.kept), ref["kept"])
    kept = ref["kept"]
    np.testing.assert_array_equal(np.asarray(routing.slot)[kept], ref["slot"][kept])
    np.testing.assert_allclose(np.asarray(routing.weight), ref["weight"], rtol=1e-5, atol=1e-6)
    combine = np.asarray(combine_tensor(routing, E, capacity))
    np.testing.assert_allclose(combine, ref["combine"], rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(combine > 0, ref["combine"] > 0)  # the dispatch mask
    np.testing.assert_allclose(float(routing.aux_loss), ref["aux_loss"], rtol=1e-5)


def test_capacity_drops_are_exercised_and_counted():
    # Skewed router: most tokens want expert 0, so first and second choices overflow.
    logits = _random_logits(7, 2, 32, 4, scale=0.5)
    logits[..., 0] += 3.0
    capacity = expert_capacity(32, 4, 2, 1.0)  # the paper's 2S/E = 16
    assert capacity == 16
    routing = top_k_gating(jnp.asarray(logits), top_k=2, capacity=capacity, rng=None)
    ref = gshard_top2_reference(logits, capacity)
    np.testing.assert_array_equal(np.asarray(routing.kept), ref["kept"])
    dropped_first = 1.0 - ref["kept"][..., 0].mean()
    assert dropped_first > 0.2
    np.testing.assert_allclose(float(routing.metrics["dropped_first"]), dropped_first, rtol=1e-6)
    # Every kept first choice precedes (has a lower slot than) every second choice of its expert.
    for g in range(2):
        for e in range(4):
            firsts = ref["slot"][g][(ref["expert"][g][:, 0] == e) & ref["kept"][g][:, 0], 0]
            seconds = ref["slot"][g][(ref["expert"][g][:, 1] == e) & ref["kept"][g][:, 1], 1]
            if len(firsts) and len(seconds):
                assert firsts.max() < seconds.min()
            np.testing.assert_array_equal(
                np.asarray(routing.slot)[g][(ref["expert"][g][:, 0] == e) & ref["kept"][g][:, 0], 0], firsts)


def test_padding_tokens_are_not_routed_and_not_counted():
    G, S, E, C = 2, 16, 4, 6
    logits = _random_logits(3, G, S, E)
    mask = np.ones((G, S), bool)
    mask[0, 10:] = False
    mask[1, ::3] = False
    routing = top_k_gating(jnp.asarray(logits), top_k=2, capacity=C,
                           token_mask_GS=jnp.asarray(mask), rng=None)
    ref = gshard_top2_reference(logits, C, token_mask_GS=mask)
    assert not np.asarray(routing.kept)[~mask].any()
    np.testing.assert_array_equal(np.asarray(routing.kept), ref["kept"])
    np.testing.assert_allclose(np.asarray(combine_tensor(routing, E, C)), ref["combine"], atol=1e-6)
    np.testing.assert_allclose(float(routing.aux_loss), ref["aux_loss"], rtol=1e-5)


def test_aux_loss_is_one_at_uniform_load():
    # Each token puts all its mass on one expert, round robin: c_e/S = m_e = 1/E.
    G, S, E = 1, 32, 4
    logits = np.full((G, S, E), -30.0, np.float32)
    logits[0, np.arange(S), np.arange(S) % E] = 30.0
    routing = top_k_gating(jnp.asarray(logits), top_k=2, capacity=S, rng=None)
    np.testing.assert_allclose(float(routing.aux_loss), 1.0, rtol=1e-5)


def test_random_routing_keep_rate_matches_expectation():
    # With capacity = S nothing overflows, so e2 is kept iff 2*g2 > U: P(keep) = 2*g2.
    G, S, E = 8, 512, 8
    logits = _random_logits(11, G, S, E, scale=1.0)
    routing = top_k_gating(jnp.asarray(logits), top_k=2, capacity=S, rng=jax.random.key(0))
    gates = softmax64(logits)
    top2 = np.sort(gates, axis=-1)[..., -2:]
    p_keep = 2 * top2[..., 0] / (top2.sum(-1) + 1e-9)
    observed = np.asarray(routing.kept)[..., 1].mean()
    expected = p_keep.mean()
    stderr = np.sqrt((p_keep * (1 - p_keep)).sum()) / p_keep.size
    assert abs(observed - expected) < 4 * stderr, (observed, expected, stderr)
    assert np.asarray(routing.kept)[..., 0].all()  # first choices are never sampled away
    # 'all' keeps every second choice even in training.
    everything = top_k_gating(jnp.asarray(logits), top_k=2, capacity=S, rng=jax.random.key(0),
                              second_expert_policy="all")
    assert np.asarray(everything.kept).all()


def test_random_routing_decisions_match_reference():
    G, S, E, C = 2, 32, 4, 10
    logits = _random_logits(5, G, S, E)
    rng = jax.random.key(42)
    routing = top_k_gating(jnp.asarray(logits), top_k=2, capacity=C, rng=rng)
    uniform = np.asarray(jax.random.uniform(rng, (G, S), jnp.float32))
    gates = softmax64(logits)
    top2 = np.sort(gates, axis=-1)[..., -2:]
    keep = 2 * top2[..., 0] / (top2.sum(-1) + 1e-9) > uniform
    ref = gshard_top2_reference(logits, C, keep_second_GS=keep)
    np.testing.assert_array_equal(np.asarray(routing.kept), ref["kept"])
    np.testing.assert_allclose(np.asarray(combine_tensor(routing, E, C)), ref["combine"], atol=1e-6)


def test_top1_uses_raw_gate_and_first_come_slots():
    G, S, E, C = 1, 16, 4, 3
    logits = _random_logits(9, G, S, E)
    routing = top_k_gating(jnp.asarray(logits), top_k=1, capacity=C, rng=None)
    gates = softmax64(logits)[0]
    fill = np.zeros(E, int)
    for s in range(S):
        e = int(np.argmax(gates[s]))
        assert int(routing.expert[0, s, 0]) == e
        assert bool(routing.kept[0, s, 0]) == (fill[e] < C)
        expected_weight = gates[s, e] if fill[e] < C else 0.0
        np.testing.assert_allclose(float(routing.weight[0, s, 0]), expected_weight, rtol=1e-5)
        fill[e] += 1


def test_capacity_formula():
    assert expert_capacity(256, 8, 2, 1.0) == 64  # 2S/E
    assert expert_capacity(256, 8, 2, 1.25) == 80
    assert expert_capacity(100, 8, 2, 1.0) == 25  # ceil(200/8)
    assert expert_capacity(8, 64, 2, 1.0, min_capacity=4) == 4
    assert expert_capacity(16, 2, 2, 4.0) == 16  # never more slots than tokens
