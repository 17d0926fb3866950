"""GShard at the paper's scale, from the TPU compiler on this CPU (issue 25, part 3).

    python -m experiments.scale [--part a,b] [--report-only] [--jobs 1]

Each cell is one `gshard-jax plan` run in its own process (a pod-scale compile takes minutes
and several GB of host memory); its --json lands in experiments/results/scale_cells/, so a
killed study continues where it stopped and --report-only rebuilds the report without
compiling. Parts:
  a: every Table 3 model (and dense T(96L)) on the paper's TPU v3 cores (v3:32x32 = 2048 for
     the 2048-expert models and T(96L); 512 and 128 cores for the 1M-token models);
  b: GShard's O(1) claims: the 600B model's family with experts = cores from 32 to 2048,
     the same per-core slice (one expert and 2048 tokens per core).
Results: experiments/results/scale.md, scale.json and scale_compile.png.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

RESULTS = os.path.join("experiments", "results")
CELLS = os.path.join(RESULTS, "scale_cells")
CONFIGS = os.path.join("experiments", "configs")
PEAK_V3_CORE = 61.5e12  # bf16 FLOP/s of one TPU v3 core (gshard_jax/plan/chips.py)
TOKENS_PER_CORE = 2048  # the 600B model's 4M tokens over 2048 cores

# Table 3 of arXiv 2006.16668 (and SCALE_NOTES): cores and measured steps/s, where given.
TABLE3 = {
    "gshard_600b": ("MoE(2048E, 36L)", 2048, 0.72),
    "gshard_moe_2048e_12l": ("MoE(2048E, 12L)", 2048, 2.15),
    "gshard_moe_512e_36l": ("MoE(512E, 36L)", 512, 1.05),
    "gshard_moe_512e_12l": ("MoE(512E, 12L)", 512, 3.28),
    "gshard_moe_128e_36l": ("MoE(128E, 36L)", 128, 0.67),
    "gshard_moe_128e_12l": ("MoE(128E, 12L)", 128, 2.16),
    "gshard_dense_t96l": ("T(96L) dense", 2048, None),
}
SCALING_CORES = {32: "v3:4x4", 128: "v3:8x8", 512: "v3:16x16", 2048: "v3:32x32"}


def cells(parts: str) -> list[dict]:
    """name, config file, topology and overrides of every cell of the chosen parts."""
    out = []
    if "a" in parts:
        # Each model on the paper's own cores: the 2048-expert models and T(96L) on v3:32x32;
        # the 1M-token models on 512 and 128 cores, where their batch (1024 rows of 1024
        # tokens) splits, and where the paper measured their steps/s.
        out += [{"name": f"a_{n}", "config": os.path.join(CONFIGS, f"{n}.py"),
                 "topology": SCALING_CORES[cores], "sets": []}
                for n, (_, cores, _) in TABLE3.items()]
    if "b" in parts:
        for cores, topology in SCALING_CORES.items():
            out.append({"name": f"b_600b_{cores}", "config": os.path.join(CONFIGS, "gshard_600b.py"),
                        "topology": topology, "cores": cores,
                        "sets": [f"model.moe.num_experts={cores}", f"mesh.expert={cores}",
                                 f"data.tokens_per_batch={cores * TOKENS_PER_CORE}"]})
    return out


def provenance() -> dict:
    """Which code, host and compiler produced a cell (a figure names the commit it came from)."""
    import platform
    from importlib.metadata import version

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "gshard_jax"],
                           capture_output=True, text=True).stdout.strip()
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.machine()) if os.path.exists(
        "/proc/cpuinfo") else platform.machine()
    return {"commit": commit + (" (gshard_jax/ modified)" if dirty else ""),
            "host": f"{cpu}, {os.cpu_count()} cores",
            "versions": {p: version(p) for p in ("jax", "libtpu")},
            "date": time.strftime("%Y-%m-%d")}


def run_cell(cell: dict, cells_dir: str = CELLS) -> dict:
    """Plans one cell (or reads its earlier result from `cells_dir`); returns the plan's JSON
    plus exit/wall."""
    path = os.path.join(cells_dir, f"{cell['name']}.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    os.makedirs(cells_dir, exist_ok=True)
    partial = path + ".partial"
    cmd = [sys.executable, "-m", "gshard_jax.cli", "plan", "--config", cell["config"],
           "--topology", cell["topology"], "--json", partial,
           *[x for s in cell["sets"] for x in ("--set", s)]]
    print(f"[{time.strftime('%H:%M:%S')}] {cell['name']}: {' '.join(cmd[2:])}", flush=True)
    start = time.time()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 4) or not os.path.exists(partial):
        raise SystemExit(f"{cell['name']} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    with open(partial) as f:
        result = json.load(f)
    result.update(exit=done.returncode, wall_s=time.time() - start, cell=cell, **provenance())
    with open(partial, "w") as f:
        json.dump(result, f, indent=1)
    os.replace(partial, path)  # complete cells only: a killed run leaves a .partial to redo
    print(f"  exit {done.returncode}, {result['wall_s']:.0f} s", flush=True)
    return result


def _gib(n: float) -> str:
    return f"{n / 2**30:.2f}"


def table_a(results: list[dict]) -> list[str]:
    lines = ["| model | params | per-core peak GiB (of 16) | fits | compile s | all-to-alls per MoE layer "
             "| TFLOP per core per step | roofline step ms (bound) | paper steps/s (cores) "
             "| utilisation the paper's steps/s imply |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        name = os.path.splitext(os.path.basename(r["config"]))[0]
        label, cores, steps = TABLE3[name]
        if not r["fits"] and not r.get("cost"):  # the compiler ran out of HBM: no analyses
            need = r.get("memory_estimate") or {}
            lines.append(f"| {label} | {r['parameters']['total'] / 1e9:.1f}B | "
                         f"{_gib(need['peak']) + ' (needed)' if 'peak' in need else 'over 16'} | no "
                         f"| {r['times']['compile_s']:.0f} | - | - | - | {steps or '-'} ({cores}) | - |")
            continue
        a2a = r["collectives"]["all-to-all"]["count"]
        per_layer = f"{a2a / r['moe_layers']:.0f}" if r["moe_layers"] else "-"
        roof = r["roofline"]
        implied = (f"{steps * roof['model_flops'] / (cores * PEAK_V3_CORE):.0%}" if steps else "-")
        lines.append(
            f"| {label} | {r['parameters']['total'] / 1e9:.1f}B | {_gib(r['memory']['peak'])} "
            f"| {'yes' if r['fits'] else 'no'} | {r['times']['compile_s']:.0f} | {per_layer} "
            f"| {r['cost']['flops'] / 1e12:.1f} | {roof['step_s'] * 1e3:.0f} ({roof['bound']}) "
            f"| {steps if steps else '-'} ({cores}) | {implied} |")
    return lines


def table_b(results: list[dict]) -> list[str]:
    lines = ["| cores = experts | topology | params | compile s | per-core peak GiB "
             "| per-core TFLOP per step | all-to-alls per MoE layer | all-to-all MiB per core |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        a2a = r["collectives"]["all-to-all"]
        lines.append(
            f"| {r['devices']} | {r['topology']} | {r['parameters']['total'] / 1e9:.1f}B "
            f"| {r['times']['compile_s']:.0f} | {_gib(r['memory']['peak'])} "
            f"| {r['cost']['flops'] / 1e12:.2f} | {a2a['count'] / r['moe_layers']:.0f} "
            f"| {a2a['bytes'] / 2**20:.0f} |")
    first, last = results[0], results[-1]
    lines += ["", f"Compile time at {last['devices']} cores is "
              f"{last['times']['compile_s'] / first['times']['compile_s']:.2f}x that at "
              f"{first['devices']}; per-core peak memory {_gib(first['memory']['peak'])} -> "
              f"{_gib(last['memory']['peak'])} GiB; per-core FLOPs "
              f"{first['cost']['flops'] / 1e12:.2f} -> {last['cost']['flops'] / 1e12:.2f} TFLOP."]
    return lines


def plot_b(results: list[dict], path: str) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cores = [r["devices"] for r in results]
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
    for ax, values, label in zip(axes, (
            [r["times"]["compile_s"] for r in results],
            [r["memory"]["peak"] / 2**30 for r in results],
            [r["cost"]["flops"] / 1e12 for r in results]),
            ("compile time on a 2-core CPU (s)", "per-core peak memory (GiB)",
             "per-core TFLOP per step")):
        ax.plot(cores, values, "o-")
        ax.set(xscale="log", xlabel="TPU v3 cores = experts", title=label, ylim=(0, max(values) * 1.2))
        ax.set_xticks(cores, [str(c) for c in cores])
        ax.grid(alpha=0.3)
    fig.suptitle("GShard 600B family (36 layers), one expert and 2048 tokens per core")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="a,b", help="parts to run: a, b or a,b")
    parser.add_argument("--report-only", action="store_true", help="never compile; report cells done")
    args = parser.parse_args(argv)
    if set(args.part.replace(",", "")) - set("ab"):
        parser.error(f"--part {args.part}: choose from a, b (comma-separated)")
    chosen = cells(args.part)
    results = {}
    for cell in chosen:
        path = os.path.join(CELLS, f"{cell['name']}.json")
        if args.report_only and not os.path.exists(path):
            continue
        results[cell["name"]] = run_cell(cell)
    lines = ["# GShard at the paper's scale, from the compiler", "",
             "Every figure: `python -m experiments.scale` (one `gshard-jax plan` per cell, JSON in "
             "experiments/results/scale_cells/); plans compiled by libtpu on a 2-core CPU, nothing "
             "allocated. Commit, host and versions of each cell are in its JSON ('cell', and the "
             "plan's own fields).", ""]
    done_a = [results[c["name"]] for c in chosen if c["name"].startswith("a_") and c["name"] in results]
    done_b = [results[c["name"]] for c in chosen if c["name"].startswith("b_") and c["name"] in results]
    if done_a:
        lines += ["## (a) The paper's models on the paper's TPU v3 cores", "",
                  "The 2048-expert models and T(96L) on v3:32x32 (2048 cores); the 512- and "
                  "128-expert models, whose 1M-token batches (1024 rows of 1024 tokens) do not "
                  "split over 2048 cores, on the 512 and 128 cores of the paper's Table 3.", "",
                  "Roofline: the max of compute at 61.5 bf16 TFLOP/s per core, HBM traffic at "
                  "900 GB/s per chip and all-to-all bytes over ICI. The paper's measured steps/s "
                  "(on the cores in brackets) imply the utilisation in the last column "
                  "(6 x activated parameters x tokens per step, over those cores' peak).", ""]
        lines += table_a(done_a) + [""]
    if done_b:
        lines += ["## (b) GShard's O(1) claims: experts = cores, same per-core slice", ""]
        lines += table_b(done_b) + [""]
        if len(done_b) > 1:
            plot_b(done_b, os.path.join(RESULTS, "scale_compile.png"))
            lines += ["![compile time, memory and FLOPs per core against cores](scale_compile.png)", ""]
    with open(os.path.join(RESULTS, "scale.md"), "w") as f:
        f.write("\n".join(lines))
    with open(os.path.join(RESULTS, "scale.json"), "w") as f:
        json.dump(results, f, indent=1)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
