"""Checkpoints across layer layouts: a train state written unrolled restores into a scanned
model (`model.scan_layers=true`) and back.

Parameters convert exactly (model/stack.py stacks or unstacks each stack's layers). Optimiser
state converts the same way wherever it mirrors the parameters (Adam's moments, Adafactor's
statistics); an Adafactor placeholder (a zero array standing for an unused factor) takes the
target layout's shape. A statistic that the two layouts factor differently cannot convert, and
the error says so.
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from gshard_jax.config import ConfigError
from gshard_jax.model.stack import scan_params, unscan_params


def convert_tree(tree: Any, stacks: tuple[str, ...], period: int, to_scanned: bool,
                 periods: int | None = None) -> Any:
    """Every parameter-shaped dict inside `tree` (the params, or an optimiser state's copies
    of them) in the other layout; everything else unchanged. periods: a scanned stack's
    entries on its 'layers' axis (to unscan optimiser placeholders without that axis)."""
    def is_params(node) -> bool:
        return isinstance(node, dict) and all(name in node for name in stacks)

    def convert(node):
        if not is_params(node):
            return node
        if to_scanned:
            return scan_params(node, stacks, period)
        return unscan_params(node, stacks, periods)

    return jax.tree.map(convert, tree, is_leaf=is_params)


def convert_state(state: Any, target_abstract: Any, stacks: tuple[str, ...], period: int,
                  to_scanned: bool) -> Any:
    """A restored train state in the other layout, placed as `target_abstract` (a task's
    `abstract_state()`: shapes and shardings) says."""
    periods = None if to_scanned else jax.tree.leaves(state.params[stacks[0]])[0].shape[0]
    converted = convert_tree(state, stacks, period, to_scanned, periods)
    leaves, treedef = jax.tree.flatten(converted)
    targets, target_def = jax.tree.flatten(target_abstract)
    if treedef != target_def:
        raise ConfigError("the checkpoint's train state does not convert to this layout (its "
                          "structure differs beyond the stacked layers); restore it with the "
                          "model.scan_layers it was written with")
    out = []
    for leaf, target in zip(leaves, targets):
        if tuple(leaf.shape) != tuple(target.shape):
            if np.any(np.asarray(jax.device_get(leaf))):
                raise ConfigError(
                    f"an optimiser statistic of shape {tuple(leaf.shape)} would need shape "
                    f"{tuple(target.shape)}: the optimiser factors it differently in the two "
                    "layouts; resume with the model.scan_layers the run was written with, or "
                    "start a new run from its parameters (gshard_jax.model.stack.scan_params)")
            leaf = jnp.zeros(target.shape, target.dtype)  # an unused factor's placeholder
        out.append(jax.device_put(jnp.asarray(leaf, target.dtype), target.sharding))
    return jax.tree.unflatten(target_def, out)
