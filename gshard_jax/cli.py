"""The `gshard-jax` command line: train, evaluate, translate, demo.

On CPU it simulates `--cpu-devices` devices (default 8) so meshes can be tried on a laptop;
this must happen before jax is imported, hence the late imports.

Exit status: 0 done; 2 bad input (config, mesh, corpus, checkpoint, flags: the message names
the fix); 3 training stopped on a non-finite loss (the last good checkpoint is kept);
128 + signal number when SIGTERM/SIGINT stopped training after saving a checkpoint.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys


def _simulate_cpu_devices(count: int) -> None:
    flags = os.environ.get("XLA_FLAGS", "")
    if count > 0 and "xla_force_host_platform_device_count" not in flags:
        os.environ["XLA_FLAGS"] = f"{flags} --xla_force_host_platform_device_count={count}".strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gshard-jax", description=__doc__.splitlines()[0],
                                     epilog="exit status: 0 done, 2 bad input, 3 non-finite loss, "
                                            "128+N stopped by signal N after saving")
    parser.add_argument("--cpu-devices", type=int, default=8,
                        help="simulated CPU devices when running on CPU (0 = leave as is)")
    parser.add_argument("--coordinator", metavar="ADDRESS:PORT",
                        help="multi-process: process 0's coordinator, or 'auto' for JAX's "
                             "cluster detection (default: $GSHARD_COORDINATOR)")
    parser.add_argument("--num-processes", type=int, metavar="N",
                        help="multi-process: number of processes (default: $GSHARD_NUM_PROCESSES)")
    parser.add_argument("--process-id", type=int, metavar="I",
                        help="multi-process: this process's id, 0..N-1 (default: $GSHARD_PROCESS_ID)")
    sub = parser.add_subparsers(dest="command", required=True)
    def with_config(p, default=None):
        p.add_argument("--config", default=default,
                       help="experiment config file defining CONFIG (experiments/configs/*.py)")
        p.add_argument("--workdir", help="run directory (overrides run.workdir)")
        p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                       help="config override, e.g. --set model.moe.num_experts=16 --set mesh.expert=2")
        return p

    train = with_config(sub.add_parser("train", help="train (or resume) a translation experiment, "
                                       "then report test BLEU with translations"),
                        "experiments/configs/en_es_moe.py")
    train.add_argument("--no-eval", action="store_true", help="skip the test-set evaluation")
    evaluate = with_config(sub.add_parser("evaluate", help="sacreBLEU/chrF of a trained run on a split"))
    evaluate.add_argument("--split", default="test", choices=("dev", "test"))
    evaluate.add_argument("--limit", type=int, help="only the first N sentences")
    translate = with_config(sub.add_parser("translate", help="translate lines from a file or stdin"))
    translate.add_argument("--input", help="text file, one sentence per line (default: stdin)")
    demo = with_config(sub.add_parser("demo", help="sharded train steps on a synthetic task + sharding table"))
    demo.add_argument("--steps", type=int, default=60)
    return parser


def _config(args):
    """Config from --config (or the run's saved config.json), then --workdir and --set."""
    from gshard_jax.config import apply_overrides, load_config_file, override
    from gshard_jax.evaluate import load_run_config

    if args.command == "demo":
        from gshard_jax.demo import DEMO_CONFIG
        cfg = DEMO_CONFIG
    elif args.config:
        cfg = load_config_file(args.config)
    elif args.workdir:
        cfg = load_run_config(args.workdir)
    else:
        raise SystemExit(f"gshard-jax {args.command}: give --config FILE or --workdir RUN_DIR")
    if args.workdir:
        cfg = override(cfg, f"run.workdir={args.workdir}")
    return apply_overrides(cfg, args.set)


class UsageError(ValueError):
    """A command-line argument that cannot be used (e.g. an unreadable --input file)."""


def _read_sentences(path: str | None) -> list[str]:
    """Lines of `path` (or stdin) without newlines; UsageError if missing or not UTF-8."""
    if path is None:
        return [line.rstrip("\n") for line in sys.stdin]
    try:
        with open(path, "rb") as f:
            raw_lines = f.read().splitlines()
    except OSError as error:
        raise UsageError(f"--input {path}: {error.strerror}; give a readable text file, one "
                         "sentence per line (or omit --input to read stdin)") from None
    lines = []
    for number, raw in enumerate(raw_lines, start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise UsageError(f"--input {path}: line {number} is not valid UTF-8; convert the "
                             "file to UTF-8 (e.g. iconv -f latin1 -t utf-8)") from None
    return lines


def _user_errors() -> tuple[type, ...]:
    """Exceptions that mean bad input (config, mesh, corpus, batching, checkpoint, flags)."""
    from gshard_jax.checkpoint import CheckpointError
    from gshard_jax.config import ConfigError
    from gshard_jax.corpus import CorpusError
    from gshard_jax.distributed import DistributedError
    from gshard_jax.input_pipeline import BatchConfigError
    from gshard_jax.sharding.mesh import MeshError
    from gshard_jax.sharding.partition import ShardingError
    from gshard_jax.sharding.rules import RulesError
    return (ConfigError, MeshError, ShardingError, RulesError, CheckpointError, CorpusError,
            BatchConfigError, DistributedError, UsageError)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _simulate_cpu_devices(args.cpu_devices)
    from gshard_jax.distributed import initialize
    try:
        initialize(args.coordinator, args.num_processes, args.process_id)
        cfg = _config(args)
        if args.command == "demo":
            from gshard_jax.demo import run_demo
            run_demo(cfg, steps=args.steps)
        elif args.command == "train":
            from gshard_jax.evaluate import evaluate_test
            from gshard_jax.trainer import train
            summary = train(cfg)
            if "stopped_by" in summary:  # preempted: the checkpoint is saved, no evaluation
                return 128 + int(getattr(signal, summary["stopped_by"]))
            if not args.no_eval:
                evaluate_test(cfg, split="test")
        elif args.command == "evaluate":
            from gshard_jax.evaluate import evaluate_test
            evaluate_test(cfg, split=args.split, limit=args.limit)
        elif args.command == "translate":
            from gshard_jax.evaluate import translate_sentences
            for hypothesis in translate_sentences(cfg, _read_sentences(args.input)):
                print(hypothesis)
    except _user_errors() as error:
        print(f"gshard-jax: error: {error}", file=sys.stderr)
        return 2
    except FloatingPointError as error:  # trainer.NonFiniteLossError
        print(f"gshard-jax: error: {error}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
