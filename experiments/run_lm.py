"""MoE character LM vs its dense FLOP twin on the bundled English text, at equal steps.

    python -m experiments.run_lm                       # lm_moe.py and lm_dense.py, as configured
    python -m experiments.run_lm --steps 20 --runs /tmp/lm_check --results /tmp/lm_check

Each config trains (or resumes) in its own run directory; then each run continues the same
prompt (KV-cached sampling, same temperature and seed). Written to --results: lm.md (table,
samples, the command), lm.json and lm_bpc.png (validation bits per character over training).
With --set run.tracking=mlflow every run is tracked in MLflow and these files are logged as
artifacts of each run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

DEFAULT_CONFIGS = ("experiments/configs/lm_moe.py", "experiments/configs/lm_dense.py")


def _row(name: str, cfg, summary: dict, records: list[dict], sample: str, vocab_size: int) -> dict:
    from experiments.common import training_seconds
    from gshard_jax.model.size import decoder_only_counts

    train = [r for r in records if r["split"] == "train"]
    val = [r for r in records if r["split"] == "val"]
    counts = decoder_only_counts(cfg.model, vocab_size)
    moe = cfg.model.moe
    return {
        "run": name,
        "ffn": (f"MoE top-{moe.top_k} of {moe.num_experts} x {cfg.model.expert_d_ff}"
                if cfg.model.moe_every else f"dense {cfg.model.d_ff}"),
        "steps": summary["step"],
        "val_bpc": summary.get("val_bpc"),
        "val_loss": summary.get("val_loss"),
        "best_val_bpc": min((r["bpc"] for r in val), default=None),
        "train_wall_time_s": training_seconds(train) if train else None,
        "params_total": counts["total"],
        "params_activated": counts["activated"],
        "val_bpc_by_step": [[r["step"], r["bpc"]] for r in val],
        "sample": sample,
    }


def write_markdown(rows: list[dict], path: str, command: str, prompt: str, sampling: str,
                   wall: float) -> None:
    columns = ["run", "ffn", "steps", "val_bpc", "best_val_bpc", "val_loss", "train_wall_time_s",
               "params_total", "params_activated"]
    lines = ["# Character-level LM: MoE vs its dense FLOP twin (bundled English text)", "",
             f"Rerun: `{command}` ({wall / 60:.1f} min wall in all on a 2-core CPU, 8 simulated "
             "devices). Validation: the text's last 10%, the same "
             "windows at every evaluation; bits per character = nats / ln 2.", "",
             "| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = []
        for c in columns:
            v = row.get(c)
            cells.append(f"{v:.4f}" if isinstance(v, float) and c != "train_wall_time_s"
                         else f"{v:.0f}" if isinstance(v, float) else "" if v is None
                         else f"{v:,}" if isinstance(v, int) else str(v))
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"Validation bits per character over training: `lm_bpc.png`.", "",
              f"## Samples ({sampling}; prompt {prompt!r})", ""]
    for row in rows:
        lines += [f"**{row['run']}** (step {row['steps']}):", "", "```", prompt + row["sample"], "```", ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))


def plot_bpc(rows: list[dict], path: str) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for row in rows:
        steps, bpc = zip(*row["val_bpc_by_step"]) if row["val_bpc_by_step"] else ((), ())
        ax.plot(steps, bpc, marker="o", markersize=3, label=f"{row['run']} ({row['ffn']})")
    ax.set(title="validation bits per character", xlabel="step", ylabel="bits / character")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", nargs="+", default=list(DEFAULT_CONFIGS))
    parser.add_argument("--steps", type=int, help="training steps of every run (run.steps)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override applied to every config (e.g. run.tracking=mlflow)")
    parser.add_argument("--runs", help="parent directory of the run directories (default: each "
                                       "config's run.workdir)")
    parser.add_argument("--results", default="experiments/results")
    parser.add_argument("--prompt", default="And God said")
    parser.add_argument("--sample-chars", type=int, default=300)
    parser.add_argument("--temperature", type=float, default=0.8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.time()

    from gshard_jax.cli import simulate_cpu_devices
    simulate_cpu_devices(8)
    from gshard_jax.config import LMConfig, apply_overrides, load_config_file
    from experiments.common import load_all
    from gshard_jax.lm.generate import generate_text
    from gshard_jax.lm.train import EXPERIMENT, load_trained_lm, train_lm
    from gshard_jax.engine.rundir import RunDir

    def load(path: str):
        name = os.path.splitext(os.path.basename(path))[0]
        overrides = list(args.set) + ([f"run.steps={args.steps}"] if args.steps else [])
        overrides += [f"run.workdir={os.path.join(args.runs, name)}"] if args.runs else []
        return apply_overrides(load_config_file(path, LMConfig), overrides)

    loaded = load_all(args.configs, load)  # every file checked before anything is written
    os.makedirs(args.results, exist_ok=True)
    rows, configs = [], []
    for path, cfg in loaded.items():
        name = os.path.splitext(os.path.basename(path))[0]
        print(f"\n=== {name} ({cfg.run.workdir}) ===", flush=True)
        summary = train_lm(cfg)
        task, params, vocab, _ = load_trained_lm(cfg)
        sample = generate_text(task, params, vocab, args.prompt, max_new=args.sample_chars,
                               temperature=args.temperature, seed=args.seed)[0]
        print(f"{name}: val bpc {summary.get('val_bpc')}\n{args.prompt}{sample}", flush=True)
        rows.append(_row(name, cfg, summary, RunDir(cfg.run.workdir).metrics(), sample, vocab.size))
        configs.append(cfg)
    command = "python -m experiments.run_lm " + " ".join(sys.argv[1:] if argv is None else argv)
    files = [os.path.join(args.results, n) for n in ("lm.md", "lm.json", "lm_bpc.png")]
    sampling = f"temperature {args.temperature}, all characters, seed {args.seed}, KV-cached"
    write_markdown(rows, files[0], command.strip(), args.prompt, sampling, time.time() - start)
    with open(files[1], "w") as f:
        json.dump({"command": command.strip(), "prompt": args.prompt, "sampling": sampling,
                   "wall_time_s": time.time() - start, "runs": rows}, f, indent=2)
    plot_bpc(rows, files[2])
    for cfg in configs:
        if cfg.run.tracking == "mlflow":
            log = RunDir(cfg.run.workdir, LMConfig).metrics_log(cfg, EXPERIMENT, tensorboard=False)
            log.record_results(cfg.run.steps, {}, files)
            log.close()
    print(open(files[0]).read())


if __name__ == "__main__":
    main()
