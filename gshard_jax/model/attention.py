"""Multi-head dot-product attention (self and encoder-decoder) and its masks.

Self-attention may rotate queries and keys by their positions (RoPE, rotary.py): the methods
take `positions` (None: no rotation, as cross-attention and sinusoidal models).

Grouped-query attention (Ainslie et al. 2023; Mixtral, Llama 2 70B): N query heads share
N_kv key/value heads (model.num_kv_heads), query head h reading key/value head h // (N / N_kv),
as Hugging Face's `repeat_kv`. N_kv = N is multi-head attention, N_kv = 1 multi-query
attention. Keys, values and the decode cache carry N_kv heads under the logical axis
`kv_heads`, so the cache is N / N_kv times smaller. Letters: B batch, L query length,
T key length, M model dim, N query heads, H key/value heads, G = N / H queries per key head,
K per-head size.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax import axes
from gshard_jax.model.layers import constrain, dropout, fan_avg_init, param, token_matmul
from gshard_jax.model.rotary import BASE as ROPE_BASE, rotate


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
    """Attention with query projection [embed, heads, kv], key/value projections
    [embed, kv_heads, kv] and output [heads, kv, embed]."""

    def __init__(self, d_model: int, num_heads: int, head_dim: int, dropout_rate: float,
                 *, rngs: nnx.Rngs, num_kv_heads: int = 0, rope_theta: float = ROPE_BASE,
                 scale_logits: bool = True):
        """num_kv_heads: key/value heads (0 = num_heads; must divide num_heads).
        scale_logits: divide the query-key logits by sqrt(head_dim) (False: T5/Switch,
        model.attention_scale=none)."""
        num_kv_heads = num_kv_heads or num_heads
        if num_heads % num_kv_heads:
            raise ValueError(f"{num_kv_heads} key/value heads do not divide {num_heads} heads")
        self.query = param(rngs, fan_avg_init(0, (1, 2)), (d_model, num_heads, head_dim),
                           (axes.EMBED, axes.HEADS, axes.KV))
        kv_shape, kv_axes = (d_model, num_kv_heads, head_dim), (axes.EMBED, axes.KV_HEADS, axes.KV)
        self.key = param(rngs, fan_avg_init(0, (1, 2)), kv_shape, kv_axes)
        self.value = param(rngs, fan_avg_init(0, (1, 2)), kv_shape, kv_axes)
        self.out = param(rngs, fan_avg_init((0, 1), 2), (num_heads, head_dim, d_model),
                         (axes.HEADS, axes.KV, axes.EMBED))
        self.dropout_rate = dropout_rate
        self.rope_theta = rope_theta
        self.scale_logits = scale_logits

    def project_kv(self, memory_BTM: jax.Array,
                   positions: jax.Array | None = None) -> tuple[jax.Array, jax.Array]:
        """Keys and values [B, T, kv_heads, kv] of memory [B, T, M] (cacheable when decoding);
        keys rotated at positions [T] or [B, T] (RoPE) unless None."""
        dtype = memory_BTM.dtype
        kv_axes = (axes.BATCH, axes.LENGTH, axes.KV_HEADS, axes.KV)
        k_BTHK = token_matmul(memory_BTM, self.key[...].astype(dtype))
        if positions is not None:
            k_BTHK = rotate(k_BTHK, positions, self.rope_theta)
        k_BTHK = constrain(k_BTHK, kv_axes)
        v_BTHK = constrain(token_matmul(memory_BTM, self.value[...].astype(dtype)), kv_axes)
        return k_BTHK, v_BTHK

    def attend(self, x_BLM: jax.Array, k_BTHK: jax.Array, v_BTHK: jax.Array, bias_B1LT: jax.Array,
               rng: jax.Array | None = None, positions: jax.Array | None = None) -> jax.Array:
        """Queries from x [B, L, M] over given keys/values [B, T, kv_heads, kv] -> [B, L, M];
        queries rotated at positions [L] or [B, L] (RoPE) unless None. The additive bias is
        [B, 1, L, T] (masks) or [B, heads, L, T] (masks plus T5 relative positions)."""
        dtype = x_BLM.dtype
        head_axes = (axes.BATCH, axes.LENGTH, axes.HEADS, axes.KV)
        q_BLNK = token_matmul(x_BLM, self.query[...].astype(dtype))
        if positions is not None:
            q_BLNK = rotate(q_BLNK, positions, self.rope_theta)
        q_BLNK = constrain(q_BLNK, head_axes)
        if self.scale_logits:
            q_BLNK = q_BLNK / jnp.sqrt(q_BLNK.shape[-1]).astype(dtype)
        B, L, N, K = q_BLNK.shape
        H = k_BTHK.shape[2]
        # Query head h = kv head h // G, member h % G of its group (repeat_kv's order).
        q_BLHGK = q_BLNK.reshape(B, L, H, N // H, K)
        logits_BHGLT = jnp.einsum("BLHGK,BTHK->BHGLT", q_BLHGK, k_BTHK).astype(jnp.float32)
        if bias_B1LT.shape[1] == 1:  # masks only: the same for every head
            bias_BHGLT = bias_B1LT[:, :, None]
        else:  # per query head (T5 relative positions), grouped as the queries
            bias_BHGLT = bias_B1LT.reshape(bias_B1LT.shape[0], H, N // H, *bias_B1LT.shape[2:])
        probs_BHGLT = jax.nn.softmax(logits_BHGLT + bias_BHGLT, axis=-1)
        probs_BHGLT = dropout(probs_BHGLT, self.dropout_rate, rng).astype(dtype)
        ctx_BLNK = jnp.einsum("BHGLT,BTHK->BLHGK", probs_BHGLT, v_BTHK).reshape(B, L, N, K)
        ctx_BLNK = constrain(ctx_BLNK, head_axes)
        return token_matmul(ctx_BLNK, self.out[...].astype(dtype), in_dims=2)

    def __call__(self, x_BLM: jax.Array, memory_BTM: jax.Array, bias_B1LT: jax.Array,
                 rng: jax.Array | None = None, positions: jax.Array | None = None) -> jax.Array:
        """Queries from x [B, L, M], keys/values from memory [B, T, M] -> [B, L, M].
        positions: self-attention's token positions [L] for RoPE (None: no rotation)."""
        return self.attend(x_BLM, *self.project_kv(memory_BTM, positions), bias_B1LT, rng,
                           positions)
