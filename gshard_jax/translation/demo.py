"""A few sharded train steps on a synthetic copy-and-reverse task, then the sharding table.

Shows the whole core working on any mesh: `gshard-jax demo --set mesh.expert=4`.
"""

from __future__ import annotations

import time

import jax
import numpy as np

from gshard_jax.config import Config, MeshConfig, ModelConfig, MoEConfig, TrainConfig
from gshard_jax.sharding.report import format_sharding_table
from gshard_jax.translation.task import TranslationTask

DEMO_CONFIG = Config(
    model=ModelConfig(vocab_size=32, d_model=64, d_ff=256, expert_d_ff=128, num_heads=4,
                      num_encoder_layers=2, num_decoder_layers=2, dropout_rate=0.0,
                      moe=MoEConfig(num_experts=8, group_size=32)),
    mesh=MeshConfig(data=-1, expert=4, model=1, preset="expert"),
    train=TrainConfig(optimizer="adam", learning_rate=3e-3, warmup_steps=10, label_smoothing=0.0),
)


def reverse_task_batch(rng: np.random.Generator, batch_size: int, length: int, vocab: int):
    """Source: random tokens then EOS (1); target: the same tokens reversed, then EOS."""
    body = rng.integers(2, vocab, (batch_size, length - 1))
    eos = np.ones((batch_size, 1), np.int64)
    return {"src": np.concatenate([body, eos], 1), "tgt": np.concatenate([body[:, ::-1], eos], 1)}


def run_demo(cfg: Config = DEMO_CONFIG, steps: int = 60, batch_size: int = 32, length: int = 8) -> dict:
    """Trains `steps` steps, prints losses and the sharding table; returns final metrics."""
    task = TranslationTask(cfg)
    print(f"mesh {dict(task.mesh.shape)} on {jax.device_count()} {jax.devices()[0].platform} devices, "
          f"preset {cfg.mesh.preset!r}; batch {batch_size}x{length} split {task.data_shards} ways")
    state = task.init_state(cfg.train.seed)
    rng = np.random.default_rng(cfg.train.seed)
    start = time.time()
    for step in range(1, steps + 1):
        batch = task.shard_batch(reverse_task_batch(rng, batch_size, length, cfg.model.vocab_size))
        state, metrics = task.train_step(state, batch)
        if step == 1 or step % 10 == 0 or step == steps:
            print(f"step {step:4d}  loss {float(metrics['loss']):.4f}  ce {float(metrics['ce']):.4f}  "
                  f"aux {float(metrics['aux_loss']):.3f}  dropped {float(metrics['dropped_first']):.3f}  "
                  f"({time.time() - start:.1f}s)", flush=True)
    print(format_sharding_table(state.params, task.param_logical))
    return {k: float(v) for k, v in metrics.items() if np.ndim(v) == 0}
