"""The sacrebleu wrappers against sacrebleu's own metric objects and known values."""

import math

import numpy as np

import pytest
from sacrebleu.metrics import BLEU, CHRF

from gshard_jax.translation.bleu import bleu_signature, chrf_signature, corpus_bleu, corpus_chrf

HYPS = [
    "The cat sat on the mat.",
    "There is a dog in the garden, isn't there?",
    "Machine translation is hard",
]
REFS = [
    "The cat sat on a mat.",
    "A dog is in the garden, isn't it?",
    "Machine translation is difficult.",
]


def test_corpus_bleu_equals_sacrebleu_with_13a_tokenization():
    expected = BLEU(tokenize="13a").corpus_score(HYPS, [REFS]).score
    assert 0.0 < expected < 100.0  # a case that is neither trivial extreme
    assert corpus_bleu(HYPS, REFS) == pytest.approx(expected, abs=1e-9)


def test_corpus_chrf_equals_sacrebleu():
    expected = CHRF().corpus_score(HYPS, [REFS]).score
    assert 0.0 < expected < 100.0
    assert corpus_chrf(HYPS, REFS) == pytest.approx(expected, abs=1e-9)


def test_identical_corpora_score_100():
    # Sentences of at least four tokens, so every n-gram order up to 4 has a match.
    assert corpus_bleu(REFS, REFS) == pytest.approx(100.0)
    assert corpus_chrf(REFS, REFS) == pytest.approx(100.0)


def test_disjoint_corpora_score_0():
    assert corpus_bleu(["a b c d e"], ["v w x y z"]) == pytest.approx(0.0)


def test_bleu_by_hand_on_a_short_hypothesis():
    # Every 1..4-gram of the hypothesis matches, so BLEU is the brevity penalty alone:
    # exp(1 - ref_len / hyp_len) = exp(1 - 6 / 4).
    assert corpus_bleu(["the cat sat on"], ["the cat sat on the mat"]) == pytest.approx(
        100.0 * math.exp(1 - 6 / 4)
    )


def test_mismatched_lengths_are_rejected():
    with pytest.raises(ValueError):
        corpus_bleu(HYPS, REFS[:2])


def test_signatures_name_the_standard_settings():
    sig = bleu_signature()
    for part in ("nrefs:1", "case:mixed", "tok:13a", "smooth:exp", "version:"):
        assert part in sig
    assert "nc:6" in chrf_signature() and "nw:0" in chrf_signature()


def test_paired_bootstrap_separates_a_real_gain_from_an_equally_good_system():
    from gshard_jax.translation.bleu import corpus_bleu, paired_bootstrap

    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(50)]
    refs = [" ".join(rng.choice(words, 12)) for _ in range(200)]
    # Baseline: a third of each reference's words replaced; the system gets them all right.
    garbled = [" ".join(w if rng.random() > 0.33 else "x" for w in r.split()) for r in refs]
    big = paired_bootstrap(garbled, refs, refs, samples=300)
    assert big["baseline"] == pytest.approx(corpus_bleu(garbled, refs))
    assert big["system"] == pytest.approx(corpus_bleu(refs, refs))
    assert big["p_value"] < 0.01
    # Another system garbled the same way, independently: no evidence of a difference.
    other = [" ".join(w if rng.random() > 0.33 else "x" for w in r.split()) for r in refs]
    small = paired_bootstrap(garbled, other, refs, samples=300)
    assert small["p_value"] > 0.2
    assert paired_bootstrap(garbled, other, refs, samples=300) == small  # seeded: repeatable
    with pytest.raises(ValueError, match="one hypothesis per reference"):
        paired_bootstrap(garbled[:-1], refs, refs)
