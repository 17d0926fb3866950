"""The routing report of a translation run: the engine's figures (engine/routing_stats.py) over
a dev or test split, the encoder's layers routing source pieces and the decoder's the previous
target piece (the start token first); a multilingual run's rows labelled by language pair."""

from __future__ import annotations

import numpy as np

from gshard_jax.config import Config
from gshard_jax.data.pipeline import load_translation_data
from gshard_jax.engine.routing_stats import (
    ReportBatch, RoutingReportError, recordable, routing_report,
)
from gshard_jax.model.transformer import moe_layer_names, shift_right
from gshard_jax.translation.translate import load_trained
from gshard_jax.vocab import PAD_ID

SPLITS = ("dev", "test")


def translation_routing(cfg: Config, split: str, limit: int | None = None) -> tuple[dict, dict]:
    """(the report's figures, facts about the run: step, split, sentences) of a trained run's
    newest checkpoint over `split`, the first `limit` sentences (of each language pair)."""
    if split not in SPLITS:
        raise RoutingReportError(f"--split {split}: a translation run has the splits "
                                 f"{', '.join(SPLITS)}; choose one of them")
    if not moe_layer_names(cfg.model):
        raise RoutingReportError(f"{cfg.run.workdir} has no MoE layers (model.moe_every="
                                 f"{cfg.model.moe_every}); a routing report needs an MoE run")
    task, params, tokenizer, step = load_trained(recordable(cfg))
    data = load_translation_data(cfg, verbose=False, tokenizer=tokenizer)
    labels = data.labels.get(split) or [0] * len(data.ids[split])
    seen: dict[int, int] = {}
    chosen = []
    for i, label in enumerate(labels):
        seen[label] = seen.get(label, 0) + 1
        if limit is None or seen[label] <= limit:
            chosen.append(i)
    if not chosen:
        raise RoutingReportError(f"the {split} split of {cfg.run.workdir}'s corpus has no "
                                 "sentences (data.dev_fraction / data.test_fraction is 0); "
                                 "choose the other split")
    label_names = [f"{s}-{t}" for s, t in data.pairs]

    def batches():
        for batch in data.eval_batches(split, task.data_shards, chosen, with_index=True):
            index = batch.pop("index")
            rows = np.where(index >= 0, np.asarray(labels)[np.asarray(chosen)[index]], -1)
            routed = {"encoder": batch["src"], "decoder": shift_right(batch["tgt"])}
            yield ReportBatch(batch, routed, rows if data.multilingual else None)

    def token_name(i: int) -> str:
        return "<s>" if i == PAD_ID else tokenizer.piece(i)  # the decoder's start is the pad id

    figures = routing_report(task, params, batches(), moe_layer_names(cfg.model), token_name,
                             label_names)
    return figures, {"step": step, "split": split, "sentences": len(chosen), "limit": limit}
