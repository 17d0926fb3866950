"""The experiment drivers that take config files refuse one that cannot load (the failures of
tests/test_config_files.py) with exit 2 naming the file and the fix, before writing anything."""

import pytest

from tests.test_config_files import BROKEN

DRIVERS = {  # the experiment drivers that take config files, and the config class they read
    "run_experiments": ("experiments.run_experiments", "Config"),
    "run_multilingual": ("experiments.run_multilingual", "Config"),
    "run_lm": ("experiments.run_lm", "LMConfig"),
}


@pytest.mark.parametrize("failure", ["syntax error", "exception while running", "no CONFIG"])
@pytest.mark.parametrize("driver", DRIVERS)
def test_experiment_drivers_refuse_a_config_file_that_cannot_load_before_writing(
        driver, failure, tmp_path, capsys):
    import importlib

    module, cls = DRIVERS[driver]
    text, words = BROKEN[failure]
    good = tmp_path / "good.py"
    good.write_text(f"from gshard_jax.config import {cls}\nCONFIG = {cls}()\n")
    broken = tmp_path / "broken.py"
    broken.write_text(text.format(cls=cls))
    results = tmp_path / "results"
    with pytest.raises(SystemExit) as exit_:  # the good file first: nothing of it may train
        importlib.import_module(module).main(["--configs", str(good), str(broken),
                                              "--results", str(results), "--runs", str(tmp_path / "runs")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert str(broken) in err and all(w.format(cls=cls) in err for w in words), err
    assert not results.exists() and not (tmp_path / "runs").exists()
