"""`translate`'s compiled programs kept between calls (gshard_jax/engine/programs.py): a warm
call loads them and restores the parameters alone, and translates exactly what the ordinary
path (model built, traced, compiled in the process) translates: several sentences of several
batch shapes, beam and greedy search, another mesh; a damaged program file changes nothing but
one warning; the command line keeps its programs in the user's cache and none when it is off."""

import dataclasses
import os
import shutil
import subprocess
import sys

import pytest

from gshard_jax.cli import main
from gshard_jax.config import apply_overrides
from gshard_jax.engine import programs as programs_lib
from gshard_jax.engine.programs import ProgramStore
from gshard_jax.engine.rundir import RunDir
from gshard_jax.translation import translate as translate_lib
from gshard_jax.translation.translate import translate_sentences
from tests.helpers import toy_train_config, write_config_file, write_toy_corpus

# 40 sentences make two batches of 32 rows (sorted by length): the 32 shortest, 8 tokens or
# fewer, and the 8 longest, more: two batch shapes, two programs.
SENTENCES = (["the red dog eats", "the big house", "sun and water", "the cat"] * 9
             + ["the red dog eats the big house and the cat sees the sun and the water"] * 4)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("programs")
    corpus = write_toy_corpus(root / "toy.tsv")
    # 40 steps: the first that translate into words, not only end-of-sentence tokens.
    cfg = toy_train_config(corpus, root / "run", 40, cache_dir=root / "cache",
                           checkpoint_every=20)
    assert main(["train", "--no-eval", "--config", write_config_file(cfg, root / "c.py")]) == 0
    return RunDir(str(root / "run")).read_config()


def _ordinary(cfg, sentences=SENTENCES):
    return translate_sentences(cfg, sentences)  # no program directory: traced and compiled here


def _forbid_building_the_model(monkeypatch):
    """A warm call must neither build the model (task) nor trace a translate function."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("the warm path built the model or traced")
    monkeypatch.setattr(translate_lib, "load_trained", refuse)
    monkeypatch.setattr(translate_lib, "make_translate_fn", refuse)


@pytest.fixture
def fresh_warning(monkeypatch):
    monkeypatch.setattr(programs_lib, "_warned", False)


@pytest.mark.parametrize("overrides", [[], ["run.beam_size=1"],
                                       ["mesh.expert=2", "mesh.model=2",
                                        "mesh.preset=expert_model"]],
                         ids=["beam", "greedy", "expert_model_mesh"])
def test_a_warm_call_translates_what_the_ordinary_path_does(trained, tmp_path, monkeypatch,
                                                            overrides):
    cfg = apply_overrides(trained, overrides)
    reference = _ordinary(cfg)
    assert any(reference) and len(reference) == len(SENTENCES)
    assert translate_sentences(cfg, SENTENCES, program_dir=str(tmp_path)) == reference  # cold
    (folder,) = tmp_path.iterdir()
    assert len(list(folder.glob("*.program"))) == 2  # one per batch shape
    with monkeypatch.context() as patched:
        _forbid_building_the_model(patched)
        assert translate_sentences(cfg, SENTENCES, program_dir=str(tmp_path)) == reference
        # One sentence of a stored shape: still nothing built.
        assert translate_sentences(cfg, SENTENCES[:1], program_dir=str(tmp_path)) == reference[:1]


def test_a_new_batch_shape_is_compiled_and_added_to_a_warm_store(trained, tmp_path):
    reference = _ordinary(trained)
    translate_sentences(trained, SENTENCES[:1], program_dir=str(tmp_path))
    assert translate_sentences(trained, SENTENCES, program_dir=str(tmp_path)) == reference
    (folder,) = tmp_path.iterdir()
    assert len(list(folder.glob("*.program"))) == 2


def test_a_damaged_program_changes_nothing_but_one_warning(trained, tmp_path, capsys,
                                                            fresh_warning, monkeypatch):
    reference = _ordinary(trained)
    translate_sentences(trained, SENTENCES, program_dir=str(tmp_path))
    (folder,) = tmp_path.iterdir()
    files = sorted(folder.glob("*.program"))
    files[0].write_bytes(files[0].read_bytes()[:1000])  # cut short
    files[1].write_bytes(os.urandom(5000))  # overwritten
    (folder / "translate.json").write_text('["not', encoding="utf-8")  # cut short
    capsys.readouterr()
    assert translate_sentences(trained, SENTENCES, program_dir=str(tmp_path)) == reference
    warnings = capsys.readouterr().err
    assert warnings.count("gshard-jax:") == 1 and "damaged" in warnings, warnings
    # Both were compiled afresh and replaced: the next call loads them, silently.
    monkeypatch.setattr(programs_lib, "_warned", False)
    with monkeypatch.context() as patched:
        _forbid_building_the_model(patched)
        assert translate_sentences(trained, SENTENCES, program_dir=str(tmp_path)) == reference
    assert "gshard-jax:" not in capsys.readouterr().err


def test_a_program_that_cannot_run_here_is_compiled_afresh(trained, tmp_path, capsys,
                                                          fresh_warning, monkeypatch):
    """A file that loads but fails when called (e.g. an executable serialised without its
    compiled functions) costs a compile, never the command."""
    reference = _ordinary(trained)
    translate_sentences(trained, SENTENCES, program_dir=str(tmp_path))

    class Broken:
        args_info = None

        def __call__(self, *args):
            raise RuntimeError("NOT_FOUND: Function fusion.2 not found")

    real_load = ProgramStore.load
    monkeypatch.setattr(ProgramStore, "load", lambda self, name: (
        Broken() if name.endswith("x8-16") else real_load(self, name)))
    monkeypatch.setattr(translate_lib.StoredPrograms, "restore_params",
                        lambda self, run, src, out_len: None)  # the ordinary restore
    capsys.readouterr()
    assert translate_sentences(trained, SENTENCES, program_dir=str(tmp_path)) == reference
    assert "failed" in capsys.readouterr().err


def test_a_newest_checkpoint_only_the_ordinary_path_restores_is_left_to_it(trained, tmp_path):
    """A damaged newest step: the quick restore declines, and the ordinary path walks back to
    the older step (moving the damaged one aside), as without stored programs."""
    copies = {}
    for name in ("ordinary", "stored"):
        shutil.copytree(trained.run.workdir, tmp_path / name)
        shutil.rmtree(tmp_path / name / "checkpoints" / "40" / "state" / "d")
        copies[name] = dataclasses.replace(trained, run=dataclasses.replace(
            trained.run, workdir=str(tmp_path / name)))
    store = str(tmp_path / "programs")
    translate_sentences(trained, SENTENCES, program_dir=store)  # programs of the intact run
    reference = _ordinary(copies["ordinary"])
    assert translate_sentences(copies["stored"], SENTENCES, program_dir=store) == reference
    assert (tmp_path / "stored" / "checkpoints" / "40.damaged").exists()


def test_the_store_is_another_folder_for_another_config_code_or_jax(tmp_path, monkeypatch):
    folder = ProgramStore(str(tmp_path), {"config": 1}).folder
    assert ProgramStore(str(tmp_path), {"config": 1}).folder == folder
    assert ProgramStore(str(tmp_path), {"config": 2}).folder != folder
    monkeypatch.setattr(programs_lib, "source_digest", lambda: "edited")
    assert ProgramStore(str(tmp_path), {"config": 1}).folder != folder
    monkeypatch.undo()
    monkeypatch.setattr(programs_lib.jax, "__version__", "0.0.0")
    assert ProgramStore(str(tmp_path), {"config": 1}).folder != folder


def _cli_translate(trained, cache_home, **env_overrides) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JAX_COMPILATION_CACHE",
                                                                    "JAX_PERSISTENT_CACHE"))}
    env.update(XDG_CACHE_HOME=str(cache_home), **env_overrides)
    done = subprocess.run([sys.executable, "-m", "gshard_jax.cli", "translate", "--workdir",
                           trained.run.workdir], input="\n".join(SENTENCES) + "\n", env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_command_keeps_its_programs_in_the_users_cache_unless_off(trained, tmp_path):
    reference = "".join(line + "\n" for line in _ordinary(trained))
    assert _cli_translate(trained, tmp_path / "off", GSHARD_COMPILATION_CACHE="off") == reference
    assert not (tmp_path / "off").exists()
    assert _cli_translate(trained, tmp_path / "on") == reference  # cold
    programs = tmp_path / "on" / "gshard_jax" / "xla" / "programs"
    assert len(list(programs.glob("*/*.program"))) == 2
    assert _cli_translate(trained, tmp_path / "on") == reference  # warm


def test_the_parameters_copy_follows_the_newest_checkpoint(trained, tmp_path, monkeypatch,
                                                          capsys, fresh_warning):
    shutil.copytree(trained.run.workdir, tmp_path / "run")
    cfg = dataclasses.replace(trained, run=dataclasses.replace(trained.run,
                                                               workdir=str(tmp_path / "run")))
    store = str(tmp_path / "programs")
    at_40 = _ordinary(cfg)
    translate_sentences(cfg, SENTENCES, program_dir=store)  # cold: programs and the copy
    (copy,) = (tmp_path / "programs").glob("*/params-*.arrays")
    with monkeypatch.context() as patched:  # while step 40 is the newest, the copy is used,
        patched.setattr(RunDir, "restore_newest_params", lambda *a: pytest.fail("read again"))
        _forbid_building_the_model(patched)  # from the first warm call on
        assert translate_sentences(cfg, SENTENCES, program_dir=store) == at_40
        assert translate_sentences(cfg, SENTENCES, program_dir=store) == at_40
    shutil.rmtree(tmp_path / "run" / "checkpoints" / "40")  # step 20 is the newest now
    at_20 = _ordinary(cfg)
    assert at_20 != at_40
    assert translate_sentences(cfg, SENTENCES, program_dir=store) == at_20
    assert translate_sentences(cfg, SENTENCES, program_dir=store) == at_20  # its own copy
    copy.write_bytes(os.urandom(3000))
    capsys.readouterr()
    assert translate_sentences(cfg, SENTENCES, program_dir=store) == at_20
    assert capsys.readouterr().err.count("damaged") == 1
