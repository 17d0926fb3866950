"""The commands as a user runs them: translate through pipes, one writer per run directory,
shard-report without training, demo with a config file, and every flag's validation."""

import os
import signal
import subprocess
import sys
import time

import pytest

from gshard_jax.cli import main
from gshard_jax.engine.rundir import RunDir
from tests.helpers import toy_train_config, write_config_file, write_toy_corpus


def _cli(*args) -> list[str]:
    return [sys.executable, "-m", "gshard_jax.cli", *args]


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    root = tmp_path_factory.mktemp("commands")
    corpus = write_toy_corpus(root / "toy.tsv")
    return {"root": root, "corpus": corpus}


def _config_file(toy, name, steps, **run) -> tuple[str, str]:
    workdir = toy["root"] / name
    cfg = toy_train_config(toy["corpus"], workdir, steps, cache_dir=toy["root"] / "cache", **run)
    return write_config_file(cfg, toy["root"] / f"{name}.py"), str(workdir)


def test_translate_writes_exactly_one_line_per_input_line_to_stdout(toy, tmp_path):
    config_file, workdir = _config_file(toy, "translate_run", 2)
    assert main(["train", "--no-eval", "--config", config_file]) == 0
    lines = ["the red dog eats", "", "the big house", "sun and water   ", "the cat"]
    (tmp_path / "in.txt").write_text("\n".join(lines) + "\n")
    with open(tmp_path / "in.txt") as stdin, open(tmp_path / "out.txt", "w") as stdout:
        done = subprocess.run(_cli("translate", "--workdir", workdir), stdin=stdin, stdout=stdout,
                              stderr=subprocess.PIPE, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    out = (tmp_path / "out.txt").read_text()
    assert out.endswith("\n") and len(out.splitlines()) == len(lines), out
    # Whatever the command says goes to stderr, never into the translations.
    assert "tokenizer:" not in out and "corpus:" not in out and "resuming" not in out


def test_a_run_directory_copied_elsewhere_translates_without_corpus_or_cache(tmp_path, capsys):
    """The run directory carries its tokenizer: copy it, delete the corpus and the tokenizer
    cache, and `translate --workdir COPY` still writes the same translations."""
    import shutil

    corpus = write_toy_corpus(tmp_path / "toy.tsv")
    cfg = toy_train_config(corpus, tmp_path / "run", 2, cache_dir=tmp_path / "cache")
    assert main(["train", "--no-eval", "--config", write_config_file(cfg, tmp_path / "c.py")]) == 0
    assert (tmp_path / "run" / "tokenizer.model").read_bytes() == next(
        (tmp_path / "cache").glob("spm-*.model")).read_bytes()
    lines = ["the red dog eats", "the big house"]
    (tmp_path / "in.txt").write_text("\n".join(lines) + "\n")
    capsys.readouterr()
    assert main(["translate", "--workdir", str(tmp_path / "run"),
                 "--input", str(tmp_path / "in.txt")]) == 0
    original = capsys.readouterr().out
    shutil.copytree(tmp_path / "run", tmp_path / "elsewhere" / "copied")
    shutil.rmtree(tmp_path / "run")
    shutil.rmtree(tmp_path / "cache")
    os.remove(corpus)
    assert main(["translate", "--workdir", str(tmp_path / "elsewhere" / "copied"),
                 "--input", str(tmp_path / "in.txt")]) == 0
    copied = capsys.readouterr().out
    assert copied == original and len(copied.splitlines()) == len(lines)
    assert not (tmp_path / "cache").exists()  # nothing was retrained


def test_train_without_config_uses_the_default_shipped_in_the_package(tmp_path, monkeypatch):
    """Outside the repository `train` needs no --config: the default experiment ships in the
    package (shown here with shard-report, which loads the same default without training)."""
    from gshard_jax.cli import DEFAULT_TRAIN_CONFIG, build_parser
    from gshard_jax.config import load_config_file

    monkeypatch.chdir(tmp_path)
    args = build_parser().parse_args(["train"])
    assert os.path.isfile(args.config) and args.config == DEFAULT_TRAIN_CONFIG
    default = load_config_file(args.config)
    from experiments.configs.en_es_moe import CONFIG as experiment
    assert default == experiment and default.run.steps == 1400
    assert main(["shard-report"]) == 0


def _wait_for_lock_holder(process, workdir, timeout=300.0) -> None:
    path = os.path.join(workdir, ".lock")
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.exists(path) and f"pid {process.pid}" in open(path).read():
            return
        assert process.poll() is None, "the first trainer exited before taking its lock"
        time.sleep(0.05)
    raise AssertionError("the first trainer never took the lock")


def _train_steps(workdir) -> list[int]:
    return [r["step"] for r in RunDir(workdir).metrics() if r["split"] == "train"]


def test_second_train_on_a_run_directory_exits_2_and_the_first_finishes_undisturbed(toy, capsys):
    steps = 40
    config_file, workdir = _config_file(toy, "busy_run", steps)
    first = subprocess.Popen(_cli("train", "--no-eval", "--config", config_file),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_lock_holder(first, workdir)
        first.send_signal(signal.SIGSTOP)  # hold it mid-run, lock taken, while the second tries
        try:
            assert main(["train", "--no-eval", "--config", config_file]) == 2
        finally:
            first.send_signal(signal.SIGCONT)
        err = capsys.readouterr().err
        assert f"being trained by another process (pid {first.pid}" in err, err
        assert "another --workdir" in err
        _, first_err = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, first_err
    assert _train_steps(workdir) == list(range(1, steps + 1))  # every step once, in order
    assert sorted(int(n) for n in os.listdir(os.path.join(workdir, "checkpoints")) if n.isdigit())[-1] == steps


def test_lock_of_a_killed_trainer_does_not_block_the_rerun(toy, capsys):
    config_file, workdir = _config_file(toy, "killed_run", 30)
    first = subprocess.Popen(_cli("train", "--no-eval", "--config", config_file),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_lock_holder(first, workdir)
    first.kill()
    first.wait()
    assert f"pid {first.pid}" in open(os.path.join(workdir, ".lock")).read()  # left behind
    assert main(["train", "--no-eval", "--config", config_file]) == 0
    assert _train_steps(workdir)[-1] == 30


def test_shard_report_prints_each_parameters_layout_without_training(toy, tmp_path, capsys):
    config_file, workdir = _config_file(toy, "report_run", 2)
    assert main(["shard-report", "--config", config_file, "--set", "mesh.expert=4",
                 "--set", "mesh.rules=mlp=model"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if "/ffn/" in line}
    # toy model: d_model 32, expert_d_ff 32, E=4 on the expert axis (4 devices): per device
    # one expert = 32*32 float32 = 4 KiB of the 16 KiB total.
    wi = rows["encoder/1/ffn/wi"]
    assert wi[1] == "4x32x32" and "expert," in out and wi[-4:] == ["4.0", "KiB", "16.0", "KiB"]
    assert "mesh {'data': 2, 'expert': 4, 'model': 1}" in out
    assert not os.path.exists(workdir)  # nothing trained, nothing written


def test_demo_honours_its_config_file(toy, capsys):
    config_file, _ = _config_file(toy, "demo_run", 2)
    assert main(["demo", "--config", config_file, "--steps", "2", "--batch-size", "32"]) == 0
    out = capsys.readouterr().out
    assert "mesh {'data': 4, 'expert': 2, 'model': 1}" in out  # the toy config's mesh
    assert "encoder/1/ffn/wi" in out and "4x32x32" in out  # its model (E=4, d_model 32)


@pytest.mark.parametrize("argv,words", [
    (["evaluate", "--workdir", "x", "--limit", "0"], "--limit: must be at least 1"),
    (["evaluate", "--workdir", "x", "--split", "train"], "invalid choice: 'train'"),
    (["demo", "--steps", "-1"], "--steps: must be at least 1"),
    (["demo", "--batch-size", "many"], "expected an integer"),
    (["--cpu-devices", "-2", "demo"], "--cpu-devices: must be at least 0"),
    (["--num-processes", "0", "train"], "--num-processes: must be at least 1"),
    (["demo", "--workdir", "x"], "unrecognized arguments: --workdir"),
    (["lm", "generate", "--workdir", "x", "--prompt", "a", "--temperature", "-1"],
     "--temperature: must be a finite number >= 0"),
    (["lm", "generate", "--workdir", "x", "--prompt", "a", "--top-k", "-1"], "--top-k: must be at least 0"),
    (["lm", "generate", "--workdir", "x", "--prompt", "a", "--max-chars", "0"], "--max-chars: must be at least 1"),
    (["lm", "generate", "--workdir", "x"], "the following arguments are required: --prompt"),
    (["lm", "fly"], "invalid choice: 'fly'"),
])
def test_every_flag_is_validated(argv, words, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert words in capsys.readouterr().err


def test_demo_batch_that_does_not_split_is_a_clear_error(capsys):
    assert main(["demo", "--steps", "1", "--batch-size", "12"]) == 2
    assert "not divisible by the 8 data shards" in capsys.readouterr().err
