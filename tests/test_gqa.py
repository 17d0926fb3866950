"""Grouped-query attention, rope_theta and norm_epsilon (model.num_kv_heads / rope_theta /
norm_epsilon): attention with N_kv key/value heads equals a float64 NumPy multi-head reference
fed the key/value heads repeated (Hugging Face's `repeat_kv`), rotary positions at any base equal
the RoFormer formula, RMSNorm's epsilon is the one configured, KV-cached greedy decoding of a
GQA LM equals decoding without a cache (on 8 devices, kv heads split over 'model'), and the
configs refuse key/value head counts that do not divide the heads.
"""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax import axes
from gshard_jax.config import ConfigError, LMConfig, MeshConfig, MoEConfig, apply_overrides
from gshard_jax.lm.generate import make_generate_fn
from gshard_jax.lm.task import LMTask
from gshard_jax.model.attention import MultiHeadAttention, attention_bias
from gshard_jax.model.layers import RMSNorm
from gshard_jax.model.size import decoder_only_counts
from gshard_jax.sharding.rules import get_rules
from tests.helpers import tiny_lm_config, uncached_lm_greedy
from tests.reference import softmax64


def _rotate64(x_LNK, theta):
    """RoFormer's rotation of the two halves, float64, positions 0..L-1."""
    L, _, K = x_LNK.shape
    half = K // 2
    angle = np.arange(L)[:, None] * theta ** (-np.arange(half) / half)  # [L, half]
    cos, sin = np.cos(angle)[:, None], np.sin(angle)[:, None]
    a, b = x_LNK[..., :half], x_LNK[..., half:]
    return np.concatenate([a * cos - b * sin, b * cos + a * sin], -1)


def _mha64(x_LM, query, key, value, out, theta):
    """Causal multi-head attention of one row, float64, every head its own keys."""
    q = _rotate64(np.einsum("lm,mnk->lnk", x_LM, query), theta) / np.sqrt(query.shape[-1])
    k = _rotate64(np.einsum("lm,mnk->lnk", x_LM, key), theta)
    v = np.einsum("lm,mnk->lnk", x_LM, value)
    L, N, _ = q.shape
    ctx = np.zeros_like(q)
    for n in range(N):
        for t in range(L):
            ctx[t, n] = softmax64(k[: t + 1, n] @ q[t, n]) @ v[: t + 1, n]
    return np.einsum("lnk,nkm->lm", ctx, out)


@pytest.mark.parametrize("kv_heads", [1, 2, 4])
def test_grouped_query_attention_equals_multi_head_with_repeated_keys(kv_heads):
    heads, M, K, L, theta = 4, 16, 8, 7, 1e6
    attention = MultiHeadAttention(M, heads, K, 0.0, rngs=nnx.Rngs(0), num_kv_heads=kv_heads,
                                   rope_theta=theta)
    assert attention.key.shape == (M, kv_heads, K) and attention.value.shape == (M, kv_heads, K)
    assert attention.key.logical_axes == (axes.EMBED, axes.KV_HEADS, axes.KV)
    x = np.random.default_rng(1).normal(size=(2, L, M)).astype(np.float32)
    mask = jnp.ones((2, L), bool)
    got = attention(jnp.asarray(x), jnp.asarray(x), attention_bias(mask, mask, causal=True),
                    positions=jnp.arange(L))
    p = {n: np.asarray(getattr(attention, n)[...], np.float64)
         for n in ("query", "key", "value", "out")}
    # Query head h reads key/value head h // (heads / kv_heads): repeat each kv head in place.
    repeat = lambda w: np.repeat(w, heads // kv_heads, axis=1)  # noqa: E731
    for b in range(2):
        want = _mha64(x[b].astype(np.float64), p["query"], repeat(p["key"]),
                      repeat(p["value"]), p["out"], theta)
        np.testing.assert_allclose(np.asarray(got[b]), want, atol=2e-5, rtol=1e-4)


def test_rms_norm_uses_the_configured_epsilon():
    x = np.random.default_rng(2).normal(scale=1e-2, size=(3, 8)).astype(np.float32)
    norm = RMSNorm(8, rngs=nnx.Rngs(0), epsilon=1e-3)  # large against mean(x^2) ~ 1e-4
    want = x / np.sqrt((x.astype(np.float64) ** 2).mean(-1, keepdims=True) + 1e-3)
    np.testing.assert_allclose(np.asarray(norm(jnp.asarray(x))), want, rtol=1e-5)


def _gqa_lm_config(**mesh):
    base = tiny_lm_config("unused.txt", "unused", 2)
    model = dataclasses.replace(
        base.model, block_size=8, num_kv_heads=2, rope_theta=1e6, norm_epsilon=1e-5,
        ffn_activation="swiglu", norm="rmsnorm", positions="rope",
        moe=MoEConfig(num_experts=4, group_size=8, eval_capacity_factor=0.0,
                      capacity_factor=0.0, router="softmax_topk"))
    return dataclasses.replace(base, model=model, mesh=MeshConfig(**mesh))


def test_gqa_lm_cached_greedy_decoding_equals_uncached_with_kv_heads_split_over_model():
    cfg = _gqa_lm_config(data=2, expert=2, model=2, preset="expert_model")
    task = LMTask(cfg, 12)  # vocabulary split over 'model' too
    params = task.init_state(3).params
    assert params["layers"][0]["self_attention"]["key"].sharding.spec[1] == "model"
    prompt, max_new = [3, 1, 4, 1, 5], 12  # the window fills and shifts
    generate = make_generate_fn(task, 4, len(prompt), max_new)
    greedy = np.asarray(generate(params, np.tile(prompt, (4, 1)), 0, jnp.float32(0.0),
                                 jnp.int32(0)))
    cache = task.model(params).init_cache(4)
    assert cache[0][0].shape == (4, 8, 2, cfg.model.d_model // cfg.model.num_heads)
    expected = uncached_lm_greedy(task, jax.device_get(params), prompt, max_new)
    assert (greedy == expected).all(), (greedy[0], expected)
    assert len(set(expected[len(prompt):])) > 2


def test_num_kv_heads_must_divide_num_heads():
    with pytest.raises(ConfigError, match=r"model.num_kv_heads=3 does not divide model.num_heads=4"):
        apply_overrides(tiny_lm_config("t.txt", "w", 2), ["model.num_kv_heads=3"])
    with pytest.raises(ConfigError, match="model.num_kv_heads"):
        apply_overrides(LMConfig(), ["model.num_kv_heads=-1"])
    with pytest.raises(ConfigError, match="model.rope_theta"):
        apply_overrides(LMConfig(), ["model.rope_theta=0"])
    with pytest.raises(ConfigError, match="model.norm_epsilon"):
        apply_overrides(LMConfig(), ["model.norm_epsilon=0"])


def test_kv_heads_follow_heads_in_tables_and_overrides_that_do_not_name_them():
    assert get_rules("expert_model")[axes.KV_HEADS] == ("model",)
    assert get_rules("expert_model", {"heads": ()})[axes.KV_HEADS] == ()
    assert get_rules("expert_model", {"heads": (), "kv_heads": ("model",)})[axes.KV_HEADS] == ("model",)
    table = {name: () for name in axes.ALL if name != axes.KV_HEADS} | {axes.HEADS: ("model",)}
    assert get_rules(table)[axes.KV_HEADS] == ("model",)


def test_parameter_count_and_sharding_report_of_a_gqa_model():
    cfg = _gqa_lm_config(data=2, expert=4)
    task = LMTask(cfg, 11)
    counted = sum(int(np.prod(x.shape)) for x in jax.tree.leaves(task.abstract_state().params))
    assert decoder_only_counts(cfg.model, 11)["total"] == counted
    report = task.sharding_report()
    assert "2 key/value heads for 4 query heads: 2x smaller" in report, report
