"""Greedy decoding with rotary positions through the key/value cache equals decoding without a
cache: the translation decoder (the sharded translate function against argmax over the whole
buffer, re-run each step, on one device) and the character LM (its generate loop against
re-running the window, which shifts twice, so cached positions restart at 0 over old entries).
Mixtral's whole block (SwiGLU experts, RMSNorm, RoPE); capacity for every token, so routing
cannot depend on how the tokens are grouped.
"""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np

from gshard_jax.config import MoEConfig
from gshard_jax.lm.generate import make_generate_fn
from gshard_jax.lm.task import LMTask
from gshard_jax.translation.decode import greedy_search
from gshard_jax.translation.task import TranslationTask
from gshard_jax.translation.translate import make_translate_fn
from tests.helpers import tiny_config, tiny_lm_config, uncached_lm_greedy

MIXTRAL_BLOCK = dict(ffn_activation="swiglu", norm="rmsnorm", positions="rope")
NO_DROPS = MoEConfig(num_experts=8, group_size=16, eval_capacity_factor=8.0,
                     router="softmax_topk")


def _uncached_translation(model, src, max_len):
    """Greedy search whose every step runs the decoder over the whole buffer (no cache)."""
    encoded, _ = model.encode(src)

    def full(decoder_input, t):
        mask = jnp.broadcast_to(jnp.arange(max_len) <= t, decoder_input.shape)
        logits, _ = model.decode(encoded, src > 0, decoder_input, mask)
        return jax.lax.dynamic_index_in_dim(logits, t, axis=1, keepdims=False)

    return greedy_search(full, src.shape[0], max_len)


def test_translation_greedy_with_rope_through_the_cache_equals_uncached():
    # An output projection of its own: with the shared table an untrained decoder would echo
    # its input (the start token, 0) forever.
    cfg = tiny_config(data=2, expert=4, moe=NO_DROPS, share_embeddings=False, **MIXTRAL_BLOCK)
    task = TranslationTask(cfg)  # rows over 8 devices, experts over 4
    params = task.init_state(0).params
    src = np.random.default_rng(0).integers(2, 64, (8, 8))
    src[:, 6:] = 0  # source padding
    max_len = 12
    cached = np.asarray(make_translate_fn(task, 1, max_len)(params, src))
    model = task.model(jax.device_get(params))
    uncached = np.asarray(jax.jit(lambda s: _uncached_translation(model, s, max_len))(src))
    np.testing.assert_array_equal(cached, uncached)
    assert (uncached[:, -1] != 0).any()  # some rows decode to the end of the buffer
    assert len(np.unique(uncached)) > 3  # not a constant output


def test_lm_greedy_with_rope_through_the_cache_and_window_shifts_equals_uncached():
    base = tiny_lm_config("unused.txt", "unused", 2)
    cfg = dataclasses.replace(base, model=dataclasses.replace(
        base.model, block_size=8, moe=dataclasses.replace(NO_DROPS, num_experts=4, group_size=8),
        **MIXTRAL_BLOCK))
    task = LMTask(cfg, 11)  # data=2 x expert=4
    params = task.init_state(1).params
    prompt, max_new = [3, 1, 4, 1, 5], 14  # the window fills and shifts twice
    generate = make_generate_fn(task, 8, len(prompt), max_new)
    greedy = np.asarray(generate(params, np.tile(prompt, (8, 1)), 7, jnp.float32(0.0),
                                 jnp.int32(0)))
    expected = uncached_lm_greedy(task, jax.device_get(params), prompt, max_new)
    assert (greedy == expected).all(), (greedy[0], expected)
    assert len(set(expected[len(prompt):])) > 2  # not a constant continuation
