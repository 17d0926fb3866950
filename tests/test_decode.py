"""Greedy and beam search against exhaustive search, a plain-Python beam search and a naive loop.

The model under test is a toy whose next-token logits depend on the whole prefix (a sum of
position-and-token embeddings, plus a per-example "source" vector), written twice: in JAX for the
decoder and in NumPy float64 for the references.
"""

import functools
import itertools

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gshard_jax.translation.decode import beam_search, greedy_search

V, L, D = 4, 4, 8  # vocabulary (EOS included), max_len, toy hidden size
EOS, START = 1, 0
NON_EOS = [v for v in range(V) if v != EOS]
B = 3


def make_params(seed=0):
    rng = np.random.default_rng(seed)
    return {
        "emb": rng.normal(size=(L, V, D)),  # [L, V, D] input token at each decoder column
        "src": rng.normal(size=(B, D)),  # [B, D] stands in for the encoder output
        "out": 2.0 * rng.normal(size=(D, V)),  # [D, V] scaled so scores are well separated
        # EOS grows likelier with position, as in a trained model, so greedy paths end.
        "eos_ramp": 0.8,
        "eos_bias": 0.0,
    }


def jax_model(params, src_n):
    """The callback for rows with source vectors src_n [N, D] (already tiled over beams)."""
    emb = jnp.asarray(params["emb"], jnp.float32)  # [L, V, D]
    out = jnp.asarray(params["out"], jnp.float32)  # [D, V]
    src_n = jnp.asarray(src_n, jnp.float32)  # [N, D]
    def tokens_to_logits(decoder_input, t):
        seen = (jnp.arange(L) <= t)[None, :, None]  # [1, L, 1] columns 0..t only
        onehot = jax.nn.one_hot(decoder_input, V) * seen  # [N, L, V]
        h = src_n + jnp.einsum("nlv,lvd->nd", onehot, emb)  # [N, D]
        eos_logit = params["eos_bias"] + params["eos_ramp"] * t  # []
        return (jnp.tanh(h) @ out).at[:, EOS].add(eos_logit)  # [N, V]  (eos_bias may be -inf)

    return tokens_to_logits


def np_model(params, b):
    """The toy in float64 for example b: generated tokens -> log p(. | START + generated) [V]."""
    return lambda generated: np_log_probs(params, b, generated)


def np_log_probs(params, b, generated):
    prefix = (START,) + tuple(generated)
    h = params["src"][b] + sum(params["emb"][j, tok] for j, tok in enumerate(prefix))
    logits = np.tanh(h) @ params["out"]
    logits[EOS] += params["eos_bias"] + params["eos_ramp"] * len(generated)
    return logits - np.log(np.sum(np.exp(logits - logits.max()))) - logits.max()


def penalty(length, alpha):
    return ((5.0 + length) / 6.0) ** alpha  # GNMT, length counting the EOS


def true_score(log_probs, seq, alpha):
    """The documented score of a hypothesis (tokens without padding) under a float64 model."""
    log_prob = sum(log_probs(seq[:i])[tok] for i, tok in enumerate(seq))
    return log_prob / penalty(len(seq), alpha)


def strip(tokens):
    """Drops the padding after the first EOS: [max_len] -> tuple."""
    tokens = [int(x) for x in tokens]
    return tuple(tokens[: tokens.index(EOS) + 1]) if EOS in tokens else tuple(tokens)


def exhaustive_finished(log_probs, alpha):
    """Every EOS-terminated hypothesis up to L tokens, best first: [(score, tokens)]."""
    hyps = [body + (EOS,) for n in range(L) for body in itertools.product(NON_EOS, repeat=n)]
    return sorted(((true_score(log_probs, h, alpha), h) for h in hyps), reverse=True)


def exhaustive_unfinished(log_probs, alpha):
    """Every hypothesis of L tokens without EOS, best first: [(score, tokens)]."""
    hyps = list(itertools.product(NON_EOS, repeat=L))
    return sorted(((true_score(log_probs, h, alpha), h) for h in hyps), reverse=True)


def reference_beam_search(log_probs, beam, alpha):
    """The same algorithm as beam_search, in plain Python float64, always running all L steps."""
    alive, finished = [(0.0, ())], []
    for t in range(L):
        cands = [
            (lp + log_probs(seq)[v], seq + (v,)) for lp, seq in alive for v in range(V)
        ]
        cands = sorted(cands, reverse=True)[: 2 * beam]
        finished += [(lp / penalty(t + 1, alpha), s) for lp, s in cands if s[-1] == EOS]
        finished = sorted(finished, reverse=True)[:beam]
        alive = [(lp, s) for lp, s in cands if s[-1] != EOS][:beam]
    return finished or [(lp / penalty(L, alpha), s) for lp, s in alive]


def with_junk(fn):
    """Wraps a callback so columns after t hold arbitrary tokens (varying with row, column and
    step; a cheap hash rather than a PRNG, which would slow compilation) instead of padding."""

    def tokens_to_logits(decoder_input, t):
        n, cols = decoder_input.shape
        junk = (jnp.arange(n * cols).reshape(n, cols) * 7 + 3 * t + 1) % V  # [N, L]
        later = jnp.arange(decoder_input.shape[1]) > t  # [L]
        return fn(jnp.where(later, junk, decoder_input), t)  # [N, V]

    return tokens_to_logits


# Params, sources and alpha are traced arguments, so tests that differ only in them share one
# compilation (and alpha is checked to work as a traced value).
@functools.partial(jax.jit, static_argnames=("beam", "junk"))
def toy_beam_search(params, src, alpha, beam, junk=False):
    fn = jax_model(params, jnp.repeat(src, beam, axis=0))  # rows batch-major
    fn = with_junk(fn) if junk else fn
    return beam_search(fn, src.shape[0], beam, L, eos_id=EOS, start_id=START, alpha=alpha)


@functools.partial(jax.jit, static_argnames=("junk",))
def toy_greedy_search(params, src, junk=False):
    fn = with_junk(jax_model(params, src)) if junk else jax_model(params, src)
    return greedy_search(fn, src.shape[0], L, eos_id=EOS, start_id=START)


def run_beam(params, src, beam, alpha, junk=False):
    """beam_search of the toy on src [b, D] -> NumPy (seqs [b, beam, L], scores [b, beam])."""
    seqs, scores = toy_beam_search(params, src, alpha, beam, junk)
    return np.asarray(seqs), np.asarray(scores)


def run_greedy(params, src, junk=False):
    """greedy_search of the toy on examples src [b, D] -> NumPy tokens [b, L]."""
    return np.asarray(toy_greedy_search(params, src, junk))


def beam_with(tokens_to_logits, batch, beam, alpha):
    """beam_search with any callback -> NumPy (seqs [batch, beam, L], scores [batch, beam])."""
    search = functools.partial(beam_search, tokens_to_logits, batch, beam, L, EOS, START, alpha)
    seqs, scores = jax.jit(search)()
    return np.asarray(seqs), np.asarray(scores)


def greedy_with(tokens_to_logits, batch):
    """greedy_search with any callback -> NumPy tokens [batch, L]."""
    search = functools.partial(greedy_search, tokens_to_logits, batch, L, EOS, START)
    return np.asarray(jax.jit(search)())


@pytest.mark.parametrize("alpha", [0.0, 0.6, 2.0])
def test_beam_search_with_a_wide_beam_equals_exhaustive_search(alpha):
    params = make_params()
    beam = V ** (L - 1)  # keeps every candidate: (V-1)^t * V <= 2 * beam for all t < L
    seqs, scores = run_beam(params, params["src"], beam, alpha)
    for b in range(B):
        expected = exhaustive_finished(np_model(params, b), alpha)  # all 1 + 3 + 9 + 27 = 40
        n = len(expected)
        assert [strip(s) for s in seqs[b, :n]] == [h for _, h in expected]
        np.testing.assert_allclose(scores[b, :n], [s for s, _ in expected], rtol=1e-5, atol=1e-5)
        # Only 40 hypotheses exist, so the other slots are empty.
        assert np.all(scores[b, n:] == -np.inf) and np.all(seqs[b, n:] == 0)


def test_beam_search_with_a_wide_beam_and_no_eos_returns_every_unfinished_hypothesis():
    params = make_params(seed=9)
    params["eos_bias"] = -np.inf  # nothing can finish, so every row falls back to alive beams
    beam = 2 * V ** (L - 1)  # more slots than the (V-1)^L = 81 hypotheses, so some stay empty
    seqs, scores = run_beam(params, params["src"], beam, 0.6)
    for b in range(B):
        expected = exhaustive_unfinished(np_model(params, b), 0.6)
        n = len(expected)
        assert [tuple(s) for s in seqs[b, :n]] == [h for _, h in expected]
        np.testing.assert_allclose(scores[b, :n], [s for s, _ in expected], rtol=1e-5, atol=1e-5)
        assert np.all(scores[b, n:] == -np.inf) and np.all(seqs[b, n:] == 0)


@pytest.mark.parametrize("beam,alpha", [(1, 0.6), (2, 0.6), (2, 0.0), (3, 1.0)])
def test_beam_search_with_a_narrow_beam_matches_a_plain_python_beam_search(beam, alpha):
    params = make_params(seed=1)
    seqs, scores = run_beam(params, params["src"], beam, alpha)
    for b in range(B):
        expected = reference_beam_search(np_model(params, b), beam, alpha)
        assert [strip(s) for s in seqs[b, : len(expected)]] == [h for _, h in expected]
        np.testing.assert_allclose(scores[b, : len(expected)], [s for s, _ in expected], atol=1e-5)
        # Each score is the true score of its sequence, and none beats the exhaustive best.
        best = exhaustive_finished(np_model(params, b), alpha)[0][0]
        for seq, score in zip(seqs[b, : len(expected)], scores[b]):
            true = true_score(np_model(params, b), strip(seq), alpha)
            assert score == pytest.approx(true, abs=1e-5)
            assert score <= best + 1e-6


def test_beam_search_returns_unfinished_hypotheses_when_none_ends():
    params = make_params(seed=2)
    params["eos_bias"] = -100.0  # EOS never makes the top 2 * beam candidates
    beam, alpha = 1, 0.6  # with 2 * beam >= V the first step would keep every token, EOS too
    seqs, scores = run_beam(params, params["src"], beam, alpha)
    for b in range(B):
        expected = reference_beam_search(np_model(params, b), beam, alpha)
        assert all(EOS not in s for _, s in expected)  # the case under test
        assert [tuple(s) for s in seqs[b]] == [h for _, h in expected]
        # Scored with the penalty at L = max_len.
        np.testing.assert_allclose(scores[b], [s for s, _ in expected], atol=1e-5)


def test_greedy_equals_a_step_by_step_argmax_loop():
    params = make_params(seed=3)
    got = run_greedy(params, params["src"])
    for b in range(B):
        seq = ()
        while len(seq) < L and EOS not in seq:
            seq += (int(np.argmax(np_log_probs(params, b, seq))),)
        assert tuple(got[b]) == seq + (0,) * (L - len(seq))


def test_greedy_equals_beam_search_with_one_beam_and_no_length_penalty():
    params = make_params(seed=4)
    greedy = run_greedy(params, params["src"])
    # With one beam the alive hypothesis follows the argmax among non-EOS tokens, so the two agree
    # whenever greedy ends in EOS (else beam search may prefer a finished one off the greedy path).
    assert all(EOS in row for row in greedy)
    seqs, _ = run_beam(params, params["src"], 1, 0.0)
    np.testing.assert_array_equal(seqs[:, 0], greedy)


def test_junk_after_column_t_changes_nothing():
    """The toy model reads only columns 0..t, so the references above test the decoder's
    prefix bookkeeping; a callback that overwrites the later columns with other tokens must
    decode identically."""
    params = make_params(seed=5)
    beam = 3
    junk_beam = run_beam(params, params["src"], beam, 0.6, junk=True)
    clean_beam = run_beam(params, params["src"], beam, 0.6)
    np.testing.assert_array_equal(junk_beam[0], clean_beam[0])
    np.testing.assert_array_equal(junk_beam[1], clean_beam[1])
    junk_greedy = run_greedy(params, params["src"], junk=True)
    np.testing.assert_array_equal(junk_greedy, run_greedy(params, params["src"]))


def test_batched_decoding_equals_one_example_at_a_time():
    params = make_params(seed=6)
    beam = 3
    seqs, scores = run_beam(params, params["src"], beam, 0.6)
    greedy = run_greedy(params, params["src"])
    for b in range(B):
        one = params["src"][b : b + 1]
        seqs_b, scores_b = run_beam(params, one, beam, 0.6)
        np.testing.assert_array_equal(seqs_b[0], seqs[b])
        np.testing.assert_allclose(scores_b[0], scores[b], rtol=1e-6)
        np.testing.assert_array_equal(run_greedy(params, one)[0], greedy[b])


def recording_model(params, src_n, eos_bonus, seen):
    """The toy callback plus `eos_bonus(t)` on the EOS logit; appends (t, the largest token
    after column t) to `seen` at every call."""
    fn = jax_model(params, src_n)

    def tokens_to_logits(decoder_input, t):
        later = jnp.arange(decoder_input.shape[1]) > t  # [L]
        tail_max = jnp.max(jnp.where(later, decoder_input, 0))  # []
        jax.debug.callback(lambda t, m: seen.append((int(t), int(m))), t, tail_max)
        return fn(decoder_input, t).at[:, EOS].add(eos_bonus(t))  # [N, V]

    return tokens_to_logits


def test_searches_stop_once_nothing_alive_can_win():
    params = make_params(seed=7)
    # EOS is near-certain at the first step: one beam finishes with a score near 0 that no alive
    # hypothesis (log-prob below -30) can beat, so both searches stop after step 0.
    first_step_eos = lambda t: jnp.where(t == 0, 30.0, -30.0)  # noqa: E731
    seen = []
    seqs, _ = beam_with(recording_model(params, params["src"], first_step_eos, seen), B, 1, 0.6)
    np.testing.assert_array_equal(seqs[:, 0], [[EOS, 0, 0, 0]] * B)
    assert {t for t, _ in seen} == {0}
    seen.clear()
    greedy = greedy_with(recording_model(params, params["src"], first_step_eos, seen), B)
    np.testing.assert_array_equal(greedy, [[EOS, 0, 0, 0]] * B)
    assert {t for t, _ in seen} == {0}


def test_searches_run_every_step_and_pass_only_padding_after_column_t():
    params = make_params(seed=8)
    never_eos = lambda t: -100.0  # noqa: E731  nothing finishes, so nothing stops the loop early
    beam, seen = 2, []
    src_tiled = np.repeat(params["src"], beam, axis=0)
    beam_with(recording_model(params, src_tiled, never_eos, seen), B, beam, 0.6)
    greedy_with(recording_model(params, params["src"], never_eos, seen), B)
    assert sorted({t for t, _ in seen}) == list(range(L))
    assert all(tail == 0 for _, tail in seen)


def test_early_stopping_keeps_a_longer_hypothesis_that_wins_by_length_penalty():
    """With alpha = 2 a long hypothesis can outscore a shorter one of higher log-prob, so the
    search may stop only when no alive hypothesis could win even at the largest penalty."""
    # Logits from a table [t, V]: the first step prefers EOS to token 2, then 2 -> 3 -> 3 -> EOS.
    probs = np.array(
        [
            [0.02, 0.55, 0.40, 0.03],  # t = 0: [EOS] scores ln .55 = -0.60
            [0.010, 0.004, 0.006, 0.98],  # t = 1, 2: token 3
            [0.010, 0.004, 0.006, 0.98],
            [0.010, 0.98, 0.006, 0.004],  # t = 3: EOS; [2, 3, 3, EOS] scores -0.98 / 2.25 = -0.43
        ]
    )
    table = jnp.asarray(np.log(probs), jnp.float32)  # [L, V]
    seqs, scores = beam_with(lambda dec_in, t: jnp.tile(table[t], (len(dec_in), 1)), 1, 1, 2.0)
    best_score, best = exhaustive_finished(lambda generated: np.log(probs[len(generated)]), 2.0)[0]
    assert best == (2, 3, 3, EOS)
    assert strip(seqs[0, 0]) == best
    assert scores[0, 0] == pytest.approx(best_score, abs=1e-5)
