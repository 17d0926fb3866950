"""Every way a config file can fail to load ends every command that takes --config with exit 2,
one line naming the file (and the line where one is known) and the fix, no traceback, and
nothing written."""

import pytest

from gshard_jax.cli import main

# name -> (file text, words the message must contain). {cls} is the command's config class.
BROKEN = {
    "syntax error": ("from gshard_jax.config import {cls}\nCONFIG = {cls}(\n", ["line 2", "invalid Python"]),
    "exception while running": ("from gshard_jax.config import {cls}\nx = 1\nCONFIG = {cls}(model=1 / 0)\n",
                                ["line 3", "ZeroDivisionError", "raised while the config file ran"]),
    "no CONFIG": ("from gshard_jax.config import {cls}\nconfig = {cls}()\n", ["defines no CONFIG"]),
    "CONFIG of another class": ("CONFIG = {{'model': 1}}\n", ["CONFIG is a dict, not a gshard_jax.config.{cls}"]),
    "missing module": ("import gshard_jax_no_such_module\n", ["line 1", "'gshard_jax_no_such_module'", "not installed"]),
}
COMMANDS = {  # argv before --config, the config class
    "train": (["train"], "Config"), "evaluate": (["evaluate"], "Config"),
    "translate": (["translate"], "Config"), "demo": (["demo"], "Config"),
    "shard-report": (["shard-report"], "Config"), "lm train": (["lm", "train"], "LMConfig"),
    "lm generate": (["lm", "generate", "--prompt", "a"], "LMConfig"),
    "plan": (["plan", "--topology", "v5e:2x2"], "Config"),
}


@pytest.mark.parametrize("failure", BROKEN)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_config_file_that_cannot_load_exits_2_naming_file_line_and_fix(
        failure, command, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # anything written would land here
    argv, cls = COMMANDS[command]
    text, words = BROKEN[failure]
    path = tmp_path / "broken.py"
    path.write_text(text.format(cls=cls))
    assert main([*argv, "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gshard-jax: error: ") and "Traceback" not in err, err
    assert str(path) in err and all(w.format(cls=cls) in err for w in words), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.py"]  # nothing written


def test_the_failing_line_of_an_imported_sibling_config_is_named(tmp_path, capsys):
    """A config built on another (as en_es_dense.py on en_es_moe.py) names the line that failed
    in the file it imported."""
    (tmp_path / "base.py").write_text("from gshard_jax.config import Config\n\nCONFIG = Config(run=None.x)\n")
    (tmp_path / "derived.py").write_text(
        "import os, sys\nsys.path.insert(0, os.path.dirname(__file__))\nfrom base import CONFIG\n")
    assert main(["shard-report", "--config", str(tmp_path / "derived.py")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'base.py'}, line 3" in err and "AttributeError" in err, err


def test_a_config_imports_the_config_beside_it_while_it_loads(tmp_path):
    """The config file's folder is importable during the load (configs build on each other
    with `from base import CONFIG as BASE`), and only then: sys.path is as before afterwards."""
    import sys

    from gshard_jax.config import Config, apply_overrides, load_config_file

    (tmp_path / "room_base_cfg.py").write_text(
        "from gshard_jax.config import Config, apply_overrides\n"
        "CONFIG = apply_overrides(Config(), ['model.moe.num_experts=4'])\n")
    (tmp_path / "variant.py").write_text(
        "from gshard_jax.config import apply_overrides\n\n"
        "from room_base_cfg import CONFIG as BASE\n\n"
        "CONFIG = apply_overrides(BASE, ['model.d_model=64'])\n")
    path_before = list(sys.path)
    loaded = load_config_file(str(tmp_path / "variant.py"), Config)
    assert sys.path == path_before
    assert loaded == apply_overrides(Config(), ["model.moe.num_experts=4", "model.d_model=64"])
