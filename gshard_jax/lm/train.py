"""The character LM's runs: `train_lm` (checks, vocabulary, then the shared training loop) and
`load_trained_lm` / `generate_from_run` (restore a run's newest checkpoint and sample).

Training checks everything before it writes: the text (readable, UTF-8, not empty, long
enough for block_size in both splits), the mesh and shardings, an abstract train step, the
tracker. Then, holding the run directory's lock, it saves the config and the vocabulary
(vocab.json; a resumed run reuses it) and runs `engine.loop.train_loop`, which resumes, logs,
evaluates validation loss and bits per character, checkpoints and handles signals as for
translation.
"""

from __future__ import annotations

import math
import sys
from typing import Any

import jax

from gshard_jax.config import LMConfig
from gshard_jax.data.chars import BUNDLED, CharData, CharVocab, TextError, describe_chars, load_text
from gshard_jax.data.pieces import PieceVocab
from gshard_jax.engine.loop import evaluate_loss
from gshard_jax.lm.generate import check_prompt, generate_text
from gshard_jax.lm.task import LMTask
from gshard_jax.model.lm import moe_layer_names
from gshard_jax.engine.rundir import RunDir, RunDirError
from gshard_jax.engine.start import prepare_start
from gshard_jax.sharding.partition import batch_sharding
from gshard_jax.engine.tracking import MetricsLog, check_tracking
from gshard_jax.engine.loop import run_locked, train_loop

EXPERIMENT = "gshard-jax-lm"  # the MLflow experiment of LM runs


def run_vocab(cfg: LMConfig, run: RunDir) -> CharVocab | PieceVocab | None:
    """The run's vocabulary: its characters (vocab.json; None before its first start) or, with
    data.tokenizer=sentencepiece, its tokenizer.model with that model's own special ids."""
    if cfg.data.tokenizer == "chars":
        saved = run.read_char_vocab()
        return CharVocab.from_json(saved) if saved is not None else None
    if cfg.data.tokenizer == "none":
        raise TextError(f"{run.path} has no tokenizer (data.tokenizer=none: its checkpoint was "
                        "imported without tokenizer.model), so it cannot read or write text; "
                        f"copy the model's tokenizer.model into {run.path} and add --set "
                        "data.tokenizer=sentencepiece")
    if run.tokenizer_file() is None:
        raise TextError(f"data.tokenizer=sentencepiece reads {run.tokenizer_path}, which does "
                        "not exist; copy the model's tokenizer.model there")
    vocab = PieceVocab(run.tokenizer_path)
    if vocab.size > cfg.model.vocab_size:
        raise TextError(f"{run.tokenizer_path} has {vocab.size} pieces, more than "
                        f"model.vocab_size={cfg.model.vocab_size}; it belongs to another model")
    return vocab


def load_lm_data(cfg: LMConfig, run: RunDir, vocab_run: RunDir | None = None) -> CharData:
    """The text, split, with the run's saved vocabulary when resuming (else built from it);
    vocab_run: the run whose vocabulary to use instead (a fine-tune's source)."""
    text = load_text(cfg.data.corpus)
    vocab = run_vocab(cfg, vocab_run or run)
    if vocab is not None and vocab.unknown(text):
        raise TextError(
            f"{run.path} was trained on a text without {describe_chars(vocab.unknown(text))}; "
            "resume with the text it was trained on (data.corpus in its config.json) or choose "
            "a new run.workdir")
    name = "the bundled text" if cfg.data.corpus == BUNDLED else cfg.data.corpus
    data = CharData.from_text(text, cfg.data.val_fraction, name, vocab)
    data.check_block_size(cfg.model.block_size, cfg.data.val_fraction)
    return data


def train_lm(cfg: LMConfig, *, quiet: bool = False, init_from: str | None = None,
             init_step: int | None = None) -> dict[str, Any]:
    """Trains (or resumes) the LM experiment `cfg`; returns the final step's summary
    (step, val_loss in nats per character, val_bpc; 'stopped_by' after a signal).
    init_from: fine-tune from that run directory's parameters (its step `init_step`, default
    its newest readable one) and vocabulary, with a fresh optimiser from step 0
    (engine/start.py); a run that already has checkpoints resumes them instead."""
    run = RunDir(cfg.run.workdir, LMConfig)
    source = RunDir(init_from, LMConfig) if init_from and not run.checkpoint_steps() else None
    data = load_lm_data(cfg, run, vocab_run=source if source and _has_vocab(cfg, source) else None)
    task = LMTask(cfg, cfg.model.vocab_size or data.vocab.size)
    run.check_config_matches(cfg)
    start = prepare_start(run, task, init_from, init_step)
    shape = (cfg.data.batch_size, cfg.model.block_size)
    batch_sharding(task.mesh, task.rules, shape)  # rows split over the data shards
    task.check_buildable([shape])
    check_tracking(cfg.run, RunDir(cfg.run.workdir).tracking_files.mlflow_store)
    process = dict(process_index=jax.process_index(), process_count=jax.process_count())
    val_batches = data.eval_batches(cfg.data.batch_size, cfg.model.block_size,
                                    cfg.run.eval_batches, cfg.train.seed, **process)

    def make_batches(state):
        return data.train_batches(cfg.data.batch_size, cfg.model.block_size, cfg.train.seed,
                                  state, **process)

    def evaluate(params, step: int, log: MetricsLog) -> dict:
        val = evaluate_loss(task, params, val_batches)
        bpc = val["nll"] / math.log(2)
        log.write(step, "val", {**val, "bpc": bpc})
        return {"val_loss": val["nll"], "val_bpc": bpc}

    chars = cfg.data.tokenizer == "chars"

    def body():
        if chars and jax.process_index() == 0 and run.read_char_vocab() is None:
            run.write_char_vocab(data.vocab.to_json())
        if start is not None:
            if not chars and source.tokenizer_file() and jax.process_index() == 0:
                run.save_tokenizer(source.tokenizer_file())
            start()
        artifacts = (run.char_vocab_path,) if chars else (run.tokenizer_path,)
        return train_loop(cfg, run, task, make_batches, evaluate, moe_layer_names(cfg.model),
                          quiet=quiet, experiment=EXPERIMENT, artifacts=artifacts)

    return run_locked(run, body)


def _has_vocab(cfg: LMConfig, run: RunDir) -> bool:
    """Whether `run` holds the vocabulary cfg's tokenizer reads (vocab.json, tokenizer.model)."""
    if cfg.data.tokenizer == "chars":
        return run.read_char_vocab() is not None
    return cfg.data.tokenizer == "sentencepiece" and run.tokenizer_file() is not None


def load_trained_lm(cfg: LMConfig) -> tuple[LMTask, Any, CharVocab | PieceVocab, int]:
    """(task, params, vocabulary, step) of the run in cfg.run.workdir, on cfg's mesh."""
    run = RunDir(cfg.run.workdir, LMConfig)
    vocab = run_vocab(cfg, run)
    if vocab is None:
        raise RunDirError(f"{run.char_vocab_path} does not exist: train a language model there first "
                          "(gshard-jax lm train --workdir ...) or pass the right --workdir")
    task = LMTask(cfg, cfg.model.vocab_size or vocab.size)
    state, step = run.restore(task.abstract_state(), task.restore_other_layout)
    return task, state.params, vocab, step


def generate_from_run(cfg: LMConfig, prompt: str, *, max_chars: int, temperature: float,
                      top_k: int, seed: int) -> str:
    """The prompt and `max_chars` sampled characters after it, from the run's newest step."""
    vocab = run_vocab(cfg, RunDir(cfg.run.workdir, LMConfig))
    if vocab is not None:
        check_prompt(vocab, prompt)  # before restoring anything
    task, params, vocab, step = load_trained_lm(cfg)
    print(f"{cfg.run.workdir} step {step}: {max_chars} characters, temperature {temperature}, "
          f"top_k {top_k or 'all'}, seed {seed}", file=sys.stderr)
    return prompt + generate_text(task, params, vocab, prompt, max_new=max_chars,
                                  temperature=temperature, top_k=top_k, seed=seed)[0]
