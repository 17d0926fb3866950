"""Multilingual experiment: dense twin vs GShard MoE on bible_multi, BLEU per language pair.

    python -m experiments.run_multilingual --steps 3000            # dense, MoE E=8, MoE E=16
    python -m experiments.run_multilingual --steps 20 --test-limit 4 \\
        --runs /tmp/smoke/runs --results /tmp/smoke/results          # an end-to-end smoke run

Each config (experiments/configs/multi_*.py, equal per-token compute) trains or resumes in
`<runs>/<config name>`, then beam-searches the test split of every language pair. Written to
`--results`:
  multilingual.md     per-pair BLEU and chrF of every run (with each pair's sacreBLEU
                      tokenizer and resource group), group averages (high- vs low-resource
                      languages, into vs out of English), and a run summary
  multilingual.json   the same numbers
  multilingual_bleu.png        BLEU per language pair, one bar per run
  multilingual_loss_curves.png train and dev loss of every run
  expert_load_<run>.png        per-expert load over training of each MoE run
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from experiments.common import (
    group_averages, plot_losses, plot_pair_bleu, resource_group, run_row, train_and_evaluate,
)

DEFAULT_CONFIGS = ("experiments/configs/multi_dense.py", "experiments/configs/multi_moe.py",
                   "experiments/configs/multi_moe16.py")


def _run_row(name: str, cfg, test: dict, records: list[dict]) -> dict:
    """run_experiments' row (test_bleu, test_chrf: the macro averages over pairs) plus the
    per-pair scores, the group averages and the sampling setup."""
    return {**run_row(name, cfg, test, records), "pairs": test["pairs"],
            "groups": group_averages(test["pairs"], cfg.data.low_resource),
            "low_resource": list(cfg.data.low_resource), "temperature": cfg.data.temperature}


def _cell(value) -> str:
    if value is None:
        return ""
    return f"{value:.2f}" if isinstance(value, float) else f"{value:,}" if isinstance(value, int) else str(value)


def write_table(rows: list[dict], path: str, command: str) -> None:
    """multilingual.md: per-pair scores (one column per run), group averages, run summary."""
    runs = [r["run"] for r in rows]
    pairs = list(rows[0]["pairs"])
    lines = ["# Multilingual experiment (bible_multi, test split, beam search)", "",
             f"Rerun: `{command}`", "",
             f"Low-resource languages (training verses kept): "
             f"{', '.join(rows[0]['low_resource']) or 'none'}; sampling temperature "
             f"T={rows[0]['temperature']:g}. BLEU is sacreBLEU with the tokenizer of the "
             "target language's script; chrF is chrF2.", "",
             "## BLEU and chrF per language pair", "",
             "| pair | group | tokenizer | sentences | "
             + " | ".join(f"{r} BLEU" for r in runs) + " | " + " | ".join(f"{r} chrF" for r in runs) + " |",
             "|" + "---|" * (4 + 2 * len(runs))]
    for pair in pairs:
        first = rows[0]["pairs"][pair]
        lines.append(f"| {pair} | {resource_group(pair, tuple(rows[0]['low_resource']))} | "
                     f"{first['tokenize']} | {first['sentences']} | "
                     + " | ".join(_cell(r["pairs"][pair]["bleu"]) for r in rows) + " | "
                     + " | ".join(_cell(r["pairs"][pair]["chrf"]) for r in rows) + " |")
    groups = list(rows[0]["groups"])
    lines += ["", "## Mean BLEU by group", "", "| group | " + " | ".join(runs) + " |",
              "|" + "---|" * (1 + len(runs))]
    for group in groups:
        lines.append(f"| {group} | " + " | ".join(_cell(r["groups"].get(group)) for r in rows) + " |")
    columns = ["run", "experts", "steps", "test_bleu", "test_chrf", "dev_nll", "wall_time_s",
               "params_total", "params_activated"]
    lines += ["", "## Runs (test_bleu, test_chrf: macro averages over the pairs)", "",
              "| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row.get(c)) for c in columns) + " |")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", nargs="+", default=list(DEFAULT_CONFIGS))
    parser.add_argument("--steps", type=int, help="training steps of every run (run.steps)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override applied to every config (e.g. data.temperature=1)")
    parser.add_argument("--runs", default="runs",
                        help="run directories go to <runs>/<config name>; tokenizers to <runs>/cache")
    parser.add_argument("--results", default="experiments/results")
    parser.add_argument("--test-limit", type=int, default=None,
                        help="translate only the first N test sentences of each pair")
    args = parser.parse_args(argv)

    def overrides_of(name: str) -> list[str]:
        steps = [f"run.steps={args.steps}"] if args.steps else []
        return [f"run.workdir={os.path.join(args.runs, name)}",
                f"data.cache_dir={os.path.join(args.runs, 'cache')}", *args.set, *steps]

    def check(cfg, path: str) -> None:
        if cfg.data.direction == "pair":
            sys.exit(f"{path}: not a multilingual config (data.direction=pair); use "
                     "experiments/run_experiments.py for one language pair")

    rows, runs = train_and_evaluate(args.configs, overrides_of, args.results, args.test_limit,
                                    _run_row, check)
    command = "python -m experiments.run_multilingual " + " ".join(sys.argv[1:] if argv is None else argv)
    write_table(rows, os.path.join(args.results, "multilingual.md"), command.strip())
    with open(os.path.join(args.results, "multilingual.json"), "w") as f:
        json.dump(rows, f, indent=2)
    plot_pair_bleu(rows, os.path.join(args.results, "multilingual_bleu.png"))
    plot_losses(runs, os.path.join(args.results, "multilingual_loss_curves.png"))
    print(open(os.path.join(args.results, "multilingual.md")).read())


if __name__ == "__main__":
    main()
