"""The run directory: one owner for every file a run keeps.

    <workdir>/
      .lock              held (flock) by the one process training here, with its pid
      config.json        the config the run was started with (written once)
      checkpoints/       Orbax steps (see checkpoint.py)
      metrics.jsonl      train/dev metrics, one JSON record per line (tracking.py)
      tensorboard/       the same metrics as TensorBoard events
      mlflow.db, mlartifacts/, mlflow_run.json   with run.tracking=mlflow: the default local
                         MLflow store, its artifacts, and the id of this run's MLflow run
      vocab.json         a character LM's vocabulary (lm_training.py)
      summary.json       the last training step's summary
      <split>.hyp.<lang> translations of a split, one per line (a multilingual run: one
                         file per language pair, <split>.hyp.<src>-<tgt>)
      <split>_scores.json  BLEU/chrF of those translations (per pair and macro average)

Nothing is written until a command has checked everything it can, so a refused start leaves
the directory as it was (or absent). One run directory has one writer: `train` takes an
exclusive lock; a second `train` on the same directory is refused with the holder's pid. The
lock is an `flock`, released by the kernel when its process dies, so the lock file of a killed
run never blocks the rerun.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from typing import Any

from gshard_jax.checkpoint import Checkpointer
from gshard_jax.config import Config, ConfigError, from_dict, resume_key, to_dict
from gshard_jax.tracking import MLflowRun, MetricsLog, flatten, read_metrics


class RunDirError(RuntimeError):
    """A run directory that cannot be used now (no run in it, or another process writes it)."""


class RunDir:
    """Paths and files of one run directory. config_cls: the class of its config.json
    (Config for translation, LMConfig for the character LM)."""

    def __init__(self, workdir: str, config_cls: type = Config):
        self.path = workdir
        self.config_cls = config_cls
        self._lock_fd: int | None = None

    def file(self, name: str) -> str:
        return os.path.join(self.path, name)

    @property
    def config_path(self) -> str:
        return self.file("config.json")

    @property
    def checkpoint_dir(self) -> str:
        return self.file("checkpoints")

    # -- config -----------------------------------------------------------------------------

    def read_config(self) -> Config:
        """The config the run was started with; RunDirError if there is no run here."""
        if not os.path.exists(self.config_path):
            raise RunDirError(f"{self.path} has no config.json: train a model there first "
                              "(gshard-jax train --config ..., or gshard-jax lm train) or pass the right "
                              "--workdir")
        with open(self.config_path) as f:
            return from_dict(self.config_cls, json.load(f))

    def check_config_matches(self, cfg: Config) -> None:
        """A resumed run must use the same model and optimiser as the one that wrote it
        (except model.moe.top_k within max_top_k, see `config.resume_key`)."""
        if not os.path.exists(self.config_path):
            return
        saved, new = resume_key(self.read_config()), resume_key(cfg)
        for section in ("model", "train"):
            if getattr(saved, section) != getattr(new, section):
                raise ConfigError(
                    f"{self.path} holds a run with a different '{section}' config; resume with "
                    f"the same settings (see {self.config_path}) or choose a new "
                    "--set run.workdir=...")

    def save_config(self, cfg: Config) -> None:
        """Written once, when the run is known to start (a refused start writes nothing)."""
        if not os.path.exists(self.config_path):
            os.makedirs(self.path, exist_ok=True)
            _write_json(self.config_path, to_dict(cfg))

    # -- the writer lock ----------------------------------------------------------------------

    def lock(self) -> None:
        """Takes the exclusive writer lock, creating the directory; RunDirError if held."""
        os.makedirs(self.path, exist_ok=True)
        fd = os.open(self.file(".lock"), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise RunDirError(
                f"{self.path} is being trained by another process ({holder}); wait for it to "
                "finish or stop it (its checkpoints stay), or train in another --workdir") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}, since "
                     f"{time.strftime('%Y-%m-%d %H:%M:%S')}".encode())
        self._lock_fd = fd

    def unlock(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- checkpoints, metrics, results ----------------------------------------------------------

    def checkpoint_steps(self) -> list[int]:
        """Committed checkpoint steps, read from the directory (creates nothing)."""
        names = os.listdir(self.checkpoint_dir) if os.path.isdir(self.checkpoint_dir) else []
        return sorted(int(n) for n in names if n.isdigit())

    def checkpointer(self, keep: int) -> Checkpointer:
        return Checkpointer(self.checkpoint_dir, keep=keep)

    def metrics_log(self, cfg: Any = None, experiment: str = "gshard-jax",
                    tensorboard: bool = True) -> MetricsLog:
        """JSONL (+ TensorBoard); plus the run's MLflow run (MLflow experiment `experiment`)
        when cfg.run.tracking is 'mlflow', on process 0 only."""
        import jax

        mlflow = None
        if cfg is not None and cfg.run.tracking == "mlflow" and jax.process_index() == 0:
            mlflow = MLflowRun(self.path, cfg.run, experiment, flatten(to_dict(cfg)))
        return MetricsLog(self.path, tensorboard=tensorboard, mlflow=mlflow)

    def metrics(self) -> list[dict]:
        return read_metrics(self.path)

    def write_summary(self, summary: dict[str, Any]) -> None:
        _write_json(self.file("summary.json"), summary)

    def write_translations(self, split: str, lang: str, hypotheses: list[str]) -> str:
        path = self.file(f"{split}.hyp.{lang}")
        with open(path, "w") as f:
            f.writelines(h + "\n" for h in hypotheses)
        return path

    def write_references(self, split: str, lang: str, references: list[str]) -> str:
        """The references next to the hypotheses (`sacrebleu REF < HYP` works on the pair)."""
        path = self.file(f"{split}.ref.{lang}")
        with open(path, "w") as f:
            f.writelines(r + "\n" for r in references)
        return path

    def write_scores(self, split: str, result: dict[str, Any]) -> None:
        _write_json(self.file(f"{split}_scores.json"), result)

    def write_json(self, name: str, value: Any) -> str:
        path = self.file(name)
        _write_json(path, value)
        return path

    def read_json(self, name: str) -> Any | None:
        """The JSON file `name` of the run, None if absent."""
        if not os.path.exists(self.file(name)):
            return None
        with open(self.file(name)) as f:
            return json.load(f)

    def read_scores(self, split: str) -> dict[str, Any] | None:
        return self.read_json(f"{split}_scores.json")


def _write_json(path: str, value: Any) -> None:
    """Write then rename, so a reader never sees half a file."""
    tmp = f"{path}.tmp"
    with open(tmp, "w") as f:
        json.dump(value, f, indent=2)
    os.replace(tmp, path)
