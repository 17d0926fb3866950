"""Build the bundled English–Spanish verse-aligned corpus from two public-domain Bibles.

Sources (Debian packages for SWORD): World English Bible `engWEB2015eb` (sword-text-web) and
Reina-Valera 1909 `spaRV1909eb` (sword-text-sparv), read with `diatheke` (package diatheke):

    apt-get install -y diatheke sword-text-web sword-text-sparv
    python experiments/build_corpus.py

writes `gshard_jax/data/corpora/en_es_bible/verses.tsv.gz` (package data) (key, en, es; no header) and `PROVENANCE.md`.
Users of the corpus need none of this: `gshard_jax.data.corpus.load_bundled_corpus()` reads the file.

Why the raw ("internal") OSIS output and not diatheke's plain text:
  * diatheke's own footnote filter deletes `<note>` without leaving a space, gluing words
    together ("Godcreated" in Genesis 1:1 of the WEB); we keep the notes (`-o f`) and remove
    them ourselves, putting a space back where two words met.
  * one call renders the whole Bible in ~10 s, but diatheke 1.9 re-prints the previous verse's
    pre-verse text (psalm titles, acrostic letters) before every following verse that has none.
    In the raw output a stale copy is byte-identical to the previous verse's, unique OSIS
    `sID`s included, so `parse_verses` can tell it from a real title; one process per verse
    would avoid the bug but takes hours.
  * the RV1909 prints psalm titles inside verse 1, the WEB as a pre-verse title, so we prepend
    real pre-verse titles to the verse to keep both sides saying the same thing.
  * equal keys do not always hold the same text (different versifications and verse
    divisions), so `align` keeps only pairs that a length-based alignment also finds.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import gzip
import hashlib
import html
import io
import math
import re
import statistics
import subprocess
import sys
from pathlib import Path

MODULES = {"en": "engWEB2015eb", "es": "spaRV1909eb"}
DEBIAN_PACKAGES = {"engWEB2015eb": "sword-text-web", "spaRV1909eb": "sword-text-sparv"}
# The WEB module's versification (NRSVA) puts the Deuterocanon between Malachi and Matthew, so
# this one range covers it too; those books have no Spanish side and are dropped as missing.
FULL_RANGE = "Genesis 1:1-Revelation 22:21"
OUT_DIR = Path(__file__).resolve().parent.parent / "gshard_jax" / "data" / "corpora" / "en_es_bible"
SWORD_CONF_DIR = Path("/usr/share/sword/mods.d")

# English SWORD book names: "Genesis", "I Samuel", "Song of Solomon", "Esther (Greek)", ...
_BOOK = r"(?:(?:I|II|III|IV) )?[A-Z][a-z]+(?: (?:of|and|the|[A-Z][a-z]+|\([A-Z][a-z]+\)))*"
# A key starts the line or follows the end of a pre-verse tag / whitespace.
_KEY_RE = re.compile(r"(?:^|(?<=[>\s]))(" + _BOOK + r") (\d+):(\d+): ")
_TAG_RE = re.compile(r"<(/?)([A-Za-z]+)\b([^>]*?)(/?)>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')

# Elements dropped with everything inside: footnotes and the speaker labels of the Song of
# Solomon (absent from the RV1909). Titles are kept: the only ones left with headings off are
# canonical psalm titles, which the RV1909 has as verse text.
_DROP_CONTENT = {"note", "speaker"}
# Milestone-delimited divisions (`<div sID type=X/> ... <div eID type=X/>`) that are not
# scripture: the WEB appends its glossary to Revelation 22:21.
_DROP_DIV_TYPES = {"glossary", "introduction"}
# Elements that separate words (poetry lines, paragraphs, list items): become a space.
_BREAK = {"l", "lg", "lb", "div", "chapter", "milestone", "list", "item", "p", "br", "verse",
          "title"}
_GAP = "\x00"  # a seam in the markup; becomes a space only where it separates two words
_GAP_BETWEEN_WORDS = re.compile(r"(?<=[\w.,;:!?’”)\]])\x00+(?=[\w“‘(¿¡])")
_CLITICS = {"lo", "la", "le", "los", "las", "les", "me", "te", "se", "nos", "os"}
_PILCROW = re.compile(r"[¶§]")
_WORD = re.compile(r"[^\W\d_]+")
_STARTS_SENTENCE_AFTER = ".!?:;¡¿“‘("


@dataclasses.dataclass(frozen=True)
class Verse:
    """One verse as rendered: `key` like "Psalms 3:1", `title` (pre-verse) and `body` (raw OSIS)."""

    key: str
    chapter: int
    verse: int
    title: str
    body: str


def parse_verses(raw: str) -> tuple[list[Verse], int]:
    """Splits diatheke `-f internal` range output (one verse per line) into verses.

    Returns (verses in output order, number of stale pre-verse copies discarded). Lines without
    a key (the trailing "(module)" line) are ignored.
    """
    verses, stale, previous_pre = [], 0, ""
    for line in raw.split("\n"):
        m = _KEY_RE.search(line)
        if m is None:
            continue
        pre = line[: m.start()]
        # diatheke 1.9 repeats the last pre-verse text; a real one carries fresh OSIS sIDs.
        title = pre if pre.strip() and pre != previous_pre else ""
        stale += bool(pre.strip()) and not title
        previous_pre = pre
        verses.append(Verse(f"{m.group(1)} {m.group(2)}:{m.group(3)}", int(m.group(2)),
                            int(m.group(3)), title, line[m.end():]))
    return verses, stale


def strip_osis(osis: str) -> str:
    """OSIS fragment -> plain text: drops notes, speakers, glossary divs and all tags.

    Keeps the words inside inline markup (`<w>` Strong's tags, `<q>`, `<transChange>`),
    turns line/paragraph markup into spaces, unescapes entities, removes pilcrows and
    collapses whitespace. Both modules sometimes omit the space between two adjacent elements
    (`y</w><transChange>los días`, `.”</q><w>Then`, a word, a note, a word): such seams become
    a space when they separate two words. Text glued to a tag stays glued, and so does a lone
    pronoun the RV1909 marks as added right after a word, which is nearly always an enclitic
    (`púse</w><transChange>lo</transChange>` -> "púselo"; the rare proclitic, "no lo hizo",
    comes out glued too).
    """
    out, pos, drop_depth, skip_div = [], 0, [], None
    for m in _TAG_RE.finditer(osis):
        seam = m.start() == pos  # two tags with nothing between them
        if not drop_depth and skip_div is None:
            out.append(html.unescape(osis[pos:m.start()]))
        pos = m.end()
        closing, name, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        attr = dict(_ATTR_RE.findall(attrs))
        if skip_div is not None:
            if name == "div" and attr.get("type") == skip_div and "eID" in attr:
                skip_div = None
        elif name in _DROP_CONTENT and not selfclosing:
            if not closing:
                drop_depth.append(name)
            elif drop_depth and drop_depth[-1] == name:
                drop_depth.pop()
                out.append(_GAP)
        elif drop_depth:
            continue
        elif name == "div" and attr.get("type") in _DROP_DIV_TYPES and "sID" in attr:
            skip_div = attr["type"]
        elif name in _BREAK:
            out.append(" ")
        elif seam and not (name == "transChange" and not closing
                           and osis[pos:osis.find("<", pos)] in _CLITICS):
            out.append(_GAP)
    if not drop_depth and skip_div is None:
        out.append(html.unescape(osis[pos:]))
    text = _GAP_BETWEEN_WORDS.sub(" ", "".join(out)).replace(_GAP, "")
    return " ".join(_PILCROW.sub(" ", text).split())


def _preferred_case(word: str, counts: collections.Counter) -> str:
    """"ACONTECIÓ" -> "aconteció", "JEHOVÁ" -> "Jehová": the form the corpus uses more."""
    lower, title = word.lower(), word.capitalize()
    return lower if counts[lower] >= counts[title] else title


def drop_cap_span(text: str) -> tuple[list[re.Match], int, int] | None:
    """The capitals that open a chapter, as (word matches, index of the run's first word,
    index of the opening word), or None; see `undo_drop_cap` for which words those are."""
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words[:-1]):
        if len(m.group()) >= 2 and m.group().isupper() and not words[i + 1].group().isupper():
            break
    else:
        return None
    start = i
    while (start > 0 and words[start - 1].group().isupper()
           and not text[words[start - 1].end():words[start].start()].strip()):
        start -= 1
    return words, start, i


def undo_drop_cap(text: str, counts: collections.Counter) -> str:
    """Re-cases the capitals that open a chapter: "Y FUÉ" -> "Y fué", "EN el" -> "En el".

    The RV1909 prints the chapter's first word (and any short words before it: "Y", "DE", "HE")
    in capitals. The opening word is the first all-capital word of two or more letters followed
    by a word with a lower-case letter ("ALEPH. BIENAVENTURADOS los" picks BIENAVENTURADOS);
    the run of capital words joined to it by spaces is re-cased, the run's first word
    capitalised after a sentence boundary, the others as `counts` (word -> frequency over the
    whole text) says the word is usually written.
    """
    span = drop_cap_span(text)
    if span is None:
        return text
    words, start, i = span
    out, pos = [], words[start].start()
    before = text[:pos].rstrip()
    for k in range(start, i + 1):
        w = words[k]
        at_sentence_start = k == start and (not before or before[-1] in _STARTS_SENTENCE_AFTER)
        out.append(text[pos:w.start()])
        word = w.group()
        out.append(word.capitalize() if at_sentence_start else _preferred_case(word, counts))
        pos = w.end()
    return text[:words[start].start()] + "".join(out) + text[pos:]


def clean_verses(verses: list[Verse]) -> dict[str, str]:
    """key -> cleaned text (pre-verse title + body). Later duplicates of a key are ignored."""
    texts: dict[str, str] = {}
    for v in verses:
        if v.key not in texts:
            texts[v.key] = " ".join(filter(None, (strip_osis(v.title), strip_osis(v.body))))
    return texts


def undo_drop_caps(texts: dict[str, str]) -> dict[str, str]:
    """Applies `undo_drop_cap` to every chapter's verse 1, with word counts from all verses."""
    counts = collections.Counter(m.group() for t in texts.values() for m in _WORD.finditer(t))
    return {k: undo_drop_cap(t, counts) if k.endswith(":1") else t for k, t in texts.items()}


# Length model for `length_confirmed`, after Gale & Church (1993): a pair costs the squared
# z-score of its log length ratio; leaving a verse unpaired or merging two costs a penalty.
_SIGMA = 0.15  # spread of log(len es / len en) over true pairs: 0.1-0.15 in most chapters
_SKIP, _MERGE = 8.0, 6.0
_BAND = 10  # how many verses the alignment may drift from pairing equal keys


def _pair_cost(n_en: int, n_es: int, ratio: float) -> float:
    z = math.log((n_es + 20) / (ratio * n_en + 20)) / _SIGMA  # +20: short verses vary more
    return z * z / 2


def length_confirmed(en: list[tuple[str, str]], es: list[tuple[str, str]],
                     ratio: float) -> set[str]:
    """Keys that a length-based alignment of one book pairs one-to-one with the same key.

    en, es: the book's non-empty (key, text) verses in order; ratio: typical len(es)/len(en).
    The RV1909 sometimes divides verses or chapters differently from its KJV keys (Numbers
    12:16 is its 13:1, so all of Numbers 13 is off by one), and a few verses differ in content
    (the WEB's doxology in Romans 14:23, the RV1909's epistle subscriptions). Equal keys alone
    would pair those wrongly; a dynamic programme over (i, j) with moves 1-1, 1-0, 0-1, 2-1 and
    1-2, kept within `_BAND` verses of the equal-key diagonal, finds where the lengths say the
    pairing runs, and only 1-1 steps between equal keys are confirmed.
    """
    n, m = len(en), len(es)
    es_pos = {k: j for j, (k, _) in enumerate(es)}
    centre, last = [], 0  # for each i, the j where the same key sits (or the last one seen)
    for i in range(n):
        last = es_pos.get(en[i][0], last)
        centre.append(last)
    centre.append(m)
    len_en, len_es = [len(t) for _, t in en], [len(t) for _, t in es]
    cost, back = {(0, 0): 0.0}, {}
    for i in range(n + 1):
        for j in range(max(0, centre[i] - _BAND), min(m, centre[i] + _BAND) + 1):
            moves = []
            if i and j:
                moves.append((i - 1, j - 1, _pair_cost(len_en[i - 1], len_es[j - 1], ratio)))
            if i:
                moves.append((i - 1, j, _SKIP))
            if j:
                moves.append((i, j - 1, _SKIP))
            if i >= 2 and j:
                moves.append((i - 2, j - 1, _MERGE + _pair_cost(
                    len_en[i - 1] + len_en[i - 2], len_es[j - 1], ratio)))
            if i and j >= 2:
                moves.append((i - 1, j - 2, _MERGE + _pair_cost(
                    len_en[i - 1], len_es[j - 1] + len_es[j - 2], ratio)))
            options = [(cost[(pi, pj)] + c, (pi, pj)) for pi, pj, c in moves if (pi, pj) in cost]
            if options:
                cost[(i, j)], back[(i, j)] = min(options)
    confirmed, (i, j) = set(), (n, m)
    while (i, j) != (0, 0):
        pi, pj = back[(i, j)]
        if (i - pi, j - pj) == (1, 1) and en[pi][0] == es[pj][0]:
            confirmed.add(en[pi][0])
        i, j = pi, pj
    return confirmed


@dataclasses.dataclass
class Alignment:
    """Aligned rows plus the counts that PROVENANCE.md records."""

    rows: list[tuple[str, str, str]]  # (key, en, es) in English canonical order
    counts: dict[str, int]


def _book(key: str) -> str:
    return key.rsplit(" ", 1)[0]


def align(en: dict[str, str], es: dict[str, str], check_lengths: bool = True) -> Alignment:
    """Joins two key -> text maps on the key; drops and counts what cannot be paired.

    Reasons: the book or the verse missing on the Spanish side (or any key missing on the
    English side), a side empty, and (with `check_lengths`) a pair the book's length-based
    alignment does not confirm (see `length_confirmed`). Rows keep the English order.
    """
    reasons = ("missing_es_book", "missing_es_verse", "missing_en", "empty_both", "empty_en",
               "empty_es", "length_mismatch")
    counts = {"en_verses": len(en), "es_verses": len(es), **{f"dropped_{r}": 0 for r in reasons}}
    es_books = {_book(k) for k in es}
    candidates = []
    for key, en_text in en.items():
        es_text = es.get(key)
        if es_text is None:
            reason = "missing_es_book" if _book(key) not in es_books else "missing_es_verse"
        elif not en_text or not es_text:
            reason = "empty_both" if not (en_text or es_text) else (
                "empty_en" if not en_text else "empty_es")
        else:
            candidates.append((key, en_text, es_text))
            continue
        counts[f"dropped_{reason}"] += 1
    counts["dropped_missing_en"] = sum(k not in en for k in es)
    rows = candidates
    if check_lengths and candidates:
        ratio = statistics.median(len(s) / len(e) for _, e, s in candidates)
        by_book = collections.defaultdict(lambda: ([], []))
        for texts, side in ((en, 0), (es, 1)):
            for k, t in texts.items():
                if t:
                    by_book[_book(k)][side].append((k, t))
        confirmed = set().union(*(length_confirmed(e, s, ratio) for e, s in by_book.values()))
        rows = [r for r in candidates if r[0] in confirmed]
        counts["dropped_length_mismatch"] = len(candidates) - len(rows)
    counts["aligned"] = len(rows)
    return Alignment(rows, counts)


def tsv_gz_bytes(rows: list[tuple[str, ...]]) -> bytes:
    """Rows -> gzip'd TSV bytes; mtime=0 and no file name so rebuilds are byte-identical."""
    text = "".join("\t".join(r) + "\n" for r in rows)
    if any("\t" in c or "\n" in c for r in rows for c in r):
        raise ValueError("a cell contains a tab or newline; strip_osis should have removed it")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()


def run_diatheke(module: str) -> str:
    """Raw OSIS of the whole range, footnotes kept (`-o f`) so that we can drop them cleanly."""
    cmd = ["diatheke", "-b", module, "-o", "f", "-f", "internal", "-k", FULL_RANGE]
    try:
        return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    except FileNotFoundError:
        sys.exit("diatheke not found: apt-get install -y diatheke sword-text-web sword-text-sparv")


def debian_version(package: str) -> str:
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                       capture_output=True, text=True)
    return r.stdout.strip() or "unknown"


def module_conf(module: str) -> dict[str, str]:
    path = SWORD_CONF_DIR / f"{module.lower()}.conf"
    if not path.exists():
        path = SWORD_CONF_DIR / f"{module}.conf"
    if not path.exists():
        return {}
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


def provenance_md(counts: dict[str, int], stale: dict[str, int], sha256: str, size: int) -> str:
    """The PROVENANCE.md text; the counts table is also what tests read back."""
    src_lines = []
    for lang, module in MODULES.items():
        conf, pkg = module_conf(module), DEBIAN_PACKAGES[module]
        src_lines.append(
            f"| {lang} | `{module}` | {conf.get('Description', '?')} | `{pkg}` "
            f"{debian_version(pkg)} | {conf.get('Version', '?')} "
            f"({conf.get('SwordVersionDate', '?')}) | {conf.get('DistributionLicense', '?')} |")
    count_lines = [f"| {name} | {value} |" for name, value in sorted(counts.items())]
    return "\n".join([
        "# English–Spanish Bible corpus (verse-aligned)",
        "",
        "`verses.tsv.gz`: gzip'd UTF-8 TSV, no header, one verse per line, columns "
        "`key<TAB>en<TAB>es`; key is the SWORD English verse reference (`Genesis 1:1`); rows in "
        "canonical book order. Built by `experiments/build_corpus.py`.",
        "",
        "## Sources",
        "",
        "| side | SWORD module | title | Debian package | module version | licence |",
        "|---|---|---|---|---|---|",
        *src_lines,
        "",
        f"Read with `diatheke` {debian_version('diatheke')} (Debian bookworm). Both texts are in "
        "the **public domain** (module `DistributionLicense=Public Domain`; the WEB asks only "
        "that a changed text not be called the World English Bible: this corpus strips "
        "footnotes and markup and is a derived data set, not the WEB itself).",
        "",
        "## Cleaning",
        "",
        "Footnotes, Song of Solomon speaker labels, the WEB glossary and all OSIS markup "
        "(Strong's `<w>` tags, poetry lines, paragraphs) removed, with a space put back where "
        "markup stood between two words; pilcrows removed; whitespace collapsed. Psalm titles "
        "and Psalm 119 acrostic letters, which the WEB keeps as pre-verse titles, are "
        "prepended to their verse, as the RV1909 has them in the verse text. The RV1909's "
        "capitalised chapter-opening words are re-cased (`Y FUÉ` -> `Y fué`, `JEHOVÁ` -> "
        "`Jehová`, each word as the rest of the text usually writes it).",
        "",
        "## Alignment",
        "",
        "Verses are joined on their key. The modules use different versifications (WEB: "
        "NRSVA with the Deuterocanon, RV1909: KJV), and the RV1909 text divides some verses "
        "and chapters differently from its own keys (e.g. its Numbers 13:1 holds Numbers "
        "12:16, shifting the chapter). A length-based alignment of each book (Gale–Church "
        "style, see `length_confirmed` in the script) keeps only pairs it also pairs one to "
        "one; the rest are `dropped_length_mismatch`.",
        "",
        "## Counts",
        "",
        "`en_verses`/`es_verses`: verses each module printed; `aligned`: rows in "
        "`verses.tsv.gz`; `dropped_*`: verse keys dropped and why (`missing_es_book`: the "
        "WEB's Deuterocanon).",
        "",
        "| count | value |",
        "|---|---|",
        *count_lines,
        "",
        f"Stale pre-verse copies discarded (a diatheke 1.9 range bug, see the script): "
        f"en {stale['en']}, es {stale['es']}.",
        "",
        f"`verses.tsv.gz`: {size} bytes, sha256 `{sha256}`.",
        "",
        "## Rebuild",
        "",
        "```",
        "apt-get install -y diatheke sword-text-web sword-text-sparv",
        "python experiments/build_corpus.py",
        "```",
        "",
        "The output is byte-identical across rebuilds with the same package versions "
        "(gzip mtime 0).",
        "",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)

    texts, stale = {}, {}
    for lang, module in MODULES.items():
        print(f"reading {module} with diatheke ({FULL_RANGE}) ...", flush=True)
        verses, stale[lang] = parse_verses(run_diatheke(module))
        texts[lang] = clean_verses(verses)
        if lang == "es":  # the RV1909 capitalises each chapter's opening word
            texts[lang] = undo_drop_caps(texts[lang])
        print(f"  {len(verses)} verses, {stale[lang]} stale pre-verse copies discarded")
    alignment = align(texts["en"], texts["es"])
    for name, value in sorted(alignment.counts.items()):
        print(f"  {name}: {value}")

    args.out.mkdir(parents=True, exist_ok=True)
    data = tsv_gz_bytes(alignment.rows)
    (args.out / "verses.tsv.gz").write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    (args.out / "PROVENANCE.md").write_text(provenance_md(alignment.counts, stale, sha, len(data)))
    print(f"wrote {args.out / 'verses.tsv.gz'} ({len(data)} bytes, sha256 {sha[:12]}...)")
    print("rebuild: python experiments/build_corpus.py (see PROVENANCE.md)")


if __name__ == "__main__":
    main()
