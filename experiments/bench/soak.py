"""Memory soak: a tiny MoE model trained for 2000 steps on CPU; does resident memory keep growing?

What it does: launches the real trainer (`python -m gshard_jax.cli train ... --no-eval`, 8
simulated CPU devices, expert preset with mesh.expert=4) on a tiny MoE model (d_model 32, 2+2
layers, 8 experts) and the bundled en-es corpus, with a checkpoint every 500 steps, so the
input pipeline (epoch reshuffles included), the sharded train step, metrics logging and Orbax
saves all run many times. Every 0.5 s it samples the resident memory (VmRSS of the trainer
process and any children, from /proc) and maps each sample to a training step by
interpolating in time between the records the trainer appends to `metrics.jsonl` (one every
50 steps; each carries the seconds since the training loop started).

What it reports, from VmRSS (RssAnon = heap and RssFile = mapped code shown beside it): the
median per 200-step window; the plateau (median over steps 600-800, after compilation and after
the first checkpoint at step 500, whose first Orbax save is a one-off step up in memory; the
level before it, steps 200-500, and the size of that step are reported too); the final RSS
(median over the last 200 steps); the maximum; growth = final - plateau (MiB) and final /
plateau; and the least-squares slope of RSS vs step over steps 600-2000 (MiB per 1000 steps).
PASS when growth is below both 5% of the plateau and 50 MiB; the script exits 1 otherwise
(2 if the trainer itself failed).

Outputs: experiments/results/soak.json (numbers + samples) and experiments/results/soak_rss.png.
The run lives in runs/soak/ (git-ignored): `run/` is deleted and retrained each time, `cache/`
keeps the SentencePiece model between reruns.

Rerun:  nice -n 10 python -m experiments.bench.soak            (2000 steps)
        python -m experiments.bench.soak --steps 1000          (the shortest run it accepts)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time

import numpy as np

from experiments.bench.common import print_table

MODEL_OVERRIDES = [
    "model.vocab_size=1000", "model.d_model=32", "model.d_ff=64", "model.expert_d_ff=32",
    "model.num_heads=4", "model.num_encoder_layers=2", "model.num_decoder_layers=2",
    "model.moe.num_experts=8", "model.moe.group_size=64",
    "mesh.data=-1", "mesh.expert=4", "mesh.preset=expert",
    "data.bucket_lengths=16,32,64", "data.tokens_per_batch=1024",
]
CHECKPOINT_EVERY = 500
LOG_EVERY = 50
SAMPLE_SECONDS = 0.5
TABLE_EVERY = 200
MAX_GROWTH_RATIO = 0.05  # PASS needs growth below both of these
MAX_GROWTH_MIB = 50.0
RSS_FIELDS = ("VmRSS", "RssAnon", "RssFile")  # VmRSS = RssAnon (heap) + RssFile (code) + RssShmem


# ---------------------------------------------------------------- the trainer and its memory

def trainer_command(steps: int, workdir: str, cache_dir: str) -> list[str]:
    run = [f"run.steps={steps}", "run.eval_every=0", f"run.checkpoint_every={CHECKPOINT_EVERY}",
           f"run.log_every={LOG_EVERY}", f"data.cache_dir={cache_dir}"]
    sets = [arg for item in MODEL_OVERRIDES + run for arg in ("--set", item)]
    return [sys.executable, "-m", "gshard_jax.cli", "train",
            "--config", "experiments/configs/en_es_moe.py", "--workdir", workdir, "--no-eval", *sets]


def _children(pid: int) -> list[int]:
    kids = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                kids += [int(k) for k in f.read().split()]
    except OSError:  # the process (or thread) just exited
        pass
    return kids


def _rss_kib(pid: int) -> list[int]:
    """[VmRSS, RssAnon, RssFile] of one process in KiB; zeros once it has exited."""
    values = dict.fromkeys(RSS_FIELDS, 0)
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                name = line.split(":")[0]
                if name in values:
                    values[name] = int(line.split()[1])
    except OSError:
        pass
    return [values[name] for name in RSS_FIELDS]


def tree_rss_mib(pid: int) -> list[float]:
    """[VmRSS, RssAnon, RssFile] of `pid` and all its descendants, MiB."""
    total, todo = np.zeros(len(RSS_FIELDS)), [pid]
    while todo:
        p = todo.pop()
        total += _rss_kib(p)
        todo += _children(p)
    return list(total / 1024)


class MetricsTail:
    """New records of a growing metrics.jsonl, each stamped with the time it was first seen."""

    def __init__(self, path: str):
        self.path, self._offset, self.records = path, 0, []

    def poll(self) -> list[dict]:
        if not os.path.exists(self.path):
            return []
        with open(self.path) as f:
            f.seek(self._offset)
            text = f.read()
        complete = text[: text.rfind("\n") + 1]  # a half-written last line waits for next time
        self._offset += len(complete.encode())
        now = time.time()
        new = [dict(json.loads(line), seen=now) for line in complete.splitlines() if line.strip()]
        new = [r for r in new if r["split"] == "train"]
        self.records += new
        return new


def soak(steps: int, workdir: str, cache_dir: str, log_path: str) -> tuple[list, list, float]:
    """Runs the trainer, sampling its memory; returns (samples [(time, VmRSS, RssAnon, RssFile)]
    in MiB, the train records of metrics.jsonl, wall seconds)."""
    env = dict(os.environ, JAX_PLATFORMS="cpu", TQDM_MININTERVAL="10")
    tail = MetricsTail(os.path.join(workdir, "metrics.jsonl"))
    samples, start, next_report = [], time.time(), TABLE_EVERY
    with open(log_path, "w") as log:
        child = subprocess.Popen(trainer_command(steps, workdir, cache_dir), env=env,
                                 stdout=log, stderr=subprocess.STDOUT)
        while child.poll() is None:
            samples.append((time.time(), *tree_rss_mib(child.pid)))
            for record in tail.poll():
                if record["step"] >= next_report:
                    print(f"  step {record['step']:5d}  rss {samples[-1][1]:7.1f} MiB  "
                          f"loss {record['loss']:.3f}  elapsed {time.time() - start:5.0f} s", flush=True)
                    next_report += TABLE_EVERY
            time.sleep(SAMPLE_SECONDS)
    tail.poll()
    if child.returncode:
        with open(log_path) as f:
            sys.stderr.write(f.read()[-3000:])
        print(f"soak: the trainer exited with status {child.returncode} (log: {log_path})",
              file=sys.stderr)
        raise SystemExit(2)
    return samples, tail.records, time.time() - start


# ---------------------------------------------------------------- from samples to numbers

def step_of_samples(times: np.ndarray, records: list) -> tuple[np.ndarray, np.ndarray]:
    """(training step at each sample time, interpolated between log records; mask of the
    samples taken after the last record, i.e. during the final checkpoint save and exit).

    Record i was written at loop_start + wall_time_i. loop_start is estimated as the earliest
    (seen - wall_time): seen lags the write by at most one sampling interval. Samples before
    the loop started (corpus, tokenizer, init) get step 0. Up to the first record the step
    axis is approximate: step 1 includes compiling the train step.
    """
    loop_start = min(r["seen"] - r["wall_time"] for r in records)
    anchors = [loop_start] + [loop_start + r["wall_time"] for r in records]
    steps = [0] + [r["step"] for r in records]
    return np.interp(times, anchors, steps), times > anchors[-1]


def windows(steps: int) -> dict[str, tuple[int, int]]:
    """Step windows (lo, hi] of the summary. The plateau starts 100 steps after the first
    checkpoint: its first save is a one-off step up in memory, not growth (see README)."""
    first_save = CHECKPOINT_EVERY
    return {"before_first_save": (first_save - 300, first_save),
            "plateau": (first_save + 100, first_save + 300),
            "final": (steps - TABLE_EVERY, steps),
            "slope": (first_save + 100, steps)}


def in_window(step: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return (step > lo) & (step <= hi)


def summarize(samples: list, records: list, steps: int) -> dict:
    """The report's numbers from the samples [(time, VmRSS, RssAnon, RssFile)]."""
    samples = np.array(samples)
    all_step, after = step_of_samples(samples[:, 0], records)
    all_mem = samples[:, 1:]  # [n, 3] MiB
    step, mem = all_step[~after], all_mem[~after]
    rss = mem[:, 0]
    w = windows(steps)
    level = {name: np.median(mem[in_window(step, *w[name])], axis=0)
             for name in ("before_first_save", "plateau", "final")}
    plateau, final = float(level["plateau"][0]), float(level["final"][0])
    slope_part = in_window(step, *w["slope"])
    slope = float(np.polyfit(step[slope_part], rss[slope_part], 1)[0] * 1000)
    growth = final - plateau
    return {
        "windows": w,
        **{f"{name}_mib": {field: float(v) for field, v in zip(RSS_FIELDS, level[name])}
           for name in level},
        "plateau_mib": plateau, "final_mib": final,
        "first_save_step_up_mib": plateau - float(level["before_first_save"][0]),
        "max_mib": float(all_mem[:, 0].max()), "max_at_step": float(all_step[all_mem[:, 0].argmax()]),
        "max_training_mib": float(rss.max()), "max_training_at_step": float(step[rss.argmax()]),
        "growth_mib": growth, "growth_ratio": final / plateau,
        "slope_mib_per_1000_steps": slope,
        "threshold": f"growth < {MAX_GROWTH_RATIO:.0%} of plateau and < {MAX_GROWTH_MIB:.0f} MiB",
        "passed": bool(growth < MAX_GROWTH_MIB and growth < MAX_GROWTH_RATIO * plateau),
        "table": table_rows(step, mem, steps, all_mem[after]),
        "samples_step_vmrss_anon_file_mib": np.round(np.column_stack([step, mem]), 1).tolist(),
        "samples_after_last_log_mib": np.round(all_mem[after], 1).tolist(),
    }


def table_rows(step: np.ndarray, mem: np.ndarray, steps: int, after: np.ndarray) -> list[dict]:
    """Memory per TABLE_EVERY-step window, plus the time before the loop's first step and the
    time after its last log record (final checkpoint save, exit)."""
    parts = [("setup", mem[step <= 0])]
    parts += [(f"{hi - TABLE_EVERY + 1}-{hi}", mem[in_window(step, hi - TABLE_EVERY, hi)])
              for hi in range(TABLE_EVERY, steps + 1, TABLE_EVERY)]
    parts.append(("final save+exit", after))
    return [{"steps": name, "vmrss_median": float(np.median(part[:, 0])),
             "vmrss_max": float(part[:, 0].max()), "anon_median": float(np.median(part[:, 1])),
             "file_median": float(np.median(part[:, 2])), "samples": len(part)}
            for name, part in parts if len(part)]


def verdict(s: dict) -> str:
    return (f"RSS growth after plateau: {s['growth_mib']:+.1f} MiB (ratio {s['growth_ratio']:.3f}) "
            f"— {'PASS' if s['passed'] else 'FAIL'} ({s['threshold']})")


def print_report(s: dict, wall: float) -> None:
    columns = ["steps", "vmrss_median", "vmrss_max", "anon_median", "file_median", "samples"]
    print("memory in MiB (VmRSS = RssAnon + RssFile + RssShmem):")
    print_table([{k: f"{v:.1f}" if isinstance(v, float) else v for k, v in r.items()}
                 for r in s["table"]], columns)
    w = s["windows"]
    print(f"\nbefore the first checkpoint (steps {w['before_first_save'][0]}-"
          f"{w['before_first_save'][1]}): {s['before_first_save_mib']['VmRSS']:.1f} MiB; the first "
          f"save steps it up by {s['first_save_step_up_mib']:+.1f} MiB")
    print(f"plateau {s['plateau_mib']:.1f} MiB (median, steps {w['plateau'][0]}-{w['plateau'][1]})   "
          f"final {s['final_mib']:.1f} MiB (median, steps {w['final'][0]}-{w['final'][1]})   "
          f"max {s['max_mib']:.1f} MiB (step {s['max_at_step']:.0f}; "
          f"{s['max_training_mib']:.1f} MiB before the final save)")
    print(f"slope over steps {w['slope'][0]}-{w['slope'][1]}: "
          f"{s['slope_mib_per_1000_steps']:+.2f} MiB per 1000 steps   wall {wall:.0f} s")
    print(verdict(s))


# ---------------------------------------------------------------- outputs

def plot(s: dict, steps: int, path: str) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    step, rss, anon, _ = np.array(s["samples_step_vmrss_anon_file_mib"]).T
    after = [m[0] for m in s["samples_after_last_log_mib"]]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.plot(step, rss, ".", ms=2, color="tab:blue", label="VmRSS sample (every 0.5 s)")
    ax.plot(step, anon, ".", ms=1, color="tab:purple", alpha=0.4, label="of which RssAnon (heap)")
    ax.plot([steps] * len(after), after, "x", ms=4, color="tab:orange",
            label="after the last log record (final save, exit)")
    ax.axhline(s["plateau_mib"], color="tab:green", ls="--",
               label=f"plateau (steps {s['windows']['plateau'][0]}-{s['windows']['plateau'][1]}): "
                     f"{s['plateau_mib']:.0f} MiB")
    ax.axhline(s["final_mib"], color="tab:red", ls=":",
               label=f"final (last {TABLE_EVERY} steps): {s['final_mib']:.0f} MiB")
    for c in range(CHECKPOINT_EVERY, steps + 1, CHECKPOINT_EVERY):
        ax.axvline(c, color="grey", lw=0.5, alpha=0.5)
    ax.set_xlabel(f"training step (grey lines: checkpoints every {CHECKPOINT_EVERY})")
    ax.set_ylabel("resident memory (MiB)")
    ax.set_title(f"Soak: tiny MoE, {steps} steps on CPU: RSS growth after plateau "
                 f"{s['growth_mib']:+.1f} MiB ({'PASS' if s['passed'] else 'FAIL'})")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def to_json(result: dict) -> str:
    """Indented, except the long sample lists, which stay on one line each."""
    samples = {k: result[k] for k in result if k.startswith("samples_")}
    text = json.dumps({**result, **dict.fromkeys(samples, "@")}, indent=1)
    for key, value in samples.items():
        text = text.replace(f'"{key}": "@"', f'"{key}": {json.dumps(value)}')
    return text + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--dir", default="runs/soak", help="run/ (recreated) and cache/ go here")
    parser.add_argument("--out", default="experiments/results/soak.json")
    parser.add_argument("--plot", default="experiments/results/soak_rss.png")
    args = parser.parse_args()
    if args.steps < 2 * CHECKPOINT_EVERY:
        parser.error(f"--steps must be at least {2 * CHECKPOINT_EVERY} (plateau: steps "
                     f"{CHECKPOINT_EVERY + 100}-{CHECKPOINT_EVERY + 300}, final: the last {TABLE_EVERY})")

    workdir, cache_dir = os.path.join(args.dir, "run"), os.path.join(args.dir, "cache")
    shutil.rmtree(workdir, ignore_errors=True)  # a fresh run, not a resume
    os.makedirs(args.dir, exist_ok=True)
    print(f"soak: {args.steps} steps of a tiny MoE in {workdir} (trainer log: {args.dir}/train.log)",
          flush=True)
    samples, records, wall = soak(args.steps, workdir, cache_dir, os.path.join(args.dir, "train.log"))
    s = summarize(samples, records, args.steps)

    print()
    print_report(s, wall)

    result = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
              "command": " ".join(["python -m experiments.bench.soak", *sys.argv[1:]]),
              "trainer_command": " ".join(["python"] + trainer_command(args.steps, workdir, cache_dir)[1:]),
              "steps": args.steps, "checkpoint_every": CHECKPOINT_EVERY, "wall_s": wall,
              "sample_seconds": SAMPLE_SECONDS,
              "steps_per_s": records[-1]["steps_per_sec"], **s}
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(to_json(result))
    plot(s, args.steps, args.plot)
    print(f"wrote {args.out} and {args.plot}")
    return 0 if s["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
