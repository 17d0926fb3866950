"""From a DataConfig to ready batches: corpus -> splits -> tokenizer -> bucketed batches.

Glue between `corpus.py` (reading, splitting), `tokenizer.py` (SentencePiece, cached) and
`batching.py` (bucketing, resumable shuffling), for training and evaluation.

A multilingual run (data.corpus=bible_multi, data.direction to_en / from_en / both) joins one
language pair per non-English language (and direction) in one model, as GShard does: every
source starts with the target language's tag (`<2es>`, one SentencePiece piece of a
vocabulary shared by all languages), each pair is split by the verse key (so a test verse is a
test verse in every pair), and training batches draw the pairs with temperature sampling.
"""

from __future__ import annotations

import collections
import sys
import dataclasses
from typing import Iterator

import jax

from gshard_jax.config import Config
from gshard_jax.data import corpus as corpus_lib
from gshard_jax.data.batching import (
    BatchConfig, TrainIterator, batch_size, epoch_counts, eval_batches)
from gshard_jax.data.languages import BIBLE_MULTI_LANGUAGES, HUB, MULTI_CORPUS, target_tag
from gshard_jax.data.tokenizer import Tokenizer, TokenizerConfig, load_or_train, training_texts

LanguagePair = tuple[str, str]  # (source language, target language)


@dataclasses.dataclass
class TranslationData:
    """Splits as text pairs, their token ids, and the tokenizer.

    A multilingual run also has `pairs`, its language pairs, and `labels[split][i]`, the index
    in `pairs` of example i; sources then start with their target language's tag.
    """

    cfg: Config
    tokenizer: Tokenizer
    splits: dict[str, list[tuple[str, str]]]
    ids: dict[str, list[tuple[list[int], list[int]]]]
    pairs: tuple[LanguagePair, ...] = ()
    labels: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    @property
    def multilingual(self) -> bool:
        return bool(self.pairs)

    @property
    def target_languages(self) -> tuple[str, ...]:
        """Languages this run translates into (one for a bilingual run)."""
        return target_languages(self.cfg.data) or (self.cfg.data.tgt_lang,)

    def encode_source(self, text: str, tgt_lang: str | None = None) -> list[int]:
        """Source ids ending with EOS; a multilingual run's start with the tag of `tgt_lang`."""
        return encode_source(self.tokenizer, text, tgt_lang, target_languages(self.cfg.data))

    def by_pair(self, split: str, limit: int | None = None
                ) -> list[tuple[LanguagePair, list[tuple[str, str]]]]:
        """A split's (src, tgt) texts grouped by language pair, in corpus order, the first
        `limit` of each pair (a bilingual run has one pair)."""
        if not self.multilingual:
            return [((self.cfg.data.src_lang, self.cfg.data.tgt_lang), self.splits[split][:limit])]
        groups = [[] for _ in self.pairs]
        for label, pair in zip(self.labels[split], self.splits[split]):
            groups[label].append(pair)
        return [(lp, group[:limit]) for lp, group in zip(self.pairs, groups)]

    def _batch_config(self, batch_multiple: int) -> BatchConfig:
        return BatchConfig(bucket_lengths=tuple(self.cfg.data.bucket_lengths),
                           tokens_per_batch=self.cfg.data.tokens_per_batch,
                           batch_multiple=batch_multiple, seed=self.cfg.train.seed,
                           process_index=jax.process_index(), process_count=jax.process_count())

    def batch_shapes(self, batch_multiple: int) -> list[tuple[int, int]]:
        """Global [B, L] of each bucket's batches; BatchConfigError if a bucket cannot batch."""
        config = self._batch_config(batch_multiple)
        return [(batch_size(length, config), length) for length in config.bucket_lengths]

    def train_batches(self, batch_multiple: int, state: dict | None = None) -> TrainIterator:
        """Endless shuffled training batches (this process's rows); resumable from `state`.
        A multilingual run samples its language pairs with temperature data.temperature."""
        if not self.multilingual:
            return TrainIterator(self.ids["train"], self._batch_config(batch_multiple), state=state)
        return TrainIterator(self.ids["train"], self._batch_config(batch_multiple), state=state,
                             groups=self.labels["train"], temperature=self.cfg.data.temperature)

    def eval_batches(self, split: str, batch_multiple: int, examples: list[int] | None = None,
                     with_index: bool = False) -> Iterator[dict]:
        """One unshuffled pass over a split (padding rows carry no weight); `examples`: only
        these indices of the split; with_index: each row's index in that list (-1 padding)."""
        ids = self.ids[split] if examples is None else [self.ids[split][i] for i in examples]
        return eval_batches(ids, self._batch_config(batch_multiple), with_index=with_index)


def target_languages(data) -> tuple[str, ...]:
    """The languages a multilingual run (data.direction to_en, from_en, both) translates into;
    () for a bilingual run, whose sources carry no target tag."""
    if data.direction == "pair":
        return ()
    return tuple(dict.fromkeys(tgt for _, tgt in language_pairs(data)))


def encode_source(tokenizer: Tokenizer, text: str, tgt_lang: str | None,
                  targets: tuple[str, ...]) -> list[int]:
    """Source ids ending with EOS; with `targets` (a multilingual run's target languages) they
    start with the tag of `tgt_lang`, GShard's request for the output language."""
    return tokenizer.encode(text, source_prefix(tgt_lang, targets))


def source_prefix(tgt_lang: str | None, targets: tuple[str, ...]) -> str | None:
    """The piece a source sentence starts with: the tag of `tgt_lang` in a multilingual run
    (`targets`: its target languages), None in a bilingual one."""
    if not targets:
        return None
    if tgt_lang not in targets:
        raise ValueError(f"this run translates into {', '.join(targets)}, not {tgt_lang!r}")
    return target_tag(tgt_lang)


def load_translation_data(cfg: Config, verbose: bool = True,
                          tokenizer: Tokenizer | None = None) -> TranslationData:
    """Reads and splits the corpus, then encodes it with `tokenizer` (a run directory's own)
    or the one trained on the train split (cached by its texts and settings)."""
    if cfg.data.direction != "pair":
        return _load_multilingual(cfg, verbose, tokenizer)
    corpus = corpus_lib.read_corpus(cfg.data)
    if verbose and corpus.report.total_dropped:
        print(f"corpus: {corpus.report.summary()}", file=sys.stderr, flush=True)
    split = corpus_lib.split_corpus(corpus.pairs, dev_fraction=cfg.data.dev_fraction,
                                    test_fraction=cfg.data.test_fraction)
    if verbose:
        print(f"corpus: {len(corpus.pairs)} pairs -> {split.counts}", file=sys.stderr, flush=True)
    tokenizer = tokenizer or _tokenizer(cfg, training_texts(split.train))
    splits = {"train": split.train, "dev": split.dev, "test": split.test}
    ids = {name: [(tokenizer.encode(s), tokenizer.encode(t)) for s, t in pairs]
           for name, pairs in splits.items()}
    return TranslationData(cfg, tokenizer, splits, ids)


def _tokenizer(cfg: Config, texts: list[str], symbols: tuple[str, ...] = ()) -> Tokenizer:
    """The cached (or newly trained) SentencePiece model of `cfg` for these training texts."""
    try:
        tokenizer, _ = load_or_train(texts, TokenizerConfig(vocab_size=cfg.model.vocab_size,
                                                            user_defined_symbols=symbols),
                                     cache_dir=cfg.data.cache_dir)
    except RuntimeError as error:
        if "Vocabulary size too high" not in str(error):
            raise
        raise corpus_lib.CorpusError(
            f"the training split is too small for a {cfg.model.vocab_size}-piece vocabulary "
            f"(SentencePiece: {str(error).split(']')[-1].strip()}); lower model.vocab_size") from None
    if tokenizer.vocab_size > cfg.model.vocab_size:
        raise corpus_lib.CorpusError(
            f"tokenizer has {tokenizer.vocab_size} pieces but model.vocab_size is "
            f"{cfg.model.vocab_size}; set model.vocab_size >= {tokenizer.vocab_size}")
    return tokenizer


def language_pairs(data) -> tuple[LanguagePair, ...]:
    """The (source, target) pairs of a multilingual direction, each non-hub language in the
    order of data.languages (all of bible_multi's when empty); `both` lists to_en first."""
    languages = data.languages or tuple(x for x in BIBLE_MULTI_LANGUAGES if x != HUB)
    to_en = tuple((lang, HUB) for lang in languages)
    from_en = tuple((HUB, lang) for lang in languages)
    return {"to_en": to_en, "from_en": from_en, "both": to_en + from_en}[data.direction]


def low_resource_keys(multi: corpus_lib.MultiCorpus, data) -> dict[str, set[str]]:
    """lang -> the N training keys kept for each data.low_resource item 'lang:N'.

    The N are the training keys (both lang and English present) with the smallest
    `split_fraction(key, salt='low_resource')`: a fixed, order-free choice, the same verses in
    both directions of a `both` run, and a subset of the M kept for any M > N.
    """
    train_from = data.dev_fraction + data.test_fraction  # split_corpus: u >= this is train
    kept = {}
    for item in data.low_resource:
        lang, count = item.split(":")
        candidates = [k for k, x, e in zip(multi.keys, multi.texts[lang], multi.texts[HUB])
                      if x and e and corpus_lib.split_fraction(k) >= train_from]
        candidates.sort(key=lambda k: corpus_lib.split_fraction(k, salt="low_resource"))
        kept[lang] = set(candidates[:int(count)])
    return kept


def _load_multilingual(cfg: Config, verbose: bool, tokenizer: Tokenizer | None) -> TranslationData:
    data = cfg.data
    multi = corpus_lib.read_multi_corpus(data)
    pairs, limited = language_pairs(data), low_resource_keys(multi, data)
    splits = {"train": [], "dev": [], "test": []}
    labels = {name: [] for name in splits}
    train_from = data.dev_fraction + data.test_fraction
    for label, (src, tgt) in enumerate(pairs):
        keyed = multi.pairs(src, tgt)
        for lang in {src, tgt} & set(limited):
            keyed = [p for p in keyed if corpus_lib.split_fraction(p.key) < train_from
                     or p.key in limited[lang]]
        split = corpus_lib.split_corpus(keyed, dev_fraction=data.dev_fraction,
                                        test_fraction=data.test_fraction)
        for name in splits:
            splits[name] += getattr(split, name)
            labels[name] += [label] * len(getattr(split, name))
    # One vocabulary over every language, each training verse of a language once.
    by_language: dict[str, dict[str, None]] = {}
    for label, (s, t) in zip(labels["train"], splits["train"]):
        src, tgt = pairs[label]
        by_language.setdefault(src, {}).setdefault(s)
        by_language.setdefault(tgt, {}).setdefault(t)
    tokenizer = tokenizer or _tokenizer(
        cfg, [t for lang in sorted(by_language) for t in by_language[lang]],
        tuple(target_tag(tgt) for tgt in target_languages(data)))
    tag_ids = [tokenizer.piece_id(target_tag(pairs[label][1])) for label in range(len(pairs))]
    ids = {}
    for name, texts in splits.items():
        sources = tokenizer.encode_batch([s for s, _ in texts])
        references = tokenizer.encode_batch([t for _, t in texts])
        ids[name] = [([tag_ids[label]] + s, t)
                     for label, s, t in zip(labels[name], sources, references)]
    result = TranslationData(cfg, tokenizer, splits, ids, pairs, labels)
    if verbose:
        _describe(result)
    return result


def _describe(data: TranslationData) -> None:
    """One line per language pair: split sizes and its share of the sampled training data."""
    counts = [collections.Counter(data.labels[name]) for name in ("train", "dev", "test")]
    train = [counts[0][i] for i in range(len(data.pairs))]
    sampled = epoch_counts(train, data.cfg.data.temperature)
    print(f"corpus: {MULTI_CORPUS}, {data.cfg.data.direction}, {len(data.pairs)} language pairs, "
          f"temperature {data.cfg.data.temperature:g}:", file=sys.stderr)
    for i, (src, tgt) in enumerate(data.pairs):
        print(f"  {src}-{tgt}: train {train[i]} dev {counts[1][i]} test {counts[2][i]}; "
              f"{sampled[i] / max(sum(sampled), 1):.1%} of each epoch", file=sys.stderr)
    sys.stderr.flush()
