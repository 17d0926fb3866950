"""experiments/build_multilingual_corpus.py's pure functions: each verse's cleaning on crafted
lines, the alignment's counts, and its reproducible output read back by the package's reader."""
import pytest

from gshard_jax.data import corpus
from tests.helpers import load_experiment_script


bmc = load_experiment_script("build_multilingual_corpus")


# ----------------------------------------------------------------- builder: cleaning

@pytest.mark.parametrize("lang, key, raw, clean, reasons", [
    # the text's own numbering, three spellings
    ("ru", "Leviticus 14:56", "(14:55) и об опухоли, и о лишаях,", "и об опухоли, и о лишаях,",
     ["numbering_markers"]),
    ("vi", "Numbers 29:40", "(30-1) Môi-se nói cùng dân Y-sơ-ra-ên.", "Môi-se nói cùng dân Y-sơ-ra-ên.",
     ["numbering_markers"]),
    ("fr", "Acts 19:41", "(19:40b) Après ces paroles, il congédia l'assemblée.",
     "Après ces paroles, il congédia l'assemblée.", ["numbering_markers"]),
    # supplied words: brackets go, words stay (also unbalanced, also glued by a hyphen)
    ("de", "Nehemiah 11:10", "Von den Priestern: Jedaja, [der Sohn des] Jojarib, Jakin,",
     "Von den Priestern: Jedaja, der Sohn des Jojarib, Jakin,", ["supplied_brackets"]),
    ("ko", "John 7:53", "[다 각각 집으로 돌아가고", "다 각각 집으로 돌아가고", ["supplied_brackets"]),
    ("en", "Leviticus 2:12", "As an offering of first -[fruits] you shall offer them.",
     "As an offering of first-fruits you shall offer them.", ["supplied_brackets"]),
    # encoding slips
    ("en", "Genesis 1:2", "God`s Spirit was hovering.", "God’s Spirit was hovering.", ["encoding_fixes"]),
    ("es", "Genesis 28:17", "y dijo: \xadCuán terrible es este lugar!",
     "y dijo: ¡Cuán terrible es este lugar!", ["encoding_fixes"]),
    ("fa", "II Samuel 7:25", "و الا´ن ای یهوه خدا", "و الآن ای یهوه خدا", ["encoding_fixes"]),
    ("ar", "Psalms 23:2", "\u200eفي مراع خضر يربضني\u200e.", "في مراع خضر يربضني.", ["encoding_fixes"]),
    # stray markup: an English cross-reference in brackets, asterisks, tabs, a subscription
    ("ar", "I Timothy 6:21", "زاغوا من جهة الايمان. ( [ (I Timothy 6:22) ) النعمة معك. آمين ]",
     "زاغوا من جهة الايمان. النعمة معك. آمين", ["other_markup", "supplied_brackets"]),
    ("ar", "I Samuel 12:14", "وراء الرب الهكم*****", "وراء الرب الهكم", ["other_markup"]),
    ("it", "Genesis 6:5", "male in ogni tempo,\n\t\t\t", "male in ogni tempo,", ["other_markup"]),
    ("es", "Romans 16:27", "sea gloria para siempre. Amén. enviada por medio de Febe, diaconisa.",
     "sea gloria para siempre. Amén.", ["other_markup"]),
    # Psalm titles merged into verse 1, cut where the text marks their end
    ("de", "Psalms 23:1", "(Ein Psalm von David.) Jehova ist mein Hirte.", "Jehova ist mein Hirte.",
     ["psalm_title_stripped"]),
    ("es", "Psalms 3:1", "Salmo de David, cuando huía de Absalom. \xadOH Jehová, cuánto!",
     "¡OH Jehová, cuánto!", ["encoding_fixes", "psalm_title_stripped"]),
    ("it", "Psalms 23:1", "Salmo di Davide IL Signore è il mio pastore.", "IL Signore è il mio pastore.",
     ["psalm_title_stripped"]),
    ("fr", "Psalms 3:1", "(3:1) Psaume de David. A l'occasion de sa fuite. (3:2) O Éternel, que mes "
     "ennemis sont nombreux!", "O Éternel, que mes ennemis sont nombreux!",
     ["numbering_markers", "psalm_title_stripped"]),
    ("ru", "Psalms 51:1", "(50:1) Начальнику хора. Псалом Давида, (50:2) когда приходил Нафан. "
     "(50:3) Помилуй меня, Боже.", "Помилуй меня, Боже.", ["numbering_markers", "psalm_title_stripped"]),
    ("ar", "Psalms 23:1", "مزمور لداود\u200e. \u200eالرب راعيّ فلا يعوزني شيء\u200e.",
     "الرب راعيّ فلا يعوزني شيء.", ["encoding_fixes", "psalm_title_stripped"]),
    ("es", "Psalms 119:9", "BETH. ¿Con qué limpiará el joven su camino?",
     "¿Con qué limpiará el joven su camino?", ["psalm_title_stripped"]),
    # ... and the WEB's habit of appending the next Psalm's heading to the last verse
    ("en", "Psalms 3:8", "Your blessing be on your people. Selah. Psalm 4 For the Chief Musician; on "
     "stringed instruments. A Psalm by David.", "Your blessing be on your people. Selah.",
     ["psalm_title_stripped"]),
    ("en", "Psalms 41:13", "Blessed be Yahweh. Amen and amen. BOOK II Psalm 42 For the Chief Musician.",
     "Blessed be Yahweh. Amen and amen.", ["psalm_title_stripped"]),
    # untitled Psalms and verses after the first are left alone
    ("ko", "Psalms 1:1", "복 있는 사람은 악인의 꾀를 좇지 아니하며", "복 있는 사람은 악인의 꾀를 좇지 아니하며", []),
    ("de", "Psalms 23:2", "(Sela.) Er lagert mich.", "(Sela.) Er lagert mich.", []),
])
def test_clean_verse_on_crafted_lines(lang, key, raw, clean, reasons):
    assert bmc.clean_verse(lang, key, raw) == (clean, reasons)


@pytest.mark.parametrize("lang, key, raw, reason", [
    ("ko", "Matthew 18:11", "(Missing KJV: For the Son of man is come. >> 인자는 잃어버린 자들을)",
     "not_in_translation"),
    ("ru", "Song of Solomon 1:1", "(ADDED FROM KJV: The song of songs. => Песня Песней.)",
     "not_in_translation"),
    ("de", "Acts 8:37", "(MISSING) [KJV: And Philip said.] From Schlachter: Da sprach Philippus.",
     "not_in_translation"),
    ("en", "Acts 8:37", "dummy verses inserted by amos", "not_in_translation"),
    ("fa", "Genesis 15:21", "-", "empty"),
    ("de", "Matthew 23:14", "(*)", "empty"),
])
def test_clean_verse_drops_absent_verses(lang, key, raw, reason):
    clean, reasons = bmc.clean_verse(lang, key, raw)
    assert clean is None and reasons[-1] == reason


def test_unsplit_psalm_titles_are_withheld_but_seen_by_the_alignment():
    verses = {"Psalms 22:31": "Ils viendront.",
              "Psalms 23:1": "Cantique de David. L'Éternel est mon berger.",
              "Psalms 23:2": "Il me fait reposer."}
    texts, withheld, counts = bmc.clean_translation("fr", verses)
    assert withheld == {"Psalms 23:1"}
    assert texts["Psalms 23:1"] == verses["Psalms 23:1"]  # still there for the alignment
    assert counts == {"psalm_title_unsplit": 1}


def test_clean_translation_recases_drop_caps_after_cutting_titles():
    verses = {"Psalms 3:1": "Salmo de David. \xadOH Jehová, cuánto!", "Psalms 3:2": "Oh Jehová.",
              "Genesis 1:1": "EN el principio crió Dios los cielos.", "Genesis 1:2": "En la tierra."}
    texts, withheld, counts = bmc.clean_translation("es", verses)
    assert texts["Psalms 3:1"] == "¡Oh Jehová, cuánto!"
    assert texts["Genesis 1:1"] == "En el principio crió Dios los cielos."
    assert not withheld
    assert counts == {"drop_caps_recased": 2, "encoding_fixes": 1, "psalm_title_stripped": 1}


def _book(name, lengths, letter):
    return {f"{name} 1:{i + 1}": letter * n for i, n in enumerate(lengths)}


def test_align_languages_counts_every_source_verse_once():
    lengths = [30, 120, 45, 200, 60, 150, 35, 90, 250, 40]
    en = _book("Ruth", lengths, "e")
    fr = _book("Ruth", lengths, "f")  # faithful
    de = _book("Ruth", lengths[:3] + [0] + lengths[3:-1], "d")  # 1:4 empty, then shifted
    del de["Ruth 1:4"]
    ko = _book("Ruth", lengths, "k")
    ko["Tobit 1:1"] = "k" * 50  # no English verse under that key
    texts = {"en": en, "fr": fr, "de": de, "ko": ko}
    withheld = {"en": set(), "fr": {"Ruth 1:2"}, "de": set(), "ko": set()}
    order = [*en, "Tobit 1:1"]
    rows, counts = bmc.align_languages(texts, withheld, order)
    assert [r[0] for r in rows] == list(en)
    by_key = {r[0]: dict(zip(texts, r[1:])) for r in rows}
    assert by_key["Ruth 1:2"]["fr"] == "" and by_key["Ruth 1:1"]["fr"] == "f" * 30
    assert [k for k in en if by_key[k]["de"]] == ["Ruth 1:1", "Ruth 1:2", "Ruth 1:3"]
    assert counts["de"]["length_mismatch"] == 6 and counts["ko"]["unpaired"] == 1
    assert counts["fr"]["aligned"] == 9 and counts["ko"]["aligned"] == 10
    for lang in texts:  # source = aligned + drops
        source = len(texts[lang])
        assert source == counts[lang]["aligned"] + counts[lang]["length_mismatch"] + \
            counts[lang]["unpaired"] + len(withheld[lang])


def test_writer_is_reproducible_and_round_trips(tmp_path):
    langs = ["en", "fr", "ko"]
    rows = [("Genesis 1:1", "In the beginning", "Au commencement", "태초에"),
            ("Genesis 1:2", "The earth", "", "땅이")]
    data = bmc.header_and_rows_bytes(langs, rows)
    assert data == bmc.header_and_rows_bytes(langs, [tuple(r) for r in rows])
    assert data[4:8] == b"\0\0\0\0"  # gzip mtime
    path = tmp_path / "v.tsv.gz"
    path.write_bytes(data)
    read = corpus.read_multi_tsv(path)
    assert read.languages == tuple(langs) and read.keys == ["Genesis 1:1", "Genesis 1:2"]
    assert read.texts["fr"] == ["Au commencement", ""]
    assert [tuple(p) for p in read.pairs("fr", "en")] == [("Genesis 1:1", "Au commencement",
                                                           "In the beginning")]
