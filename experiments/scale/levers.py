"""The levers of large models measured by the planner at the paper's scale (issue 26).

    python -m experiments.scale.levers [--only NAME,...] [--report-only]

One `gshard-jax plan` per cell, run like the scaling study's cells (resumable; JSON in
experiments/results/levers_cells/ with commit, host and versions). Cells:
  - compile time of the 600B model (36 layers) scanned (with remat=full: scanned without remat
    does not fit) against the 4-layer model, unrolled and with the same levers, on v3:32x32
    (the paper's 2048 cores); the unrolled 36-layer figure is the scaling study's cell
    a_gshard_600b;
  - per-core temporaries of the 600B step under each remat policy, scanned and unrolled;
  - GShard's 1T model (60 layers, 2048 experts; experiments/configs/gshard_1t.py: scanned,
    remat=full) on v3:32x32, as configured and with fully sharded dense weights and 2
    microbatches, and on v5p at the fewest chips it fits on (N fits, N/2 does not).
Results: experiments/results/levers.md and levers.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from experiments.common import gib
from experiments.scale.cells import CONFIGS, RESULTS, run_cell

SCALE_CELLS = os.path.join(RESULTS, "scale_cells")  # the scale study's cells (experiments.scale)

LEVER_CELLS = os.path.join(RESULTS, "levers_cells")
_600B = os.path.join(CONFIGS, "gshard_600b.py")
_1T = os.path.join(CONFIGS, "gshard_1t.py")
_SCAN = ["model.scan_layers=true"]
_FOUR_LAYERS = ["model.num_encoder_layers=2", "model.num_decoder_layers=2"]
# v5p: one device per chip (megacore); experts split over every chip. The 1T model's float32
# weights (4.1 TB) and their gradients need about 8.2 TB at the update: 64 chips of 95 GiB
# cannot hold them; 4 microbatches keep a pass's activations to 4,096-16,384 tokens per chip.
_V5P = {64: "v5p:4x4x4", 128: "v5p:4x4x8", 256: "v5p:4x8x8"}


def cells() -> list[dict]:
    """name, config, topology and --set overrides of every cell."""
    full, dots = ["model.remat=full"], ["model.remat=dots"]
    out = [
        dict(name="600b_scanned_remat_full", config=_600B, topology="v3:32x32", sets=_SCAN + full),
        dict(name="600b_4l_unrolled", config=_600B, topology="v3:32x32", sets=_FOUR_LAYERS),
        dict(name="600b_4l_scanned_remat_full", config=_600B, topology="v3:32x32",
             sets=_FOUR_LAYERS + _SCAN + full),
        dict(name="600b_scanned", config=_600B, topology="v3:32x32", sets=_SCAN),
        dict(name="600b_scanned_remat_dots", config=_600B, topology="v3:32x32", sets=_SCAN + dots),
        dict(name="1t_v3_2048", config=_1T, topology="v3:32x32", sets=[]),
        # Its miss names the fix: 7 GiB of replicated dense state. Fully shard it (its 'embed'
        # of 1024 over a 1024-device expert axis, so data takes the other 2) and halve a pass
        # (groups of 1024 tokens, so a half batch still has one per device).
        dict(name="1t_v3_2048_fsdp", config=_1T, topology="v3:32x32",
             sets=["mesh.data=2", "mesh.expert=1024", "mesh.preset=expert_fsdp",
                   "mesh.rules=embed=expert", "train.microbatches=2", "model.moe.group_size=1024"]),
        dict(name="600b_unrolled_remat_full", config=_600B, topology="v3:32x32", sets=full),
    ]
    for chips, topology in _V5P.items():
        out.append(dict(name=f"1t_v5p_{chips}", config=_1T, topology=topology,
                        sets=[f"mesh.expert={chips}", "train.microbatches=4"]))
    return out


def _row(label: str, r: dict) -> str:
    mem = r.get("memory")
    t = r["times"]
    compile_s = f"{t['compile_s']:.0f}" + (f" ({t['compile_cpu_s']:.0f})" if "compile_cpu_s" in t else "")
    if mem is None:
        need = (r.get("memory_estimate") or {}).get("peak")
        peak = f"{gib(need)} (needed)" if need else "over HBM"
        return (f"| {label} | {r['topology']} | {r['parameters']['total'] / 1e9:.0f}B "
                f"| {compile_s} | - | {peak} | no | - | - |")
    # Per MoE layer and pass: each microbatch runs every layer's all-to-alls.
    a2a = r["collectives"]["all-to-all"]["count"] / r.get("levers", {}).get("microbatches", 1)
    # cost_analysis counts a loop body once: no roofline for a program with loops.
    roofline = ("n/a (loops)" if r["cost"].get("loop_trip_counts")
                else f"{r['roofline']['step_s'] * 1e3:.0f}")
    per_layer = f"{a2a / r['moe_layers']:.0f}" if r["moe_layers"] else "-"
    return (f"| {label} | {r['topology']} | {r['parameters']['total'] / 1e9:.0f}B "
            f"| {compile_s} | {gib(mem['temp'])} | {gib(mem['peak'])} of "
            f"{gib(r['hbm_bytes_per_device'])} | {'yes' if r['fits'] else 'no'} | {per_layer} "
            f"| {roofline} |")


def report(results: dict) -> list[str]:
    lines = ["# The levers at the paper's scale, from the compiler", "",
             "Every figure: `python -m experiments.scale.levers` (one `gshard-jax plan` per cell, "
             "JSON in experiments/results/levers_cells/ with commit, host and versions); compiled "
             "by libtpu on a 2-core CPU shared with other work, so compile seconds are rough.", "",
             "| cell | topology | params | compile s (CPU s) | temporaries GiB per device | peak GiB per "
             "device (of HBM) | fits | all-to-alls per MoE layer and microbatch | roofline step ms |",
             "|---|---|---|---|---|---|---|---|---|"]
    unrolled = os.path.join(SCALE_CELLS, "a_gshard_600b.json")
    if os.path.exists(unrolled):
        with open(unrolled) as f:
            results = {"600b_unrolled (scale study a_gshard_600b)": json.load(f), **results}
    for name, r in results.items():
        lines.append(_row(name, r))
    lines.append("")
    # CPU seconds: the machine is shared, so wall seconds of different cells are not comparable.
    cpu = {n: r["times"]["compile_cpu_s"] for n, r in results.items()
           if "compile_cpu_s" in r["times"]}
    scanned = "600b_scanned_remat_full"
    if scanned in cpu and "600b_4l_unrolled" in cpu:
        same = "600b_4l_scanned_remat_full"
        lines.append(f"Compile work of the 36-layer 600B step, scanned with remat=full: "
                     f"{cpu[scanned]:.0f} CPU s = {cpu[scanned] / cpu['600b_4l_unrolled']:.2f}x "
                     f"the 4-layer model's unrolled ({cpu['600b_4l_unrolled']:.0f} CPU s)"
                     + (f" and {cpu[scanned] / cpu[same]:.2f}x the 4-layer model's with the same "
                        f"levers ({cpu[same]:.0f} CPU s)" if same in cpu else "") + ".")
    commits = sorted({r.get("commit", "?") for r in results.values()})
    lines.append(f"Cells' commits: {', '.join(commits)} (each cell's JSON names its own).")
    fits_v5p = [int(n.rsplit("_", 1)[1]) for n, r in results.items()
                if n.startswith("1t_v5p_") and r["fits"]]
    if fits_v5p:
        fewest = min(fits_v5p)
        below = results.get(f"1t_v5p_{fewest // 2}")
        lines.append(f"GShard 1T on v5p: fits on {fewest} chips"
                     + (f"; on {fewest // 2} it does not" if below is not None and not below["fits"]
                        else "; half as many was not planned") + ".")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated cell names (default: all)")
    parser.add_argument("--report-only", action="store_true", help="never compile; report cells done")
    args = parser.parse_args(argv)
    chosen = cells()
    names = {c["name"] for c in chosen}
    only = [n for n in args.only.split(",") if n]
    if set(only) - names:
        parser.error(f"--only {args.only}: unknown cells {sorted(set(only) - names)}; cells: "
                     f"{', '.join(sorted(names))}")
    results = {}
    for cell in chosen:
        done = os.path.exists(os.path.join(LEVER_CELLS, f"{cell['name']}.json"))
        if (args.report_only or (only and cell["name"] not in only)) and not done:
            continue
        results[cell["name"]] = run_cell(cell, LEVER_CELLS)
    lines = report(results)
    with open(os.path.join(RESULTS, "levers.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(RESULTS, "levers.json"), "w") as f:
        json.dump(results, f, indent=1)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
