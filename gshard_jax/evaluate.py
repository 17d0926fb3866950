"""Evaluation and translation from a trained run's newest checkpoint."""

from __future__ import annotations

import json
import os
from typing import Sequence

from gshard_jax.checkpoint import CheckpointError, Checkpointer
from gshard_jax.config import Config, from_dict
from gshard_jax.data import load_translation_data
from gshard_jax.train import ShardedTask
from gshard_jax.trainer import evaluate_bleu


def load_run_config(workdir: str) -> Config:
    path = os.path.join(workdir, "config.json")
    if not os.path.exists(path):
        raise CheckpointError(f"{workdir} has no config.json: train a model there first "
                              "(gshard-jax train --config ...) or pass the right --workdir")
    with open(path) as f:
        return from_dict(Config, json.load(f))


def load_trained(cfg: Config):
    """(task, params, data) for the run in cfg.run.workdir, on the mesh cfg.mesh describes."""
    data = load_translation_data(cfg)
    task = ShardedTask(cfg)
    ckpt = Checkpointer(os.path.join(cfg.run.workdir, "checkpoints"), keep=cfg.run.keep_checkpoints)
    state, _ = ckpt.restore(task)
    ckpt.close()
    return task, state.params, data, int(state.step)


def evaluate_test(cfg: Config, split: str = "test", limit: int | None = None,
                  show: int = 5) -> dict[str, float]:
    """Beam-search translations of a split: sacreBLEU/chrF, hypotheses file, a few examples."""
    task, params, data, step = load_trained(cfg)
    pairs = data.splits[split][:limit] if limit else data.splits[split]
    scores, hypotheses = evaluate_bleu(task, params, data, pairs, beam_size=cfg.run.beam_size,
                                       alpha=cfg.run.length_penalty, max_len=cfg.run.max_decode_len)
    path = os.path.join(cfg.run.workdir, f"{split}.hyp.{cfg.data.tgt_lang}")
    with open(path, "w") as f:
        f.writelines(h + "\n" for h in hypotheses)
    result = {"step": step, "split": split, "sentences": len(pairs), "limit": limit, **scores}
    with open(os.path.join(cfg.run.workdir, f"{split}_scores.json"), "w") as f:
        json.dump(result, f, indent=2)
    print(f"{split}: BLEU {scores['bleu']:.2f}  chrF {scores['chrf']:.2f}  "
          f"({len(pairs)} sentences, beam {cfg.run.beam_size}, step {step}); hypotheses in {path}")
    for (src, ref), hyp in list(zip(pairs, hypotheses))[:show]:
        print(f"  src: {src}\n  ref: {ref}\n  hyp: {hyp}\n")
    return result


def translate_sentences(cfg: Config, sentences: Sequence[str]) -> list[str]:
    task, params, data, _ = load_trained(cfg)
    from gshard_jax.translate import translate_ids
    ids = translate_ids(task, params, [data.tokenizer.encode(s) for s in sentences],
                        beam_size=cfg.run.beam_size, alpha=cfg.run.length_penalty,
                        max_len=cfg.run.max_decode_len)
    return [data.tokenizer.decode(x) for x in ids]
