"""B10: `gshard-jax translate` of one sentence, cold vs warm persistent compilation cache.

Each call is the command a user types, in a fresh process, timed wall-clock from start to exit
(imports, start-up, restoring the checkpoint, compiling or loading the programs,
translating). The run is the default experiment's model (`gshard-jax train` without --config)
after one training step, in a temporary directory, so nothing depends on an earlier run; the
cache is a fresh temporary XDG_CACHE_HOME. In turn:
  off   GSHARD_COMPILATION_CACHE=off: every program compiled (what every call cost before
        the cache);
  cold  an empty cache: compiled, and written to the cache;
  warm  the same cache again (`repeats` times): programs read back instead of compiled.
The environment is the user's without JAX_PLATFORMS, so the start-up's own platform choice
(gshard_jax/startup.py) is part of what is timed.

    python -m experiments.bench.run_all --only B10
    python -m experiments.bench.translate_cache [--workdir RUN] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
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


def _gshard(args: list[str], env: dict, stdin: str = "") -> tuple[float, str]:
    """(wall seconds, stdout) of `python -m gshard_jax.cli ARGS`; raises if it fails."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "gshard_jax.cli", *args], input=stdin,
                          env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"gshard-jax {' '.join(args)} failed ({done.returncode}):\n"
                         f"{done.stderr[-3000:]}")
    return seconds, done.stdout


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
        translate = ["translate", "--workdir", workdir]
        off_s, reference = _gshard(translate, _env(cache_home, GSHARD_COMPILATION_CACHE="off"),
                                   SENTENCE)
        rows.append(dict(bench="B10", cache="off", wall_s=off_s, same_output=True))
        cold_s, cold = _gshard(translate, _env(cache_home), SENTENCE)
        rows.append(dict(bench="B10", cache="cold", wall_s=cold_s, same_output=cold == reference))
        for _ in range(repeats):
            warm_s, warm = _gshard(translate, _env(cache_home), SENTENCE)
            rows.append(dict(bench="B10", cache="warm", wall_s=warm_s,
                             same_output=warm == reference))
        entries = os.listdir(os.path.join(cache_home, "gshard_jax", "xla"))
        for row in rows:
            row.update(cache_entries=len(entries), off_over=off_s / row["wall_s"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", help="a trained run to translate with (default: one "
                                          "training step of the default experiment)")
    parser.add_argument("--repeats", type=int, default=3, help="warm calls")
    args = parser.parse_args()
    from experiments.bench.common import print_table
    print_table(run(args.workdir, args.repeats), ["cache", "wall_s", "off_over", "same_output",
                                                  "cache_entries"])


if __name__ == "__main__":
    main()
