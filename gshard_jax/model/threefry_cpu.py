"""Dropout's random bits on CPU: jax's threefry hash lowered unrolled, as on TPU and GPU.

On CPU, jax lowers `threefry2x32` (every `jax.random` draw: dropout masks, random routing) as
a rolled loop of 5 iterations of 4 rounds: an XLA `while` whose every iteration reads and
writes the whole [B, L, H] counter arrays. Its unrolled lowering (jax's default for other
platforms) computes the same 20 rounds, so the same bits, in one fused pass: 8% less CPU time
for the dense twin's train step (docs/performance.md, B9), for a longer compile (22 -> 33 s
for that step in one measurement on a heavily loaded 2-core machine; once per bucket shape). `use_unrolled_threefry()` registers it for CPU once, at import of the
model's layers; where jax's private names move, it leaves jax's own lowering (the same
numbers, slower).
"""

from __future__ import annotations

_DONE = []


def use_unrolled_threefry() -> bool:
    """Registers jax's unrolled threefry lowering for CPU (idempotent); False if unavailable."""
    if _DONE:
        return _DONE[0]
    try:
        from jax._src.random import threefry2x32
        from jax.interpreters import mlir

        mlir.register_lowering(threefry2x32.threefry2x32_p,
                               threefry2x32._threefry2x32_lowering_rule, platform="cpu")
        _DONE.append(True)
    except (ImportError, AttributeError):
        _DONE.append(False)
    return _DONE[0]
