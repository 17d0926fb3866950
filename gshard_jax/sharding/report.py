"""A readable table of how each array is split: logical axes, mesh axes, bytes per device."""

from __future__ import annotations

import jax

from gshard_jax.sharding.partition import is_logical_leaf


def _human(nbytes: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(nbytes) < 1024 or unit == "TiB":
            return f"{nbytes:.1f} {unit}" if unit != "B" else f"{int(nbytes)} B"
        nbytes /= 1024


def sharding_rows(arrays, logical_tree) -> list[tuple[str, str, str, str, int, int]]:
    """(path, shape, logical axes, mesh spec, bytes per device, total bytes) per array."""
    rows = []
    for (path, array), logical in zip(jax.tree_util.tree_flatten_with_path(arrays)[0],
                                      jax.tree.leaves(logical_tree, is_leaf=is_logical_leaf)):
        shard = array.addressable_shards[0].data
        name = "/".join(str(getattr(k, "key", getattr(k, "name", k))) for k in path)
        spec = ", ".join("-" if s is None else "+".join((s,) if isinstance(s, str) else s)
                         for s in array.sharding.spec) or "-"
        rows.append((name, "x".join(map(str, array.shape)) or "scalar",
                     ", ".join(a or "-" for a in logical) or "-", spec, shard.nbytes, array.nbytes))
    return rows


def format_sharding_table(arrays, logical_tree, title: str = "parameters") -> str:
    """Aligned text table of `sharding_rows`, with totals."""
    rows = sharding_rows(arrays, logical_tree)
    header = ("array", "shape", "logical axes", "mesh axes", "per device", "total")
    cells = [header] + [(n, s, l, m, _human(d), _human(t)) for n, s, l, m, d, t in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [f"{title}:"]
    for i, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if j < 4 else c.rjust(w) for j, (c, w) in enumerate(zip(row, widths))))
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    per_device = sum(r[4] for r in rows)
    total = sum(r[5] for r in rows)
    lines.append(f"total {_human(total)}; per device {_human(per_device)} "
                 f"({total / max(per_device, 1):.2f}x less than replicated)")
    return "\n".join(lines)
