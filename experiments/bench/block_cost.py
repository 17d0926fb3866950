"""B8: the training cost of Mixtral's block against GShard's, side by side in one process.

    python -m experiments.bench.block_cost [--steps 20] [--lengths 32 64]

The study's cells train one after another on a CPU other work may share, so their tokens/s
mix the designs with the machine's load. Here the train steps of the study's configs (each
with its own mesh: 8 simulated devices, experts split 4 ways; dense: data parallel) run in
turn, a, b, c, d, a, b, ..., on one synthetic batch of the configs' 2,048 tokens per length,
so a change of load hits every config alike; the median step time of each gives its tokens/s
and the ratios to GShard's rows. Prints a table and writes experiments/results/block_cost.json
and .md.
"""

from __future__ import annotations

import os

os.environ.setdefault("XLA_FLAGS", "--xla_force_host_platform_device_count=8")
os.environ.setdefault("JAX_PLATFORMS", "cpu")  # never libtpu, where the `tpu` extra is installed

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
from datetime import datetime, timezone  # noqa: E402

import numpy as np  # noqa: E402

from experiments.bench.common import git_commit, print_table, time_interleaved  # noqa: E402

CONFIGS = {  # name -> config file; the first two are the ratios' denominators
    "en_es_moe16": "experiments/configs/en_es_moe16.py",
    "en_es_moe": "experiments/configs/en_es_moe.py",
    "en_es_mixtral": "experiments/configs/en_es_mixtral.py",
    "en_es_dense": "experiments/configs/en_es_dense.py",
}
RESULTS = os.path.join(os.path.dirname(__file__), "..", "results", "block_cost")


def _step_fn(path: str, length: int):
    """The config's jitted train step on a fixed batch of tokens_per_batch tokens of `length`,
    as a no-argument function that carries its own state."""
    from gshard_jax.config import load_config_file
    from gshard_jax.translation.task import TranslationTask

    cfg = load_config_file(path)
    task = TranslationTask(cfg)
    rows = cfg.data.tokens_per_batch // length
    rng = np.random.default_rng(0)
    batch = task.shard_batch({"src": rng.integers(2, cfg.model.vocab_size, (rows, length)),
                              "tgt": rng.integers(2, cfg.model.vocab_size, (rows, length))})
    holder = {"state": task.init_state(0)}

    def step():
        holder["state"], metrics = task.train_step(holder["state"], batch)
        return metrics["loss"]

    return step, rows * length


def run(lengths: list[int], steps: int) -> list[dict]:
    """One row per (length, config): median step seconds, tokens/s, ratios to moe16 and moe."""
    out = []
    for length in lengths:
        fns, tokens = {}, {}
        for name, path in CONFIGS.items():
            fns[name], tokens[name] = _step_fn(path, length)
        seconds = time_interleaved(fns, repeats=steps, warmup=2)
        rate = {name: tokens[name] / s for name, s in seconds.items()}
        for name in CONFIGS:
            out.append(dict(bench="B8", length=length, config=name, step_s=seconds[name],
                            tokens_per_s=rate[name],
                            vs_moe16=rate[name] / rate["en_es_moe16"],
                            vs_moe=rate[name] / rate["en_es_moe"]))
    return out


def write(rows: list[dict], command: str) -> None:
    """block_cost.json and a markdown table beside it."""
    meta = {"command": command, "commit": git_commit(),
            "cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "written": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M}"}
    with open(f"{RESULTS}.json", "w") as f:
        json.dump({**meta, "rows": rows}, f, indent=2)
    lines = ["# B8: Mixtral's block against GShard's, train step cost", "",
             f"Command: `{command}` at commit {meta['commit']}, {meta['written']} UTC, "
             f"{meta['cores']} cores. Each config's train step with its own mesh (8 simulated "
             "devices), called in turn on one fixed batch of 2,048 tokens; median over the "
             "steps.", "",
             "| length | config | step s | tokens/s | vs en_es_moe16 | vs en_es_moe |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {r['length']} | {r['config']} | {r['step_s']:.3f} | {r['tokens_per_s']:.0f} | "
              f"{r['vs_moe16']:.2f} | {r['vs_moe']:.2f} |" for r in rows]
    with open(f"{RESULTS}.md", "w") as f:
        f.write("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20, help="timed steps per config and length")
    parser.add_argument("--lengths", type=int, nargs="+", default=[32, 64],
                        help="sentence lengths of the synthetic batch (the corpus buckets)")
    args = parser.parse_args()
    rows = run(args.lengths, args.steps)
    print_table(rows, ["length", "config", "step_s", "tokens_per_s", "vs_moe16", "vs_moe"])
    command = "python -m experiments.bench.block_cost " + " ".join(
        f"--{k} {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in vars(args).items())
    write(rows, command)
    print(f"wrote {os.path.normpath(RESULTS)}.json and .md")


if __name__ == "__main__":
    main()
