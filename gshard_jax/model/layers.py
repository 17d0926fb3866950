"""Building blocks with logically named parameters: embeddings, norms, dense FFN (ungated or
gated), dropout.

Every parameter is an `nnx.Param` carrying `logical_axes` metadata (one name from
`axes.py` or None per dimension); the sharding package reads it to place the weights.
"""

from __future__ import annotations

from typing import Callable, Sequence

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

from gshard_jax import axes
from gshard_jax import sharding


# The model's one hook into the sharding package: model code names logical axes, and the rules
# the task activates around a step decide where they go on the mesh (outside a step: no-op).
def constrain(x: jax.Array, logical: Sequence[str | None]) -> jax.Array:
    """x with a sharding constraint from its logical axes under the active rules."""
    return sharding.constrain(x, logical)


Initializer = Callable[..., jax.Array]


def token_matmul(x: jax.Array, w: jax.Array, in_dims: int = 1) -> jax.Array:
    """x [..., *in] times w [*in, *out] -> [..., *out]; on CPU one 2-D matmul
    [tokens, in] x [in, out] over the flattened leading (token) dimensions.

    The same numbers as `jnp.einsum("BLM,MH->BLH", ...)`, but its backward differs on XLA:CPU:
    the weight gradient of a 3-D einsum contracts over two dimensions (B, L), which XLA makes
    canonical by transposing the [B, L, H] cotangent into a copy ([H, B*L]) before every such
    matmul; a 2-D matmul contracts over one and needs no copy (1.8x less CPU time for a dense
    FFN's forward and backward at 2,048 tokens, d_model 128, d_ff 512; docs/performance.md,
    B9). A leading dimension split over devices stays split (it is the major one). Other
    platforms keep the einsum, the program the TPU plans compiled.
    """
    lead, inner = x.shape[:x.ndim - in_dims], x.shape[x.ndim - in_dims:]
    out = w.shape[in_dims:]
    if not cpu_forms():
        return jnp.tensordot(x, w, axes=in_dims)
    y = jnp.dot(x.reshape(-1, int(np.prod(inner))), w.reshape(-1, int(np.prod(out))))
    return y.reshape(*lead, *out)


def cpu_forms() -> bool:
    """Whether the step being traced compiles for CPU, where the model flattens tokens for
    its matmuls (`token_matmul`); asked of the sharding context, as `constrain` is."""
    return sharding.partition.compiles_for("cpu")


def one_tpu_device() -> bool:
    """Whether the step being traced compiles for a single TPU device (where moe's ragged_dot
    experts take their weight gradient from a TPU kernel, model/grouped.py; a Pallas kernel
    is not partitioned across a mesh)."""
    return sharding.partition.compiles_for("tpu") and sharding.partition.compiles_for_one_device()


def one_cpu_device() -> bool:
    """Whether the step being traced compiles for a single CPU device (where moe's 'auto'
    dropless experts run as one grouped matmul, model/grouped.py)."""
    return cpu_forms() and sharding.partition.compiles_for_one_device()


def param(rngs: nnx.Rngs, init: Initializer, shape: Sequence[int],
          logical_axes: Sequence[str | None]) -> nnx.Param:
    """A float32 parameter with its logical axes recorded as metadata."""
    if len(shape) != len(logical_axes):
        raise ValueError(f"shape {tuple(shape)} and logical axes {tuple(logical_axes)} differ in rank")
    return nnx.Param(init(rngs.params(), tuple(shape), jnp.float32),
                     logical_axes=tuple(logical_axes))


def fan_avg_init(in_axis, out_axis, batch_axis=()) -> Initializer:
    """Glorot-uniform over the named input/output axes (for multi-axis einsum kernels)."""
    return jax.nn.initializers.variance_scaling(
        1.0, "fan_avg", "uniform", in_axis=in_axis, out_axis=out_axis, batch_axis=batch_axis
    )


def dropout(x: jax.Array, rate: float, rng: jax.Array | None) -> jax.Array:
    """Inverted dropout; identity when rng is None (evaluation) or rate == 0."""
    if rng is None or rate == 0.0:
        return x
    keep = jax.random.bernoulli(rng, 1.0 - rate, x.shape)
    return jnp.where(keep, x / (1.0 - rate), jnp.zeros_like(x))


def fold(rng: jax.Array | None, *salts: int) -> jax.Array | None:
    """Derives a sub-key per layer/sub-layer, keeping None (evaluation) as None."""
    for salt in salts:
        rng = None if rng is None else jax.random.fold_in(rng, salt)
    return rng


def sinusoidal_positions(length: int, d_model: int) -> np.ndarray:
    """The Transformer's fixed sinusoidal position encodings, [length, d_model]."""
    position = np.arange(length)[:, None]
    div = np.exp(np.arange(0, d_model, 2) * -(np.log(10000.0) / d_model))
    table = np.zeros((length, d_model), np.float32)
    table[:, 0::2] = np.sin(position * div)
    table[:, 1::2] = np.cos(position * div)[:, : d_model // 2]
    return table


# FFN activations: ungated (relu, gelu) and gated linear units (swiglu, geglu).
#
# An ungated FFN has two matrices, FFN(x) = act(x W_i) W_o. A gated one (Shazeer 2020, "GLU
# Variants Improve Transformer"; SwiGLU is Mixtral's and Llama's expert) has three:
#
#     FFN(x) = (act(x W_gate) * (x W_up)) W_o      act = SiLU (swiglu) or GELU (geglu)
#
# so at the same hidden size H it costs 3/2 the FLOPs and parameters; 2/3 of H keeps them
# equal. GELU is the exact form x * Phi(x), as in the GLU-variants paper. The dense FFN (below)
# and the experts (moe.py) both compute their hidden layer with `ffn_hidden`.


def _gelu(x: jax.Array) -> jax.Array:
    return jax.nn.gelu(x, approximate=False)


# name -> (nonlinearity, gated). Config choices: gshard_jax.config.model.FFN_ACTIVATIONS.
ACTIVATIONS: dict[str, tuple[Callable[[jax.Array], jax.Array], bool]] = {
    "relu": (jax.nn.relu, False),
    "gelu": (_gelu, False),
    "swiglu": (jax.nn.silu, True),
    "geglu": (_gelu, True),
}


def is_gated(activation: str) -> bool:
    """True for the three-matrix variants (wi_gate, wi_up, wo); False for (wi, wo)."""
    return ACTIVATIONS[activation][1]


def input_names(activation: str) -> tuple[str, ...]:
    """The FFN's input matrices, in creation order: ('wi_gate', 'wi_up') or ('wi',)."""
    return ("wi_gate", "wi_up") if is_gated(activation) else ("wi",)


def ffn_hidden(activation: str, *projected: jax.Array) -> jax.Array:
    """The hidden layer from the input times each input matrix, in `input_names` order:
    act(x W_i), or act(x W_gate) * (x W_up) for a gated activation (any shape, e.g. dense
    [B, L, H] or experts [E, G, C, H])."""
    nonlinearity, gated = ACTIVATIONS[activation]
    if gated:
        gate, up = projected
        return nonlinearity(gate) * up
    (first,) = projected
    return nonlinearity(first)


class Embed(nnx.Module):
    """Token embedding [vocab, embed]; `attend` reuses it as the output projection."""

    def __init__(self, vocab_size: int, d_model: int, *, rngs: nnx.Rngs):
        self.table = param(rngs, jax.nn.initializers.normal(1.0), (vocab_size, d_model),
                           (axes.VOCAB, axes.EMBED))

    def __call__(self, ids_BL: jax.Array, dtype) -> jax.Array:
        """ids [B, L] int -> [B, L, M].

        The table passes an optimisation barrier first (an identity whose transpose is a barrier
        on the gradient), so each lookup's gradient scatter stays apart: where one table serves
        the source and target lookups, XLA merged their two scatters into one over the
        concatenated ids, and inside a microbatch scan the partitioner resharded that
        concatenation with 6 all-to-alls a step (`gshard-jax plan`, the default config with
        train.microbatches=2 on v5e:2x2: 7 all-to-alls per MoE layer instead of 4)."""
        table_VM = jax.lax.optimization_barrier(self.table[...].astype(dtype))
        return jnp.take(table_VM, ids_BL, axis=0)

    def attend(self, x_BLM: jax.Array) -> jax.Array:
        """[B, L, M] -> logits [B, L, V]."""
        table_VM = self.table[...].astype(x_BLM.dtype)
        if not cpu_forms():
            return jnp.einsum("BLM,VM->BLV", x_BLM, table_VM)
        B, L, M = x_BLM.shape
        # Tokens flattened to one matmul dimension, as `token_matmul` (no transposed copies).
        return jnp.einsum("TM,VM->TV", x_BLM.reshape(B * L, M), table_VM).reshape(B, L, -1)


class LayerNorm(nnx.Module):
    """LayerNorm over the model dimension, computed in float32."""

    def __init__(self, d_model: int, *, rngs: nnx.Rngs, epsilon: float = 1e-6):
        self.scale = param(rngs, jax.nn.initializers.ones, (d_model,), (axes.EMBED,))
        self.bias = param(rngs, jax.nn.initializers.zeros, (d_model,), (axes.EMBED,))
        self.epsilon = epsilon

    def __call__(self, x: jax.Array) -> jax.Array:
        x32 = x.astype(jnp.float32)
        mean = x32.mean(-1, keepdims=True)
        var = jnp.square(x32 - mean).mean(-1, keepdims=True)
        y = (x32 - mean) * jax.lax.rsqrt(var + self.epsilon)
        return (y * self.scale[...] + self.bias[...]).astype(x.dtype)


class RMSNorm(nnx.Module):
    """RMSNorm (Zhang & Sennrich 2019; Mixtral's): x / sqrt(mean(x^2) + eps) * scale over the
    model dimension, in float32; no mean subtraction and no bias."""

    def __init__(self, d_model: int, *, rngs: nnx.Rngs, epsilon: float = 1e-6):
        self.scale = param(rngs, jax.nn.initializers.ones, (d_model,), (axes.EMBED,))
        self.epsilon = epsilon

    def __call__(self, x: jax.Array) -> jax.Array:
        x32 = x.astype(jnp.float32)
        y = x32 * jax.lax.rsqrt(jnp.square(x32).mean(-1, keepdims=True) + self.epsilon)
        return (y * self.scale[...]).astype(x.dtype)


NORMS = {"layernorm": LayerNorm, "rmsnorm": RMSNorm}


def norm_layer(kind: str, d_model: int, *, rngs: nnx.Rngs,
               epsilon: float = 1e-6) -> LayerNorm | RMSNorm:
    """The config's normalisation (model.norm: 'layernorm' or 'rmsnorm') over d_model, with
    model.norm_epsilon added to the variance."""
    return NORMS[kind](d_model, rngs=rngs, epsilon=epsilon)


class FeedForward(nnx.Module):
    """Dense FFN: act(x W_i) W_o, or gated (act(x W_gate) * x W_up) W_o (`ffn_hidden`);
    the layer MoE replaces every other time."""

    def __init__(self, d_model: int, d_ff: int, dropout_rate: float, *, rngs: nnx.Rngs,
                 activation: str = "relu"):
        for name in input_names(activation):
            setattr(self, name, param(rngs, fan_avg_init(0, 1), (d_model, d_ff),
                                      (axes.EMBED, axes.MLP)))
        self.wo = param(rngs, fan_avg_init(0, 1), (d_ff, d_model), (axes.MLP, axes.EMBED))
        self.activation = activation
        self.dropout_rate = dropout_rate

    def __call__(self, x_BLM: jax.Array, rng: jax.Array | None = None) -> jax.Array:
        dtype = x_BLM.dtype
        h_BLH = ffn_hidden(self.activation, *(
            token_matmul(x_BLM, getattr(self, name)[...].astype(dtype))
            for name in input_names(self.activation)))
        h_BLH = constrain(h_BLH, (axes.BATCH, axes.LENGTH, axes.MLP))
        h_BLH = dropout(h_BLH, self.dropout_rate, rng)
        return token_matmul(h_BLH, self.wo[...].astype(dtype))
