"""Tiny configs shared by the tests."""

from gshard_jax.config import Config, MeshConfig, ModelConfig, MoEConfig, TrainConfig


def tiny_config(preset="expert", data=-1, expert=1, model=1, num_experts=8, **model_overrides):
    model_cfg = dict(vocab_size=64, d_model=32, d_ff=64, expert_d_ff=48, num_heads=4,
                     num_encoder_layers=2, num_decoder_layers=2, dropout_rate=0.1,
                     moe=MoEConfig(num_experts=num_experts, group_size=16))
    model_cfg.update(model_overrides)
    return Config(model=ModelConfig(**model_cfg),
                  mesh=MeshConfig(data=data, expert=expert, model=model, preset=preset),
                  train=TrainConfig(warmup_steps=4, learning_rate=0.05))
