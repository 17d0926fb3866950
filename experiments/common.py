"""What the experiment drivers share: training and evaluating a list of config files, their
rows, tables and plots (run_experiments, run_multilingual, run_layer_designs, run_lm), the
multilingual groups (the study's report), and number formats. A library, not a driver: the
drivers (`python -m experiments.<driver>`) import it; it imports none of them.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Callable


def gib(n: float) -> str:
    """Bytes as GiB with two decimals (the scale tables' unit)."""
    return f"{n / 2**30:.2f}"


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


def resource_group(pair: str, low_resource: tuple[str, ...]) -> str:
    """'low' when either language of 'src-tgt' was cut by data.low_resource, else 'high'."""
    low = {item.split(":")[0] for item in low_resource}
    return "low" if set(pair.split("-")) & low else "high"


def group_averages(pairs: dict[str, dict], low_resource: tuple[str, ...]) -> dict[str, float]:
    """Mean BLEU over the pairs of each group: all, high, low, to_en (xx-en), from_en (en-xx)."""
    members = {"all": list(pairs), "high": [], "low": [], "to_en": [], "from_en": []}
    for name in pairs:
        members[resource_group(name, low_resource)].append(name)
        members["to_en" if name.endswith("-en") else "from_en"].append(name)
    return {group: sum(pairs[n]["bleu"] for n in names) / len(names)
            for group, names in members.items() if names}


def plot_pair_bleu(rows: list[dict], path: str) -> None:
    """Grouped bars: BLEU of every language pair, one bar per run; low-resource pairs hatched.
    A row may carry 'ranges' (pair -> (low, high), e.g. over seeds), drawn as error bars."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    pairs = list(rows[0]["pairs"])
    x = np.arange(len(pairs))
    width = 0.8 / len(rows)
    fig, ax = plt.subplots(figsize=(max(8, 0.6 * len(pairs) * len(rows)), 4))
    low = [resource_group(p, tuple(rows[0]["low_resource"])) == "low" for p in pairs]
    for i, row in enumerate(rows):
        heights = [row["pairs"][p]["bleu"] for p in pairs]
        ranges = row.get("ranges")  # optional (low, high) per pair: drawn as an error bar
        errors = None if not ranges else np.array(
            [[h - ranges[p][0] for p, h in zip(pairs, heights)],
             [ranges[p][1] - h for p, h in zip(pairs, heights)]])
        bars = ax.bar(x + (i - (len(rows) - 1) / 2) * width, heights, width, label=row["run"],
                      yerr=errors, capsize=2 if ranges else 0)
        for bar, is_low in zip(bars, low):
            if is_low:
                bar.set_hatch("//")
    ax.set_xticks(x, pairs, rotation=60)
    ranged = any(row.get("ranges") for row in rows)
    ax.set(title="test BLEU per language pair (hatched: low-resource"
           + ("; error bars: min-max over seeds)" if ranged else ")"), ylabel="BLEU")
    ax.grid(axis="y", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
