"""Transformer-level properties: the 600B shape builds abstractly with the analytic size;
decoding contract (masked future positions do not matter); causality; dense baseline."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

from gshard_jax.config import ModelConfig, MoEConfig
from gshard_jax.model.size import parameter_counts
from gshard_jax.model.transformer import Transformer, shift_right
from tests.helpers import tiny_config


def test_gshard_600b_shape_builds_abstractly_with_its_parameter_count():
    cfg = ModelConfig(vocab_size=64000, d_model=1024, d_ff=8192, expert_d_ff=8192, num_heads=16,
                      num_encoder_layers=18, num_decoder_layers=18,
                      moe=MoEConfig(num_experts=2048, group_size=1024))
    model = nnx.eval_shape(lambda: Transformer(cfg, rngs=nnx.Rngs(0)))
    counted = sum(x.size for x in jax.tree.leaves(nnx.state(model, nnx.Param)))
    # Independent tally: 9 MoE layers per stack, each 2048 experts of 2*1024*8192 weights.
    experts = 18 * 2048 * 2 * 1024 * 8192
    assert counted == parameter_counts(cfg)["total"]
    assert experts < counted < experts * 1.01
    assert 6.0e11 < counted < 6.5e11  # "600B"


def test_dense_baseline_has_same_shapes_apart_from_ffns():
    moe = tiny_config().model
    dense = dataclasses.replace(moe, moe_every=0)
    moe_model = nnx.eval_shape(lambda: Transformer(moe, rngs=nnx.Rngs(0)))
    dense_model = nnx.eval_shape(lambda: Transformer(dense, rngs=nnx.Rngs(0)))
    assert parameter_counts(dense)["total"] == sum(
        x.size for x in jax.tree.leaves(nnx.state(dense_model, nnx.Param)))
    assert parameter_counts(moe)["total"] == sum(
        x.size for x in jax.tree.leaves(nnx.state(moe_model, nnx.Param)))
    assert not any(isinstance(b.ffn, type(moe_model.encoder[1].ffn)) for b in dense_model.encoder)


def _model(**overrides):
    cfg = tiny_config(dropout_rate=0.0, **overrides).model
    return Transformer(cfg, rngs=nnx.Rngs(0))


def test_positions_not_yet_decoded_do_not_matter():
    """The beam-search contract: junk after position t, masked out, leaves logits[:t+1] alone."""
    model = _model()
    rng = np.random.default_rng(0)
    src = jnp.asarray(rng.integers(1, 64, (4, 8)))
    encoded, _ = model.encode(src)
    tokens = jnp.asarray(rng.integers(1, 64, (4, 8)))
    junk = tokens.at[:, 4:].set(jnp.asarray(rng.integers(1, 64, (4, 4))))
    mask = jnp.broadcast_to(jnp.arange(8) <= 3, (4, 8))
    a, _ = model.decode(encoded, src > 0, tokens, mask)
    b, _ = model.decode(encoded, src > 0, junk, mask)
    np.testing.assert_allclose(np.asarray(a[:, :4]), np.asarray(b[:, :4]), rtol=1e-6, atol=1e-6)


def test_decoder_is_causal_when_no_token_is_dropped():
    # With every token fitting its experts (C = S), later targets cannot affect earlier logits.
    model = _model(moe=MoEConfig(num_experts=8, group_size=16, eval_capacity_factor=8.0))
    rng = np.random.default_rng(1)
    src = jnp.asarray(rng.integers(1, 64, (4, 8)))
    tgt = jnp.asarray(rng.integers(1, 64, (4, 8)))
    changed = tgt.at[:, 5:].set(jnp.asarray(rng.integers(1, 64, (4, 3))))
    a, _ = model(src, tgt)
    b, _ = model(src, changed)
    np.testing.assert_allclose(np.asarray(a[:, :6]), np.asarray(b[:, :6]), rtol=1e-6, atol=1e-6)
    assert not np.allclose(np.asarray(a[:, 6:]), np.asarray(b[:, 6:]))


def test_shift_right():
    np.testing.assert_array_equal(shift_right(jnp.array([[5, 6, 1, 0]])), [[0, 5, 6, 1]])


def _no_drop_model():
    # Capacity for every token at any group size, so routing cannot depend on the grouping.
    return _model(moe=MoEConfig(num_experts=8, group_size=16, eval_capacity_factor=8.0))


def test_cached_decode_steps_equal_the_full_decoder():
    """Incremental decoding (KV cache, one token a step, MoE groups of 4) = teacher forcing."""
    model = _no_drop_model()
    rng = np.random.default_rng(2)
    src = jnp.asarray(rng.integers(1, 64, (8, 8))).at[:, 6:].set(0)  # with source padding
    tgt = jnp.asarray(rng.integers(2, 64, (8, 8)))
    encoded, _ = model.encode(src)
    expected, _ = model.decode(encoded, src > 0, shift_right(tgt), jnp.ones_like(tgt, bool))
    state = model.init_decode_state(encoded, src > 0, max_len=8)
    step = nnx.jit(lambda m, token, t, s: m.decode_step(token, t, s, moe_group_size=4))
    for t, token in enumerate(np.asarray(shift_right(tgt)).T):
        logits, state = step(model, jnp.asarray(token), jnp.int32(t), state)
        np.testing.assert_allclose(np.asarray(logits), np.asarray(expected[:, t]),
                                   rtol=1e-5, atol=1e-5, err_msg=f"position {t}")


def test_cached_beam_search_equals_beam_search_over_the_whole_buffer():
    """The cache follows its hypotheses when beams are reordered: same beams, same scores."""
    from gshard_jax.translation.decode import beam_search

    model = _no_drop_model()
    batch, beam, max_len = 4, 4, 8
    src = jnp.asarray(np.random.default_rng(3).integers(1, 64, (batch, 8)))
    encoded, _ = model.encode(src)
    encoded_N, mask_N = jnp.repeat(encoded, beam, 0), jnp.repeat(src > 0, beam, 0)

    def full(decoder_input, t):
        mask = jnp.broadcast_to(jnp.arange(max_len) <= t, decoder_input.shape)
        logits, _ = model.decode(encoded_N, mask_N, decoder_input, mask)
        return jax.lax.dynamic_index_in_dim(logits, t, axis=1, keepdims=False)

    state = model.init_decode_state(encoded_N, mask_N, max_len)

    def cached(decoder_input, t, self_kv):
        token = jax.lax.dynamic_index_in_dim(decoder_input, t, axis=1, keepdims=False)
        logits, new = model.decode_step(token, t, state._replace(self_kv=self_kv))
        return logits, new.self_kv

    seqs_a, scores_a = beam_search(full, batch, beam, max_len, alpha=0.6)
    seqs_b, scores_b = beam_search(cached, batch, beam, max_len, alpha=0.6, cache=state.self_kv)
    np.testing.assert_array_equal(np.asarray(seqs_a), np.asarray(seqs_b))
    np.testing.assert_allclose(np.asarray(scores_a), np.asarray(scores_b), rtol=1e-5)
    assert len({tuple(s) for s in np.asarray(seqs_a).reshape(-1, max_len).tolist()}) > batch


def test_embedding_lookups_and_their_gradient_match_numpy():
    """Embed: rows of the table, and the table's gradient the float64 scatter-add of every
    lookup's cotangent (two lookups sharing the table, as source and target do)."""
    from gshard_jax.model.layers import Embed

    rng = np.random.default_rng(0)
    embed = Embed(10, 3, rngs=nnx.Rngs(0))
    table = np.asarray(embed.table[...])
    ids = [rng.integers(0, 10, size=(2, 7)) for _ in range(2)]  # duplicates included
    cotangents = [rng.normal(size=(2, 7, 3)).astype(np.float32) for _ in range(2)]
    graphdef, params = nnx.split(embed, nnx.Param)

    def loss(params):
        lookup = nnx.merge(graphdef, params)
        return sum((lookup(i, jnp.float32) * d).sum() for i, d in zip(ids, cotangents))

    np.testing.assert_array_equal(embed(ids[0], jnp.float32), table[ids[0]])
    expected = np.zeros((10, 3))
    for i, d in zip(ids, cotangents):
        np.add.at(expected, i, d.astype(np.float64))
    grad = jax.jit(jax.grad(loss))(params)
    np.testing.assert_allclose(grad["table"][...], expected, rtol=1e-5, atol=1e-6)
