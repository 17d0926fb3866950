"""Multi-process (multi-host) start-up: `jax.distributed` from arguments, environment or cluster.

Each process runs the same program; after `initialize`, `jax.devices()` lists every process's
devices, the mesh spans all of them, and each process feeds only its own rows of the global
batch (`process_rows`, then `ShardedTask.shard_batch`). Call `initialize` before anything asks
jax for devices or runs a computation.

Where the settings come from, first match wins, field by field:
  1. the arguments (`gshard-jax --coordinator HOST:PORT --num-processes N --process-id I`);
  2. the environment: GSHARD_COORDINATOR, GSHARD_NUM_PROCESSES, GSHARD_PROCESS_ID.
If a coordinator is set this way, all three must be (else `DistributedError`). The coordinator
`auto` instead hands everything to JAX's own cluster detection (Cloud TPU pods, SLURM,
Open MPI, Kubernetes), which fills whatever is left unset.

With none of them set, a launcher that evidently started several processes is left to JAX's
detection too: JAX_COORDINATOR_ADDRESS in the environment, a SLURM job step with
SLURM_NTASKS > 1, or an Open MPI run with OMPI_COMM_WORLD_SIZE > 1. Anything else (a laptop,
one GPU, a single-task SLURM or Kubernetes job) stays a single process and nothing is called;
on a multi-host TPU pod pass `--coordinator auto`.
"""

from __future__ import annotations

import os

import jax

from gshard_jax.errors import UserError

ENV_COORDINATOR = "GSHARD_COORDINATOR"
ENV_NUM_PROCESSES = "GSHARD_NUM_PROCESSES"
ENV_PROCESS_ID = "GSHARD_PROCESS_ID"
AUTO = "auto"
CPU_COLLECTIVES = ("gloo", "mpi")


class DistributedError(UserError, ValueError):
    """Incomplete or inconsistent multi-process settings."""


def initialize(coordinator_address: str | None = None, num_processes: int | str | None = None,
               process_id: int | str | None = None, *,
               cpu_collectives: str | None = "gloo") -> bool:
    """Starts `jax.distributed` when settings or a multi-process launcher call for it.

    Args:
      coordinator_address: "HOST:PORT" of process 0's coordinator service (every process
        passes the same one), or "auto" for JAX's cluster detection.
      num_processes: how many processes take part.
      process_id: this process's index in [0, num_processes).
      cpu_collectives: cross-process collectives of the CPU backend ("gloo" or "mpi"; None
        keeps JAX's default). Only the CPU backend reads it, so it is harmless on GPU/TPU.

    Returns:
      True if `jax.distributed` is initialised, now or by an earlier call (which makes this
      one a no-op after validating its settings); False when this stays a single process.

    Raises:
      DistributedError: partial or invalid settings; the message names the fix.
      RuntimeError (from jax): called after jax already initialised its backends.
    """
    coordinator = _setting(coordinator_address, ENV_COORDINATOR)
    count = _setting(num_processes, ENV_NUM_PROCESSES)
    index = _setting(process_id, ENV_PROCESS_ID)
    if cpu_collectives is not None and cpu_collectives not in CPU_COLLECTIVES:
        raise DistributedError(f"cpu_collectives={cpu_collectives!r}: choose one of "
                               f"{', '.join(CPU_COLLECTIVES)} (or None for JAX's default)")
    if coordinator == AUTO:
        kwargs = {k: v for k, v in (("num_processes", _count(count)), ("process_id", _index(index)))
                  if v is not None}
    elif coordinator is None and count is None and index is None:
        kwargs = {} if _launcher() else None
    else:
        kwargs = _explicit(coordinator, count, index)
    if jax.distributed.is_initialized():
        return True
    if kwargs is None:
        return False
    if cpu_collectives is not None:
        jax.config.update("jax_cpu_collectives_implementation", cpu_collectives)
    jax.distributed.initialize(**kwargs)
    return True


def process_rows(global_batch_size: int, process_index: int | None = None,
                 process_count: int | None = None) -> slice:
    """This process's rows of a global batch [B, ...]: the contiguous slice
    [i*B/P, (i+1)*B/P), the layout `ShardedTask.shard_batch` expects from each process.

    `process_index`/`process_count` default to jax's (which starts the backend).
    """
    index = jax.process_index() if process_index is None else process_index
    count = jax.process_count() if process_count is None else process_count
    if not 0 <= index < count:
        raise DistributedError(f"process index {index} is outside [0, {count})")
    if global_batch_size <= 0 or global_batch_size % count:
        raise DistributedError(
            f"a global batch of {global_batch_size} rows does not split evenly over {count} "
            f"processes; use a positive multiple of {count}")
    rows = global_batch_size // count
    return slice(index * rows, (index + 1) * rows)


def is_main_process() -> bool:
    """True on process 0, the one that should log, write checkpoints metadata and print."""
    return jax.process_index() == 0


def _setting(value, env_name: str):
    """The argument if given, else the environment variable (empty counts as unset)."""
    if value is not None:
        return value
    return os.environ.get(env_name) or None


def _explicit(coordinator, count, index) -> dict:
    missing = [flag for flag, value in (("--coordinator / " + ENV_COORDINATOR, coordinator),
                                        ("--num-processes / " + ENV_NUM_PROCESSES, count),
                                        ("--process-id / " + ENV_PROCESS_ID, index))
               if value is None]
    if missing:
        raise DistributedError(
            f"multi-process settings are incomplete: also set {' and '.join(missing)} (every "
            "process gets the same coordinator HOST:PORT and count, and its own id), or "
            f"use coordinator '{AUTO}' to let JAX detect the cluster")
    count, index = _count(count), _index(index)
    if index >= count:
        raise DistributedError(f"process id {index} is not below the number of processes {count}; "
                               f"ids run from 0 to {count - 1}")
    return dict(coordinator_address=_check_address(coordinator), num_processes=count,
                process_id=index)


def _check_address(address: str) -> str:
    host, sep, port = str(address).rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise DistributedError(
            f"coordinator {address!r} is not HOST:PORT; give process 0's address and a free port, "
            "e.g. 10.0.0.1:1234 (127.0.0.1:PORT for several processes on one machine)")
    return f"{host}:{int(port)}"


def _count(value) -> int | None:
    return _as_int(value, "number of processes", ENV_NUM_PROCESSES, minimum=1)


def _index(value) -> int | None:
    return _as_int(value, "process id", ENV_PROCESS_ID, minimum=0)


def _as_int(value, what: str, env_name: str, minimum: int) -> int | None:
    if value is None:
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise DistributedError(f"{what} {value!r} is not an integer (check the flag or "
                               f"{env_name})") from None
    if number < minimum:
        raise DistributedError(f"{what} must be at least {minimum}, got {number}")
    return number


def _launcher() -> str | None:
    """The multi-process launcher evident from the environment, if any (see module doc)."""
    env = os.environ
    if env.get("JAX_COORDINATOR_ADDRESS"):
        return "JAX_COORDINATOR_ADDRESS"
    slurm = ("SLURM_JOB_ID", "SLURM_STEP_NODELIST", "SLURM_PROCID", "SLURM_LOCALID")
    if all(name in env for name in slurm) and _env_int("SLURM_NTASKS") > 1:
        return "slurm"
    if "OMPI_MCA_orte_hnp_uri" in env and _env_int("OMPI_COMM_WORLD_SIZE") > 1:
        return "openmpi"
    return None


def _env_int(name: str) -> int:
    try:
        return int(os.environ.get(name, "0"))
    except ValueError:
        return 0
