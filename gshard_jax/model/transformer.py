"""The GShard encoder-decoder Transformer: pre-LayerNorm blocks, MoE every other FFN.

Letters: B batch, L target length, T source length, M model dim, V vocabulary.
`encode()` and `decode()` are separate so beam search can call the decoder alone.
Token id 0 is padding and also the decoder's start token (targets are shifted right).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax.config import ModelConfig
from gshard_jax.model import axes
from gshard_jax.model.attention import MultiHeadAttention, attention_bias
from gshard_jax.model.layers import (
    Embed, FeedForward, LayerNorm, dropout, fold, param, sinusoidal_positions,
)
from gshard_jax.model.moe import MoEFeedForward
from gshard_jax import sharding

constrain = sharding.constrain  # logical names in; the active rules decide mesh placement

_ACTIVATION = (axes.BATCH, axes.LENGTH, axes.EMBED)
_DTYPES = {"float32": jnp.float32, "bfloat16": jnp.bfloat16}


def shift_right(tgt_BL: jax.Array, start_id: int = 0) -> jax.Array:
    """Decoder input: targets shifted one step right behind the start token."""
    return jnp.pad(tgt_BL, ((0, 0), (1, 0)), constant_values=start_id)[:, :-1]


class Block(nnx.Module):
    """One pre-LN layer: self-attention, optional cross-attention, then a dense or MoE FFN."""

    def __init__(self, cfg: ModelConfig, *, use_moe: bool, cross_attention: bool, rngs: nnx.Rngs):
        heads = (cfg.d_model, cfg.num_heads, cfg.resolved_head_dim, cfg.attention_dropout_rate)
        self.self_norm = LayerNorm(cfg.d_model, rngs=rngs)
        self.self_attention = MultiHeadAttention(*heads, rngs=rngs)
        self.cross_norm = LayerNorm(cfg.d_model, rngs=rngs) if cross_attention else None
        self.cross_attention = MultiHeadAttention(*heads, rngs=rngs) if cross_attention else None
        self.ffn_norm = LayerNorm(cfg.d_model, rngs=rngs)
        self.ffn = (MoEFeedForward(cfg, rngs=rngs) if use_moe
                    else FeedForward(cfg.d_model, cfg.d_ff, cfg.dropout_rate, rngs=rngs))
        self.use_moe = use_moe
        self.dropout_rate = cfg.dropout_rate

    def __call__(self, x_BLM, self_bias, token_mask_BL, memory_BTM=None, cross_bias=None,
                 rng=None):
        """Returns (x [B, L, M], routing or None)."""
        h = self.self_norm(x_BLM)
        h = self.self_attention(h, h, self_bias, fold(rng, 0))
        x_BLM = constrain(x_BLM + dropout(h, self.dropout_rate, fold(rng, 1)), _ACTIVATION)
        if self.cross_attention is not None:
            h = self.cross_attention(self.cross_norm(x_BLM), memory_BTM, cross_bias, fold(rng, 2))
            x_BLM = constrain(x_BLM + dropout(h, self.dropout_rate, fold(rng, 3)), _ACTIVATION)
        h = self.ffn_norm(x_BLM)
        routing = None
        if self.use_moe:
            h, routing = self.ffn(h, token_mask_BL, fold(rng, 4))
        else:
            h = self.ffn(h, fold(rng, 4))
        x_BLM = constrain(x_BLM + dropout(h, self.dropout_rate, fold(rng, 5)), _ACTIVATION)
        return x_BLM, routing


def moe_summary(routings: list, num_experts: int) -> dict:
    """Aggregates per-layer routing: aux loss summed (it enters the loss as a sum), drop
    rates and entropy averaged, per-layer expert load stacked [num_moe_layers, E]."""
    if not routings:
        zero = jnp.zeros((), jnp.float32)
        return {"aux_loss": zero, "dropped_first": zero, "dropped_second": zero,
                "unrouted": zero, "router_entropy": zero,
                "expert_load": jnp.zeros((0, num_experts), jnp.float32)}
    summary = {"aux_loss": sum(r.aux_loss for r in routings)}
    for name in ("dropped_first", "dropped_second", "unrouted", "router_entropy"):
        summary[name] = sum(r.metrics[name] for r in routings) / len(routings)
    summary["expert_load"] = jnp.stack([r.metrics["expert_load"] for r in routings])
    return summary


class Transformer(nnx.Module):
    """Encoder-decoder for translation; every `moe_every`-th FFN in both stacks is MoE."""

    def __init__(self, cfg: ModelConfig, *, rngs: nnx.Rngs):
        self.cfg = cfg
        self.src_embed = Embed(cfg.vocab_size, cfg.d_model, rngs=rngs)
        if cfg.share_embeddings:
            self.tgt_embed = None
            self.output = None
        else:
            self.tgt_embed = Embed(cfg.vocab_size, cfg.d_model, rngs=rngs)
            self.output = param(rngs, jax.nn.initializers.lecun_normal(), (cfg.d_model, cfg.vocab_size),
                                (axes.EMBED, axes.VOCAB))
        self.encoder = nnx.List([
            Block(cfg, use_moe=cfg.is_moe_layer(i), cross_attention=False, rngs=rngs)
            for i in range(cfg.num_encoder_layers)
        ])
        self.encoder_norm = LayerNorm(cfg.d_model, rngs=rngs)
        self.decoder = nnx.List([
            Block(cfg, use_moe=cfg.is_moe_layer(i), cross_attention=True, rngs=rngs)
            for i in range(cfg.num_decoder_layers)
        ])
        self.decoder_norm = LayerNorm(cfg.d_model, rngs=rngs)

    @property
    def dtype(self):
        return _DTYPES[self.cfg.dtype]

    def _embed(self, embed: Embed, ids_BL, rng):
        x = embed(ids_BL, self.dtype)
        x = x + sinusoidal_positions(ids_BL.shape[1], self.cfg.d_model).astype(self.dtype)
        return constrain(dropout(x, self.cfg.dropout_rate, rng), _ACTIVATION)

    def encode(self, src_BT: jax.Array, rng: jax.Array | None = None):
        """Source ids [B, T] (0 = pad) -> (encoded [B, T, M], list of Routings)."""
        src_mask_BT = src_BT > 0
        bias = attention_bias(src_mask_BT, src_mask_BT)
        x = self._embed(self.src_embed, src_BT, fold(rng, 0))
        routings = []
        for i, block in enumerate(self.encoder):
            x, routing = block(x, bias, src_mask_BT, rng=fold(rng, 1, i))
            routings += [routing] if routing is not None else []
        return self.encoder_norm(x), routings

    def decode(self, encoded_BTM, src_mask_BT, decoder_input_BL, decoder_mask_BL,
               rng: jax.Array | None = None):
        """Decoder over a whole (teacher-forced or partial) target buffer.

        Args:
          encoded_BTM: encoder output [B, T, M].
          src_mask_BT: 1 for real source tokens.
          decoder_input_BL: shifted target ids [B, L], position 0 = start token.
          decoder_mask_BL: 1 for positions that exist (padding and not-yet-decoded positions
            are 0: they attend to nothing and are not routed to experts).
        Returns: (logits [B, L, V] float32, list of Routings).
        """
        self_bias = attention_bias(decoder_mask_BL, decoder_mask_BL, causal=True)
        cross_bias = attention_bias(decoder_mask_BL, src_mask_BT)
        embed = self.src_embed if self.tgt_embed is None else self.tgt_embed
        x = self._embed(embed, decoder_input_BL, fold(rng, 0))
        routings = []
        for i, block in enumerate(self.decoder):
            x, routing = block(x, self_bias, decoder_mask_BL, encoded_BTM, cross_bias,
                               rng=fold(rng, 1, i))
            routings += [routing] if routing is not None else []
        x = self.decoder_norm(x)
        if self.output is None:
            # Shared table: scale so logits do not grow with d_model (as Flax's WMT example).
            logits = self.src_embed.attend(x) / jnp.sqrt(jnp.asarray(self.cfg.d_model, x.dtype))
        else:
            logits = jnp.einsum("BLM,MV->BLV", x, self.output[...].astype(x.dtype))
        return constrain(logits, (axes.BATCH, axes.LENGTH, axes.VOCAB)).astype(jnp.float32), routings

    def __call__(self, src_BT: jax.Array, tgt_BL: jax.Array, rng: jax.Array | None = None):
        """Teacher-forced forward: (logits [B, L, V], MoE summary dict).

        tgt are the target ids ending in EOS and 0-padded; the decoder sees them shifted right.
        """
        encoded, enc_routings = self.encode(src_BT, fold(rng, 0))
        logits, dec_routings = self.decode(
            encoded, src_BT > 0, shift_right(tgt_BL), tgt_BL > 0, fold(rng, 1)
        )
        return logits, moe_summary(enc_routings + dec_routings, self.cfg.moe.num_experts)
