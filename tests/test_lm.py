"""The decoder-only character LM: its loss equals a float64 NumPy reference of causal attention +
GShard MoE; KV-cached greedy generation equals argmax decoding without a cache (window shifts
included); the sharded train step on (data=2, expert=4) equals the one-device step."""

import dataclasses
import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax.config import LMModelConfig, MeshConfig, MoEConfig
from gshard_jax.lm.generate import make_generate_fn
from gshard_jax.lm.task import LMTask
from gshard_jax.model.lm import CharLM
from gshard_jax.model.size import decoder_only_counts
from gshard_jax.sharding import make_mesh
from tests.helpers import tiny_lm_config, uncached_lm_greedy
from tests.reference import gshard_top2_reference, moe_layer_reference, softmax64

VOCAB = 11


def _config(**model):
    cfg = tiny_lm_config("unused.txt", "unused", 2)
    return dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, **model))


def _one_device_task(cfg):
    mesh = make_mesh(MeshConfig(data=1), devices=jax.devices()[:1])
    return LMTask(dataclasses.replace(cfg, mesh=MeshConfig(data=1)), VOCAB, mesh=mesh)


def _windows(B, L, seed=0):
    ids = np.random.default_rng(seed).integers(0, VOCAB, (B, L + 1))
    return {"inputs": ids[:, :-1], "targets": ids[:, 1:]}


# ---------------------------------------------------------------------------------------------
# float64 NumPy reference, written from the definitions (not from the model code)


def _layer_norm(x, p):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-6) * p["scale"] + p["bias"]


def _positions(L, M):
    pe = np.zeros((L, M))
    for pos in range(L):
        for i in range(0, M, 2):
            pe[pos, i] = math.sin(pos / 10000 ** (i / M))
            pe[pos, i + 1] = math.cos(pos / 10000 ** (i / M))
    return pe


def _causal_attention(h, p):
    """h [B, L, M]; each query l attends keys 0..l of its own row, per head."""
    q = np.einsum("blm,mhk->blhk", h, p["query"]) / np.sqrt(p["query"].shape[-1])
    k = np.einsum("blm,mhk->blhk", h, p["key"])
    v = np.einsum("blm,mhk->blhk", h, p["value"])
    B, L, H, _ = q.shape
    out = np.zeros_like(q)
    for b in range(B):
        for head in range(H):
            for l in range(L):
                weights = softmax64(k[b, : l + 1, head] @ q[b, l, head])
                out[b, l, head] = weights @ v[b, : l + 1, head]
    return np.einsum("blhk,hkm->blm", out, p["out"])


def _moe(h, p, moe: MoEConfig):
    """GShard top-2 over groups of S consecutive tokens (row-major), eval capacity."""
    B, L, M = h.shape
    S = min(moe.group_size, B * L)
    x = h.reshape(-1, S, M)
    E = moe.num_experts
    capacity = min(math.ceil(moe.eval_capacity_factor * 2 * S / E), S)
    ref = gshard_top2_reference(x @ p["gate"], capacity)
    y = moe_layer_reference(x, ref["weight"], ref["expert"], ref["kept"], p["wi"], p["wo"])
    return y.reshape(B, L, M), ref["aux_loss"], ref["kept"][..., 0].mean()


def reference_loss(params, cfg, batch):
    """(loss, dropped share of first choices): mean next-character CE + 0.01 * sum of aux."""
    p = jax.tree.map(lambda a: np.asarray(a, np.float64), params)
    inputs, targets = batch["inputs"], batch["targets"]
    B, L = inputs.shape
    x = p["embed"]["table"][inputs] + _positions(L, cfg.model.d_model)
    aux, kept = 0.0, []
    for i in range(cfg.model.num_layers):
        layer = p["layers"][i]
        x = x + _causal_attention(_layer_norm(x, layer["self_norm"]), layer["self_attention"])
        h = _layer_norm(x, layer["ffn_norm"])
        if (i + 1) % cfg.model.moe_every == 0:
            y, layer_aux, layer_kept = _moe(h, layer["ffn"], cfg.model.moe)
            aux, kept = aux + layer_aux, kept + [layer_kept]
        else:
            y = np.maximum(h @ layer["ffn"]["wi"], 0) @ layer["ffn"]["wo"]
        x = x + y
    logits = _layer_norm(x, p["norm"]) @ p["output"]
    logits = logits - logits.max(-1, keepdims=True)
    log_probs = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
    ce = -np.take_along_axis(log_probs, targets[..., None], -1).mean()
    return ce + cfg.model.moe.aux_loss_weight * aux, 1.0 - np.mean(kept)


def test_loss_equals_float64_numpy_reference_of_causal_attention_and_moe():
    # 3 blocks: dense, MoE, dense. Capacity 0.5 * 2S/E, so tokens are dropped too.
    moe = MoEConfig(num_experts=4, group_size=16, eval_capacity_factor=0.5)
    cfg = _config(num_layers=3, moe_every=2, block_size=8, moe=moe)
    task = _one_device_task(cfg)
    params = jax.device_get(task.init_state(3).params)
    batch = _windows(4, 8)
    loss, metrics = jax.jit(task.loss)(params, batch, None)  # evaluation: no dropout or random routing
    expected, dropped = reference_loss(params, cfg, batch)
    assert dropped > 0.05  # the capacity really bites
    np.testing.assert_allclose(float(metrics["dropped_first"]), dropped, atol=1e-6)
    np.testing.assert_allclose(float(loss), expected, rtol=2e-5)


# ---------------------------------------------------------------------------------------------
# Generation


def test_cached_greedy_generation_equals_uncached_argmax_decoding():
    # Room for every token in its experts, so routing cannot depend on the grouping.
    moe = MoEConfig(num_experts=4, group_size=8, eval_capacity_factor=4.0)
    cfg = _config(block_size=8, moe=moe)
    task = LMTask(cfg, VOCAB)  # data=2 x expert=4: rows split over 8 devices, experts over 4
    params = task.init_state(1).params
    prompt, max_new = [3, 1, 4, 1, 5], 14  # the window fills and shifts twice
    generate = make_generate_fn(task, 8, len(prompt), max_new)
    prompts = np.tile(prompt, (8, 1))
    greedy = np.asarray(generate(params, prompts, 7, jnp.float32(0.0), jnp.int32(0)))
    expected = uncached_lm_greedy(task, jax.device_get(params), prompt, max_new)
    assert (greedy == expected).all(), (greedy[0], expected)
    assert len(set(expected[len(prompt):])) > 2  # not a constant continuation
    # Sampling with top_k=1 keeps only the argmax; a high temperature over all characters
    # draws something else, and differently per row.
    top1 = np.asarray(generate(params, prompts, 7, jnp.float32(1.5), jnp.int32(1)))
    np.testing.assert_array_equal(top1, greedy)
    hot = np.asarray(generate(params, prompts, 7, jnp.float32(5.0), jnp.int32(0)))
    assert (hot[:, :len(prompt)] == prompt).all() and not (hot == greedy).all()
    assert len({tuple(row) for row in hot}) > 1


# ---------------------------------------------------------------------------------------------
# Sharding


def _two_steps(task):
    state = task.init_state(0)
    batch = task.shard_batch(_windows(16, 16, seed=1))
    losses = []
    for _ in range(2):  # dropout and random routing on
        state, metrics = task.train_step(state, batch)
        losses.append(float(metrics["loss"]))
    return losses, jax.device_get(state.params)


def test_sharded_lm_step_on_data2_expert4_equals_one_device():
    cfg = _config()  # MoE in every block (moe_every=1, as makeMoE)
    sharded = LMTask(cfg, VOCAB)
    assert dict(sharded.mesh.shape) == {"data": 2, "expert": 4, "model": 1}
    losses, params = _two_steps(sharded)
    ref_losses, ref_params = _two_steps(_one_device_task(cfg))
    np.testing.assert_allclose(losses, ref_losses, rtol=2e-5)
    assert losses[1] != losses[0]
    flat = jax.tree_util.tree_flatten_with_path(params)[0]
    for (path, a), b in zip(flat, jax.tree.leaves(ref_params)):
        np.testing.assert_allclose(a, b, rtol=2e-4, atol=2e-6, err_msg=jax.tree_util.keystr(path))
    # The experts really are split: each device holds 1 of the 4 experts of a layer.
    wi = sharded.init_state(0).params["layers"][0]["ffn"]["wi"]
    assert {s.data.shape[0] for s in wi.addressable_shards} == {1}


def test_parameter_counts_match_the_model():
    for moe_every in (0, 1, 2):
        cfg = _config(num_layers=3, moe_every=moe_every)
        counts = decoder_only_counts(cfg.model, VOCAB)
        model = nnx.eval_shape(lambda: CharLM(cfg.model, VOCAB, rngs=nnx.Rngs(0)))
        assert counts["total"] == sum(x.size for x in jax.tree.leaves(nnx.state(model, nnx.Param)))
        # Activated: each token uses top_k = 2 of the 4 experts (each 2 * 32 * 32 weights).
        moe_layers = sum((i + 1) % moe_every == 0 for i in range(3)) if moe_every else 0
        assert counts["total"] - counts["activated"] == moe_layers * 2 * 2 * 32 * 32
