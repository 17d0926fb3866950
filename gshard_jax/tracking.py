"""Training metrics to JSON lines (for scripts and plots) and TensorBoard event files."""

from __future__ import annotations

import json
import os
from typing import Any

import numpy as np


class MetricsLog:
    """Appends {'step', 'split', metrics...} records to `workdir/metrics.jsonl` and TensorBoard."""

    def __init__(self, workdir: str, tensorboard: bool = True):
        os.makedirs(workdir, exist_ok=True)
        self.path = os.path.join(workdir, "metrics.jsonl")
        self._writer = None
        if tensorboard:
            from tensorboardX import SummaryWriter
            self._writer = SummaryWriter(os.path.join(workdir, "tensorboard"))

    def write(self, step: int, split: str, metrics: dict[str, Any]) -> None:
        record = {"step": int(step), "split": split}
        for name, value in metrics.items():
            array = np.asarray(value)
            record[name] = float(array) if array.ndim == 0 else array.tolist()
            if self._writer is not None and array.ndim == 0:
                self._writer.add_scalar(f"{split}/{name}", float(array), step)
        with open(self.path, "a") as f:
            f.write(json.dumps(record) + "\n")

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


def read_metrics(workdir: str) -> list[dict]:
    """All records of a run (the latest record wins when a resumed run repeats a step)."""
    path = os.path.join(workdir, "metrics.jsonl")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]
