"""Resume never depends on one checkpoint, and a save that fails stops the run cleanly.

A real tiny run keeps checkpoints 4, 8 and 12. Its newest is damaged as a disk fault or a cut
copy would leave it; the rerun resumes from step 8, moves step 12 aside (kept), trains 9..12
again with exactly the losses of an uninterrupted run, and the metrics file holds each step
once (the damaged run's records of 9..12 go to the superseded file, marked). A checkpoint
directory made read-only mid-run stops training with exit 2; once writable again, the rerun
resumes and finishes.
"""

import os
import shutil
import subprocess
import sys
import time

import numpy as np
import pytest

from gshard_jax.cli import main
from gshard_jax.engine.rundir import RunDir
from gshard_jax.translation.train import train
from tests.helpers import toy_train_config, write_config_file, write_toy_corpus

STEPS, EVERY = 12, 4


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory):
    return write_toy_corpus(tmp_path_factory.mktemp("corpus") / "toy.tsv")


@pytest.fixture(scope="module")
def straight_losses(corpus_path, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("straight") / "run"
    train(toy_train_config(corpus_path, workdir, STEPS, checkpoint_every=EVERY), quiet=True)
    return _losses(workdir)


def _losses(workdir) -> dict[int, float]:
    records = [r for r in RunDir(str(workdir)).metrics() if r["split"] == "train"]
    steps = [r["step"] for r in records]
    assert len(steps) == len(set(steps)), f"a step logged twice: {sorted(steps)}"
    return {r["step"]: r["loss"] for r in records}


def _largest_array_file(step_dir) -> str:
    """The largest file of the array data Orbax restores from (`state/d/`, the merged OCDBT
    data; the per-process `ocdbt.process_0/` files are only the save's staging)."""
    data = os.path.join(step_dir, "state", "d")
    return max((os.path.join(data, f) for f in os.listdir(data)), key=os.path.getsize)


def _truncate(path) -> None:
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) // 2)


DAMAGES = {
    "largest array file truncated": lambda step_dir: _truncate(_largest_array_file(step_dir)),
    "metadata file deleted": lambda step_dir: os.remove(os.path.join(step_dir, "state", "_METADATA")),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_newest_checkpoint_is_moved_aside_and_the_run_resumes_from_the_previous(
        damage, corpus_path, straight_losses, tmp_path, capsys):
    workdir = tmp_path / "run"
    cfg = toy_train_config(corpus_path, workdir, STEPS, checkpoint_every=EVERY)
    train(cfg, quiet=True)
    checkpoints = workdir / "checkpoints"
    assert sorted(os.listdir(checkpoints)) == ["12", "4", "8"]
    DAMAGES[damage](checkpoints / "12")
    capsys.readouterr()

    summary = train(cfg, quiet=True)  # the same command again
    err = capsys.readouterr().err
    assert summary["step"] == STEPS
    assert "resuming from step 8 " in err and "step 12" in err and "12.damaged" in err, err
    assert sorted(os.listdir(checkpoints)) == ["12", "12.damaged", "4", "8"]
    resumed = _losses(workdir)  # each step once
    assert sorted(resumed) == list(range(1, STEPS + 1))
    np.testing.assert_allclose([resumed[s] for s in range(9, STEPS + 1)],
                               [straight_losses[s] for s in range(9, STEPS + 1)], rtol=1e-5)
    superseded = [r for r in RunDir(str(workdir)).read_superseded_metrics() if r["split"] == "train"]
    assert sorted(r["step"] for r in superseded) == list(range(9, STEPS + 1))
    assert {r["superseded_at"] for r in superseded} == {8}


def test_with_no_readable_checkpoint_train_exits_2_and_moves_nothing(corpus_path, tmp_path, capsys):
    workdir = tmp_path / "run"
    cfg = toy_train_config(corpus_path, workdir, STEPS, checkpoint_every=EVERY)
    train(cfg, quiet=True)
    for step in ("4", "8", "12"):
        _truncate(_largest_array_file(workdir / "checkpoints" / step))
    config_file = write_config_file(cfg, tmp_path / "run.py")
    capsys.readouterr()
    assert main(["train", "--no-eval", "--config", config_file]) == 2
    err = capsys.readouterr().err
    assert "none of the 3 checkpoints" in err and "nothing was moved" in err and "Traceback" not in err
    assert sorted(os.listdir(workdir / "checkpoints")) == ["12", "4", "8"]


def test_translate_uses_the_newest_readable_checkpoint(corpus_path, tmp_path, capsys):
    workdir = tmp_path / "run"
    cfg = toy_train_config(corpus_path, workdir, 8, checkpoint_every=EVERY)
    train(cfg, quiet=True)
    (tmp_path / "in.txt").write_text("the red dog\n")
    args = ["translate", "--workdir", str(workdir), "--input", str(tmp_path / "in.txt")]
    capsys.readouterr()
    shutil.copytree(workdir / "checkpoints" / "8", tmp_path / "step8")
    shutil.rmtree(workdir / "checkpoints" / "8")
    shutil.copytree(workdir / "checkpoints" / "4", workdir / "checkpoints" / "8")  # 4's state as 8
    assert main(args) == 0
    from_four = capsys.readouterr().out  # what step 4's parameters translate
    shutil.rmtree(workdir / "checkpoints" / "8")
    shutil.copytree(tmp_path / "step8", workdir / "checkpoints" / "8")
    _truncate(_largest_array_file(workdir / "checkpoints" / "8"))
    assert main(args) == 0
    out = capsys.readouterr()
    assert out.out == from_four and "8.damaged" in out.err
    assert sorted(os.listdir(workdir / "checkpoints")) == ["4", "8.damaged"]


def _make_read_only(path) -> None:
    """Read-only even for root (CI runs as root, whom file modes do not stop)."""
    os.chmod(path, 0o555)
    if os.access(path, os.W_OK) and shutil.which("chattr"):
        subprocess.run(["chattr", "+i", str(path)], check=True)
    probe = os.path.join(path, "probe")
    with pytest.raises(OSError):
        open(probe, "w").close()


def _make_writable(path) -> None:
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(path)], check=False)
    os.chmod(path, 0o755)


def test_a_save_into_a_read_only_directory_exits_2_and_the_run_resumes_once_writable(
        corpus_path, tmp_path):
    workdir = tmp_path / "run"
    cfg = toy_train_config(corpus_path, workdir, 200, checkpoint_every=2)
    config_file = write_config_file(cfg, tmp_path / "run.py")
    log = open(tmp_path / "first.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "gshard_jax.cli", "train", "--no-eval",
                                "--config", config_file], stdout=log, stderr=subprocess.STDOUT)
    checkpoints = workdir / "checkpoints"
    deadline = time.time() + 300
    while not (checkpoints.is_dir() and RunDir(str(workdir)).checkpoint_steps()):
        assert process.poll() is None and time.time() < deadline, (tmp_path / "first.log").read_text()
        time.sleep(0.02)
    _make_read_only(checkpoints)
    try:
        assert process.wait(timeout=300) == 2, (tmp_path / "first.log").read_text()[-3000:]
        output = (tmp_path / "first.log").read_text()
        assert "failed" in output and "saving step" in output and "Traceback" not in output, output[-3000:]
        kept = RunDir(str(workdir)).checkpoint_steps()
        assert kept, "the checkpoints saved before the failure are gone"
    finally:
        _make_writable(checkpoints)
    short = toy_train_config(corpus_path, workdir, max(kept) + 2, checkpoint_every=2)
    assert main(["train", "--no-eval", "--config", write_config_file(short, tmp_path / "short.py")]) == 0
    assert max(_losses(workdir)) == max(kept) + 2
