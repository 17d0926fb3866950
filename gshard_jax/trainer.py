"""The training loop: resume, train with progress, evaluate (dev loss + BLEU), checkpoint.

`train(cfg)` runs one experiment in `cfg.run.workdir`. Rerunning the same command resumes from
the newest complete checkpoint, including the input pipeline's position, so the continued
run sees the same batches, dropout and routing randomness as an uninterrupted one.
"""

from __future__ import annotations

import json
import math
import os
import signal
import time
from typing import Any

import jax
import numpy as np
from tqdm import tqdm

from gshard_jax import bleu
from gshard_jax.checkpoint import Checkpointer
from gshard_jax.config import Config, ConfigError, from_dict, to_dict
from gshard_jax.data import TranslationData, load_translation_data
from gshard_jax.metrics_log import MetricsLog
from gshard_jax.model.transformer import moe_layer_names
from gshard_jax.train import ShardedTask
from gshard_jax.translate import translate_ids


class NonFiniteLossError(FloatingPointError):
    """Training produced a NaN/inf; the last good checkpoint is kept."""


def non_finite_report(step: int, metrics: dict, cfg: Config) -> str | None:
    """None if every scalar metric is finite, else what went wrong at `step` and where.

    The gradient norm is checked too: a step with a finite loss but non-finite gradients has
    already written NaNs into the parameters, so it must not be checkpointed either.
    """
    bad = [k for k, v in metrics.items() if np.ndim(v) == 0 and not math.isfinite(float(v))]
    if not bad:
        return None
    where = ""
    by_layer = np.asarray(metrics.get("aux_loss_by_layer", []), np.float64)
    broken = [name for name, v in zip(moe_layer_names(cfg.model), by_layer) if not math.isfinite(v)]
    if broken:
        where = (f"; the first MoE router with non-finite output is {broken[0]} "
                 f"(all non-finite: {', '.join(broken)})")
    elif by_layer.size:
        where = "; every MoE router's output is finite (the fault is outside the routers)"
    return f"non-finite {', '.join(bad)} at step {step}{where}"


def _check_config_matches(workdir: str, cfg: Config) -> None:
    """A resumed run must use the same model and optimiser as the one that wrote it."""
    path = os.path.join(workdir, "config.json")
    if not os.path.exists(path):
        return
    with open(path) as f:
        saved = from_dict(Config, json.load(f))
    for section in ("model", "train"):
        if getattr(saved, section) != getattr(cfg, section):
            raise ConfigError(
                f"{workdir} holds a run with a different '{section}' config; resume with the "
                f"same settings (see {path}) or choose a new --set run.workdir=...")


def _save_config(workdir: str, cfg: Config) -> None:
    """Written once the run is known to start, so a refused start leaves no stale config."""
    path = os.path.join(workdir, "config.json")
    if not os.path.exists(path):
        os.makedirs(workdir, exist_ok=True)
        with open(path, "w") as f:
            json.dump(to_dict(cfg), f, indent=2)


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
    bar = tqdm(total=len(sources), desc="translate", leave=False, unit="sent")
    ids = translate_ids(task, params, sources, beam_size=beam_size, alpha=alpha, max_len=max_len,
                        progress=lambda done, total: bar.update(done - bar.n))
    bar.close()
    hypotheses = [data.tokenizer.decode(x) for x in ids]
    references = [tgt for _, tgt in pairs]
    return ({"bleu": bleu.corpus_bleu(hypotheses, references),
             "chrf": bleu.corpus_chrf(hypotheses, references)}, hypotheses)


class _Preemption:
    """Turns SIGTERM (preemption) and SIGINT (Ctrl-C) into a flag, so the loop can save a
    checkpoint at the end of the current step and exit cleanly."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

    def __init__(self):
        self.received: int | None = None
        self._previous: dict = {}

    def __enter__(self):
        for sig in self.SIGNALS:
            try:
                self._previous[sig] = signal.signal(sig, self._handle)
            except ValueError:  # not the main thread: no handler, nothing to restore
                pass
        return self

    def _handle(self, signum, frame):
        self.received = signum

    @property
    def requested(self) -> bool:
        return self.received is not None

    @property
    def name(self) -> str:
        return signal.Signals(self.received).name

    def __exit__(self, *exc):
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)


def train(cfg: Config, *, quiet: bool = False) -> dict[str, Any]:
    """Trains (or resumes) the experiment `cfg`; returns the final step's summary.

    SIGTERM or SIGINT saves a checkpoint after the current step and returns early, with
    summary['stopped_by'] naming the signal. Raises NonFiniteLossError on a NaN/inf.
    """
    workdir = cfg.run.workdir
    task = ShardedTask(cfg)  # first: mesh/sharding errors before any slow work or file writes
    _check_config_matches(workdir, cfg)
    data = load_translation_data(cfg)
    for batch_shape in data.batch_shapes(task.data_shards):  # every bucket: fail before writing
        task.check_groups(batch_shape)
    _save_config(workdir, cfg)
    ckpt = Checkpointer(os.path.join(workdir, "checkpoints"), keep=cfg.run.keep_checkpoints)
    if ckpt.latest_step() is not None:
        state, data_state = ckpt.restore(task)
        print(f"resuming from step {int(state.step)} in {workdir}")
    else:
        state, data_state = task.init_state(cfg.train.seed), None
        print(f"starting a new run in {workdir}")
    batches = data.train_batches(task.data_shards, state=data_state)
    log = MetricsLog(workdir)
    step = int(state.step)
    start_step, start_time = step, time.time()
    summary: dict[str, Any] = {}
    bar = tqdm(total=cfg.run.steps, initial=step, desc="train", unit="step", disable=quiet,
               dynamic_ncols=True)
    tokens_seen = 0
    with _Preemption() as preemption:
        while step < cfg.run.steps:
            batch = next(batches)
            state, metrics = task.train_step(state, task.shard_batch(batch))
            step += 1
            loss = float(metrics["loss"])
            report = non_finite_report(step, metrics, cfg)
            if report is not None:
                last_good = ckpt.latest_step()
                bar.close()
                log.write(step, "train", metrics)  # the evidence, next to the good steps
                log.close()
                ckpt.close()
                raise NonFiniteLossError(
                    f"{report}. Nothing of this step was saved: the last good checkpoint "
                    f"(step {last_good}) in {ckpt.directory} is kept. Lower "
                    "train.learning_rate or raise train.warmup_steps, then rerun to resume.")
            tokens_seen += int(metrics["tokens"])
            elapsed = time.time() - start_time
            bar.update(1)
            bar.set_postfix(loss=f"{loss:.3f}", aux=f"{float(metrics['aux_loss']):.2f}",
                            drop=f"{float(metrics['dropped_first']):.3f}",
                            tok_s=f"{tokens_seen / max(elapsed, 1e-9):.0f}")
            if step % cfg.run.log_every == 0 or step == cfg.run.steps:
                log.write(step, "train", {
                    **{k: v for k, v in metrics.items()},
                    "steps_per_sec": (step - start_step) / max(elapsed, 1e-9),
                    "tokens_per_sec": tokens_seen / max(elapsed, 1e-9),
                    "wall_time": elapsed,
                })
            if cfg.run.eval_every > 0 and (step % cfg.run.eval_every == 0 or step == cfg.run.steps):
                summary = _evaluate(task, state.params, data, cfg, step, log)
                bar.write(f"step {step}: " + "  ".join(f"{k} {v:.4g}" for k, v in summary.items()))
            if step % cfg.run.checkpoint_every == 0 or step == cfg.run.steps or preemption.requested:
                ckpt.save(step, state, batches.state())
            if preemption.requested:
                bar.write(f"{preemption.name}: saved step {step} to {ckpt.directory}; rerun to resume")
                break
    bar.close()
    log.close()
    ckpt.close()
    summary = dict(summary, step=step)
    if preemption.requested:
        summary["stopped_by"] = preemption.name
    with open(os.path.join(workdir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    return summary


def _evaluate(task, params, data: TranslationData, cfg: Config, step: int, log: MetricsLog) -> dict:
    dev = evaluate_loss(task, params, data.eval_batches("dev", task.data_shards))
    scores, _ = evaluate_bleu(task, params, data, data.splits["dev"][: cfg.run.bleu_sentences],
                              beam_size=1, alpha=0.0, max_len=cfg.run.max_decode_len)
    metrics = {**dev, **{f"greedy_{k}": v for k, v in scores.items()}}
    log.write(step, "dev", metrics)
    return {"dev_nll": dev["nll"], "dev_ppl": dev["perplexity"],
            "dev_greedy_bleu": scores["bleu"], "dev_greedy_chrf": scores["chrf"]}
