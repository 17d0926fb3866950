"""Multilingual: reading the multi-way TSV, the bundled corpus (aligned verses agree across
languages, and with the builder's provenance), temperature sampling, multilingual runs (resume,
per-pair evaluation) and their bad input. The builder's own tests are
tests/experiments/test_build_multilingual_corpus.py."""
import collections
import dataclasses
import gzip
import hashlib
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from gshard_jax.data import batching, corpus, languages
from tests.helpers import load_experiment_script


bmc = load_experiment_script("build_multilingual_corpus")


def test_read_multi_tsv_counts_malformed_rows(tmp_path):
    path = tmp_path / "m.tsv"
    path.write_bytes(b"key\ten\tfr\nk1\tone\tun\nk2\ttwo\nk3\t" + b"x" * 30 + b"\ttrois\n"
                     b"k4\tf\xffour\tquatre\n")
    read = corpus.read_multi_tsv(path, max_chars=20)
    assert read.keys == ["k1", "k3"] and read.texts["en"] == ["one", ""]
    assert read.report.dropped == {"wrong_columns": 1, "too_long": 1, "invalid_utf8": 1}
    (tmp_path / "bad.tsv").write_text("en\tfr\none\tun\n")
    with pytest.raises(corpus.CorpusError, match="header"):
        corpus.read_multi_tsv(tmp_path / "bad.tsv")


# ----------------------------------------------------------------- the bundled corpus

@pytest.fixture(scope="module")
def multi():
    return corpus.load_multi_corpus()


def _provenance_table():
    text = (corpus.BUNDLED_MULTI_CORPUS.parent / "PROVENANCE.md").read_text()
    lines = [line for line in text.splitlines() if line.startswith("| lang | source |")]
    head = [c.strip() for c in lines[0].strip("|").split("|")]
    table = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == len(head) and cells[0] in languages.BIBLE_MULTI_LANGUAGES:
            table[cells[0]] = dict(zip(head[1:], map(int, cells[1:])))
    return text, table


def test_bundled_corpus_matches_its_provenance(multi):
    text, table = _provenance_table()
    data = corpus.BUNDLED_MULTI_CORPUS.read_bytes()
    assert f"sha256 `{hashlib.sha256(data).hexdigest()}`" in text
    assert f"{len(data)} bytes" in text and len(data) < 8_000_000
    assert bmc.WHEEL_SHA256 in text and f"{bmc.PACKAGE}` {bmc.VERSION}" in text
    assert multi.languages == languages.BIBLE_MULTI_LANGUAGES
    assert [t.lang for t in bmc.TRANSLATIONS] == list(languages.BIBLE_MULTI_LANGUAGES)
    assert multi.report.total_dropped == 0 and len(set(multi.keys)) == len(multi.keys)
    assert set(table) == set(multi.languages)
    for lang, counts in table.items():
        assert counts["aligned"] == sum(map(bool, multi.texts[lang]))
        assert counts["source"] == counts["aligned"] + sum(counts[r] for r in bmc.DROP_REASONS)
    # nothing of the markup the builder removes is left
    leftover = re.compile(r"\(\d+[:\-]\d+|[\[\]*`\u00ad\u200e\u200f\t]|Missing KJV|dummy verses")
    assert not [t for lang in multi.languages for t in multi.texts[lang] if leftover.search(t)]


def test_keys_are_the_en_es_corpus_keys(multi):
    with gzip.open(corpus.BUNDLED_CORPUS, "rt", encoding="utf-8") as f:
        en_es = {line.split("\t", 1)[0] for line in f}
    books = {k.rsplit(" ", 1)[0] for k in en_es}
    assert {k.rsplit(" ", 1)[0] for k in multi.keys} <= books
    shared = en_es & set(multi.keys)
    assert len(shared) > 0.97 * len(multi.keys)
    # A split depends on the key alone, so a verse is a test verse in every language pair
    # (and in the en-es corpus, which has the same keys).
    for src, tgt in (("fr", "en"), ("en", "ko")):
        pairs = multi.pairs(src, tgt)
        test = [(p.src, p.tgt) for p in pairs if corpus.split_fraction(p.key) < 0.02]
        assert corpus.split_corpus(pairs).test == test


# Names and numbers of a few verses, as each translation writes them.
KNOWN_VERSES = {
    "Genesis 11:26": {  # Terah's sons
        "en": ["Abram", "Nahor", "Haran"], "es": ["Abram", "Nachôr", "Harán"],
        "fr": ["Abram", "Nachor", "Haran"], "it": ["Abramo", "Nahor", "Haran"],
        "de": ["Abram", "Nahor", "Haran"], "ru": ["Аврама", "Нахора", "Арана"],
        "ar": ["ابرام", "ناحور", "هاران"], "fa": ["ابرام", "ناحور", "هاران"],
        "ko": ["아브람", "나홀", "하란"], "vi": ["Ap-ram", "Na-cô", "Ha-ran"],
        "tl": ["Abram", "Nachor", "Haran"]},
    "Acts 27:37": {  # 276 souls on the ship
        "en": ["two hundred seventy-six"], "es": ["doscientas setenta y seis"],
        "fr": ["deux cent soixante-seize"], "it": ["dugensettantasei"],
        "de": ["zweihundertsechsundsiebenzig"], "ru": ["двести семьдесят шесть"],
        "ar": ["مئتين وستة وسبعين"], "fa": ["دویست و هفتاد و شش"], "ko": ["이백칠십육"],
        "vi": ["hai trăm bảy mươi sáu"], "tl": ["dalawang daan at pitongpu't anim"]},
    "John 21:11": {  # 153 fish
        "en": ["one hundred fifty-three"], "es": ["ciento cincuenta y tres"],
        "fr": ["cent cinquante-trois"], "it": ["cencinquantatre"], "de": ["hundertdreiundfünfzig"],
        "ru": ["153"], "ar": ["مئة وثلاثا وخمسين"], "fa": ["صد و پنجاه و سه"], "ko": ["일백쉰세"],
        "vi": ["một trăm năm mươi ba"], "tl": ["isang daan at limangpu at tatlo"]},
}
# How each translation writes "Jesus" (inflected forms included).
JESUS = {"en": r"\bJesus\b", "es": "Jes[úu]", "fr": "J[ée]sus", "it": "Ges[ùu]", "de": "Jesu",
         "ru": "Иисус", "ar": "يسوع", "fa": "عیسی", "ko": "예수", "vi": "Jêsus|Giê-xu",
         "tl": "Jesus|Jesucristo"}


def test_aligned_verses_agree_on_names_and_numbers(multi):
    row = {k: i for i, k in enumerate(multi.keys)}
    for key, expected in KNOWN_VERSES.items():
        for lang, words in expected.items():
            text = multi.texts[lang][row[key]]
            assert all(w in text for w in words), (key, lang, text)


def test_every_language_names_jesus_where_english_does(multi):
    """Over the ~900 verses whose English names Jesus, each language names him in nearly all
    (a translation sometimes says 'he'); one verse of misalignment would halve that."""
    rows = [i for i, t in enumerate(multi.texts["en"]) if re.search(JESUS["en"], t)]
    assert len(rows) > 800
    for lang in multi.languages:
        have = [i for i in rows if multi.texts[lang][i]]
        hits = sum(bool(re.search(JESUS[lang], multi.texts[lang][i])) for i in have)
        assert hits > 0.9 * len(have), (lang, hits, len(have))
        shifted = sum(bool(re.search(JESUS[lang], multi.texts[lang][i + 1] or ""))
                      for i in have if i + 1 < len(multi.keys))
        assert shifted < 0.6 * hits


# ----------------------------------------------------------------- temperature sampling

def _grouped_examples(sizes, seed=0):
    """Examples whose first source id is 10 + their group, so a batch row tells its group."""
    rng = np.random.default_rng(seed)
    examples, groups = [], []
    for g, n in enumerate(sizes):
        for _ in range(n):
            length = int(rng.integers(2, 30))
            examples.append(([10 + g] + list(rng.integers(20, 90, length)) + [1],
                             list(rng.integers(20, 90, length)) + [1]))
            groups.append(g)
    return examples, groups


def _groups_of(batch):
    return [int(s[0]) - 10 for s, t in zip(batch["src"], batch["tgt"]) if t.any()]


SIZES = (3000, 600, 40)
BATCH = batching.BatchConfig(bucket_lengths=(8, 16, 32), tokens_per_batch=512, batch_multiple=4,
                             seed=5)


@pytest.mark.parametrize("temperature", [1.0, 2.0, 5.0, 100.0])
def test_sampling_probabilities_are_gshards_formula(temperature):
    n = np.array(SIZES, dtype=np.float64)
    expected = n ** (1 / temperature) / (n ** (1 / temperature)).sum()  # p_l ~ n_l^(1/T)
    np.testing.assert_allclose(batching.sampling_probabilities(SIZES, temperature), expected,
                               rtol=1e-12)
    counts = batching.epoch_counts(SIZES, temperature)
    assert counts.sum() == sum(SIZES) and np.all(np.abs(counts - expected * sum(SIZES)) < 1)
    if temperature == 1.0:
        assert counts.tolist() == list(SIZES)  # proportional: the data as it is
    if temperature == 100.0:  # nearly uniform
        np.testing.assert_allclose(counts / counts.sum(), 1 / 3, atol=0.02)


def test_sampled_batches_follow_the_temperature():
    examples, groups = _grouped_examples(SIZES)
    it = batching.TrainIterator(examples, BATCH, groups=groups, temperature=5.0)
    p = batching.sampling_probabilities(SIZES, 5.0)
    # A whole epoch holds exactly the rounded expected counts ...
    seen = collections.Counter(g for _ in range(it.batches_per_epoch) for g in _groups_of(next(it)))
    assert [seen[g] for g in range(3)] == it.group_counts.tolist()
    # ... and a seeded part of the next one matches p by a chi-square test (2 dof, p = 0.001).
    seen = collections.Counter(g for _ in range(80) for g in _groups_of(next(it)))
    total = sum(seen.values())
    chi2 = sum((seen[g] - total * p[g]) ** 2 / (total * p[g]) for g in range(3))
    assert total > 1500 and chi2 < 13.8, (seen, p)
    # The low-resource group is repeated (up-sampled): each of its 40 examples ~ many times.
    assert it.group_counts[2] > 5 * SIZES[2]


def test_sampled_stream_resumes_exactly_and_checks_its_setup():
    examples, groups = _grouped_examples(SIZES)
    first = batching.TrainIterator(examples, BATCH, groups=groups, temperature=5.0)
    for _ in range(first.batches_per_epoch + 7):  # into the second epoch
        next(first)
    state = json.loads(json.dumps(first.state()))
    expected = [next(first) for _ in range(12)]
    resumed = batching.TrainIterator(examples, BATCH, state=state, groups=groups, temperature=5.0)
    for a, b in zip(expected, (next(resumed) for _ in range(12))):
        np.testing.assert_array_equal(a["src"], b["src"])
        np.testing.assert_array_equal(a["tgt"], b["tgt"])
    with pytest.raises(batching.BatchConfigError, match="temperature"):
        batching.TrainIterator(examples, BATCH, state=state, groups=groups, temperature=2.0)


# ----------------------------------------------------------------- multilingual runs

ROWS = 300  # the start of Genesis in all 11 languages stands in for the bundled corpus


@pytest.fixture(scope="module")
def small_multi(tmp_path_factory):
    """corpus.BUNDLED_MULTI_CORPUS pointed at the first ROWS rows of the real file."""
    path = tmp_path_factory.mktemp("multi") / "verses.tsv.gz"
    with gzip.open(corpus.BUNDLED_MULTI_CORPUS, "rt", encoding="utf-8") as f:
        lines = [next(f) for _ in range(ROWS + 1)]
    path.write_bytes(bmc.header_and_rows_bytes(
        lines[0].rstrip("\n").split("\t")[1:], [tuple(x.rstrip("\n").split("\t")) for x in lines[1:]]))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(corpus, "BUNDLED_MULTI_CORPUS", path)
        yield path


def _multi_config(workdir, steps, **data):
    from tests.helpers import toy_train_config
    cfg = toy_train_config("unused", workdir, steps, cache_dir=Path(workdir).parent / "cache",
                           checkpoint_every=3, beam_size=1, eval_every=6, bleu_sentences=12)
    data = {"corpus": "bible_multi", "direction": "both", "languages": ("fr", "ko", "tl"),
            "low_resource": ("tl:40",), "temperature": 5.0, **data}
    # Dense and data-parallel: what is multilingual here is the data; MoE is tested elsewhere
    # and only costs compile time.
    return dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, vocab_size=800, moe_every=0),
                               mesh=dataclasses.replace(cfg.mesh, expert=1, preset="data"),
                               data=dataclasses.replace(cfg.data, **data))


def test_multilingual_data_tags_sources_shares_a_vocabulary_and_keeps_n_low_resource_verses(
        small_multi, tmp_path):
    from gshard_jax.data.pipeline import load_translation_data
    data = load_translation_data(_multi_config(tmp_path / "run", 1), verbose=False)
    assert data.pairs == (("fr", "en"), ("ko", "en"), ("tl", "en"),
                          ("en", "fr"), ("en", "ko"), ("en", "tl"))
    assert data.target_languages == ("en", "fr", "ko", "tl")
    tags = {lang: data.tokenizer.piece_id(languages.target_tag(lang)) for lang in data.target_languages}
    assert len(set(tags.values())) == 4
    for name in ("train", "dev", "test"):
        for label, (src, tgt) in zip(data.labels[name], data.ids[name]):
            assert src[0] == tags[data.pairs[label][1]] and tgt[-1] == 1 and tags["en"] not in tgt
    counts = {name: collections.Counter(data.labels[name]) for name in ("train", "dev", "test")}
    assert counts["train"][2] == counts["train"][5] == 40  # tl: N verses, in both directions
    assert counts["train"][0] > 200 and counts["dev"][2] == counts["dev"][0] > 0  # dev untouched
    tl_en = {src for (src, _), label in zip(data.splits["train"], data.labels["train"]) if label == 2}
    en_tl = {tgt for (_, tgt), label in zip(data.splits["train"], data.labels["train"]) if label == 5}
    assert tl_en == en_tl  # the same 40 verses
    # one shared vocabulary: every language's text encodes without unknown pieces
    for (src, tgt), _ in zip(data.splits["train"], range(2000)):
        assert 2 not in data.tokenizer.encode(src) + data.tokenizer.encode(tgt)


@pytest.fixture(scope="module")
def multi_run(small_multi, tmp_path_factory):
    """A finished 6-step multilingual run (checkpoints at 3 and 6) evaluated on 3 test
    sentences of each pair."""
    from gshard_jax.translation.evaluate import evaluate_split
    from gshard_jax.translation.train import train
    workdir = tmp_path_factory.mktemp("multi_run") / "run"
    cfg = _multi_config(workdir, 6)
    train(cfg, quiet=True)
    scores = evaluate_split(cfg, limit=3, show=0)
    return {"cfg": cfg, "workdir": workdir, "scores": scores}


def _train_losses(workdir):
    from gshard_jax.engine.rundir import RunDir
    return {r["step"]: r["loss"] for r in RunDir(str(workdir)).metrics() if r["split"] == "train"}


def test_resumed_multilingual_run_continues_the_same_data_order(multi_run, tmp_path):
    from gshard_jax.translation.train import train
    resumed = tmp_path / "run"
    shutil.copytree(multi_run["workdir"], resumed)
    shutil.rmtree(resumed / "checkpoints" / "6")  # as if stopped after step 3
    with open(resumed / "metrics.jsonl") as f:
        kept = [line for line in f if json.loads(line)["step"] <= 3]
    (resumed / "metrics.jsonl").write_text("".join(kept))
    assert train(dataclasses.replace(multi_run["cfg"], run=dataclasses.replace(
        multi_run["cfg"].run, workdir=str(resumed))), quiet=True)["step"] == 6
    straight, again = _train_losses(multi_run["workdir"]), _train_losses(resumed)
    np.testing.assert_allclose([again[s] for s in (4, 5, 6)], [straight[s] for s in (4, 5, 6)],
                               rtol=1e-5)


def test_dev_evaluation_during_training_reports_every_pair(multi_run):
    from gshard_jax.engine.rundir import RunDir
    (dev,) = [r for r in RunDir(str(multi_run["workdir"])).metrics() if r["split"] == "dev"]
    names = ["fr-en", "ko-en", "tl-en", "en-fr", "en-ko", "en-tl"]
    assert dev["step"] == 6 and dev["nll"] > 0
    assert dev["greedy_bleu"] == pytest.approx(np.mean([dev[f"greedy_bleu/{n}"] for n in names]))
    assert dev["greedy_chrf"] == pytest.approx(np.mean([dev[f"greedy_chrf/{n}"] for n in names]))


def test_evaluation_scores_every_pair_with_its_scripts_tokenizer(multi_run):
    scores, workdir = multi_run["scores"], multi_run["workdir"]
    pairs = scores["pairs"]
    assert list(pairs) == ["fr-en", "ko-en", "tl-en", "en-fr", "en-ko", "en-tl"]
    assert {name: p["tokenize"] for name, p in pairs.items()} == {
        "fr-en": "13a", "ko-en": "13a", "tl-en": "13a", "en-fr": "13a", "en-ko": "char",
        "en-tl": "13a"}
    assert all(p["sentences"] == 3 for p in pairs.values()) and scores["sentences"] == 18
    assert scores["bleu"] == pytest.approx(np.mean([p["bleu"] for p in pairs.values()]))
    assert scores["chrf"] == pytest.approx(np.mean([p["chrf"] for p in pairs.values()]))
    saved = json.loads((workdir / "test_scores.json").read_text())
    assert saved["pairs"] == pairs
    for name in pairs:
        hypotheses = (workdir / f"test.hyp.{name}").read_text().splitlines()
        assert len(hypotheses) == 3
        references = [t for _, t in _test_pairs(multi_run["cfg"], name)[:3]]
        assert (workdir / f"test.ref.{name}").read_text().splitlines() == references
        from gshard_jax.translation import bleu
        assert bleu.corpus_bleu(hypotheses, references, pairs[name]["tokenize"]) == \
            pytest.approx(pairs[name]["bleu"])


def _test_pairs(cfg, name):
    src, tgt = name.split("-")
    return [(s, t) for s, t in corpus.split_corpus(corpus.load_multi_corpus().pairs(src, tgt),
                                                   dev_fraction=cfg.data.dev_fraction,
                                                   test_fraction=cfg.data.test_fraction).test]


def test_translate_takes_the_target_language(multi_run, tmp_path, capsys):
    from gshard_jax.cli import main
    source = tmp_path / "in.txt"
    source.write_text("In the beginning God created the heavens and the earth.\nGod said.\n")
    assert main(["translate", "--workdir", str(multi_run["workdir"]), "--target-lang", "ko",
                 "--input", str(source)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


# ----------------------------------------------------------------- bad input

def _snapshot(directory):
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in Path(directory).rglob("*") if p.is_file()}


@pytest.mark.parametrize("case, overrides, words", [
    ("copyrighted_language", ["data.languages=fr,sw"],
     ["'sw'", "Swahili Union Version 1997 (copyrighted)", "Available: es (Spanish)", "tl (Tagalog)"]),
    ("unknown_language", ["data.languages=xx"], ["no language 'xx'", "Available: es (Spanish)"]),
    ("hub_listed", ["data.languages=en,fr"], ["en is the hub", "list only the other languages"]),
    ("direction_on_a_bilingual_corpus", ["data.corpus=bundled"],
     ["data.direction='both' needs the multilingual corpus", "data.corpus=bible_multi",
      "data.direction=pair"]),
    ("impossible_direction", ["data.direction=fr_to_de"],
     ["data.direction='fr_to_de'", "one of pair, to_en, from_en, both"]),
    ("low_resource_of_another_language", ["data.low_resource=de:100"],
     ["de is not a language of this run", "fr, ko, tl"]),
    ("copyrighted_pair", ["data.direction=pair", "data.languages=", "data.low_resource=",
                          "data.temperature=1", "data.src_lang=zh"],
     ["data.src_lang='zh'", "New Chinese Version (copyrighted)", "en, es, fr"]),
])
def test_bad_multilingual_input_exits_2_naming_the_fix_before_writing(case, overrides, words,
                                                                       tmp_path, capsys):
    from gshard_jax.cli import main
    from tests.helpers import write_config_file
    config = write_config_file(_multi_config(tmp_path / "run", 2), tmp_path / "multi.py")
    argv = ["train", "--config", config] + [x for o in overrides for x in ("--set", o)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    for word in words:
        assert word in err, f"{word!r} not in: {err}"
    assert not (tmp_path / "run").exists() and not (tmp_path / "cache").exists()


def test_translate_without_target_language_on_a_multilingual_run_exits_2(multi_run, tmp_path,
                                                                         capsys):
    from gshard_jax.cli import main
    before = _snapshot(multi_run["workdir"])
    source = tmp_path / "in.txt"
    source.write_text("God said.\n")
    for extra, words in (([], ["multilingual", "en, fr, ko, tl", "--target-lang"]),
                         (["--target-lang", "de"], ["--target-lang de", "en, fr, ko, tl only"])):
        assert main(["translate", "--workdir", str(multi_run["workdir"]), "--input", str(source),
                     *extra]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        for word in words:
            assert word in captured.err, f"{word!r} not in: {captured.err}"
    assert _snapshot(multi_run["workdir"]) == before
