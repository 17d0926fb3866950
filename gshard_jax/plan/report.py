"""A plan's figures -> verdict, roofline and text: pure arithmetic over what `compile.py`
gathered from XLA (memory_analysis, cost_analysis, the HLO's collectives, times).

Roofline: three lower bounds on one step's time per device, each at the chip's peak --
compute (XLA's FLOPs / peak bf16 FLOP/s), HBM traffic (XLA's bytes accessed / HBM bandwidth)
and all-to-all bytes / the device's ICI egress bandwidth. The step time reported is their
*max* (perfect overlap, the optimistic roofline); their sum (no overlap) is printed beside
it. The ICI term is an injection bound: it ignores multi-hop routing and the torus's
bisection, which GShard measured making all-to-all grow about as sqrt(devices); when the
all-to-alls span a whole slice, a bisection bound is printed beside it (`bisection_seconds`).
MFU = model FLOPs / (devices x step time x peak), with model FLOPs = 6 x activated
parameters x tokens per side (B*L: encoder weights see the source, decoder weights the
target); attention's L^2 term and the dispatch/combine are not model FLOPs.
"""

from __future__ import annotations

import math
import re

from gshard_jax.model.routing import expert_capacity
from gshard_jax.plan.chips import Chip
from gshard_jax.plan.hlo import KINDS
from gshard_jax.sharding.report import human_bytes

MEMORY_FIELDS = ("argument", "output", "alias", "temp", "generated_code")


def human(nbytes: float) -> str:
    """Bytes with two decimals in the largest binary unit (the plan report's precision)."""
    return human_bytes(nbytes, decimals=2)


def memory_from_analysis(stats) -> dict[str, int]:
    """XLA's CompiledMemoryStats -> {field: bytes} plus 'peak', the device's need: the
    compiler's own peak when it reports one, else arguments + outputs - aliased + temporaries
    + generated code (outputs aliased to donated arguments take no new memory)."""
    memory = {name: int(getattr(stats, f"{name}_size_in_bytes")) for name in MEMORY_FIELDS}
    summed = (memory["argument"] + memory["output"] - memory["alias"] + memory["temp"]
              + memory["generated_code"])
    memory["peak_xla"] = int(getattr(stats, "peak_memory_in_bytes", 0) or 0)
    memory["peak_sum"] = summed
    memory["peak"] = max(memory["peak_xla"], summed)
    return memory


_SIZE = re.compile(r"([\d.]+)\s*([KMGT]?)i?B?\b")


def parse_oom(message: str) -> dict[str, float]:
    """Sizes named in XLA's RESOURCE_EXHAUSTED message ('... temporaries (41.64G) exceeds
    available HBM (15.75G)') -> {'required': bytes, 'available': bytes} where found."""
    scale = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}
    found = {}
    for key, pattern in (("required", r"required[^()]*\(([^)]*)\)"),
                         ("available", r"available HBM[^()]*\(([^)]*)\)")):
        match = re.search(pattern, message)
        size = _SIZE.search(match.group(1)) if match else None
        if size:
            found[key] = float(size.group(1)) * scale[size.group(2)]
    return found


def oversized_capacity(moe: dict | None) -> str | None:
    """The fix when a fixed `expert_capacity` (a checkpoint's, e.g. HF Switch's 64 per sequence)
    gives a group far more expert slots (E x C) than it routes tokens (k x S): the expert
    buffers, and their activations, grow with the slots, not the tokens. None otherwise.
    `moe`: num_experts, top_k, group_size, expert_capacity, capacity_factor (compile.py's)."""
    if not moe or not moe.get("expert_capacity"):
        return None
    E, k, S = moe["num_experts"], moe["top_k"], moe["group_size"]
    C = min(moe["expert_capacity"], S)
    if E * C <= 4 * k * S:
        return None
    factor = moe["capacity_factor"] if moe["capacity_factor"] > 0 else 1.0
    by_factor = expert_capacity(S, E, k, factor)
    return (f"expert capacity: model.moe.expert_capacity={C} gives every group of {S} tokens "
            f"E x C = {E * C:,} expert slots for its {k * S:,} routed tokens "
            f"({E * C / (k * S):.0f}x), and the expert buffers grow with the slots; "
            f"--set model.moe.expert_capacity=0 sizes C from the capacity factor instead "
            f"(ceil(cf x k x S / E) = {by_factor} at cf {factor:g})")


def fixes(memory: dict, hbm: int, tokens_per_batch: int, dtype: str, devices: int,
          replicated: int = 0, levers: dict | None = None,
          batch_setting: tuple[str, int] = ("data.tokens_per_batch", 1),
          moe: dict | None = None, rows_per_shard: int | None = None) -> list[str]:
    """What to change when `memory['peak']` exceeds `hbm`, most specific first. `replicated`:
    bytes of the train state every device holds whole (more devices do not thin them);
    `levers`: the config's scan_layers / remat / microbatches / preset (not suggested again);
    `batch_setting`: the field that sets the step's tokens and the tokens per unit of it
    (translation: data.tokens_per_batch, 1; the LM: data.batch_size, its window length);
    `moe`: the MoE layers' sizes (see `oversized_capacity`); `rows_per_shard`: the rows of a
    batch each data shard holds (gradient accumulation is named only where the microbatches
    split them; None: unknown, not checked)."""
    levers = levers or {}
    short = memory["peak"] - hbm
    out = [fix for fix in (oversized_capacity(moe),) if fix]
    temp, args = memory.get("temp", 0), memory.get("argument", 0)
    room_for_temp = hbm - (memory["peak"] - temp)
    if temp and room_for_temp > 0:
        # Activations scale about linearly with the tokens each device holds.
        tokens = int(tokens_per_batch * room_for_temp / temp)
        tokens = 2 ** int(math.log2(tokens)) if tokens >= 1 else 0
        if tokens:
            micro = 2 ** math.ceil(math.log2(max(tokens_per_batch / tokens, 2)))
            micro *= levers.get("microbatches", 1)
            fewer = f"--set {batch_setting[0]}={max(tokens // batch_setting[1], 1)}"
            if rows_per_shard is None or (micro <= rows_per_shard and rows_per_shard % micro == 0):
                out.append(f"gradient accumulation: --set train.microbatches={micro} "
                           f"(temporaries {human(temp)} scale with the tokens of one pass; the "
                           f"global batch stays), or fewer tokens per step: {fewer}")
            else:  # each shard's rows cannot make that many microbatches
                out.append(f"fewer tokens per step: {fewer} (temporaries {human(temp)} scale "
                           f"with the tokens of one pass; {micro} microbatches would not split "
                           f"the {rows_per_shard} rows each data shard holds)")
    if dtype == "float32" and temp:
        out.append("bfloat16 activations: --set model.dtype=bfloat16 (about halves temporaries)")
    if temp > args and levers.get("remat", "none") != "full":
        out.append(f"rematerialise activations in the backward pass: --set model.remat="
                   f"{'dots' if levers.get('remat', 'none') == 'none' else 'full'} (temporaries "
                   f"{human(temp)} are the largest part; 'full' saves the most)")
    if replicated > hbm / 4:
        out.append(f"fully sharded weights: {human(replicated)} of parameters and optimizer "
                   "state are replicated on every device (more devices do not split them); "
                   "--set mesh.preset=expert_fsdp splits them over every device (ZeRO-3), or "
                   "split them over a model axis: --set mesh.model=N --set mesh.preset=expert_model")
    factor = math.ceil(memory["peak"] / max(hbm - replicated, 1)) if replicated < hbm else 0
    if factor:
        out.append(f"more devices: about {factor}x ({factor * devices} devices) with the "
                   "expert/data axes grown to match, which split the rest that much thinner")
    if args - replicated > hbm / 2:
        out.append(f"another mesh: split arguments (parameters + optimizer state, "
                   f"{human(args)}) further over mesh.expert or mesh.model")
    return [f"short by {human(short)}; change one of:"] + [f"  - {fix}" for fix in out]


def _batch_setting(report: dict) -> tuple[str, int]:
    setting = report["batch"].get("setting")
    return tuple(setting) if setting else ("data.tokens_per_batch", 1)


def bisection_seconds(alltoall_bytes: float, chip: Chip, chip_dims) -> float:
    """An all-to-all over every device of a torus of `chip_dims` chips, each device sending
    `alltoall_bytes` spread evenly: half of it crosses the cut through the longest axis a,
    whose 2 N/a links (wraparound included) carry N * devices_per_chip * bytes / 4 each way,
    so t = a * devices_per_chip * bytes / (8 * link bandwidth). GShard's sqrt(D) growth."""
    longest = max(chip_dims)
    if longest < 2:
        return 0.0
    return longest * chip.devices_per_chip * alltoall_bytes / (8 * chip.link_bytes_per_s)


def roofline(flops: float, hbm_bytes: float, alltoall_bytes: float, other_collective_bytes: float,
             chip: Chip, chip_dims=None) -> dict[str, float]:
    """Seconds per step per device at the chip's peaks (see the module docstring). With
    `chip_dims` (the all-to-alls span the whole slice), also the bisection-bound all-to-all
    time and the step time it implies."""
    compute = flops / chip.device_flops
    hbm = hbm_bytes / chip.device_hbm_bytes_per_s
    ici = alltoall_bytes / chip.device_ici_egress_bytes_per_s
    extra = {}
    if chip_dims:
        bisection = bisection_seconds(alltoall_bytes, chip, chip_dims)
        extra = {"alltoall_bisection_s": bisection,
                 "step_bisection_s": max(compute, hbm, bisection)}
    return {**extra, "compute_s": compute, "hbm_s": hbm, "alltoall_ici_s": ici,
            "other_collectives_ici_s": other_collective_bytes / chip.device_ici_egress_bytes_per_s,
            "step_s": max(compute, hbm, ici), "step_no_overlap_s": compute + hbm + ici,
            "bound": max((("compute", compute), ("HBM", hbm), ("all-to-all", ici)),
                         key=lambda kv: kv[1])[0]}


def summarise(facts: dict, chip: Chip) -> dict:
    """Adds the verdict ('fits', 'headroom_bytes', 'fixes' when it does not fit) and, when
    compiled, the roofline and MFU to `facts` (`compile.compile_train_step`'s); returns it."""
    report = dict(facts)
    hbm = chip.device_hbm_bytes
    memory = report.get("memory")
    report["hbm_bytes_per_device"] = hbm
    if memory is None:  # the compiler refused: out of memory
        report["fits"] = False
        oom = parse_oom(report.get("compile_error", ""))
        # XLA names what it ran out on (usually the temporaries); the arguments are the
        # train state's shards, known exactly.
        state = report.get("state_bytes_per_device", 0)
        temp = int(oom.get("required", 0))
        estimate = {"peak": state + temp, "argument": state, "temp": temp}
        report["memory_estimate"] = estimate
        report["fixes"] = fixes(estimate, hbm, report["batch"]["tokens_per_batch"],
                                report["dtype"], report["devices"],
                                report.get("replicated_state_bytes_per_device", 0),
                                report.get("levers"), _batch_setting(report), report.get("moe"),
                                report["batch"].get("rows_per_shard"))
        return report
    report["fits"] = memory["peak"] <= hbm
    report["headroom_bytes"] = hbm - memory["peak"]  # negative: short by that much
    if not report["fits"]:
        report["fixes"] = fixes(memory, hbm, report["batch"]["tokens_per_batch"],
                                report["dtype"], report["devices"],
                                report.get("replicated_state_bytes_per_device", 0),
                                report.get("levers"), _batch_setting(report), report.get("moe"),
                                report["batch"].get("rows_per_shard"))
    coll = report["collectives"]
    other = sum(coll[k]["bytes"] for k in KINDS if k != "all-to-all")
    # The bisection bound applies when the expert axis (where the all-to-alls run) spans
    # every device of one slice.
    whole_slice = report["mesh"].get("expert", 1) * report.get("slices", 1) == report["devices"]
    line = roofline(report["cost"]["flops"], report["cost"]["bytes_accessed"],
                    coll["all-to-all"]["bytes"], other, chip,
                    report.get("chip_dims") if whole_slice else None)
    model_flops = 6 * report["parameters"]["activated"] * report["batch"]["tokens_per_side"]
    line["model_flops"] = model_flops
    for key, step in (("mfu", "step_s"), ("mfu_bisection", "step_bisection_s")):
        if line.get(step):
            line[key] = model_flops / (report["devices"] * line[step] * chip.device_flops)
    report["roofline"] = line
    return report


def _seconds(s: float) -> str:
    return f"{s * 1e3:.1f} ms" if s >= 1e-3 else f"{s * 1e6:.1f} us"


def _flops(f: float) -> str:
    for unit, size in (("TFLOP", 1e12), ("GFLOP", 1e9), ("MFLOP", 1e6)):
        if f >= size:
            return f"{f / size:.3f} {unit}"
    return f"{f:.0f} FLOP"


def _count(n: int) -> str:
    for unit, size in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= size:
            return f"{n / size:.2f}{unit}"
    return str(n)


def _levers_line(levers: dict) -> str:
    if not levers:
        return "levers: (not recorded)"
    return (f"levers: preset {levers['preset']}, layers {'scanned' if levers['scan_layers'] else 'unrolled'}, "
            f"remat {levers['remat']}, microbatches {levers['microbatches']}")


def format_report(r: dict) -> str:
    """The plan as text (what `gshard-jax plan` prints)."""
    chip = r["chip"]
    p = r["parameters"]
    lines = [
        f"plan: {r['config']} on {r['topology']} ({r['devices']} devices of {chip['name']}: "
        f"{human(r['hbm_bytes_per_device'])} HBM, {chip['device_tflops']:.1f} bf16 TFLOP/s each)",
        f"mesh {r['mesh']}; batch {r['batch']['shape'][0]}x{r['batch']['shape'][1]} "
        f"({r['batch']['tokens_per_side']:,} tokens per side, {r['dtype']} activations)",
        _levers_line(r.get("levers", {})),
        f"parameters: total {_count(p['total'])} ({p['total']:,}); activated per token "
        f"{_count(p['activated'])} ({p['activated']:,}); MoE layers {r['moe_layers']}",
        f"times: trace (lower) {r['times']['lower_s']:.1f} s, compile {r['times']['compile_s']:.1f} s"
        + (f" ({r['times']['compile_cpu_s']:.1f} CPU s)" if "compile_cpu_s" in r["times"] else ""),
    ]
    if r.get("memory") is None:
        lines += [f"DOES NOT FIT: the TPU compiler ran out of HBM: {r.get('compile_error', '')[:300]}",
                  f"  parameters + optimizer state alone: {human(r.get('state_bytes_per_device', 0))} "
                  "per device"]
        lines += r["fixes"]
        return "\n".join(lines)
    m = r["memory"]
    lines.append("memory per device (XLA memory_analysis): " + ", ".join(
        f"{name.replace('_', ' ')} {human(m[name])}" for name in MEMORY_FIELDS))
    lines.append(f"  peak {human(m['peak'])} = max(XLA's peak {human(m['peak_xla'])}, "
                 f"argument + output - alias + temp + code = {human(m['peak_sum'])})")
    verdict = (f"FITS: peak {human(m['peak'])} of {human(r['hbm_bytes_per_device'])} HBM "
               f"({human(r['headroom_bytes'])} free)" if r["fits"] else
               f"DOES NOT FIT: peak {human(m['peak'])} > {human(r['hbm_bytes_per_device'])} HBM")
    lines.append(verdict)
    if not r["fits"]:
        lines += r["fixes"]
    c = r["cost"]
    lines.append(f"per device per step (XLA cost_analysis): {_flops(c['flops'])}, "
                 f"{human(c['bytes_accessed'])} accessed")
    if c.get("loop_trip_counts"):
        lines.append(f"  (the program loops: {len(c['loop_trip_counts'])} while loops of "
                     f"{', '.join(map(str, c['loop_trip_counts']))} trips; cost_analysis counts "
                     "each loop body once, so these FLOPs, bytes and the roofline below understate "
                     "a step: plan the unrolled config (scan_layers=false, microbatches=1) for them)")
    per_layer = (f"; {r['collectives']['all-to-all']['count'] / r['moe_layers']:g} all-to-alls "
                 "per MoE layer" if r["moe_layers"] else "")
    lines.append("collectives per step per device" + per_layer + ":")
    for kind in KINDS:
        entry = r["collectives"][kind]
        sources = ", ".join(f"{n} from {op}" for op, n in sorted(entry.get("sources", {}).items()))
        lines.append(f"  {kind:<19}{entry['count']:>5}  {human(entry['bytes']):>12}"
                     + (f"  ({sources})" if sources else "")
                     + (f"  ({entry['in_loops']} of them in loop trips, from "
                        f"{entry.get('instructions', 0)} in the program)" if entry["in_loops"] else ""))
    f = r["roofline"]
    lines += [
        f"roofline per step (lower bounds at {chip['name']}'s peaks): compute {_seconds(f['compute_s'])}, "
        f"HBM {_seconds(f['hbm_s'])}, all-to-all over ICI {_seconds(f['alltoall_ici_s'])} "
        f"(other collectives over ICI, not in the max: {_seconds(f['other_collectives_ici_s'])})",
        f"  step >= max = {_seconds(f['step_s'])} ({f['bound']}-bound, {1 / f['step_s']:.2f} steps/s); "
        f"sum (no overlap) = {_seconds(f['step_no_overlap_s'])}",
        f"  model FLOPs 6 x activated x tokens = {f['model_flops']:.3e} per step -> MFU at the "
        f"max roofline {100 * f.get('mfu', 0):.1f}%",
    ]
    if r.get("slices", 1) > 1:
        lines.append(f"  {r['slices']} slices: the data-parallel all-reduce between them crosses the "
                     "data-centre network, which this roofline does not model")
    if "alltoall_bisection_s" in f:
        lines.append(
            f"  all-to-all through the torus bisection (groups span the slice, wraparound "
            f"assumed): {_seconds(f['alltoall_bisection_s'])} -> step >= "
            f"{_seconds(f['step_bisection_s'])} ({1 / f['step_bisection_s']:.2f} steps/s), MFU "
            f"{100 * f['mfu_bisection']:.1f}%")
    return "\n".join(lines)
