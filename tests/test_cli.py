"""The command line turns bad input into a one-line error naming the fix and exit code 2."""

import pytest

from gshard_jax.cli import main

CONFIG = "experiments/configs/en_es_moe.py"


@pytest.mark.parametrize("args, message", [
    (["--set", "model.nope=1"], "unknown config key 'model.nope'"),
    (["--set", "model.d_model=big"], "expected a value of type int"),
    (["--set", "mesh.expert=16"], "does not divide the 8 available"),
    (["--set", "mesh.preset=zero3"], "unknown sharding preset"),
    (["--set", "model.moe.num_experts=6"], "num_experts divisible by the expert axis"),
    (["--set", "data.corpus=/nonexistent/corpus.tsv"], "corpus file not found"),
])
def test_bad_train_input_exits_2_with_the_fix(args, message, capsys, tmp_path):
    code = main(["train", "--config", CONFIG, "--workdir", str(tmp_path / "run"), *args])
    assert code == 2
    assert message in capsys.readouterr().err
    # A refused config leaves nothing behind that would block the corrected rerun.
    assert not (tmp_path / "run" / "config.json").exists() or "corpus" in message


def test_missing_config_file(capsys):
    assert main(["train", "--config", "experiments/configs/nope.py"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_evaluate_without_a_trained_run(capsys, tmp_path):
    assert main(["evaluate", "--workdir", str(tmp_path / "never_trained")]) == 2
    assert "no config.json" in capsys.readouterr().err
