"""All benchmarks, one command: `python -m experiments.bench.run_all [--only B1,B3] [--quick]`.

Each benchmark runs in its own process so it can see the device count it needs (1 device for
B1/B2 compute and B9 (against PyTorch), 2-16 simulated devices for B3, 8 for B4 and B7; B10 times whole `gshard-jax
translate` processes, which choose their own). Prints tables and writes
experiments/results/bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys

from experiments.bench.common import print_table

COLUMNS = {
    "B1": ["group_size", "capacity_factor", "dispatch", "moe_ms", "twin_ms", "ratio"],
    "B2": ["config", "tokens_per_step", "step_s", "tokens_per_s", "model_gflops", "matmul_gflops", "efficiency"],
    "B3": ["devices", "experts", "compile_s", "params_opt_bytes_per_device", "expert_bytes_per_device", "temp_bytes_per_device"],
    "B4": ["preset", "mesh", "all-to-all/layer", "all-to-all KiB", "all-gather/layer", "all-gather KiB",
           "all-reduce/layer", "all-reduce KiB", "reduce-scatter/layer", "collective-permute/layer"],
    "B7": ["lever", "tokens_per_step", "step_s", "ratio", "compile_s"],
    "B9": ["model", "params", "buckets", "jax_s", "torch_s", "ratio", "jax_cpu_s", "torch_cpu_s",
           "cpu_ratio", "load"],
    "B10": ["cache", "wall_s", "cpu_s", "off_over", "params_from", "same_output", "load_1m",
            "programs", "xla_entries"],
}
B3_DEVICES = (2, 4, 8, 16)


def _worker(bench: str, devices: int, quick: bool) -> list[dict]:
    if bench == "B1":
        from experiments.bench import moe_layer
        return moe_layer.run(repeats=3 if quick else 5)
    if bench == "B2":
        from experiments.bench import train_step
        return train_step.run(train_step.default_configs(), repeats=2 if quick else 3)
    if bench == "B3":
        from experiments.bench import scaling
        return [scaling.measure(devices)]
    if bench == "B4":
        from experiments.bench import collectives
        return collectives.run()
    if bench == "B7":
        from experiments.bench import levers
        return levers.run(repeats=3 if quick else 7)
    if bench == "B9":
        from experiments.bench import torch_step
        return torch_step.run(repeats=2 if quick else 3)
    if bench == "B10":
        from experiments.bench import translate_cache
        return translate_cache.run(repeats=2 if quick else 3)
    raise ValueError(bench)


def _spawn(bench: str, devices: int, quick: bool) -> list[dict]:
    env = dict(os.environ, JAX_PLATFORMS="cpu",
               XLA_FLAGS=f"--xla_force_host_platform_device_count={devices}")
    cmd = [sys.executable, "-m", "experiments.bench.run_all", "--worker", bench,
           "--devices", str(devices)] + (["--quick"] if quick else [])
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if out.returncode:
        sys.stderr.write(out.stderr[-4000:])
        raise SystemExit(f"benchmark {bench} on {devices} devices failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="B1,B2,B3,B4,B7,B9,B10")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--out", default="experiments/results/bench.json")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--devices", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.devices, args.quick)))
        return
    results = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
               "command": "python -m experiments.bench.run_all " + " ".join(sys.argv[1:])}
    for bench in args.only.split(","):
        print(f"\n== {bench} ==", flush=True)
        if bench == "B3":
            rows = [row for n in B3_DEVICES for row in _spawn("B3", n, args.quick)]
        else:
            rows = _spawn(bench, 8 if bench in ("B4", "B7") else 1, args.quick)
        print_table(rows, COLUMNS[bench])
        results[bench] = rows
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    previous = json.load(open(args.out)) if os.path.exists(args.out) else {}
    previous.update(results)
    with open(args.out, "w") as f:
        json.dump(previous, f, indent=2)
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
