"""experiments/build_corpus.py's pure functions: verse parsing, markup, drop caps, alignment and
its deterministic output."""
import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "build_corpus", REPO / "experiments" / "build_corpus.py")
bc = importlib.util.module_from_spec(_spec)
sys.modules["build_corpus"] = bc  # dataclasses look their module up there
_spec.loader.exec_module(bc)

# diatheke -f internal output, abridged from the real modules: one verse per line, pre-verse
# title before the key, a stale copy of that title repeated before the next verse (the bug).
TITLE = ('<title canonical="true" type="psalm">A Psalm by David, when he fled from Absalom his '
         'son.</title> <lg sID="gen7860"/> <l level="1" sID="gen7861"/>')
RAW_EN = "\n".join([
    'Psalms 2:12: <w savlm="strong:H0006">Give</w> sincere homage <w>to</w> <w>the</w> '
    '<w>Son</w>.<l eID="gen7857" level="1"/>',
    TITLE + 'Psalms 3:1: Yahweh, how <w savlm="strong:H1732">my</w> adversaries <w>have</w> '
    'increased!<l eID="gen7861" level="1"/> <l level="2" sID="gen7862"/>Many <w>are</w> against '
    '<w>me</w>. <l eID="gen7862" level="2"/>',
    TITLE + 'Psalms 3:2: <w>Many</w> <w>there</w> <w>are</w> <w>who</w> say.',
    "(engWEB2015eb)",
    "",
])


def test_parse_verses_keeps_real_titles_and_discards_stale_copies():
    verses, stale = bc.parse_verses(RAW_EN)
    assert [v.key for v in verses] == ["Psalms 2:12", "Psalms 3:1", "Psalms 3:2"]
    assert [(v.chapter, v.verse) for v in verses] == [(2, 12), (3, 1), (3, 2)]
    assert [bool(v.title) for v in verses] == [False, True, False]
    assert stale == 1
    texts = bc.clean_verses(verses)
    assert texts["Psalms 3:1"] == (
        "A Psalm by David, when he fled from Absalom his son. "
        "Yahweh, how my adversaries have increased! Many are against me.")
    assert texts["Psalms 3:2"] == "Many there are who say."


@pytest.mark.parametrize("osis, expected", [
    # A footnote glued between two words (Genesis 1:1 of the WEB): removed, space put back.
    ('<w savlm="strong:H0430">God</w><note placement="foot" swordFootnote="1">1:1 The Hebrew '
     'word rendered “God” is “אֱלֹהִ֑ים” (Elohim).</note><w savlm="strong:H1254">created</w> '
     '<w>the</w> <w>heavens</w>.', "God created the heavens."),
    # A footnote after punctuation before a space: no extra space.
    ('<w>Sheol</w>.<note placement="foot">Sheol is the place of the dead.</note> <w>He</w>',
     "Sheol. He"),
    # Two elements with no space between them (WEB quotations, RV1909 added words).
    ('<w>righteousness</w>.”</q><w>Then</w> <w>he</w>', "righteousness.” Then he"),
    ('<w>y</w><transChange type="added">los días</transChange><w>de los panes</w>:',
     "y los días de los panes:"),
    # ... but an added enclitic pronoun belongs to its verb.
    ('<w>y púse</w><transChange type="added">lo</transChange> <w>en mi corazón</w>',
     "y púselo en mi corazón"),
    # Poetry/paragraph markup becomes spaces; speaker labels and the glossary go.
    ('<w>kindled</w>.<l eID="g1" level="1"/><l level="2" sID="g2"/><w>Blessed</w>',
     "kindled. Blessed"),
    ('<lg eID="g3"/> <speaker>Beloved</speaker> <lg sID="g4"/><w>Let</w> <w>him</w>',
     "Let him"),
    ('<w>Amen</w>. <div sID="g5" type="glossary"/> <milestone n="Glossary" type="x-usfm-h"/> '
     '<item><seg type="keyword">Abba</seg> Abba is a word.</item> <div eID="g5" type="glossary"/>',
     "Amen."),
    # Entities, pilcrows and runs of whitespace.
    ("¶ Salt &amp; light,\t  <w>the</w>   end ", "Salt & light, the end"),
])
def test_strip_osis_on_real_looking_markup(osis, expected):
    assert bc.strip_osis(osis) == expected


def test_undo_drop_caps_recases_chapter_openings_by_corpus_usage():
    texts = {
        "Genesis 2:1": "Y FUERON acabados los cielos y la tierra.",
        "Genesis 2:2": "Y acabó Dios; y fueron hechos, y fueron bendecidos. Jehová habló.",
        "Exodus 13:1": "Y JEHOVÁ habló á Moisés, diciendo:",
        "Exodus 13:2": "Y JEHOVÁ dijo",  # not a verse 1: untouched
        "Psalms 25:1": "Salmo de David. A TI, oh Jehová, levantaré mi alma.",
        "Psalms 119:1": "ALEPH. BIENAVENTURADOS los perfectos de camino; ti ti.",
        "Psalms 3:1": "Salmo de David. ¡OH Jehová, cuánto!",
    }
    out = bc.undo_drop_caps(texts)
    assert out == {
        "Genesis 2:1": "Y fueron acabados los cielos y la tierra.",
        "Genesis 2:2": texts["Genesis 2:2"],
        "Exodus 13:1": "Y Jehová habló á Moisés, diciendo:",
        "Exodus 13:2": "Y JEHOVÁ dijo",
        "Psalms 25:1": "Salmo de David. A ti, oh Jehová, levantaré mi alma.",
        "Psalms 119:1": "ALEPH. Bienaventurados los perfectos de camino; ti ti.",
        "Psalms 3:1": "Salmo de David. ¡Oh Jehová, cuánto!",
    }


def _book(name, lengths, prefix="w"):
    """{key: text} for a made-up book whose verse i has lengths[i] characters."""
    return {f"{name} 1:{i + 1}": (prefix * n)[:n] for i, n in enumerate(lengths)}


def test_align_drops_and_counts_missing_and_empty_verses():
    en = {**_book("Ruth", [40, 50, 60]), "Tobit 1:1": "deuterocanon"}
    # Ruth 1:2 missing and 1:3 empty in Spanish, Tobit absent, 9:9 only in Spanish.
    es = {"Ruth 1:1": "w" * 41, "Ruth 1:3": "", "Ruth 9:9": "only in Spanish"}
    result = bc.align(en, es, check_lengths=False)
    assert result.rows == [("Ruth 1:1", "w" * 40, "w" * 41)]
    assert result.counts == {
        "en_verses": 4, "es_verses": 3, "aligned": 1, "dropped_missing_es_book": 1,
        "dropped_missing_es_verse": 1, "dropped_missing_en": 1, "dropped_empty_both": 0,
        "dropped_empty_en": 0, "dropped_empty_es": 1, "dropped_length_mismatch": 0}
    # every English verse is accounted for exactly once
    dropped_en = sum(v for k, v in result.counts.items()
                     if k.startswith("dropped_") and k != "dropped_missing_en")
    assert result.counts["en_verses"] == result.counts["aligned"] + dropped_en


def test_length_alignment_rejects_a_shifted_verse_division():
    # Spanish puts English 1:4 at the start of "chapter 2" (like Numbers 12:16 -> 13:1), so
    # from there on equal keys hold different verses. Lengths are distinct enough to tell.
    lengths = [30, 120, 45, 200, 60, 150, 35, 90, 250, 40]
    en_texts = ["a" * n for n in lengths]
    en = {f"Num 1:{i}": t for i, t in enumerate(en_texts[:4], 1)}
    en.update({f"Num 2:{i}": t for i, t in enumerate(en_texts[4:], 1)})
    es = {f"Num 1:{i}": t for i, t in enumerate(en_texts[:3], 1)}
    es["Num 1:4"] = ""
    es.update({f"Num 2:{i}": t for i, t in enumerate(en_texts[3:], 1)})
    result = bc.align(en, es)
    # Only 1:1-1:3 pair the same text under the same key.
    assert [k for k, _, _ in result.rows] == ["Num 1:1", "Num 1:2", "Num 1:3"]
    assert result.counts["dropped_empty_es"] == 1
    assert result.counts["dropped_length_mismatch"] == 6
    # Without the shift, every pair is confirmed.
    assert len(bc.align(en, dict(en)).rows) == len(en)


def test_tsv_gz_bytes_is_deterministic_and_round_trips():
    rows = [("Genesis 1:1", "In the beginning", "En el principio"), ("Genesis 1:2", "é ñ", "ü")]
    data = bc.tsv_gz_bytes(rows)
    assert data == bc.tsv_gz_bytes(rows)
    assert data[4:8] == b"\0\0\0\0"  # gzip header mtime
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    assert [tuple(line.split("\t")) for line in lines] == rows
    with pytest.raises(ValueError, match="tab"):
        bc.tsv_gz_bytes([("k", "a\tb", "c")])
