"""End-to-end trainer on a small synthetic parallel corpus: the loss falls, a run resumes
from its checkpoint, and the resumed trajectory equals an uninterrupted one."""

import dataclasses

import numpy as np
import pytest

from gshard_jax.engine.rundir import RunDir
from gshard_jax.translation.train import train
from tests.helpers import toy_train_config, write_toy_corpus


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory):
    return write_toy_corpus(tmp_path_factory.mktemp("corpus") / "toy.tsv")


def _config(corpus_path, workdir, steps):
    return toy_train_config(corpus_path, workdir, steps)


def _losses(workdir):
    return {r["step"]: r["loss"] for r in RunDir(str(workdir)).metrics() if r["split"] == "train"}


def test_loss_falls_and_resume_matches_uninterrupted_run(corpus_path, tmp_path):
    straight = tmp_path / "straight"
    train(_config(corpus_path, straight, 12), quiet=True)
    losses = _losses(straight)
    assert np.mean([losses[s] for s in (10, 11, 12)]) < np.mean([losses[s] for s in (1, 2, 3)]) - 0.3

    interrupted = tmp_path / "interrupted"
    train(_config(corpus_path, interrupted, 6), quiet=True)  # checkpoint at step 6, then stop
    summary = train(_config(corpus_path, interrupted, 12), quiet=True)  # resumes at step 6
    assert summary["step"] == 12
    resumed = _losses(interrupted)
    np.testing.assert_allclose([resumed[s] for s in range(7, 13)],
                               [losses[s] for s in range(7, 13)], rtol=1e-5)


def test_resume_with_a_different_model_is_refused(corpus_path, tmp_path):
    from gshard_jax.config import ConfigError
    cfg = _config(corpus_path, tmp_path / "run", 1)
    train(cfg, quiet=True)
    wider = dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, d_model=48))
    with pytest.raises(ConfigError, match="different 'model' config"):
        train(wider, quiet=True)


def test_auto_moe_mode_times_every_candidate_and_keeps_the_fastest(corpus_path, tmp_path):
    cfg = _config(corpus_path, tmp_path / "auto", 3)
    cfg = dataclasses.replace(cfg, mesh=dataclasses.replace(cfg.mesh, moe_mode="auto"))
    summary = train(cfg, quiet=True)
    [timing] = [r for r in RunDir(str(tmp_path / "auto")).metrics() if r["split"] == "moe_mode"]
    times = {k[: -len("_step_s")]: v for k, v in timing.items() if k.endswith("_step_s")}
    assert set(times) == {"alltoall", "allgather"}  # the toy mesh: data=4, expert=2
    assert all(t > 0 for t in times.values())
    assert summary["moe_mode"] == min(times, key=times.get)
    assert sorted(_losses(tmp_path / "auto")) == [1, 2, 3]
