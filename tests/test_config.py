"""Every config field is validated: a wrong type and an out-of-range (or unknown) value of each
field exit 2 naming the field, before anything is written; the corrected command then runs.
Both top-level configs are covered: `Config` through `train`, `LMConfig` through `lm train`.

The bad values are derived from each field's declaration (type, choices, bounds), so a field
added without a declared range or choice set fails `test_every_field_declares_what_it_accepts`
instead of slipping through.
"""

import dataclasses
import json
import os
import typing

import pytest

from gshard_jax import config as config_lib
from gshard_jax.cli import main
from gshard_jax.config import (
    Config, ConfigError, LMConfig, ModelConfig, MoEConfig, apply_overrides, iter_fields,
)
from tests.helpers import (
    snapshot, tiny_lm_config, toy_train_config, write_config_file, write_lm_text, write_toy_corpus,
)

# Fields whose validity depends on another field (no bound of their own): a value the
# relation checks must refuse in the toy config (vocab 48, d_model 32, 2+2 layers, E=4).
RELATIONAL_BAD = {
    "mesh.rules": "vocab",  # not logical=axis
    "data.languages": "fr",  # a language list on a one-pair (non-multilingual) run
    "data.low_resource": "fr:10",  # likewise
    "run.tracking_uri": "ftp://nowhere/mlflow",  # a scheme MLflow cannot write
    "train.freeze": "layers.0.ffn.gate",  # '.' where parameter names have '/'
}


def _wrong_type_value(hint):
    """A Python value of the wrong type for a field of type `hint`."""
    if typing.get_origin(hint) is tuple:
        return 5
    return {int: "seven", float: "x", bool: "yes", str: 7}[hint]


def _bad_text(key, hint, spec) -> str:
    """Command-line text the field must refuse: an unknown choice or a value out of range."""
    if key in RELATIONAL_BAD:
        return RELATIONAL_BAD[key]
    if hint is bool:
        return "maybe"
    if spec.choices:
        return "no_such_choice"
    if spec.low is not None:
        low = spec.low if spec.low_open else spec.low - (1 if _item(hint) is int else 0.5)
        return str(int(low) if _item(hint) is int else low)
    if spec.high is not None:
        high = spec.high if spec.high_open else spec.high + 1
        return str(high)
    if spec.nonempty:
        return ""
    raise AssertionError(f"{key}: no declared range, choices or non-empty rule")


def _item(hint):
    return typing.get_args(hint)[0] if typing.get_origin(hint) is tuple else hint


# command -> (its config class, argv that trains it)
COMMANDS = {"train": (Config, ["train", "--no-eval"]), "lm": (LMConfig, ["lm", "train"])}
FIELDS = [(command, key, hint, spec) for command, (cls, _) in COMMANDS.items()
          for key, hint, spec in iter_fields(cls)]
FIELD_IDS = [f"{command}:{key}" for command, key, _, _ in FIELDS]


def test_every_field_declares_what_it_accepts():
    for _, key, hint, spec in FIELDS:
        assert spec is not None, f"{key} is declared without setting(...)"
        assert spec.doc, f"{key} has no one-line meaning"
        constrained = (spec.choices or spec.low is not None or spec.high is not None
                       or spec.nonempty or hint is bool or key in RELATIONAL_BAD)
        assert constrained, f"{key} accepts anything of its type; declare a range or choices"


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory):
    """A finished 2-step run, its config file, and the corpus."""
    root = tmp_path_factory.mktemp("cfgrun")
    corpus = write_toy_corpus(root / "toy.tsv")
    cfg = toy_train_config(corpus, root / "run", 2, cache_dir=root / "cache")
    config_file = write_config_file(cfg, root / "tiny.py")
    assert main(["train", "--no-eval", "--config", config_file]) == 0
    return {"root": root, "cfg": cfg, "config": config_file, "workdir": str(root / "run")}


@pytest.fixture(scope="module")
def finished_lm_run(tmp_path_factory):
    """A finished 2-step character LM run and its config file."""
    root = tmp_path_factory.mktemp("cfglm")
    cfg = tiny_lm_config(write_lm_text(root / "text.txt"), root / "run", 2)
    config_file = write_config_file(cfg, root / "lm.py")
    assert main(["lm", "train", "--config", config_file]) == 0
    return {"root": root, "cfg": cfg, "config": config_file, "workdir": str(root / "run")}


def _finished(command, request):
    return request.getfixturevalue("finished_lm_run" if command == "lm" else "finished_run")


@pytest.mark.parametrize("command,key,hint,spec", FIELDS, ids=FIELD_IDS)
def test_out_of_range_value_exits_2_naming_the_field_and_writes_nothing(command, key, hint, spec, request,
                                                                        tmp_path, capsys):
    finished_run = _finished(command, request)
    bad = _bad_text(key, hint, spec)
    existing = finished_run["workdir"]
    for workdir in (existing, str(tmp_path / "new")):
        before = snapshot(workdir)
        argv = COMMANDS[command][1] + ["--config", finished_run["config"], "--set", f"{key}={bad}"]
        if key != "run.workdir":
            argv += ["--workdir", workdir]
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert key in err, err
        assert snapshot(workdir) == before
    assert not (tmp_path / "new").exists()


def _wrong_type_config_file(cfg, key, hint, path) -> str:
    """A config file that builds cfg's class with `key` set to a value of the wrong type."""
    values = config_lib.to_dict(cfg)
    node = values
    *parents, leaf = key.split(".")
    for part in parents:
        node = node[part]
    node[leaf] = _wrong_type_value(hint)
    name = type(cfg).__name__
    path.write_text(f"import json\nfrom gshard_jax.config import {name}, from_dict\n"
                    f"CONFIG = from_dict({name}, json.loads({json.dumps(json.dumps(values))}))\n")
    return str(path)


@pytest.mark.parametrize("command,key,hint,spec", FIELDS, ids=FIELD_IDS)
def test_wrong_type_exits_2_naming_the_field(command, key, hint, spec, request, tmp_path, capsys):
    config_file = _wrong_type_config_file(_finished(command, request)["cfg"], key, hint,
                                          tmp_path / "bad.py")
    workdir = tmp_path / "new"
    assert main(COMMANDS[command][1] + ["--config", config_file, "--workdir", str(workdir)]) == 2
    err = capsys.readouterr().err
    assert key in err and "expected" in err, err
    assert not workdir.exists()


def test_corrected_command_runs_after_refusals(finished_run, tmp_path, capsys):
    workdir = str(tmp_path / "fixed")
    base = ["train", "--no-eval", "--config", finished_run["config"], "--workdir", workdir]
    assert main(base + ["--set", "model.moe.top_k=9"]) == 2
    assert main(base + ["--set", "train.label_smoothing=1.5"]) == 2
    assert not os.path.exists(workdir)
    assert main(base + ["--set", "train.label_smoothing=0.2"]) == 0
    with open(os.path.join(workdir, "config.json")) as f:
        assert json.load(f)["train"]["label_smoothing"] == 0.2


def test_all_problems_are_reported_together():
    with pytest.raises(ConfigError) as error:
        apply_overrides(Config(), ["model.d_model=-3", "train.optimizer=sgd", "run.steps=0"])
    text = str(error.value)
    assert "3 config problems" in text
    for words in ("model.d_model=-3", "train.optimizer='sgd'", "adafactor, adam", "run.steps=0"):
        assert words in text


def test_relations_between_fields_are_checked():
    cases = {
        "model.num_heads=3": "does not divide model.d_model=256",
        "model.moe.top_k=9": "exceeds the 8 experts of a layer",
        "model.moe.experts_per_layer=4,4,8": "has 3 entries but the model has 2 MoE layers",
        "data.tgt_lang=en": "both 'en'",
        "data.src_lang=fr": "the bundled corpus has en, es",
        "data.bucket_lengths=16,512": "exceed model.max_len=256",
        "run.max_decode_len=300": "exceeds model.max_len=256",
        "mesh.expert=-1": "at most one of data, expert, model may be -1",
    }
    for assignment, words in cases.items():
        with pytest.raises(ConfigError, match=words.replace("(", r"\(")):
            apply_overrides(Config(), [assignment])


def test_overrides_are_judged_together_not_one_by_one():
    # d_model=96 with the default 4 heads is fine, 96 with 5 heads is not, 100 with 5 is:
    # applied one at a time, the intermediate d_model=100/heads=4 state would be refused.
    cfg = apply_overrides(Config(), ["model.d_model=100", "model.num_heads=5"])
    assert (cfg.model.d_model, cfg.model.num_heads) == (100, 5)


def test_sections_validate_types_of_nested_values():
    with pytest.raises(ConfigError, match="model.moe.num_experts='8'"):
        Config(model=ModelConfig(moe=MoEConfig(num_experts="8")))
    with pytest.raises(ConfigError, match="unknown config keys"):
        config_lib.from_dict(Config, {"model": {"nope": 1}})


def test_saved_config_round_trips():
    cfg = apply_overrides(Config(), ["data.bucket_lengths=8,16", "mesh.rules=vocab=model"])
    assert config_lib.from_dict(Config, json.loads(json.dumps(config_lib.to_dict(cfg)))) == cfg
    assert dataclasses.replace(cfg.model, d_model=64).d_model == 64


def test_a_bad_rules_preset_fails_config_validation_naming_every_preset():
    """mesh.preset is checked with the config (not later, when the rules are built), against
    the one preset list the rules tables are keyed by."""
    from gshard_jax.axes import RULES_PRESETS
    from gshard_jax.sharding.rules import PRESETS

    assert tuple(PRESETS) == RULES_PRESETS  # one table per listed name, no other
    with pytest.raises(ConfigError) as refused:
        apply_overrides(Config(), ["mesh.preset=expert_modle"])
    assert "mesh.preset='expert_modle'" in str(refused.value)
    assert all(name in str(refused.value) for name in RULES_PRESETS)
    for accepted in RULES_PRESETS + ("expert+model", "my_rules.py"):
        assert apply_overrides(Config(), [f"mesh.preset={accepted}"]).mesh.preset == accepted


# Model fields added after config_v1, with their defaults (the behaviour before them).
NEW_MODEL_DEFAULTS = {"num_kv_heads": 0, "rope_theta": 10000.0, "norm_epsilon": 1e-6,
                      "vocab_size": 0, "moe_offset": -1, "relative_buckets": 32,
                      "relative_max_distance": 128, "attention_scale": "inverse_sqrt"}
NEW_MOE_DEFAULTS = {"expert_capacity": 0, "expert_dropout": 0.0, "expert_compute": "auto"}
NEW_TRAIN_DEFAULTS = {"freeze": []}  # fine-tuning's frozen parameters: none
OLD_RUN_CONFIGS = os.path.join(os.path.dirname(__file__), "data", "config_v1")


@pytest.mark.parametrize("name, cls", [("translation_config.json", Config),
                                       ("lm_config.json", LMConfig)])
def test_run_directories_written_before_the_shared_block_config_still_load(tmp_path, name, cls):
    """A run directory's config.json as the code before BlockConfig wrote it (commit f8dfec0,
    tests/data/config_v1) loads, every value as saved."""
    from gshard_jax.config import to_dict
    from gshard_jax.engine.rundir import RunDir

    with open(os.path.join(OLD_RUN_CONFIGS, name)) as f:
        saved = json.load(f)
    run = RunDir(str(tmp_path / "run"), cls)
    os.makedirs(run.path)
    with open(run.config_path, "w") as f:
        json.dump(saved, f)
    loaded = json.loads(json.dumps(to_dict(run.read_config())))
    # Fields added since (Mixtral's options) take their defaults, which keep the old behaviour.
    added = {key: value for key, value in loaded["model"].items() if key not in saved["model"]}
    assert added == {key: value for key, value in NEW_MODEL_DEFAULTS.items()
                     if key in added}, added
    assert set(NEW_MODEL_DEFAULTS) - set(added) <= {"vocab_size"}  # the translation model's own
    # and the LM's data.tokenizer (chars: the character vocabulary it always had).
    added_data = {k: v for k, v in loaded["data"].items() if k not in saved["data"]}
    assert added_data in ({}, {"tokenizer": "chars"}), added_data
    moe = loaded["model"]["moe"]
    added_moe = {k: v for k, v in moe.items() if k not in saved["model"]["moe"]}
    assert added_moe == NEW_MOE_DEFAULTS, added_moe  # (Switch's fixed capacity: off)
    added_train = {k: v for k, v in loaded["train"].items() if k not in saved["train"]}
    assert added_train == NEW_TRAIN_DEFAULTS, added_train
    model = {k: v for k, v in loaded["model"].items() if k not in added}
    model["moe"] = {k: v for k, v in moe.items() if k not in added_moe}
    assert {**loaded, "model": model,
            "data": {k: v for k, v in loaded["data"].items() if k not in added_data},
            "train": {k: v for k, v in loaded["train"].items() if k not in added_train}} == saved
