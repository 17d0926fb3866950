"""Character-level text for the decoder-only LM: the text, its vocabulary, splits and windows.

The vocabulary is every distinct character of the text (sorted by code point, id = rank), so
there is no unknown token; a run saves it (`CharVocab.to_json`) and generation refuses a
prompt with characters outside it. The text's last `val_fraction` is the validation split
(as makeMoE). Training batches are random windows of block_size + 1 characters (inputs and
targets shifted by one); batch i is drawn from a generator seeded by (seed, i), so a resumed
run continues with exactly the batches an uninterrupted one would have seen.

The bundled text is the English side of the bundled corpus (the public-domain World English
Bible, see corpora/en_es_bible/PROVENANCE.md): its verses in canonical order, one per line.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Iterator, Sequence

import numpy as np

from gshard_jax.data.corpus import load_bundled_corpus
from gshard_jax.errors import UserError

BUNDLED = "bundled"


class TextError(UserError, ValueError):
    """A text (or prompt) the LM cannot use, with the fix in the message."""


def bundled_text() -> str:
    """The English verses of the bundled Bible corpus, canonical order, one per line."""
    return "\n".join(pair.src for pair in load_bundled_corpus("en").pairs) + "\n"


def read_text(path: str) -> str:
    """A UTF-8 text file's characters; TextError if missing, not UTF-8 or empty."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as error:
        raise TextError(f"data.corpus={path}: {error.strerror}; give the path of a UTF-8 text "
                        "file, or data.corpus=bundled") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise TextError(f"data.corpus={path} is not UTF-8 text (byte {error.start}, line "
                        f"{line}); convert it, e.g. iconv -f latin1 -t utf-8 {path} > "
                        f"{os.path.splitext(path)[0]}.utf8.txt") from None
    if not text:
        raise TextError(f"data.corpus={path} is empty; give a text file with the characters "
                        "to train on, or data.corpus=bundled")
    return text


def load_text(corpus: str) -> str:
    """`data.corpus`: 'bundled' or a UTF-8 file's path."""
    return bundled_text() if corpus == BUNDLED else read_text(corpus)


@dataclasses.dataclass(frozen=True)
class CharVocab:
    """One id per character: chars[id] (sorted by code point)."""

    chars: tuple[str, ...]

    @classmethod
    def build(cls, text: str) -> "CharVocab":
        return cls(tuple(sorted(set(text))))

    @property
    def size(self) -> int:
        return len(self.chars)

    def unknown(self, text: str) -> list[str]:
        """Distinct characters of `text` outside the vocabulary, in order of appearance."""
        known = set(self.chars)
        return list(dict.fromkeys(c for c in text if c not in known))

    def encode(self, text: str) -> np.ndarray:
        """int32 [len(text)] ids; TextError naming any character outside the vocabulary."""
        missing = self.unknown(text)
        if missing:
            raise TextError(f"characters outside the vocabulary: {describe_chars(missing)}")
        points = np.frombuffer(text.encode("utf-32-le"), np.uint32)
        table = np.array([ord(c) for c in self.chars], np.uint32)  # sorted: ids by bisection
        return np.searchsorted(table, points).astype(np.int32)

    def decode(self, ids: Sequence[int]) -> str:
        return "".join(self.chars[int(i)] for i in ids)

    def to_json(self) -> dict:
        return {"chars": "".join(self.chars)}

    @classmethod
    def from_json(cls, value: dict) -> "CharVocab":
        return cls(tuple(value["chars"]))


def describe_chars(chars: Sequence[str], limit: int = 10) -> str:
    """'x' (U+0078), ... for messages: visible even for spaces and control characters."""
    shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in chars[:limit])
    return shown + (f" and {len(chars) - limit} more" if len(chars) > limit else "")


def windows(ids: np.ndarray, starts: np.ndarray, block_size: int) -> dict[str, np.ndarray]:
    """{'inputs', 'targets'}: int32 [B, block_size] from ids[s : s + block_size + 1] per start."""
    rows = ids[starts[:, None] + np.arange(block_size + 1)[None, :]]
    return {"inputs": rows[:, :-1], "targets": rows[:, 1:]}


class WindowBatches(Iterator[dict]):
    """Endless random training windows; batch i depends only on (seed, i). `state()` is the
    position a checkpoint saves. With several processes each yields its rows of the batch."""

    def __init__(self, ids: np.ndarray, batch_size: int, block_size: int, seed: int,
                 state: dict | None = None, process_index: int = 0, process_count: int = 1):
        self.ids, self.batch_size, self.block_size, self.seed = ids, batch_size, block_size, seed
        self.index = int(state["batches"]) if state else 0
        rows = batch_size // process_count
        self.rows = slice(process_index * rows, (process_index + 1) * rows)

    def __next__(self) -> dict[str, np.ndarray]:
        rng = np.random.default_rng([self.seed, self.index])
        starts = rng.integers(0, len(self.ids) - self.block_size, self.batch_size)
        self.index += 1
        return {k: v[self.rows] for k, v in windows(self.ids, starts, self.block_size).items()}

    def state(self) -> dict:
        return {"batches": self.index}


@dataclasses.dataclass
class CharData:
    """A text as ids: train (the first 1 - val_fraction) and validation (the rest) splits."""

    name: str
    vocab: CharVocab
    train_ids: np.ndarray
    val_ids: np.ndarray

    @classmethod
    def from_text(cls, text: str, val_fraction: float, name: str,
                  vocab: CharVocab | None = None) -> "CharData":
        """Splits `text`; the vocabulary is built from it unless given (a resumed run's)."""
        vocab = vocab or CharVocab.build(text)
        ids = vocab.encode(text)
        cut = int(round(len(ids) * (1.0 - val_fraction)))
        return cls(name, vocab, ids[:cut], ids[cut:])

    def check_block_size(self, block_size: int, val_fraction: float) -> None:
        """Both splits must hold a window of block_size + 1 characters."""
        for split, ids in (("training", self.train_ids), ("validation", self.val_ids)):
            if len(ids) <= block_size:
                total = len(self.train_ids) + len(self.val_ids)
                raise TextError(
                    f"model.block_size={block_size} needs windows of {block_size + 1} characters, "
                    f"but the {split} split of {self.name} has {len(ids)} (of {total}; "
                    f"data.val_fraction={val_fraction}); lower model.block_size to at most "
                    f"{max(len(ids) - 1, 1)}, change data.val_fraction, or use a longer text")

    def train_batches(self, batch_size: int, block_size: int, seed: int,
                      state: dict | None = None, process_index: int = 0,
                      process_count: int = 1) -> WindowBatches:
        return WindowBatches(self.train_ids, batch_size, block_size, seed, state,
                             process_index, process_count)

    def eval_batches(self, batch_size: int, block_size: int, count: int, seed: int,
                     process_index: int = 0, process_count: int = 1) -> list[dict]:
        """`count` validation batches, the same at every call (drawn with seed + 1)."""
        batches = WindowBatches(self.val_ids, batch_size, block_size, seed + 1, None,
                                process_index, process_count)
        return [next(batches) for _ in range(count)]
