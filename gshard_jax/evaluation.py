"""Evaluation: dev loss, BLEU/chrF of translations, and translating with a trained run.

`evaluate_loss` and `evaluate_bleu` serve the training loop's periodic evaluation;
`evaluate_split` and `translate_sentences` restore a run's newest checkpoint (onto the mesh the
config describes, whatever mesh trained it) for `gshard-jax evaluate` / `translate`.

A multilingual run is scored per language pair, each with the sacreBLEU tokenizer of its
target language's script (`gshard_jax.data.languages.bleu_tokenize`), and summarised by the
macro average over pairs (GShard's average BLEU).
"""

from __future__ import annotations

import math
import sys
from typing import Sequence

from tqdm import tqdm

from gshard_jax import bleu
from gshard_jax.config import Config
from gshard_jax.data.languages import bleu_tokenize
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


def evaluate_bleu(task: ShardedTask, params, data: TranslationData, split: str, *,
                  limit: int | None, beam_size: int, alpha: float, max_len: int
                  ) -> tuple[dict, dict[str, list[str]]]:
    """BLEU and chrF of translations of a split's first `limit` sentences of each language
    pair, and the hypotheses by pair name ('en-es').

    Scores: {'bleu', 'chrf'}; a multilingual run adds 'pairs' (name -> sentences, bleu, chrf,
    tokenize) and its 'bleu', 'chrf' are the macro averages over pairs.
    """
    groups = data.by_pair(split, limit)
    sources = [data.encode_source(src, tgt_lang) for (_, tgt_lang), pairs in groups
               for src, _ in pairs]
    decoded = [data.tokenizer.decode(x) for x in
               _translate_with_progress(task, params, sources, beam_size, alpha, max_len)]
    per_pair, hypotheses, start = {}, {}, 0
    for (src_lang, tgt_lang), pairs in groups:
        name, tokenize = f"{src_lang}-{tgt_lang}", bleu_tokenize(tgt_lang)
        hypotheses[name] = decoded[start:start + len(pairs)]
        start += len(pairs)
        references = [tgt for _, tgt in pairs]
        per_pair[name] = {"sentences": len(pairs),
                          "bleu": bleu.corpus_bleu(hypotheses[name], references, tokenize),
                          "chrf": bleu.corpus_chrf(hypotheses[name], references),
                          "tokenize": tokenize}
    if not data.multilingual:
        (only,) = per_pair.values()
        return {"bleu": only["bleu"], "chrf": only["chrf"]}, hypotheses
    macro = {k: sum(p[k] for p in per_pair.values()) / len(per_pair) for k in ("bleu", "chrf")}
    return {**macro, "pairs": per_pair}, hypotheses


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
                   show: int = 5) -> dict:
    """Beam-search translations of a split: sacreBLEU/chrF (per language pair and their macro
    average on a multilingual run), hypotheses files, a few examples. `limit`: the first N
    sentences (of each pair)."""
    task, params, data, step = load_trained(cfg)
    scores, hypotheses = evaluate_bleu(task, params, data, split, limit=limit,
                                       beam_size=cfg.run.beam_size, alpha=cfg.run.length_penalty,
                                       max_len=cfg.run.max_decode_len)
    run = RunDir(cfg.run.workdir)
    groups = data.by_pair(split, limit)
    sentences = sum(len(pairs) for _, pairs in groups)
    result = {"step": step, "split": split, "sentences": sentences, "limit": limit, **scores}
    if not data.multilingual:
        (hyps,) = hypotheses.values()
        path = run.write_translations(split, cfg.data.tgt_lang, hyps)
        run.write_references(split, cfg.data.tgt_lang, [ref for _, ref in groups[0][1]])
        run.write_scores(split, result)
        print(f"{split}: BLEU {scores['bleu']:.2f}  chrF {scores['chrf']:.2f}  "
              f"({sentences} sentences, beam {cfg.run.beam_size}, step {step}); hypotheses in {path}")
    else:
        for (_, pairs), (name, hyps) in zip(groups, hypotheses.items()):
            run.write_translations(split, name, hyps)
            run.write_references(split, name, [ref for _, ref in pairs])
        run.write_scores(split, result)
        print(f"{split}: macro BLEU {scores['bleu']:.2f}  chrF {scores['chrf']:.2f} over "
              f"{len(groups)} language pairs ({sentences} sentences, beam {cfg.run.beam_size}, "
              f"step {step}); hypotheses in {run.file(split + '.hyp.<pair>')}")
        print(format_pair_table(scores["pairs"]))
    for (_, pairs), hyps in zip(groups, hypotheses.values()):
        for (src, ref), hyp in list(zip(pairs, hyps))[:show if not data.multilingual else 1]:
            print(f"  src: {src}\n  ref: {ref}\n  hyp: {hyp}\n")
    return result


def format_pair_table(pairs: dict[str, dict]) -> str:
    """A Markdown table of per-pair scores (name -> sentences, bleu, chrf, tokenize)."""
    lines = ["| pair | sentences | BLEU | chrF | BLEU tokenizer |", "|---|---|---|---|---|"]
    for name, p in pairs.items():
        lines.append(f"| {name} | {p['sentences']} | {p['bleu']:.2f} | {p['chrf']:.2f} | "
                     f"{p['tokenize']} |")
    return "\n".join(lines)


def translate_sentences(cfg: Config, sentences: Sequence[str],
                        tgt_lang: str | None = None) -> list[str]:
    """Translations of `sentences` (one per input, in order) with the run's newest checkpoint;
    a multilingual run translates into `tgt_lang` (see `target_language`)."""
    task, params, data, _ = load_trained(cfg)
    ids = translate_ids(task, params, [data.encode_source(s, tgt_lang) for s in sentences],
                        beam_size=cfg.run.beam_size, alpha=cfg.run.length_penalty,
                        max_len=cfg.run.max_decode_len)
    return [data.tokenizer.decode(x) for x in ids]
