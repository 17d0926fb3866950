"""A readable table of how each array is split: logical axes, mesh axes, bytes per device.

Works on real arrays and on abstract ones (`jax.ShapeDtypeStruct` with a sharding), so the
layout of any config can be printed without allocating it (`gshard-jax shard-report`).
"""

from __future__ import annotations

import math

import jax
import numpy as np

from jax.sharding import Mesh

from gshard_jax.sharding.partition import batch_shard_count, is_logical_leaf
from gshard_jax.sharding.rules import Rules, resolve


def human_bytes(nbytes: float, decimals: int = 1) -> str:
    """'512 B', '1.5 KiB', ... '2.0 TiB': bytes in the largest binary unit below 1024 of it."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(nbytes) < 1024 or unit == "TiB":
            return f"{nbytes:.{decimals}f} {unit}" if unit != "B" else f"{int(nbytes)} B"
        nbytes /= 1024
    return ""


def _spec_text(spec) -> str:
    return ", ".join("-" if s is None else "+".join((s,) if isinstance(s, str) else s)
                     for s in spec) or "-"


def sharding_rows(arrays, logical_tree) -> list[tuple[str, str, str, str, int, int]]:
    """(path, shape, logical axes, mesh spec, bytes per device, total bytes) per array.

    arrays: a tree of jax.Arrays or ShapeDtypeStructs carrying a NamedSharding.
    """
    rows = []
    for (path, array), logical in zip(jax.tree_util.tree_flatten_with_path(arrays)[0],
                                      jax.tree.leaves(logical_tree, is_leaf=is_logical_leaf)):
        itemsize = np.dtype(array.dtype).itemsize
        per_device = math.prod(array.sharding.shard_shape(array.shape)) * itemsize
        name = "/".join(str(getattr(k, "key", getattr(k, "name", k))) for k in path)
        rows.append((name, "x".join(map(str, array.shape)) or "scalar",
                     ", ".join(a or "-" for a in logical) or "-", _spec_text(array.sharding.spec),
                     per_device, math.prod(array.shape) * itemsize))
    return rows


def format_sharding_table(arrays, logical_tree, title: str = "parameters") -> str:
    """Aligned text table of `sharding_rows`, with totals."""
    rows = sharding_rows(arrays, logical_tree)
    header = ("array", "shape", "logical axes", "mesh axes", "per device", "total")
    cells = [header] + [(n, s, l, m, human_bytes(d), human_bytes(t)) for n, s, l, m, d, t in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [f"{title}:"]
    for i, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if j < 4 else c.rjust(w) for j, (c, w) in enumerate(zip(row, widths))))
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    per_device = sum(r[4] for r in rows)
    total = sum(r[5] for r in rows)
    lines.append(f"total {human_bytes(total)}; per device {human_bytes(per_device)} "
                 f"({total / max(per_device, 1):.2f}x less than replicated)")
    return "\n".join(lines)


def layout_report(mesh: Mesh, rules: Rules, rules_name: str, params, params_logical,
                  opt_state, opt_logical, optimizer: str) -> str:
    """The mesh, then every parameter's logical axes, mesh axes and bytes per device, and the
    optimiser state's total per device (`gshard-jax shard-report`).

    params, opt_state: trees of arrays or ShapeDtypeStructs carrying NamedShardings;
    rules_name: how the rules were chosen (the preset and any overrides), for the header.
    """
    opt_rows = sharding_rows(opt_state, opt_logical)
    spec = resolve(("batch", "length"), rules)
    return "\n".join([
        f"mesh {dict(mesh.shape)} over {mesh.devices.size} devices; rules {rules_name}; "
        f"batches [batch, length] split as {tuple(spec)} ({batch_shard_count(mesh, rules)} "
        "data shards)",
        format_sharding_table(params, params_logical),
        f"optimizer state ({optimizer}): total {sum(r[5] for r in opt_rows):,} bytes; "
        f"per device {sum(r[4] for r in opt_rows):,} bytes"])
