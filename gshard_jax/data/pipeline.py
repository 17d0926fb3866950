"""From a DataConfig to ready batches: corpus -> splits -> tokenizer -> bucketed batches.

Glue between `corpus.py` (reading, splitting), `tokenizer.py` (SentencePiece, cached) and
`batching.py` (bucketing, resumable shuffling), for training and evaluation.
"""

from __future__ import annotations

import sys
import dataclasses
from typing import Iterator

import jax

from gshard_jax.config import Config
from gshard_jax.data import corpus as corpus_lib
from gshard_jax.data.batching import BatchConfig, TrainIterator, batch_size, eval_batches
from gshard_jax.data.tokenizer import Tokenizer, TokenizerConfig, load_or_train, training_texts


def read_corpus(cfg: Config) -> corpus_lib.ParallelCorpus:
    """The bundled corpus, a TSV file (.tsv / .tsv.gz) or a Moses prefix (prefix.src/prefix.tgt).

    Raises CorpusError when more than data.max_malformed_fraction of the lines are malformed.
    """
    data = cfg.data
    if data.corpus == "bundled":
        corpus = corpus_lib.load_bundled_corpus(data.src_lang)
    elif data.corpus.endswith((".tsv", ".tsv.gz")):
        corpus = corpus_lib.read_tsv(data.corpus, max_chars=data.max_chars)
    else:
        corpus = corpus_lib.read_moses(data.corpus, data.src_lang, data.tgt_lang,
                                       max_chars=data.max_chars)
    report = corpus.report
    if report.total_dropped > data.max_malformed_fraction * report.lines_read:
        share = report.total_dropped / report.lines_read
        raise corpus_lib.CorpusError(
            f"{report.total_dropped} of {report.lines_read} corpus lines are malformed "
            f"({share:.2%}) — {report.summary()}. Fix those lines, or let the run skip them "
            f"with --set data.max_malformed_fraction={max(share, 0.0001):.4g} (they stay counted "
            "in the log); over-long lines can also be allowed with --set data.max_chars=N.")
    return corpus


@dataclasses.dataclass
class TranslationData:
    """Splits as text pairs, their token ids, and the tokenizer."""

    cfg: Config
    tokenizer: Tokenizer
    splits: dict[str, list[tuple[str, str]]]
    ids: dict[str, list[tuple[list[int], list[int]]]]

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
        """Endless shuffled training batches (this process's rows); resumable from `state`."""
        return TrainIterator(self.ids["train"], self._batch_config(batch_multiple), state=state)

    def eval_batches(self, split: str, batch_multiple: int) -> Iterator[dict]:
        """One unshuffled pass over a split (padding rows carry no weight)."""
        return eval_batches(self.ids[split], self._batch_config(batch_multiple))


def load_translation_data(cfg: Config, verbose: bool = True) -> TranslationData:
    """Reads and splits the corpus, loads or trains the tokenizer on the train split, encodes."""
    corpus = read_corpus(cfg)
    if verbose and corpus.report.total_dropped:
        print(f"corpus: {corpus.report.summary()}", file=sys.stderr, flush=True)
    split = corpus_lib.split_corpus(corpus.pairs, dev_fraction=cfg.data.dev_fraction,
                                    test_fraction=cfg.data.test_fraction)
    if verbose:
        print(f"corpus: {len(corpus.pairs)} pairs -> {split.counts}", file=sys.stderr, flush=True)
    try:
        tokenizer, _ = load_or_train(training_texts(split.train),
                                     TokenizerConfig(vocab_size=cfg.model.vocab_size),
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
    splits = {"train": split.train, "dev": split.dev, "test": split.test}
    ids = {name: [(tokenizer.encode(s), tokenizer.encode(t)) for s, t in pairs]
           for name, pairs in splits.items()}
    return TranslationData(cfg, tokenizer, splits, ids)
