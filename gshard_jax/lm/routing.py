"""The routing report of a language-model run: the engine's figures (engine/routing_stats.py)
over its validation text ('dev'; an LM run has no test split), cut into consecutive windows
of model.block_size tokens (whole batches of data.batch_size), each layer routing the token
at each position."""

from __future__ import annotations

import numpy as np

from gshard_jax.config import LMConfig
from gshard_jax.data.chars import CharVocab, windows
from gshard_jax.engine.rundir import RunDir
from gshard_jax.engine.routing_stats import (
    ReportBatch, RoutingReportError, recordable, routing_report,
)
from gshard_jax.lm.train import load_lm_data, load_trained_lm
from gshard_jax.model.lm import moe_layer_names

_SHOWN = {" ": "\u2423", "\n": "\\n", "\t": "\\t"}  # characters a table cell would hide


def lm_routing(cfg: LMConfig, split: str, limit: int | None = None) -> tuple[dict, dict]:
    """(the report's figures, facts about the run) of an LM run's newest checkpoint over its
    validation text, the first `limit` windows of block_size tokens (rounded up to whole
    batches)."""
    if split != "dev":
        raise RoutingReportError(f"--split {split}: a language-model run has a training text "
                                 "and a validation text only; use --split dev (its validation "
                                 "text)")
    if not moe_layer_names(cfg.model):
        raise RoutingReportError(f"{cfg.run.workdir} has no MoE layers (model.moe_every="
                                 f"{cfg.model.moe_every}); a routing report needs an MoE run")
    task, params, vocab, step = load_trained_lm(recordable(cfg))
    ids = load_lm_data(cfg, RunDir(cfg.run.workdir, LMConfig)).val_ids
    block, rows = cfg.model.block_size, cfg.data.batch_size
    # Whole batches only (the LM routes every position: a padding row would take capacity).
    starts = np.arange(0, len(ids) - block, block)
    batch_count = len(starts) // rows
    if limit is not None:
        batch_count = min(-(-limit // rows), batch_count)
    if batch_count == 0:
        raise RoutingReportError(f"the validation text holds {len(starts)} windows of {block} "
                                 f"tokens, fewer than one batch (data.batch_size={rows}); raise "
                                 "data.val_fraction or pass --set data.batch_size=N")
    starts = starts[:batch_count * rows]

    def batches():
        for first in range(0, len(starts), rows):
            batch = windows(ids, starts[first:first + rows], block)
            yield ReportBatch(batch, {"layers": batch["inputs"]}, None)

    def token_name(i: int) -> str:
        text = vocab.decode([i])
        return _SHOWN.get(text, text) if isinstance(vocab, CharVocab) or text else f"#{i}"

    figures = routing_report(task, params, batches(), moe_layer_names(cfg.model), token_name)
    return figures, {"step": step, "split": split, "windows": len(starts), "limit": limit}
