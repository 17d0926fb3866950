"""A stack of blocks, run unrolled or as one scan, with a rematerialisation policy.

Unrolled (the default), a stack is an `nnx.List` of blocks, each traced and compiled on its
own. Scanned (`model.scan_layers`), the stack is one period of blocks (with `moe_every=2`: a
dense-FFN block, then an MoE block; `moe_offset` says which block of the period is MoE) whose parameters are stacked on a leading logical axis
`layers` (one entry per period), and `jax.lax.scan` runs the period once per entry: the step
traces and compiles one period whatever the depth (MaxText's and t5x's `scan_layers`).

Both layouts are built from the same blocks created in the same order, so a scanned model
starts from exactly the unrolled model's weights (`scan_params` / `unscan_params` convert a
parameter tree between them), and layer i gets the same dropout and routing key in both.

Rematerialisation (`model.remat`) wraps each block in `jax.checkpoint`. Every policy keeps the
outputs of the MoE all-to-alls (their names come from model/moe.py), so a backward pass never
repeats an all-to-all; 'full' recomputes everything else, 'dots' also keeps the outputs of the
weight matmuls.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax import axes
from gshard_jax.model.layers import fold
from gshard_jax.model.moe import ALL_TO_ALL_OUTPUTS

_keep_all_to_alls = jax.checkpoint_policies.save_only_these_names(*ALL_TO_ALL_OUTPUTS)

# model.remat -> the jax.checkpoint policy of each block (None: no rematerialisation).
REMAT_POLICIES = {
    "none": None,
    "full": _keep_all_to_alls,
    "dots": jax.checkpoint_policies.save_from_both_policies(
        jax.checkpoint_policies.dots_with_no_batch_dims_saveable, _keep_all_to_alls),
}



def scan_period(moe_every: int) -> int:
    """Blocks per scanned period: moe_every (dense FFNs, then an MoE), or 1 for a dense model."""
    return max(moe_every, 1)


class ScannedBlocks(nnx.Module):
    """One period of blocks whose parameters carry a leading `layers` axis (one entry per
    period). `repeated[j]` is the j-th block of every period."""

    def __init__(self, blocks: list[nnx.Module], period: int):
        if len(blocks) % period:
            raise ValueError(f"{len(blocks)} blocks do not split into periods of {period}")
        splits = [nnx.split(block) for block in blocks]
        repeated = []
        for j in range(period):
            graphdefs = [g for g, _ in splits[j::period]]
            if any(g != graphdefs[0] for g in graphdefs):
                raise ValueError(f"blocks {j}, {j + period}, ... differ in structure, so they "
                                 "cannot be scanned as one block; set model.scan_layers=false")
            state = jax.tree.map(lambda *xs: jnp.stack(xs), *[s for _, s in splits[j::period]])
            for variable in jax.tree.leaves(state, is_leaf=_is_variable):
                variable.set_metadata("logical_axes", (axes.LAYERS,) + variable.logical_axes)
            repeated.append(nnx.merge(graphdefs[0], state))
        self.repeated = nnx.List(repeated)
        self.num_layers = len(blocks)

    @property
    def periods(self) -> int:
        return self.num_layers // len(self.repeated)

    def layer(self, index: int) -> nnx.Module:
        """Block `index` on its own (its parameters sliced out of the stack): for decoding."""
        period = len(self.repeated)
        graphdef, state = nnx.split(self.repeated[index % period])
        state = jax.tree.map(lambda v: v[index // period], state)
        for variable in jax.tree.leaves(state, is_leaf=_is_variable):
            variable.set_metadata("logical_axes", variable.logical_axes[1:])
        return nnx.merge(graphdef, state)


def _is_variable(x) -> bool:
    return isinstance(x, nnx.Variable)


def build_stack(blocks: list[nnx.Module], *, scan: bool, moe_every: int) -> nnx.Module:
    """The stack's module: an `nnx.List` of the blocks, or their `ScannedBlocks`."""
    return ScannedBlocks(blocks, scan_period(moe_every)) if scan else nnx.List(blocks)


def unrolled_plain(stack: nnx.Module, remat: str) -> bool:
    """Whether a stack runs as a plain loop over its blocks (unrolled, no remat): its model
    then loops itself, the shortest path for a reader."""
    return not isinstance(stack, ScannedBlocks) and REMAT_POLICIES[remat] is None


def stack_layers(stack: nnx.Module) -> list[nnx.Module]:
    """Every block of a stack in order, whatever its layout (for decoding and inspection)."""
    if isinstance(stack, ScannedBlocks):
        return [stack.layer(i) for i in range(stack.num_layers)]
    return list(stack)


def run_stack(stack: nnx.Module, x: jax.Array, remat: str, rng: jax.Array | None, *args,
              **kwargs) -> tuple[jax.Array, list]:
    """Runs every block of `stack` over x in order: (x, the MoE blocks' Routings in order).

    Block i is called as block(x, *args, rng=fold(rng, i), **kwargs). Inside a scan, i is
    traced and the Routings keep only their losses and metrics (the per-token choices of
    every layer would be stacked as scan outputs).
    """
    policy = REMAT_POLICIES[remat]

    def run(block, i, x):
        return block(x, *args, rng=fold(rng, i), **kwargs)

    if not isinstance(stack, ScannedBlocks):
        routings = []
        for i, block in enumerate(stack):
            x, routing = _checkpointed(run, policy, block, i, x, prevent_cse=True)
            routings += [routing] if routing is not None else []
        return x, routings

    period = len(stack.repeated)
    graphdefs, states = zip(*(nnx.split(block) for block in stack.repeated))

    def one_period(x, xs):
        states_p, p = xs
        routings = []
        for j, (graphdef, state) in enumerate(zip(graphdefs, states_p)):
            block = nnx.merge(graphdef, state)
            # Inside scan, CSE across iterations cannot happen, so remat need not prevent it.
            x, routing = _checkpointed(run, policy, block, p * period + j, x, prevent_cse=False)
            if routing is not None:
                routings.append(routing.replace(expert=None, slot=None, weight=None, kept=None))
        return x, routings

    x, stacked = jax.lax.scan(one_period, x, (states, jnp.arange(stack.periods)))
    # Stacked Routings [periods, ...] -> one per MoE layer, in forward order.
    routings = [jax.tree.map(lambda a: a[p], r) for p in range(stack.periods) for r in stacked]
    return x, routings


def _checkpointed(run, policy, block, index, x, prevent_cse: bool):
    if policy is None:
        return run(block, index, x)
    graphdef, state = nnx.split(block)

    def pure(state, x):
        return run(nnx.merge(graphdef, state), index, x)

    return jax.checkpoint(pure, policy=policy, prevent_cse=prevent_cse)(state, x)


def scan_params(params: dict, stacks: tuple[str, ...], period: int) -> dict:
    """An unrolled model's parameter tree (pure dict) in the scanned layout: for each stack
    name, layers {0, 1, ...} become {'repeated': {j: layers j, j+period, ... stacked}}."""
    out = dict(params)
    for name in stacks:
        layers = params[name]
        count = len(layers)
        if count % period:
            raise ValueError(f"{name}: {count} layers do not split into periods of {period}")
        out[name] = {"repeated": {
            j: jax.tree.map(lambda *xs: jnp.stack(xs), *[layers[i] for i in range(j, count, period)])
            for j in range(period)}}
    return out


def unscan_params(params: dict, stacks: tuple[str, ...], periods: int | None = None) -> dict:
    """The inverse of `scan_params`: a scanned model's parameter tree, unrolled.

    periods: entries of the 'layers' axis (default: read off the parameters); given, a leaf
    without that leading axis (an optimiser's placeholder) is kept whole for every layer."""
    out = dict(params)
    for name in stacks:
        repeated = params[name]["repeated"]
        period = len(repeated)
        count = periods or jax.tree.leaves(repeated[0])[0].shape[0]
        take = lambda a, p: a[p] if a.ndim and a.shape[0] == count else a  # noqa: E731
        out[name] = {p * period + j: jax.tree.map(lambda a: take(a, p), repeated[j])
                     for p in range(count) for j in range(period)}
    return out
