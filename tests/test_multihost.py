"""Two processes x 4 CPU devices train exactly like one process with 8 devices; `initialize`
and `process_rows` validate their inputs."""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import jax
import numpy as np
import pytest

from gshard_jax import cli
from gshard_jax.engine.distributed import DistributedError, initialize, process_rows
from gshard_jax.translation.task import TranslationTask
from tests import multihost_worker
from tests.helpers import tiny_config

ROOT = Path(__file__).resolve().parents[1]
PROCESSES = 2
TIMEOUT_S = 600


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_workers(tmp_path) -> list[subprocess.Popen]:
    """Starts the worker processes on a free local port; each logs to tmp_path/worker{i}.log."""
    address = f"127.0.0.1:{_free_port()}"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GSHARD_", "JAX_COORDINATOR", "XLA_FLAGS"))}
    procs = []
    for i in range(PROCESSES):
        command = [sys.executable, "-m", "tests.multihost_worker", "--coordinator", address,
                   "--num-processes", str(PROCESSES), "--process-id", str(i), "--devices", "4",
                   "--out", str(tmp_path / f"worker{i}.json")]
        with open(tmp_path / f"worker{i}.log", "w") as log:
            procs.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                          stderr=subprocess.STDOUT))
    return procs


def _wait(procs, deadline: float) -> None:
    """Waits for all workers; kills the rest as soon as one fails or the deadline passes."""
    try:
        while any(p.poll() is None for p in procs):
            if time.monotonic() > deadline or any(p.returncode not in (None, 0) for p in procs):
                break
            time.sleep(0.2)
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()


def _results(procs, tmp_path) -> list[dict]:
    for i, p in enumerate(procs):
        log = (tmp_path / f"worker{i}.log").read_text()
        assert p.returncode == 0, f"worker {i} exited with {p.returncode}:\n{log[-3000:]}"
    return [json.loads((tmp_path / f"worker{i}.json").read_text()) for i in range(PROCESSES)]


@pytest.mark.slow
def test_two_processes_match_one_process(tmp_path):
    # The reference (this process, 8 devices) first, so it does not slow the workers down.
    reference = multihost_worker.run_steps(TranslationTask(tiny_config(**multihost_worker.LAYOUT)))
    procs = _start_workers(tmp_path)
    _wait(procs, time.monotonic() + TIMEOUT_S)
    workers = _results(procs, tmp_path)
    assert [(w["process_index"], w["process_count"], w["global_devices"], w["local_devices"],
             w["main"]) for w in workers] == [(0, 2, 8, 4, True), (1, 2, 8, 4, False)]
    assert reference["losses"][1] != reference["losses"][0]  # the step changed the parameters
    for w in workers:
        np.testing.assert_allclose(w["losses"], reference["losses"], rtol=1e-5)
        assert w["checksums"].keys() == reference["checksums"].keys()
        for name, sums in reference["checksums"].items():
            np.testing.assert_allclose(w["checksums"][name], sums, rtol=1e-5, atol=1e-6,
                                       err_msg=name)


@pytest.mark.parametrize("args, message", [
    (("127.0.0.1:1234", 2, 2), "not below the number of processes 2"),
    (("127.0.0.1:1234", 2, -1), "process id must be at least 0"),
    (("127.0.0.1:1234", 0, 0), "number of processes must be at least 1"),
    (("127.0.0.1:1234", "two", 0), "not an integer"),
    (("127.0.0.1", 2, 0), "is not HOST:PORT"),
    ((":1234", 2, 0), "is not HOST:PORT"),
    (("127.0.0.1:99999", 2, 0), "is not HOST:PORT"),
    (("127.0.0.1:1234", None, 0), "also set --num-processes"),
    ((None, 2, 1), "also set --coordinator"),
])
def test_initialize_rejects_bad_settings(args, message, monkeypatch):
    for name in ("GSHARD_COORDINATOR", "GSHARD_NUM_PROCESSES", "GSHARD_PROCESS_ID"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(DistributedError, match=message):
        initialize(*args)


def test_initialize_reads_environment_and_skips_single_process(monkeypatch):
    for name in ("GSHARD_COORDINATOR", "GSHARD_NUM_PROCESSES", "GSHARD_PROCESS_ID",
                 "JAX_COORDINATOR_ADDRESS", "SLURM_STEP_NODELIST", "OMPI_MCA_orte_hnp_uri"):
        monkeypatch.delenv(name, raising=False)
    assert initialize() is False  # nothing set, no launcher: stays one process
    monkeypatch.setenv("GSHARD_COORDINATOR", "10.0.0.1:1234")
    monkeypatch.setenv("GSHARD_NUM_PROCESSES", "2")
    with pytest.raises(DistributedError, match="also set --process-id / GSHARD_PROCESS_ID"):
        initialize()
    monkeypatch.setenv("GSHARD_PROCESS_ID", "3")
    with pytest.raises(DistributedError, match="process id 3"):
        initialize()
    with pytest.raises(DistributedError, match="cpu_collectives"):
        initialize(cpu_collectives="nccl")


def test_initialize_leaves_launchers_to_jax(monkeypatch):
    """With nothing set, only an evident multi-process launcher calls jax's auto-detection."""
    calls = []
    monkeypatch.setattr(jax.distributed, "initialize", lambda **kwargs: calls.append(kwargs))
    for name in ("GSHARD_COORDINATOR", "GSHARD_NUM_PROCESSES", "GSHARD_PROCESS_ID",
                 "JAX_COORDINATOR_ADDRESS", "OMPI_MCA_orte_hnp_uri"):
        monkeypatch.delenv(name, raising=False)
    for name, value in [("SLURM_JOB_ID", "7"), ("SLURM_STEP_NODELIST", "node[1-2]"),
                        ("SLURM_PROCID", "0"), ("SLURM_LOCALID", "0"), ("SLURM_NTASKS", "1")]:
        monkeypatch.setenv(name, value)
    assert initialize(cpu_collectives=None) is False  # a one-task SLURM job stays one process
    monkeypatch.setenv("SLURM_NTASKS", "2")
    assert initialize(cpu_collectives=None) is True
    assert initialize("auto", process_id=1, cpu_collectives=None) is True
    assert calls == [{}, {"process_id": 1}]


def test_cli_options_reach_initialize(capsys):
    args = cli.build_parser().parse_args(["--coordinator", "10.0.0.1:1234", "--num-processes", "2",
                                     "--process-id", "1", "demo"])
    assert (args.coordinator, args.num_processes, args.process_id) == ("10.0.0.1:1234", 2, 1)
    assert cli.main(["--coordinator", "10.0.0.1", "--num-processes", "2", "--process-id", "0",
                     "demo"]) == 2
    assert "is not HOST:PORT" in capsys.readouterr().err


def test_process_rows():
    assert [process_rows(16, i, 4) for i in range(4)] == [
        slice(0, 4), slice(4, 8), slice(8, 12), slice(12, 16)]
    rows = np.arange(12)
    assert np.concatenate([rows[process_rows(12, i, 3)] for i in range(3)]).tolist() == [*range(12)]
    assert process_rows(8) == slice(0, 8)  # this pytest process is the only one
    with pytest.raises(DistributedError, match="multiple of 4"):
        process_rows(10, 0, 4)
    with pytest.raises(DistributedError, match="outside"):
        process_rows(8, 2, 2)
