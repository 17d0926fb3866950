"""Switch Transformers and T5 (Hugging Face) <-> the translation `Transformer`, both ways.

`SwitchTransformersForConditionalGeneration` is a T5 whose every `step`-th FFN is a top-1 MoE;
`T5ForConditionalGeneration` (relu, the original T5) is the same with no sparse layer. Both
become a `Config` with the T5 options of `ModelConfig`: RMSNorm (T5's scale-only LayerNorm),
model.positions=t5_relative with HF's bucket count and distance, model.attention_scale=none,
relu FFNs, one embedding table shared by the encoder, the decoder and the output (scaled by
d_model^-1/2, as gshard's share_embeddings does), the switch router with top_k=1 and HF's fixed
expert_capacity.

Sparse layers: HF makes layer i sparse when i % step == 1 (or step == 1), step =
num_layers // num_sparse_layers (num_layers when none: HF's own "hack", which still makes
layer 1 sparse); gshard's moe_every=step, moe_offset=1 is the same set. The encoder and the
decoder must share one step; which layers hold router weights is checked against it.

Weights (torch Linear.weight is [out, in]; N heads, K d_kv, M d_model, H d_ff, E experts):
  shared [V, M]                                   -> src_embed.table
  {stack}.block.i.layer.0.SelfAttention.{q,k,v} [N*K, M] -> self_attention.{query,key,value}
                                                                                  [M, N, K]
  {stack}.block.i.layer.0.SelfAttention.o       [M, N*K] -> self_attention.out [N, K, M]
  {stack}.block.0.layer.0.SelfAttention.relative_attention_bias [buckets, N]
                                                          -> {stack}_relative.table
  {stack}.block.i.layer.0.layer_norm              -> self_norm.scale
  decoder.block.i.layer.1.EncDecAttention.*, layer_norm -> cross_attention.*, cross_norm.scale
  FF sub-layer (encoder layer.1, decoder layer.2): layer_norm -> ffn_norm.scale;
    dense mlp.wi [H, M], mlp.wo [M, H]            -> ffn.wi [M, H], ffn.wo [H, M]
      (T5's dense module is DenseReluDense instead of mlp)
    sparse mlp.router.classifier [E, M]           -> ffn.gate [M, E]
    sparse mlp.experts.expert_j.wi [H, M], wo [M, H] -> ffn.wi[j] [M, H], ffn.wo[j] [H, M]
  {stack}.final_layer_norm                        -> {stack}_norm.scale
The output projection is `shared` (tied); encoder/decoder.embed_tokens and lm_head, when a
file holds them, are copies of it and are not read.
"""

from __future__ import annotations

from typing import Callable, Iterable, NamedTuple

import numpy as np

from gshard_jax.config import Config, ModelConfig, MoEConfig, apply_overrides
from gshard_jax.hf.checkpoint_io import HFError
from gshard_jax.hf.converter import Converter, LazyTensor
from gshard_jax.translation.task import TranslationTask

SWITCH = "SwitchTransformersForConditionalGeneration"
T5 = "T5ForConditionalGeneration"
STACKS = ("encoder", "decoder")
_FF_LAYER = {"encoder": 1, "decoder": 2}  # index of the FF sub-layer in an HF block


def _hf_depth(hf: dict, stack: str) -> int:
    """A stack's layers in an HF config (num_decoder_layers defaults to num_layers)."""
    if stack == "encoder":
        return hf["num_layers"]
    return hf.get("num_decoder_layers") or hf["num_layers"]


def sparse_step(hf: dict, stack: str) -> int:
    """HF's sparse step of a stack (SwitchTransformersConfig.__init__)."""
    layers = _hf_depth(hf, stack)
    sparse = hf.get(f"num_sparse_{stack}_layers", 0)
    return layers // sparse if sparse > 0 else layers


def hf_sparse_layers(hf: dict, stack: str, architecture: str) -> list[int]:
    """The layers HF builds sparse (SwitchTransformersStack: i % step == 1 or step == 1)."""
    if architecture == T5:
        return []
    layers, step = _hf_depth(hf, stack), sparse_step(hf, stack)
    return [i for i in range(layers) if step > 0 and (i % step == 1 or step == 1)]


def _activation(hf: dict, architecture: str) -> str:
    if architecture == T5:
        return hf.get("feed_forward_proj", "relu")
    return hf.get("dense_act_fn", "relu")


def _unrepresentable(hf: dict, architecture: str) -> list[str]:
    """HF fields this model cannot reproduce, each with what would be needed."""
    problems = []
    activation = _activation(hf, architecture)
    if activation != "relu":
        field = "feed_forward_proj" if architecture == T5 else "dense_act_fn"
        problems.append(f"{field}={activation!r}: only relu feed-forward layers convert (T5 "
                        "v1.1/Flan's gated-gelu uses the tanh GELU, which gshard_jax lacks)")
    if hf.get("tie_word_embeddings", True) is False:
        problems.append("tie_word_embeddings=false: only checkpoints whose output projection "
                        "is the shared embedding (scaled by d_model^-1/2) convert")
    if not hf.get("is_encoder_decoder", True):
        problems.append("is_encoder_decoder=false: only encoder-decoder models convert")
    if architecture == SWITCH:
        if hf.get("router_bias", False):
            problems.append("router_bias=true: gshard_jax's router has no bias")
        if hf.get("router_dtype", "float32") != "float32":
            problems.append(f"router_dtype={hf['router_dtype']!r}: gshard_jax routes in float32")
        steps = {s: sparse_step(hf, s) for s in STACKS}
        sparse = {s: hf_sparse_layers(hf, s, architecture) for s in STACKS}
        if sparse["encoder"] and sparse["decoder"] and steps["encoder"] != steps["decoder"]:
            problems.append(f"encoder_sparse_step={steps['encoder']} differs from "
                            f"decoder_sparse_step={steps['decoder']}: gshard_jax places MoE "
                            "layers by one model.moe_every for both stacks")
        elif bool(sparse["encoder"]) != bool(sparse["decoder"]):
            problems.append("only one stack has sparse layers: gshard_jax places MoE layers by "
                            "one model.moe_every for both stacks")
        if hf.get("num_experts", 8) < 2:
            problems.append(f"num_experts={hf.get('num_experts')}: an MoE layer needs 2 or more")
    return problems


def _require(hf: dict, keys: Iterable[str]) -> None:
    missing = [k for k in keys if not isinstance(hf.get(k), int) or isinstance(hf.get(k), bool)]
    if missing:
        raise HFError(f"config.json lacks integer fields {missing}; give the config.json that "
                      "save_pretrained wrote")


def model_config_from_hf(hf: dict, architecture: str) -> ModelConfig:
    """The ModelConfig of a Switch or T5 config.json; HFError naming every field that does
    not convert."""
    _require(hf, ("vocab_size", "d_model", "d_kv", "d_ff", "num_layers", "num_heads"))
    problems = _unrepresentable(hf, architecture)
    if problems:
        raise HFError(f"{architecture} config.json cannot be represented: " + "; ".join(problems))
    # Both stacks share one step (_unrepresentable checked it); either may have no sparse layer.
    stack = "encoder" if hf_sparse_layers(hf, "encoder", architecture) else "decoder"
    sparse, step = hf_sparse_layers(hf, stack, architecture), sparse_step(hf, stack)
    moe = MoEConfig()
    if sparse:
        moe = MoEConfig(
            num_experts=hf["num_experts"], router="switch", top_k=1,
            expert_capacity=hf.get("expert_capacity", 64),
            jitter=hf.get("router_jitter_noise", 0.0),
            aux_loss_weight=hf.get("router_aux_loss_coef", 0.001),
            z_loss_weight=hf.get("router_z_loss_coef", 0.001))
    return ModelConfig(
        vocab_size=hf["vocab_size"], d_model=hf["d_model"], d_ff=hf["d_ff"],
        expert_d_ff=hf["d_ff"], num_heads=hf["num_heads"], head_dim=hf["d_kv"],
        num_encoder_layers=hf["num_layers"],
        num_decoder_layers=hf.get("num_decoder_layers") or hf["num_layers"],
        moe_every=step if sparse else 0, moe_offset=(1 if step > 1 else 0) if sparse else -1,
        dropout_rate=hf.get("dropout_rate", 0.1),
        attention_dropout_rate=hf.get("dropout_rate", 0.1),
        norm_epsilon=hf.get("layer_norm_epsilon", 1e-6),
        share_embeddings=True, max_len=512, norm="rmsnorm", ffn_activation="relu",
        positions="t5_relative",
        relative_buckets=hf.get("relative_attention_num_buckets", 32),
        relative_max_distance=hf.get("relative_attention_max_distance", 128),
        attention_scale="none", moe=moe)


def config_from_hf(hf: dict, overrides: list[str], architecture: str) -> Config:
    """The run's Config: the model from config.json, the rest gshard's defaults, then
    `overrides` (the user's --set); HFError for an unrepresentable config."""
    cfg = Config(model=model_config_from_hf(hf, architecture))
    return apply_overrides(cfg, list(overrides)) if overrides else cfg


def _check_sparse_weights(cfg: ModelConfig, names: set[str]) -> None:
    """Routers are where the config says and nowhere else."""
    for stack in STACKS:
        count = cfg.num_encoder_layers if stack == "encoder" else cfg.num_decoder_layers
        for i in range(count):
            name = f"{stack}.block.{i}.layer.{_FF_LAYER[stack]}.mlp.router.classifier.weight"
            if (name in names) != cfg.is_moe_layer(i):
                where = "has" if name in names else "lacks"
                kind = "sparse" if cfg.is_moe_layer(i) else "dense"
                raise HFError(f"{stack} layer {i} {where} a router ({name}), but config.json's "
                              f"sparse layout says it is {kind}; the weights and config.json "
                              "come from different models")


class _Tensor(NamedTuple):
    """One tensor's names, shapes and conversions both ways."""

    hf_name: str
    hf_shape: tuple
    shape: tuple  # gshard's
    to_gshard: Callable[[np.ndarray], np.ndarray]
    to_hf: Callable[[np.ndarray], np.ndarray]


def _same(w):
    return w


def _tensors(cfg: ModelConfig) -> dict[tuple, _Tensor]:
    """{gshard path: _Tensor} for every tensor except the experts (`_expert_tensors`)."""
    M, N, K, H, V = cfg.d_model, cfg.num_heads, cfg.resolved_head_dim, cfg.d_ff, cfg.vocab_size
    table = {("src_embed", "table"): _Tensor("shared.weight", (V, M), (V, M), _same, _same)}
    # A model without sparse layers is a T5 (HF's Switch always has one), whose dense FFN
    # module has another name.
    dense = "mlp" if cfg.moe_every else "DenseReluDense"

    def plain(path, name, shape):
        table[path] = _Tensor(name, shape, shape, _same, _same)

    def linear(path, name, in_out):  # torch Linear [out, in] <-> gshard [in, out]
        table[path] = _Tensor(name, in_out[::-1], in_out, np.transpose, np.transpose)

    def attention(prefix, path):
        for letter, name in zip("qkv", ("query", "key", "value")):  # [N*K, M] <-> [M, N, K]
            table[path + (name,)] = _Tensor(
                f"{prefix}.{letter}.weight", (N * K, M), (M, N, K),
                lambda w: w.T.reshape(M, N, K), lambda p: p.reshape(M, N * K).T)
        table[path + ("out",)] = _Tensor(  # [M, N*K] <-> [N, K, M]
            f"{prefix}.o.weight", (M, N * K), (N, K, M),
            lambda w: w.T.reshape(N, K, M), lambda p: p.reshape(N * K, M).T)

    for stack in STACKS:
        plain((f"{stack}_relative", "table"),
              f"{stack}.block.0.layer.0.SelfAttention.relative_attention_bias.weight",
              (cfg.relative_buckets, N))
        plain((f"{stack}_norm", "scale"), f"{stack}.final_layer_norm.weight", (M,))
        for i in range(_depth(cfg, stack)):
            block = f"{stack}.block.{i}.layer"
            attention(f"{block}.0.SelfAttention", (stack, i, "self_attention"))
            plain((stack, i, "self_norm", "scale"), f"{block}.0.layer_norm.weight", (M,))
            if stack == "decoder":
                attention(f"{block}.1.EncDecAttention", (stack, i, "cross_attention"))
                plain((stack, i, "cross_norm", "scale"), f"{block}.1.layer_norm.weight", (M,))
            ff = f"{block}.{_FF_LAYER[stack]}"
            plain((stack, i, "ffn_norm", "scale"), f"{ff}.layer_norm.weight", (M,))
            if cfg.is_moe_layer(i):
                linear((stack, i, "ffn", "gate"), f"{ff}.mlp.router.classifier.weight",
                       (M, cfg.moe.num_experts))
            else:
                linear((stack, i, "ffn", "wi"), f"{ff}.{dense}.wi.weight", (M, H))
                linear((stack, i, "ffn", "wo"), f"{ff}.{dense}.wo.weight", (H, M))
    return table


def _expert_tensors(cfg: ModelConfig) -> dict[tuple, _Tensor]:
    """{gshard path of a stacked expert weight [E, ...]: _Tensor of one expert, its HF name a
    pattern with {j}}; each expert is a torch Linear, transposed."""
    M, H = cfg.d_model, cfg.d_ff
    table = {}
    for stack in STACKS:
        for i in range(_depth(cfg, stack)):
            if cfg.is_moe_layer(i):
                ff = f"{stack}.block.{i}.layer.{_FF_LAYER[stack]}.mlp.experts.expert_{{j}}"
                table[(stack, i, "ffn", "wi")] = _Tensor(f"{ff}.wi.weight", (H, M), (M, H),
                                                         np.transpose, np.transpose)
                table[(stack, i, "ffn", "wo")] = _Tensor(f"{ff}.wo.weight", (M, H), (H, M),
                                                         np.transpose, np.transpose)
    return table


def _depth(cfg: ModelConfig, stack: str) -> int:
    return cfg.num_encoder_layers if stack == "encoder" else cfg.num_decoder_layers


def params_from_hf(cfg: Config, reader) -> dict[tuple, LazyTensor]:
    """Every parameter of the unrolled Transformer, lazily read from `reader` (a
    TensorReader: names(), shape(name), get(name)); HFError for a missing, misshapen or
    unexpected tensor (nothing is read here)."""
    m = cfg.model
    names = set(reader.names())
    _check_sparse_weights(m, names)

    def check(name, shape):
        if name not in names:
            raise HFError(f"the checkpoint lacks tensor {name}; the weights and config.json "
                          "come from different models, or a shard is missing")
        if tuple(reader.shape(name)) != tuple(shape):
            raise HFError(f"tensor {name} has shape {tuple(reader.shape(name))}, config.json "
                          f"implies {tuple(shape)}; the weights and config.json disagree")

    def load(t: _Tensor):
        return lambda: np.ascontiguousarray(t.to_gshard(reader.get(t.hf_name)), np.float32)

    def load_experts(t: _Tensor, E: int):
        return lambda: np.stack([t.to_gshard(reader.get(t.hf_name.format(j=j)))
                                 for j in range(E)]).astype(np.float32)

    params = {}
    for path, t in _tensors(m).items():
        check(t.hf_name, t.hf_shape)
        params[path] = LazyTensor(t.shape, load(t))
    E = m.moe.num_experts
    for path, t in _expert_tensors(m).items():
        for j in range(E):
            check(t.hf_name.format(j=j), t.hf_shape)
        if t.hf_name.format(j=E) in names:
            raise HFError(f"the checkpoint has tensor {t.hf_name.format(j=E)}: more experts than "
                          f"config.json's num_experts={E}; the weights and config.json disagree")
        params[path] = LazyTensor((E,) + t.shape, load_experts(t, E))
    return params


def hf_config_from(cfg: Config) -> dict:
    """config.json for a run of Switch/T5 shape (SwitchTransformers when it has MoE layers,
    T5 otherwise); HFError naming what HF's classes cannot express."""
    m = cfg.model
    problems = []
    required = dict(positions="t5_relative", norm="rmsnorm", ffn_activation="relu",
                    attention_scale="none", share_embeddings=True)
    for key, value in required.items():
        if getattr(m, key) != value:
            problems.append(f"model.{key}={getattr(m, key)!r} (T5 needs {value!r})")
    if m.num_kv_heads not in (0, m.num_heads):
        problems.append(f"model.num_kv_heads={m.num_kv_heads} (T5 has one key/value head per "
                        "query head)")
    if m.expert_d_ff != m.d_ff and m.moe_every:
        problems.append(f"model.expert_d_ff={m.expert_d_ff} differs from model.d_ff={m.d_ff} "
                        "(HF uses d_ff for both)")
    common = dict(
        vocab_size=m.vocab_size, d_model=m.d_model, d_kv=m.resolved_head_dim, d_ff=m.d_ff,
        num_layers=m.num_encoder_layers, num_decoder_layers=m.num_decoder_layers,
        num_heads=m.num_heads, relative_attention_num_buckets=m.relative_buckets,
        relative_attention_max_distance=m.relative_max_distance,
        dropout_rate=m.dropout_rate, layer_norm_epsilon=m.norm_epsilon, initializer_factor=1.0,
        is_encoder_decoder=True, tie_word_embeddings=True, use_cache=True,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    if not m.moe_every:
        if problems:
            raise HFError("the run cannot be exported as T5: " + "; ".join(problems))
        return dict(common, architectures=[T5], model_type="t5", feed_forward_proj="relu",
                    dense_act_fn="relu", is_gated_act=False)
    moe = m.moe
    # HF's layout is i % step == 1 (step == 1: every layer): gshard's offset 1, or every layer.
    if not (m.moe_every == 1 or m.moe_offset % m.moe_every == 1):
        problems.append(f"model.moe_offset={m.moe_offset} with model.moe_every={m.moe_every} "
                        "(HF's sparse layers are those with i % step == 1: moe_offset=1)")
    for key, value in dict(router="switch", decoder_router="auto", top_k=1, residual="off",
                           experts_per_layer=()).items():
        if getattr(moe, key) != value:
            problems.append(f"model.moe.{key}={getattr(moe, key)!r} (Switch needs {value!r})")
    if moe.expert_capacity <= 0:
        problems.append("model.moe.expert_capacity=0 (HF Switch needs a fixed capacity: set it)")
    if problems:
        raise HFError("the run cannot be exported as Switch Transformers: " + "; ".join(problems))
    ours = {s: [i for i in range(_depth(m, s)) if m.is_moe_layer(i)] for s in STACKS}
    exported = dict(common, architectures=[SWITCH], model_type="switch_transformers",
                    num_experts=moe.num_experts, expert_capacity=moe.expert_capacity,
                    num_sparse_encoder_layers=len(ours["encoder"]),
                    num_sparse_decoder_layers=len(ours["decoder"]),
                    router_bias=False, router_dtype="float32", router_ignore_padding_tokens=False,
                    router_jitter_noise=moe.jitter, router_z_loss_coef=moe.z_loss_weight,
                    router_aux_loss_coef=moe.aux_loss_weight, dense_act_fn="relu",
                    add_router_probs=False)
    # HF derives its step from the sparse count (num_layers // count): it must land on ours.
    for stack in STACKS:
        theirs = hf_sparse_layers(exported, stack, SWITCH)
        if theirs != ours[stack]:
            raise HFError(f"the run's {stack} MoE layers {ours[stack]} (model.moe_every="
                          f"{m.moe_every}) are not a layout HF's Switch can state (num_layers // "
                          f"num_sparse_layers gives {theirs}); choose model.moe_every dividing "
                          "the number of layers")
    exported.update(encoder_sparse_step=sparse_step(exported, "encoder"),
                    decoder_sparse_step=sparse_step(exported, "decoder"))
    return exported


def tensors_to_hf(cfg: Config, params: dict) -> Iterable[tuple[str, Callable[[], np.ndarray]]]:
    """(HF name, thunk) for every tensor of the unrolled parameter tree `params` (NumPy)."""
    m = cfg.model

    def at(path):
        node = params
        for key in path:
            node = node[key]
        return np.asarray(node, np.float32)

    for path, t in _tensors(m).items():
        yield t.hf_name, lambda path=path, t=t: np.ascontiguousarray(t.to_hf(at(path)))
    for path, t in _expert_tensors(m).items():
        for j in range(m.moe.num_experts):
            yield t.hf_name.format(j=j), (lambda path=path, t=t, j=j:
                                          np.ascontiguousarray(t.to_hf(at(path)[j])))


def _converter(architecture: str) -> Converter:
    return Converter(
        architecture=architecture, config_cls=Config,
        config_from_hf=lambda hf, overrides: config_from_hf(hf, overrides, architecture),
        params_from_hf=params_from_hf, hf_config_from=hf_config_from,
        tensors_to_hf=tensors_to_hf, make_task=TranslationTask, tokenizer_name="spiece.model")


CONVERTERS = (_converter(SWITCH), _converter(T5))
