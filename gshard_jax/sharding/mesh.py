"""Builds the ('data', 'expert', 'model') device mesh from a MeshConfig.

Axes are `AxisType.Auto`: we annotate shardings and let XLA's SPMD partitioner choose the
collectives (GShard's design), rather than JAX's default Explicit axes, under which
`with_sharding_constraint` refuses specs and every reshard must be spelled out.
"""

from __future__ import annotations

import math
from typing import Sequence

import jax
import numpy as np
from jax.sharding import AxisType, Mesh

from gshard_jax.axes import MESH_AXES
from gshard_jax.errors import UserError


class MeshError(UserError, ValueError):
    """A mesh shape that does not fit the available devices."""


def resolve_shape(sizes: Sequence[int], num_devices: int) -> tuple[int, ...]:
    """Fills one -1 entry so the product equals num_devices; checks the fit."""
    sizes = tuple(int(s) for s in sizes)
    named = ", ".join(f"{a}={s}" for a, s in zip(MESH_AXES, sizes))
    # The sizes' own rules (positive, at most one -1) are MeshConfig's, checked with the Config
    # (config.experiment.mesh_size_problems); this guard only keeps a bare MeshConfig from
    # reaching the arithmetic below.
    if any(s == 0 or s < -1 for s in sizes) or sizes.count(-1) > 1:
        raise MeshError(f"mesh ({named}): not a mesh shape; each axis size is positive, or one "
                        "of them -1 for the rest")
    fixed = math.prod(s for s in sizes if s != -1)
    if -1 in sizes:
        if num_devices % fixed:
            raise MeshError(
                f"mesh ({named}): the fixed axes use {fixed} devices, which does not divide "
                f"the {num_devices} available; choose sizes whose product divides {num_devices}"
            )
        sizes = tuple(num_devices // fixed if s == -1 else s for s in sizes)
    if math.prod(sizes) != num_devices:
        raise MeshError(
            f"mesh ({named}) needs {math.prod(sizes)} devices but {num_devices} are available; "
            f"make the product of the axis sizes {num_devices} (or set one axis to -1). "
            "On CPU, simulate more devices with "
            "XLA_FLAGS=--xla_force_host_platform_device_count=N before importing jax."
        )
    return sizes


def make_mesh(mesh_config=None, *, devices: Sequence[jax.Device] | None = None) -> Mesh:
    """Returns a Mesh with axes ('data', 'expert', 'model') and Auto axis types.

    Args:
      mesh_config: a `MeshConfig` (data/expert/model sizes, -1 = the rest), or None for
        pure data parallelism over all devices.
      devices: defaults to all global devices (all processes, when multi-host); any other
        list (e.g. a TPU topology's devices from `gshard_jax.plan.topology`) is reshaped in
        its order.
    """
    devices = list(jax.devices() if devices is None else devices)
    if mesh_config is None:
        sizes = (-1, 1, 1)
    else:
        sizes = (mesh_config.data, mesh_config.expert, mesh_config.model)
    shape = resolve_shape(sizes, len(devices))
    if devices == list(jax.devices()):
        # jax.make_mesh orders devices for the physical topology (ICI rings on TPU). Other
        # device lists (a subset; a compile-only TPU topology's devices, `gshard_jax.plan`)
        # keep their given order.
        return jax.make_mesh(shape, MESH_AXES, axis_types=(AxisType.Auto,) * 3, devices=devices)
    return Mesh(np.asarray(devices).reshape(shape), MESH_AXES, axis_types=(AxisType.Auto,) * 3)
