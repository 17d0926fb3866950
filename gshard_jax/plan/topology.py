"""TPU topology names -> the devices XLA compiles for, without any TPU attached.

libtpu (the `tpu` extra) describes a named topology (`v3:32x32`, 2048 TensorCores) through
`jax.experimental.topologies.get_topology_desc`; the devices it returns can be put in a Mesh
and compiled for ahead of time on any host, CPU-only ones included.

Accepted names (see `FORMS`): `v3:AxB`, `v5e:AxB`, `v6e:AxB` (a 2D torus of chips),
`v4:AxBxC`, `v5p:AxBxC` (3D), each optionally followed by `,slices=S` for S such slices
joined over the data-centre network (multi-slice). v4 and v5p are compiled as "megacore", one
device per chip (the chip's two TensorCores fused), as MaxText does; v3 devices are single
TensorCores (2 per chip), as in the GShard paper's "2048 TPU v3 cores".
"""

from __future__ import annotations

import dataclasses
import glob
import importlib.util
import math
import os
import re

from gshard_jax.errors import UserError
from gshard_jax.plan.chips import CHIPS, Chip

# Dimensions of each generation's chip grid, and the device layout libtpu is asked for.
_DIMS = {"v3": 2, "v5e": 2, "v6e": 2, "v4": 3, "v5p": 3}
_MEGACORE = ("v4", "v5p")

FORMS = ("v3:AxB (TensorCores = 2*A*B, e.g. v3:32x32 = 2048 cores)",
         "v5e:AxB, v6e:AxB (one device per chip, e.g. v5e:16x16)",
         "v4:AxBxC, v5p:AxBxC (megacore: one device per chip, e.g. v5p:4x4x4)",
         "any of these + ',slices=S' for S slices over the data-centre network "
         "(e.g. v5e:16x16,slices=2)")

_NAME = re.compile(r"^(v3|v4|v5e|v5p|v6e):(\d+(?:x\d+)*)(?:,slices=(\d+))?$")


class TopologyError(UserError, ValueError):
    """A topology name that cannot be planned for, with the accepted forms in the message."""


@dataclasses.dataclass(frozen=True)
class Topology:
    """A parsed topology name and its devices (the devices are libtpu's, in its order)."""

    name: str                  # as given
    generation: str            # key of chips.CHIPS
    chip_dims: tuple[int, ...] # chips along each torus axis of one slice
    slices: int
    devices: tuple             # jax Devices (TPU, compile-only), slice by slice

    @property
    def chip(self) -> Chip:
        return CHIPS[self.generation]

    @property
    def num_chips(self) -> int:
        return math.prod(self.chip_dims) * self.slices


def _forms() -> str:
    return "accepted forms: " + "; ".join(FORMS)


def parse_name(name: str) -> tuple[str, tuple[int, ...], int]:
    """'v5p:4x4x8,slices=2' -> ('v5p', (4, 4, 8), 2); TopologyError if malformed."""
    match = _NAME.match(name.strip())
    if not match:
        raise TopologyError(f"--topology {name!r} is not a TPU topology name; {_forms()}")
    generation, dims_text, slices_text = match.groups()
    dims = tuple(int(d) for d in dims_text.split("x"))
    if len(dims) != _DIMS[generation] or min(dims) < 1:
        raise TopologyError(f"--topology {name!r}: {generation} needs {_DIMS[generation]} "
                            f"positive chip dimensions, got {len(dims)}; {_forms()}")
    slices = int(slices_text or 1)
    if slices < 1:
        raise TopologyError(f"--topology {name!r}: slices must be >= 1; {_forms()}")
    return generation, dims, slices


def _quiet_libtpu() -> None:
    """libtpu asks the cloud metadata server for these and prints warnings (and an
    INVALID_ARGUMENT line) when it cannot; for a compile-only topology their values do not
    matter. Set only when absent and when this is not a TPU VM (no /dev/accel* or /dev/vfio
    devices), so a real TPU host keeps its own discovery."""
    if glob.glob("/dev/accel*") or glob.glob("/dev/vfio/[0-9]*"):
        return
    os.environ.setdefault("TPU_ACCELERATOR_TYPE", "v3-8")
    os.environ.setdefault("TPU_WORKER_HOSTNAMES", "localhost")
    # libtpu locks /tmp/libtpu_lockfile so that one process owns a host's TPU chips; with no
    # chips to own, two planning processes (a plan beside a test run, a study's cells) may
    # both load the compiler.
    os.environ.setdefault("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")


def require_libtpu() -> None:
    """TopologyError naming the extra when the TPU compiler is not installed."""
    if importlib.util.find_spec("libtpu") is None:
        raise TopologyError("planning for a TPU topology needs the TPU compiler (libtpu), "
                            "which is not installed; install it with: pip install "
                            "'gshard_jax[tpu]' (or, in a checkout: pip install -e '.[tpu]')")


def load_topology(name: str) -> Topology:
    """The devices of topology `name` (see FORMS). TopologyError for a bad name, a shape
    libtpu refuses (its reason is quoted), or a missing libtpu."""
    generation, dims, slices = parse_name(name)
    require_libtpu()
    _quiet_libtpu()
    from jax.experimental import topologies

    options = {"chip_config_name": "megacore"} if generation in _MEGACORE else {}
    if slices > 1:
        options["num_slices"] = slices
    libtpu_name = f"{generation}:{'x'.join(map(str, dims))}"
    try:
        desc = topologies.get_topology_desc(topology_name=libtpu_name, platform="tpu", **options)
    except Exception as error:  # libtpu's JaxRuntimeError: an invalid shape for this generation
        reason = str(error).split("\n")[0][:300]
        raise TopologyError(f"--topology {name!r}: libtpu refuses it ({reason}); "
                            f"{_forms()}") from None
    devices = sorted(desc.devices, key=lambda d: (getattr(d, "slice_index", 0), d.id))
    expected = math.prod(dims) * slices * CHIPS[generation].devices_per_chip
    if len(devices) != expected:  # a libtpu whose device layout differs from the chip table's
        raise TopologyError(f"--topology {name!r}: libtpu gives {len(devices)} devices where "
                            f"{expected} were expected ({CHIPS[generation].devices_per_chip} per "
                            "chip); this libtpu version is not supported by gshard_jax.plan")
    return Topology(name, generation, dims, slices, tuple(devices))
