"""The PyTorch twin of gshard_jax's translation Transformer, for B9 (torch_step.py): the same
sizes and the same work per step, written with plain torch ops so that a step of each can be
timed side by side.

What matches gshard_jax's model (model/transformer.py): pre-norm encoder-decoder blocks
(LayerNorm, eps 1e-6), no biases in attention or FFN, ReLU FFN, sinusoidal positions added to
the embeddings, one table shared by both embeddings and the output projection (logits scaled
by 1/sqrt(d_model)), dropout on the embeddings, sub-layer outputs and the FFN hidden layer,
label-smoothed cross-entropy over non-padding targets, and Adafactor (transformers'
`Adafactor`: decay -0.8, eps (1e-30, 1e-3), clipping 1.0, parameter scaling, the
same warm-up + rsqrt learning rate; it factors every matrix, optax only those with both
dimensions >= 128, and torch's label smoothing spreads ls/V over all V classes where
gshard_jax spreads ls/(V-1) over the others: the same cost).

MoE layers: a GShard top-2 layer with torch ops (softmax gate, top-2, renormalised gates,
capacity ceil(cf * 2S/E) per group of S tokens, first choices before second choices, the
second kept with probability 2*g2, the lingvo aux loss), dispatched by index: each expert
gathers its kept tokens, runs its FFN and adds its weighted output back (`index_add_`). That is
the fast way in eager PyTorch (HF's SwitchTransformers loops over experts the same way, top-1).
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn import functional as F

from gshard_jax.model.layers import sinusoidal_positions


class Attention(nn.Module):
    def __init__(self, d_model: int, heads: int, dropout: float):
        super().__init__()
        self.heads, self.dropout = heads, dropout
        self.q, self.k, self.v, self.o = (nn.Linear(d_model, d_model, bias=False) for _ in range(4))

    def forward(self, x, memory, mask):  # x [B, L, M], memory [B, T, M], mask [B, 1, L, T] bool
        B, L, M = x.shape
        split = lambda t: t.view(B, -1, self.heads, M // self.heads).transpose(1, 2)
        ctx = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(memory)),
                                             split(self.v(memory)), attn_mask=mask)
        return self.o(ctx.transpose(1, 2).reshape(B, L, M))


class FeedForward(nn.Module):
    def __init__(self, d_model: int, d_ff: int, dropout: float):
        super().__init__()
        self.wi, self.wo = nn.Linear(d_model, d_ff, bias=False), nn.Linear(d_ff, d_model, bias=False)
        self.dropout = dropout

    def forward(self, x):
        return self.wo(F.dropout(F.relu(self.wi(x)), self.dropout, self.training))


class Top2MoE(nn.Module):
    """GShard top-2 over groups of `group_size` tokens; returns (output, aux loss)."""

    def __init__(self, d_model: int, d_ff: int, experts: int, group_size: int,
                 capacity_factor: float, dropout: float):
        super().__init__()
        self.gate = nn.Linear(d_model, experts, bias=False)
        self.wi = nn.Parameter(torch.randn(experts, d_model, d_ff) / math.sqrt(d_model))
        self.wo = nn.Parameter(torch.randn(experts, d_ff, d_model) / math.sqrt(d_ff))
        self.E, self.S, self.cf, self.dropout = experts, group_size, capacity_factor, dropout

    def forward(self, x, token_mask):  # x [B, L, M], token_mask [B, L] bool
        shape = x.shape
        x = x.reshape(-1, self.S, shape[-1])  # [G, S, M]
        G, S, E = x.shape[0], self.S, self.E
        capacity = math.ceil(self.cf * 2 * S / E)
        gates = torch.softmax(self.gate(x).float(), -1) * token_mask.reshape(G, S, 1)
        g, idx = gates.topk(2, dim=-1)  # [G, S, 2]
        g = g / (g.sum(-1, keepdim=True) + 1e-9)
        first = F.one_hot(idx[..., 0], E).float()  # [G, S, E]
        second = F.one_hot(idx[..., 1], E).float()
        second = second * (2 * g[..., 1:] > torch.rand(G, S, 1)).float()
        aux = E * E * (first.mean(1) * gates.mean(1)).mean()
        pos1 = torch.cumsum(first, 1) - first
        pos2 = torch.cumsum(second, 1) - second + first.sum(1, keepdim=True)
        keep1 = ((pos1 * first).sum(-1) < capacity) & (first.sum(-1) > 0) & token_mask.reshape(G, S)
        keep2 = ((pos2 * second).sum(-1) < capacity) & (second.sum(-1) > 0) & token_mask.reshape(G, S)
        flat = x.reshape(G * S, -1)
        out = torch.zeros_like(flat)
        experts = torch.cat([idx[..., 0].reshape(-1), idx[..., 1].reshape(-1)])
        weights = torch.cat([(g[..., 0] * keep1).reshape(-1), (g[..., 1] * keep2).reshape(-1)])
        tokens = torch.arange(G * S).repeat(2)
        kept = torch.cat([keep1.reshape(-1), keep2.reshape(-1)])
        for e in range(E):
            chosen = torch.nonzero(kept & (experts == e)).squeeze(-1)
            rows = tokens[chosen]
            h = F.dropout(F.relu(flat[rows] @ self.wi[e]), self.dropout, self.training)
            out.index_add_(0, rows, (h @ self.wo[e]) * weights[chosen, None].to(flat.dtype))
        return out.reshape(shape), aux


class Block(nn.Module):
    def __init__(self, d_model, d_ff, heads, dropout, cross: bool, moe: dict | None):
        super().__init__()
        self.self_norm, self.ffn_norm = nn.LayerNorm(d_model, 1e-6), nn.LayerNorm(d_model, 1e-6)
        self.self_attention = Attention(d_model, heads, dropout)
        self.cross_norm = nn.LayerNorm(d_model, 1e-6) if cross else None
        self.cross_attention = Attention(d_model, heads, dropout) if cross else None
        self.ffn = Top2MoE(d_model, dropout=dropout, **moe) if moe else FeedForward(d_model, d_ff, dropout)
        self.dropout = dropout

    def forward(self, x, self_mask, token_mask, memory=None, cross_mask=None):
        drop = lambda h: F.dropout(h, self.dropout, self.training)
        h = self.self_norm(x)
        x = x + drop(self.self_attention(h, h, self_mask))
        if self.cross_attention is not None:
            x = x + drop(self.cross_attention(self.cross_norm(x), memory, cross_mask))
        h = self.ffn_norm(x)
        if isinstance(self.ffn, Top2MoE):
            h, aux = self.ffn(h, token_mask)
        else:
            h, aux = self.ffn(h), 0.0
        return x + drop(h), aux


class Transformer(nn.Module):
    """Encoder-decoder of gshard_jax's `ModelConfig` sizes (model.moe_every, moe.*)."""

    def __init__(self, cfg):
        super().__init__()
        moe = (dict(d_ff=cfg.expert_d_ff, experts=cfg.moe.num_experts, group_size=cfg.moe.group_size,
                    capacity_factor=cfg.moe.capacity_factor) if cfg.moe_every > 0 else None)
        block = lambda i, cross: Block(cfg.d_model, cfg.d_ff, cfg.num_heads, cfg.dropout_rate, cross,
                                       moe if cfg.is_moe_layer(i) else None)
        self.embed = nn.Embedding(cfg.vocab_size, cfg.d_model)
        nn.init.normal_(self.embed.weight)
        self.encoder = nn.ModuleList([block(i, False) for i in range(cfg.num_encoder_layers)])
        self.decoder = nn.ModuleList([block(i, True) for i in range(cfg.num_decoder_layers)])
        self.encoder_norm = nn.LayerNorm(cfg.d_model, 1e-6)
        self.decoder_norm = nn.LayerNorm(cfg.d_model, 1e-6)
        self.register_buffer("positions", torch.from_numpy(sinusoidal_positions(1024, cfg.d_model)))
        self.d_model, self.dropout = cfg.d_model, cfg.dropout_rate

    def _embed(self, ids):
        x = self.embed(ids) + self.positions[: ids.shape[1]]
        return F.dropout(x, self.dropout, self.training)

    def forward(self, src, tgt):  # [B, T], [B, L] int64, 0 = padding -> (logits [B, L, V], aux)
        src_mask, tgt_mask = src != 0, tgt != 0
        enc_mask = (src_mask[:, None, :, None] & src_mask[:, None, None, :])
        causal = torch.tril(torch.ones(tgt.shape[1], tgt.shape[1], dtype=torch.bool))
        dec_mask = tgt_mask[:, None, :, None] & tgt_mask[:, None, None, :] & causal
        cross_mask = tgt_mask[:, None, :, None] & src_mask[:, None, None, :]
        # Padding queries see no key at all (NaN in softmax): let them see every key instead;
        # their outputs carry no loss, as gshard_jax's finite -1e9 bias.
        enc_mask, dec_mask, cross_mask = (m | ~m.any(-1, keepdim=True)
                                          for m in (enc_mask, dec_mask, cross_mask))
        x, aux = self._embed(src), 0.0
        for block in self.encoder:
            x, a = block(x, enc_mask, src_mask)
            aux = aux + a
        memory = self.encoder_norm(x)
        x = self._embed(F.pad(tgt, (1, 0))[:, :-1])
        for block in self.decoder:
            x, a = block(x, dec_mask, tgt_mask, memory, cross_mask)
            aux = aux + a
        logits = self.decoder_norm(x) @ self.embed.weight.T / math.sqrt(self.d_model)
        return logits, aux


def make_optimizer(model: nn.Module, train_cfg):
    """transformers' Adafactor on gshard_jax's warm-up + rsqrt schedule (engine/optim.py)."""
    from transformers.optimization import Adafactor

    optimizer = Adafactor(model.parameters(), lr=train_cfg.learning_rate, scale_parameter=True,
                          relative_step=False, warmup_init=False)
    warmup = max(train_cfg.warmup_steps, 1)
    schedule = lambda step: min(1.0, (step + 1) / warmup) * math.sqrt(warmup / max(step + 1, warmup))
    return optimizer, torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)


def train_step(model, optimizer, scheduler, src, tgt, label_smoothing: float, aux_weight: float):
    """One step on a [B, T] / [B, L] batch; returns the loss (a float, as a host sync)."""
    model.train()
    logits, aux = model(src, tgt)
    loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt.reshape(-1),
                           ignore_index=0, label_smoothing=label_smoothing) + aux_weight * aux
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    optimizer.step()
    scheduler.step()
    return float(loss)
