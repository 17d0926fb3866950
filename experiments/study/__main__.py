"""python -m experiments.study: train the study's missing cells, then write its report.

    python -m experiments.study [--task en_es multi] [--only dense moe8 ...] [--seeds 3]
        [--other-seeds 1] [--steps N] [--set KEY=VALUE ...] [--jobs 1] [--tag study]
        [--list | --report-only]

Every cell of a task trains and is scored in the task's regime (grid.REGIMES: steps, dev
evaluation, test sentences); --steps, --set and --test-limit replace it. Cells train in
<runs>/<tag>/<task>_<row>_s<seed> and resume if stopped (SIGTERM or Ctrl-C
saves the running cells' checkpoints). A finished cell's results are copied to
<results>/<tag>_cells/<task>_<row>_s<seed>, which is committed: a fresh clone counts those
cells as finished and trains only the others. Rerunning with every cell finished only
recomputes <results>/<tag>.md, .json and <tag>_curves.png. A hand-written reading of the
results, if <results>/<tag>_reading.md exists, is appended to the markdown.
"""

from __future__ import annotations

import argparse
import os
import sys

from experiments.study import archive, grid, report, runner


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m experiments.study",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--task", nargs="+", choices=grid.TASKS, help="default: every task")
    parser.add_argument("--only", nargs="+", metavar="ROW",
                        help=f"rows to run (dense is always kept): {', '.join(sorted({r.key for r in grid.ROWS}))}")
    parser.add_argument("--seeds", type=_positive, default=3, help="seeds of the headline rows")
    parser.add_argument("--other-seeds", type=_positive, default=1, help="seeds of the other rows")
    parser.add_argument("--steps", type=_positive,
                        help="run.steps of every cell (default: the task regime's, grid.REGIMES)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="config override for every cell (another regime: use --tag too)")
    parser.add_argument("--test-limit", type=_positive,
                        help="evaluate only the first N test sentences of each language pair "
                             "(default: the task regime's)")
    parser.add_argument("--jobs", type=_positive, default=1,
                        help="cells trained at once (each uses every core it gets: 1 on 2 cores)")
    parser.add_argument("--tag", default="study",
                        help="names the run directory group and the results files")
    parser.add_argument("--runs", default="runs", help="parent of the study's run directories")
    parser.add_argument("--results", default="experiments/results")
    parser.add_argument("--samples", type=_positive, default=1000, help="bootstrap resamples")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="print the cells and exit")
    mode.add_argument("--report-only", action="store_true", help="never train, only report")
    return parser.parse_args(argv)


def _resolve(cells: list[grid.Cell], extra: tuple[str, ...]) -> dict[str, int]:
    """Builds every cell's config (all problems at once, before anything trains); returns
    each cell's run.steps."""
    from gshard_jax.config import ConfigError, apply_overrides, load_config_file

    steps, problems = {}, []
    for cell in cells:
        try:
            cfg = apply_overrides(load_config_file(cell.row.config),
                                  [*cell.overrides(extra), f"run.workdir={cell.workdir}"])
            # An upcycled cell's own run trains the second half (runner.commands).
            steps[cell.name] = (grid.split_steps(cfg.run.steps)[1] if cell.dense_phase
                                else cfg.run.steps)
        except (ConfigError, ValueError, OSError) as error:
            problems.append(f"{cell.name}: {error}")
    if problems:
        print("the study cannot start:\n  " + "\n  ".join(problems), file=sys.stderr)
        raise SystemExit(2)
    return steps


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        rows = grid.select_rows(args.task, args.only)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    extra = tuple(args.set) + ((f"run.steps={args.steps}",) if args.steps else ())
    cells = grid.cells(rows, args.seeds, args.other_seeds, os.path.join(args.runs, args.tag),
                       args.test_limit, os.path.join(args.results, f"{args.tag}_cells"))
    steps = _resolve(cells, extra)
    for cell in archive.harvest(cells, steps):  # finished by an earlier study process
        print(f"{cell.name}: archived to {cell.archive}", flush=True)
    done = {c.name for c in cells if runner.is_done(c, steps[c.name])}
    todo = [c for c in cells if c.name not in done]
    print(f"study '{args.tag}': {len(cells)} cells, {len(done)} finished, {len(todo)} to run",
          flush=True)
    if args.list:
        for cell in cells:
            status = "finished" if cell.name in done else "to run"
            lines = "\n  ".join(" ".join(c) for c in runner.commands(cell, extra))
            print(f"{cell.name} [{status}]\n  {lines}")
        return 0
    failed = []
    if todo and not args.report_only:
        outcomes = runner.run_cells(todo, extra, args.jobs)
        failed = [o for o in outcomes if o["rc"] != 0]
    # The report names the command that reproduces cells and report alike: --report-only
    # only skips training, so from a finished archive both give the same report.
    argv_shown = [a for a in (sys.argv[1:] if argv is None else argv) if a != "--report-only"]
    command = "python -m experiments.study " + " ".join(argv_shown)
    stem = os.path.join(args.results, args.tag)
    entries = report.write_report(rows, cells, stem, command.strip(), args.samples,
                                  reading_path=f"{stem}_reading.md")
    print(open(f"{stem}.md").read())
    print(f"wrote {stem}.md, {stem}.json, {stem}_curves.png ({len(entries)} rows)")
    if failed:
        print("failed cells (rerun to retry):\n  " + "\n  ".join(
            f"{o['cell']}: exit {o['rc']}, log {o['log']}" for o in failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
