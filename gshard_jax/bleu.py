"""Corpus BLEU and chrF through sacrebleu, with its standard settings.

Scores are reported the way WMT papers report them: detokenized text in, sacrebleu's default
13a tokenization (or the one a script needs, e.g. 'intl', 'char': see
`gshard_jax.data.languages.bleu_tokenize`), exponential smoothing, mixed case, one reference
per hypothesis. We do not
re-implement BLEU; keeping the metric objects in one place keeps the scores and the signature
printed next to them from drifting apart.
"""

from collections.abc import Sequence

from sacrebleu.metrics import BLEU, CHRF


def _bleu(tokenize: str = "13a") -> BLEU:
    return BLEU(tokenize=tokenize, smooth_method="exp", lowercase=False)  # sacrebleu's defaults


def _chrf() -> CHRF:
    return CHRF(char_order=6, word_order=0, beta=2)  # chrF2, sacrebleu's defaults


def _score(metric: BLEU | CHRF, hypotheses: Sequence[str], references: Sequence[str]) -> float:
    if len(hypotheses) != len(references):
        raise ValueError(f"{len(hypotheses)} hypotheses but {len(references)} references")
    return float(metric.corpus_score(list(hypotheses), [list(references)]).score)


def _signature(metric: BLEU | CHRF) -> str:
    # sacrebleu learns the reference count only from a scoring call; a one-line call sets it.
    metric.corpus_score(["x"], [["x"]])
    return str(metric.get_signature())


def corpus_bleu(hypotheses: Sequence[str], references: Sequence[str],
                tokenize: str = "13a") -> float:
    """Corpus BLEU in [0, 100]; hypotheses[i] is scored against references[i] (detokenized),
    both split by sacreBLEU's `tokenize` tokenizer."""
    return _score(_bleu(tokenize), hypotheses, references)


def corpus_chrf(hypotheses: Sequence[str], references: Sequence[str]) -> float:
    """Corpus chrF2 in [0, 100]; hypotheses[i] is scored against references[i] (detokenized)."""
    return _score(_chrf(), hypotheses, references)


def bleu_signature(tokenize: str = "13a") -> str:
    """sacrebleu's reproducibility signature for `corpus_bleu`, e.g.
    'nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0'."""
    return _signature(_bleu(tokenize))


def chrf_signature() -> str:
    """sacrebleu's reproducibility signature for `corpus_chrf`, e.g.
    'nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0'."""
    return _signature(_chrf())
