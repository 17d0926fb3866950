"""Index-based MoE dispatch and combine whose forward *and* backward passes are gathers.

Letters: G groups, S tokens per group, K choices per token, X = E*C expert slots per group,
M model dim.

Each slot holds at most one token and each token occupies at most K slots, so dispatch is a
partial permutation. Autodiff of a gather is a scatter-add, which runs serially on CPU; here
each backward pass is written as the gather through the inverse map instead:
  dispatch  buffer[x] = tokens[source[x]]          d_tokens[s] = sum_k d_buffer[slot[s, k]]
  combine   y[s] = sum_k w[s, k] buffer[slot[s, k]]  d_buffer[x] = w_of_slot[x] * d_y[source[x]]
Index S in `source` and index X in `slot` point at an appended zero row (empty slot, dropped
choice).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp


def _take_rows(rows_GNM: jax.Array, index_GI: jax.Array) -> jax.Array:
    """rows[g, index[g, i]] for every g, i: [G, N, M], [G, I] -> [G, I, M]."""
    return jnp.take_along_axis(rows_GNM, index_GI[..., None], axis=1)


def _pad_row(x_GNM: jax.Array) -> jax.Array:
    return jnp.concatenate([x_GNM, jnp.zeros_like(x_GNM[:, :1])], axis=1)


def slot_sources(slot_GSK: jax.Array, weight_GSK: jax.Array, num_slots: int):
    """Inverse map: (source token [G, X] (S = empty), weight of the choice in each slot [G, X])."""
    G, S, K = slot_GSK.shape
    token_GSK = jnp.broadcast_to(jnp.arange(S, dtype=jnp.int32)[None, :, None], (G, S, K))
    source_GX = jnp.full((G, num_slots + 1), S, jnp.int32)
    source_GX = jax.vmap(lambda s, i, t: s.at[i].set(t))(source_GX, slot_GSK.reshape(G, -1),
                                                         token_GSK.reshape(G, -1))
    weight_GX = jnp.zeros((G, num_slots + 1), weight_GSK.dtype)
    weight_GX = jax.vmap(lambda w, i, v: w.at[i].set(v))(weight_GX, slot_GSK.reshape(G, -1),
                                                         weight_GSK.reshape(G, -1))
    # The spare row num_slots collected every dropped choice: keep it empty.
    return source_GX[:, :num_slots], weight_GX[:, :num_slots]


@jax.custom_vjp
def dispatch(x_GSM, slot_GSK, source_GX):
    """Tokens [G, S, M] -> slot buffer [G, X, M] (empty slots are zero)."""
    return _take_rows(_pad_row(x_GSM), source_GX)


def _dispatch_fwd(x_GSM, slot_GSK, source_GX):
    return dispatch(x_GSM, slot_GSK, source_GX), (slot_GSK, source_GX)


def _dispatch_bwd(residuals, d_buffer_GXM):
    slot_GSK, source_GX = residuals
    G, S, K = slot_GSK.shape
    d_GSKM = _take_rows(_pad_row(d_buffer_GXM), slot_GSK.reshape(G, S * K))
    return d_GSKM.reshape(G, S, K, -1).sum(axis=2), None, None


dispatch.defvjp(_dispatch_fwd, _dispatch_bwd)


def _combine_fwd(buffer_GXM, weight_GSK, slot_GSK, source_GX, slot_weight_GX):
    G, S, K = slot_GSK.shape
    gathered_GSKM = _take_rows(_pad_row(buffer_GXM), slot_GSK.reshape(G, S * K)).reshape(G, S, K, -1)
    y_GSM = jnp.einsum("GSK,GSKM->GSM", weight_GSK.astype(buffer_GXM.dtype), gathered_GSKM)
    return y_GSM, (gathered_GSKM, weight_GSK, source_GX, slot_weight_GX)


@jax.custom_vjp
def combine(buffer_GXM, weight_GSK, slot_GSK, source_GX, slot_weight_GX):
    """Slot buffer [G, X, M] -> tokens [G, S, M]: each token's weighted sum over its slots."""
    return _combine_fwd(buffer_GXM, weight_GSK, slot_GSK, source_GX, slot_weight_GX)[0]


def _combine_bwd(residuals, d_y_GSM):
    gathered_GSKM, weight_GSK, source_GX, slot_weight_GX = residuals
    d_buffer_GXM = slot_weight_GX[..., None].astype(d_y_GSM.dtype) * _take_rows(_pad_row(d_y_GSM), source_GX)
    d_weight_GSK = jnp.einsum("GSKM,GSM->GSK", gathered_GSKM, d_y_GSM).astype(weight_GSK.dtype)
    return d_buffer_GXM, d_weight_GSK, None, None, jnp.zeros_like(slot_weight_GX)


combine.defvjp(_combine_fwd, _combine_bwd)
