"""Faults during training: SIGKILL mid-run resumes exactly, a half-written checkpoint is never
used, SIGTERM saves before exiting, and a non-finite loss stops with a report and keeps the
last good checkpoint. The trainer runs as a real `gshard-jax train` subprocess where a signal
must reach it."""

import os
import shutil
import signal
import subprocess
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gshard_jax.engine.checkpoint import Checkpointer
from gshard_jax.engine.loop import NonFiniteLossError
from gshard_jax.engine.rundir import RunDir
from gshard_jax.translation.task import TranslationTask
from gshard_jax.translation.train import train
from tests.helpers import toy_train_config, write_config_file, write_toy_corpus

STEPS = 80  # long enough that the first checkpoint lands well before the end


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory):
    return write_toy_corpus(tmp_path_factory.mktemp("corpus") / "toy.tsv")


def _losses(workdir) -> dict[int, float]:
    """Train loss per step; a step repeated after a resume keeps its latest record."""
    return {r["step"]: r["loss"] for r in RunDir(str(workdir)).metrics() if r["split"] == "train"}


def _start_trainer(config_file, log_path) -> subprocess.Popen:
    log = open(log_path, "w")
    return subprocess.Popen([sys.executable, "-m", "gshard_jax.cli", "train", "--config", config_file,
                             "--no-eval"], stdout=log, stderr=subprocess.STDOUT, cwd=os.getcwd())


def _steps_on_disk(workdir) -> list[int]:
    """Committed checkpoint steps (Orbax names a finished step by its number alone)."""
    directory = os.path.join(workdir, "checkpoints")
    names = os.listdir(directory) if os.path.isdir(directory) else []
    return sorted(int(n) for n in names if n.isdigit())


def _wait_for_checkpoint(process, workdir, timeout=300.0) -> int:
    deadline = time.time() + timeout
    while time.time() < deadline:
        steps = _steps_on_disk(workdir)
        if steps:
            return steps[-1]
        assert process.poll() is None, "trainer exited before its first checkpoint"
        time.sleep(0.02)
    raise AssertionError("no checkpoint appeared")


def _plant_half_written_checkpoint(workdir, step: int, target_step: int) -> str:
    """A copy of checkpoint `step` under Orbax's in-progress name for a later step, with its
    largest file cut in half: what a SIGKILL during a save leaves behind."""
    directory = os.path.join(workdir, "checkpoints")
    partial = os.path.join(directory, f"{target_step}.orbax-checkpoint-tmp-1700000000")
    shutil.copytree(os.path.join(directory, str(step)), partial)
    files = [os.path.join(root, f) for root, _, names in os.walk(partial) for f in names]
    largest = max(files, key=os.path.getsize)
    with open(largest, "r+b") as f:
        f.truncate(os.path.getsize(largest) // 2)
    return partial


def test_sigkill_then_rerun_resumes_exactly_and_ignores_a_half_written_checkpoint(corpus_path, tmp_path):
    straight = tmp_path / "straight"
    train(toy_train_config(corpus_path, straight, STEPS, checkpoint_every=10), quiet=True)

    killed = tmp_path / "killed"
    config_file = write_config_file(toy_train_config(corpus_path, killed, STEPS, checkpoint_every=10),
                                    tmp_path / "killed.py")
    process = _start_trainer(config_file, tmp_path / "first.log")
    _wait_for_checkpoint(process, killed)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    newest = _steps_on_disk(killed)[-1]
    assert 0 < newest < STEPS, "the kill must land mid-run"
    logged = max(_losses(killed))
    _plant_half_written_checkpoint(killed, newest, target_step=STEPS - 1)

    rerun = _start_trainer(config_file, tmp_path / "second.log")
    assert rerun.wait(timeout=600) == 0, (tmp_path / "second.log").read_text()[-2000:]
    output = (tmp_path / "second.log").read_text()
    assert f"resuming from step {newest} " in output  # the newest *complete* checkpoint
    expected, resumed = _losses(straight), _losses(killed)
    assert sorted(resumed) == list(range(1, STEPS + 1))
    assert logged >= newest  # steps after the checkpoint were lost by the kill and redone
    np.testing.assert_allclose([resumed[s] for s in range(1, STEPS + 1)],
                               [expected[s] for s in range(1, STEPS + 1)], rtol=1e-5)


def test_sigterm_saves_a_checkpoint_then_exits_and_the_rerun_continues(corpus_path, tmp_path):
    workdir = tmp_path / "run"
    # Checkpoints only at the end, so the one SIGTERM leaves is its own.
    cfg = toy_train_config(corpus_path, workdir, 100_000, checkpoint_every=100_000)
    config_file = write_config_file(cfg, tmp_path / "run.py")
    process = _start_trainer(config_file, tmp_path / "first.log")
    deadline = time.time() + 300
    while not _losses(workdir) or max(_losses(workdir)) < 5:  # well into training
        assert process.poll() is None and time.time() < deadline, (tmp_path / "first.log").read_text()
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=120) == 128 + signal.SIGTERM
    output = (tmp_path / "first.log").read_text()
    saved = _steps_on_disk(workdir)
    assert len(saved) == 1 and f"SIGTERM: saved step {saved[0]}" in output
    assert saved[0] >= 5 and saved[0] == max(_losses(workdir))  # nothing trained is lost

    resumed = train(toy_train_config(corpus_path, workdir, saved[0] + 3, checkpoint_every=100_000),
                    quiet=True)
    assert resumed["step"] == saved[0] + 3 and "stopped_by" not in resumed


class _PoisonedRouterTask(TranslationTask):
    """Sets one MoE router's weights to NaN just before training step `at_step`."""

    at_step: int = 0
    stack: str = "encoder"

    @property
    def train_step(self):
        clean_step = super().train_step

        def train_step(state, batch):
            if int(state.step) + 1 == self.at_step:
                router = (self.stack, 1, "ffn", "gate")
                params = jax.tree_util.tree_map_with_path(
                    lambda path, x: x * jnp.nan if tuple(k.key for k in path) == router else x,
                    state.params)
                state = state.replace(params=params)
            return clean_step(state, batch)

        return train_step


@pytest.mark.parametrize("stack", ["encoder", "decoder"])
def test_non_finite_loss_stops_with_a_report_and_keeps_the_last_good_checkpoint(
        corpus_path, tmp_path, monkeypatch, stack):
    poisoned = type("Poisoned", (_PoisonedRouterTask,), {"at_step": 9, "stack": stack})
    monkeypatch.setattr("gshard_jax.translation.train.TranslationTask", poisoned)
    cfg = toy_train_config(corpus_path, tmp_path / "run", 20, checkpoint_every=4)
    with pytest.raises(NonFiniteLossError) as error:
        train(cfg, quiet=True)
    message = str(error.value)
    assert "non-finite" in message and "loss" in message and "at step 9" in message
    assert f"first MoE router with non-finite output is {stack}.1" in message
    assert "last good checkpoint (step 8)" in message
    assert _steps_on_disk(tmp_path / "run") == [4, 8]  # step 9 was never saved
    monkeypatch.undo()
    # The kept checkpoint is finite and restores.
    task = TranslationTask(cfg)
    with Checkpointer(str(tmp_path / "run" / "checkpoints")) as ckpt:
        state, _ = ckpt.restore(task.abstract_state())
    assert int(state.step) == 8
    assert all(np.isfinite(np.asarray(x)).all() for x in jax.tree.leaves(state.params))
