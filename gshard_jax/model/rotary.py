"""Rotary position embeddings (RoPE; Su et al. 2021, "RoFormer"), as Mixtral and Llama use them.

Queries and keys [..., L, heads, K] are rotated by their position p before the dot product:
each pair of head dimensions (i, i + K/2), i < K/2, turns by the angle p * theta_i with
theta_i = base^(-2i/K) (base: model.rope_theta):

    x'_i       = x_i cos(p theta_i) - x_{i+K/2} sin(p theta_i)
    x'_{i+K/2} = x_{i+K/2} cos(p theta_i) + x_i sin(p theta_i)

so q'_p . k'_s depends on q, k and p - s only. The pairs are the two halves of the head (the
layout of Hugging Face's Llama/Mixtral and MaxText); the paper's adjacent pairs (2i, 2i+1) are the
same up to a fixed permutation of the projection's columns. The default base is the paper's and
Llama's 10,000; Mixtral uses 1e6 for its 32k-token context.
The decoder's key/value cache stores keys already rotated at their own positions, so a cached
step rotates only its new query and key, at position t.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp

BASE = 10000.0  # model.rope_theta's default


def rotate(x_LNK: jax.Array, positions: jax.Array, base: float = BASE) -> jax.Array:
    """x [..., L, N, K] (K even) rotated at positions [..., L] (ints; broadcast against x's
    leading dimensions, e.g. [L] for rows that share positions). Angles in float32."""
    half = x_LNK.shape[-1] // 2
    inverse_frequency_H = base ** (-jnp.arange(half, dtype=jnp.float32) / half)
    angle_LH = positions.astype(jnp.float32)[..., None] * inverse_frequency_H
    cos_L1H = jnp.cos(angle_LH)[..., None, :]
    sin_L1H = jnp.sin(angle_LH)[..., None, :]
    x32 = x_LNK.astype(jnp.float32)
    first, second = x32[..., :half], x32[..., half:]
    rotated = jnp.concatenate([first * cos_L1H - second * sin_L1H,
                               second * cos_L1H + first * sin_L1H], axis=-1)
    return rotated.astype(x_LNK.dtype)
