"""B3: compile time and per-device parameter + optimiser bytes as experts grow with devices
(experts = 2 x devices, expert preset, one expert-axis device per... all devices on 'expert')."""

from __future__ import annotations

import time

import numpy as np

from gshard_jax.config import Config, MeshConfig, ModelConfig, MoEConfig, TrainConfig


def scaling_config(devices: int) -> Config:
    return Config(
        model=ModelConfig(vocab_size=1024, d_model=128, d_ff=512, expert_d_ff=512, num_heads=4,
                          num_encoder_layers=2, num_decoder_layers=2, dropout_rate=0.0,
                          moe=MoEConfig(num_experts=2 * devices, group_size=64, dispatch="gather")),
        mesh=MeshConfig(data=1, expert=devices, model=1, preset="expert"),
        train=TrainConfig(optimizer="adafactor"),
    )


def measure(devices: int) -> dict:
    """Runs in a process that sees exactly `devices` devices."""
    from gshard_jax.translation.task import TranslationTask

    cfg = scaling_config(devices)
    task = TranslationTask(cfg)
    state = task.init_state(0)
    rng = np.random.default_rng(0)
    batch = task.shard_batch({"src": rng.integers(2, 1024, (8 * devices, 32)),
                              "tgt": rng.integers(2, 1024, (8 * devices, 32))})
    start = time.perf_counter()
    compiled = task.train_step.lower(state, batch).compile()
    compile_s = time.perf_counter() - start

    def device_bytes(tree, expert_only):
        total = 0
        for path, leaf in __import__("jax").tree_util.tree_flatten_with_path(tree)[0]:
            name = __import__("jax").tree_util.keystr(path)
            is_expert = "'ffn'" in name and leaf.ndim == 3
            if is_expert or not expert_only:
                total += leaf.addressable_shards[0].data.nbytes
        return total

    memory = compiled.memory_analysis()
    return dict(bench="B3", devices=devices, experts=2 * devices, compile_s=compile_s,
                params_opt_bytes_per_device=device_bytes(state, False),
                expert_bytes_per_device=device_bytes(state, True),
                temp_bytes_per_device=getattr(memory, "temp_size_in_bytes", None))
