"""Dropless experts as one grouped matmul (model/grouped.py): the tiled matmul and ragged_dot
(weight gradient from XLA or megablox's TPU kernel, interpreted) equal a float64 per-segment
product, values and gradients; the sorted rows equal a loop's
placement; the layer equals the capacity-bucket layer (values, gradients, metrics) and the
float64 per-token loop; 'auto' picks the grouped matmul on one CPU device only."""

import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax.config import MeshConfig, ModelConfig, MoEConfig
from gshard_jax.model import grouped
from gshard_jax.model.moe import MoEFeedForward
from gshard_jax.sharding import activation_sharding, get_rules, make_mesh
from tests.reference import moe_layer_reference

TILE = grouped.TILE_ROWS
# An empty expert, single tiles, and one segment of a whole chunk plus a tile (both loops).
ROWS_E = (2 * TILE, 0, TILE, (grouped.CHUNK_TILES + 1) * TILE)


def _segment_reference(x_RI, w_EIO, rows_E):
    """float64: each row times its segment's expert weights; rows past the segments zero."""
    x, w = np.asarray(x_RI, np.float64), np.asarray(w_EIO, np.float64)
    y = np.zeros((x.shape[0], w.shape[2]))
    ends = np.cumsum(rows_E)
    for e, (start, end) in enumerate(zip(ends - np.asarray(rows_E), ends)):
        y[start:end] = x[start:end] @ w[e]
    return y


# The tiled matmul, and ragged_dot with its weight gradient from XLA and from megablox's TPU
# kernel (in Pallas's interpreter).
MATMULS = {
    "tiles": lambda x, w, rows: grouped.grouped_matmul(x, w, rows, "tiles"),
    "ragged_dot": lambda x, w, rows: grouped.grouped_matmul(x, w, rows, "ragged_dot"),
    "ragged_dot_megablox": lambda x, w, rows: grouped._ragged_matmul(x, w, rows,
                                                                     "megablox_interpret"),
}


@pytest.mark.parametrize("name", sorted(MATMULS))
def test_grouped_matmul_and_its_gradients_equal_a_float64_product_per_segment(name):
    rows_E = np.asarray(ROWS_E, np.int32)
    R = int(rows_E.sum()) + 128  # rows past the segments (must come out zero); megablox's
    keys = jax.random.split(jax.random.key(0), 3)  # kernel wants R, I, O in tiles of 128
    x = jax.random.normal(keys[0], (R, 128))
    w = jax.random.normal(keys[1], (4, 128, 128))
    d_y = jax.random.normal(keys[2], (R, 128))
    y, vjp = jax.vjp(lambda x, w: MATMULS[name](x, w, jnp.asarray(rows_E)), x, w)
    np.testing.assert_allclose(y, _segment_reference(x, w, rows_E), rtol=1e-4, atol=1e-4)
    d_x, d_w = vjp(d_y)
    # The same products' gradients, from the float64 reference's own definition.
    d_x_ref = np.zeros(x.shape)
    d_w_ref = np.zeros(w.shape)
    ends = np.cumsum(rows_E)
    x64, w64, d_y64 = (np.asarray(a, np.float64) for a in (x, w, d_y))
    for e, (start, end) in enumerate(zip(ends - rows_E, ends)):
        d_x_ref[start:end] = d_y64[start:end] @ w64[e].T
        d_w_ref[e] = x64[start:end].T @ d_y64[start:end]
    np.testing.assert_allclose(d_x, d_x_ref, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(d_w, d_w_ref, rtol=1e-4, atol=1e-3)


def test_the_tile_shrinks_only_where_its_padding_would_outweigh_the_rows():
    assert grouped.tile_rows(16384, 8) == grouped.TILE_ROWS  # B5
    assert grouped.tile_rows(8, 8) == 1  # a decoding step: 4 tokens, top-2
    assert grouped.tile_rows(100, 8) == 8  # the largest power of two <= 100 // 8


def test_sorted_rows_place_every_kept_choice_as_a_loop_does():
    rng = np.random.default_rng(0)
    G, S, K, E, tile = 3, 10, 2, 4, 4
    expert = rng.integers(0, E, (G, S, K)).astype(np.int32)
    expert[..., 1] = (expert[..., 0] + 1 + rng.integers(0, E - 1, (G, S))) % E  # 2 distinct
    kept = rng.random((G, S, K)) < 0.8
    # The routers' slots: the kept choices of (g, e) numbered 0.. in k-major token order.
    slot = np.zeros((G, S, K), np.int32)
    for g in range(G):
        seen = np.zeros(E, int)
        for k in range(K):
            for s in range(S):
                if kept[g, s, k]:
                    slot[g, s, k], seen[expert[g, s, k]] = seen[expert[g, s, k]], seen[expert[g, s, k]] + 1
    rows = grouped.sorted_rows(jnp.asarray(expert), jnp.asarray(slot), jnp.asarray(kept), E, tile)
    counts = np.bincount(expert[kept], minlength=E)
    padded = -(-counts // tile) * tile
    assert np.asarray(rows.rows_E).tolist() == padded.tolist()
    assert rows.num_rows >= padded.sum() and rows.num_rows % tile == 0
    row = np.asarray(rows.row_GSK)
    assert (row[~kept] == rows.num_rows).all()
    # A loop: expert by expert, group by group, slot by slot, each segment tile-padded.
    expected, next_row = {}, 0
    for e in range(E):
        for g in range(G):
            for _, s, k in sorted((slot[g, s, k], s, k) for s in range(S) for k in range(K)
                                  if kept[g, s, k] and expert[g, s, k] == e):
                expected[g, s, k] = next_row
                next_row += 1
        next_row = -(-next_row // tile) * tile
    assert {tuple(int(i) for i in index): int(row[tuple(index)])
            for index in np.argwhere(kept)} == expected


def _layer(method, activation="relu", capacity_factor=0.0, **moe):
    cfg = ModelConfig(d_model=16, expert_d_ff=24, ffn_activation=activation, moe=MoEConfig(
        num_experts=4, group_size=16, capacity_factor=capacity_factor, capacity_buckets=3,
        expert_compute=method, **moe))
    return MoEFeedForward(cfg, rngs=nnx.Rngs(0))


def _value_and_grads(layer, x, mask):
    graphdef, params = nnx.split(layer, nnx.Param)

    def loss(params, x):
        y, routing = nnx.merge(graphdef, params)(x, mask, jax.random.key(3))
        return jnp.sum(y * jnp.sin(y)) + routing.aux_loss, (y, routing)

    return jax.jit(jax.value_and_grad(loss, argnums=(0, 1), has_aux=True))(params, x)


@pytest.mark.parametrize("method,activation,capacity_factor", [
    ("grouped", "relu", 0.0), ("ragged_dot", "swiglu", 0.0),
    ("grouped", "swiglu", -1.0),  # Tutel's dynamic capacity: drops above cf 1's C
    ("grouped", "relu", 1.0),     # a fixed capacity: the same drops, no empty slots computed
])
def test_layer_equals_the_bucket_layer_and_the_per_token_loop(method, activation,
                                                              capacity_factor):
    x = jax.random.normal(jax.random.key(1), (8, 8, 16)) + 0.3  # a skew: uneven loads
    mask = jnp.ones((8, 8), bool).at[2, 3:].set(False)
    (loss, (y, routing)), grads = _value_and_grads(
        _layer(method, activation, capacity_factor), x, mask)
    (loss_ref, (y_ref, routing_ref)), grads_ref = _value_and_grads(
        _layer("buckets", activation, capacity_factor), x, mask)
    np.testing.assert_allclose(y, y_ref, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(loss, loss_ref, rtol=1e-6)
    for a, b in zip(jax.tree.leaves(grads), jax.tree.leaves(grads_ref)):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)
    assert not np.asarray(y)[2, 3:].any()
    kept = np.asarray(routing.kept)
    # The metric: the largest (group, expert) load, which the bucket layer's buffer holds;
    # at a fixed capacity, that capacity.
    load = max(np.bincount(e[k], minlength=4).max()
               for e, k in zip(np.asarray(routing.expert), kept))
    if capacity_factor > 0:
        assert float(routing.metrics["capacity"]) == float(routing_ref.metrics["capacity"]) >= load
    else:
        assert float(routing.metrics["capacity"]) == load <= float(routing_ref.metrics["capacity"])
    if capacity_factor != 0:
        assert float(routing.metrics["dropped"]) > 0
    if activation == "relu":
        layer = _layer(method, capacity_factor=capacity_factor)
        expected = moe_layer_reference(
            np.asarray(x).reshape(4, 16, 16), np.asarray(routing.weight),
            np.asarray(routing.expert), kept, np.asarray(layer.wi[...]), np.asarray(layer.wo[...]))
        np.testing.assert_allclose(np.asarray(y).reshape(4, 16, 16), expected, rtol=2e-5, atol=2e-5)


def _primitives(layer, x):
    """The names of the primitives in the layer's program (jaxpr text: `name[params]`)."""
    graphdef, params = nnx.split(layer)
    text = str(jax.make_jaxpr(lambda p, x: nnx.merge(graphdef, p)(x, None, jax.random.key(0)))(
        params, x))
    return set(re.findall(r"= (\w+)\[", text))


def test_auto_runs_the_grouped_matmul_on_one_cpu_device_and_buckets_under_a_mesh():
    x = jax.random.normal(jax.random.key(1), (8, 8, 16))
    layer = _layer("auto")
    one_device = make_mesh(MeshConfig(data=1, expert=1, model=1), devices=jax.devices()[:1])
    with activation_sharding(one_device, get_rules("expert")):
        primitives = _primitives(layer, x)
        assert "while" in primitives and "cond" not in primitives  # no bucket switch
        # A fixed capacity takes it too with the gather dispatch; the paper's einsums keep
        # their buffers.
        assert "while" in _primitives(_layer("auto", capacity_factor=1.0), x)
        assert "while" not in _primitives(
            _layer("auto", capacity_factor=1.0, dispatch="einsum"), x)
    with activation_sharding(make_mesh(MeshConfig(data=2, expert=4, preset="expert")),
                             get_rules("expert")):
        assert layer.expert_compute(dynamic=True) == "buckets"
        assert "cond" in _primitives(layer, x)
    # Outside a step in a process that sees 8 devices the arrays may be split over them (a
    # model called eagerly on a sharded batch): buffers, never a data-dependent loop.
    assert jax.device_count() > 1 and "while" not in _primitives(layer, x)


def test_grouped_layer_under_an_expert_parallel_mesh_equals_one_device():
    """Explicitly chosen under a mesh, the grouped matmul replicates its buffer (no expert
    parallelism) and still gives the one-device values and gradients."""
    x = jax.random.normal(jax.random.key(1), (8, 8, 16)) + 0.3
    graphdef, params = nnx.split(_layer("grouped"), nnx.Param)
    mesh = make_mesh(MeshConfig(data=2, expert=4, preset="expert"))

    def loss(params, x, rules=None):
        if rules is None:
            y, _ = nnx.merge(graphdef, params)(x, None, jax.random.key(3))
        else:
            with activation_sharding(mesh, rules):
                y, _ = nnx.merge(graphdef, params)(x, None, jax.random.key(3))
        return jnp.sum(y * jnp.sin(y))

    one_device = jax.jit(jax.value_and_grad(loss, argnums=(0, 1)))(params, x)
    sharded = jax.jit(jax.value_and_grad(
        lambda p, x: loss(p, x, get_rules("expert")), argnums=(0, 1)))(params, x)
    np.testing.assert_allclose(sharded[0], one_device[0], rtol=1e-5)
    for a, b in zip(jax.tree.leaves(sharded[1]), jax.tree.leaves(one_device[1])):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)
