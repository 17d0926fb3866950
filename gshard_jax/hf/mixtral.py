"""Hugging Face `MixtralForCausalLM` <-> gshard_jax's decoder-only LM (`model/lm.py`).

The two models compute the same function (docs/interop.md has the table): pre-norm RMSNorm
blocks, grouped-query attention with RoPE (halves layout, no permutation), a softmax top-k
router renormalised over the chosen experts, SwiGLU experts, no biases, an untied output.
HF's Mixtral is dropless, so the imported config sets capacity_factor 0 (dropless) for training
and evaluation alike.

Weights (torch `Linear.weight` is [out, in]; N heads, H kv heads, K head size, E experts):

    model.embed_tokens.weight [V, M]        embed.table               as is
    layers.i.self_attn.q_proj [N*K, M]      layers.i.self_attention.query [M, N, K]  W.T
    layers.i.self_attn.k_proj/v_proj [H*K, M]   .key / .value [M, H, K]              W.T
    layers.i.self_attn.o_proj [M, N*K]      .out [N, K, M]                           W.T
    layers.i.input_layernorm               .self_norm.scale
    layers.i.post_attention_layernorm      .ffn_norm.scale
    layers.i.block_sparse_moe.gate [E, M]   .ffn.gate [M, E]                         W.T
    ...experts.j.w1 / w3 [F, M]             .ffn.wi_gate[j] / .ffn.wi_up[j] [M, F]   W.T
    ...experts.j.w2 [M, F]                  .ffn.wo[j] [F, M]                        W.T
    model.norm.weight                       norm.scale
    lm_head.weight [V, M]                   output [M, V]                            W.T

transformers 5 keeps the experts fused in memory (`mlp.experts.gate_up_proj` [E, 2F, M], gate
half first; `mlp.experts.down_proj` [E, M, F]; the router `mlp.gate.weight`) and writes that
layout with `save_pretrained(save_original_format=False)`; both layouts import. Export writes
the per-expert layout of the Hub's checkpoints, which every transformers version loads.
"""

from __future__ import annotations

import math
from typing import Callable, Iterator

import numpy as np

from gshard_jax.config import (
    CharDataConfig, ConfigError, LMConfig, LMModelConfig, MeshConfig, MoEConfig, apply_overrides,
)
from gshard_jax.hf.checkpoint_io import HFError, TensorReader
from gshard_jax.hf.converter import Converter, LazyTensor

ARCHITECTURE = "MixtralForCausalLM"
DEFAULT_CONTEXT = 4096  # model.block_size when config.json allows more (the decode cache's length)
_HF_DEFAULTS = dict(hidden_act="silu", rms_norm_eps=1e-5, tie_word_embeddings=False,
                    attention_dropout=0.0, num_experts_per_tok=2, num_local_experts=8,
                    router_aux_loss_coef=0.001, router_jitter_noise=0.0,
                    max_position_embeddings=4096 * 32, sliding_window=None)
_THETA = 1e6  # MixtralConfig.default_theta


def _rope_theta(hf: dict, problems: list[str]) -> float:
    """rope_parameters (transformers 5) or rope_theta / rope_scaling (4.x)."""
    params = hf.get("rope_parameters") or {}
    scaling = hf.get("rope_scaling") or {}
    for field, value in (("rope_parameters", params), ("rope_scaling", scaling)):
        kind = value.get("rope_type", value.get("type", "default"))
        if kind != "default":
            problems.append(f"{field}.rope_type={kind!r}: gshard_jax has plain RoPE only "
                            "(rope_type 'default'); this checkpoint needs its scaling")
    return float(params.get("rope_theta", hf.get("rope_theta", _THETA)))


def config_from_hf(hf: dict, overrides: list[str]) -> LMConfig:
    """The LMConfig of a MixtralConfig dict (config.json), `overrides` applied; HFError naming
    every field gshard_jax cannot represent."""
    get = lambda key: hf.get(key, _HF_DEFAULTS.get(key))  # noqa: E731
    problems = []
    required = ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                "num_attention_heads")
    missing = [key for key in required if not isinstance(hf.get(key), int)]
    if missing:
        raise HFError(f"config.json lacks integer {', '.join(missing)}; it is not a complete "
                      "MixtralConfig (re-save the model with save_pretrained)")
    if get("hidden_act") != "silu":
        problems.append(f"hidden_act={get('hidden_act')!r}: gshard_jax's gated experts use "
                        "silu (SwiGLU) only")
    if get("tie_word_embeddings"):
        problems.append("tie_word_embeddings=true: the LM's output projection is its own "
                        "matrix, never the embedding table")
    for key in ("attention_bias", "mlp_bias"):
        if hf.get(key):
            problems.append(f"{key}=true: gshard_jax's projections have no biases")
    theta = _rope_theta(hf, problems)
    heads, d_model = hf["num_attention_heads"], hf["hidden_size"]
    head_dim = hf.get("head_dim") or (d_model // heads if d_model % heads == 0 else 0)
    if not head_dim:
        problems.append(f"head_dim is not set and num_attention_heads={heads} does not divide "
                        f"hidden_size={d_model}")
    kv_heads = hf.get("num_key_value_heads") or heads
    experts = get("num_local_experts")
    try:
        model = LMModelConfig(
            vocab_size=hf["vocab_size"], d_model=d_model, num_heads=heads, num_kv_heads=kv_heads,
            head_dim=0 if head_dim * heads == d_model else head_dim,
            num_layers=hf["num_hidden_layers"], d_ff=hf["intermediate_size"],
            expert_d_ff=hf["intermediate_size"], moe_every=1,
            block_size=min(get("max_position_embeddings"), DEFAULT_CONTEXT),
            dropout_rate=0.0, attention_dropout_rate=float(get("attention_dropout")),
            ffn_activation="swiglu", norm="rmsnorm", positions="rope", rope_theta=theta,
            norm_epsilon=float(get("rms_norm_eps")),
            moe=MoEConfig(num_experts=experts, top_k=get("num_experts_per_tok"),
                          router="softmax_topk", capacity_factor=0.0, eval_capacity_factor=0.0,
                          group_size=LMModelConfig().moe.group_size,
                          aux_loss_weight=float(get("router_aux_loss_coef")),
                          jitter=float(get("router_jitter_noise"))))
        expert_axis = next(n for n in (4, 2, 1) if experts % n == 0)
        cfg = LMConfig(model=model, mesh=MeshConfig(data=-1, expert=expert_axis, preset="expert"),
                       data=CharDataConfig(tokenizer="none"))
    except (ConfigError, TypeError) as error:
        problems.append(f"the values map to an invalid gshard_jax config: {error}")
        cfg = None
    if problems:
        raise HFError("config.json of this MixtralForCausalLM has what gshard_jax cannot "
                      "represent: " + "; ".join(problems))
    cfg = apply_overrides(cfg, overrides)
    window = get("sliding_window")
    if window is not None and window < cfg.model.block_size:
        raise HFError(f"config.json: sliding_window={window} is shorter than the context "
                      f"model.block_size={cfg.model.block_size}, and gshard_jax attends to the "
                      f"whole context; import with --set model.block_size={window} (or less)")
    shape = export_problems(cfg)
    if shape:
        raise HFError("--set changed what makes the model Mixtral: " + "; ".join(shape))
    return cfg


def export_problems(cfg) -> list[str]:
    """Why a run's config is not of Mixtral's shape (empty: it is)."""
    if not isinstance(cfg, LMConfig):
        return ["the run is not a decoder-only LM (gshard-jax lm)"]
    m = cfg.model
    wanted = dict(ffn_activation="swiglu", norm="rmsnorm", positions="rope", moe_every=1)
    problems = [f"model.{key}={getattr(m, key)!r} (Mixtral: {value!r})"
                for key, value in wanted.items() if getattr(m, key) != value]
    if m.moe.router != "softmax_topk":
        problems.append(f"model.moe.router={m.moe.router} (Mixtral: softmax_topk)")
    if not m.vocab_size:
        problems.append("model.vocab_size=0 (a character LM; Mixtral's ids come from a "
                        "SentencePiece vocabulary)")
    return problems


def hf_config_from(cfg: LMConfig) -> dict:
    """config.json of a MixtralForCausalLM with the run's shape; HFError if it is not Mixtral's."""
    problems = export_problems(cfg)
    if problems:
        raise HFError("this run is not of MixtralForCausalLM's shape: " + "; ".join(problems))
    m = cfg.model
    return {
        "architectures": [ARCHITECTURE], "model_type": "mixtral", "vocab_size": m.vocab_size,
        "hidden_size": m.d_model, "intermediate_size": m.expert_d_ff,
        "num_hidden_layers": m.num_layers, "num_attention_heads": m.num_heads,
        "num_key_value_heads": m.resolved_kv_heads, "head_dim": m.resolved_head_dim,
        "hidden_act": "silu", "max_position_embeddings": m.block_size,
        "rms_norm_eps": m.norm_epsilon, "tie_word_embeddings": False, "sliding_window": None,
        "attention_dropout": m.attention_dropout_rate, "num_experts_per_tok": m.moe.top_k,
        "num_local_experts": m.moe.num_experts, "router_aux_loss_coef": m.moe.aux_loss_weight,
        "router_jitter_noise": m.moe.jitter, "output_router_logits": False,
        "rope_parameters": {"rope_type": "default", "rope_theta": m.rope_theta},
        "bos_token_id": 1, "eos_token_id": 2, "use_cache": True, "dtype": "float32",
        "initializer_range": 0.02,
    }


class _Needs:
    """Collects the tensors a conversion reads, checking names and shapes before any data."""

    def __init__(self, reader: TensorReader):
        self.reader, self.problems = reader, []

    def __call__(self, name: str, shape: tuple[int, ...]) -> str:
        if name not in self.reader:
            self.problems.append(f"{name} is missing")
        elif self.reader.shape(name) != tuple(shape):
            self.problems.append(f"{name} has shape {self.reader.shape(name)}, expected {tuple(shape)}")
        return name

    def has(self, name: str) -> bool:
        return name in self.reader


def _transposed(reader, name, shape) -> Callable[[], np.ndarray]:
    return lambda: reader.get(name).T.reshape(shape)


def _per_expert(reader, names: list[str]) -> Callable[[], np.ndarray]:
    """[E, in, out] from E torch weights [out, in], filled one expert at a time."""
    def load():
        first = reader.get(names[0]).T
        out = np.empty((len(names),) + first.shape, np.float32)
        out[0] = first
        for j, name in enumerate(names[1:], start=1):
            out[j] = reader.get(name).T
        return out
    return load


def _fused_half(reader, name, half: int, F: int) -> Callable[[], np.ndarray]:
    """wi_gate (half 0) or wi_up (half 1) [E, M, F] of gate_up_proj [E, 2F, M]."""
    return lambda: np.ascontiguousarray(
        reader.get(name)[:, half * F:(half + 1) * F, :].transpose(0, 2, 1))


def params_from_hf(cfg: LMConfig, reader: TensorReader) -> dict[tuple, LazyTensor]:
    """{unrolled parameter path: LazyTensor} of the LM; HFError listing missing/misshapen tensors."""
    m = cfg.model
    V, M, N, H, K = m.vocab_size, m.d_model, m.num_heads, m.resolved_kv_heads, m.resolved_head_dim
    E, F = m.moe.num_experts, m.expert_d_ff
    need = _Needs(reader)
    out = {("embed", "table"): LazyTensor((V, M), (lambda n: lambda: reader.get(n))(
        need("model.embed_tokens.weight", (V, M))))}
    for i in range(m.num_layers):
        p, layer = f"model.layers.{i}.", ("layers", i)
        attn = layer + ("self_attention",)
        for ours, theirs, heads in (("query", "q_proj", N), ("key", "k_proj", H), ("value", "v_proj", H)):
            name = need(f"{p}self_attn.{theirs}.weight", (heads * K, M))
            out[attn + (ours,)] = LazyTensor((M, heads, K), _transposed(reader, name, (M, heads, K)))
        name = need(f"{p}self_attn.o_proj.weight", (M, N * K))
        out[attn + ("out",)] = LazyTensor((N, K, M), _transposed(reader, name, (N, K, M)))
        for ours, theirs in (("self_norm", "input_layernorm"), ("ffn_norm", "post_attention_layernorm")):
            name = need(f"{p}{theirs}.weight", (M,))
            out[layer + (ours, "scale")] = LazyTensor((M,), (lambda n: lambda: reader.get(n))(name))
        moe = f"{p}mlp." if need.has(f"{p}mlp.gate.weight") else f"{p}block_sparse_moe."
        name = need(f"{moe}gate.weight", (E, M))
        ffn = layer + ("ffn",)
        out[ffn + ("gate",)] = LazyTensor((M, E), _transposed(reader, name, (M, E)))
        if need.has(f"{p}mlp.experts.gate_up_proj"):  # transformers 5's fused layout
            fused = need(f"{p}mlp.experts.gate_up_proj", (E, 2 * F, M))
            down = need(f"{p}mlp.experts.down_proj", (E, M, F))
            out[ffn + ("wi_gate",)] = LazyTensor((E, M, F), _fused_half(reader, fused, 0, F))
            out[ffn + ("wi_up",)] = LazyTensor((E, M, F), _fused_half(reader, fused, 1, F))
            out[ffn + ("wo",)] = LazyTensor((E, F, M), (lambda n: lambda: np.ascontiguousarray(
                reader.get(n).transpose(0, 2, 1)))(down))
        else:
            experts = lambda w, shape: [need(f"{moe}experts.{j}.{w}.weight", shape)  # noqa: E731
                                        for j in range(E)]
            out[ffn + ("wi_gate",)] = LazyTensor((E, M, F), _per_expert(reader, experts("w1", (F, M))))
            out[ffn + ("wi_up",)] = LazyTensor((E, M, F), _per_expert(reader, experts("w3", (F, M))))
            out[ffn + ("wo",)] = LazyTensor((E, F, M), _per_expert(reader, experts("w2", (M, F))))
    name = need("model.norm.weight", (M,))
    out[("norm", "scale")] = LazyTensor((M,), lambda n=name: reader.get(n))
    head = need("lm_head.weight", (V, M))
    out[("output",)] = LazyTensor((M, V), _transposed(reader, head, (M, V)))
    if need.problems:
        shown = need.problems[:8] + ([f"... {len(need.problems) - 8} more"] if len(need.problems) > 8 else [])
        raise HFError("the safetensors files do not hold this MixtralForCausalLM's weights: "
                      + "; ".join(shown) + "; check the files belong to this config.json")
    return out


def tensors_to_hf(cfg: LMConfig, params: dict) -> Iterator[tuple[str, Callable[[], np.ndarray]]]:
    """(HF name, thunk) of every tensor, in the per-expert layout; params unrolled, NumPy."""
    m = cfg.model
    M = m.d_model

    def t(array, shape=None):
        return lambda: np.ascontiguousarray((array if shape is None else array.reshape(shape)).T)

    yield "model.embed_tokens.weight", lambda: np.asarray(params["embed"]["table"])
    for i in range(m.num_layers):
        layer, p = params["layers"][i], f"model.layers.{i}."
        attn = layer["self_attention"]
        for ours, theirs in (("query", "q_proj"), ("key", "k_proj"), ("value", "v_proj")):
            yield f"{p}self_attn.{theirs}.weight", t(attn[ours], (M, -1))
        out = attn["out"]
        yield f"{p}self_attn.o_proj.weight", t(out, (math.prod(out.shape[:2]), M))
        yield f"{p}input_layernorm.weight", lambda a=layer["self_norm"]["scale"]: np.asarray(a)
        yield f"{p}post_attention_layernorm.weight", lambda a=layer["ffn_norm"]["scale"]: np.asarray(a)
        ffn = layer["ffn"]
        yield f"{p}block_sparse_moe.gate.weight", t(ffn["gate"])
        for j in range(m.moe.num_experts):
            for ours, theirs in (("wi_gate", "w1"), ("wo", "w2"), ("wi_up", "w3")):
                yield f"{p}block_sparse_moe.experts.{j}.{theirs}.weight", t(ffn[ours][j])
    yield "model.norm.weight", lambda: np.asarray(params["norm"]["scale"])
    yield "lm_head.weight", t(params["output"])


def make_task(cfg: LMConfig):
    from gshard_jax.lm.task import LMTask
    return LMTask(cfg, cfg.model.vocab_size)


CONVERTER = Converter(architecture=ARCHITECTURE, config_cls=LMConfig,
                      config_from_hf=config_from_hf, params_from_hf=params_from_hf,
                      hf_config_from=hf_config_from, tensors_to_hf=tensors_to_hf,
                      make_task=make_task)
