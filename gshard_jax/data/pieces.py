"""A SentencePiece vocabulary with the model file's own special ids (an imported checkpoint's
`tokenizer.model`: Mixtral's and Llama's unk=0, bos=1, eos=2), for the decoder-only LM.

The translation tokenizer (tokenizer.py) trains its own models with pad=0, eos=1, unk=2; a
checkpoint's tokenizer comes with its ids fixed, so this one reads them from the file.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import sentencepiece as spm

from gshard_jax.data.chars import TextError


class PieceVocab:
    """Text <-> ids of a SentencePiece model file; `encode` puts the model's bos first (as
    Hugging Face's Llama/Mixtral tokenizers do) when it has one."""

    def __init__(self, model_file: str):
        try:
            self._sp = spm.SentencePieceProcessor(model_file=str(model_file))
        except (OSError, RuntimeError) as error:
            raise TextError(f"{model_file} is not a readable SentencePiece model ({error}); "
                            "copy the checkpoint's tokenizer.model again") from None
        self.model_file = str(model_file)

    @property
    def size(self) -> int:
        return self._sp.get_piece_size()

    @property
    def bos_id(self) -> int:
        return self._sp.bos_id()  # -1 when the model has none

    @property
    def eos_id(self) -> int:
        return self._sp.eos_id()

    @property
    def unk_id(self) -> int:
        return self._sp.unk_id()

    def unknown(self, text: str) -> list[str]:
        """Nothing is outside a subword vocabulary (unseen text maps to pieces or unk)."""
        return []

    def encode(self, text: str, bos: bool = True) -> np.ndarray:
        """int32 ids of `text`, the model's bos first when `bos` and it has one."""
        ids = self._sp.encode(text, out_type=int)
        if bos and self.bos_id >= 0:
            ids = [self.bos_id] + ids
        return np.asarray(ids, np.int32)

    def decode(self, ids: Sequence[int]) -> str:
        return self._sp.decode([int(i) for i in ids if 0 <= int(i) < self.size])
