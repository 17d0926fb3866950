"""The router inputs of every MoE layer a forward pass runs, for analysis (the routing report).

Off unless a caller opens `recording()`, so training never records and its numerics do not
change. Inside it, each MoE layer appends a `RouterCall` (its logits, token mask and active k,
and the static facts a re-route needs) in forward order, the order of `moe_summary`'s
per-layer entries. Record inside the function you jit and return the arrays from it: values
recorded under jit belong to that trace. Scanned or rematerialised stacks trace their blocks
inside inner transformations whose values cannot leave them, so record an unrolled model
without remat (`check_complete` refuses a count that does not match).
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import Any, Iterator, NamedTuple

import jax

from gshard_jax.config import MoEConfig

_ACTIVE: contextvars.ContextVar[list | None] = contextvars.ContextVar("router_calls", default=None)


class RouterCall(NamedTuple):
    """One MoE layer's routing problem; `routing.route` with these arguments re-routes it.

    router: the layer's router name; moe: its MoE settings (its own num_experts);
    batch_prioritized: its slot order; logits_GSE: router logits [G, S, E] float32;
    token_mask_GS: 1 for real tokens [G, S] float32; top_k: the active k (int or traced).
    """

    router: str
    moe: MoEConfig
    batch_prioritized: bool
    logits_GSE: jax.Array
    token_mask_GS: jax.Array
    top_k: Any


@contextlib.contextmanager
def recording() -> Iterator[list[RouterCall]]:
    """Collects the RouterCalls of the MoE layers that run inside the block, in order."""
    calls: list[RouterCall] = []
    token = _ACTIVE.set(calls)
    try:
        yield calls
    finally:
        _ACTIVE.reset(token)


def record(call: RouterCall) -> None:
    """Called by every MoE layer; a no-op unless `recording()` is open."""
    calls = _ACTIVE.get()
    if calls is not None:
        calls.append(call)


def check_complete(calls: list[RouterCall], expected: int) -> None:
    """ValueError unless one call per MoE layer was recorded (a scanned stack records once per
    period, and a rematerialised one's values stay inside its checkpoint)."""
    if len(calls) != expected:
        raise ValueError(f"recorded {len(calls)} router calls for {expected} MoE layers; record "
                         "an unrolled model without remat (model.scan_layers=false, "
                         "model.remat=none)")
