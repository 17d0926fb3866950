"""Sampling text from a trained character LM, incrementally with a key/value cache.

One jitted `lax.while_loop` feeds one character per row per iteration through
`CharLM.decode_step` (as translation decodes): first the prompt, then each sampled character.
The model attends to at most block_size characters. When the window is full, it keeps the
last block_size // 2 characters and re-feeds them from position 0 (one cached step each), so
the cost stays O(1) steps per character. Without a cache the same rule reads:

    start = 0
    for n in range(len(prompt), len(prompt) + max_new):   # predict character n
        if n - start > block_size:
            start = n - block_size // 2
        logits = model(tokens[start:n])[-1]

Sampling: temperature 0 is greedy (argmax); otherwise softmax(logits / temperature),
restricted to the top_k most likely characters when top_k > 0. Row r's character n is drawn
with the key fold_in(fold_in(seed, n), r), so a sample does not depend on the mesh.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np

from gshard_jax.data.chars import CharVocab, TextError, describe_chars
from gshard_jax.model.transformer import split_group_size


def sample_next(logits_NV: jax.Array, keys_N: jax.Array, temperature: jax.Array,
                top_k: jax.Array) -> jax.Array:
    """Next ids [N]: argmax at temperature 0, else a draw from the top_k (0 = all) logits."""
    V = logits_NV.shape[-1]
    descending_NV = -jnp.sort(-logits_NV, axis=-1)
    kth_N = descending_NV[:, jnp.clip(top_k - 1, 0, V - 1)]
    kept_NV = jnp.where((top_k > 0) & (logits_NV < kth_N[:, None]), -jnp.inf, logits_NV)
    scaled_NV = kept_NV / jnp.maximum(temperature, 1e-6)
    drawn_N = jax.vmap(jax.random.categorical)(keys_N, scaled_NV)
    return jnp.where(temperature > 0, drawn_N, jnp.argmax(logits_NV, axis=-1)).astype(jnp.int32)


def make_generate_fn(task, rows: int, prompt_len: int, max_new: int) -> Callable:
    """Jitted `fn(params, prompt [rows, P], seed, temperature, top_k) -> ids [rows, P + max_new]`.

    rows must be a multiple of the task's data shards (each device decodes its rows).
    """
    block = task.cfg.model.block_size
    keep = block // 2
    total = prompt_len + max_new
    group_size = split_group_size(rows, task.data_shards, task.cfg.model.moe.group_size)

    def generate(params, prompt_NP, seed, temperature, top_k):
        with task.sharding_context():
            model = task.model(params)
            buf_NT = jnp.zeros((rows, total), jnp.int32).at[:, :prompt_len].set(prompt_NP)
            start = jnp.int32(0 if prompt_len <= block else prompt_len - keep)
            key = jax.random.key(seed)

            def body(s):
                buf_NT, n, fed, start, cache = s  # n known ids; fed of them are in the cache
                full = fed - start == block  # no position left for buf[fed]: shift the window
                start = jnp.where(full, fed + 1 - keep, start)
                fed = jnp.where(full, start, fed)
                token_N = jax.lax.dynamic_index_in_dim(buf_NT, fed, axis=1, keepdims=False)
                logits_NV, cache = model.decode_step(token_N, fed - start, cache, group_size,
                                                     task.moe_mode)
                fed = fed + 1
                ready = fed == n  # the logits predict id n: sample it
                key_n = jax.random.fold_in(key, n)
                keys_N = jax.vmap(lambda r: jax.random.fold_in(key_n, r))(jnp.arange(rows))
                new_N = sample_next(logits_NV, keys_N, temperature, top_k)
                column_N = jax.lax.dynamic_index_in_dim(buf_NT, n, axis=1, keepdims=False)
                buf_NT = jax.lax.dynamic_update_slice_in_dim(
                    buf_NT, jnp.where(ready, new_N, column_N)[:, None], n, axis=1)
                return buf_NT, n + ready.astype(jnp.int32), fed, start, cache

            state = (buf_NT, jnp.int32(prompt_len), start, start, model.init_cache(rows))
            return jax.lax.while_loop(lambda s: s[1] < total, body, state)[0]

    return jax.jit(generate)


def check_prompt(vocab: CharVocab, prompt: str) -> None:
    """TextError (naming the characters) for an empty prompt or one outside the vocabulary."""
    if not prompt:
        raise TextError("--prompt is empty; give at least one character to continue from")
    missing = vocab.unknown(prompt)
    if missing:
        raise TextError(
            f"--prompt has {len(missing)} character(s) outside this run's vocabulary: "
            f"{describe_chars(missing)}; the model knows only the {vocab.size} characters of "
            "its training text (vocab.json in the run directory): remove or replace them")


def generate_text(task, params, vocab: CharVocab, prompt: str, *, max_new: int,
                  temperature: float = 1.0, top_k: int = 0, seed: int = 0,
                  samples: int = 1) -> list[str]:
    """`samples` continuations of `prompt` (max_new characters each, prompt not included)."""
    check_prompt(vocab, prompt)
    shards = task.data_shards
    rows = -(-samples // shards) * shards
    prompt_ids = np.broadcast_to(vocab.encode(prompt), (rows, len(prompt)))
    fn = make_generate_fn(task, rows, len(prompt), max_new)
    ids = np.asarray(fn(params, prompt_ids, seed, jnp.float32(temperature), jnp.int32(top_k)))
    return [vocab.decode(row[len(prompt):]) for row in ids[:samples]]
