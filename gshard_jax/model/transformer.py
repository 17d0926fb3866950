"""The GShard encoder-decoder Transformer: pre-norm blocks, MoE every other FFN.

The block's parts follow the config: LayerNorm or RMSNorm (model.norm), sinusoidal positions
added to the embeddings, rotary ones in self-attention or T5's relative bias on the
self-attention logits (model.positions; one table per stack, model/relative.py), and the FFN's
activation (model.ffn_activation) in the dense FFNs and the experts alike.

Letters: B batch, L target length, T source length, M model dim, V vocabulary.
`encode()` and `decode()` are separate so beam search can call the decoder alone.
Token id 0 is padding and also the decoder's start token (targets are shifted right).
"""

from __future__ import annotations

from typing import NamedTuple

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax.config import BlockConfig, ModelConfig
from gshard_jax.vocab import PAD_ID
from gshard_jax import axes
from gshard_jax.model.attention import MultiHeadAttention, attention_bias
from gshard_jax.model.layers import (
    Embed, FeedForward, constrain, cpu_forms, dropout, fold, norm_layer, param,
    sinusoidal_positions, token_matmul,
)
from gshard_jax.model.routing import LOSS_METRICS, RATE_METRICS
from gshard_jax.model.moe import MoEFeedForward
from gshard_jax.model.relative import RelativePositionBias
from gshard_jax.model.residual import ResidualMoE
from gshard_jax.model.stack import build_stack, run_stack, stack_layers, unrolled_plain


_ACTIVATION = (axes.BATCH, axes.LENGTH, axes.EMBED)
_DTYPES = {"float32": jnp.float32, "bfloat16": jnp.bfloat16}


def shift_right(tgt_BL: jax.Array, start_id: int = PAD_ID) -> jax.Array:
    """Decoder input: targets shifted one step right behind the start token."""
    return jnp.pad(tgt_BL, ((0, 0), (1, 0)), constant_values=start_id)[:, :-1]


def embed_at(embed: Embed, ids_BL: jax.Array, start, max_len: int, dtype,
             positions: str = "sinusoidal") -> jax.Array:
    """Embeddings [B, L, M] of ids [B, L] at positions start..start+L-1 (start may be traced):
    token rows plus the sinusoidal encodings of a max_len table; token rows alone when
    positions is 'rope' or 't5_relative' (attention sees positions instead)."""
    if positions in ("rope", "t5_relative"):
        return embed(ids_BL, dtype)
    table = jnp.asarray(sinusoidal_positions(max_len, embed.table.shape[1]))
    positions_LM = jax.lax.dynamic_slice_in_dim(table, start, ids_BL.shape[1], axis=0)
    return embed(ids_BL, dtype) + positions_LM.astype(dtype)


class Block(nnx.Module):
    """One pre-norm layer: self-attention, optional cross-attention, then a dense or MoE FFN."""

    def __init__(self, cfg: BlockConfig, *, num_experts: int, cross_attention: bool,
                 rngs: nnx.Rngs, causal: bool | None = None):
        """num_experts: 0 for a dense FFN, else this MoE layer's experts (PR-MoE: per layer).
        causal: the block sees only earlier tokens (default: decoder blocks, i.e. those with
        cross-attention; the decoder-only LM's blocks are causal without it), so its router
        must not look ahead."""
        causal = cross_attention if causal is None else causal
        use_moe = num_experts > 0
        heads = (cfg.d_model, cfg.num_heads, cfg.resolved_head_dim, cfg.attention_dropout_rate)
        attention = dict(num_kv_heads=cfg.resolved_kv_heads, rope_theta=cfg.rope_theta,
                         scale_logits=cfg.attention_scale == "inverse_sqrt")
        norm = dict(rngs=rngs, epsilon=cfg.norm_epsilon)
        self.self_norm = norm_layer(cfg.norm, cfg.d_model, **norm)
        self.self_attention = MultiHeadAttention(*heads, rngs=rngs, **attention)
        self.cross_norm = norm_layer(cfg.norm, cfg.d_model, **norm) if cross_attention else None
        self.cross_attention = (MultiHeadAttention(*heads, rngs=rngs, **attention)
                                if cross_attention else None)
        self.ffn_norm = norm_layer(cfg.norm, cfg.d_model, **norm)
        moe_layer = ResidualMoE if cfg.moe.residual != "off" else MoEFeedForward
        self.ffn = (moe_layer(cfg, rngs=rngs, decoder=causal, num_experts=num_experts,
                              router=cfg.moe.stack_router(causal))
                    if use_moe
                    else FeedForward(cfg.d_model, cfg.d_ff, cfg.dropout_rate, rngs=rngs,
                                     activation=cfg.ffn_activation))
        self.use_moe = use_moe
        self.rotary = cfg.positions == "rope"  # RoPE in self-attention (never cross-attention)
        self.dropout_rate = cfg.dropout_rate

    def __call__(self, x_BLM, self_bias, token_mask_BL, memory_BTM=None, cross_bias=None,
                 rng=None, moe_group_size=None, top_k=None, moe_mode: str = "alltoall"):
        """Returns (x [B, L, M], routing or None). top_k: the MoE's active k (None = config);
        moe_mode: how its MoE layer meets the experts (model/moe.py)."""
        h = self.self_norm(x_BLM)
        # Rows start at position 0 (padding only at the end), so rows share positions 0..L-1.
        positions_L = jnp.arange(x_BLM.shape[1]) if self.rotary else None
        h = self.self_attention(h, h, self_bias, fold(rng, 0), positions_L)
        x_BLM = self._residual(x_BLM, h, fold(rng, 1))
        cross_kv = None if self.cross_attention is None else self.cross_attention.project_kv(memory_BTM)
        return self._cross_and_ffn(x_BLM, cross_kv, cross_bias, token_mask_BL, rng, moe_group_size,
                                   top_k, moe_mode)

    def decode_step(self, x_N1M, kv_cache, t, cross_kv, cross_bias, moe_group_size=None,
                    moe_mode: str = "alltoall", position_bias_1N1T=None):
        """One new position per row with cached self-attention keys/values (inference only).

        kv_cache: (keys, values) [N, max_len, kv_heads, kv] of positions < t; the new position's
        are written at t. With RoPE the cached keys are rotated at their own positions, and the
        new query and key at t. position_bias_1N1T: T5's relative bias of query t over the
        max_len keys (None without). Returns (x [N, 1, M], updated kv_cache).
        """
        h = self.self_norm(x_N1M)
        positions_1 = jnp.reshape(t, (1,)) if self.rotary else None
        k_N1HK, v_N1HK = self.self_attention.project_kv(h, positions_1)
        keys, values = (jax.lax.dynamic_update_slice_in_dim(cached, new, t, axis=1)
                        for cached, new in zip(kv_cache, (k_N1HK, v_N1HK)))
        visible_NT = jnp.broadcast_to(jnp.arange(keys.shape[1]) <= t, keys.shape[:2])
        self_bias = attention_bias(jnp.ones(x_N1M.shape[:2], bool), visible_NT)
        if position_bias_1N1T is not None:
            self_bias = self_bias + position_bias_1N1T
        h = self.self_attention.attend(h, keys, values, self_bias, positions=positions_1)
        x_N1M = self._residual(x_N1M, h, None)
        x_N1M, _ = self._cross_and_ffn(x_N1M, cross_kv, cross_bias, None, None, moe_group_size,
                                       moe_mode=moe_mode)
        return x_N1M, (keys, values)

    def _residual(self, x_BLM, h_BLM, rng):
        return constrain(x_BLM + dropout(h_BLM, self.dropout_rate, rng), _ACTIVATION)

    def _cross_and_ffn(self, x_BLM, cross_kv, cross_bias, token_mask_BL, rng, moe_group_size,
                       top_k=None, moe_mode: str = "alltoall"):
        """Cross-attention over precomputed memory keys/values (decoder only), then the FFN."""
        if self.cross_attention is not None:
            h = self.cross_attention.attend(self.cross_norm(x_BLM), *cross_kv, cross_bias, fold(rng, 2))
            x_BLM = self._residual(x_BLM, h, fold(rng, 3))
        h = self.ffn_norm(x_BLM)
        routing = None
        if self.use_moe:
            h, routing = self.ffn(h, token_mask_BL, fold(rng, 4), group_size=moe_group_size,
                                  top_k=top_k, moe_mode=moe_mode)
        else:
            h = self.ffn(h, fold(rng, 4))
        return self._residual(x_BLM, h, fold(rng, 5)), routing


class DecodeState(NamedTuple):
    """What incremental decoding carries: per decoder layer, the self-attention (keys, values)
    [N, max_len, kv_heads, kv] written so far and the fixed cross-attention (keys, values) of the
    encoder output; plus the cross-attention bias [N, 1, 1, T] of source padding."""

    self_kv: list
    cross_kv: list
    cross_bias: jax.Array


def moe_layer_names(cfg: ModelConfig) -> list[str]:
    """Names of the MoE layers in forward order ('encoder.1', ..., 'decoder.1', ...): the
    order of the per-layer entries of `moe_summary`."""
    return [f"{stack}.{i}" for stack, i in cfg.moe_layers]


def moe_summary(routings: list, num_experts: int) -> dict:
    """Aggregates per-layer routing: the losses (aux, z) summed (they enter the loss as sums),
    drop rates, entropy and the other rates averaged; per layer (forward order, see
    `moe_layer_names`) the aux loss [num_moe_layers] and the expert load [num_moe_layers, E],
    E = the most experts of any layer: a layer with fewer experts (PR-MoE) has NaN in the
    columns it does not have."""
    if not routings:
        zero = jnp.zeros((), jnp.float32)
        return {**{name: zero for name in LOSS_METRICS + RATE_METRICS},
                "aux_loss_by_layer": jnp.zeros((0,), jnp.float32),
                "expert_load": jnp.zeros((0, num_experts), jnp.float32)}
    summary = {"aux_loss": sum(r.aux_loss for r in routings),
               "z_loss": sum(r.z_loss for r in routings),
               "aux_loss_by_layer": jnp.stack([r.aux_loss for r in routings])}
    for name in RATE_METRICS:
        summary[name] = sum(r.metrics[name] for r in routings) / len(routings)
    widest = max(num_experts, *(r.metrics["expert_load"].shape[0] for r in routings))
    summary["expert_load"] = jnp.stack([
        jnp.pad(r.metrics["expert_load"], (0, widest - r.metrics["expert_load"].shape[0]),
                constant_values=jnp.nan) for r in routings])
    return summary


class Transformer(nnx.Module):
    """Encoder-decoder for translation; every `moe_every`-th FFN in both stacks is MoE."""

    STACKS = ("encoder", "decoder")  # its layer stacks (unrolled or scanned, see model/stack.py)

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
        # Blocks are created in the same order in both layouts, so scanned weights equal
        # unrolled ones (model/stack.py).
        stack = dict(scan=cfg.scan_layers, moe_every=cfg.moe_every)
        self.encoder = build_stack([
            Block(cfg, num_experts=cfg.experts_of("encoder", i) if cfg.is_moe_layer(i) else 0,
                  cross_attention=False, rngs=rngs)
            for i in range(cfg.num_encoder_layers)
        ], **stack)
        self.encoder_norm = norm_layer(cfg.norm, cfg.d_model, rngs=rngs, epsilon=cfg.norm_epsilon)
        self.decoder = build_stack([
            Block(cfg, num_experts=cfg.experts_of("decoder", i) if cfg.is_moe_layer(i) else 0,
                  cross_attention=True, rngs=rngs)
            for i in range(cfg.num_decoder_layers)
        ], **stack)
        self.decoder_norm = norm_layer(cfg.norm, cfg.d_model, rngs=rngs, epsilon=cfg.norm_epsilon)
        # T5: one relative-position table per stack, bidirectional in the encoder, causal in
        # the decoder (created last, so the other weights do not depend on the option).
        relative = cfg.positions == "t5_relative"
        tables = dict(num_buckets=cfg.relative_buckets, max_distance=cfg.relative_max_distance,
                      num_heads=cfg.num_heads, d_model=cfg.d_model, rngs=rngs)
        self.encoder_relative = (RelativePositionBias(bidirectional=True, **tables)
                                 if relative else None)
        self.decoder_relative = (RelativePositionBias(bidirectional=False, **tables)
                                 if relative else None)

    @property
    def dtype(self):
        return _DTYPES[self.cfg.dtype]

    def _embed(self, embed: Embed, ids_BL, rng):
        x = embed_at(embed, ids_BL, 0, ids_BL.shape[1], self.dtype, self.cfg.positions)
        return constrain(dropout(x, self.cfg.dropout_rate, rng), _ACTIVATION)

    def encode(self, src_BT: jax.Array, rng: jax.Array | None = None,
               moe_group_size: int | None = None, top_k=None, moe_mode: str = "alltoall"):
        """Source ids [B, T] (0 = pad) -> (encoded [B, T, M], list of Routings).

        moe_group_size overrides moe.group_size (translation uses it to split groups evenly);
        top_k, the MoE layers' active experts per token (traced up to moe.max_top_k; None =
        moe.top_k); moe_mode, how they meet their experts (one of config.MOE_MODES, the task's
        `moe_mode`; model/moe.py).
        """
        src_mask_BT = src_BT != PAD_ID
        bias = attention_bias(src_mask_BT, src_mask_BT)
        if self.encoder_relative is not None:  # [B, 1, T, T] -> [B, heads, T, T]
            bias = bias + self.encoder_relative(src_BT.shape[1], src_BT.shape[1])
        x = self._embed(self.src_embed, src_BT, fold(rng, 0))
        if unrolled_plain(self.encoder, self.cfg.remat):
            routings = []
            for i, block in enumerate(self.encoder):
                x, routing = block(x, bias, src_mask_BT, rng=fold(rng, 1, i),
                                   moe_group_size=moe_group_size, top_k=top_k, moe_mode=moe_mode)
                routings += [routing] if routing is not None else []
        else:  # scanned and/or rematerialised: the same blocks, run by model/stack.py
            x, routings = run_stack(self.encoder, x, self.cfg.remat, fold(rng, 1), bias,
                                    src_mask_BT, moe_group_size=moe_group_size, top_k=top_k,
                                    moe_mode=moe_mode)
        return self.encoder_norm(x), routings

    def decode(self, encoded_BTM, src_mask_BT, decoder_input_BL, decoder_mask_BL,
               rng: jax.Array | None = None, top_k=None, moe_mode: str = "alltoall",
               moe_group_size: int | None = None):
        """Decoder over a whole (teacher-forced or partial) target buffer.

        Args:
          encoded_BTM: encoder output [B, T, M].
          src_mask_BT: 1 for real source tokens.
          decoder_input_BL: shifted target ids [B, L], position 0 = start token.
          decoder_mask_BL: 1 for positions that exist (padding and not-yet-decoded positions
            are 0: they attend to nothing and are not routed to experts).
          top_k, moe_mode, moe_group_size: as in `encode`.
        Returns: (logits [B, L, V] float32, list of Routings).
        """
        self_bias = attention_bias(decoder_mask_BL, decoder_mask_BL, causal=True)
        if self.decoder_relative is not None:  # [B, 1, L, L] -> [B, heads, L, L]
            L = decoder_input_BL.shape[1]
            self_bias = self_bias + self.decoder_relative(L, L)
        cross_bias = attention_bias(decoder_mask_BL, src_mask_BT)
        embed = self.src_embed if self.tgt_embed is None else self.tgt_embed
        x = self._embed(embed, decoder_input_BL, fold(rng, 0))
        if unrolled_plain(self.decoder, self.cfg.remat):
            routings = []
            for i, block in enumerate(self.decoder):
                x, routing = block(x, self_bias, decoder_mask_BL, encoded_BTM, cross_bias,
                                   rng=fold(rng, 1, i), moe_group_size=moe_group_size, top_k=top_k,
                                   moe_mode=moe_mode)
                routings += [routing] if routing is not None else []
        else:
            x, routings = run_stack(self.decoder, x, self.cfg.remat, fold(rng, 1), self_bias,
                                    decoder_mask_BL, encoded_BTM, cross_bias,
                                    moe_group_size=moe_group_size, top_k=top_k, moe_mode=moe_mode)
        return self._logits(x), routings

    def _logits(self, x_BLM):
        x_BLM = self.decoder_norm(x_BLM)
        if self.output is None:
            # Shared table: scale so logits do not grow with d_model (as Flax's WMT example).
            scale = jnp.sqrt(jnp.asarray(self.cfg.d_model, x_BLM.dtype))
            if cpu_forms():  # the [B, L, M] input, not the V-times larger logits: one pass less
                logits = self.src_embed.attend(x_BLM / scale)
            else:
                logits = self.src_embed.attend(x_BLM) / scale
        else:
            logits = token_matmul(x_BLM, self.output[...].astype(x_BLM.dtype))
        return constrain(logits, (axes.BATCH, axes.LENGTH, axes.VOCAB)).astype(jnp.float32)

    def init_decode_state(self, encoded_NTM, src_mask_NT, max_len: int) -> DecodeState:
        """Inference state for `decode_step`: empty self-attention caches, cross keys/values.

        encoded/src_mask have one row per hypothesis (N = batch * beam, rows batch-major).
        """
        N = encoded_NTM.shape[0]
        shape = (N, max_len, self.cfg.resolved_kv_heads, self.cfg.resolved_head_dim)
        empty = jnp.zeros(shape, self.dtype)
        layers = stack_layers(self.decoder)
        return DecodeState(
            self_kv=[(empty, empty) for _ in layers],
            cross_kv=[block.cross_attention.project_kv(encoded_NTM) for block in layers],
            cross_bias=attention_bias(jnp.ones((N, 1), bool), src_mask_NT),
        )

    def decode_step(self, token_N: jax.Array, t: jax.Array, state: DecodeState,
                    moe_group_size: int | None = None,
                    moe_mode: str = "alltoall") -> tuple[jax.Array, DecodeState]:
        """Next-token logits [N, V] for the token at output position t, and the new state
        (moe_mode as in `encode`).

        Equals `decode` on the whole buffer at position t (when no MoE token is dropped; the
        MoE groups here are the N tokens of this step, split by moe_group_size).
        """
        embed = self.src_embed if self.tgt_embed is None else self.tgt_embed
        max_len = state.self_kv[0][0].shape[1]
        x = embed_at(embed, token_N[:, None], t, max_len, self.dtype, self.cfg.positions)
        x = constrain(x, _ACTIVATION)
        position_bias = (None if self.decoder_relative is None
                         else self.decoder_relative.at(t, max_len))  # [1, heads, 1, max_len]
        self_kv = []
        for block, kv, cross_kv in zip(stack_layers(self.decoder), state.self_kv, state.cross_kv):
            x, kv = block.decode_step(x, kv, t, cross_kv, state.cross_bias, moe_group_size,
                                      moe_mode, position_bias)
            self_kv.append(kv)
        return self._logits(x)[:, 0], state._replace(self_kv=self_kv)

    def __call__(self, src_BT: jax.Array, tgt_BL: jax.Array, rng: jax.Array | None = None,
                 top_k=None, moe_mode: str = "alltoall", moe_group_size: int | None = None):
        """Teacher-forced forward: (logits [B, L, V], MoE summary dict).

        tgt are the target ids ending in EOS and 0-padded; the decoder sees them shifted right.
        top_k, moe_mode, moe_group_size: the MoE layers' active experts per token, execution
        mode and group size override (see `encode`).
        """
        encoded, enc_routings = self.encode(src_BT, fold(rng, 0), moe_group_size=moe_group_size,
                                            top_k=top_k, moe_mode=moe_mode)
        logits, dec_routings = self.decode(
            encoded, src_BT != PAD_ID, shift_right(tgt_BL), tgt_BL != PAD_ID, fold(rng, 1),
            top_k=top_k, moe_mode=moe_mode, moe_group_size=moe_group_size)
        return logits, moe_summary(enc_routings + dec_routings, self.cfg.moe.num_experts)


def split_group_size(num_tokens: int, shards: int, configured: int) -> int | None:
    """An MoE group size whose group count splits evenly over `shards` group shards.

    The configured size when it already does; otherwise the tokens of one shard, so every
    device routes its own tokens (a count that does not split would make XLA replicate and
    re-gather whole MoE layers). None keeps the configured size (tokens do not split at all).
    """
    if num_tokens % (shards * min(configured, num_tokens)) == 0:
        return configured
    return num_tokens // shards if num_tokens % shards == 0 else None
