"""The model options T5/Switch needs (model.positions=t5_relative, model.attention_scale=none,
model.moe_offset, model.moe.expert_capacity) against references computed another way: the
bucketing against Hugging Face's own `_relative_position_bucket`, a whole encoder-decoder
against a float64 NumPy forward written from T5's definition, cached decoding against the full
decoder, scanned against unrolled, and the capacity against the routers' reference loops.
"""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax.config import ConfigError, LMModelConfig, ModelConfig, MoEConfig, apply_overrides
from gshard_jax.model.relative import relative_bucket
from gshard_jax.model.routing import capacity_plan
from gshard_jax.model.size import parameter_counts
from gshard_jax.model.stack import scan_params
from gshard_jax.model.transformer import Transformer, shift_right
from tests.helpers import tiny_config, tiny_lm_config
from tests.reference import softmax64

torch = pytest.importorskip("torch")
hf_switch = pytest.importorskip(
    "transformers.models.switch_transformers.modeling_switch_transformers")


def hf_bucket(relative_position, bidirectional, num_buckets, max_distance):
    return hf_switch.SwitchTransformersAttention._relative_position_bucket(
        torch.as_tensor(np.asarray(relative_position)), bidirectional=bidirectional,
        num_buckets=num_buckets, max_distance=max_distance).numpy()


@pytest.mark.parametrize("bidirectional", [True, False])
@pytest.mark.parametrize("num_buckets, max_distance", [(32, 128), (8, 12), (16, 20), (64, 1000),
                                                       (6, 7)])
def test_buckets_equal_hugging_faces_for_every_offset(bidirectional, num_buckets, max_distance):
    offsets = np.arange(-5000, 5001)  # key minus query, both directions, far past max_distance
    ours = relative_bucket(offsets, bidirectional, num_buckets, max_distance)
    theirs = hf_bucket(offsets, bidirectional, num_buckets, max_distance)
    np.testing.assert_array_equal(ours, theirs)
    assert ours.min() == 0 and ours.max() == num_buckets - 1  # every bucket reachable


# ---------------------------------------------------------------------------------------------
# A T5/Switch encoder-decoder in float64 NumPy, from T5's definition (not from the model code)

def _rms(x, scale, eps=1e-6):
    return x / np.sqrt((x ** 2).mean(-1, keepdims=True) + eps) * scale


def _attention(p, x_q, x_kv, bias_NLT, scaled):
    q = np.einsum("lm,mnk->nlk", x_q, p["query"])
    k = np.einsum("tm,mnk->ntk", x_kv, p["key"])
    v = np.einsum("tm,mnk->ntk", x_kv, p["value"])
    logits = np.einsum("nlk,ntk->nlt", q, k) / (np.sqrt(q.shape[-1]) if scaled else 1.0)
    probs = softmax64(logits + bias_NLT)
    return np.einsum("nlt,ntk,nkm->lm", probs, v, p["out"])


def _ffn(p, x):
    if "gate" not in p:  # dense
        return np.maximum(x @ p["wi"], 0) @ p["wo"]
    probs = softmax64(x @ p["gate"])  # Switch: top-1 expert, weighted by its raw probability
    out = np.zeros_like(x)
    for s, e in enumerate(probs.argmax(-1)):
        out[s] = probs[s, e] * (np.maximum(x[s] @ p["wi"][e], 0) @ p["wo"][e])
    return out


def _relative(table, L, T, bidirectional, max_distance):
    buckets = hf_bucket(np.arange(T)[None] - np.arange(L)[:, None], bidirectional,
                        table.shape[0], max_distance)
    return np.transpose(table[buckets], (2, 0, 1))  # [N, L, T]


def t5_reference(params, cfg, src, tgt):
    """Logits [L, V] of one (src [T], tgt [L]) row; 0 = padding (masked as keys)."""
    p = jax.tree.map(lambda a: np.asarray(a, np.float64), params)
    scaled = cfg.attention_scale == "inverse_sqrt"
    embed = p["src_embed"]["table"]
    src_keys = np.where(src > 0, 0.0, -1e9)
    x = embed[src]
    T, L = len(src), len(tgt)
    enc_bias = _relative(p["encoder_relative"]["table"], T, T, True, cfg.relative_max_distance)
    for i in range(cfg.num_encoder_layers):
        b = p["encoder"][i]
        x = x + _attention(b["self_attention"], _rms(x, b["self_norm"]["scale"]),
                           _rms(x, b["self_norm"]["scale"]), enc_bias + src_keys, scaled)
        x = x + _ffn(b["ffn"], _rms(x, b["ffn_norm"]["scale"]))
    memory = _rms(x, p["encoder_norm"]["scale"])
    y = embed[np.concatenate([[0], tgt[:-1]])]
    causal = np.where(np.arange(L)[None] <= np.arange(L)[:, None], 0.0, -1e9)
    dec_bias = _relative(p["decoder_relative"]["table"], L, L, False, cfg.relative_max_distance)
    dec_bias = dec_bias + causal + np.where(tgt > 0, 0.0, -1e9)
    for i in range(cfg.num_decoder_layers):
        b = p["decoder"][i]
        h = _rms(y, b["self_norm"]["scale"])
        y = y + _attention(b["self_attention"], h, h, dec_bias, scaled)
        y = y + _attention(b["cross_attention"], _rms(y, b["cross_norm"]["scale"]), memory,
                           src_keys, scaled)
        y = y + _ffn(b["ffn"], _rms(y, b["ffn_norm"]["scale"]))
    return _rms(y, p["decoder_norm"]["scale"]) @ embed.T / np.sqrt(cfg.d_model)


def switch_config(**overrides) -> ModelConfig:
    """A tiny Switch: T5 blocks, top-1 experts in layer 1 of each stack (HF's rule), room for
    every token (expert_capacity >= group), 8 buckets saturating at distance 12."""
    cfg = dict(vocab_size=40, d_model=16, d_ff=32, expert_d_ff=24, num_heads=2, head_dim=8,
               num_encoder_layers=2, num_decoder_layers=2, moe_every=2, moe_offset=1,
               dropout_rate=0.0, norm="rmsnorm", positions="t5_relative", relative_buckets=8,
               relative_max_distance=12, attention_scale="none", max_len=32,
               moe=MoEConfig(num_experts=4, router="switch", top_k=1, group_size=64,
                             expert_capacity=64))
    cfg.update(overrides)
    return ModelConfig(**cfg)


def _batch(seed, B=3, T=15, L=14):
    rng = np.random.default_rng(seed)
    src, tgt = rng.integers(2, 40, (B, T)), rng.integers(2, 40, (B, L))
    src[1, 9:], tgt[1, 10:] = 0, 0  # padded rows
    if B > 2:
        src[2, 13:], tgt[2, 5:] = 0, 0
    return src, tgt


@pytest.mark.parametrize("overrides", [
    dict(),  # Switch: MoE at layer 1 (moe_offset=1)
    dict(moe_offset=0),  # MoE at layer 0
    dict(moe_every=0, attention_scale="inverse_sqrt"),  # dense T5, scaled logits
])
def test_t5_encoder_decoder_equals_the_float64_reference(overrides):
    cfg = switch_config(**overrides)
    model = Transformer(cfg, rngs=nnx.Rngs(1))
    params = nnx.state(model, nnx.Param).to_pure_dict()
    src, tgt = _batch(0)
    logits, _ = model(jnp.asarray(src), jnp.asarray(tgt))
    for b in range(len(src)):
        expected = t5_reference(params, cfg, src[b], tgt[b])
        real = tgt[b] > 0
        np.testing.assert_allclose(np.asarray(logits[b])[real], expected[real], rtol=1e-4,
                                   atol=1e-4, err_msg=f"row {b}")


def test_which_layers_are_moe_follows_moe_offset():
    hf_rule = switch_config(moe_every=4, moe_offset=1)  # HF: i % step == 1
    assert [i for i in range(12) if hf_rule.is_moe_layer(i)] == [1, 5, 9]
    gshard = ModelConfig(moe_every=4)  # default -1: (i+1) % moe_every == 0
    assert [i for i in range(12) if gshard.is_moe_layer(i)] == [3, 7, 11]
    model = nnx.eval_shape(lambda: Transformer(switch_config(), rngs=nnx.Rngs(0)))
    assert [hasattr(b.ffn, "gate") for b in model.encoder] == [False, True]
    assert [hasattr(b.ffn, "gate") for b in model.decoder] == [False, True]


def _decode_cached(model, src, tgt, max_len):
    encoded, _ = model.encode(src)
    state = model.init_decode_state(encoded, src > 0, max_len=max_len)
    step = nnx.jit(lambda m, token, t, s: m.decode_step(token, t, s, moe_group_size=3))
    rows = []
    for t, token in enumerate(np.asarray(shift_right(tgt)).T):
        logits, state = step(model, jnp.asarray(token), jnp.int32(t), state)
        rows.append(np.asarray(logits))
    return np.stack(rows, 1)


@pytest.mark.parametrize("scan", [False, True])
def test_cached_decode_equals_the_full_decoder_with_relative_positions(scan):
    cfg = switch_config(relative_max_distance=6, scan_layers=scan)  # buckets saturate early
    model = Transformer(cfg, rngs=nnx.Rngs(2))
    src, tgt = _batch(1, L=16)
    tgt[tgt == 0] = 5  # every decoder position real, as in decoding
    src, tgt = jnp.asarray(src), jnp.asarray(tgt)
    encoded, _ = model.encode(src)
    expected, _ = model.decode(encoded, src > 0, shift_right(tgt), jnp.ones_like(tgt, bool))
    cached = _decode_cached(model, src, tgt, max_len=20)  # buffer longer than the target
    np.testing.assert_allclose(cached, np.asarray(expected), rtol=1e-5, atol=1e-5)


def test_scanned_with_moe_offset_equals_unrolled():
    cfg = switch_config(num_encoder_layers=4, num_decoder_layers=4, moe_offset=0)
    unrolled = Transformer(cfg, rngs=nnx.Rngs(3))
    scanned = Transformer(dataclasses.replace(cfg, scan_layers=True), rngs=nnx.Rngs(3))
    params = nnx.state(unrolled, nnx.Param).to_pure_dict()
    nnx.update(scanned, scan_params(params, Transformer.STACKS, period=2))
    src, tgt = (jnp.asarray(a) for a in _batch(2))
    a, _ = unrolled(src, tgt)
    b, _ = scanned(src, tgt)
    np.testing.assert_allclose(np.asarray(a), np.asarray(b), rtol=1e-5, atol=1e-5)


def test_parameter_count_includes_one_table_per_stack():
    cfg = switch_config()
    counted = sum(x.size for x in jax.tree.leaves(
        nnx.state(Transformer(cfg, rngs=nnx.Rngs(0)), nnx.Param)))
    assert counted == parameter_counts(cfg)["total"]
    sinusoidal = dataclasses.replace(cfg, positions="sinusoidal", relative_buckets=32,
                                     relative_max_distance=128)
    assert counted == parameter_counts(sinusoidal)["total"] + 2 * 8 * 2


def test_fixed_expert_capacity_overrides_the_factors():
    moe = MoEConfig(num_experts=4, router="switch", top_k=1, capacity_factor=0.0,
                    eval_capacity_factor=2.0, expert_capacity=3)
    for training in (True, False):
        assert capacity_plan("switch", moe, 16, training=training).buffers == (3,)
    assert capacity_plan("switch", moe, 2, training=True).buffers == (2,)  # capped at S
    unset = dataclasses.replace(moe, expert_capacity=0)
    assert capacity_plan("switch", unset, 16, training=False).buffers == (8,)  # ceil(2*16/4)


def test_fixed_capacity_drops_the_tokens_the_reference_drops():
    from gshard_jax.model.moe import MoEFeedForward
    from tests.reference_routers import token_choice_reference

    cfg = switch_config(d_model=8, moe=MoEConfig(num_experts=2, router="switch", top_k=1,
                                                 group_size=16, expert_capacity=3))
    layer = MoEFeedForward(cfg, rngs=nnx.Rngs(0))
    x = jnp.asarray(np.random.default_rng(0).normal(size=(2, 16, 8)), jnp.float32)
    routing, _ = layer.route(x, None, None)
    logits = np.einsum("GSM,ME->GSE", np.asarray(x, np.float64), np.asarray(layer.gate[...]))
    expected = token_choice_reference("switch", logits, top_k=1, capacity=3)
    np.testing.assert_array_equal(np.asarray(routing.kept), expected["kept"])
    assert np.asarray(routing.kept).sum() < 32  # some tokens did drop


@pytest.mark.parametrize("assignment, words", [
    ("model.relative_buckets=9", ["model.relative_buckets=9", "even"]),
    ("model.relative_max_distance=4",
     ["model.relative_max_distance=4", "model.relative_buckets/2=4"]),
    ("model.moe_offset=2", ["model.moe_offset=2", "0..1"]),
    ("model.attention_scale=sqrt", ["model.attention_scale='sqrt'", "inverse_sqrt, none"]),
    ("model.moe.expert_capacity=-1", ["model.moe.expert_capacity"]),
])
def test_bad_t5_values_are_refused_naming_the_field_and_the_fix(assignment, words):
    cfg = apply_overrides(tiny_config(), ["model.positions=t5_relative",
                                          "model.relative_buckets=8"])
    with pytest.raises(ConfigError) as refused:
        apply_overrides(cfg, [assignment])
    assert all(w in str(refused.value) for w in words), str(refused.value)


def test_relative_fields_without_t5_relative_and_the_lm_are_refused():
    with pytest.raises(ConfigError, match="only applies to model.positions=t5_relative"):
        apply_overrides(tiny_config(), ["model.relative_buckets=16"])
    with pytest.raises(ConfigError, match="t5_relative: the LM has no relative position bias"):
        dataclasses.replace(tiny_lm_config("unused.txt", "unused", 2),
                            model=LMModelConfig(positions="t5_relative"))


@pytest.mark.parametrize("beam", [1, 3])
def test_cached_search_equals_search_over_the_whole_buffer_with_relative_positions(beam):
    """Greedy and beam search (translation/decode.py) through the KV-cached step pick the same
    tokens as through the full decoder, which has every relative bias row at once."""
    from gshard_jax.translation.decode import beam_search, greedy_search

    model = Transformer(switch_config(relative_max_distance=6), rngs=nnx.Rngs(2))
    # Small token embeddings and large position biases, so an untrained model does not just
    # repeat its input token: its next token moves with position.
    model.src_embed.table.value = model.src_embed.table[...] * 0.1
    model.decoder_relative.table.value = model.decoder_relative.table[...] * 10.0
    no_specials = jnp.where(jnp.arange(40) < 2, -1e9, 0.0)  # never pad or EOS: all 10 steps
    batch, max_len = 2, 10
    src = jnp.asarray(_batch(3, B=batch)[0])
    encoded, _ = model.encode(src)
    encoded_N, mask_N = jnp.repeat(encoded, beam, 0), jnp.repeat(src > 0, beam, 0)

    def full(decoder_input, t):
        mask = jnp.broadcast_to(jnp.arange(max_len) <= t, decoder_input.shape)
        logits, _ = model.decode(encoded_N, mask_N, decoder_input, mask)
        return jax.lax.dynamic_index_in_dim(logits, t, axis=1, keepdims=False) + no_specials

    state = model.init_decode_state(encoded_N, mask_N, max_len)

    def cached(decoder_input, t, self_kv):
        token = jax.lax.dynamic_index_in_dim(decoder_input, t, axis=1, keepdims=False)
        logits, new = model.decode_step(token, t, state._replace(self_kv=self_kv))
        return logits + no_specials, new.self_kv

    if beam == 1:
        a = greedy_search(full, batch, max_len)
        b = greedy_search(cached, batch, max_len, cache=state.self_kv)
    else:
        a, _ = beam_search(full, batch, beam, max_len, alpha=0.0)
        b, _ = beam_search(cached, batch, beam, max_len, alpha=0.0, cache=state.self_kv)
    np.testing.assert_array_equal(np.asarray(a), np.asarray(b))
    assert len(set(np.asarray(a).reshape(-1).tolist())) > 1  # not one repeated token


def test_every_rules_preset_places_the_relative_buckets():
    from gshard_jax import axes
    from gshard_jax.sharding.rules import PRESETS, get_rules

    for name in PRESETS:
        assert axes.RELATIVE_BUCKETS in get_rules(name), name
    assert axes.RELATIVE_BUCKETS in axes.OPTIONAL  # rules files written before it still load
