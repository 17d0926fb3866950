"""The sacrebleu wrappers against sacrebleu's own metric objects and known values."""

import math

import pytest
from sacrebleu.metrics import BLEU, CHRF

from gshard_jax.bleu import bleu_signature, chrf_signature, corpus_bleu, corpus_chrf

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
