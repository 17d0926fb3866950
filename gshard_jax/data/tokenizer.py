"""A shared SentencePiece vocabulary for source and target, trained once and cached.

Ids: pad=0, eos=1, unk=2, no bos (the decoder starts from pad after the shift-right, as in
Flax's wmt example). The model file is cached under `cache_dir/spm-<hash>.model`, where the
hash covers every training sentence and every setting, so a changed split or vocabulary size
trains a new model and an unchanged one never retrains.
"""
from __future__ import annotations

import sys
import dataclasses
import hashlib
import io
import json
import os
import random
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import sentencepiece as spm

from gshard_jax.vocab import EOS_ID, PAD_ID, UNK_ID
DEFAULT_CACHE_DIR = Path("runs") / "cache"  # relative to the working directory; git-ignored


@dataclasses.dataclass(frozen=True)
class TokenizerConfig:
    """SentencePiece training settings; all of them are part of the cache key."""

    vocab_size: int = 8000
    model_type: str = "unigram"  # or "bpe"
    # 1.0: every character seen in training gets a piece; en/es need few characters.
    character_coverage: float = 1.0
    # Training on more than this many sentences is subsampled (seeded) to keep it fast on
    # 2 cores; 60k covers both sides of the Bible corpus.
    max_sentences: int = 60_000
    seed: int = 0
    byte_fallback: bool = False  # True needs vocab_size > 259 and spells unseen chars in bytes
    normalization: str = "nmt_nfkc"
    # Pieces that are always one token, whatever the text around them: GShard's target-language
    # tags ("<2es>") of a multilingual run.
    user_defined_symbols: tuple[str, ...] = ()


class Tokenizer:
    """Text <-> ids with a trained SentencePiece model; `encode` appends EOS."""

    pad_id, eos_id, unk_id = PAD_ID, EOS_ID, UNK_ID

    def __init__(self, model_path: str | Path):
        self.model_path = Path(model_path)
        self._sp = spm.SentencePieceProcessor(model_file=str(self.model_path))
        if (self._sp.pad_id(), self._sp.eos_id(), self._sp.unk_id()) != (PAD_ID, EOS_ID, UNK_ID):
            raise ValueError(f"{model_path} was not trained with pad=0, eos=1, unk=2")

    @property
    def vocab_size(self) -> int:
        return self._sp.get_piece_size()

    def normalize(self, text: str) -> str:
        """The text as the model sees it (NFKC, single spaces): what decode(encode(text)) gives."""
        return self._sp.normalize(text).replace("\u2581", " ").strip()

    def encode(self, text: str, prefix: str | None = None) -> list[int]:
        """str -> ids [len + 1], ending with EOS; with `prefix`, that whole piece's id first
        (a multilingual run's target-language tag)."""
        ids = self._sp.encode(text, out_type=int) + [EOS_ID]
        return ids if prefix is None else [self.piece_id(prefix)] + ids

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        """[N] strs -> N id lists, each ending with EOS."""
        return [ids + [EOS_ID] for ids in self._sp.encode(list(texts), out_type=int)]

    def piece_id(self, piece: str) -> int:
        """The id of a whole piece, e.g. a user-defined symbol '<2es>'; KeyError if absent."""
        i = self._sp.piece_to_id(piece)
        if i == UNK_ID and piece != self._sp.id_to_piece(UNK_ID):
            raise KeyError(f"{piece!r} is not a piece of {self.model_path}")
        return i

    def piece(self, i: int) -> str:
        """The piece of id i as the model file spells it ('\u2581the': a word's start)."""
        return self._sp.id_to_piece(int(i))

    def decode(self, ids: Iterable[int]) -> str:
        """ids -> str, stopping at the first EOS and skipping padding."""
        out = []
        for i in ids:
            i = int(i)
            if i == EOS_ID:
                break
            if i != PAD_ID:
                out.append(i)
        return self._sp.decode(out)

    def decode_batch(self, rows: Iterable[Iterable[int]]) -> list[str]:
        """[N, L] ids (e.g. a numpy batch) -> N strs."""
        return [self.decode(r) for r in rows]


def training_texts(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Both sides of the (training) pairs, source then target of each pair."""
    return [side for pair in pairs for side in pair]


def cache_key(texts: Sequence[str], config: TokenizerConfig) -> str:
    """sha256 over the settings and every sentence; 16 hex characters."""
    settings = dataclasses.asdict(config)
    if not settings["user_defined_symbols"]:  # as before the field existed: same cached models
        del settings["user_defined_symbols"]
    h = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    for t in texts:
        h.update(t.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def _train(texts: Sequence[str], config: TokenizerConfig) -> bytes:
    """Trains on a seeded subsample given in a fixed order, so the model bytes are reproducible."""
    sample = list(texts)
    if len(sample) > config.max_sentences:
        keep = sorted(random.Random(config.seed).sample(range(len(sample)), config.max_sentences))
        sample = [sample[i] for i in keep]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sample), model_writer=model,
        vocab_size=config.vocab_size, model_type=config.model_type,
        character_coverage=config.character_coverage, byte_fallback=config.byte_fallback,
        normalization_rule_name=config.normalization,
        pad_id=PAD_ID, eos_id=EOS_ID, unk_id=UNK_ID, bos_id=-1,
        **({"user_defined_symbols": list(config.user_defined_symbols)}
           if config.user_defined_symbols else {}),
        # We subsample ourselves; SentencePiece's own sampling would shuffle differently.
        input_sentence_size=0, shuffle_input_sentence=False,
        num_threads=os.cpu_count() or 1, minloglevel=2)
    return model.getvalue()


def load_or_train(texts: Sequence[str], config: TokenizerConfig = TokenizerConfig(),
                  cache_dir: str | Path = DEFAULT_CACHE_DIR) -> tuple[Tokenizer, bool]:
    """The tokenizer for these training sentences, from the cache or trained now.

    texts: training sentences of both languages (see `training_texts`); never dev/test.
    Returns (tokenizer, from_cache).
    """
    if not texts:
        raise ValueError("no training sentences for the tokenizer")
    cache_dir = Path(cache_dir)
    path = cache_dir / f"spm-{cache_key(texts, config)}.model"
    if path.exists():
        print(f"tokenizer: using cached {path}", file=sys.stderr, flush=True)
        return Tokenizer(path), True
    n = min(len(texts), config.max_sentences)
    print(f"tokenizer: training SentencePiece {config.model_type}, vocab {config.vocab_size}, "
          f"on {n} of {len(texts)} sentences -> {path}", file=sys.stderr, flush=True)
    start = time.time()
    model = _train(texts, config)
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Write then rename, so a concurrent reader never sees half a model.
    with tempfile.NamedTemporaryFile(dir=cache_dir, suffix=".tmp", delete=False) as f:
        f.write(model)
    os.replace(f.name, path)
    print(f"tokenizer: trained in {time.time() - start:.1f}s", file=sys.stderr, flush=True)
    return Tokenizer(path), False
