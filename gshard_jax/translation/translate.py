"""Translating with a trained run: load it, encode once, then beam or greedy search.

`load_trained` restores a run's newest checkpoint onto the mesh the config describes
(whatever mesh trained it) with the tokenizer the run directory carries, so a run directory
copied to another machine translates without its corpus.

The decoder runs incrementally: each step feeds one token per hypothesis and reuses the cached
self-attention keys/values of earlier positions (and the encoder's cross-attention keys/values),
so a sentence costs O(length) decoder steps of one token, not O(length^2).
"""

from __future__ import annotations

from typing import Callable, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from gshard_jax.config import Config
from gshard_jax.data.pipeline import load_translation_data, source_prefix, target_languages
from gshard_jax.data.tokenizer import Tokenizer
from gshard_jax.engine.rundir import RunDir
from gshard_jax.model.transformer import split_group_size
from gshard_jax.translation.decode import beam_search, greedy_search
from gshard_jax.translation.task import TranslationTask
from gshard_jax.vocab import EOS_ID, PAD_ID


def make_translate_fn(task, beam_size: int, max_len: int, alpha: float = 0.6) -> Callable:
    """Returns jitted `fn(params, src [B, T]) -> tokens [B, max_len]` (best hypothesis).

    beam_size 1 is greedy search.
    """
    shards = task.data_shards
    configured = task.cfg.model.moe.group_size

    def translate(params, src_BT):
        with task.sharding_context():
            model = task.model(params)
            batch, src_len = src_BT.shape
            beams = max(beam_size, 1)
            encoded_BTM, _ = model.encode(
                src_BT, moe_group_size=split_group_size(batch * src_len, shards, configured),
                moe_mode=task.moe_mode)
            # Rows batch-major (b * beam + k), as the search expects.
            state = model.init_decode_state(jnp.repeat(encoded_BTM, beams, axis=0),
                                            jnp.repeat(src_BT != PAD_ID, beams, axis=0), max_len)
            step_group_size = split_group_size(batch * beams, shards, configured)

            def tokens_to_logits(decoder_input_NL, t, self_kv):
                token_N = jax.lax.dynamic_index_in_dim(decoder_input_NL, t, axis=1, keepdims=False)
                logits_NV, new_state = model.decode_step(
                    token_N, t, state._replace(self_kv=self_kv), step_group_size, task.moe_mode)
                return logits_NV, new_state.self_kv

            # Only the self-attention cache follows the hypotheses; the cross-attention keys
            # are the same for every beam of a sentence.
            if beam_size <= 1:
                return greedy_search(tokens_to_logits, batch, max_len, cache=state.self_kv)
            sequences_BKL, _ = beam_search(tokens_to_logits, batch, beam_size, max_len,
                                           alpha=alpha, cache=state.self_kv)
            return sequences_BKL[:, 0]

    return jax.jit(translate, in_shardings=(task.param_shardings, task.batch_sharding))


def translate_ids(task, params, sources: Sequence[list[int]], *, beam_size: int, alpha: float,
                  max_len: int, batch_size: int = 32, progress: Callable | None = None) -> list[list[int]]:
    """Translates token-id sequences in batches sorted by length; returns ids in input order.

    Each batch is padded to a multiple of the data shards; its source length is rounded up to a
    multiple of 8 and the output length is min(max_len, 2 * source length + 8).
    """
    shards = task.data_shards
    batch_size = max(shards, batch_size // shards * shards)
    order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
    outputs: list[list[int]] = [[] for _ in sources]
    compiled: dict[tuple[int, int], Callable] = {}
    for start in range(0, len(order), batch_size):
        index = order[start:start + batch_size]
        src_len = max(8, -(-max(len(sources[i]) for i in index) // 8) * 8)
        out_len = min(max_len, 2 * src_len + 8)
        src = np.zeros((batch_size, src_len), np.int32)
        for row, i in enumerate(index):
            ids = sources[i][:src_len]
            src[row, :len(ids)] = ids
        key = (src_len, out_len)
        if key not in compiled:
            compiled[key] = make_translate_fn(task, beam_size, out_len, alpha)
        tokens = np.asarray(compiled[key](params, src))
        for row, i in enumerate(index):
            outputs[i] = [int(t) for t in tokens[row] if t not in (PAD_ID, EOS_ID)]
        if progress is not None:
            progress(min(start + batch_size, len(order)), len(order))
    return outputs


def load_trained(cfg: Config) -> tuple[TranslationTask, object, Tokenizer, int]:
    """(task, params, tokenizer, step) of the run in cfg.run.workdir, on the mesh cfg.mesh
    describes. The tokenizer is the run directory's copy; a run trained before run
    directories carried one falls back to the corpus's cached tokenizer."""
    run = RunDir(cfg.run.workdir)
    path = run.tokenizer_file()
    tokenizer = Tokenizer(path) if path else load_translation_data(cfg, verbose=False).tokenizer
    task = TranslationTask(cfg)
    state, step = run.restore(task.abstract_state(), task.restore_other_layout)
    return task, state.params, tokenizer, step


def translate_sentences(cfg: Config, sentences: Sequence[str],
                        tgt_lang: str | None = None) -> list[str]:
    """Translations of `sentences` (one per input, in order) with the run's newest checkpoint;
    a multilingual run translates into `tgt_lang` (the CLI's --target-lang)."""
    task, params, tokenizer, _ = load_trained(cfg)
    prefix = source_prefix(tgt_lang, target_languages(cfg.data))
    ids = translate_ids(task, params, [tokenizer.encode(s, prefix) for s in sentences],
                        beam_size=cfg.run.beam_size, alpha=cfg.run.length_penalty,
                        max_len=cfg.run.max_decode_len)
    return [tokenizer.decode(x) for x in ids]
