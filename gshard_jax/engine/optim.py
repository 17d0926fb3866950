"""The optimiser and the loss: Adafactor (the paper's) or Adam on a warm-up + inverse-square-root
schedule, and label-smoothed cross-entropy returned as sums, so it aggregates across devices
and batches (Flax's WMT example)."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import optax

from gshard_jax.config import ConfigError, TrainConfig


def learning_rate_schedule(cfg: TrainConfig) -> optax.Schedule:
    """Linear warm-up to `learning_rate`, then inverse-square-root decay."""
    warmup = max(cfg.warmup_steps, 1)

    def schedule(step):
        step = jnp.asarray(step, jnp.float32) + 1.0
        return cfg.learning_rate * jnp.minimum(1.0, step / warmup) * jnp.sqrt(
            warmup / jnp.maximum(step, warmup))

    return schedule


def make_optimizer(cfg: TrainConfig) -> optax.GradientTransformation:
    """Adafactor (the paper's optimiser) or Adam, on the rsqrt schedule."""
    schedule = learning_rate_schedule(cfg)
    if cfg.optimizer == "adafactor":
        tx = optax.adafactor(learning_rate=schedule, weight_decay_rate=cfg.weight_decay or None)
    elif cfg.optimizer == "adam":
        tx = optax.adamw(schedule, b1=0.9, b2=0.98, eps=1e-9, weight_decay=cfg.weight_decay)
    else:
        raise ConfigError(f"train.optimizer {cfg.optimizer!r}: choose 'adafactor' or 'adam'")
    if cfg.grad_clip_norm > 0:
        tx = optax.chain(optax.clip_by_global_norm(cfg.grad_clip_norm), tx)
    return tx


def cross_entropy_sums(logits_BLV: jax.Array, targets_BL: jax.Array, weights_BL: jax.Array,
                       label_smoothing: float = 0.0) -> tuple[jax.Array, jax.Array]:
    """(sum of label-smoothed cross-entropy over weighted tokens, sum of weights).

    Smoothed targets put 1-ls on the label and ls/(V-1) elsewhere; the entropy of that target
    is subtracted so a perfect prediction scores 0, as in Flax's WMT example.
    """
    vocab = logits_BLV.shape[-1]
    confidence = 1.0 - label_smoothing
    low = label_smoothing / (vocab - 1)
    log_probs = jax.nn.log_softmax(logits_BLV.astype(jnp.float32), axis=-1)
    label_logp = jnp.take_along_axis(log_probs, targets_BL[..., None], axis=-1)[..., 0]
    loss = -(confidence - low) * label_logp - low * log_probs.sum(-1)
    if label_smoothing > 0:
        loss = loss + confidence * np.log(confidence) + (vocab - 1) * low * np.log(low)
    weights = weights_BL.astype(jnp.float32)
    return (loss * weights).sum(), weights.sum()
