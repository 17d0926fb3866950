"""Logical specs -> NamedShardings, activation constraints, and divisibility checks.

The model calls `constrain(x, ('batch', 'length', 'embed'))` with logical names only. Inside an
`activation_sharding(mesh, rules)` context (entered by the jitted step functions while they
trace) that becomes `jax.lax.with_sharding_constraint`; outside one it is the identity, so the
model also runs unsharded (tests, eval_shape).
"""

from __future__ import annotations

import contextlib
import contextvars
import math
from typing import Any, NamedTuple, Sequence

import jax
from flax import nnx
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from gshard_jax.errors import UserError
from gshard_jax.sharding.rules import Rules, resolve

Logical = tuple  # one logical name (or None) per array dimension


class ShardingError(UserError, ValueError):
    """An array whose shape cannot be split the way the mesh and rules ask."""


_ACTIVE: contextvars.ContextVar[tuple[Mesh, Rules] | None] = contextvars.ContextVar(
    "gshard_activation_sharding", default=None
)


@contextlib.contextmanager
def activation_sharding(mesh: Mesh, rules: Rules):
    """Makes `constrain` emit sharding constraints for `mesh` and `rules` while active."""
    token = _ACTIVE.set((mesh, rules))
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def active_mesh() -> Mesh | None:
    """The mesh of the enclosing `activation_sharding`, or None outside one."""
    active = _ACTIVE.get()
    return None if active is None else active[0]


def compiles_for(platform: str) -> bool:
    """Whether the step being traced compiles for `platform` ('cpu', 'tpu', 'gpu'): the
    enclosing `activation_sharding`'s mesh devices (a TPU topology's under `gshard-jax
    plan`), else jax's default backend.

    Lets the model pick forms that only XLA:CPU needs (layers.token_matmul) while TPU and GPU
    programs stay the ones the pod plans measured."""
    mesh = active_mesh()
    traced_for = mesh.devices.flat[0].platform if mesh is not None else jax.default_backend()
    return traced_for == platform


def compiles_for_one_device() -> bool:
    """Whether the step being traced runs on one device: an enclosing `activation_sharding`
    whose mesh has a single device, or, outside one, a process that sees a single device
    (outside a step the arrays may still be split over several, e.g. a model called eagerly
    on a sharded batch, and a data-dependent loop must not run on them)."""
    mesh = active_mesh()
    return mesh.size == 1 if mesh is not None else jax.device_count() == 1


def constrain(x: jax.Array, logical: Sequence[str | None]) -> jax.Array:
    """Annotates activation `x` with a logical spec (identity outside `activation_sharding`)."""
    active = _ACTIVE.get()
    if active is None:
        return x
    mesh, rules = active
    if len(logical) != x.ndim:
        raise ShardingError(f"logical spec {tuple(logical)} has {len(logical)} names for a {x.ndim}-d array")
    return jax.lax.with_sharding_constraint(x, NamedSharding(mesh, resolve(logical, rules)))


def is_logical_leaf(x: Any) -> bool:
    return type(x) is tuple and all(a is None or isinstance(a, str) for a in x)


def logical_to_sharding(logical_tree: Any, mesh: Mesh, rules: Rules) -> Any:
    """Maps a tree of logical specs (tuples) to a tree of NamedShardings."""
    return jax.tree.map(
        lambda spec: NamedSharding(mesh, resolve(spec, rules)), logical_tree, is_leaf=is_logical_leaf
    )


def split_factor(spec: PartitionSpec, mesh: Mesh) -> list[int]:
    """Number of shards along each dimension for `spec` on `mesh`."""
    factors = []
    for entry in spec:
        names = () if entry is None else (entry,) if isinstance(entry, str) else entry
        factors.append(math.prod(mesh.shape[n] for n in names))
    return factors


def check_divisible(
    name: str, shape: Sequence[int], logical: Sequence[str | None], mesh: Mesh, rules: Rules
) -> None:
    """Raises ShardingError (with the fix) if a dimension does not split evenly."""
    spec = resolve(logical, rules)
    for dim, (size, axis_name, entry, factor) in enumerate(
        zip(shape, logical, tuple(spec) + (None,) * len(shape), split_factor(spec, mesh) + [1] * len(shape))
    ):
        if size % factor:
            raise ShardingError(
                f"{name}: dimension {dim} ({axis_name!r}, size {size}) is split over mesh axes "
                f"{entry} = {factor} devices, which does not divide {size}. Make {axis_name!r} a "
                f"multiple of {factor} or shrink those mesh axes"
                + (" (e.g. num_experts divisible by the expert axis)" if axis_name == "expert" else "")
            )


def check_tree_divisible(abstract_tree: Any, logical_tree: Any, mesh: Mesh, rules: Rules) -> None:
    """`check_divisible` for every leaf of a tree of arrays / ShapeDtypeStructs."""
    flat_abs = jax.tree_util.tree_flatten_with_path(abstract_tree)[0]
    flat_logical = jax.tree.leaves(logical_tree, is_leaf=is_logical_leaf)
    for (path, leaf), logical in zip(flat_abs, flat_logical):
        check_divisible(jax.tree_util.keystr(path), leaf.shape, logical, mesh, rules)


def batch_sharding(mesh: Mesh, rules: Rules, batch_shape: Sequence[int] | None = None) -> NamedSharding:
    """Sharding of [batch, length] token arrays; with a shape, checks the batch splits evenly."""
    spec = resolve(("batch", "length"), rules)
    shards = split_factor(spec, mesh)[0]
    if batch_shape is not None and batch_shape[0] % shards:
        raise ShardingError(
            f"batch size {batch_shape[0]} is not divisible by the {shards} data shards "
            f"(mesh axes {spec[0]}); use a batch size that is a multiple of {shards}"
        )
    return NamedSharding(mesh, spec)


def batch_shard_count(mesh: Mesh, rules: Rules) -> int:
    """How many ways the batch dimension is split (the data-parallel degree)."""
    return split_factor(resolve(("batch",), rules), mesh)[0]


def _derived_logical(leaf_shape, param_shape, param_logical):
    """Logical spec for an optimizer-state leaf derived from its parameter.

    Same shape -> same spec (Adam moments). One dimension fewer -> the parameter's spec minus
    the dimension whose removal gives that shape (Adafactor's factored row/column statistics).
    Anything else (counts, placeholders) is replicated.
    """
    leaf_shape, param_shape = tuple(leaf_shape), tuple(param_shape)
    if leaf_shape == param_shape:
        return tuple(param_logical)
    if len(leaf_shape) + 1 == len(param_shape):
        for dim in reversed(range(len(param_shape))):
            if param_shape[:dim] + param_shape[dim + 1:] == leaf_shape:
                return tuple(param_logical[:dim]) + tuple(param_logical[dim + 1:])
    return (None,) * len(leaf_shape)


def opt_state_logical(opt_state: Any, params: Any, params_logical: Any) -> Any:
    """Logical specs for an optimizer state, so expert statistics shard with the experts.

    An optimizer-state leaf belongs to the parameter whose tree path is the longest suffix of
    its own path (optax nests parameter-shaped trees inside its states).
    """
    param_paths = {
        tuple(path): (leaf.shape, logical)
        for (path, leaf), logical in zip(
            jax.tree_util.tree_flatten_with_path(params)[0],
            jax.tree.leaves(params_logical, is_leaf=is_logical_leaf),
        )
    }

    def leaf_logical(path, leaf):
        path = tuple(path)
        for start in range(len(path)):
            if path[start:] in param_paths:
                param_shape, logical = param_paths[path[start:]]
                return _derived_logical(leaf.shape, param_shape, logical)
        return (None,) * len(getattr(leaf, "shape", ()))

    return jax.tree_util.tree_map_with_path(leaf_logical, opt_state)


def logical_axes_of(state: nnx.State) -> dict:
    """Pure-dict tree of each parameter's logical axes, matching `state.to_pure_dict()`
    (read from the `logical_axes` metadata `model.layers.param` gives every parameter)."""
    return nnx.to_pure_dict(
        jax.tree.map(lambda v: v.replace(v.get_metadata()["logical_axes"]), state,
                     is_leaf=lambda x: isinstance(x, nnx.Variable))
    )


class StateLayout(NamedTuple):
    """A train state's logical specs and NamedShardings, parameters and optimiser state."""

    params_logical: Any
    opt_logical: Any
    params: Any  # NamedShardings
    opt_state: Any  # NamedShardings


def state_layout(params: Any, params_logical: Any, opt_state: Any, mesh: Mesh,
                 rules: Rules) -> StateLayout:
    """The layout of a train state on `mesh` under `rules`: every parameter checked to split
    evenly (ShardingError naming the fix), the optimiser state's specs derived from its
    parameters (`opt_state_logical`), both mapped to NamedShardings.

    params, opt_state: trees of arrays or ShapeDtypeStructs; params_logical: the parameters'
    logical specs (`logical_axes_of`).
    """
    check_tree_divisible(params, params_logical, mesh, rules)
    opt_logical = opt_state_logical(opt_state, params, params_logical)
    return StateLayout(params_logical, opt_logical,
                       logical_to_sharding(params_logical, mesh, rules),
                       logical_to_sharding(opt_logical, mesh, rules))
