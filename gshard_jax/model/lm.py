"""A decoder-only language model from the translation model's blocks (makeMoE's job).

Letters: B batch, L length (<= block_size), M model dim, V vocabulary, N rows decoded at once.
Each `Block` is the translation decoder's, without cross-attention: pre-LN causal
self-attention, then a dense or MoE FFN (`moe_every`; 1 = every block, as makeMoE). Tokens
are embedded with the fixed sinusoidal positions of the translation model (or rotated in
attention, model.positions=rope), and a separate output projection gives the logits
(makeMoE's lm_head). Incremental decoding reuses
`Block.decode_step` and its key/value cache.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax.config import LMModelConfig
from gshard_jax import axes
from gshard_jax.model.attention import attention_bias
from gshard_jax.model.layers import (
    Embed, constrain, dropout, fan_avg_init, fold, norm_layer, param, token_matmul,
)
from gshard_jax.model.stack import build_stack, run_stack, stack_layers
from gshard_jax.model.transformer import Block, embed_at, moe_summary


_ACTIVATION = (axes.BATCH, axes.LENGTH, axes.EMBED)
_DTYPES = {"float32": jnp.float32, "bfloat16": jnp.bfloat16}


def moe_layer_names(cfg: LMModelConfig) -> list[str]:
    """Names of the MoE layers in forward order ('layers.0', ...): the order of the per-layer
    entries of `moe_summary`."""
    return [f"layers.{i}" for i in range(cfg.num_layers) if cfg.is_moe_layer(i)]


class CharLM(nnx.Module):
    """Causal LM over `vocab_size` ids: tokens [B, L] -> next-token logits [B, L, V]."""

    STACKS = ("layers",)  # its layer stacks (unrolled or scanned, see model/stack.py)

    def __init__(self, cfg: LMModelConfig, vocab_size: int, *, rngs: nnx.Rngs):
        self.cfg = cfg
        self.embed = Embed(vocab_size, cfg.d_model, rngs=rngs)
        self.layers = build_stack([
            Block(cfg, num_experts=cfg.experts_of("decoder", i) if cfg.is_moe_layer(i) else 0,
                  cross_attention=False, causal=True, rngs=rngs)
            for i in range(cfg.num_layers)
        ], scan=cfg.scan_layers, moe_every=cfg.moe_every)
        self.norm = norm_layer(cfg.norm, cfg.d_model, rngs=rngs, epsilon=cfg.norm_epsilon)
        self.output = param(rngs, fan_avg_init(0, 1), (cfg.d_model, vocab_size),
                            (axes.EMBED, axes.VOCAB))

    @property
    def dtype(self):
        return _DTYPES[self.cfg.dtype]

    def __call__(self, tokens_BL: jax.Array, rng: jax.Array | None = None,
                 moe_group_size: int | None = None, moe_mode: str = "alltoall"):
        """tokens [B, L] (L <= block_size) -> (logits [B, L, V] float32, MoE summary dict).

        Position l sees tokens 0..l only (with no MoE token dropped: GShard's capacity places
        second choices after every first choice of the group, so with drops a later token can
        take an earlier token's slot). rng None = evaluation (no dropout, no random routing).
        moe_mode: how the MoE layers meet their experts (model/moe.py).
        """
        B, L = tokens_BL.shape
        everything_BL = jnp.ones((B, L), bool)
        bias = attention_bias(everything_BL, everything_BL, causal=True)
        x = embed_at(self.embed, tokens_BL, 0, self.cfg.block_size, self.dtype, self.cfg.positions)
        x = constrain(dropout(x, self.cfg.dropout_rate, fold(rng, 0)), _ACTIVATION)
        x, routings = run_stack(self.layers, x, self.cfg.remat, fold(rng, 1), bias, None,
                                moe_group_size=moe_group_size, moe_mode=moe_mode)
        return self._logits(x), moe_summary(routings, self.cfg.moe.num_experts)

    def _logits(self, x_BLM):
        x_BLM = self.norm(x_BLM)
        logits = token_matmul(x_BLM, self.output[...].astype(x_BLM.dtype))
        return constrain(logits, (axes.BATCH, axes.LENGTH, axes.VOCAB)).astype(jnp.float32)

    def init_cache(self, rows: int) -> list:
        """Empty per-layer self-attention (keys, values) [N, block_size, kv_heads, kv]."""
        shape = (rows, self.cfg.block_size, self.cfg.resolved_kv_heads,
                 self.cfg.resolved_head_dim)
        empty = jnp.zeros(shape, self.dtype)
        return [(empty, empty) for _ in range(self.cfg.num_layers)]

    def decode_step(self, token_N: jax.Array, t: jax.Array, cache: list,
                    moe_group_size: int | None = None,
                    moe_mode: str = "alltoall") -> tuple[jax.Array, list]:
        """Feeds token_N [N] at position t (< block_size): (next-token logits [N, V], cache).

        Equals `__call__` on the window of positions 0..t at position t, when no MoE token is
        dropped (the MoE groups here are the N tokens of this step, split by moe_group_size).
        Cache entries at positions > t are never attended to, so a window can be re-fed from
        position 0 over an old cache.
        """
        x = constrain(embed_at(self.embed, token_N[:, None], t, self.cfg.block_size, self.dtype,
                               self.cfg.positions), _ACTIVATION)
        new_cache = []
        for block, kv in zip(stack_layers(self.layers), cache):
            x, kv = block.decode_step(x, kv, t, None, None, moe_group_size, moe_mode)
            new_cache.append(kv)
        return self._logits(x)[:, 0], new_cache
