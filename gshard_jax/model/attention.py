"""Multi-head dot-product attention (self and encoder-decoder) and its masks.

Self-attention may rotate queries and keys by their positions (RoPE, rotary.py): the methods
take `positions` (None: no rotation, as cross-attention and sinusoidal models).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax import axes
from gshard_jax.model.layers import constrain, dropout, fan_avg_init, param
from gshard_jax.model.rotary import rotate


_NEG_INF = -1e9  # finite, so fully masked rows (padding queries) stay NaN-free.


def attention_bias(query_mask_BL: jax.Array, key_mask_BT: jax.Array,
                   causal: bool = False) -> jax.Array:
    """Additive bias [B, 1, L, T]: 0 where query l may attend key t, -1e9 elsewhere."""
    allowed = query_mask_BL[:, None, :, None].astype(bool) & key_mask_BT[:, None, None, :].astype(bool)
    if causal:
        L, T = query_mask_BL.shape[1], key_mask_BT.shape[1]
        allowed = allowed & (jnp.arange(L)[:, None] >= jnp.arange(T)[None, :])
    return jnp.where(allowed, 0.0, _NEG_INF).astype(jnp.float32)


class MultiHeadAttention(nnx.Module):
    """Attention with per-head projections [embed, heads, kv] and output [heads, kv, embed]."""

    def __init__(self, d_model: int, num_heads: int, head_dim: int, dropout_rate: float,
                 *, rngs: nnx.Rngs, scale_logits: bool = True):
        """scale_logits: divide the query-key logits by sqrt(head_dim) (False: T5/Switch,
        model.attention_scale=none)."""
        qkv_axes = (axes.EMBED, axes.HEADS, axes.KV)
        shape = (d_model, num_heads, head_dim)
        self.query = param(rngs, fan_avg_init(0, (1, 2)), shape, qkv_axes)
        self.key = param(rngs, fan_avg_init(0, (1, 2)), shape, qkv_axes)
        self.value = param(rngs, fan_avg_init(0, (1, 2)), shape, qkv_axes)
        self.out = param(rngs, fan_avg_init((0, 1), 2), (num_heads, head_dim, d_model),
                         (axes.HEADS, axes.KV, axes.EMBED))
        self.dropout_rate = dropout_rate
        self.scale_logits = scale_logits

    def project_kv(self, memory_BTM: jax.Array,
                   positions: jax.Array | None = None) -> tuple[jax.Array, jax.Array]:
        """Keys and values [B, T, heads, kv] of memory [B, T, M] (cacheable when decoding);
        keys rotated at positions [T] or [B, T] (RoPE) unless None."""
        dtype = memory_BTM.dtype
        head_axes = (axes.BATCH, axes.LENGTH, axes.HEADS, axes.KV)
        k_BTNK = jnp.einsum("BTM,MNK->BTNK", memory_BTM, self.key[...].astype(dtype))
        if positions is not None:
            k_BTNK = rotate(k_BTNK, positions)
        k_BTNK = constrain(k_BTNK, head_axes)
        v_BTNK = constrain(jnp.einsum("BTM,MNK->BTNK", memory_BTM, self.value[...].astype(dtype)), head_axes)
        return k_BTNK, v_BTNK

    def attend(self, x_BLM: jax.Array, k_BTNK: jax.Array, v_BTNK: jax.Array, bias_B1LT: jax.Array,
               rng: jax.Array | None = None, positions: jax.Array | None = None) -> jax.Array:
        """Queries from x [B, L, M] over given keys/values [B, T, heads, kv] -> [B, L, M];
        queries rotated at positions [L] or [B, L] (RoPE) unless None. The additive bias is
        [B, 1, L, T] (masks) or [B, heads, L, T] (masks plus T5 relative positions)."""
        dtype = x_BLM.dtype
        head_axes = (axes.BATCH, axes.LENGTH, axes.HEADS, axes.KV)
        q_BLNK = jnp.einsum("BLM,MNK->BLNK", x_BLM, self.query[...].astype(dtype))
        if positions is not None:
            q_BLNK = rotate(q_BLNK, positions)
        q_BLNK = constrain(q_BLNK, head_axes)
        if self.scale_logits:
            q_BLNK = q_BLNK / jnp.sqrt(q_BLNK.shape[-1]).astype(dtype)
        logits_BNLT = jnp.einsum("BLNK,BTNK->BNLT", q_BLNK, k_BTNK).astype(jnp.float32)
        probs_BNLT = jax.nn.softmax(logits_BNLT + bias_B1LT, axis=-1)
        probs_BNLT = dropout(probs_BNLT, self.dropout_rate, rng).astype(dtype)
        ctx_BLNK = constrain(jnp.einsum("BNLT,BTNK->BLNK", probs_BNLT, v_BTNK), head_axes)
        return jnp.einsum("BLNK,NKM->BLM", ctx_BLNK, self.out[...].astype(dtype))

    def __call__(self, x_BLM: jax.Array, memory_BTM: jax.Array, bias_B1LT: jax.Array,
                 rng: jax.Array | None = None, positions: jax.Array | None = None) -> jax.Array:
        """Queries from x [B, L, M], keys/values from memory [B, T, M] -> [B, L, M].
        positions: self-attention's token positions [L] for RoPE (None: no rotation)."""
        return self.attend(x_BLM, *self.project_kv(memory_BTM, positions), bias_B1LT, rng,
                           positions)
