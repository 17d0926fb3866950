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


def paired_bootstrap(baseline: Sequence[str], system: Sequence[str], references: Sequence[str],
                     tokenize: str = "13a", samples: int = 1000, seed: int = 12345) -> dict:
    """sacreBLEU's paired bootstrap resampling (Koehn 2004) of `system` against `baseline`
    on the same references: {'baseline', 'system': corpus BLEU, 'p_value', 'system_mean',
    'system_ci': the system's bootstrap mean and 95% half-width}.

    The p-value is two-sided: how often a resampled test set shows a |BLEU difference| above
    its mean by more than the observed one (sacreBLEU's reading: a small p says the
    difference is unlikely to be an accident of the chosen sentences).
    The test itself is sacreBLEU's (`sacrebleu.significance.PairedTest`, test_type 'bs');
    `seed` fixes its resampling so a rerun gives the same p-value.
    """
    import os

    from sacrebleu.significance import PairedTest

    if not len(baseline) == len(system) == len(references):
        raise ValueError(f"paired test needs one hypothesis per reference: baseline "
                         f"{len(baseline)}, system {len(system)}, references {len(references)}")
    previous = os.environ.get("SACREBLEU_SEED")
    os.environ["SACREBLEU_SEED"] = str(seed)  # PairedTest reads its seed from here
    try:
        test = PairedTest([("baseline", list(baseline)), ("system", list(system))],
                          {"BLEU": _bleu(tokenize)}, [list(references)], test_type="bs",
                          n_samples=samples)
        _, scores = test()
    finally:
        if previous is None:
            os.environ.pop("SACREBLEU_SEED")
        else:
            os.environ["SACREBLEU_SEED"] = previous
    base, result = scores["BLEU"]
    return {"baseline": float(base.score), "system": float(result.score),
            "p_value": float(result.p_value), "system_mean": float(result.mean),
            "system_ci": float(result.ci), "samples": samples}
