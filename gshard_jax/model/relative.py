"""T5's relative position bias (model.positions=t5_relative): a learned scalar per head and
bucket of key-minus-query distance, added to the self-attention logits.

Buckets (T5's `_relative_position_bucket`, Raffel et al. 2020): with n buckets, a causal stack
(decoder) uses all n for distances into the past; a bidirectional one (encoder) gives n/2 to
each direction (keys after the query get the upper half). Within a direction of b buckets,
distances 0..b/2-1 each have their own bucket; longer ones share b/2 log-spaced buckets up to
max_distance, beyond which everything falls in the last bucket.

  Worked example, n=32 bidirectional, max_distance=128: b=16, exact 0..7; distance 8 -> 8,
  12 -> 9 (8 + floor(log(12/8)/log(16) * 8)), 127 -> 15, 500 -> 15; key 3 positions later
  than the query -> 16 + 3 = 19.

The float32 arithmetic mirrors the reference (log in float32, truncation towards zero), so the
bucket of every distance equals T5's, including the distances where the logarithm lands on an
integer. Tables are computed in NumPy at trace time (positions are static) and gathered on
device, so a decode step with a traced position only indexes them.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

from gshard_jax import axes
from gshard_jax.model.layers import param


def relative_bucket(relative_position: np.ndarray, bidirectional: bool, num_buckets: int,
                    max_distance: int) -> np.ndarray:
    """T5 bucket (int32, same shape) of each key position minus query position."""
    relative_position = np.asarray(relative_position, np.int64)
    buckets = np.zeros(relative_position.shape, np.int64)
    if bidirectional:
        num_buckets //= 2
        buckets += (relative_position > 0) * num_buckets
        distance = np.abs(relative_position)
    else:
        distance = -np.minimum(relative_position, 0)
    max_exact = num_buckets // 2
    is_small = distance < max_exact
    with np.errstate(divide="ignore"):  # log(0) only where is_small picks the exact bucket
        log_ratio = np.log(distance.astype(np.float32) / np.float32(max_exact))
    scaled = (log_ratio / np.float32(math.log(max_distance / max_exact))
              * np.float32(num_buckets - max_exact))
    large = max_exact + np.where(is_small, 0, scaled).astype(np.int64)
    large = np.minimum(large, num_buckets - 1)
    return (buckets + np.where(is_small, distance, large)).astype(np.int32)


class RelativePositionBias(nnx.Module):
    """One stack's table [buckets, heads], shared by all its self-attention layers."""

    def __init__(self, num_buckets: int, max_distance: int, num_heads: int, d_model: int,
                 bidirectional: bool, *, rngs: nnx.Rngs):
        # T5's initialisation of the table (normal, std d_model^-1/2).
        self.table = param(rngs, jax.nn.initializers.normal(d_model ** -0.5),
                           (num_buckets, num_heads), (axes.RELATIVE_BUCKETS, axes.HEADS))
        self.max_distance = max_distance
        self.bidirectional = bidirectional

    def _buckets(self, offsets: np.ndarray) -> np.ndarray:
        return relative_bucket(offsets, self.bidirectional, self.table.shape[0], self.max_distance)

    def __call__(self, query_len: int, key_len: int) -> jax.Array:
        """Bias [1, heads, L, T] (float32) for queries 0..L-1 over keys 0..T-1."""
        buckets_LT = self._buckets(np.arange(key_len)[None, :] - np.arange(query_len)[:, None])
        return self._gather(jnp.asarray(buckets_LT))[None]

    def at(self, query_position: jax.Array, key_len: int) -> jax.Array:
        """Bias [1, heads, 1, T] for one (possibly traced) query position over keys 0..T-1:
        the row a KV-cached decode step adds."""
        # Buckets of every offset -(T-1)..T-1; the query's row is a window of them.
        offsets = np.arange(-(key_len - 1), key_len)
        all_buckets = jnp.asarray(self._buckets(offsets))
        start = (key_len - 1) - query_position
        buckets_1T = jax.lax.dynamic_slice_in_dim(all_buckets, start, key_len)[None, :]
        return self._gather(buckets_1T)[None]

    def _gather(self, buckets_LT: jax.Array) -> jax.Array:
        values_LTN = jnp.take(self.table[...], buckets_LT, axis=0)
        return jnp.transpose(values_LTN, (2, 0, 1)).astype(jnp.float32)  # [N, L, T]
