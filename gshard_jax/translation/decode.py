"""Model-agnostic greedy and beam search, jit-able, with fixed shapes.

The model is reached only through a callback (the Flax WMT contract; a key/value cache is optional, see below)::

    tokens_to_logits(decoder_input, t) -> logits
      decoder_input: int32 [N, max_len]. Column 0 is the start token; columns 1..t hold the
                     tokens generated so far; columns > t are padding (0) and must not matter.
      t:             traced int32 scalar, the output position being predicted.
      logits:        float [N, V], the next-token logits for output position t, i.e. predicted
                     from decoder_input[:, :t + 1].

N = batch * beam with rows ordered batch-major (row b * beam + k), so a caller tiles its encoder
outputs with ``jnp.repeat(encoded, beam, axis=0)``. Greedy search uses beam = 1.

Models with a key/value cache pass ``cache=`` (any pytree whose leaves have leading dim N); the
callback then is ``tokens_to_logits(decoder_input, t, cache) -> (logits, cache)``, it is called
for t = 0, 1, 2, ... in order, and beam search reorders the cache rows along with the hypotheses.

Conventions shared by both searches:
  * returned tokens are the generated ones (the start token is not included), [.., max_len];
  * the EOS token is kept; every position after it is 0 (padding);
  * a hypothesis scored by beam search is
        score(y) = sum_{i=1..L} log p(y_i | y_<i) / ((5 + L) / 6) ** alpha        (GNMT)
    where L counts the generated tokens *including* the EOS. A hypothesis that never emits EOS
    has L = max_len; it is returned only for a batch row where no hypothesis finished.

Both functions are traced with ``jax.lax.while_loop``; wrap them in ``jax.jit`` (the sizes are
Python ints, so they are static) or call them inside a jitted function.
"""

from typing import Callable, NamedTuple

import jax
import jax.numpy as jnp

from gshard_jax.vocab import EOS_ID, PAD_ID

TokensToLogits = Callable[[jax.Array, jax.Array], jax.Array]

# Scores of empty slots. A true -inf (not a large negative sentinel) keeps an empty slot from ever
# outranking a real hypothesis; masking is always done with jnp.where, so no 0 * inf NaNs appear.
NEG_INF = -jnp.inf


def length_penalty(length: jax.Array | float, alpha: float | jax.Array) -> jax.Array:
    """GNMT length penalty ((5 + length) / 6) ** alpha; `length` counts EOS. Any shape -> same."""
    return ((5.0 + length) / 6.0) ** alpha


def _stepper(tokens_to_logits, cache):
    """Uniform (decoder_input, t, cache) -> (logits, cache) over both callback contracts."""
    if cache is None:
        return lambda decoder_input, t, _: (tokens_to_logits(decoder_input, t), None)
    return tokens_to_logits


def greedy_search(
    tokens_to_logits: TokensToLogits,
    batch_size: int,
    max_len: int,
    eos_id: int = EOS_ID,
    start_id: int = PAD_ID,
    cache=None,
) -> jax.Array:
    """Argmax decoding.

    Args:
      tokens_to_logits: the model callback described in the module docstring (N = batch_size).
      batch_size: B.
      max_len: the most tokens generated per row, EOS included.
      eos_id: the end-of-sequence token, kept in the output.
      start_id: written in column 0 of the decoder input.
      cache: the model's decoding cache (module docstring), or None for a stateless callback.

    Returns:
      int32 [B, max_len]: the generated tokens, 0 after the first EOS. Stops early once every row
      has emitted EOS.
    """
    # Column 0 holds the start token; output position t is written to column t + 1.
    buf = jnp.zeros((batch_size, max_len + 1), jnp.int32)  # [B, max_len + 1]
    buf = buf.at[:, 0].set(start_id)  # [B, max_len + 1]
    done = jnp.zeros((batch_size,), jnp.bool_)  # [B]
    step = _stepper(tokens_to_logits, cache)

    def cond(state):
        t, _, done, _ = state  # [], [B, max_len + 1], [B], cache
        return (t < max_len) & ~jnp.all(done)  # []

    def body(state):
        t, buf, done, cache = state  # [], [B, max_len + 1], [B], cache
        logits, cache = step(buf[:, :max_len], t, cache)  # [B, V]
        token = jnp.argmax(logits, axis=-1).astype(jnp.int32)  # [B]
        token = jnp.where(done, PAD_ID, token)  # [B]  rows past their EOS only pad
        buf = jax.lax.dynamic_update_slice_in_dim(buf, token[:, None], t + 1, 1)  # [B, max_len+1]
        return t + 1, buf, done | (token == eos_id), cache  # [], [B, max_len + 1], [B], cache

    _, buf, _, _ = jax.lax.while_loop(cond, body, (jnp.int32(0), buf, done, cache))
    return buf[:, 1:]  # [B, max_len]


# Beam search, as in the Flax WMT example and T5X. Each batch row keeps two pools of `beam` (K)
# hypotheses: *alive* ones (no EOS yet, ranked by raw log-prob) and *finished* ones (ended in EOS,
# ranked by length-penalised score). Each step extends every alive hypothesis by every token and
# keeps the best 2K of the K * V candidates: even if up to K of them end in EOS, K that do not are
# left to refill the alive pool, so finishing hypotheses never starve the search. The EOS
# candidates are merged into the finished pool (best K kept). The loop stops at max_len, or once
# no alive hypothesis can still beat the worst finished one: log-probs only fall as a hypothesis
# grows, so an alive hypothesis scores at most its log-prob divided by the largest penalty any
# reachable length gets.


class _BeamState(NamedTuple):
    """The while-loop carry of beam_search; hypotheses carry the start token in column 0."""

    t: jax.Array  # [] int32, the output position the next step predicts
    alive_seqs: jax.Array  # [B, K, max_len + 1] int32, hypotheses without EOS
    alive_lp: jax.Array  # [B, K] float32, their log-probs (unpenalised), -inf for empty slots
    fin_seqs: jax.Array  # [B, K, max_len + 1] int32, hypotheses ending in EOS, then padding
    fin_scores: jax.Array  # [B, K] float32, their penalised scores, -inf for empty slots
    cache: object  # the model's cache, leaves [B*K, ...] in alive-hypothesis order (or None)


def _gather_beams(x: jax.Array, beam_idx: jax.Array) -> jax.Array:
    """Picks beams per batch row: x [B, K, ...], beam_idx int [B, J] -> [B, J, ...]."""
    return jax.vmap(lambda x_b, i_b: x_b[i_b])(x, beam_idx)  # [B, J, ...]


def beam_search(
    tokens_to_logits: TokensToLogits,
    batch_size: int,
    beam_size: int,
    max_len: int,
    eos_id: int = EOS_ID,
    start_id: int = PAD_ID,
    alpha: float | jax.Array = 0.6,
    cache=None,
) -> tuple[jax.Array, jax.Array]:
    """Beam search with GNMT length penalty (see the module docstring for the score).

    Args:
      tokens_to_logits: the model callback described in the module docstring, with
        N = batch_size * beam_size, rows batch-major.
      batch_size: B.
      beam_size: K, the hypotheses kept (and returned) per batch row.
      max_len: the most tokens generated per hypothesis, EOS included.
      eos_id: the end-of-sequence token, kept in the output.
      start_id: written in column 0 of the decoder input.
      alpha: length-penalty exponent (may be traced); 0 ranks by raw log-prob.
      cache: the model's decoding cache (module docstring), or None for a stateless callback.

    Returns:
      sequences: int32 [B, K, max_len], generated tokens, 0 after EOS, best first.
      scores: float32 [B, K], the length-penalised scores, descending. A row with no finished
        hypothesis returns its alive ones instead, scored with L = max_len. Slots with no
        hypothesis at all (fewer than K exist) have score -inf and all-0 tokens.
    """
    B, K = batch_size, beam_size  # shape letters: batch, beam
    max_penalty = length_penalty(max_len, alpha)  # []  the penalty at L = max_len
    step = _stepper(tokens_to_logits, cache)

    def reorder(cache, beam_idx_BK):
        """Cache rows follow their hypotheses: row b*K + k takes row b*K + beam_idx[b, k]."""
        def take(x):
            x_BK = x.reshape(B, K, *x.shape[1:])
            return _gather_beams(x_BK, beam_idx_BK).reshape(x.shape)
        return jax.tree.map(take, cache)

    def cond(s: _BeamState) -> jax.Array:
        # x <= 0, so x / penalty is largest at the largest penalty of a reachable length.
        best_penalty = jnp.maximum(length_penalty(s.t + 1.0, alpha), max_penalty)  # []
        best_alive = jnp.max(s.alive_lp, axis=1) / best_penalty  # [B]
        worst_fin = jnp.min(s.fin_scores, axis=1)  # [B]  -inf until K hypotheses have finished
        hopeless = jnp.all(worst_fin >= best_alive)  # []
        return (s.t < max_len) & ~hopeless  # []

    def body(s: _BeamState) -> _BeamState:
        t = s.t  # []
        flat_in = s.alive_seqs[:, :, :max_len].reshape(B * K, max_len)  # [B*K, max_len]
        logits, cache = step(flat_in, t, s.cache)  # [B*K, V]
        logits = logits.astype(jnp.float32)  # [B*K, V]
        V = logits.shape[-1]  # vocabulary size
        log_probs = jax.nn.log_softmax(logits).reshape(B, K, V)  # [B, K, V]
        cand_lp = (s.alive_lp[:, :, None] + log_probs).reshape(B, K * V)  # [B, K*V]
        top_lp, top_idx = jax.lax.top_k(cand_lp, 2 * K)  # [B, 2K], [B, 2K]
        top_beam = top_idx // V  # [B, 2K]  the alive beam each candidate extends
        top_tok = (top_idx % V).astype(jnp.int32)  # [B, 2K]
        top_seqs = _gather_beams(s.alive_seqs, top_beam)  # [B, 2K, max_len+1]
        top_seqs = jax.lax.dynamic_update_slice_in_dim(
            top_seqs, top_tok[:, :, None], t + 1, axis=2
        )  # [B, 2K, max_len+1]
        is_eos = top_tok == eos_id  # [B, 2K]

        # Alive pool: the best K candidates that did not just end.
        alive_lp, alive_idx = jax.lax.top_k(jnp.where(is_eos, NEG_INF, top_lp), K)  # [B, K] x2
        alive_seqs = _gather_beams(top_seqs, alive_idx)  # [B, K, max_len+1]
        cache = reorder(cache, _gather_beams(top_beam, alive_idx))  # the beams they extend

        # Finished pool: merge in the candidates that just ended (L = t + 1, EOS included).
        new_scores = top_lp / length_penalty(t + 1.0, alpha)  # [B, 2K]
        new_scores = jnp.where(is_eos, new_scores, NEG_INF)  # [B, 2K]
        all_scores = jnp.concatenate([s.fin_scores, new_scores], axis=1)  # [B, 3K]
        all_seqs = jnp.concatenate([s.fin_seqs, top_seqs], axis=1)  # [B, 3K, max_len+1]
        fin_scores, fin_idx = jax.lax.top_k(all_scores, K)  # [B, K], [B, K]
        fin_seqs = _gather_beams(all_seqs, fin_idx)  # [B, K, max_len+1]
        return _BeamState(t + 1, alive_seqs, alive_lp, fin_seqs, fin_scores, cache)

    seqs0 = jnp.zeros((B, K, max_len + 1), jnp.int32).at[:, :, 0].set(start_id)  # [B, K, max_len+1]
    # Only beam 0 is live at the start, so the first step does not pick K copies of one token.
    alive_lp0 = jnp.full((B, K), NEG_INF, jnp.float32).at[:, 0].set(0.0)  # [B, K]
    fin_scores0 = jnp.full((B, K), NEG_INF, jnp.float32)  # [B, K]
    state0 = _BeamState(jnp.int32(0), seqs0, alive_lp0, seqs0, fin_scores0, cache)
    s = jax.lax.while_loop(cond, body, state0)  # shapes as state0

    # A row where nothing finished returns its alive hypotheses, penalised as if L = max_len.
    none_finished = jnp.all(s.fin_scores == NEG_INF, axis=1)  # [B]
    scores = jnp.where(none_finished[:, None], s.alive_lp / max_penalty, s.fin_scores)  # [B, K]
    seqs = jnp.where(none_finished[:, None, None], s.alive_seqs, s.fin_seqs)  # [B, K, max_len+1]
    seqs = jnp.where((scores > NEG_INF)[:, :, None], seqs, PAD_ID)  # [B, K, max_len+1]  empties
    return seqs[:, :, 1:], scores  # [B, K, max_len], [B, K]
