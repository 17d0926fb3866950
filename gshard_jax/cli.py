"""The `gshard-jax` command line: train, evaluate, translate, demo.

On CPU it simulates `--cpu-devices` devices (default 8) so meshes can be tried on a laptop;
this must happen before jax is imported, hence the late imports.
"""

from __future__ import annotations

import argparse
import os
import sys


def _simulate_cpu_devices(count: int) -> None:
    flags = os.environ.get("XLA_FLAGS", "")
    if count > 0 and "xla_force_host_platform_device_count" not in flags:
        os.environ["XLA_FLAGS"] = f"{flags} --xla_force_host_platform_device_count={count}".strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gshard-jax", description=__doc__.splitlines()[0])
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


def _corpus_error() -> type:
    from gshard_jax.corpus import CorpusError
    return CorpusError


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _simulate_cpu_devices(args.cpu_devices)
    from gshard_jax.distributed import DistributedError, initialize
    try:
        initialize(args.coordinator, args.num_processes, args.process_id)
    except DistributedError as error:
        print(f"gshard-jax: error: {error}", file=sys.stderr)
        return 2
    from gshard_jax.checkpoint import CheckpointError
    from gshard_jax.config import ConfigError
    from gshard_jax.sharding.mesh import MeshError
    from gshard_jax.sharding.partition import ShardingError
    from gshard_jax.sharding.rules import RulesError

    try:
        cfg = _config(args)
        if args.command == "demo":
            from gshard_jax.demo import run_demo
            run_demo(cfg, steps=args.steps)
        elif args.command == "train":
            from gshard_jax.evaluate import evaluate_test
            from gshard_jax.trainer import train
            train(cfg)
            if not args.no_eval:
                evaluate_test(cfg, split="test")
        elif args.command == "evaluate":
            from gshard_jax.evaluate import evaluate_test
            evaluate_test(cfg, split=args.split, limit=args.limit)
        elif args.command == "translate":
            from gshard_jax.evaluate import translate_sentences
            stream = open(args.input, encoding="utf-8") if args.input else sys.stdin
            lines = [line.rstrip("\n") for line in stream]
            for hypothesis in translate_sentences(cfg, lines):
                print(hypothesis)
    except (ConfigError, MeshError, ShardingError, RulesError, CheckpointError, _corpus_error()) as error:
        print(f"gshard-jax: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
