"""B10: `gshard-jax translate` of one sentence, cold vs warm cache.

Each call is the command a user types, in a fresh process, timed wall-clock from start to exit
(imports, start-up, restoring the parameters, compiling or loading the programs,
translating), with the CPU seconds it used (user + system, its own and its children's: less
sensitive than wall time to other work on the machine) and the 1-minute load average when it
ended. The run is the default experiment's model (`gshard-jax train` without --config) after
one training step, in a temporary directory, so nothing depends on an earlier run; the cache is
a fresh temporary XDG_CACHE_HOME. In turn:
  off   GSHARD_COMPILATION_CACHE=off: the model built, traced and compiled (every call before
        the cache);
  cold  an empty cache: the same, and the translate program written to the cache whole
        (gshard_jax/engine/programs.py) with a copy of the parameters, the small programs to
        XLA's cache;
  warm  the same cache again (`repeats` times): the program loaded, nothing traced or
        compiled; the parameters are read from the copy the cold call left in the cache
        (params_from=copy), not from the checkpoint.
The environment is the user's without JAX_PLATFORMS, so the start-up's own platform choice
(gshard_jax/startup.py) is part of what is timed.

    python -m experiments.bench.run_all --only B10
    python -m experiments.bench.translate_cache [--workdir RUN] [--repeats 3]
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import subprocess
import sys
import tempfile
import time

SENTENCE = "In the beginning God created the heaven and the earth.\n"


def _env(cache_home: str, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("JAX_PLATFORMS", "XLA_FLAGS") and not k.startswith(
               ("JAX_COMPILATION_CACHE", "JAX_PERSISTENT_CACHE", "GSHARD_COMPILATION_CACHE"))}
    return dict(env, XDG_CACHE_HOME=cache_home, **extra)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _gshard(args: list[str], env: dict, stdin: str = "") -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of `python -m gshard_jax.cli ARGS`; raises if it
    fails."""
    start, cpu = time.perf_counter(), _cpu_seconds()
    done = subprocess.run([sys.executable, "-m", "gshard_jax.cli", *args], input=stdin,
                          env=env, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    if done.returncode:
        raise SystemExit(f"gshard-jax {' '.join(args)} failed ({done.returncode}):\n"
                         f"{done.stderr[-3000:]}")
    return seconds, cpu, done.stdout


def train_one_step(workdir: str, cache_home: str) -> None:
    """The default experiment after one step (no evaluation), in `workdir`."""
    _gshard(["train", "--workdir", workdir, "--no-eval", "--set", "run.steps=1",
             "--set", "run.eval_every=0"], _env(cache_home, GSHARD_COMPILATION_CACHE="off"))


def run(workdir: str | None = None, repeats: int = 3) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        if workdir is None:
            workdir = os.path.join(scratch, "run")
            train_one_step(workdir, scratch)
        cache_home = os.path.join(scratch, "xdg_cache")
        xla = os.path.join(cache_home, "gshard_jax", "xla")
        translate = ["translate", "--workdir", workdir]

        def call(cache: str, **env: str) -> dict:
            copied = bool(glob.glob(os.path.join(xla, "programs", "*", "params-*.arrays")))
            wall, cpu, out = _gshard(translate, _env(cache_home, **env), SENTENCE)
            return dict(bench="B10", cache=cache, wall_s=wall, cpu_s=cpu, output=out,
                        load_1m=os.getloadavg()[0],
                        params_from="copy" if copied else "checkpoint")

        rows.append(call("off", GSHARD_COMPILATION_CACHE="off"))
        rows.append(call("cold"))
        rows += [call("warm") for _ in range(repeats)]
        programs = glob.glob(os.path.join(xla, "programs", "*", "*.program"))
        reference = rows[0]["output"]
        for row in rows:
            row.update(same_output=row.pop("output") == reference,
                       off_over=rows[0]["wall_s"] / row["wall_s"], programs=len(programs),
                       xla_entries=len(glob.glob(os.path.join(xla, "*-cache"))))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", help="a trained run to translate with (default: one "
                                          "training step of the default experiment)")
    parser.add_argument("--repeats", type=int, default=3, help="warm calls")
    args = parser.parse_args()
    from experiments.bench.common import print_table
    from experiments.bench.run_all import COLUMNS
    print_table(run(args.workdir, args.repeats), COLUMNS["B10"])


if __name__ == "__main__":
    main()
