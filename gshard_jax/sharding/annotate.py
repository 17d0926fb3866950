"""GShard's annotation API for people writing their own layers: replicate, split, shard.

The GShard paper (§3.2) lets a user annotate a few tensors of a layer and leaves the rest to
the SPMD partitioner. These are the same three calls over a `jax.sharding.Mesh`, each a
`jax.lax.with_sharding_constraint`:

    replicate(x)                      every device holds all of x
    split(x, dim, mesh_axis)          dimension `dim` split over a mesh axis (or several)
    shard(x, spec)                    a full per-dimension spec: one entry per dimension,
                                      None, a mesh axis name, or a tuple of names

The mesh is the one passed as `mesh=`, else the one a gshard_jax step function is tracing
under (`activation_sharding`). With neither, the calls return `x` unchanged, so an annotated
layer also runs unsharded (tests, one device). Inside gshard_jax's own model, prefer logical
names (`gshard_jax.sharding.constrain`): they follow the rules table chosen in the config.

Example (8 devices, mesh data=2 x expert=4):

    @jax.jit
    def layer(x_BM, w_MH):
        x_BM = split(x_BM, 0, "data", mesh=mesh)            # per device [B/2, M]
        h_BH = shard(x_BM @ w_MH, ("data", "expert"), mesh=mesh)  # per device [B/2, H/4]
        return replicate(h_BH.sum(-1), mesh=mesh)
"""

from __future__ import annotations

import math
from typing import Sequence

import jax
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from gshard_jax.sharding.partition import ShardingError, active_mesh

MeshAxes = str | Sequence[str]


def _mesh(mesh: Mesh | None) -> Mesh | None:
    return mesh if mesh is not None else active_mesh()


def _entry_axes(entry) -> tuple[str, ...]:
    return () if entry is None else (entry,) if isinstance(entry, str) else tuple(entry)


def _check_spec(x: jax.Array, spec: Sequence, mesh: Mesh) -> PartitionSpec:
    if len(spec) != x.ndim:
        raise ShardingError(f"shard: spec {tuple(spec)} has {len(spec)} entries for a "
                            f"{x.ndim}-d array of shape {x.shape}; give one per dimension "
                            "(None keeps a dimension whole)")
    used: list[str] = []
    for dim, entry in enumerate(spec):
        names = _entry_axes(entry)
        unknown = [n for n in names if n not in mesh.shape]
        if unknown:
            raise ShardingError(f"dimension {dim}: unknown mesh axes {unknown}; this mesh has "
                                f"{', '.join(mesh.axis_names)}")
        repeated = [n for n in names if n in used]
        if repeated:
            raise ShardingError(f"dimension {dim}: mesh axes {repeated} already split another "
                                "dimension; a mesh axis can split one dimension of an array")
        used += names
        parts = math.prod(mesh.shape[n] for n in names)
        if x.shape[dim] % parts:
            raise ShardingError(f"dimension {dim} of size {x.shape[dim]} does not split into "
                                f"{parts} parts over mesh axes {names}; pad it to a multiple "
                                f"of {parts} or use fewer mesh axes")
    return PartitionSpec(*(None if entry is None else entry if isinstance(entry, str)
                           else tuple(entry) for entry in spec))


def shard(x: jax.Array, spec: Sequence, *, mesh: Mesh | None = None) -> jax.Array:
    """x laid out by a full per-dimension spec (None / mesh axis / tuple of mesh axes).

    Per device, dimension d has size shape[d] / (product of its mesh axes' sizes).
    """
    mesh = _mesh(mesh)
    if mesh is None:
        return x
    return jax.lax.with_sharding_constraint(x, NamedSharding(mesh, _check_spec(x, spec, mesh)))


def split(x: jax.Array, dim: int, mesh_axis: MeshAxes, *, mesh: Mesh | None = None) -> jax.Array:
    """x with dimension `dim` split over `mesh_axis` (a name or tuple of names); the rest whole."""
    if not -x.ndim <= dim < x.ndim:
        raise ShardingError(f"split: dimension {dim} does not exist in a {x.ndim}-d array")
    spec = [None] * x.ndim
    spec[dim % x.ndim] = mesh_axis
    return shard(x, spec, mesh=mesh)


def replicate(x: jax.Array, *, mesh: Mesh | None = None) -> jax.Array:
    """x held whole on every device."""
    return shard(x, [None] * x.ndim, mesh=mesh)
