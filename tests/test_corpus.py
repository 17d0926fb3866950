"""The bundled corpus (against its provenance), reading and splitting (gshard_jax/data/corpus.py).
The builder's own tests are tests/experiments/test_build_corpus.py."""
import collections
import gzip
import hashlib
import random
import re

import pytest

from gshard_jax.data import corpus


# ----------------------------------------------------------------- the bundled corpus

def _provenance():
    return (corpus.BUNDLED_CORPUS.parent / "PROVENANCE.md").read_text()


@pytest.fixture(scope="module")
def bundled():
    return corpus.load_bundled_corpus()


def test_bundled_corpus_matches_provenance(bundled):
    prov = _provenance()
    aligned = int(re.search(r"^\| aligned \| (\d+) \|$", prov, re.M).group(1))
    assert len(bundled.pairs) == aligned > 30000
    assert bundled.report.total_dropped == 0
    sha = re.search(r"sha256 `([0-9a-f]{64})`", prov).group(1)
    assert hashlib.sha256(corpus.BUNDLED_CORPUS.read_bytes()).hexdigest() == sha
    keys = [p.key for p in bundled.pairs]
    assert len(set(keys)) == len(keys)
    assert keys[0] == "Genesis 1:1" and keys[-1] == "Revelation of John 22:21"
    assert all(p.src and p.tgt and "<" not in p.src + p.tgt for p in bundled.pairs)


def test_bundled_corpus_reversed_direction(bundled):
    es_en = corpus.load_bundled_corpus(src_lang="es")
    swapped = [(p.key, p.tgt, p.src) for p in es_en.pairs[:50]]
    assert swapped == [tuple(p) for p in bundled.pairs[:50]]


def test_bundled_corpus_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(corpus.CorpusError, match="build_corpus.py"):
        corpus.load_bundled_corpus(path=tmp_path / "nope.tsv.gz")


# ----------------------------------------------------------------- splits

def test_split_has_no_overlap_adds_up_and_matches_a_direct_hash(bundled):
    pairs = bundled.pairs
    splits = corpus.split_corpus(pairs, dev_fraction=0.02, test_fraction=0.02)
    # Recompute each key's split straight from sha1, without the library.
    expected = collections.defaultdict(list)
    for p in pairs:
        u = int(hashlib.sha1(p.key.encode()).hexdigest()[:16], 16) / 16**16
        expected["test" if u < 0.02 else "dev" if u < 0.04 else "train"].append((p.src, p.tgt))
    assert splits.train == expected["train"]
    assert splits.dev == expected["dev"]
    assert splits.test == expected["test"]
    assert sum(splits.counts.values()) == len(pairs)
    for name in ("dev", "test"):  # 2% each, within 5 standard deviations
        sd = (len(pairs) * 0.02 * 0.98) ** 0.5
        assert abs(splits.counts[name] - 0.02 * len(pairs)) < 5 * sd


def test_split_is_deterministic_and_independent_of_order(bundled):
    pairs = bundled.pairs[:3000]
    a = corpus.split_corpus(pairs)
    shuffled = list(pairs)
    random.Random(0).shuffle(shuffled)
    b = corpus.split_corpus(shuffled)
    for name in ("train", "dev", "test"):
        assert sorted(getattr(a, name)) == sorted(getattr(b, name))
    assert corpus.split_corpus(pairs) == a
    assert corpus.split_corpus(pairs, salt="other") != a


def test_keyless_split_keeps_repeated_sources_together():
    pairs = [corpus.Pair(None, f"sentence {i % 50}", f"frase {i}") for i in range(1000)]
    splits = corpus.split_corpus(pairs, dev_fraction=0.2, test_fraction=0.2)
    sources = {name: {s for s, _ in getattr(splits, name)} for name in ("train", "dev", "test")}
    assert not (sources["train"] & sources["dev"] or sources["train"] & sources["test"]
                or sources["dev"] & sources["test"])
    assert sum(splits.counts.values()) == 1000


# ----------------------------------------------------------------- user corpora

def _write(path, lines: list[bytes], gz=False):
    data = b"\n".join(lines) + b"\n"
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_read_tsv_counts_malformed_lines_by_reason(tmp_path, gz):
    lines = [
        b"hello\thola",                  # 1 ok
        b"just one column",              # 2 wrong_columns
        b"a\tb\tc\td",                   # 3 wrong_columns
        b"bad \xff byte\tmal",           # 4 invalid_utf8
        b"  \tvac\xc3\xado",             # 5 empty_side (source blank)
        b"x" * 30 + b"\tlong",           # 6 too_long (max_chars=20)
        b"good night\tbuenas noches\r",  # 7 ok (CRLF)
        b"",                             # 8 wrong_columns (blank line)
    ]
    path = _write(tmp_path / ("c.tsv.gz" if gz else "c.tsv"), lines, gz)
    result = corpus.read_tsv(path, max_chars=20)
    assert [tuple(p) for p in result.pairs] == [(None, "hello", "hola"),
                                               (None, "good night", "buenas noches")]
    rep = result.report
    assert (rep.lines_read, rep.kept) == (8, 2)
    assert rep.dropped == {"wrong_columns": 3, "invalid_utf8": 1, "empty_side": 1, "too_long": 1}
    assert rep.examples == {"wrong_columns": [2, 3, 8], "invalid_utf8": [4], "empty_side": [5],
                            "too_long": [6]}
    assert "too_long" in rep.summary()


def test_read_tsv_with_keys(tmp_path):
    path = _write(tmp_path / "k.tsv", [b"v1\tone\tuno", b"v2\ttwo\tdos", b"bad\tline"])
    result = corpus.read_tsv(path)
    assert [tuple(p) for p in result.pairs] == [("v1", "one", "uno"), ("v2", "two", "dos")]
    assert result.report.dropped == {"wrong_columns": 1}


def test_read_tsv_errors(tmp_path):
    with pytest.raises(corpus.CorpusError, match="not found"):
        corpus.read_tsv(tmp_path / "missing.tsv")
    path = _write(tmp_path / "empty.tsv", [b"only\t", b"\tnothing"])
    with pytest.raises(corpus.CorpusError, match="no usable sentence pairs.*empty_side"):
        corpus.read_tsv(path)


@pytest.mark.parametrize("gz", [False, True])
def test_read_moses(tmp_path, gz):
    suffix = ".gz" if gz else ""
    _write(tmp_path / f"train.de{suffix}", [b"Hallo", b"", b"Welt \xff", b"Tag"], gz)
    _write(tmp_path / f"train.fr{suffix}", [b"Bonjour", b"vide", b"monde", b"Jour"], gz)
    result = corpus.read_moses(tmp_path / "train", "de", "fr")
    assert [tuple(p) for p in result.pairs] == [(None, "Hallo", "Bonjour"), (None, "Tag", "Jour")]
    assert result.report.dropped == {"empty_side": 1, "invalid_utf8": 1}
    assert result.report.examples == {"empty_side": [2], "invalid_utf8": [3]}


def test_read_moses_mismatched_line_counts(tmp_path):
    _write(tmp_path / "c.en", [b"one", b"two", b"three"])
    _write(tmp_path / "c.es", [b"uno", b"dos"])
    with pytest.raises(corpus.CorpusError, match=r"has 3.*has 2.*allow_length_mismatch"):
        corpus.read_moses(tmp_path / "c", "en", "es")
    result = corpus.read_moses(tmp_path / "c", "en", "es", allow_length_mismatch=True)
    assert len(result.pairs) == 2
    assert result.report.dropped == {"unpaired_line": 1}
    assert result.report.examples == {"unpaired_line": [3]}


def test_read_moses_missing_file(tmp_path):
    _write(tmp_path / "c.en", [b"one"])
    with pytest.raises(corpus.CorpusError, match=r"c\.es"):
        corpus.read_moses(tmp_path / "c", "en", "es")
    assert issubclass(corpus.CorpusError, ValueError)
