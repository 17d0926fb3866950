"""Checkpoints restore onto another mesh/preset (or one device) with the same dev loss, and a
checkpoint from an incompatible model is refused with a clear error."""

import jax
import numpy as np
import pytest

from gshard_jax.config import MeshConfig
from gshard_jax.engine.checkpoint import CheckpointError, Checkpointer
from gshard_jax.sharding import make_mesh
from gshard_jax.translation.task import TranslationTask
from tests.helpers import tiny_config


def _batch():
    rng = np.random.default_rng(0)
    return {"src": rng.integers(1, 64, (16, 8)), "tgt": rng.integers(1, 64, (16, 8))}


def _eval_nll(task, params):
    out = task.eval_step(params, task.shard_batch(_batch()))
    return float(out["nll_sum"]) / float(out["tokens"])


def test_restore_onto_other_meshes_gives_same_dev_loss(tmp_path):
    writer = TranslationTask(tiny_config(preset="data", data=8))
    state = writer.init_state(0)
    state, _ = writer.train_step(state, writer.shard_batch(_batch()))
    expected = _eval_nll(writer, state.params)
    with Checkpointer(str(tmp_path), keep=2) as ckpt:
        ckpt.save(1, state, {"epoch": 0, "position": 3})

    for reader in (TranslationTask(tiny_config(preset="expert", data=2, expert=4)),
                   TranslationTask(tiny_config(preset="expert", data=1),
                               mesh=make_mesh(MeshConfig(data=1), devices=jax.devices()[:1]))):
        with Checkpointer(str(tmp_path)) as ckpt:
            restored, data_state = ckpt.restore(reader.abstract_state())
        assert data_state == {"epoch": 0, "position": 3}
        assert int(restored.step) == 1
        wi = restored.params["encoder"][1]["ffn"]["wi"]
        assert wi.sharding == reader.param_shardings["encoder"][1]["ffn"]["wi"]
        np.testing.assert_allclose(_eval_nll(reader, restored.params), expected, rtol=1e-5)


def test_incompatible_checkpoint_is_refused(tmp_path):
    writer = TranslationTask(tiny_config(data=8))
    with Checkpointer(str(tmp_path)) as ckpt:
        ckpt.save(0, writer.init_state(0), {})
    other = TranslationTask(tiny_config(data=8, d_model=48))
    with Checkpointer(str(tmp_path)) as ckpt, pytest.raises(CheckpointError, match="does not fit"):
        ckpt.restore(other.abstract_state())


def test_missing_checkpoint_is_named(tmp_path):
    with Checkpointer(str(tmp_path / "empty")) as ckpt, pytest.raises(CheckpointError, match="no checkpoint"):
        ckpt.restore(TranslationTask(tiny_config(data=8)).abstract_state())
