"""The `gshard-jax` command line: `demo` (sharded steps + sharding table) and more.

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
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="a few sharded train steps on a synthetic task, then the sharding table")
    demo.add_argument("--steps", type=int, default=60)
    demo.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                      help="config override, e.g. --set mesh.expert=2 --set model.moe.num_experts=16")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _simulate_cpu_devices(args.cpu_devices)
    from gshard_jax.config import ConfigError, apply_overrides
    from gshard_jax.sharding.mesh import MeshError
    from gshard_jax.sharding.partition import ShardingError
    from gshard_jax.sharding.rules import RulesError

    try:
        if args.command == "demo":
            from gshard_jax.demo import DEMO_CONFIG, run_demo
            run_demo(apply_overrides(DEMO_CONFIG, args.set), steps=args.steps)
    except (ConfigError, MeshError, ShardingError, RulesError) as error:
        print(f"gshard-jax: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
