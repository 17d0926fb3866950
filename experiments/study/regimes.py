"""python -m experiments.study.regimes: the MoE-minus-dense gap of every row in several regimes
of the study, side by side, to show where (if anywhere) the MoE advantage appears.

    python -m experiments.study.regimes --tags study study_long [--results experiments/results]
        [--out experiments/results/study_regimes]

Each tag's report (<results>/<tag>.json, written by `python -m experiments.study --tag TAG`)
gives per row the mean over seeds of test BLEU and dev NLL, the pooled paired-bootstrap p
against the dense row of the same regime, each seed's gap to dense and the seed-paired t-test. Writes <out>.md and <out>.png (the gaps by regime);
reads files only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from experiments.study import report


def regime_gaps(tag: str, report: dict) -> list[dict]:
    """One record per non-dense row of a tag's report: the regime (steps, tokens per batch,
    d_model) and the row's mean BLEU, chrF and dev NLL minus the dense row's, with its p."""
    gaps = []
    for task in sorted({r["task"] for r in report["rows"]}):
        rows = [r for r in report["rows"] if r["task"] == task]
        dense = next((r for r in rows if r["row"] == "dense"), None)
        if dense is None:
            continue
        for row in rows:
            if row is dense or row["steps"] != dense["steps"]:
                continue
            gaps.append({
                "tag": tag, "task": task, "row": row["row"], "label": row["label"],
                "steps": row["steps"], "tokens_per_batch": row.get("tokens_per_batch"),
                "d_model": row.get("d_model"), "seeds": len(row["seeds"]),
                "dense_seeds": len(dense["seeds"]),
                **{f"delta_{m}": row[m]["mean"] - dense[m]["mean"]
                   for m in ("bleu", "chrf", "dev_nll")
                   if row[m]["mean"] is not None and dense[m]["mean"] is not None},
                "dense_bleu": dense["bleu"]["mean"], "p": row.get("p_pooled"),
                # Seed-level evidence (the bootstrap's p resamples sentences, not seeds).
                **{key: row.get(key) for key in ("bleu_delta_by_seed", "dev_nll_delta_by_seed",
                                                 "t_test_bleu", "t_test_dev_nll")},
            })
    return gaps


def _fmt(value, form: str) -> str:
    return "" if value is None else format(value, form)


def write_markdown(gaps: list[dict], path: str, command: str) -> None:
    lines = ["# MoE vs dense across regimes of the study", "", f"Command: `{command}`", "",
             "Δ = row mean minus the dense row's mean (same regime, same seeds' data order); "
             "negative Δ dev NLL is better. p: pooled paired bootstrap of BLEU against dense "
             "(resamples test sentences). By seed: each seed's gap to the dense run of that "
             "seed; t-test p: SciPy's seed-paired t-test, for BLEU / dev NLL.", "",
             "| task | regime (tag) | steps | tokens/batch | d_model | row | seeds | dense BLEU | "
             "Δ BLEU | p | Δ BLEU by seed | Δ chrF | Δ dev NLL | Δ dev NLL by seed | "
             "t-test p |", "|" + "---|" * 15]
    for g in gaps:
        lines.append(
            f"| {g['task']} | {g['tag']} | {g['steps']:,} | {_fmt(g['tokens_per_batch'], ',')} | "
            f"{_fmt(g['d_model'], 'd')} | {g['label']} | {g['seeds']} (dense {g['dense_seeds']}) | "
            f"{_fmt(g['dense_bleu'], '.2f')} | {_fmt(g.get('delta_bleu'), '+.2f')} | "
            f"{_fmt(g['p'], '.3f')} | {report._deltas(g.get('bleu_delta_by_seed'))} | "
            f"{_fmt(g.get('delta_chrf'), '+.2f')} | {_fmt(g.get('delta_dev_nll'), '+.3f')} | "
            f"{report._deltas(g.get('dev_nll_delta_by_seed'), digits=3)} | {report._t_tests(g)} |")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def plot_gaps(gaps: list[dict], path: str) -> None:
    """Δ BLEU and Δ dev NLL of every row, grouped by regime."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    regimes = list(dict.fromkeys(f"{g['task']}/{g['tag']}" for g in gaps))
    labels = list(dict.fromkeys(g["label"] for g in gaps))
    width = 0.8 / max(len(labels), 1)
    fig, axes = plt.subplots(1, 2, figsize=(max(10, 1.5 * len(regimes) * 2), 4.5))
    for ax, metric, title in ((axes[0], "delta_bleu", "Δ test BLEU vs dense (higher: MoE better)"),
                              (axes[1], "delta_dev_nll", "Δ dev NLL vs dense (lower: MoE better)")):
        for i, label in enumerate(labels):
            values = [next((g.get(metric, np.nan) for g in gaps
                            if f"{g['task']}/{g['tag']}" == regime and g["label"] == label), np.nan)
                      for regime in regimes]
            ax.bar(np.arange(len(regimes)) + (i - (len(labels) - 1) / 2) * width, values, width,
                   label=label)
        ax.axhline(0, color="black", linewidth=0.8)
        ax.set_xticks(np.arange(len(regimes)), regimes, rotation=20)
        ax.set(title=title)
        ax.grid(axis="y", alpha=0.3)
    axes[0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m experiments.study.regimes",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--tags", nargs="+", required=True, help="study tags to compare")
    parser.add_argument("--results", default="experiments/results")
    parser.add_argument("--out", help="output stem (default: <results>/study_regimes)")
    args = parser.parse_args(argv)
    paths = {tag: os.path.join(args.results, f"{tag}.json") for tag in args.tags}
    missing = [f"{tag} ({path})" for tag, path in paths.items() if not os.path.exists(path)]
    if missing:
        print("no report for: " + ", ".join(missing) + "; run `python -m experiments.study "
              "--tag TAG` (or --report-only) first", file=sys.stderr)
        return 2
    gaps = []
    for tag, path in paths.items():
        with open(path) as f:
            gaps += regime_gaps(tag, json.load(f))
    out = args.out or os.path.join(args.results, "study_regimes")
    command = "python -m experiments.study.regimes " + " ".join(sys.argv[1:] if argv is None else argv)
    write_markdown(gaps, f"{out}.md", command.strip())
    plot_gaps(gaps, f"{out}.png")
    print(open(f"{out}.md").read())
    return 0


if __name__ == "__main__":
    sys.exit(main())
