"""GShard at the paper's scale, from the TPU compiler on this CPU (issue 25, part 3).

    python -m experiments.scale [--part a,b,c] [--report-only]

Each cell is one `gshard-jax plan` run in its own process (a pod-scale compile takes minutes
and several GB of host memory); its --json lands in experiments/results/scale_cells/, so a
killed study continues where it stopped and --report-only rebuilds the report without
compiling. Parts:
  a: every Table 3 model (and dense T(96L)) on the paper's TPU v3 cores (v3:32x32 = 2048 for
     the 2048-expert models and T(96L); 512 and 128 cores for the 1M-token models);
  b: GShard's O(1) claims: the 600B model's family with experts = cores from 32 to 2048,
     the same per-core slice (one expert and 2048 tokens per core);
  c: the same models on today's chips (TPU v5p, v6e): the fewest chips each fits on, with the
     paper's global batch and the model unchanged (no remat or microbatches). A search per
     model and chip: start at the size a physics estimate picks (from the model's part-(a)
     cell), then halve while it fits / double while it misses, until the fewest fitting size N
     and a miss at the next smaller size are both compiled.
Results: experiments/results/scale.md, scale.json and scale_compile.png.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from experiments.common import gib

from experiments.scale.cells import CONFIGS, RESULTS, run_cell

CELLS = os.path.join(RESULTS, "scale_cells")
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


# Part (c): today's chips. Chips (= devices: v5p is compiled as megacore, v6e has one
# TensorCore per chip) -> topology. v5p slices go up to 8960 chips, so every size here is one
# slice; a v6e slice has at most 256 chips (v6e-256, 16x16), so larger sizes are multi-slice.
# (libtpu refuses v6e:1x1 for a compile-only topology: not divisible by its 2x2 chips per host.)
TODAY = ("v5p", "v6e")
TODAY_SHAPES = {
    "v5p": {4: "2x2x1", 8: "2x2x2", 16: "2x2x4", 32: "2x4x4", 64: "4x4x4", 128: "4x4x8",
            256: "4x8x8", 512: "8x8x8", 1024: "8x8x16", 2048: "8x16x16", 4096: "16x16x16"},
    "v6e": {4: "2x2", 8: "2x4", 16: "4x4", 32: "4x8", 64: "8x8", 128: "8x16",
            256: "16x16", **{256 * s: f"16x16,slices={s}" for s in (2, 4, 8, 16)}},
}
V6E_SLICE = 256


def load(name: str):
    """The Config of Table 3 model `name` (experiments/configs/<name>.py)."""
    from gshard_jax.config import load_config_file

    return load_config_file(os.path.join(CONFIGS, f"{name}.py"))


def today_mesh(cfg, chip: str, chips: int) -> tuple[dict | None, str]:
    """({'data': D, 'expert': X}, '') for `cfg` on `chips` chips of `chip`, or (None, why not).

    The expert axis is as wide as it can be: min(experts, devices of one slice) -- one expert
    per device while there are enough devices, several per device below that -- and data
    takes the rest. Multi-slice (v6e beyond 256 chips): the planner lets slices split only the
    data axis (each MoE layer's all-to-alls stay on ICI), so the expert axis stops at one
    slice and the experts are replicated over the slices. The dense T(96L) is data-parallel,
    as its config (and part (a)) has it. A size is refused when the paper's batch would not
    split over it: rows (tokens / 1024) and MoE groups (tokens / group size) are split over
    every device, and the planner keeps the global batch only when they divide evenly."""
    length = max(cfg.data.bucket_lengths)
    rows = cfg.data.tokens_per_batch // length
    if rows % chips:
        return None, f"its {rows} rows do not split over {chips} devices"
    if cfg.model.moe_every <= 0:
        return {"data": chips, "expert": 1}, ""
    experts = cfg.model.moe.num_experts
    groups = rows * length // cfg.model.moe.group_size
    if groups % chips:
        return None, f"its {groups} MoE groups do not split over {chips} devices"
    per_slice = chips if chip != "v6e" else min(chips, V6E_SLICE)
    expert = min(experts, per_slice)
    if experts % expert or per_slice % expert:
        return None, f"{experts} experts do not split over an expert axis of {expert}"
    return {"data": chips // expert, "expert": expert}, ""


def today_sizes(cfg, chip: str) -> list[int]:
    """The chip counts `cfg` can be planned on (ascending)."""
    return [n for n in sorted(TODAY_SHAPES[chip]) if today_mesh(cfg, chip, n)[0]]


def today_cell(name: str, chip: str, chips: int) -> dict:
    mesh, _ = today_mesh(load(name), chip, chips)
    return {"name": f"c_{name}_{chip}_{chips}", "config": os.path.join(CONFIGS, f"{name}.py"),
            "topology": f"{chip}:{TODAY_SHAPES[chip][chips]}", "chips": chips,
            "sets": [f"mesh.expert={mesh['expert']}", f"mesh.data={mesh['data']}"]}


def estimate_peak(a_cell: dict, cfg, chip: str, chips: int) -> float:
    """Per-device peak bytes of `cfg` on `chips` chips, scaled from its part-(a) plan on v3:
    replicated state (the non-expert weights and their optimizer state, whole on every device)
    + twice the expert state on one device (weights and their gradient, float32) + activations,
    taken as proportional to the tokens a device holds. The part-(a) plan gives the replicated
    and expert state per device (exact, from the train state's shardings) and, from its peak
    (or the out-of-memory message's need), the activation bytes per token. It only picks
    where the search starts: the part (c) plans that fit peaked at 1.05-1.7x this estimate
    (activations grow faster than linearly from the v3 plans' tokens per device)."""
    replicated = a_cell["replicated_state_bytes_per_device"]
    expert_a = a_cell["state_bytes_per_device"] - replicated
    peak_a = (a_cell.get("memory") or a_cell.get("memory_estimate"))["peak"]
    per_token = (peak_a - replicated - 2 * expert_a) / (a_cell["batch"]["tokens_per_side"]
                                                        / a_cell["devices"])
    expert_total = expert_a * a_cell["mesh"]["expert"]
    mesh, _ = today_mesh(cfg, chip, chips)
    return (replicated + 2 * expert_total / mesh["expert"]
            + per_token * cfg.data.tokens_per_batch / chips)


def search_order(pair: tuple[str, str]) -> tuple:
    """Order in which part (c) compiles (the report keeps Table 3's order): the 600B model on
    v5p first (its first plan was the study's first cell), then the cheaper compiles first --
    12-layer models, then 36-layer, the dense 96-layer model last -- so that a study stopped
    early has finished as many searches as it could."""
    name, chip = pair
    if (name, chip) == ("gshard_600b", "v5p"):
        return (0,)
    cfg = load(name).model
    return (1, cfg.num_encoder_layers + cfg.num_decoder_layers, cfg.moe.num_experts,
            TODAY.index(chip))


def search_today(name: str, chip: str, plan_cell) -> dict:
    """The fewest chips of `chip` on which model `name` fits, confirmed by the compiler.

    Starts at the smallest size whose `estimate_peak` is within the chip's HBM (the largest
    size without a part-(a) cell), then walks: a fit -> the next smaller size, a miss -> the
    next larger one, until the fewest fitting size N and the miss at the size below it are
    both compiled (or the sizes run out). `plan_cell(cell)` returns the cell's plan, or None
    when it has not been run (--report-only): the search then stops and reports what it has."""
    from gshard_jax.plan.chips import CHIPS

    cfg = load(name)
    sizes = today_sizes(cfg, chip)
    hbm = CHIPS[chip].device_hbm_bytes
    a_path = os.path.join(CELLS, f"a_{name}.json")
    estimates = {}
    if os.path.exists(a_path):
        with open(a_path) as f:
            a_cell = json.load(f)
        estimates = {n: estimate_peak(a_cell, cfg, chip, n) for n in sizes}
    start = next((n for n in sizes if estimates.get(n, hbm + 1) <= hbm), sizes[-1])
    tried, n = {}, start
    while n is not None and n not in tried:
        result = plan_cell(today_cell(name, chip, n))
        if result is None:
            break
        tried[n] = result
        i = sizes.index(n)
        n = (sizes[i - 1] if i else None) if result["fits"] else (
            sizes[i + 1] if i + 1 < len(sizes) else None)
    fitting = sorted(n for n, r in tried.items() if r["fits"])
    fewest = fitting[0] if fitting else None
    below = sizes[sizes.index(fewest) - 1] if fewest and sizes.index(fewest) else None
    return {"model": name, "chip": chip, "sizes": sizes, "start": start,
            "estimates": estimates, "hbm": hbm, "tried": tried, "fewest": fewest,
            "below": below}


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
                         f"{gib(need['peak']) + ' (needed)' if 'peak' in need else 'over 16'} | no "
                         f"| {r['times']['compile_s']:.0f} | - | - | - | {steps or '-'} ({cores}) | - |")
            continue
        a2a = r["collectives"]["all-to-all"]["count"]
        per_layer = f"{a2a / r['moe_layers']:.0f}" if r["moe_layers"] else "-"
        roof = r["roofline"]
        implied = (f"{steps * roof['model_flops'] / (cores * PEAK_V3_CORE):.0%}" if steps else "-")
        lines.append(
            f"| {label} | {r['parameters']['total'] / 1e9:.1f}B | {gib(r['memory']['peak'])} "
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
            f"| {r['times']['compile_s']:.0f} | {gib(r['memory']['peak'])} "
            f"| {r['cost']['flops'] / 1e12:.2f} | {a2a['count'] / r['moe_layers']:.0f} "
            f"| {a2a['bytes'] / 2**20:.0f} |")
    first, last = results[0], results[-1]
    lines += ["", f"Compile time at {last['devices']} cores is "
              f"{last['times']['compile_s'] / first['times']['compile_s']:.2f}x that at "
              f"{first['devices']}; per-core peak memory {gib(first['memory']['peak'])} -> "
              f"{gib(last['memory']['peak'])} GiB; per-core FLOPs "
              f"{first['cost']['flops'] / 1e12:.2f} -> {last['cost']['flops'] / 1e12:.2f} TFLOP."]
    return lines


def _peak(r: dict) -> tuple[float, str]:
    """(per-device peak bytes, '' or ' needed'): XLA's peak, or when the compiler ran out of
    HBM the need its message names (temporaries) plus the train state."""
    if r.get("memory"):
        return r["memory"]["peak"], ""
    return r["memory_estimate"]["peak"], " needed"


def today_rows(search: dict) -> str:
    """One row of the part (c) table from `search_today`'s result."""
    from gshard_jax.plan.chips import CHIPS

    label = TABLE3[search["model"]][0]
    chip, tried, n, below = search["chip"], search["tried"], search["fewest"], search["below"]
    hbm = gib(search["hbm"])
    estimate = (lambda k: f"{gib(search['estimates'][k])}" if k in search["estimates"] else "-")
    head = f"| {label} | {CHIPS[chip].name} "
    if not tried:
        return head + f"| not run (search starts at {search['start']}) | - | - | - | - | - |"
    if n is None:
        largest = max(tried)
        r = tried[largest]
        peak, needed = _peak(r)
        return (head + f"| does not fit on up to {largest} chips ({r['topology']}, the most "
                f"this batch splits over) | - | {gib(peak)}{needed} at {largest} | - "
                f"| {r['times']['compile_s']:.0f} | {estimate(largest)} |")
    r = tried[n]
    peak, _ = _peak(r)
    mesh = ", ".join(f"{k} {v}" for k, v in r["mesh"].items() if v > 1)
    roof = r["roofline"]
    if below is None:
        miss = f"- ({n} is the smallest size)"
        compile_s = f"{r['times']['compile_s']:.0f}"
    elif below not in tried:
        miss = f"not run ({below})"
        compile_s = f"{r['times']['compile_s']:.0f} / not run"
    else:
        m = tried[below]
        mpeak, needed = _peak(m)
        miss = (f"{gib(mpeak)}{needed} at {below}: short by {gib(mpeak - search['hbm'])}"
                if not m["fits"] else f"fits at {below} too (search stopped)")
        compile_s = f"{r['times']['compile_s']:.0f} / {m['times']['compile_s']:.0f}"
    fewest = f"**{n}**" if below is None or below in tried else f"<= {n} (unconfirmed)"
    return (head + f"| {fewest} ({r['topology']}; {mesh}) | {gib(peak)} of {hbm} | {miss} "
            f"| {roof['step_s'] * 1e3:.0f} ({roof['bound']}) | {compile_s} "
            f"| {estimate(n)} / {estimate(below) if below else '-'} |")


def table_c(searches: list[dict]) -> list[str]:
    lines = ["| model | chip | fewest chips (topology; mesh) | per-chip peak GiB of HBM "
             "| next smaller size: peak GiB, short by | roofline step ms (bound) "
             "| compile s (fits / misses) | estimated peak GiB (fits / misses) |",
             "|---|---|---|---|---|---|---|---|"]
    return lines + [today_rows(s) for s in searches]


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
    parser.add_argument("--part", default="a,b,c", help="parts to run: a, b, c or a list (a,b,c)")
    parser.add_argument("--report-only", action="store_true", help="never compile; report cells done")
    args = parser.parse_args(argv)
    if set(args.part.replace(",", "")) - set("abc"):
        parser.error(f"--part {args.part}: choose from a, b, c (comma-separated)")
    chosen = cells(args.part)
    results = {}
    for cell in chosen:
        path = os.path.join(CELLS, f"{cell['name']}.json")
        if args.report_only and not os.path.exists(path):
            continue
        results[cell["name"]] = run_cell(cell, CELLS)
    searches = []
    if "c" in args.part:
        def plan_cell(cell):
            path = os.path.join(CELLS, f"{cell['name']}.json")
            if args.report_only and not os.path.exists(path):
                return None
            results[cell["name"]] = run_cell(cell, CELLS)
            return results[cell["name"]]

        pairs = sorted(((name, chip) for name in TABLE3 for chip in TODAY), key=search_order)
        searches = sorted((search_today(name, chip, plan_cell) for name, chip in pairs),
                          key=lambda x: (list(TABLE3).index(x["model"]), TODAY.index(x["chip"])))
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
    if searches:
        lines += ["## (c) The same models on today's chips: the fewest chips each fits on", "",
                  "Each Table 3 model unchanged (float32 weights, bf16 activations, no "
                  "rematerialisation, no microbatches: those levers are issue 26) with the "
                  "paper's global batch (4M tokens; 1M for the 512- and 128-expert models), on "
                  "TPU v5p (95 GiB per chip, compiled as megacore: one device per chip) and TPU "
                  "v6e (32 GB = 29.80 GiB per chip). Sizes are powers of two; a v5p size is one "
                  "slice (v5p:2x2x4 ... v5p:8x16x16), a v6e size above 256 chips (v6e-256, "
                  "16x16, the largest v6e slice) is multi-slice (v6e:16x16,slices=S).", "",
                  "Mesh per size: the expert axis as wide as it can be, min(experts, devices of "
                  "one slice), so each device holds experts/axis experts, and data fills the "
                  "rest (experts replicated over it); the dense T(96L) is data-parallel, as its "
                  "config has it. Multi-slice: the planner lets slices split only the data "
                  "axis, so that each MoE layer's all-to-alls stay on ICI: on v6e the expert "
                  "axis stops at 256 and beyond one slice only the activations thin out. A "
                  "size is planned only where the paper's batch splits evenly: its rows "
                  "(tokens / 1024) and MoE groups (tokens / 2048) over every device -- which "
                  "caps the 4M-token MoE models at 2048 chips and the dense model at 4096.", "",
                  "Search: start at the smallest size whose estimated peak fits (replicated "
                  "state + 2 x the device's expert state + activations proportional to its "
                  "tokens, every term scaled from the model's part-(a) plan; last column), then "
                  "compile downwards while it fits and upwards while it misses, until the fewest "
                  "fitting size N and a miss at the next smaller size are both compiled. A miss "
                  "is the plan's exit 4: its peak is XLA's, or where the compiler ran out of HBM "
                  "('needed') the temporaries its message names plus the train state. Roofline "
                  "at N as in (a), at that chip's peaks; multi-slice data-parallel traffic "
                  "between slices (data-centre network) is not in it.", ""]
        lines += table_c(searches) + [""]
    with open(os.path.join(RESULTS, "scale.md"), "w") as f:
        f.write("\n".join(lines))
    with open(os.path.join(RESULTS, "scale.json"), "w") as f:
        json.dump({**results, "c_searches": [
            {k: v for k, v in x.items() if k != "tried"} | {"tried": sorted(x["tried"])}
            for x in searches]}, f, indent=1)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
