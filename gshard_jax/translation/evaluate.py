"""Scoring translations: sacreBLEU BLEU and chrF of a split.

`evaluate_bleu` serves the training loop's periodic (greedy) dev evaluation; `evaluate_split`
restores a run's newest checkpoint (`translate.load_trained`) for `gshard-jax evaluate`, writes
hypotheses, references and scores into the run directory and prints a few examples.

A multilingual run is scored per language pair, each with the sacreBLEU tokenizer of its
target language's script (`gshard_jax.data.languages.bleu_tokenize`), and summarised by the
macro average over pairs (GShard's average BLEU).
"""

from __future__ import annotations

import sys

from tqdm import tqdm

from gshard_jax.config import Config
from gshard_jax.data.languages import bleu_tokenize
from gshard_jax.data.pipeline import TranslationData, load_translation_data
from gshard_jax.engine.rundir import RunDir
from gshard_jax.translation import bleu
from gshard_jax.translation.translate import load_trained, translate_ids


def evaluate_bleu(task, params, data: TranslationData, split: str, *,
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


def evaluate_split(cfg: Config, split: str = "test", limit: int | None = None,
                   show: int = 5) -> dict:
    """Beam-search translations of a split: sacreBLEU/chrF (per language pair and their macro
    average on a multilingual run), hypotheses files, a few examples. `limit`: the first N
    sentences (of each pair)."""
    task, params, tokenizer, step = load_trained(cfg)
    data = load_translation_data(cfg, tokenizer=tokenizer)  # the split's references
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
              f"step {step}); hypotheses in {run.translations_path(split, '<pair>')}")
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


def track_test_results(cfg: Config, result: dict) -> None:
    """Test scores and files to the run's MLflow run (run.tracking=mlflow; else nothing)."""
    if cfg.run.tracking != "mlflow":
        return
    run = RunDir(cfg.run.workdir)
    log = run.metrics_log(cfg, tensorboard=False)
    log.record_results(result["step"], {f"test_{k}": result[k] for k in ("bleu", "chrf")},
                       [run.scores_path("test"), run.translations_path("test", cfg.data.tgt_lang)])
    log.close()
