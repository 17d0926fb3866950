"""`gshard-jax routing`: the report's loads, drop rates, entropies and top tokens equal a float64
NumPy recomputation from the router logits the model itself produces (recorded on the same
batches, then routed by a plain loop: GShard top-2, k-major slots, C = ceil(cf k S / E)); the
HTML page references only files that exist and carries the JSON's numbers; translation and LM
runs (the LM's checkpoint scanned, the report's model unrolled); bad input exits 2 and writes
nothing. The runs are untrained (initialised, router weights sharpened so that low capacity
factors drop tokens) and saved as a checkpoint, so no train step is compiled."""

import dataclasses
import html
import math
import os
import re
import shutil

import jax
import numpy as np
import pytest

from gshard_jax.cli import main
from gshard_jax.data.chars import CharVocab, load_text
from gshard_jax.data.pipeline import load_translation_data
from gshard_jax.engine.routing_page import percent, number
from gshard_jax.engine.routing_stats import (
    LayerTally, capacity_labels, mutual_information_bits, recordable,
)
from gshard_jax.engine.rundir import RunDir
from gshard_jax.lm.routing import lm_routing
from gshard_jax.lm.train import load_lm_data, load_trained_lm
from gshard_jax.lm.task import LMTask
from gshard_jax.model.transformer import shift_right
from gshard_jax.translation.task import TranslationTask
from gshard_jax.translation.translate import load_trained
from tests.helpers import (
    snapshot, tiny_lm_config, toy_train_config, write_lm_text, write_toy_corpus,
)
from tests.routing_reference import check_report, formula_capacities, recorded_logits, reference

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
LIMIT = 24  # dev sentences routed


def _sharpened(state, scale=6.0):
    """The state with every router weight scaled: confident, unbalanced routers that drop."""
    params = jax.tree_util.tree_map_with_path(
        lambda path, x: x * scale if getattr(path[-1], "key", None) == "gate" else x, state.params)
    return state.replace(params=params)


def _save_untrained(task, run: RunDir) -> None:
    with run.checkpointer(keep=1) as ckpt:
        ckpt.save(0, _sharpened(task.init_state(0)), {})


@pytest.fixture(scope="module")
def translation_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("routing")
    cfg = toy_train_config(write_toy_corpus(root / "toy.tsv"), root / "run", 1)
    run = RunDir(cfg.run.workdir)
    run.save_config(cfg)
    run.save_tokenizer(str(load_translation_data(cfg, verbose=False).tokenizer.model_path))
    _save_untrained(TranslationTask(cfg), run)
    assert main(["routing", "--workdir", cfg.run.workdir, "--limit", str(LIMIT)]) == 0
    return {"cfg": cfg, "root": root, "json": RunDir(cfg.run.workdir).read_json("routing_dev.json")}


@pytest.fixture(scope="module")
def lm_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("routing_lm")
    cfg = tiny_lm_config(write_lm_text(root / "text.txt"), root / "run", 1)
    cfg = dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, scan_layers=True))
    run = RunDir(cfg.run.workdir, type(cfg))
    run.save_config(cfg)
    vocab = CharVocab.build(load_text(cfg.data.corpus))
    run.write_char_vocab(vocab.to_json())
    _save_untrained(LMTask(cfg, vocab.size), run)
    figures, facts = lm_routing(cfg, "dev", limit=40)
    return {"cfg": cfg, "figures": figures, "facts": facts}


def _gshard_capacity(moe):
    """GShard's C = ceil(cf * k * S / E), the configured one at eval_capacity_factor."""
    k, E, cf = moe.top_k, moe.num_experts, moe.eval_capacity_factor
    return formula_capacities(k, E, lambda S: max(1, min(S, math.ceil(cf * k * S / E))))


def test_translation_report_equals_a_float64_recomputation(translation_run):
    cfg, report = translation_run["cfg"], translation_run["json"]
    task, params, tokenizer, _ = load_trained(recordable(cfg))
    data = load_translation_data(cfg, verbose=False, tokenizer=tokenizer)
    batches = list(data.eval_batches("dev", task.data_shards, list(range(LIMIT))))
    recorded = recorded_logits(task, params, batches)
    ids = [[b["src"], np.asarray(shift_right(b["tgt"]))] for b in batches]  # encoder.1, decoder.1
    assert [layer["name"] for layer in report["layers"]] == ["encoder.1", "decoder.1"]
    check_report(report["layers"], reference(recorded, ids, 2, 4, _gshard_capacity(cfg.model.moe)))
    assert report["run"]["sentences"] == LIMIT and report["labels"] == []
    tops = report["layers"][0]["top_tokens"]
    assert all(t["token"] == (tokenizer.piece(t["id"]) if t["id"] else "<s>")
               for e in tops for t in e)


def test_lm_report_equals_a_float64_recomputation(lm_run):
    cfg, figures = lm_run["cfg"], lm_run["figures"]
    task, params, vocab, _ = load_trained_lm(recordable(cfg))
    ids = load_lm_data(cfg, RunDir(cfg.run.workdir, type(cfg))).val_ids
    block, rows = cfg.model.block_size, cfg.data.batch_size
    starts = np.arange(0, len(ids) - block, block)[:48]  # --limit 40, rounded up to 3 batches
    batches = [{"inputs": ids[s[:, None] + np.arange(block)], "targets": ids[s[:, None] + 1 + np.arange(block)]}
               for s in np.split(starts, 3)]
    assert lm_run["facts"]["windows"] == 48 and figures["batches"] == 3
    recorded = recorded_logits(task, params, batches)
    check_report(figures["layers"], reference(recorded, [[b["inputs"]] * 2 for b in batches], 2, 4,
                                              _gshard_capacity(cfg.model.moe)))
    assert [layer["name"] for layer in figures["layers"]] == ["layers.0", "layers.1"]


def test_load_by_label_and_its_information_equal_a_naive_count():
    rng = np.random.default_rng(0)
    G, S, K, E = 3, 8, 2, 4
    expert = np.stack([rng.permutation(E)[:K] for _ in range(G * S)]).reshape(G, S, K)
    mask = rng.random((G, S)) > 0.2
    kept = np.broadcast_to(mask[..., None], (G, S, K)).copy()
    out = {"expert_GSK": expert, "mask_GS": mask.astype(np.float32),
           "kept_FGSK": np.stack([kept] * len(capacity_labels())),
           "capacity_F": np.full(len(capacity_labels()), S), "entropy_GS": rng.random((G, S))}
    labels = rng.integers(-1, 3, (G, S))
    tally = LayerTally(E, 3)
    tally.add(out, rng.integers(0, 9, (G, S)), labels)
    record = tally.summary("x", str, ["a", "b", "c"])
    joint = np.zeros((3, E))
    for g in range(G):
        for s in range(S):
            for j in range(K):
                if mask[g, s] and labels[g, s] >= 0:
                    joint[labels[g, s], expert[g, s, j]] += 1
    for name, row in zip("abc", joint):
        np.testing.assert_allclose(record["load_by_label"][name], row / row.sum())
    p = joint / joint.sum()
    outer = p.sum(1, keepdims=True) * p.sum(0, keepdims=True)
    expected = sum(p[i, e] * math.log2(p[i, e] / outer[i, e])
                   for i in range(3) for e in range(E) if p[i, e] > 0)
    assert record["label_expert_information_bits"] == pytest.approx(expected)
    assert mutual_information_bits(np.outer([1, 2], [3, 4])) == pytest.approx(0.0, abs=1e-12)


def test_expert_choice_counts_the_picks_at_its_capacity_and_drops_unpicked_tokens():
    rng = np.random.default_rng(1)
    G, S, E, F = 2, 6, 3, len(capacity_labels())
    expert = np.broadcast_to(np.arange(E), (G, S, E))  # choice j is expert j
    kept = rng.random((F, G, S, E)) > 0.5
    mask = np.ones((G, S), bool)
    out = {"expert_GSK": expert, "kept_FGSK": kept, "mask_GS": mask.astype(np.float32),
           "capacity_F": np.arange(F), "entropy_GS": np.zeros((G, S))}
    tally = LayerTally(E, 0, "expert_choice")
    tally.add(out, np.zeros((G, S), int), None)
    record = tally.summary("encoder.1", str, [])
    configured = kept[capacity_labels().index("configured")]
    np.testing.assert_allclose(record["load"], configured.sum((0, 1)) / configured.sum())
    for f, label in enumerate(capacity_labels()):
        unpicked = 1 - kept[f].any(-1).sum() / (G * S)
        assert record["drop_rate"][label] == record["unrouted"][label] == pytest.approx(unpicked)


def test_the_page_references_only_files_that_exist_and_carries_the_json_numbers(translation_run):
    workdir = translation_run["cfg"].run.workdir
    page = open(os.path.join(workdir, "routing_dev.html"), encoding="utf-8").read()
    sources = re.findall(r"src='([^']+)'", page)
    assert sources and all(os.path.isfile(os.path.join(workdir, s)) for s in sources)
    assert not re.search(r"(href|src)=['\"](https?:|/)", page)  # nothing outside the run
    for layer in translation_run["json"]["layers"]:
        for value in layer["load"]:
            assert f"<td>{percent(value)}</td>" in page
        for value in list(layer["drop_rate"].values()) + list(layer["unrouted"].values()):
            assert f"<td>{percent(value)}</td>" in page
        assert f"<td>{number(layer['entropy'])}</td>" in page
        assert all(f"<bdi>{html.escape(t['token'])}</bdi> ({percent(t['share'])})" in page
                   for tops in layer["top_tokens"] for t in tops[:3])


def test_out_writes_the_report_elsewhere(translation_run, capsys):
    out = translation_run["root"] / "elsewhere"
    workdir = translation_run["cfg"].run.workdir
    before = snapshot(workdir)
    assert main(["routing", "--workdir", workdir, "--split", "test", "--limit", "4",
                 "--out", str(out)]) == 0
    assert snapshot(workdir) == before
    assert {"routing_test.json", "routing_test.html", "routing_test/load.png",
            "routing_test/drop_rate.png"} <= set(snapshot(out))
    assert str(out / "routing_test.html") in capsys.readouterr().out


def _damage(workdir):
    step = os.path.join(workdir, "checkpoints", "0", "state", "d")
    largest = max((os.path.join(step, f) for f in os.listdir(step)), key=os.path.getsize)
    with open(largest, "r+b") as f:
        f.truncate(os.path.getsize(largest) // 2)


BAD = {  # case -> (arguments after --workdir RUN, what the message names)
    "no run there": (lambda run, tmp: ["--workdir", str(tmp / "nothing")], "no config.json"),
    "damaged checkpoint": (lambda run, tmp: ["--workdir", _copy(run, tmp, _damage)], "checkpoint"),
    "damaged config.json": (lambda run, tmp: ["--workdir", _copy(
        run, tmp, lambda w: open(os.path.join(w, "config.json"), "w").write("{\"model\": "))],
        "is damaged"),
    "no checkpoint": (lambda run, tmp: ["--workdir", _copy(
        run, tmp, lambda w: shutil.rmtree(os.path.join(w, "checkpoints")))], "checkpoint"),
    "empty split": (lambda run, tmp: ["--workdir", run, "--split", "test",
                                      "--set", "data.test_fraction=0"], "no sentences"),
    "dense run": (lambda run, tmp: ["--workdir", run, "--set", "model.moe_every=0"], "no MoE layers"),
    "out is a file": (lambda run, tmp: ["--workdir", run, "--out", _file(tmp)], "is a file"),
}


def _copy(run, tmp, damage):
    copy = str(tmp / "copy")
    shutil.copytree(run, copy)
    damage(copy)
    return copy


def _file(tmp):
    (tmp / "a_file").write_text("x")
    return str(tmp / "a_file")


@pytest.mark.parametrize("case", BAD)
def test_bad_input_exits_2_naming_the_problem_and_writes_nothing(case, translation_run, tmp_path,
                                                                 capsys):
    workdir = translation_run["cfg"].run.workdir
    args, named = BAD[case]
    argv = args(workdir, tmp_path)
    before = {"run": snapshot(workdir), "tmp": snapshot(tmp_path)}
    capsys.readouterr()
    assert main(["routing"] + argv) == 2
    err = capsys.readouterr().err
    assert named in err and "Traceback" not in err, err
    assert {"run": snapshot(workdir), "tmp": snapshot(tmp_path)} == before


def test_an_lm_run_has_no_test_split_and_an_unknown_split_is_refused(lm_run, capsys):
    workdir = lm_run["cfg"].run.workdir
    before = snapshot(workdir)
    assert main(["routing", "--workdir", workdir, "--split", "test"]) == 2
    assert "--split dev" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["routing", "--workdir", workdir, "--split", "train"])
    assert exit_info.value.code == 2 and snapshot(workdir) == before


def _tensorboard_images(directory):
    """(tag, step, PNG bytes) of every image summary in a TensorBoard event directory (TFRecord
    framing: length, its CRC, the Event proto, its CRC)."""
    from tensorboardX.proto import event_pb2

    images = []
    for name in os.listdir(directory):
        data = open(os.path.join(directory, name), "rb").read()
        at = 0
        while at < len(data):
            length = int.from_bytes(data[at:at + 8], "little")
            event = event_pb2.Event.FromString(data[at + 12:at + 12 + length])
            at += 16 + length
            images += [(v.tag, event.step, v.image.encoded_image_string)
                       for v in event.summary.value if v.HasField("image")]
    return images


def test_training_logs_the_load_heatmap_to_tensorboard(tmp_path):
    import io

    from PIL import Image
    from gshard_jax.engine.tracking import MetricsLog, TrackingFiles

    files = TrackingFiles(*(str(tmp_path / n) for n in ("m.jsonl", "s.jsonl", "tb", "db", "r")))
    log = MetricsLog(files)
    log.write_load_heatmap(7, "train/expert_load", np.full((2, 4), 0.25), ["encoder.1", "decoder.1"])
    log.write_load_heatmap(8, "train/expert_load", np.zeros((0, 4)), [])  # dense: nothing
    log.close()
    ((tag, step, png),) = _tensorboard_images(tmp_path / "tb")
    assert (tag, step) == ("train/expert_load", 7)
    width, height = Image.open(io.BytesIO(png)).size
    assert width > 200 and height > 100
