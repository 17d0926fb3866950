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

from experiments.common import plot_losses, run_row, train_and_evaluate, write_table

DEFAULT_CONFIGS = ("experiments/configs/en_es_dense.py", "experiments/configs/en_es_moe.py",
                   "experiments/configs/en_es_moe16.py")


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
