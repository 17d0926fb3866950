"""Training a translation experiment: `train(cfg)` runs one in `cfg.run.workdir`.

Everything that can be checked is checked before the run directory is touched (config, mesh,
shardings, an abstract train step, corpus, batch shapes); then the directory's writer lock is
taken, so two processes never train into one directory, and the shared loop
(`engine/loop.py`) runs with the dev loss and greedy dev BLEU as its evaluation. The run
directory gets a copy of the SentencePiece model, so `translate` and `evaluate` never need the
corpus to load it. Rerunning the same command resumes from the newest complete checkpoint.
"""

from __future__ import annotations

from typing import Any

import jax

from gshard_jax.config import Config
from gshard_jax.data.pipeline import TranslationData, load_translation_data
from gshard_jax.data.tokenizer import Tokenizer
from gshard_jax.engine.loop import evaluate_loss, run_locked, train_loop
from gshard_jax.engine.rundir import RunDir
from gshard_jax.engine.start import prepare_start
from gshard_jax.engine.tracking import MetricsLog, check_tracking
from gshard_jax.model.transformer import moe_layer_names
from gshard_jax.translation.evaluate import evaluate_bleu
from gshard_jax.translation.task import TranslationTask


def train(cfg: Config, *, quiet: bool = False, task: TranslationTask | None = None,
          init_from: str | None = None, init_step: int | None = None) -> dict[str, Any]:
    """Trains (or resumes) the experiment `cfg`; returns the final step's summary.

    init_from: fine-tune from that run directory's parameters (its step `init_step`, default
    its newest readable one) with a fresh optimiser from step 0, and its tokenizer
    (engine/start.py); a run that already has checkpoints resumes them instead.

    SIGTERM or SIGINT saves a checkpoint after the current step and returns early, with
    summary['stopped_by'] naming the signal. Raises NonFiniteLossError on a NaN/inf.
    """
    workdir = cfg.run.workdir
    run = RunDir(workdir)
    # First: mesh/sharding errors before any slow work or file writes. A caller may pass a
    # task with its own objective (distillation) built from the same cfg.
    task = task if task is not None else TranslationTask(cfg)
    run.check_config_matches(cfg)
    start = prepare_start(run, task, init_from, init_step)
    # A resumed run keeps its own tokenizer; a fine-tune takes its source's.
    tokenizer = _run_tokenizer(run) or (_run_tokenizer(RunDir(init_from)) if start else None)
    data = load_translation_data(cfg, tokenizer=tokenizer)
    task.check_buildable(data.batch_shapes(task.data_shards))  # every bucket, abstractly
    check_tracking(cfg.run, run.tracking_files.mlflow_store)

    def evaluate(params, step: int, log: MetricsLog) -> dict:
        return _evaluate(task, params, data, cfg, step, log)

    def body():
        if jax.process_index() == 0:  # the run directory then translates on its own
            run.save_tokenizer(str(data.tokenizer.model_path))
        if start is not None:
            start()
        return train_loop(cfg, run, task,
                          lambda state: data.train_batches(task.data_shards, state=state),
                          evaluate, moe_layer_names(cfg.model), quiet=quiet)

    return run_locked(run, body)


def _evaluate(task: TranslationTask, params, data: TranslationData, cfg: Config, step: int,
              log: MetricsLog) -> dict:
    dev = evaluate_loss(task, params, data.eval_batches("dev", task.data_shards))
    per_pair = -(-cfg.run.bleu_sentences // max(len(data.pairs), 1))  # every pair gets a share
    scores, _ = evaluate_bleu(task, params, data, "dev", limit=per_pair, beam_size=1, alpha=0.0,
                              max_len=cfg.run.max_decode_len)
    metrics = {**dev, **{f"greedy_{k}": v for k, v in scores.items() if k != "pairs"}}
    for name, pair in scores.get("pairs", {}).items():
        metrics.update({f"greedy_bleu/{name}": pair["bleu"], f"greedy_chrf/{name}": pair["chrf"]})
    log.write(step, "dev", metrics)
    return {"dev_nll": dev["nll"], "dev_ppl": dev["perplexity"],
            "dev_greedy_bleu": scores["bleu"], "dev_greedy_chrf": scores["chrf"]}


def _run_tokenizer(run: RunDir) -> Tokenizer | None:
    """The run directory's own tokenizer (a resumed run), None for a new run."""
    path = run.tokenizer_file()
    return Tokenizer(path) if path else None
