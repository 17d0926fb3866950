"""Times the README's main job from fresh clones of the current commit and records what it printed.

    python -m experiments.main_job [--reruns 2]

The command is read from the README (the first command line of its first ```bash block), so the
figures quoted there are the ones its own command produces. Each run clones the checkout's HEAD
into a new directory (nothing cached but pip's downloads), runs each `&&`-joined part of the
command in turn and times it, then reads the test scores the job wrote. The runs' results, the
machine, the commit and whether the runs translated the test set identically go to
experiments/results/main_job.json and .md; earlier runs of the same commit and machine are kept,
so a rerun adds to the spread instead of replacing it, and the records of other commits or
machines are kept under "earlier".
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

from experiments.study.runner import machine

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKDIR = os.path.join("runs", "en_es_moe")  # experiments/configs/en_es_moe.py's run.workdir


def readme_main_command(readme: str) -> str:
    """The first command line of the README's first ```bash block (comments skipped); raises
    ValueError when the README has no such block."""
    lines = readme.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "```bash")
    except StopIteration:
        raise ValueError("the README has no ```bash block with the main job's command") from None
    for line in lines[start + 1:]:
        if line.strip() == "```":
            break
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()
    raise ValueError("the README's first ```bash block has no command line")


def git(*args: str) -> str:
    """A git command's output in the checkout."""
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def digest(paths: list[str]) -> str:
    """SHA-256 over the files' bytes in order: equal digests mean identical translations."""
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def run_once(command: str, clone: str, log_path: str) -> dict:
    """Runs the command in `clone` as one bash command line, streaming its output to the
    terminal and `log_path`; returns the seconds of each `&&`-joined part, the exit code and
    the test scores written."""
    parts = [p.strip() for p in command.split("&&")]
    marks = os.path.join(clone, ".main_job_marks")
    # One shell keeps the command's semantics (a `cd` carries on); a timestamp after each
    # part times it.
    timed = " && ".join(f"{part} && date +%s.%N >> {marks}" for part in parts)
    start = time.time()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(["bash", "-c", timed], cwd=clone, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        for line in proc.stdout:
            sys.stdout.write(line)
            log.write(line)
        code = proc.wait()
    end = time.time()
    with open(marks) if os.path.exists(marks) else open(os.devnull) as f:
        ends = [float(line) for line in f if line.strip()]
    if code:
        ends.append(end)  # the part that failed ran until the shell exited
    bounds = [start, *ends]
    seconds = [b - a for a, b in zip(bounds, bounds[1:])]
    result = {"parts": [{"command": p, "seconds": s} for p, s in zip(parts, seconds)],
              "exit_code": code, "seconds": end - start}
    workdir = os.path.join(clone, WORKDIR)
    scores_path = os.path.join(workdir, "test_scores.json")
    if code == 0 and os.path.exists(scores_path):
        from experiments.common import training_seconds
        from gshard_jax.engine.rundir import RunDir

        with open(scores_path) as f:
            scores = json.load(f)
        train = [r for r in RunDir(workdir).metrics() if r["split"] == "train"]
        hyps = sorted(n for n in os.listdir(workdir) if n.startswith("test.hyp."))
        result.update(bleu=scores["bleu"], chrf=scores["chrf"], step=scores["step"],
                      sentences=scores["sentences"],
                      train_seconds=training_seconds(train) if train else None,
                      translations_sha256=digest([os.path.join(workdir, n) for n in hyps]))
    return result


def summarize(runs: list[dict]) -> dict:
    """Spread of the finished runs' BLEU, chrF and wall times, and whether every run wrote
    byte-identical test translations."""
    done = [r for r in runs if r["exit_code"] == 0 and "bleu" in r]

    def span(key):
        values = [r[key] for r in done if r.get(key) is not None]
        return {"min": min(values), "max": max(values)} if values else None

    return {"runs": len(runs), "finished": len(done), "bleu": span("bleu"), "chrf": span("chrf"),
            "seconds": span("seconds"), "train_seconds": span("train_seconds"),
            "identical_translations": (len({r["translations_sha256"] for r in done}) == 1
                                       if len(done) > 1 else None)}


def _record_lines(record: dict) -> list[str]:
    """One record's heading line, its table of runs and its spread."""
    s, m = record["summary"], record["machine"]
    lines = [f"Commit {record['commit']}; machine: {m['cpu']}, {m['cores']} cores, Python "
             f"{m['python']}.", "",
             "| run | date (UTC) | exit | wall min | min per part of the command | of which "
             "training min | steps | test BLEU | test chrF | translations sha256 |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for i, r in enumerate(record["runs"], 1):
        parts = " / ".join(f"{p['seconds'] / 60:.1f}" for p in r["parts"])
        lines.append(f"| {i} | {r['date']} | {r['exit_code']} | {r['seconds'] / 60:.1f} | {parts} | "
                     + (f"{r['train_seconds'] / 60:.1f} | {r['step']:,} | {r['bleu']:.2f} | "
                        f"{r['chrf']:.2f} | {r['translations_sha256'][:12]} |"
                        if "bleu" in r else "| | | | |"))
    if s["bleu"]:
        lines += ["", f"BLEU {s['bleu']['min']:.2f}..{s['bleu']['max']:.2f}, chrF "
                  f"{s['chrf']['min']:.2f}..{s['chrf']['max']:.2f} over {s['finished']} finished "
                  f"run(s); identical test translations in every run: "
                  f"{ {True: 'yes', False: 'no', None: 'one run only'}[s['identical_translations']] }."]
    return lines


def write_markdown(record: dict, path: str) -> None:
    """The newest record's runs, then every earlier commit's or machine's, newest first."""
    lines = ["# The README's main job, timed from fresh clones", "",
             f"Command (`python -m experiments.main_job`): `{record['command']}`  ",
             *_record_lines(record)]
    for earlier in record.get("earlier", []):
        lines += ["", "## Earlier: another commit or machine", ""]
        if earlier["command"] != record["command"]:
            lines += [f"Command: `{earlier['command']}`  "]
        lines += _record_lines(earlier)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=2, choices=range(1, 6), metavar="N",
                        help="fresh clones to run, one after another (1-5, default 2)")
    parser.add_argument("--results", default=os.path.join(ROOT, "experiments", "results"),
                        help="folder for main_job.json/.md")
    parser.add_argument("--clones", default=None,
                        help="folder for the clones (default: a new temporary folder; kept)")
    args = parser.parse_args(argv)

    if git("status", "--porcelain", "--untracked-files=no"):
        print("main_job: error: the checkout has uncommitted changes; the clones would not "
              "contain them. Commit (or stash) them and rerun.", file=sys.stderr)
        return 2
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        command = readme_main_command(f.read())
    full_commit = git("rev-parse", "HEAD")  # every run checks out this one, whatever lands later
    commit = full_commit[:7]
    path = os.path.join(args.results, "main_job.json")
    record = {"command": command, "commit": commit, "machine": machine(), "runs": []}
    if os.path.exists(path):
        with open(path) as f:
            old = json.load(f)
        earlier = old.pop("earlier", [])
        if (old.get("commit"), old.get("command"), old.get("machine")) == (commit, command, record["machine"]):
            record["runs"] = old["runs"]  # same commit, command and machine: add to the spread
        else:  # another commit or machine: keep its runs, newest first, beside the new ones
            earlier.insert(0, old)
        record["earlier"] = earlier
    clones = args.clones or tempfile.mkdtemp(prefix="gshard_main_job_")
    os.makedirs(clones, exist_ok=True)
    for i in range(args.reruns):
        # A --clones folder may hold other records' clones: take the first unused name.
        clone = next(os.path.join(clones, f"run{n}") for n in itertools.count(len(record["runs"]) + 1)
                     if not os.path.exists(os.path.join(clones, f"run{n}")))
        git("clone", "--quiet", "--no-local", ROOT, clone)
        subprocess.run(["git", "checkout", "--quiet", "--detach", full_commit], cwd=clone,
                       check=True)
        print(f"main_job: run {i + 1}/{args.reruns} of `{command}` in {clone}", flush=True)
        run = {"date": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M}",
               **run_once(command, clone, os.path.join(clone, "main_job.log"))}
        record["runs"].append(run)
        record["summary"] = summarize(record["runs"])
        os.makedirs(args.results, exist_ok=True)
        with open(path, "w") as f:
            json.dump(record, f, indent=2)
        write_markdown(record, os.path.join(args.results, "main_job.md"))
        print(f"main_job: run exit {run['exit_code']} after {run['seconds'] / 60:.1f} min"
              + (f", test BLEU {run['bleu']:.2f} chrF {run['chrf']:.2f}" if "bleu" in run else ""),
              flush=True)
    print(f"main_job: wrote {path} and main_job.md")
    return 0 if all(r["exit_code"] == 0 for r in record["runs"]) else 1


if __name__ == "__main__":
    sys.exit(main())
