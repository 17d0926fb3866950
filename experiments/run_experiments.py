"""Runs a set of translation experiments and writes experiments/results/: a table and plots.

    python -m experiments.run_experiments                       # dense vs MoE E=8 vs MoE E=16
    python -m experiments.run_experiments --configs experiments/configs/en_es_moe.py --set run.steps=200

Each config trains (or resumes) in its own run.workdir, is evaluated on the test split with
beam search, and contributes a row: BLEU, chrF, dev loss, steps, wall time, total and activated
parameters. Plots: dev/train loss curves of all runs, and per-expert load over training
(heatmap) for each MoE run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Callable

DEFAULT_CONFIGS = ("experiments/configs/en_es_dense.py", "experiments/configs/en_es_moe.py",
                   "experiments/configs/en_es_moe16.py")


def run_row(name: str, cfg, test: dict, records: list[dict]) -> dict:
    """One run's row: test scores, dev NLL, training time and parameter counts."""
    from gshard_jax.model.size import parameter_counts

    dev = [r for r in records if r["split"] == "dev"]
    train = [r for r in records if r["split"] == "train"]
    counts = parameter_counts(cfg.model)
    return {
        "run": name,
        "experts": (("/".join(map(str, cfg.model.moe.experts_per_layer))
                     or cfg.model.moe.num_experts) if cfg.model.moe_every else 0),
        "design": _design(cfg.model),
        "steps": test["step"],
        "test_bleu": test["bleu"],
        "test_chrf": test["chrf"],
        "dev_nll": dev[-1]["nll"] if dev else None,
        "wall_time_s": training_seconds(train) if train else None,
        "params_total": counts["total"],
        "params_activated": counts["activated"],
    }


def _design(model) -> str:
    """A short name of the MoE layer design: dense, top-k, Residual-MoE."""
    if not model.moe_every:
        return "dense"
    residual = {"off": "", "learned": " + residual MLP (learned mix)", "sum": " + residual MLP"}
    return f"top-{model.moe.top_k}{residual[model.moe.residual]}"


def training_seconds(train_records: list[dict]) -> float:
    """Training wall time over all sessions of a resumed run.

    Each session's records count wall_time from its own start, so a drop marks a resume: the
    total is the sum of each session's last value.
    """
    total, previous = 0.0, 0.0
    for record in train_records:
        if record["wall_time"] < previous:
            total += previous
        previous = record["wall_time"]
    return total + previous


def _cached_test_scores(cfg, limit: int | None) -> dict | None:
    """Scores of an earlier evaluation of the same final step and sentence count, if any."""
    path = os.path.join(cfg.run.workdir, "test_scores.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        scores = json.load(f)
    from gshard_jax.engine.rundir import RunDir
    last = [r for r in RunDir(cfg.run.workdir).metrics()
            if r["split"] == "train"]
    step = last[-1]["step"] if last else None
    if scores.get("step") == step == cfg.run.steps and scores.get("limit", "unknown") == limit:
        print(f"test scores of step {step} already in {path}")
        return scores
    return None


def write_table(rows: list[dict], path: str, command: str,
                title: str = "Translation experiments (en→es Bible verses)") -> None:
    columns = ["run", "design", "experts", "steps", "test_bleu", "test_chrf", "dev_nll", "wall_time_s",
               "params_total", "params_activated"]
    lines = [f"# {title}", "",
             f"Rerun: `{command}`", "",
             "| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = []
        for c in columns:
            v = row.get(c)
            cells.append(f"{v:.2f}" if isinstance(v, float) else "" if v is None else f"{v:,}" if isinstance(v, int) else str(v))
        lines.append("| " + " | ".join(cells) + " |")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def plot_losses(runs: dict[str, list[dict]], path: str) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax_train, ax_dev) = plt.subplots(1, 2, figsize=(11, 4))
    for name, records in runs.items():
        train = [r for r in records if r["split"] == "train"]
        dev = [r for r in records if r["split"] == "dev"]
        ax_train.plot([r["step"] for r in train], [r["ce"] for r in train], label=name)
        ax_dev.plot([r["step"] for r in dev], [r["nll"] for r in dev], marker="o", label=name)
    ax_train.set(title="train cross-entropy (label-smoothed)", xlabel="step", ylabel="loss")
    ax_dev.set(title="dev NLL per token", xlabel="step", ylabel="nll")
    for ax in (ax_train, ax_dev):
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_expert_load(name: str, records: list[dict], path: str) -> bool:
    """Heatmap of the share of first choices per expert vs step: averaged over MoE layers when
    they all have the same experts, else one panel per layer (PR-MoE), each with its own E."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    train = [r for r in records if r["split"] == "train" and r.get("expert_load")]
    if not train:
        return False
    load = np.array([r["expert_load"] for r in train], dtype=float)  # [steps, layers, E] (NaN pad)
    widths = (~np.isnan(load[0])).sum(-1)  # experts per layer
    if len(set(widths)) == 1:
        panels = [("mean over MoE layers", load.mean(axis=1))]
    else:
        panels = [(f"MoE layer {i} ({w} experts)", load[:, i, :w]) for i, w in enumerate(widths)]
    fig, axes_ = plt.subplots(len(panels), 1, figsize=(8, 2.2 + 1.6 * len(panels)), squeeze=False)
    for ax, (title, share) in zip(axes_[:, 0], panels):
        image = ax.imshow(share.T, aspect="auto", cmap="viridis", origin="lower",
                          extent=(train[0]["step"], train[-1]["step"], -0.5, share.shape[1] - 0.5))
        ax.set(title=f"{name}: share of first choices per expert, {title}", xlabel="step",
               ylabel="expert")
        fig.colorbar(image, ax=ax, label=f"share (uniform = {1 / share.shape[1]:.3f})")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def config_for(path: str, overrides: list[str], runs_dir: str | None = None):
    """The config of an experiment file with overrides, its run directory moved under runs_dir."""
    from gshard_jax.config import apply_overrides, load_config_file

    cfg = apply_overrides(load_config_file(path), overrides)
    if runs_dir:
        cfg = apply_overrides(cfg, [f"run.workdir={os.path.join(runs_dir, os.path.basename(cfg.run.workdir))}"])
    return cfg


def load_all(paths: list[str], load: Callable) -> dict:
    """path -> load(path) for every config file, all before anything trains or is written:
    every file that cannot load (or builds a bad config) is reported, then exit 2."""
    from gshard_jax.config import ConfigError

    loaded, problems = {}, []
    for path in paths:
        try:
            loaded[path] = load(path)
        except ConfigError as error:
            problems.append(str(error))
    if problems:
        print("error: the experiment cannot start:\n  " + "\n  ".join(problems), file=sys.stderr)
        raise SystemExit(2)
    return loaded


def train_and_evaluate(configs: list[str], overrides_of: Callable[[str], list[str]],
                       results: str, test_limit: int | None, row: Callable,
                       check: Callable | None = None,
                       runs_dir: str | None = None) -> tuple[list[dict], dict[str, list[dict]]]:
    """Trains (or resumes) each config file, evaluates its test split (or reuses an earlier
    evaluation of the same step) and plots its expert load into `results`.

    overrides_of(name) -> --set style overrides of the config named `name` (its file's stem);
    row(name, cfg, test scores, metrics records) -> the run's table row; check(cfg, path) may
    refuse a config before it trains; runs_dir moves every run directory under it. Returns
    (rows, metrics records by run name).
    """
    from gshard_jax.cli import simulate_cpu_devices
    simulate_cpu_devices(8)
    from gshard_jax.translation.evaluate import evaluate_split
    from gshard_jax.engine.rundir import RunDir
    from gshard_jax.translation.train import train

    named = load_all(configs, lambda path: config_for(
        path, overrides_of(os.path.splitext(os.path.basename(path))[0]), runs_dir))
    for path, cfg in named.items():
        if check is not None:
            check(cfg, path)
    os.makedirs(results, exist_ok=True)
    rows, runs = [], {}
    for path, cfg in named.items():
        name = os.path.splitext(os.path.basename(path))[0]
        print(f"\n=== {name} ({cfg.run.workdir}) ===", flush=True)
        train(cfg)
        test = _cached_test_scores(cfg, test_limit) or evaluate_split(cfg, limit=test_limit)
        records = RunDir(cfg.run.workdir).metrics()
        runs[name] = records
        rows.append(row(name, cfg, test, records))
        if plot_expert_load(name, records, os.path.join(results, f"expert_load_{name}.png")):
            print(f"wrote {results}/expert_load_{name}.png")
    return rows, runs


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", nargs="+", default=list(DEFAULT_CONFIGS))
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override applied to every config (e.g. run.steps=2000)")
    parser.add_argument("--results", default="experiments/results")
    parser.add_argument("--test-limit", type=int, default=None, help="translate only N test sentences")
    parser.add_argument("--runs", default=None, metavar="DIR",
                        help="put each run directory under DIR (default: each config's run.workdir)")
    parser.add_argument("--table", default="translation",
                        help="results file stem: <results>/<table>.md, .json, loss_curves_<table>.png")
    args = parser.parse_args(argv)

    rows, runs = train_and_evaluate(args.configs, lambda name: args.set, args.results,
                                    args.test_limit, run_row, runs_dir=args.runs)
    command = "python -m experiments.run_experiments " + " ".join(sys.argv[1:] if argv is None else argv)
    table = os.path.join(args.results, args.table)
    write_table(rows, f"{table}.md", command.strip())
    with open(f"{table}.json", "w") as f:
        json.dump(rows, f, indent=2)
    curves = "loss_curves" if args.table == "translation" else f"loss_curves_{args.table}"
    plot_losses(runs, os.path.join(args.results, f"{curves}.png"))
    print(open(f"{table}.md").read())
    return rows


if __name__ == "__main__":
    main()
