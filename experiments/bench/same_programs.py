"""Do two checkouts compile the same programs for the benchmarks? XLA's optimized HLO, compared.

Timings on a shared 2-core machine move by more than a refactor's bar (B1's ratios spread by up
to 0.09 between two runs of one commit), so "the same figures before and after" is shown where
it is decided: each benchmark (B1, B2, B5-B8) runs once in each checkout with XLA's dump on,
and the optimized HLO modules it compiled are compared as multisets. Before comparing, what
says where code sits rather than what it computes is dropped: op metadata, the stack-frame
tables (source files and lines), module names, and the numbering of instructions and
parameters (renumbered by first appearance). Identical modules run the same computation, so
their timings differ only by the machine's noise.

    python -m experiments.bench.same_programs dump --checkout OLD --out /tmp/before
    python -m experiments.bench.same_programs dump --checkout NEW --out /tmp/after
    python -m experiments.bench.same_programs compare /tmp/before /tmp/after

`dump` runs each benchmark with its quick settings in the checkout's own code (any commit
since B8 exists), ~20 min on 2 cores; its results files are restored afterwards.
"""

from __future__ import annotations

import argparse
import collections
import glob
import hashlib
import os
import re
import subprocess
import sys

from experiments.bench.common import print_table

# (benchmark, simulated devices, module arguments): each benchmark's quick run.
BENCHMARKS = (
    ("B1", 1, ["experiments.bench.run_all", "--worker", "B1", "--devices", "1", "--quick"]),
    ("B2", 1, ["experiments.bench.run_all", "--worker", "B2", "--devices", "1", "--quick"]),
    ("B5", 1, ["experiments.bench.dropless", "--repeats", "1"]),
    ("B6", 8, ["experiments.bench.moe_modes", "--quick"]),
    ("B7", 8, ["experiments.bench.run_all", "--worker", "B7", "--devices", "8", "--quick"]),
    ("B8", 8, ["experiments.bench.block_cost", "--steps", "2"]),
)
_DUMP = "--xla_dump_hlo_as_text --xla_dump_hlo_module_re=.* --xla_dump_hlo_pass_re=NONE"
_OPTIMIZED = "*after_optimizations.txt"


def normalize(hlo: str) -> str:
    """The HLO text without what names where code sits: stack-frame tables, op metadata,
    the module's name, instruction and parameter numbering."""
    hlo = re.sub(r"\n(FileNames|FunctionNames|FileLocations|StackFrames)\n(.+\n)*", "\n", hlo)
    hlo = re.sub(r",?\s*metadata=\{[^{}]*\}", "", hlo)
    hlo = re.sub(r"^HloModule \S+", "HloModule", hlo, flags=re.M)
    names: dict[str, str] = {}

    def rename(match: re.Match) -> str:  # '%add.12' and a signature's 'param_0.3' alike
        return names.setdefault(match.group(0).lstrip("%"), f"%v{len(names)}")

    return re.sub(r"%[\w.\-]+|\b[A-Za-z_][\w\-]*\.\d+\b", rename, hlo)


def module_digests(folder: str) -> collections.Counter:
    """SHA-256 (12 hex digits) of each normalized optimized module in a dump folder, counted."""
    digests: collections.Counter = collections.Counter()
    for path in glob.glob(os.path.join(folder, _OPTIMIZED)):
        with open(path) as f:
            digests[hashlib.sha256(normalize(f.read()).encode()).hexdigest()[:12]] += 1
    return digests


def compare(before: str, after: str) -> list[dict]:
    """One row per benchmark found in either dump: module counts and whether they match."""
    rows = []
    names = sorted({n for d in (before, after) for n in os.listdir(d)
                    if os.path.isdir(os.path.join(d, n))})
    for name in names:
        a = module_digests(os.path.join(before, name))
        b = module_digests(os.path.join(after, name))
        rows.append(dict(bench=name, modules_before=sum(a.values()),
                         modules_after=sum(b.values()), identical=a == b and bool(a),
                         only_before=sum((a - b).values()), only_after=sum((b - a).values())))
    return rows


def dump(checkout: str, out: str, only: list[str] | None = None) -> None:
    """Runs each benchmark once in `checkout` with XLA's HLO dumped to out/<benchmark>."""
    checkout, out = os.path.abspath(checkout), os.path.abspath(out)
    # The benchmarks write their results into the checkout, restored from git afterwards:
    # refuse a checkout whose results have changes of its own, which that would discard.
    changed = subprocess.run(["git", "status", "--porcelain", "--", "experiments/results"],
                             cwd=checkout, capture_output=True, text=True, check=True).stdout
    if changed:
        raise SystemExit(f"{checkout} has uncommitted changes in experiments/results, which a "
                         "dump would overwrite; commit or stash them, or dump a `git worktree "
                         "add` of the commit instead.")
    for name, devices, args in BENCHMARKS:
        if only and name not in only:
            continue
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        env = dict(os.environ, PYTHONPATH=checkout, JAX_PLATFORMS="cpu",
                   XLA_FLAGS=f"--xla_force_host_platform_device_count={devices} "
                             f"--xla_dump_to={folder} {_DUMP}")
        print(f"{name}: {' '.join(args)} in {checkout}", flush=True)
        with open(os.path.join(out, f"{name}.log"), "w") as log:
            done = subprocess.run([sys.executable, "-m", *args], cwd=checkout, env=env,
                                  stdout=log, stderr=subprocess.STDOUT)
        if done.returncode:
            raise SystemExit(f"{name} failed in {checkout} (exit {done.returncode}); "
                             f"see {os.path.join(out, name + '.log')}")
    subprocess.run(["git", "checkout", "-q", "--", "experiments/results"], cwd=checkout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="run the benchmarks once with XLA's dump on")
    dumping.add_argument("--checkout", required=True, help="a checkout of the commit to dump")
    dumping.add_argument("--out", required=True, help="an empty folder for the dump")
    dumping.add_argument("--only", help="comma-separated benchmarks (default: all)")
    comparing = commands.add_parser("compare", help="compare two dumps")
    comparing.add_argument("before")
    comparing.add_argument("after")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.checkout, args.out, args.only.split(",") if args.only else None)
        return
    rows = compare(args.before, args.after)
    print_table(rows, ["bench", "modules_before", "modules_after", "identical", "only_before",
                       "only_after"])
    if not all(row["identical"] for row in rows):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
