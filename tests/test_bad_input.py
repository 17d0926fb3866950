"""Bad input of every kind the issue lists — config, mesh, corpus, checkpoint, command line.

Each case runs the real command line against a trained run and checks three things: the exit
status is non-zero, the one-line error names the problem and the fix, and every file of the
earlier run (checkpoints, config, metrics, hypotheses, scores) is byte-for-byte unchanged.
"""

import json
import os
import shutil

import pytest

from gshard_jax.cli import main
from tests.helpers import snapshot, toy_train_config, write_config_file, write_toy_corpus


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A finished tiny run (checkpoints at steps 3 and 6, test hypotheses and scores)."""
    root = tmp_path_factory.mktemp("trained")
    corpus = write_toy_corpus(root / "toy.tsv")
    workdir = root / "run"
    cfg = toy_train_config(corpus, workdir, 6, cache_dir=root / "cache", checkpoint_every=3)
    config_file = write_config_file(cfg, root / "tiny.py")
    assert main(["train", "--config", config_file]) == 0
    assert {"config.json", "metrics.jsonl", "test.hyp.es", "test.ref.es",
            "test_scores.json"} <= set(os.listdir(workdir))
    # The references written next to the hypotheses rescore to the saved BLEU.
    from gshard_jax.translation.bleu import corpus_bleu
    hyps, refs = ((workdir / f"test.{kind}.es").read_text().splitlines() for kind in ("hyp", "ref"))
    saved = json.loads((workdir / "test_scores.json").read_text())
    assert len(hyps) == len(refs) == saved["sentences"]
    assert corpus_bleu(hyps, refs) == pytest.approx(saved["bleu"])
    return {"root": root, "workdir": str(workdir), "config": config_file, "corpus": corpus}


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _toy_lines(trained) -> bytes:
    with open(trained["corpus"], "rb") as f:
        return f.read()


def _latin1_line_corpus(trained, tmp) -> str:
    """The toy corpus plus one Latin-1 line (line 601)."""
    return _write(tmp / "latin1.tsv", _toy_lines(trained) + "el niño\tthe boy\n".encode("latin-1"))


def _over_long_line_corpus(trained, tmp) -> str:
    """The toy corpus plus one 1,600-character source (line 601)."""
    return _write(tmp / "long.tsv", _toy_lines(trained) + b"the " * 400 + b"\tel\n")


def _moses_mismatch(trained, tmp):
    _write(tmp / "bad.en", b"the dog\nthe cat\nthe sun\n")
    _write(tmp / "bad.es", b"el perro\nel gato\n")
    return str(tmp / "bad")


def _truncate_every_checkpoint(workdir) -> None:
    """Cuts every array data file of every step to a third, as a full disk or a bad copy would
    (one damaged step is no bad input: the newest readable one is used, see
    tests/test_checkpoint_faults.py)."""
    for root, _, names in os.walk(os.path.join(workdir, "checkpoints")):
        for name in names if os.path.basename(root) == "d" else ():
            path = os.path.join(root, name)
            with open(path, "r+b") as f:
                f.truncate(os.path.getsize(path) // 3)


def _remove_checkpoints(workdir) -> None:
    shutil.rmtree(os.path.join(workdir, "checkpoints"))


# id -> (argv from (trained, workdir, tmp), damage applied to a copy of the run or None,
#        words the error must contain, exit status)
TRAIN = ["train", "--no-eval"]
CASES = {
    # config
    "unknown_key": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "model.nope=1"],
                    None, ["unknown config key 'model.nope'"], 2),
    "wrong_type": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "model.d_model=big"],
                   None, ["model.d_model", "expected a value of type int"], 2),
    "override_without_value": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "model.d_model"],
                               None, ["must look like section.field=value"], 2),
    "config_file_missing": (lambda t, w, p: TRAIN + ["--config", str(p / "nope.py"), "--workdir", w],
                            None, ["does not exist", "experiments/configs"], 2),
    "config_file_without_CONFIG": (lambda t, w, p: TRAIN + ["--config", _write(p / "empty.py", b"X = 1\n"), "--workdir", w],
                                   None, ["must define CONFIG"], 2),
    "mesh_larger_than_devices": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "mesh.expert=3"],
                                 None, ["does not divide the 8 available"], 2),
    "unknown_preset": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "mesh.preset=zero3"],
                       None, ["unknown sharding preset"], 2),
    "experts_not_divisible_by_expert_axis": (
        lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "model.moe.num_experts=3"],
        None, ["num_experts divisible by the expert axis"], 2),
    "resume_with_another_model": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "model.d_model=64"],
                                  None, ["different 'model' config", "run.workdir"], 2),
    "groups_do_not_divide_batch": (
        lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", str(p / "new"), "--set", "model.moe.group_size=48"],
        None, ["MoE groups of 48", "moe.group_size"], 2),
    "batch_too_small_for_data_axis": (
        lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", "data.tokens_per_batch=64"],
        None, ["fewer than batch_multiple=8", "tokens_per_batch"], 2),
    # corpus
    "corpus_missing": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set", f"data.corpus={p / 'gone.tsv'}"],
                       None, ["corpus file not found"], 2),
    "corpus_empty": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set",
                                              f"data.corpus={_write(p / 'empty.tsv', b'')}"],
                     None, ["no usable sentence pairs"], 2),
    "corpus_line_counts_differ": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set",
                                                           f"data.corpus={_moses_mismatch(t, p)}"],
                                  None, ["different line counts", "line-aligned"], 2),
    "corpus_invalid_utf8": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set",
                                                     f"data.corpus={_latin1_line_corpus(t, p)}"],
                            None, ["1 of 601 corpus lines are malformed", "invalid_utf8 (lines [601]",
                                   "data.max_malformed_fraction"], 2),
    "corpus_over_long_line": (lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", w, "--set",
                                                       f"data.corpus={_over_long_line_corpus(t, p)}"],
                              None, ["too_long (lines [601]", "data.max_chars"], 2),
    "vocabulary_larger_than_corpus": (
        lambda t, w, p: TRAIN + ["--config", t["config"], "--workdir", str(p / "new"), "--set", "model.vocab_size=5000"],
        None, ["too small for a 5000-piece vocabulary", "lower model.vocab_size"], 2),
    # checkpoint
    "no_run_in_workdir": (lambda t, w, p: ["evaluate", "--workdir", str(p / "never")],
                          None, ["no config.json", "--workdir"], 2),
    "checkpoints_missing": (lambda t, w, p: ["evaluate", "--workdir", w],
                            _remove_checkpoints, ["no checkpoint in", "train"], 2),
    "checkpoints_truncated": (lambda t, w, p: ["evaluate", "--workdir", w],
                              _truncate_every_checkpoint, ["checkpoint step 6", "cannot be read",
                                                           "none of the 2 checkpoints",
                                                           "nothing was moved"], 2),
    "checkpoint_from_another_model": (lambda t, w, p: ["evaluate", "--workdir", w, "--set", "model.d_model=64"],
                                      None, ["does not fit this model"], 2),
    # command line
    "unknown_command": (lambda t, w, p: ["fly"], None, ["invalid choice: 'fly'"], 2),
    "unknown_flag": (lambda t, w, p: ["train", "--config", t["config"], "--bogus"], None, ["unrecognized arguments: --bogus"], 2),
    "incomplete_multi_process_flags": (lambda t, w, p: ["--process-id", "1", "train", "--config", t["config"]],
                                       None, ["multi-process settings are incomplete", "--coordinator"], 2),
    "translate_input_missing": (lambda t, w, p: ["translate", "--workdir", w, "--input", str(p / "none.txt")],
                                None, ["--input", "No such file"], 2),
    "translate_input_not_utf8": (lambda t, w, p: ["translate", "--workdir", w, "--input", _write(p / "in.txt", b"caf\xe9\n")],
                                 None, ["line 1 is not valid UTF-8"], 2),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_exits_non_zero_names_the_fix_and_keeps_earlier_outputs(case, trained, tmp_path, capsys):
    argv_for, damage, words, status = CASES[case]
    workdir = str(tmp_path / "run")
    shutil.copytree(trained["workdir"], workdir)  # a private copy: damage must not leak
    if damage is not None:
        damage(workdir)
    before, original = snapshot(workdir), snapshot(trained["workdir"])
    try:
        code = main(argv_for(trained, workdir, tmp_path))
    except SystemExit as exit_:  # argparse's own usage errors
        code = exit_.code
    err = capsys.readouterr().err
    assert code == status, err
    for word in words:
        assert word in err, f"{word!r} not in: {err}"
    assert snapshot(workdir) == before
    assert snapshot(trained["workdir"]) == original
    # A refused start leaves nothing in a new run directory that would block the fixed rerun.
    assert not (tmp_path / "new" / "config.json").exists()
