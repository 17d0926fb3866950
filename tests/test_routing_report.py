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
from gshard_jax.engine.routing_stats import LayerTally, capacity_labels, mutual_information_bits
from gshard_jax.engine.rundir import RunDir
from gshard_jax.lm.routing import lm_routing
from gshard_jax.lm.train import load_lm_data, load_trained_lm
from gshard_jax.lm.task import LMTask
from gshard_jax.model import router_probe
from gshard_jax.model.transformer import shift_right
from gshard_jax.translation.routing import unrolled
from gshard_jax.translation.task import TranslationTask
from gshard_jax.translation.translate import load_trained
from tests.helpers import (
    snapshot, tiny_lm_config, toy_train_config, write_lm_text, write_toy_corpus,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
LIMIT = 24  # dev sentences routed
FACTORS = {"0.5": 0.5, "1": 1.0, "1.25": 1.25, "2": 2.0, "4": 4.0}


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


# -- the reference: the model's router logits, then a plain float64 loop ------------------------

def _recorded(task, params, batches):
    """Per batch, per MoE layer: (logits [G, S, E], token mask [G, S]) as the model computes
    them in evaluation."""
    @jax.jit
    def logits(params, batch):
        with task.sharding_context(), router_probe.recording() as calls:
            task.forward(params, batch, None)
        return [(c.logits_GSE, c.token_mask_GS) for c in calls]

    return [jax.device_get(logits(params, task.shard_batch(b))) for b in batches]


def _route(logits_GSE, mask_GS, k, capacity):
    """GShard top-k in evaluation: choices by descending probability (ties to the lower
    expert); slots k-major, in token order; a choice is kept if fewer than C choices came
    before it at its expert. Returns experts [G, S, k], kept [G, S, k], entropy [G, S]."""
    z = logits_GSE.astype(np.float64)
    p = np.exp(z - z.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    G, S, E = p.shape
    experts = np.argsort(-p, axis=-1, kind="stable")[..., :k]
    kept = np.zeros((G, S, k), bool)
    for g in range(G):
        fill = [0] * E
        for j in range(k):
            for s in range(S):
                if mask_GS[g, s]:
                    e = experts[g, s, j]
                    kept[g, s, j] = fill[e] < capacity
                    fill[e] += 1
    entropy = -np.sum(np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0), -1)
    return experts, kept, entropy


def _reference(recorded, ids_per_batch, moe, num_layers):
    """Per layer: load, drop rate and unrouted share per capacity setting, entropy, and the
    counts of (expert, token id) of the routed choices."""
    k, E = moe.top_k, moe.num_experts
    out = []
    for layer in range(num_layers):
        routed = np.zeros(E)
        kept = dict.fromkeys(capacity_labels(), 0)
        reached = dict.fromkeys(capacity_labels(), 0)
        tokens, entropy_sum, pairs = 0, 0.0, {}
        for batch_layers, ids in zip(recorded, ids_per_batch):
            logits, mask = batch_layers[layer]
            G, S, _ = logits.shape
            ids_GS = np.asarray(ids[layer]).reshape(G, S)
            real = mask > 0
            capacities = {label: max(1, min(S, math.ceil(cf * k * S / E)))
                          for label, cf in FACTORS.items()}
            capacities["dropless"] = S
            capacities["configured"] = max(1, min(S, math.ceil(moe.eval_capacity_factor * k * S / E)))
            for label, capacity in capacities.items():
                experts, kept_GSK, entropy = _route(logits, real, k, capacity)
                kept[label] += kept_GSK.sum()
                reached[label] += (kept_GSK.any(-1) & real).sum()
            experts, all_GSK, entropy = _route(logits, real, k, S)
            tokens += real.sum()
            entropy_sum += entropy[real].sum()
            routed += np.bincount(experts[all_GSK], minlength=E)
            for g, s, j in zip(*np.nonzero(all_GSK)):
                key = (int(experts[g, s, j]), int(ids_GS[g, s]))
                pairs[key] = pairs.get(key, 0) + 1
        out.append({"tokens": tokens, "load": routed / routed.sum(), "entropy": entropy_sum / tokens,
                    "drop_rate": {c: 1 - kept[c] / routed.sum() for c in kept},
                    "unrouted": {c: 1 - reached[c] / tokens for c in reached}, "pairs": pairs})
    return out


def _check_against(report_layers, reference):
    assert len(report_layers) == len(reference)
    for layer, ref in zip(report_layers, reference):
        assert layer["tokens"] == ref["tokens"]
        np.testing.assert_allclose(layer["load"], ref["load"], rtol=1e-12)
        assert layer["entropy"] == pytest.approx(ref["entropy"], rel=1e-5)
        for setting in capacity_labels():
            assert layer["drop_rate"][setting] == pytest.approx(ref["drop_rate"][setting], abs=1e-12)
            assert layer["unrouted"][setting] == pytest.approx(ref["unrouted"][setting], abs=1e-12)
        for e, tops in enumerate(layer["top_tokens"]):
            counts = sorted((-c, i) for (x, i), c in ref["pairs"].items() if x == e)
            assert [(t["id"], t["count"]) for t in tops] == [(i, -c) for c, i in counts[:len(tops)]]
    drops = [layer["drop_rate"]["0.5"] for layer in report_layers]
    assert max(drops) > 0.05, "the sharpened routers should overflow at cf 0.5"
    assert all(layer["drop_rate"]["dropless"] == 0 for layer in report_layers)


def test_translation_report_equals_a_float64_recomputation(translation_run):
    cfg, report = translation_run["cfg"], translation_run["json"]
    task, params, tokenizer, _ = load_trained(unrolled(cfg))
    data = load_translation_data(cfg, verbose=False, tokenizer=tokenizer)
    batches = list(data.eval_batches("dev", task.data_shards, list(range(LIMIT))))
    recorded = _recorded(task, params, batches)
    ids = [[b["src"], np.asarray(shift_right(b["tgt"]))] for b in batches]  # encoder.1, decoder.1
    assert [layer["name"] for layer in report["layers"]] == ["encoder.1", "decoder.1"]
    _check_against(report["layers"], _reference(recorded, ids, cfg.model.moe, 2))
    assert report["run"]["sentences"] == LIMIT and report["labels"] == []
    tops = report["layers"][0]["top_tokens"]
    assert any(t["token"] == tokenizer.decode([t["id"]]) for e in tops for t in e)


def test_lm_report_equals_a_float64_recomputation(lm_run):
    cfg, figures = lm_run["cfg"], lm_run["figures"]
    task, params, vocab, _ = load_trained_lm(dataclasses.replace(
        cfg, model=dataclasses.replace(cfg.model, scan_layers=False)))
    ids = load_lm_data(cfg, RunDir(cfg.run.workdir, type(cfg))).val_ids
    block, rows = cfg.model.block_size, cfg.data.batch_size
    starts = np.arange(0, len(ids) - block, block)[:48]  # --limit 40, rounded up to 3 batches
    batches = [{"inputs": ids[s[:, None] + np.arange(block)], "targets": ids[s[:, None] + 1 + np.arange(block)]}
               for s in np.split(starts, 3)]
    assert lm_run["facts"]["windows"] == 48 and figures["batches"] == 3
    recorded = _recorded(task, params, batches)
    _check_against(figures["layers"], _reference(recorded, [[b["inputs"]] * 2 for b in batches],
                                                 cfg.model.moe, 2))
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
    record = tally.summary("x", "gshard_top2", str, ["a", "b", "c"])
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
        assert all(html.escape(f"{t['token']} ({percent(t['share'])})") in page
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
