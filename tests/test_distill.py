"""Mixture-of-Students: the KD term is 0 when the student is the teacher, equals a float64
reference otherwise, stops after its stop step, and `gshard-jax distill` trains a shallower
student, resumes, compares BLEU with the teacher, and refuses bad teachers before writing."""

import dataclasses
import os

import jax
import numpy as np
import pytest

from gshard_jax.cli import main
from gshard_jax.config import DistillConfig
from gshard_jax.translation.distill import DistillTask
from gshard_jax.engine.rundir import RunDir
from tests.helpers import tiny_config, toy_train_config, write_config_file, write_toy_corpus
from tests.reference import softmax64


def _batch(seed=0):
    rng = np.random.default_rng(seed)
    src, tgt = rng.integers(1, 64, (16, 8)), rng.integers(1, 64, (16, 8))
    tgt[2, 5:] = 0
    return {"src": src, "tgt": tgt}


def test_kd_term_is_zero_for_the_teacher_itself_and_matches_a_float64_reference():
    teacher_cfg = tiny_config(data=8, preset="data")
    cfg = dataclasses.replace(teacher_cfg, distill=DistillConfig(beta=0.7, temperature=2.0))
    task = DistillTask(cfg, teacher_cfg)
    batch = task.shard_batch(_batch())
    params = task.init_state(0).params
    # Jitted, as in training: eager calls would run dozens of small 8-device programs, each
    # with collectives, which a loaded 2-core host can starve past XLA's rendezvous timeout.
    loss = jax.jit(lambda student, teacher: task.loss(student, batch, None, teacher)[1])
    logits = jax.jit(lambda p: task.model(p)(batch["src"], batch["tgt"], None)[0])
    same = loss(params, params)
    assert abs(float(same["kd_loss"])) < 1e-6 and float(same["ce"]) > 1.0
    student = task.init_state(1).params  # another initialisation
    metrics = loss(student, params)
    s_logits, t_logits = logits(student), logits(params)
    p_t, p_s = softmax64(np.asarray(t_logits) / 2.0), softmax64(np.asarray(s_logits) / 2.0)
    kl = (p_t * (np.log(p_t) - np.log(p_s))).sum(-1)
    weights = np.asarray(batch["tgt"]) > 0
    expected = 0.7 * 2.0 ** 2 * (kl * weights).sum() / weights.sum()
    np.testing.assert_allclose(float(metrics["kd_loss"]), expected, rtol=1e-4)
    np.testing.assert_allclose(float(metrics["loss"]), float(metrics["ce"]) + expected
                               + cfg.model.moe.aux_loss_weight * float(metrics["aux_loss"]), rtol=1e-5)


@pytest.fixture(scope="module")
def teacher(tmp_path_factory):
    root = tmp_path_factory.mktemp("mos")
    corpus = write_toy_corpus(root / "toy.tsv")
    cfg = toy_train_config(corpus, root / "teacher", 6, cache_dir=root / "cache")
    assert main(["train", "--no-eval", "--config", write_config_file(cfg, root / "t.py")]) == 0
    return {"root": root, "workdir": str(root / "teacher"), "corpus": corpus}


def test_distill_trains_a_shallower_student_stops_kd_resumes_and_compares_bleu(teacher, tmp_path, capsys):
    student = str(tmp_path / "student")
    argv = ["distill", "--teacher", teacher["workdir"], "--workdir", student,
            "--set", "model.num_encoder_layers=1", "--set", "model.num_decoder_layers=1",
            "--set", "model.moe_every=1", "--set", "distill.stop_step=3", "--set", "run.steps=4"]
    assert main(argv + ["--no-eval"]) == 0
    kd = {r["step"]: r.get("kd_loss") for r in RunDir(student).metrics() if r["split"] == "train"}
    assert kd[1] > 0 and kd[3] > 0 and kd[4] is None  # KD off after its stop step
    assert main(argv[:-1] + ["run.steps=6"]) == 0  # resumes to step 6, then compares BLEU
    out = capsys.readouterr()
    assert "resuming from step 4" in out.err
    assert sorted(r["step"] for r in RunDir(student).metrics() if r["split"] == "train") == list(range(1, 7))
    table = [line.split() for line in out.out.splitlines() if line.startswith(("teacher", "student"))]
    assert [row[:2] for row in table] == [["teacher", "2+2"], ["student", "1+1"]]
    assert all(0.0 <= float(row[2]) <= 100.0 for row in table)


@pytest.mark.parametrize("case,words", [
    ("missing", "does not exist"),
    ("other_vocabulary", "another vocabulary"),
    ("same_workdir", "directory of its own"),
])
def test_bad_teacher_exits_2_before_writing(case, words, teacher, tmp_path, capsys):
    student = str(tmp_path / "student")
    argv = {"missing": ["--teacher", str(tmp_path / "nope"), "--workdir", student],
            "other_vocabulary": ["--teacher", teacher["workdir"], "--workdir", student,
                                 "--set", "model.vocab_size=40"],
            "same_workdir": ["--teacher", teacher["workdir"], "--workdir", teacher["workdir"]]}[case]
    before = sorted(os.listdir(teacher["workdir"]))
    assert main(["distill"] + argv) == 2
    assert words in capsys.readouterr().err
    assert not os.path.exists(student)
    assert sorted(os.listdir(teacher["workdir"])) == before
