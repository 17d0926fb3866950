"""The run directory: one owner for every file a run keeps.

    <workdir>/
      .lock              held (flock) by the one process training here, with its pid
      config.json        the config the run was started with (written once)
      tokenizer.model    a translation run's SentencePiece model (copied in at its start)
      checkpoints/       Orbax steps (engine/checkpoint.py); <step>.damaged: one that could not
                         be restored, moved aside when the run resumed from an older one
      metrics.jsonl      train/dev metrics, one JSON record per line (engine/tracking.py)
      metrics.superseded.jsonl  records of steps a resumed run trained again (after a kill, or
                         past a damaged checkpoint), each marked with the step it resumed at
      tensorboard/       the same metrics as TensorBoard events
      mlflow.db, mlartifacts/, mlflow_run.json   with run.tracking=mlflow: the default local
                         MLflow store, its artifacts, and the id of this run's MLflow run
      vocab.json         a character LM's vocabulary (lm/train.py)
      .partial, .tmp     a file being written, renamed into place when complete
      summary.json       the last training step's summary
      started_from.json  where a run that started from weights got them (import-hf, upcycle,
                         train --init-from; engine/start.py): its step 0 holds parameters only
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
import shutil
import socket
import time
from typing import Any, Callable

from gshard_jax.config import Config, ConfigError, apply_overrides, from_dict, resume_key, to_dict
from gshard_jax.engine.checkpoint import Checkpointer
from gshard_jax.engine.tracking import (
    MLflowRun, MetricsLog, TrackingFiles, flatten, read_metrics, supersede_after,
)
from gshard_jax.errors import UserError


class RunDirError(UserError, RuntimeError):
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

    @property
    def tokenizer_path(self) -> str:
        return self.file("tokenizer.model")

    @property
    def summary_path(self) -> str:
        return self.file("summary.json")

    @property
    def origin_path(self) -> str:
        """started_from.json: where a run that started from weights got them."""
        return self.file("started_from.json")

    @property
    def char_vocab_path(self) -> str:
        """A character LM's vocabulary (JSON)."""
        return self.file("vocab.json")

    @property
    def tracking_files(self) -> TrackingFiles:
        return TrackingFiles(metrics=self.file("metrics.jsonl"),
                             superseded=self.file("metrics.superseded.jsonl"),
                             tensorboard=self.file("tensorboard"),
                             mlflow_store=self.file("mlflow.db"),
                             mlflow_record=self.file("mlflow_run.json"))

    # -- tokenizer ----------------------------------------------------------------------------

    def tokenizer_file(self) -> str | None:
        """The SentencePiece model file the run trained with; None for a run that predates run
        directories carrying one (its callers then fall back to the corpus's cache)."""
        return self.tokenizer_path if os.path.exists(self.tokenizer_path) else None

    def save_tokenizer(self, model_file: str) -> None:
        """Copies a tokenizer's model file in (once; a resumed run already has it)."""
        if not os.path.exists(self.tokenizer_path):
            os.makedirs(self.path, exist_ok=True)
            tmp = f"{self.tokenizer_path}.tmp"
            shutil.copyfile(model_file, tmp)
            os.replace(tmp, self.tokenizer_path)

    # -- config -----------------------------------------------------------------------------

    def read_config(self, overrides: list[str] | tuple[str, ...] = ()) -> Config:
        """The config the run was started with, with `overrides` ('key=value', e.g. this
        directory's own run.workdir after a copy) applied; RunDirError if there is no run here."""
        if not os.path.exists(self.config_path):
            raise RunDirError(f"{self.path} has no config.json: train a model there first "
                              "(gshard-jax train --config ..., or gshard-jax lm train) or pass the right "
                              "--workdir")
        try:
            with open(self.config_path, encoding="utf-8") as f:
                saved = json.load(f)
        except (ValueError, UnicodeDecodeError) as error:  # JSONDecodeError is a ValueError
            raise RunDirError(f"{self.config_path} is damaged ({error}); restore it from a copy "
                              "of the run directory, or pass the right --workdir") from None
        return apply_overrides(from_dict(self.config_cls, saved), overrides)

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

    def restore(self, abstract_state: Any, other_layout: Callable | None = None) -> tuple[Any, int]:
        """(train state, step) of the newest readable checkpoint, laid out as `abstract_state`
        says (newer damaged ones are moved aside); CheckpointError if none restores.
        other_layout: as in `Checkpointer.restore_newest_readable`."""
        with self.checkpointer(keep=1_000_000) as ckpt:  # a reader never prunes
            state, _ = ckpt.restore_newest_readable(abstract_state, other_layout)
        return state, int(state.step)

    def restore_newest_params(self, abstract_params: Any, step: int | None = None) -> Any:
        """The parameters alone of the newest checkpoint (or of `step`), laid out as
        `abstract_params` says (no optimiser state read, nothing moved aside): a reader's quick
        path. CheckpointError when that step does not restore so (damaged, another layout):
        `restore` then walks back and converts."""
        steps = self.checkpoint_steps()
        step = steps[-1] if step is None and steps else step
        with self.checkpointer(keep=1_000_000) as ckpt:
            return ckpt.restore_params(abstract_params, step)

    def newest_checkpoint_fingerprint(self) -> dict[str, Any] | None:
        """What identifies the newest checkpoint's contents without reading them: its
        absolute path, step, and each file's path, size and modification time (None without
        one). A copy kept elsewhere (cached parameters) is current while this is unchanged."""
        steps = self.checkpoint_steps()
        if not steps:
            return None
        folder = os.path.abspath(os.path.join(self.checkpoint_dir, str(steps[-1])))
        files = []
        for root, _, names in sorted(os.walk(folder)):
            for name in sorted(names):
                stat = os.stat(os.path.join(root, name))
                files.append([os.path.relpath(os.path.join(root, name), folder), stat.st_size,
                              stat.st_mtime_ns])
        return {"checkpoint": folder, "step": steps[-1], "files": files}

    def metrics_log(self, cfg: Any = None, experiment: str = "gshard-jax",
                    tensorboard: bool = True) -> MetricsLog:
        """JSONL (+ TensorBoard); plus the run's MLflow run (MLflow experiment `experiment`)
        when cfg.run.tracking is 'mlflow', on process 0 only."""
        import jax

        mlflow = None
        if cfg is not None and cfg.run.tracking == "mlflow" and jax.process_index() == 0:
            mlflow = MLflowRun(self.path, self.tracking_files, cfg.run, experiment,
                               flatten(to_dict(cfg)))
        return MetricsLog(self.tracking_files, tensorboard=tensorboard, mlflow=mlflow)

    def supersede_metrics_after(self, step: int) -> None:
        """A run resuming at `step`: the records of later steps (logged before a kill, or by
        a run whose later checkpoint was damaged) move to the superseded file, so the rerun's
        records of those steps are the only ones in the metrics file."""
        supersede_after(self.tracking_files, step)

    def read_superseded_metrics(self) -> list[dict]:
        """The records `supersede_metrics_after` moved aside, each with 'superseded_at'."""
        return read_metrics(self.tracking_files.superseded)

    def metrics(self) -> list[dict]:
        """Every metrics record of the run, in order (a resumed run may repeat a step)."""
        return read_metrics(self.tracking_files.metrics)

    def write_summary(self, summary: dict[str, Any]) -> None:
        _write_json(self.summary_path, summary)

    def read_summary(self) -> dict[str, Any] | None:
        return self.read_json(os.path.basename(self.summary_path))

    def write_origin(self, origin: dict[str, Any]) -> None:
        os.makedirs(self.path, exist_ok=True)
        _write_json(self.origin_path, origin)

    def read_origin(self) -> dict[str, Any] | None:
        """started_from.json (None for a run that started from scratch)."""
        return self.read_json(os.path.basename(self.origin_path))

    def read_char_vocab(self) -> Any | None:
        """A character LM's saved vocabulary (None before its first start)."""
        return self.read_json(os.path.basename(self.char_vocab_path))

    def write_char_vocab(self, value: Any) -> None:
        _write_json(self.char_vocab_path, value)

    def translations_path(self, split: str, lang: str) -> str:
        """<split>.hyp.<lang>; `lang` is a language pair ('en-es') in a multilingual run."""
        return self.file(f"{split}.hyp.{lang}")

    def scores_path(self, split: str) -> str:
        return self.file(f"{split}_scores.json")

    def write_translations(self, split: str, lang: str, hypotheses: list[str]) -> str:
        path = self.translations_path(split, lang)
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
        _write_json(self.scores_path(split), result)

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
        return self.read_json(os.path.basename(self.scores_path(split)))


def _write_json(path: str, value: Any) -> None:
    """Write then rename, so a reader never sees half a file."""
    tmp = f"{path}.tmp"
    with open(tmp, "w") as f:
        json.dump(value, f, indent=2)
    os.replace(tmp, path)
