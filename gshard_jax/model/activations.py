"""FFN activations: ungated (relu, gelu) and gated linear units (swiglu, geglu).

An ungated FFN has two matrices, FFN(x) = act(x W_i) W_o. A gated one (Shazeer 2020, "GLU
Variants Improve Transformer"; SwiGLU is Mixtral's and Llama's expert) has three:

    FFN(x) = (act(x W_gate) * (x W_up)) W_o      act = SiLU (swiglu) or GELU (geglu)

so at the same hidden size H it costs 3/2 the FLOPs and parameters; 2/3 of H keeps them equal.
GELU is the exact form x * Phi(x) (Phi the standard normal CDF), as in the GLU-variants paper.
The dense FFN (layers.py) and the experts (moe.py) both compute their hidden layer here.
"""

from __future__ import annotations

from typing import Callable

import jax
from flax import nnx


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


def ffn_hidden(module: nnx.Module, activation: str,
               project: Callable[[nnx.Param], jax.Array]) -> jax.Array:
    """The hidden layer act(x W_i), or act(x W_gate) * (x W_up) for a gated activation.

    module holds the input matrices named by `input_names`; project(w) multiplies the input
    by one of them (dense: [B, L, M] -> [B, L, H]; experts: [E, G, C, M] -> [E, G, C, H]).
    """
    nonlinearity, gated = ACTIVATIONS[activation]
    if gated:
        return nonlinearity(project(module.wi_gate)) * project(module.wi_up)
    return nonlinearity(project(module.wi))
