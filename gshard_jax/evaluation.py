"""Evaluation: dev loss, BLEU/chrF of translations, and translating with a trained run.

`evaluate_loss` and `evaluate_bleu` serve the training loop's periodic evaluation;
`evaluate_split` and `translate_sentences` restore a run's newest checkpoint (onto the mesh the
config describes, whatever mesh trained it) for `gshard-jax evaluate` / `translate`.
"""

from __future__ import annotations

import math
import sys
from typing import Sequence

from tqdm import tqdm

from gshard_jax import bleu
from gshard_jax.config import Config
from gshard_jax.data.pipeline import TranslationData, load_translation_data
from gshard_jax.rundir import RunDir
from gshard_jax.task import ShardedTask
from gshard_jax.translate import translate_ids

_SUMMED = ("nll_sum", "loss_sum", "tokens")  # token-weighted: divided by tokens at the end
_AVERAGED = ("aux_loss", "dropped_first", "dropped_second")  # per-batch means: averaged


def evaluate_loss(task: ShardedTask, params, batches) -> dict[str, float]:
    """Token-weighted dev metrics over one pass of `batches` (no dropout, no random routing)."""
    totals = dict.fromkeys(_SUMMED + _AVERAGED, 0.0)
    count = 0
    for batch in batches:
        out = task.eval_step(params, task.shard_batch(batch))
        for name in totals:
            totals[name] += float(out[name])
        count += 1
    tokens = max(totals["tokens"], 1.0)
    return {
        "nll": totals["nll_sum"] / tokens,
        "loss": totals["loss_sum"] / tokens,
        "perplexity": math.exp(min(totals["nll_sum"] / tokens, 50.0)),
        **{k: totals[k] / max(count, 1) for k in _AVERAGED},
    }


def evaluate_bleu(task: ShardedTask, params, data: TranslationData, pairs, *, beam_size: int,
                  alpha: float, max_len: int) -> tuple[dict[str, float], list[str]]:
    """BLEU and chrF of translations of `pairs` [(src, tgt)], and the hypotheses."""
    sources = [data.tokenizer.encode(src) for src, _ in pairs]
    hypotheses = [data.tokenizer.decode(x) for x in
                  _translate_with_progress(task, params, sources, beam_size, alpha, max_len)]
    references = [tgt for _, tgt in pairs]
    return ({"bleu": bleu.corpus_bleu(hypotheses, references),
             "chrf": bleu.corpus_chrf(hypotheses, references)}, hypotheses)


def _translate_with_progress(task, params, sources, beam_size, alpha, max_len):
    bar = tqdm(total=len(sources), desc="translate", leave=False, unit="sent", file=sys.stderr)
    ids = translate_ids(task, params, sources, beam_size=beam_size, alpha=alpha, max_len=max_len,
                        progress=lambda done, total: bar.update(done - bar.n))
    bar.close()
    return ids


def load_trained(cfg: Config):
    """(task, params, data, step) for the run in cfg.run.workdir, on the mesh cfg.mesh describes."""
    data = load_translation_data(cfg)
    task = ShardedTask(cfg)
    with RunDir(cfg.run.workdir).checkpointer(keep=cfg.run.keep_checkpoints) as ckpt:
        state, _ = ckpt.restore(task)
    return task, state.params, data, int(state.step)


def evaluate_split(cfg: Config, split: str = "test", limit: int | None = None,
                   show: int = 5) -> dict[str, float]:
    """Beam-search translations of a split: sacreBLEU/chrF, hypotheses file, a few examples."""
    task, params, data, step = load_trained(cfg)
    pairs = data.splits[split][:limit] if limit else data.splits[split]
    scores, hypotheses = evaluate_bleu(task, params, data, pairs, beam_size=cfg.run.beam_size,
                                       alpha=cfg.run.length_penalty, max_len=cfg.run.max_decode_len)
    run = RunDir(cfg.run.workdir)
    path = run.write_translations(split, cfg.data.tgt_lang, hypotheses)
    result = {"step": step, "split": split, "sentences": len(pairs), "limit": limit, **scores}
    run.write_scores(split, result)
    print(f"{split}: BLEU {scores['bleu']:.2f}  chrF {scores['chrf']:.2f}  "
          f"({len(pairs)} sentences, beam {cfg.run.beam_size}, step {step}); hypotheses in {path}")
    for (src, ref), hyp in list(zip(pairs, hypotheses))[:show]:
        print(f"  src: {src}\n  ref: {ref}\n  hyp: {hyp}\n")
    return result


def translate_sentences(cfg: Config, sentences: Sequence[str]) -> list[str]:
    """Translations of `sentences` (one per input, in order) with the run's newest checkpoint."""
    task, params, data, _ = load_trained(cfg)
    ids = translate_ids(task, params, [data.tokenizer.encode(s) for s in sentences],
                        beam_size=cfg.run.beam_size, alpha=cfg.run.length_penalty,
                        max_len=cfg.run.max_decode_len)
    return [data.tokenizer.decode(x) for x in ids]
