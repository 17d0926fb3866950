"""DeepSpeed-MoE's layer designs on the bundled en→es task, at equal steps and per-token compute:
standard MoE (top-2, 8 experts a layer) vs PR-MoE (4 then 8 experts) vs Residual PR-MoE (top-1 +
dense MLP), then Mixture-of-Students: a student with one decoder layer fewer distilled from the
standard MoE teacher.

    python -m experiments.run_layer_designs [--set run.steps=N] [--test-limit N]

Writes experiments/results/layer_designs.md (.json): test BLEU/chrF, dev NLL, total and activated
parameters per design, then the MoS teacher/student rows; loss_curves_layer_designs.png (all
runs, the student included) and per-layer expert-load heatmaps. Every run resumes if rerun.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

CONFIGS = ("experiments/configs/en_es_moe.py", "experiments/configs/en_es_prmoe.py",
           "experiments/configs/en_es_residual_prmoe.py")
STUDENT = ("model.num_decoder_layers=1",)  # 2+2 -> 2+1 layers: the decoder's MoE layer stays


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override applied to every run (e.g. run.steps=300)")
    parser.add_argument("--results", default="experiments/results")
    parser.add_argument("--test-limit", type=int, default=None)
    parser.add_argument("--runs", default="runs", metavar="DIR", help="where the run directories go")
    args = parser.parse_args(argv)

    from experiments import common, run_experiments
    sets = [x for s in args.set for x in ("--set", s)]
    limit = ["--test-limit", str(args.test_limit)] if args.test_limit else []
    rows = run_experiments.main(["--configs", *CONFIGS, "--table", "layer_designs", "--runs",
                                 args.runs, "--results", args.results, *sets, *limit])

    from gshard_jax.cli import main as cli
    from gshard_jax.translation.distill import student_config
    from gshard_jax.engine.rundir import RunDir

    configs = [common.config_for(p, args.set, args.runs) for p in CONFIGS]
    teacher, student_workdir = configs[0], os.path.join(args.runs, "en_es_moe_student")
    steps = teacher.run.steps
    # Staged KD as DeepSpeed's tutorial: distil for the first ~70% of training, then CE alone.
    student_sets = list(STUDENT) + [f"distill.stop_step={max(1, int(0.7 * steps))}"] + list(args.set)
    print(f"\n=== Mixture-of-Students: {student_workdir} from {teacher.run.workdir} ===")
    code = cli(["distill", "--teacher", teacher.run.workdir, "--workdir", student_workdir,
                *[x for s in student_sets for x in ("--set", s)],
                *(["--limit", str(args.test_limit)] if args.test_limit else [])])
    if code:
        raise SystemExit(code)
    student, _ = student_config(teacher.run.workdir, student_workdir, student_sets)
    scores = RunDir(student_workdir).read_scores("test")
    records = RunDir(student_workdir).metrics()
    rows.append(common.run_row("en_es_moe_student (MoS)", student, scores, records))
    command = "python -m experiments.run_layer_designs " + " ".join(sys.argv[1:] if argv is None else argv)
    table = os.path.join(args.results, "layer_designs")
    common.write_table(rows, f"{table}.md", command.strip(),
                                title="MoE layer designs (DeepSpeed-MoE) on en→es Bible verses")
    with open(f"{table}.json", "w") as f:
        json.dump(rows, f, indent=2)
    runs = {r["run"]: RunDir(c.run.workdir).metrics() for r, c in zip(rows, configs + [student])}
    common.plot_losses(runs, os.path.join(args.results, "loss_curves_layer_designs.png"))
    print(open(f"{table}.md").read())


if __name__ == "__main__":
    main()
