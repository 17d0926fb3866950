"""Training metrics to JSON lines (for scripts and plots), TensorBoard events, and MLflow.

`MetricsLog` is the one interface the loops write to: every record goes to a JSON-lines file
and TensorBoard, and with `run.tracking=mlflow` also to an MLflow
run (`MLflowRun`): the flattened config as params, every scalar metric with its step, final
scores, and result files as artifacts. The MLflow run's id is kept in the run directory, so a
resumed run appends to the same MLflow run. Where each of these lives is the run directory's
choice (`TrackingFiles`, made by engine/rundir.py). MLflow is optional (`pip install
'gshard_jax[tracking]'`); `check_tracking` refuses a missing MLflow or a store that cannot be
written before a command writes anything.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import warnings
from typing import Any, Iterable, NamedTuple

import numpy as np

from gshard_jax.errors import UserError

INSTALL_HINT = ("pip install 'gshard_jax[tracking]' (MLflow with a SQLite store: mlflow-skinny, "
                "sqlalchemy, alembic)")


class TrackingFiles(NamedTuple):
    """Where one run's tracking writes (named by the run directory, engine/rundir.py)."""

    metrics: str  # JSON lines, one record per write
    superseded: str  # records of steps a resumed run trained again (see `supersede_after`)
    tensorboard: str  # TensorBoard event directory
    mlflow_store: str  # the SQLite store used when run.tracking_uri is empty
    mlflow_record: str  # {tracking_uri (as configured), run_id} of this directory's MLflow run


class TrackingError(UserError, ValueError):
    """A tracker that cannot be used (MLflow missing, a store that cannot be written)."""


class MetricsLog:
    """Appends {'step', 'split', metrics...} records to `files.metrics` and TensorBoard, and to
    an MLflow run when one is given."""

    def __init__(self, files: TrackingFiles, tensorboard: bool = True,
                 mlflow: "MLflowRun | None" = None):
        os.makedirs(os.path.dirname(os.path.abspath(files.metrics)), exist_ok=True)
        self.path = files.metrics
        self.mlflow = mlflow
        self._writer = None
        if tensorboard:
            from tensorboardX import SummaryWriter
            self._writer = SummaryWriter(files.tensorboard)

    def write(self, step: int, split: str, metrics: dict[str, Any]) -> None:
        record = {"step": int(step), "split": split}
        for name, value in metrics.items():
            array = np.asarray(value)
            record[name] = float(array) if array.ndim == 0 else array.tolist()
            if self._writer is not None and array.ndim == 0:
                self._writer.add_scalar(f"{split}/{name}", float(array), step)
        with open(self.path, "a") as f:
            f.write(json.dumps(record) + "\n")
        if self.mlflow is not None:
            self.mlflow.log_metrics(step, split, record)

    def write_load_heatmap(self, step: int, tag: str, load_LE, layer_names: list[str]) -> None:
        """The per-layer expert load [layers, E] as a heatmap image in TensorBoard (no-op
        without TensorBoard or MoE layers)."""
        load_LE = np.asarray(load_LE)
        if self._writer is None or load_LE.size == 0:
            return
        from gshard_jax.engine.heatmap import figure_pixels, load_heatmap
        pixels = figure_pixels(load_heatmap(load_LE, layer_names, "first-choice load"))
        self._writer.add_image(tag, pixels, step, dataformats="HWC")
        self._writer.flush()

    def record_results(self, step: int, scores: dict[str, float], files: Iterable[str] = ()) -> None:
        """Final scores and result files (MLflow metrics 'final/<name>' and artifacts)."""
        if self.mlflow is not None:
            self.mlflow.log_metrics(step, "final", scores)
            self.mlflow.log_artifacts(files)

    def close(self, status: str = "FINISHED") -> None:
        """status: the MLflow run's state now (FINISHED, KILLED when stopped by a signal,
        FAILED on an error); a resumed run sets it back to RUNNING."""
        if self._writer is not None:
            self._writer.close()
        if self.mlflow is not None:
            self.mlflow.close(status)


def read_metrics(path: str) -> list[dict]:
    """All records of a JSON-lines metrics file, in order ([] when there is none yet). A last
    line without its newline is a record still being written by a running trainer: skipped."""
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.endswith("\n") and line.strip()]


# ---------------------------------------------------------------------------------------------
# MLflow


def _mlflow_client():
    """MlflowClient, or TrackingError saying how to install MLflow."""
    try:
        from mlflow.tracking import MlflowClient
    except ImportError:
        raise TrackingError(f"run.tracking=mlflow needs MLflow, which is not installed: "
                            f"{INSTALL_HINT}; or set run.tracking=none") from None
    for name in ("mlflow", "alembic"):  # table creation and migrations log at INFO
        logging.getLogger(name).setLevel(logging.WARNING)
    return MlflowClient


@contextlib.contextmanager
def _quiet():
    """MLflow's SQLAlchemy store emits deprecation warnings that are not ours to fix."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.filterwarnings("ignore", category=Warning, module="sqlalchemy")
        yield


def supersede_after(files: TrackingFiles, step: int) -> None:
    """Moves the records of steps after `step` from the metrics file to the superseded file,
    each marked {'superseded_at': step}; the metrics file is replaced whole (write, rename)."""
    records = read_metrics(files.metrics)
    later = [r for r in records if r["step"] > step]
    if not later:
        return
    with open(files.superseded, "a") as f:
        f.writelines(json.dumps({**r, "superseded_at": step}) + "\n" for r in later)
    tmp = files.metrics + ".tmp"
    with open(tmp, "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records if r["step"] <= step)
    os.replace(tmp, files.metrics)


def resolve_tracking_uri(uri: str, default_store: str) -> str:
    """'' -> the run directory's SQLite store (sqlite:///<default_store>)."""
    return uri or f"sqlite:///{os.path.abspath(default_store)}"


def _sqlite_path(uri: str) -> str | None:
    return uri[len("sqlite:///"):] if uri.startswith("sqlite:///") else None


def _artifact_location(uri: str) -> str | None:
    """Artifacts of a SQLite store go beside its file (MLflow's default is the working
    directory of whoever created the experiment); a server decides for itself."""
    path = _sqlite_path(uri)
    if path is None:
        return None
    return "file://" + os.path.join(os.path.dirname(os.path.abspath(path)), "mlartifacts")


def check_tracking(run_cfg: Any, default_store: str) -> None:
    """TrackingError unless `run.tracking` can be used: MLflow importable and the tracking
    URI writable (a SQLite file's directory can be created and written; a server answers).
    Writes nothing."""
    if run_cfg.tracking != "mlflow":
        return
    client_cls = _mlflow_client()
    uri = resolve_tracking_uri(run_cfg.tracking_uri, default_store)
    path = _sqlite_path(uri)
    if path is not None:
        problem = _unwritable(os.path.abspath(path))
        if problem:
            raise TrackingError(f"run.tracking_uri={uri}: {problem}; choose a tracking URI in a "
                                "writable directory (or leave run.tracking_uri empty for a "
                                "store in the run directory)")
        return
    os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0")
    os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "10")
    try:
        with _quiet():
            client_cls(uri).search_experiments(max_results=1)
    except Exception as error:  # any failure means the run could not log there
        raise TrackingError(f"run.tracking_uri={uri} cannot be used ({type(error).__name__}: "
                            f"{str(error)[:200]}); start the tracking server, fix the URI, or "
                            "leave it empty for a store in the run directory") from None


def _unwritable(path: str) -> str | None:
    """Why a file cannot be created at `path` (None if it can)."""
    if os.path.isdir(path):
        return f"{path} is a directory, not a database file"
    if os.path.exists(path):
        return None if os.access(path, os.W_OK) else f"{path} is not writable"
    parent = os.path.dirname(path)
    while not os.path.exists(parent):
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent):
        return f"{parent} is a file, so no directory can be made under it"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{parent} is not writable"
    return None


def flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    """{'model': {'d_model': 128}} -> {'model.d_model': '128'} (MLflow params are strings)."""
    flat = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = ",".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    return flat


class MLflowRun:
    """The MLflow run of one run directory: created at its first start, continued on resume.

    Params are written once (MLflow's params are immutable): a resumed run adds only the
    params it did not log before. Metrics are named '<split>/<name>' with the training step.
    """

    def __init__(self, workdir: str, files: TrackingFiles, run_cfg: Any, experiment: str,
                 params: dict[str, str]):
        client_cls = _mlflow_client()
        from mlflow.entities import Param

        self.configured_uri = run_cfg.tracking_uri  # '' (the run directory's store) moves with it
        self.uri = resolve_tracking_uri(run_cfg.tracking_uri, files.mlflow_store)
        with _quiet():
            self.client = client_cls(self.uri)
            self.run_id = self._resumable(files.mlflow_record)
            if self.run_id is not None:
                self.client.update_run(self.run_id, status="RUNNING")
            else:
                self.run_id = self._create(workdir, experiment)
                with open(files.mlflow_record, "w") as f:
                    json.dump({"tracking_uri": self.configured_uri, "run_id": self.run_id}, f)
            logged = self.client.get_run(self.run_id).data.params
            new = [Param(k, v[:6000]) for k, v in params.items() if k not in logged]
            for start in range(0, len(new), 100):  # MLflow's batch limit
                self.client.log_batch(self.run_id, params=new[start:start + 100])

    def _resumable(self, record_path: str) -> str | None:
        if not os.path.exists(record_path):
            return None
        with open(record_path) as f:
            record = json.load(f)
        if record.get("tracking_uri") != self.configured_uri:
            return None  # tracked elsewhere before: this store gets a new run
        try:
            self.client.get_run(record["run_id"])
        except Exception:  # deleted from the store: start a new one
            return None
        return record["run_id"]

    def _create(self, workdir: str, experiment: str) -> str:
        found = self.client.get_experiment_by_name(experiment)
        experiment_id = (found.experiment_id if found is not None else self.client.create_experiment(
            experiment, artifact_location=_artifact_location(self.uri)))
        run = self.client.create_run(experiment_id, run_name=os.path.basename(os.path.abspath(workdir)),
                                     tags={"workdir": os.path.abspath(workdir)})
        return run.info.run_id

    def log_metrics(self, step: int, split: str, metrics: dict[str, Any]) -> None:
        from mlflow.entities import Metric

        now = int(time.time() * 1000)
        batch = [Metric(f"{split}/{name}", float(value), now, int(step))
                 for name, value in metrics.items()
                 if name not in ("step", "split") and not isinstance(value, str)
                 and np.ndim(value) == 0]
        with _quiet():
            for start in range(0, len(batch), 1000):
                self.client.log_batch(self.run_id, metrics=batch[start:start + 1000])

    def log_artifacts(self, paths: Iterable[str]) -> None:
        with _quiet():
            for path in paths:
                if os.path.exists(path):
                    self.client.log_artifact(self.run_id, path)

    def close(self, status: str = "FINISHED") -> None:
        with _quiet():
            self.client.set_terminated(self.run_id, status=status)
