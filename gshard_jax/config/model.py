"""The model sections: the block both models stack (`BlockConfig`), its MoE layers
(`MoEConfig`), the encoder-decoder Transformer (`ModelConfig`), and the checks between their
fields (routers, experts, heads).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from gshard_jax.config.fields import NON_NEGATIVE, POSITIVE, RATE, setting


# model.remat: jax.checkpoint policies of model/stack.py (each keeps the MoE all-to-alls' outputs).
REMAT_CHOICES = ("none", "full", "dots")

# Routing algorithms (gshard_jax/model/routing.py has each one's math and reference choices).
ROUTERS = ("gshard_top2", "switch", "noisy_topk", "expert_choice", "softmax_topk")
# Routers whose slots go to tokens in (batch-prioritized or token) order; the others fill a
# fixed number of slots per expert from the whole group.
TOKEN_CHOICE_ROUTERS = ("gshard_top2", "switch", "noisy_topk", "softmax_topk")
# moe.expert_compute: how the experts run on the dispatched tokens (model/moe.py, grouped.py).
EXPERT_COMPUTES = ("auto", "buckets", "grouped", "ragged_dot")
# The block's parts (gshard_jax/model/layers.py and rotary.py have the math).
FFN_ACTIVATIONS = ("relu", "gelu", "swiglu", "geglu")
NORMS = ("layernorm", "rmsnorm")
POSITIONS = ("sinusoidal", "rope", "t5_relative")
# model.attention_scale: the factor on query-key logits (T5 and Switch fold it into the init).
ATTENTION_SCALES = ("inverse_sqrt", "none")


@dataclasses.dataclass(frozen=True)
class MoEConfig:
    """MoE layer settings: the router, its capacity and its losses (GShard top-2 by default)."""

    num_experts: int = setting(8, "experts per MoE layer (divisible by the expert mesh axis)", low=2)
    router: str = setting(
        "gshard_top2", "routing of the encoder's MoE layers (and the decoder's, see "
        "decoder_router): gshard_top2 (GShard/lingvo), switch (Switch/flaxformer tokens-choose), "
        "noisy_topk (Shazeer 2017), expert_choice (Zhou 2022; encoder only), softmax_topk (Mixtral)",
        choices=ROUTERS)
    decoder_router: str = setting(
        "auto", "routing of the decoder's MoE layers: 'auto' = router, except gshard_top2 when "
        "router is expert_choice (it looks at future tokens, so a causal decoder refuses it)",
        choices=("auto",) + ROUTERS)
    top_k: int = setting(2, "experts per token of the token-choice routers (1..num_experts; "
                         "switch with 1 is the Switch Transformer); expert_choice ignores it",
                         **POSITIVE)
    max_top_k: int = setting(
        0, "dynamic top-any: compile for up to this many experts per token and pass top_k to the "
        "step as a value, so top_k may change between steps or at resume without a new compile; "
        "0 = top_k, fixed", **NON_NEGATIVE)
    group_size: int = setting(256, "S: tokens per local dispatch group", **POSITIVE)
    capacity_factor: float = setting(
        2.0, "training capacity: > 0 fixed, C = ceil(cf * k * S / E) (switch and expert_choice: "
        "ceil(cf * S / E)); 0 = dropless (the buffer fits the largest load of the step); < 0 = "
        "the actual load, capped at the capacity of |cf| (Tutel)", low=-64.0, high=64.0)
    eval_capacity_factor: float = setting(2.0, "capacity factor for evaluation and decoding "
                                          "(same meanings)", low=-64.0, high=64.0)
    capacity_buckets: int = setting(
        4, "dropless/dynamic capacity (cf <= 0): buffer sizes compiled, from the balanced load "
        "to the largest; the step picks the smallest that fits (1 = always the largest)",
        low=1, high=16)
    expert_compute: str = setting(
        "auto", "how the experts run: buckets = per-group capacity buffers [E, G, C, M] (one "
        "size at a fixed capacity; at cf <= 0, capacity_buckets sizes, one picked per step; "
        "expert parallelism by all-to-all); grouped = every kept choice in one buffer sorted by "
        "expert, each expert's rows one tiled matmul: the same outputs, FLOPs follow the load, "
        "but the experts run where the tokens are (weights gathered, no all-to-all); "
        "ragged_dot = that buffer through jax.lax.ragged_dot (TPU/GPU grouped-matmul kernels; on "
        "CPU a dense fallback of E times the FLOPs); auto = grouped when the step compiles for "
        "one CPU device (at a fixed capacity: with the gather dispatch), else buckets",
        choices=EXPERT_COMPUTES)
    min_capacity: int = setting(0, "lower bound of C (lingvo uses 4; 0 = the paper's formula)",
                                **NON_NEGATIVE)
    second_expert_policy: str = setting(
        "random", "gshard_top2: 'random' keeps the 2nd expert iff 2*g2 > U(0,1) in training; "
        "'all': always", choices=("random", "all"))
    batch_prioritized: bool = setting(
        False, "token-choice routers in the encoder: slots go by descending top-1 gate instead "
        "of token order (decoders keep token order: the priority would look at future tokens)")
    jitter: float = setting(
        0.0, "multiplicative jitter of the router input in training, x * U(1-eps, 1+eps) "
        "(Switch/Mesh TF used 1e-2); 0 = off", **RATE)
    expert_dropout: float = setting(
        0.0, "dropout rate on the experts' hidden activations in training (the Switch "
        "Transformer's fine-tuning 'expert dropout', e.g. 0.4 with 0.1 elsewhere); 0 = off",
        **RATE)
    noise_epsilon: float = setting(0.01, "noisy_topk: added to the noise std softplus(x W_noise) "
                                   "(tensor2tensor's 1e-2)", low=0.0)
    importance_loss_weight: float = setting(
        1.0, "noisy_topk: weight of CV^2(importance) inside its aux loss; 0 = off", low=0.0)
    load_loss_weight: float = setting(
        1.0, "noisy_topk: weight of CV^2(load) inside its aux loss; 0 = off", low=0.0)
    aux_loss_weight: float = setting(
        0.01, "times the *sum* over MoE layers of each router's load-balancing loss (lingvo)",
        low=0.0)
    z_loss_weight: float = setting(
        0.0, "ST-MoE router z-loss mean(logsumexp(logits)^2), times the sum over MoE layers "
        "(ST-MoE used 1e-3); 0 = off", low=0.0)
    dispatch: str = setting("gather", "'gather' (index permutation, fastest) or 'einsum' (paper)",
                            choices=("gather", "einsum"))
    residual: str = setting(
        "off", "Residual-MoE (DeepSpeed-MoE): 'learned' = a(x)0 * MoE(x) + a(x)1 * MLP(x) with "
        "a = softmax(x W_c + b_c) per token (DeepSpeed's code), 'sum' = MoE(x) + MLP(x) (its "
        "paper's figure); the MLP is shaped like one expert. DeepSpeed pairs it with top_k=1",
        choices=("off", "learned", "sum"))
    experts_per_layer: tuple[int, ...] = setting(
        (), "PR-MoE: experts of each MoE layer in forward order (encoder's, then decoder's); "
        "empty = num_experts everywhere. DeepSpeed's pyramid doubles the last ones, e.g. 4,4,8,8",
        low=2)
    expert_capacity: int = setting(
        0, "C fixed per group whatever the factors (HF Switch's expert_capacity, per sequence "
        "when group_size is the padded length), capped at the group's tokens; 0 = from "
        "capacity_factor / eval_capacity_factor", **NON_NEGATIVE)

    def stack_router(self, decoder: bool) -> str:
        """The router of the encoder's (decoder=False) or the decoder's MoE layers."""
        if not decoder or self.decoder_router == "auto":
            if decoder and self.router == "expert_choice":
                return "gshard_top2"
            return self.router
        return self.decoder_router


@dataclasses.dataclass(frozen=True)
class BlockConfig:
    """The Transformer block both models stack (the translation model's encoder and decoder,
    the decoder-only LM): sizes, dropout, the block's parts and its MoE layers; every
    `moe_every`-th FFN is an MoE layer (0 = dense)."""

    d_model: int = setting(256, "model (embedding) dimension", **POSITIVE)
    d_ff: int = setting(1024, "hidden size of the dense FFNs", **POSITIVE)
    expert_d_ff: int = setting(1024, "hidden size of each expert FFN", **POSITIVE)
    num_heads: int = setting(4, "attention heads", **POSITIVE)
    num_kv_heads: int = setting(
        0, "key/value heads of grouped-query attention (Mixtral: 8 of 32): query head h reads "
        "key/value head h // (num_heads / num_kv_heads); must divide num_heads; the decode "
        "cache is num_heads / num_kv_heads times smaller. 0 = num_heads (multi-head "
        "attention), 1 = multi-query", **NON_NEGATIVE)
    head_dim: int = setting(0, "per-head size; 0 = d_model // num_heads", **NON_NEGATIVE)
    moe_every: int = setting(2, "FFN i (0-based) is MoE when i % moe_every == moe_offset; "
                             "0 = dense", **NON_NEGATIVE)
    moe_offset: int = setting(
        -1, "which FFN of each moe_every-long period is MoE: 0..moe_every-1, or -1 = the last "
        "(GShard's (i+1) % moe_every == 0). HF Switch's rule 'i % step == 1' is 1", low=-1)
    dropout_rate: float = setting(0.1, "dropout on embeddings, residuals and FFN hidden", **RATE)
    attention_dropout_rate: float = setting(0.0, "dropout on attention probabilities", **RATE)
    dtype: str = setting("float32", "activation dtype; gating always runs in float32",
                         choices=("float32", "bfloat16"))
    ffn_activation: str = setting(
        "relu", "activation of the dense FFNs and the experts: relu, gelu (exact erf) are "
        "act(x W_i) W_o; swiglu (Mixtral), geglu are gated, (act(x W_gate) * x W_up) W_o with "
        "act SiLU or GELU: three matrices, so 3/2 the FLOPs and parameters at the same d_ff / "
        "expert_d_ff (2/3 of the hidden size keeps them equal)",
        choices=FFN_ACTIVATIONS)
    norm: str = setting("layernorm", "normalisation before each sub-layer and at the stacks' "
                        "ends: layernorm (scale and bias) or rmsnorm (Mixtral's: scale only, no "
                        "centring)", choices=NORMS)
    positions: str = setting(
        "sinusoidal", "positions: sinusoidal (fixed encodings added to the embeddings), rope "
        "(rotary: queries and keys of self-attention rotated by position, in every stack; "
        "cross-attention has none; needs an even head_dim) or t5_relative (T5/Switch: a "
        "learned [relative_buckets, heads] bias on the self-attention logits, one table per "
        "stack shared by its layers; translation model only)", choices=POSITIONS)
    rope_theta: float = setting(
        10000.0, "RoPE's base: head-dimension pair i turns by position * "
        "rope_theta^(-2i/head_dim) (RoFormer/Llama 1e4, Mixtral 1e6); read only with "
        "positions=rope", low=1.0, low_open=True)
    norm_epsilon: float = setting(1e-6, "added to the variance in every LayerNorm/RMSNorm "
                                  "(Mixtral 1e-5)", low=0.0, low_open=True, high=1.0)
    scan_layers: bool = setting(
        False, "run each stack as one jax.lax.scan over its repeated block (moe_every blocks: "
        "dense FFNs then an MoE), weights stacked on a 'layers' axis: compile time stops "
        "growing with depth. Same numbers as unrolled; checkpoints convert (model/stack.py)")
    remat: str = setting(
        "none", "rematerialisation of each block in the backward pass: none, full (recompute "
        "all but the MoE all-to-alls' outputs), dots (also keep the weight matmuls' outputs)",
        choices=REMAT_CHOICES)
    relative_buckets: int = setting(
        32, "positions=t5_relative: buckets of relative distance (T5's 32; even, at least 4: "
        "the encoder splits them between the two directions)", low=4)
    relative_max_distance: int = setting(
        128, "positions=t5_relative: distances from this on share the last bucket (T5's 128)",
        **POSITIVE)
    attention_scale: str = setting(
        "inverse_sqrt", "query-key logits times 1/sqrt(head_dim) (inverse_sqrt) or unscaled "
        "(none: T5 and Switch, whose initialisation folds the factor into the query weights)",
        choices=ATTENTION_SCALES)
    moe: MoEConfig = MoEConfig()

    @property
    def resolved_head_dim(self) -> int:
        return self.head_dim or self.d_model // self.num_heads

    @property
    def resolved_kv_heads(self) -> int:
        """Key/value heads: num_kv_heads, or num_heads when 0 (multi-head attention)."""
        return self.num_kv_heads or self.num_heads

    def is_moe_layer(self, index: int) -> bool:
        """Whether FFN `index` (0-based, in either stack) is MoE: index % moe_every equals
        moe_offset (-1: the period's last, moe_every - 1)."""
        return self.moe_every > 0 and index % self.moe_every == self.moe_offset % self.moe_every


@dataclasses.dataclass(frozen=True)
class ModelConfig(BlockConfig):
    """Encoder-decoder Transformer of `BlockConfig` blocks (GShard: every other FFN is MoE)."""

    vocab_size: int = setting(8000, "SentencePiece pieces shared by source and target", low=8)
    num_encoder_layers: int = setting(3, "encoder blocks", **POSITIVE)
    num_decoder_layers: int = setting(3, "decoder blocks", **POSITIVE)
    share_embeddings: bool = setting(True, "source, target embedding and output projection share one table")
    max_len: int = setting(256, "longest sequence (bucket, decode length) the model accepts", low=2)

    @property
    def moe_layers(self) -> list[tuple[str, int]]:
        """(stack, block index) of every MoE layer in forward order: encoder's, then decoder's."""
        return ([("encoder", i) for i in range(self.num_encoder_layers) if self.is_moe_layer(i)]
                + [("decoder", i) for i in range(self.num_decoder_layers) if self.is_moe_layer(i)])

    def experts_of(self, stack: str, index: int) -> int:
        """Experts of the MoE layer at block `index` of `stack` (PR-MoE: per layer)."""
        if not self.moe.experts_per_layer:
            return self.moe.num_experts
        return self.moe.experts_per_layer[self.moe_layers.index((stack, index))]


def router_problems(m: ModelConfig) -> list[str]:
    """Router/stack combinations that cannot work, and router options no MoE layer would use."""
    moe = m.moe
    problems = []
    used = {moe.stack_router(decoder=False)} if any(
        m.is_moe_layer(i) for i in range(m.num_encoder_layers)) else set()
    causal_safe = ", ".join(r for r in ROUTERS if r != "expert_choice")
    if any(m.is_moe_layer(i) for i in range(m.num_decoder_layers)):
        used.add(moe.stack_router(decoder=True))
        if moe.stack_router(decoder=True) == "expert_choice":
            problems.append(
                "model.moe.decoder_router=expert_choice: expert_choice looks at future tokens "
                "(each expert picks its top-C tokens of the whole group), so the causal decoder "
                "would learn from the tokens it must predict; set model.moe.decoder_router to "
                f"auto or one of {causal_safe} (flaxformer's experts_choose: expert_choice in "
                "the encoder, gshard_top2-style top-2 in the decoder)")
    if moe.max_top_k and not moe.top_k <= moe.max_top_k <= moe.num_experts:
        problems.append(f"model.moe.max_top_k={moe.max_top_k} must lie in model.moe.top_k="
                        f"{moe.top_k}..model.moe.num_experts={moe.num_experts}; raise it (one "
                        "new compile), or choose a top_k up to it, or 0 for a fixed top_k")
    if "expert_choice" in used:
        for key in ("capacity_factor", "eval_capacity_factor"):
            if getattr(moe, key) <= 0:
                problems.append(
                    f"model.moe.{key}={getattr(moe, key)}: expert_choice fills exactly "
                    "C = ceil(cf * S / E) slots per expert, so it has no dropless mode; choose "
                    f"{key} > 0 (the paper's c, e.g. 2.0) or a token-choice router ({causal_safe})")
    # Options that only one kind of router reads: set without it, they would silently do nothing.
    defaults = MoEConfig()
    only_for = {"noise_epsilon": "noisy_topk", "importance_loss_weight": "noisy_topk",
                "load_loss_weight": "noisy_topk", "second_expert_policy": "gshard_top2"}
    for key, router in only_for.items():
        if getattr(moe, key) != getattr(defaults, key) and router not in used:
            problems.append(f"model.moe.{key}={getattr(moe, key)!r} only applies to router "
                            f"{router}, which no MoE layer uses (routers: {', '.join(sorted(used)) or 'none'}); "
                            f"drop the setting or choose model.moe.router={router}")
    if moe.batch_prioritized and moe.stack_router(decoder=False) not in TOKEN_CHOICE_ROUTERS:
        problems.append("model.moe.batch_prioritized=true orders the slots of token-choice "
                        f"routers ({', '.join(TOKEN_CHOICE_ROUTERS)}) in the encoder, but the "
                        f"encoder's router is {moe.stack_router(decoder=False)}; drop it or "
                        "choose one of those routers")
    return problems


def scan_problems(m: Any, stacks: dict[str, int]) -> list[str]:
    """model.scan_layers needs every period of a stack alike: whole periods, one expert count.

    stacks: {config field of a stack's depth: its blocks}."""
    if not m.scan_layers:
        return []
    problems, period = [], max(m.moe_every, 1)  # model/stack.py's scan_period
    for field, count in stacks.items():
        if count % period:
            problems.append(f"model.scan_layers=true scans periods of model.moe_every={period} "
                            f"blocks, but model.{field}={count} is not a multiple of {period}; "
                            f"choose a multiple, or model.scan_layers=false")
    if len(set(m.moe.experts_per_layer)) > 1:
        problems.append("model.scan_layers=true stacks the MoE layers' weights, so every layer "
                        "needs the same expert count, but model.moe.experts_per_layer="
                        f"{','.join(map(str, m.moe.experts_per_layer))} varies (PR-MoE); set "
                        "model.scan_layers=false for PR-MoE")
    return problems


def block_problems(m: Any) -> list[str]:
    """Heads divide d_model, key/value heads divide heads, RoPE has an even head_dim and top_k fits every MoE layer
    (translation and LM blocks alike)."""
    moe, problems = m.moe, []
    if m.head_dim == 0 and m.d_model % m.num_heads:
        problems.append(f"model.num_heads={m.num_heads} does not divide model.d_model={m.d_model}; "
                        "choose heads dividing d_model or set model.head_dim")
    if m.num_kv_heads and m.num_heads % m.num_kv_heads:
        divisors = [d for d in range(1, m.num_heads + 1) if m.num_heads % d == 0]
        problems.append(f"model.num_kv_heads={m.num_kv_heads} does not divide model.num_heads="
                        f"{m.num_heads} (each key/value head serves num_heads / num_kv_heads "
                        f"query heads); choose one of {divisors}, or 0 for multi-head attention")
    head_dim = m.head_dim or m.d_model // m.num_heads
    if m.positions == "rope" and head_dim % 2:
        problems.append(f"model.positions=rope rotates pairs of head dimensions, but the head "
                        f"size is {head_dim} (odd); set model.head_dim (or d_model / num_heads) "
                        "to an even size, or model.positions=sinusoidal")
    problems += position_problems(m)
    if m.moe_offset >= max(m.moe_every, 1):
        problems.append(f"model.moe_offset={m.moe_offset} names no FFN of a period of "
                        f"model.moe_every={m.moe_every}; choose 0..{max(m.moe_every, 1) - 1}, "
                        "or -1 for the last of each period")
    fewest = min(moe.experts_per_layer or (moe.num_experts,))
    if moe.top_k > fewest:
        problems.append(f"model.moe.top_k={moe.top_k} exceeds the {fewest} experts of a layer "
                        f"(model.moe.num_experts / experts_per_layer); choose top_k in 1..{fewest}")
    return problems


def position_problems(m: Any) -> list[str]:
    """T5 relative buckets that the bucketing cannot use, and t5_relative-only fields set
    without it (translation and LM blocks alike; the LM refuses t5_relative itself)."""
    problems = []
    if m.positions != "t5_relative":
        defaults = ModelConfig()
        for key in ("relative_buckets", "relative_max_distance"):
            if getattr(m, key) != getattr(defaults, key):
                problems.append(f"model.{key}={getattr(m, key)} only applies to "
                                f"model.positions=t5_relative (positions is {m.positions}); "
                                "drop the setting or choose model.positions=t5_relative")
        return problems
    if m.relative_buckets % 2:
        problems.append(f"model.relative_buckets={m.relative_buckets}: the encoder gives half "
                        "the buckets to each direction, so choose an even count (T5: 32)")
    # Half of the buckets (a causal stack's) hold distances 0..buckets/2-1 exactly; the rest
    # are log-spaced up to max_distance, which must lie beyond the exact ones.
    if m.relative_max_distance <= m.relative_buckets // 2:
        problems.append(f"model.relative_max_distance={m.relative_max_distance} must exceed "
                        f"model.relative_buckets/2={m.relative_buckets // 2} (the distances with "
                        "buckets of their own); raise it (T5: 128) or use fewer buckets")
    return problems
