"""The training loop every experiment shares (translation, character LM, distillation):
resume, train with progress, evaluate, checkpoint, stop cleanly on a signal.

`train_loop` restores the newest complete checkpoint, including the input pipeline's
position, so a continued run sees the same batches, dropout and routing randomness as an
uninterrupted one. The caller (`translation/train.py`, `lm/train.py`) gives the task, its
batches and its evaluation, and holds the run directory's writer lock (`run_locked`).
`evaluate_loss` is the dev loss any task's evaluation starts from.
"""

from __future__ import annotations

import contextlib
import math
import signal
import sys
import time
from typing import Any, Callable, Iterator

import jax
import numpy as np
from tqdm import tqdm

from gshard_jax.engine.moe_modes import choose_moe_mode
from gshard_jax.engine.rundir import RunDir
from gshard_jax.engine.task import ShardedTask
from gshard_jax.engine.tracking import MetricsLog


class NonFiniteLossError(FloatingPointError):
    """Training produced a NaN/inf; the last good checkpoint is kept."""


def non_finite_report(step: int, metrics: dict, moe_layers: list[str]) -> str | None:
    """None if every scalar metric is finite, else what went wrong at `step` and where.

    moe_layers: the MoE layers' names in the order of metrics['aux_loss_by_layer'].
    The gradient norm is checked too: a step with a finite loss but non-finite gradients has
    already written NaNs into the parameters, so it must not be checkpointed either.
    """
    bad = [k for k, v in metrics.items() if np.ndim(v) == 0 and not math.isfinite(float(v))]
    if not bad:
        return None
    where = ""
    by_layer = np.asarray(metrics.get("aux_loss_by_layer", []), np.float64)
    broken = [name for name, v in zip(moe_layers, by_layer) if not math.isfinite(v)]
    if broken:
        where = (f"; the first MoE router with non-finite output is {broken[0]} "
                 f"(all non-finite: {', '.join(broken)})")
    elif by_layer.size:
        where = "; every MoE router's output is finite (the fault is outside the routers)"
    return f"non-finite {', '.join(bad)} at step {step}{where}"


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


def run_locked(run: RunDir, body: Callable[[], Any]) -> Any:
    """`body()` holding the run directory's writer lock (taken by process 0 only: the other
    hosts follow it)."""
    if jax.process_index() == 0:
        run.lock()
    try:
        return body()
    finally:
        run.unlock()


def train_loop(cfg: Any, run: RunDir, task: ShardedTask,
               make_batches: Callable[[dict | None], Iterator[dict]],
               evaluate: Callable[[Any, int, MetricsLog], dict], moe_layers: list[str], *,
               quiet: bool = False, experiment: str = "gshard-jax",
               artifacts: tuple[str, ...] = ()) -> dict[str, Any]:
    """The loop of every experiment (translation, character LM); the caller holds the lock.

    Restores the newest checkpoint (state and the batches' position) or initialises, then
    trains to cfg.run.steps with a progress bar, logs every run.log_every steps, calls
    `evaluate(params, step, log) -> summary scalars` every run.eval_every steps and at the end,
    and checkpoints every run.checkpoint_every steps, at the end and on SIGTERM/SIGINT.
    make_batches(saved position or None) -> iterator of host batches with a `state()`.
    The final summary goes to the run's summary file and, with run.tracking=mlflow, with its
    config and summary files and `artifacts` (paths) to MLflow.
    """
    workdir = run.path
    run.check_config_matches(cfg)  # again, now that no other writer can change it
    run.save_config(cfg)
    ckpt = run.checkpointer(keep=cfg.run.keep_checkpoints)
    if ckpt.has_steps():
        state, data_state = ckpt.restore_newest_readable(  # either model.scan_layers layout
            task.abstract_state(), task.restore_other_layout)
        fresh = state.opt_state is None  # parameters only (imported, upcycled, --init-from)
        state = task.complete_state(state)
        print(f"{'starting from the parameters of' if fresh else 'resuming from'} step "
              f"{int(state.step)} in {workdir}{' (a fresh optimiser)' if fresh else ''}",
              file=sys.stderr)
        if jax.process_index() == 0:  # records a lost or damaged later step logged go aside
            run.supersede_metrics_after(int(state.step))
    else:
        state, data_state = task.init_state(cfg.train.seed), None
        print(f"starting a new run in {workdir}", file=sys.stderr)
    # An empty data state (a parameters-only checkpoint: weights, no data yet) starts the
    # data order from its beginning.
    batches = make_batches(data_state or None)
    log = run.metrics_log(cfg, experiment)
    status = "FAILED"
    try:
        summary = _steps(cfg, task, state, batches, evaluate, moe_layers, ckpt, log, quiet)
        saved = run.read_summary()
        if set(summary) <= {"step", "moe_mode"} and saved and saved.get("step") == summary["step"]:
            # A finished run rerun: nothing trained, its last scores stand.
            summary = {k: v for k, v in saved.items() if k != "stopped_by"}
        status = "KILLED" if "stopped_by" in summary else "FINISHED"
        run.write_summary(summary)
        log.record_results(summary["step"], summary,
                           [run.config_path, run.summary_path, *artifacts])
        return summary
    finally:
        log.close(status)
        ckpt.close()


def _steps(cfg, task, state, batches, evaluate, moe_layers, ckpt, log: MetricsLog,
           quiet: bool) -> dict[str, Any]:
    step = int(state.step)
    start_step, start_time = step, time.time()
    summary: dict[str, Any] = {}
    bar = tqdm(total=cfg.run.steps, initial=step, desc="train", unit="step", disable=quiet,
               dynamic_ncols=True, file=sys.stderr)
    tokens_seen = 0
    # The bar closes also when a step or a save fails, so the error starts a new line.
    with _Preemption() as preemption, contextlib.closing(bar):
        while step < cfg.run.steps:
            batch = next(batches)
            if cfg.mesh.moe_mode == "auto" and step == start_step:
                _choose_moe_mode(task, state, batch, step, log, bar)
            state, metrics = task.train_step(state, task.shard_batch(batch))
            step += 1
            loss = float(metrics["loss"])
            report = non_finite_report(step, metrics, moe_layers)
            if report is not None:
                last_good = ckpt.latest_step()
                bar.close()
                log.write(step, "train", metrics)  # the evidence, next to the good steps
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
                summary = evaluate(state.params, step, log)
                log.write_load_heatmap(step, "train/expert_load", metrics["expert_load"], moe_layers)
                bar.write(f"step {step}: " + "  ".join(f"{k} {v:.4g}" for k, v in summary.items()))
            if step % cfg.run.checkpoint_every == 0 or step == cfg.run.steps or preemption.requested:
                ckpt.save(step, state, batches.state())
            if preemption.requested:
                bar.write(f"{preemption.name}: saved step {step} to {ckpt.directory}; rerun to resume")
                break
    summary = dict(summary, step=step)
    if cfg.mesh.moe_mode == "auto":
        summary["moe_mode"] = task.moe_mode  # the mode the timing chose
    if preemption.requested:
        summary["stopped_by"] = preemption.name
    return summary


def _choose_moe_mode(task: ShardedTask, state, batch, step: int, log: MetricsLog, bar) -> None:
    """mesh.moe_mode=auto: times every candidate mode on this first batch, keeps the fastest."""
    times = choose_moe_mode(task, state, batch)
    log.write(step, "moe_mode", {f"{mode}_step_s": t for mode, t in times.items()})
    bar.write("moe_mode auto: " + ", ".join(f"{m} {t * 1e3:.1f} ms/step" for m, t in times.items())
              + f" -> {task.moe_mode} (fastest; expert weights stay in one layout)")


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
