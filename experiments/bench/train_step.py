"""B2: tokens/s of the full train step, and achieved model FLOP/s over the machine's own
matmul FLOP/s measured in the same run. FLOPs are counted analytically from *activated*
parameters (top-k experts per token, not padded capacity slots) plus attention."""

from __future__ import annotations

import dataclasses

import numpy as np

from experiments.bench.common import matmul_flops_per_sec, time_fn
from gshard_jax.config import Config, MeshConfig, ModelConfig, MoEConfig, TrainConfig, load_config_file
from gshard_jax.model.size import parameter_counts

BENCH_CONFIG = Config(
    model=ModelConfig(vocab_size=8000, d_model=512, d_ff=2048, expert_d_ff=2048, num_heads=8,
                      num_encoder_layers=6, num_decoder_layers=6, dropout_rate=0.0,
                      moe=MoEConfig(num_experts=8, group_size=512, capacity_factor=1.25,
                                    dispatch="gather")),
    mesh=MeshConfig(data=1, expert=1, model=1, preset="expert"),
    train=TrainConfig(optimizer="adafactor"),
)


def train_flops_per_batch(cfg: ModelConfig, batch: int, length: int) -> float:
    """fwd+bwd FLOPs = 3 x forward; forward = 2 x activated matmul weights per token + attention."""
    counts = parameter_counts(cfg)
    norms = 2 * cfg.d_model * (2 * cfg.num_encoder_layers + 3 * cfg.num_decoder_layers + 2)
    # The embedding lookup is free; the tied output projection is a real matmul (counted once).
    matmul_params = counts["activated"] - norms
    attention = 4 * length * cfg.num_heads * cfg.resolved_head_dim * (
        cfg.num_encoder_layers + 2 * cfg.num_decoder_layers)
    return 3.0 * batch * length * (2 * matmul_params + attention)


def run(configs: dict[str, Config], length: int = 64, tokens: int = 8192, repeats: int = 3) -> list[dict]:
    from gshard_jax.translation.task import TranslationTask  # after the caller has fixed the device count

    peak = matmul_flops_per_sec()
    rows = []
    for name, cfg in configs.items():
        cfg = dataclasses.replace(cfg, mesh=MeshConfig(data=1, expert=1, model=1, preset="expert"))
        batch_size = tokens // length
        task = TranslationTask(cfg)
        state = task.init_state(0)
        rng = np.random.default_rng(0)
        batch = task.shard_batch({
            "src": rng.integers(2, cfg.model.vocab_size, (batch_size, length)),
            "tgt": rng.integers(2, cfg.model.vocab_size, (batch_size, length))})
        holder = {"state": state}

        def step():
            holder["state"], metrics = task.train_step(holder["state"], batch)
            return metrics["loss"]

        seconds = time_fn(step, repeats=repeats)
        flops = train_flops_per_batch(cfg.model, batch_size, length)
        rows.append(dict(bench="B2", config=name, tokens_per_step=batch_size * length,
                         step_s=seconds, tokens_per_s=batch_size * length / seconds,
                         model_gflops=flops / seconds / 1e9, matmul_gflops=peak / 1e9,
                         efficiency=flops / seconds / peak))
    return rows


def default_configs() -> dict[str, Config]:
    return {"en_es_moe (default experiment)": load_config_file("experiments/configs/en_es_moe.py"),
            "bench 6+6 d512 E8": BENCH_CONFIG}
