"""The block options (model.ffn_activation, model.norm, model.positions) against float64 NumPy
references of their formulas, written from the definitions and not from the model code: GELU,
SwiGLU and GEGLU in the dense FFN and in the experts, RMSNorm, RoPE as a complex rotation,
and a one-block LM with all three whose full forward and cached decode steps both equal the
reference. Parameter counts include the gated FFN's third matrix. Bad values exit 2.
"""

import dataclasses
import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax.cli import main
from gshard_jax.config import ConfigError, LMModelConfig, ModelConfig, MoEConfig, apply_overrides
from gshard_jax.config.model import FFN_ACTIVATIONS
from gshard_jax.model.layers import ACTIVATIONS, FeedForward, RMSNorm
from gshard_jax.model.lm import CharLM
from gshard_jax.model.moe import MoEFeedForward, group_tokens
from gshard_jax.model.rotary import rotate
from gshard_jax.model.size import decoder_only_counts, parameter_counts
from gshard_jax.model.transformer import Transformer
from tests.helpers import tiny_config, tiny_lm_config

# ---------------------------------------------------------------------------------------------
# float64 references


def _gelu64(x):
    return x * 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))


def _silu64(x):
    return x / (1.0 + np.exp(-x))


def ffn64(x, weights, activation):
    """The FFN of the GLU-variants paper in float64: weights {'wi', 'wo'} or
    {'wi_gate', 'wi_up', 'wo'} (NumPy arrays)."""
    w = {k: np.asarray(v, np.float64) for k, v in weights.items()}
    x = np.asarray(x, np.float64)
    if activation == "relu":
        h = np.maximum(x @ w["wi"], 0.0)
    elif activation == "gelu":
        h = _gelu64(x @ w["wi"])
    elif activation == "swiglu":
        h = _silu64(x @ w["wi_gate"]) * (x @ w["wi_up"])
    else:  # geglu
        h = _gelu64(x @ w["wi_gate"]) * (x @ w["wi_up"])
    return h @ w["wo"]


def rms_norm64(x, scale, eps=1e-6):
    x = np.asarray(x, np.float64)
    return x / np.sqrt((x ** 2).mean(-1, keepdims=True) + eps) * scale


def rope64(x, positions, base=10000.0):
    """x [L, N, K] rotated at positions [L]: the pair (x_i, x_{i+K/2}) is the complex number
    x_i + 1j x_{i+K/2}, multiplied by exp(1j p base^(-2i/K))."""
    x = np.asarray(x, np.float64)
    half = x.shape[-1] // 2
    z = x[..., :half] + 1j * x[..., half:]
    theta = base ** (-2.0 * np.arange(half) / x.shape[-1])
    z = z * np.exp(1j * np.asarray(positions, np.float64)[:, None, None] * theta)
    return np.concatenate([z.real, z.imag], -1)


def _params(module, *names):
    return {n: np.asarray(getattr(module, n)[...]) for n in names}


# ---------------------------------------------------------------------------------------------
# Activations, norm, rotation


def test_every_config_activation_has_an_implementation():
    assert set(FFN_ACTIVATIONS) == set(ACTIVATIONS)


@pytest.mark.parametrize("activation", FFN_ACTIVATIONS)
def test_dense_ffn_equals_float64_reference(activation):
    ffn = FeedForward(16, 24, 0.0, rngs=nnx.Rngs(0), activation=activation)
    gated = activation in ("swiglu", "geglu")
    names = ("wi_gate", "wi_up", "wo") if gated else ("wi", "wo")
    assert sorted(nnx.state(ffn, nnx.Param).to_pure_dict()) == sorted(names)
    x = jax.random.normal(jax.random.key(1), (2, 5, 16))
    expected = ffn64(x, _params(ffn, *names), activation)
    np.testing.assert_allclose(np.asarray(ffn(x)), expected, rtol=2e-5, atol=2e-5)


# Each activation once, the dispatch alternating: the activation runs inside each expert after
# either dispatch has placed the tokens (tests/test_moe.py: gather equals einsum).
@pytest.mark.parametrize("activation, dispatch", [
    ("gelu", "einsum"), ("swiglu", "gather"), ("geglu", "einsum")])
def test_experts_equal_float64_per_token_loop(activation, dispatch):
    cfg = ModelConfig(d_model=16, expert_d_ff=24, ffn_activation=activation, moe=MoEConfig(
        num_experts=4, group_size=16, eval_capacity_factor=1.0, dispatch=dispatch))
    layer = MoEFeedForward(cfg, rngs=nnx.Rngs(0))
    x = jax.random.normal(jax.random.key(2), (4, 8, 16))
    y, routing = layer(x)
    G, S = group_tokens(32, 16)
    x_GSM = np.asarray(x).reshape(G, S, 16)
    names = ("wi_gate", "wi_up", "wo") if activation != "gelu" else ("wi", "wo")
    weights = _params(layer, *names)
    expected = np.zeros((G, S, 16))
    weight, expert, kept = (np.asarray(a) for a in (routing.weight, routing.expert, routing.kept))
    for g, s, k in np.ndindex(*expert.shape):
        if kept[g, s, k]:
            e = expert[g, s, k]
            expected[g, s] += weight[g, s, k] * ffn64(
                x_GSM[g, s], {n: w[e] for n, w in weights.items()}, activation)
    assert not kept.all()  # capacity factor 1 drops some choices: the loop must skip them
    np.testing.assert_allclose(np.asarray(y).reshape(G, S, 16), expected, rtol=2e-5, atol=2e-5)


def test_rms_norm_equals_float64_reference():
    norm = RMSNorm(16, rngs=nnx.Rngs(0))
    norm.scale[...] = jax.random.uniform(jax.random.key(3), (16,), minval=0.5, maxval=2.0)
    x = 3.0 + 2.0 * jax.random.normal(jax.random.key(4), (3, 7, 16))  # not centred: no mean removed
    expected = rms_norm64(x, np.asarray(norm.scale[...], np.float64))
    np.testing.assert_allclose(np.asarray(norm(x)), expected, rtol=1e-5, atol=1e-5)


def test_rope_equals_a_complex_rotation_and_depends_on_relative_position_only():
    x = jax.random.normal(jax.random.key(5), (2, 6, 3, 8))  # [B, L, heads, K]
    positions = jnp.asarray([0, 1, 2, 5, 17, 120])
    got = np.asarray(rotate(x, positions))
    for b in range(2):
        np.testing.assert_allclose(got[b], rope64(x[b], positions), rtol=1e-5, atol=1e-5)
    # q_p . k_s is a function of p - s: shifting both positions by 40 changes no score.
    q, k = x[0, :, 0], x[1, :, 0]
    scores = np.einsum("lk,tk->lt", np.asarray(rotate(q[:, None], positions))[:, 0],
                       np.asarray(rotate(k[:, None], positions))[:, 0])
    shifted = np.einsum("lk,tk->lt", np.asarray(rotate(q[:, None], positions + 40))[:, 0],
                        np.asarray(rotate(k[:, None], positions + 40))[:, 0])
    np.testing.assert_allclose(shifted, scores, rtol=1e-4, atol=1e-4)
    assert not np.allclose(got[:, 1:], np.asarray(x)[:, 1:], atol=1e-2)  # it does rotate


# ---------------------------------------------------------------------------------------------
# A one-block LM with every option, full and cached, against a float64 reference


def _lm_reference(params, tokens, heads):
    """Logits [L, V] of CharLM with one dense block, RMSNorm, RoPE, SwiGLU, in float64."""
    p = jax.tree.map(lambda a: np.asarray(a, np.float64), params)
    block = p["layers"][0]
    x = p["embed"]["table"][tokens]  # no position encodings added: RoPE rotates q and k
    L = len(tokens)
    h = rms_norm64(x, block["self_norm"]["scale"])
    att = block["self_attention"]
    q = rope64(np.einsum("lm,mnk->lnk", h, att["query"]), np.arange(L))
    k = rope64(np.einsum("lm,mnk->lnk", h, att["key"]), np.arange(L))
    v = np.einsum("lm,mnk->lnk", h, att["value"])
    logits = np.einsum("lnk,tnk->nlt", q, k) / math.sqrt(q.shape[-1])
    logits = np.where(np.tril(np.ones((L, L), bool)), logits, -np.inf)
    probs = np.exp(logits - logits.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    x = x + np.einsum("nlt,tnk,nkm->lm", probs, v, att["out"])
    x = x + ffn64(rms_norm64(x, block["ffn_norm"]["scale"]), block["ffn"], "swiglu")
    return rms_norm64(x, p["norm"]["scale"]) @ p["output"]


def test_lm_block_with_rope_rmsnorm_swiglu_equals_reference_full_and_cached():
    base = tiny_lm_config("unused.txt", "unused", 2).model
    cfg = dataclasses.replace(base, num_layers=1, moe_every=0, block_size=12, dropout_rate=0.0,
                              attention_dropout_rate=0.0, ffn_activation="swiglu",
                              norm="rmsnorm", positions="rope")
    model = CharLM(cfg, 11, rngs=nnx.Rngs(3))
    params = nnx.state(model, nnx.Param).to_pure_dict()
    tokens = np.random.default_rng(0).integers(0, 11, (2, 12))
    full, _ = model(jnp.asarray(tokens))
    cache = model.init_cache(2)
    step = nnx.jit(lambda m, token, t, c: m.decode_step(token, t, c))
    for b in range(2):
        expected = _lm_reference(params, tokens[b], cfg.num_heads)
        np.testing.assert_allclose(np.asarray(full[b]), expected, rtol=1e-4, atol=1e-4)
    for t in range(12):  # the cached step at t equals the reference's row t
        logits, cache = step(model, jnp.asarray(tokens[:, t]), jnp.int32(t), cache)
        for b in range(2):
            expected = _lm_reference(params, tokens[b, :t + 1], cfg.num_heads)[t]
            np.testing.assert_allclose(np.asarray(logits[b]), expected, rtol=1e-4, atol=1e-4,
                                       err_msg=f"cached step {t}")


# ---------------------------------------------------------------------------------------------
# Sizes and validation


@pytest.mark.parametrize("options", [
    dict(ffn_activation="swiglu", norm="rmsnorm", positions="rope"),
    dict(ffn_activation="geglu", moe=MoEConfig(num_experts=4, group_size=16, residual="learned")),
    dict(ffn_activation="gelu", norm="rmsnorm"),
])
def test_parameter_counts_include_the_third_matrix_and_the_norm(options):
    cfg = tiny_config(**options).model
    counted = sum(x.size for x in jax.tree.leaves(
        nnx.state(Transformer(cfg, rngs=nnx.Rngs(0)), nnx.Param)))
    assert parameter_counts(cfg)["total"] == counted
    relu = dataclasses.replace(cfg, ffn_activation="relu", norm="layernorm")
    # Each FFN gains (gated) a third [M, H] matrix; each norm loses (RMSNorm) its bias.
    dense_ffns = cfg.num_encoder_layers + cfg.num_decoder_layers - len(cfg.moe_layers)
    ffn_matrices = cfg.d_model * (dense_ffns * cfg.d_ff + sum(
        cfg.experts_of(s, i) * cfg.expert_d_ff for s, i in cfg.moe_layers)
        + (len(cfg.moe_layers) * cfg.expert_d_ff if cfg.moe.residual != "off" else 0))
    norms = (2 * 2 + 2 * 3 + 2) * cfg.d_model  # biases of 2 encoder, 2 decoder blocks, 2 final
    gained = ffn_matrices if cfg.ffn_activation in ("swiglu", "geglu") else 0
    lost = norms if cfg.norm == "rmsnorm" else 0
    assert counted == parameter_counts(relu)["total"] + gained - lost


def test_lm_parameter_counts_with_the_options():
    cfg = dataclasses.replace(tiny_lm_config("unused.txt", "unused", 2).model,
                              ffn_activation="swiglu", norm="rmsnorm", positions="rope")
    counted = sum(x.size for x in jax.tree.leaves(
        nnx.state(CharLM(cfg, 11, rngs=nnx.Rngs(0)), nnx.Param)))
    assert decoder_only_counts(cfg, 11)["total"] == counted


@pytest.mark.parametrize("assignment, words", [
    ("model.ffn_activation=silu", ["model.ffn_activation='silu'", "relu, gelu, swiglu, geglu"]),
    ("model.norm=batchnorm", ["model.norm='batchnorm'", "layernorm, rmsnorm"]),
    ("model.positions=alibi", ["model.positions='alibi'", "sinusoidal, rope"]),
    ("model.head_dim=7", ["model.positions=rope", "(odd)", "model.head_dim"]),
])
def test_bad_values_are_refused_naming_the_field_and_the_fix(assignment, words):
    rope = apply_overrides(tiny_config(), ["model.positions=rope"])
    with pytest.raises(ConfigError) as refused:
        apply_overrides(rope, [assignment])
    assert all(w in str(refused.value) for w in words), str(refused.value)


def test_lm_refuses_rope_with_odd_heads():
    with pytest.raises(ConfigError, match=r"model.positions=rope.*\(odd\)"):
        dataclasses.replace(tiny_lm_config("unused.txt", "unused", 2),
                            model=LMModelConfig(d_model=30, num_heads=2, positions="rope"))


@pytest.mark.parametrize("argv", [["train"], ["lm", "train"]])
def test_command_line_refusal_exits_2_and_writes_nothing(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([*argv, "--workdir", str(tmp_path / "run"), "--set", "model.norm=batchnorm"]) == 2
    err = capsys.readouterr().err
    assert "model.norm='batchnorm'" in err and "layernorm, rmsnorm" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
