"""The one table of TPU chip figures a plan is judged against, each with its public source.

Figures are per *device*, the unit XLA compiles for and `memory_analysis()` reports on: a v3
device is one TensorCore (two per chip, each with half the chip's HBM and compute); v4 and v5p
are compiled as "megacore" (one device per chip, the two TensorCores fused, as MaxText does);
v5e and v6e chips have a single TensorCore. Chip figures are therefore divided by
`devices_per_chip`.

Sources (Google Cloud TPU documentation, system-architecture tables; read 2026-12):
  v3   https://cloud.google.com/tpu/docs/v3   peak compute per chip 123 TFLOP/s (bf16);
       HBM2 capacity and bandwidth 32 GiB, 900 GBps; two TensorCores per chip.
  v4   https://cloud.google.com/tpu/docs/v4   275 TFLOP/s (bf16) per chip; HBM2 32 GiB,
       1200 GBps; two TensorCores per chip.
  v5e  https://cloud.google.com/tpu/docs/v5e  197 TFLOP/s (bf16); HBM2 16 GB, 819 GBps;
       bidirectional ICI bandwidth 400 GBps per chip; one TensorCore.
  v5p  https://cloud.google.com/tpu/docs/v5p  459 TFLOP/s (bf16); HBM 95 GiB, 2765 GBps;
       bidirectional ICI bandwidth 1200 GBps per chip; two TensorCores.
  v6e  https://cloud.google.com/tpu/docs/v6e  918 TFLOP/s (bf16); HBM 32 GB, 1638 GBps;
       bidirectional ICI bandwidth 800 GBps per chip; one TensorCore.
The v3 and v4 pages give no per-chip ICI figure; for those we use "How to Scale Your Model"
(Austin et al., Google DeepMind 2025), https://jax-ml.github.io/scaling-book/tpus/, table
"ICI BW/link": one-way 1.0e11 B/s per link on v3 (4 links: 2D torus) and 4.5e10 on v4
(6 links: 3D). For the others the same table agrees with the Cloud pages (links x bidi-per-link
~= the bidirectional per-chip figure: v5e 4 x 9e10, v6e 4 x 1.8e11, v5p 6 x 1.8e11).

ICI ports per chip: 4 on v5e and v6e ("ICI ports per chip" in their tables); v3 is a 2D torus
(4 neighbours) and v4/v5p 3D tori (6), as the scaling book's TPU chapter describes them.

Units are as printed by each page: 'GiB' pages are taken as 2**30 bytes, 'GB' pages as 1e9
bytes (v5e, v6e: the conservative reading), 'GBps' as 1e9 bytes/s. (libtpu's own limit on
v5e is 15.75 GiB, so a v5e plan between 14.9 and 15.75 GiB compiles but is reported as not
fitting these 16 GB.)
"""

from __future__ import annotations

import dataclasses

GIB = 2**30
GB = 10**9


@dataclasses.dataclass(frozen=True)
class Chip:
    """One TPU generation's figures per chip, and how many compiled devices a chip holds."""

    name: str
    peak_bf16_flops: float        # FLOP/s per chip (bf16 matmul peak)
    hbm_bytes: int                # HBM capacity per chip
    hbm_bytes_per_s: float        # HBM bandwidth per chip
    ici_bidi_bytes_per_s: float   # ICI bandwidth per chip, both directions, all links together
    devices_per_chip: int         # XLA devices per chip as `plan` compiles them
    ici_links: int                # ICI ports per chip: 4 on the 2D tori, 6 on the 3D ones
    source: str                   # where the figures come from (see the module docstring)

    @property
    def device_flops(self) -> float:
        return self.peak_bf16_flops / self.devices_per_chip

    @property
    def device_hbm_bytes(self) -> int:
        return self.hbm_bytes // self.devices_per_chip

    @property
    def device_hbm_bytes_per_s(self) -> float:
        return self.hbm_bytes_per_s / self.devices_per_chip

    @property
    def link_bytes_per_s(self) -> float:
        """One ICI link's bandwidth in one direction."""
        return self.ici_bidi_bytes_per_s / 2 / self.ici_links

    @property
    def device_ici_egress_bytes_per_s(self) -> float:
        """Bytes/s one device can send over ICI: half the bidirectional figure (the other half
        is what it receives), shared by the chip's devices."""
        return self.ici_bidi_bytes_per_s / 2 / self.devices_per_chip


CHIPS: dict[str, Chip] = {
    # 2 TensorCores per chip, each a device: per core 61.5 TFLOP/s, 16 GiB, 450 GB/s.
    # ICI: 4 links x 1.0e11 B/s one way x 2 directions (scaling book; the v3 page has none).
    "v3": Chip("TPU v3", 123e12, 32 * GIB, 900 * GB, 4 * 2 * 1.0e11, 2, 4,
               "cloud.google.com/tpu/docs/v3; ICI: jax-ml.github.io/scaling-book/tpus"),
    # Megacore: one device per chip. ICI: 6 links x 4.5e10 B/s one way x 2 (scaling book).
    "v4": Chip("TPU v4", 275e12, 32 * GIB, 1200 * GB, 6 * 2 * 4.5e10, 1, 6,
               "cloud.google.com/tpu/docs/v4; ICI: jax-ml.github.io/scaling-book/tpus"),
    "v5e": Chip("TPU v5e", 197e12, 16 * GB, 819 * GB, 400 * GB, 1, 4,
                "cloud.google.com/tpu/docs/v5e"),
    # Megacore: one device per chip.
    "v5p": Chip("TPU v5p", 459e12, 95 * GIB, 2765 * GB, 1200 * GB, 1, 6,
                "cloud.google.com/tpu/docs/v5p"),
    "v6e": Chip("TPU v6e", 918e12, 32 * GB, 1638 * GB, 800 * GB, 1, 4,
                "cloud.google.com/tpu/docs/v6e"),
}
