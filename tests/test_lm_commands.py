"""`gshard-jax lm train|generate` as a user runs them: MLflow tracking read back with MLflow's
own client (params, metrics with their steps, artifacts; a resumed run appends to the same
MLflow run), generation on stdout, and bad input refused with exit 2 naming the fix before
anything is written."""

import json
import os
import sys

import pytest

from gshard_jax.cli import main
from gshard_jax.config import LMConfig, iter_fields
from gshard_jax.engine.rundir import RunDir
from tests.helpers import snapshot, tiny_lm_config, write_config_file, write_lm_text

mlflow_tracking = pytest.importorskip("mlflow.tracking", reason="MLflow is the tracking extra")


@pytest.fixture(scope="module")
def lm_run(tmp_path_factory):
    """A 4-step tiny LM run tracked in MLflow (validation at steps 2 and 4)."""
    root = tmp_path_factory.mktemp("lm")
    text = write_lm_text(root / "text.txt")
    cfg = tiny_lm_config(text, root / "run", 4, tracking="mlflow")
    config_file = write_config_file(cfg, root / "lm.py")
    assert main(["lm", "train", "--config", config_file]) == 0
    return {"root": root, "text": text, "config": config_file, "workdir": str(root / "run")}


def _client_and_run(workdir):
    client = mlflow_tracking.MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    with open(os.path.join(workdir, "mlflow_run.json")) as f:
        return client, json.load(f)["run_id"]


def _steps(client, run_id, key):
    return [(m.step, m.value) for m in client.get_metric_history(run_id, key)]


def test_mlflow_gets_params_metrics_with_steps_and_artifacts_and_a_resume_appends(lm_run, capsys):
    workdir = lm_run["workdir"]
    client, run_id = _client_and_run(workdir)
    run = client.get_run(run_id)
    assert run.info.status == "FINISHED"
    params = run.data.params
    assert len(params) == len(list(iter_fields(LMConfig)))  # the flattened config, every field
    assert params["model.d_model"] == "32" and params["model.moe.num_experts"] == "4"
    assert params["run.tracking"] == "mlflow" and params["data.corpus"] == lm_run["text"]
    # Every logged metric with its step, equal to the JSON lines.
    jsonl = {r["step"]: r["loss"] for r in RunDir(workdir).metrics() if r["split"] == "train"}
    history = _steps(client, run_id, "train/loss")
    assert [s for s, _ in history] == sorted(jsonl) == [1, 2, 3, 4]
    assert [v for _, v in history] == pytest.approx([jsonl[s] for s in sorted(jsonl)])
    assert [s for s, _ in _steps(client, run_id, "val/bpc")] == [2, 4]
    summary = json.load(open(os.path.join(workdir, "summary.json")))
    assert run.data.metrics["final/val_bpc"] == pytest.approx(summary["val_bpc"])
    assert {a.path for a in client.list_artifacts(run_id)} == {"config.json", "summary.json",
                                                               "vocab.json"}
    # Resuming (two more steps) continues the same MLflow run.
    assert main(["lm", "train", "--config", lm_run["config"], "--set", "run.steps=6"]) == 0
    assert "step 6: validation loss" in capsys.readouterr().out
    assert _client_and_run(workdir)[1] == run_id
    assert [s for s, _ in _steps(client, run_id, "train/loss")] == [1, 2, 3, 4, 5, 6]
    assert [s for s, _ in _steps(client, run_id, "val/bpc")] == [2, 4, 6]
    assert len(client.search_runs([run.info.experiment_id])) == 1
    assert client.get_run(run_id).info.status == "FINISHED"


def test_generate_prints_the_prompt_and_its_continuation(lm_run, capsys):
    argv = ["lm", "generate", "--workdir", lm_run["workdir"], "--prompt", "The red",
            "--max-chars", "24", "--temperature", "0.8", "--top-k", "5", "--seed", "1"]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert first.startswith("The red") and len(first) == len("The red") + 24 + 1
    assert main(argv) == 0
    assert capsys.readouterr().out == first  # same seed, same text


def test_translation_train_tracks_into_mlflow_too(tmp_path):
    from gshard_jax.translation.evaluate import track_test_results as _track_results
    from tests.helpers import toy_train_config, write_toy_corpus

    corpus = write_toy_corpus(tmp_path / "toy.tsv", pairs=200)
    cfg = toy_train_config(corpus, tmp_path / "run", 2, tracking="mlflow")
    assert main(["train", "--no-eval", "--config", write_config_file(cfg, tmp_path / "t.py")]) == 0
    _track_results(cfg, {"step": 2, "bleu": 1.5, "chrf": 9.0})  # what `train` does after testing
    client, run_id = _client_and_run(str(tmp_path / "run"))
    run = client.get_run(run_id)
    assert run.data.params["data.tgt_lang"] == "es"
    assert [s for s, _ in _steps(client, run_id, "train/loss")] == [1, 2]
    assert run.data.metrics["final/test_bleu"] == 1.5


# ---------------------------------------------------------------------------------------------
# Bad input


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _a_file_where_a_directory_should_be(p) -> str:
    blocker = _write(p / "blocker", b"not a directory")
    return f"sqlite:///{blocker}/stores/mlflow.db"


TRAIN = ["lm", "train"]
# id -> (argv from (lm_run, new workdir, tmp), words the error must contain)
CASES = {
    "prompt_outside_vocabulary": (
        lambda r, w, p: ["lm", "generate", "--workdir", r["workdir"], "--prompt", "Zürich dog"],
        ["outside this run's vocabulary", "'Z' (U+005A)", "'ü' (U+00FC)", "remove or replace"]),
    "prompt_empty": (lambda r, w, p: ["lm", "generate", "--workdir", r["workdir"], "--prompt", ""],
                     ["--prompt is empty"]),
    "text_empty": (lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", w, "--set",
                                            f"data.corpus={_write(p / 'empty.txt', b'')}"],
                   ["is empty", "data.corpus=bundled"]),
    "text_not_utf8": (lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", w, "--set",
                                               f"data.corpus={_write(p / 'l1.txt', 'el niño'.encode('latin-1'))}"],
                      ["is not UTF-8 text (byte 5, line 1)", "iconv -f latin1 -t utf-8"]),
    "text_missing": (lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", w, "--set",
                                              f"data.corpus={p / 'gone.txt'}"],
                     ["No such file", "data.corpus=bundled"]),
    "block_size_larger_than_text": (
        lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", w, "--set",
                                 f"data.corpus={_write(p / 'short.txt', b'the red dog eats bread. ' * 6)}"],
        ["model.block_size=16 needs windows of 17 characters", "validation split", "has 14 (of 144",
         "lower model.block_size to at most 13"]),
    "tracking_uri_not_writable": (
        lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", w, "--set",
                                 f"run.tracking_uri={_a_file_where_a_directory_should_be(p)}"],
        ["run.tracking_uri=sqlite:///", "blocker is a file", "writable directory"]),
    "tracking_uri_file_store": (
        lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", w, "--set",
                                 f"run.tracking_uri={p / 'mlruns'}"],
        ["run.tracking_uri=", "use a SQLite file, e.g. sqlite:///"]),
    "resume_on_another_text": (
        lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", r["workdir"], "--set",
                                 f"data.corpus={_write(p / 'other.txt', b'Quiet xylophones. ' * 50)}"],
        ["was trained on a text without", "'Q' (U+0051)", "new run.workdir"]),
    "generate_without_a_run": (lambda r, w, p: ["lm", "generate", "--workdir", w, "--prompt", "a"],
                               ["no config.json", "lm train"]),
    "batch_not_split_by_data_shards": (
        lambda r, w, p: TRAIN + ["--config", r["config"], "--workdir", w, "--set", "data.batch_size=12"],
        ["batch size 12 is not divisible by the 8 data shards"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_exits_2_naming_the_fix_before_writing_anything(case, lm_run, tmp_path, capsys):
    argv_for, words = CASES[case]
    new = tmp_path / "new"
    before = snapshot(lm_run["workdir"])
    assert main(argv_for(lm_run, str(new), tmp_path)) == 2
    err = capsys.readouterr().err
    for word in words:
        assert word in err, f"{word!r} not in: {err}"
    assert snapshot(lm_run["workdir"]) == before
    assert not new.exists()


def test_missing_mlflow_is_refused_with_how_to_install_it(lm_run, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "mlflow.tracking", None)  # import fails as if absent
    assert main(["lm", "train", "--config", lm_run["config"], "--workdir", str(tmp_path / "new")]) == 2
    assert "pip install 'gshard_jax[tracking]'" in capsys.readouterr().err
    assert not (tmp_path / "new").exists()
