"""The optimiser and the loss: Adafactor (the paper's) or Adam on a warm-up + inverse-square-root
schedule, and label-smoothed cross-entropy returned as sums, so it aggregates across devices
and batches (Flax's WMT example).

`train.freeze` (glob patterns over parameter names such as `decoder/3/ffn/gate`, see
`parameter_names`) keeps parameters fixed: they get `optax.set_to_zero` through
`optax.multi_transform`, so no update, weight decay or optimiser state touches them, and
gradient clipping measures the trained parameters' gradients alone."""

from __future__ import annotations

import fnmatch
import functools
from typing import Any

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


def _block_rms(x: jax.Array, stacked: bool) -> jax.Array:
    """Root mean square of a whole parameter, or of each layer of a stacked one (scanned
    layers: the leading axis is the layer), shaped to broadcast against it."""
    if not stacked:
        return jnp.sqrt(jnp.mean(jnp.square(x)))
    return jnp.sqrt(jnp.mean(jnp.square(x), axis=tuple(range(1, x.ndim)), keepdims=True))


def _stateless(update_fn) -> optax.GradientTransformation:
    return optax.GradientTransformation(lambda params: optax.EmptyState(), update_fn)


def layerwise_adafactor(schedule: optax.Schedule, stacked: Any, weight_decay: float | None
                        ) -> optax.GradientTransformation:
    """optax.adafactor with its defaults, step for step, except that its two per-parameter
    statistics (the update clipping by RMS and the scaling by the parameter's RMS) are taken
    per layer for stacked parameters (`stacked`: a tree of bools like the params). So a scanned
    model, whose layers share one stacked array, updates each layer as the unrolled model does;
    for unstacked parameters it is optax.adafactor (same state, same numbers).
    The factored second moments reduce over the two largest dimensions, which for a stacked
    [layers, M, H] weight are a layer's own (M, H), as long as there are fewer layers than the
    smaller of M and H."""
    def clip_by_block_rms(updates, state, params=None):
        del params
        return jax.tree.map(lambda u, s: u / jnp.maximum(1.0, _block_rms(u, s) / 1.0),
                            updates, stacked), state

    def scale_by_param_block_rms(updates, state, params):
        return jax.tree.map(lambda u, p, s: u * jnp.maximum(_block_rms(p, s), 1e-3),
                            updates, params, stacked), state

    chain = [optax.scale_by_factored_rms(True, 0.8, 0.0, 128, 1e-30),
             _stateless(clip_by_block_rms),
             optax.scale_by_learning_rate(schedule, flip_sign=False),
             _stateless(scale_by_param_block_rms)]
    if weight_decay:
        chain.append(optax.add_decayed_weights(weight_decay))
    return optax.chain(*chain, optax.scale(-1))


def parameter_names(params: Any) -> list[str]:
    """Every parameter's name, its path in the tree joined by '/' (e.g.
    'encoder/1/ffn/gate'; scanned layers: 'encoder/repeated/1/ffn/gate'), in tree order."""
    return ["/".join(str(getattr(k, "key", getattr(k, "idx", k))) for k in path)
            for path, _ in jax.tree_util.tree_flatten_with_path(params)[0]]


def freeze_mask(params: Any, patterns: tuple[str, ...]) -> Any:
    """A tree of bools like `params`: True where the parameter's name matches one of the glob
    `patterns` (fnmatch, case-sensitive; '*' matches any characters, '/' included).
    ConfigError for a pattern that matches no parameter, or patterns that match them all."""
    names = parameter_names(params)
    for pattern in patterns:
        if not any(fnmatch.fnmatchcase(name, pattern) for name in names):
            examples = ", ".join(names[:: max(len(names) // 6, 1)][:6])
            raise ConfigError(
                f"train.freeze pattern {pattern!r} matches no parameter; patterns are globs over "
                f"names like {examples} ('*' matches any characters, '/' included, e.g. "
                "'*/ffn/gate' for every router)")
    frozen = [any(fnmatch.fnmatchcase(name, p) for p in patterns) for name in names]
    if frozen and all(frozen):
        raise ConfigError(f"train.freeze={','.join(patterns)} matches every parameter, so "
                          "training would change nothing; freeze fewer")
    return jax.tree.unflatten(jax.tree.structure(params), frozen)


def make_optimizer(cfg: TrainConfig, stacked: Any = None,
                   frozen: Any = None) -> optax.GradientTransformation:
    """Adafactor (the paper's optimiser) or Adam, on the rsqrt schedule. stacked: a tree of
    bools like the params, true for the stacked parameters of scanned layers (None: none).
    frozen: a tree of bools like the params (`freeze_mask`), true for parameters kept fixed
    (None: none)."""
    if frozen is not None and any(jax.tree.leaves(frozen)):
        # The trained parameters' optimiser sees the frozen ones as optax.MaskedNode.
        inner_stacked = None if stacked is None else jax.tree.map(
            lambda s, f: optax.MaskedNode() if f else s, stacked, frozen)
        labels = jax.tree.map(lambda f: "frozen" if f else "trained", frozen)
        return optax.multi_transform({"trained": make_optimizer(cfg, inner_stacked),
                                      "frozen": optax.set_to_zero()}, labels)
    schedule = learning_rate_schedule(cfg)
    if cfg.optimizer == "adafactor":
        if stacked is None or not any(jax.tree.leaves(stacked)):  # (MaskedNodes: no leaves)
            tx = optax.adafactor(learning_rate=schedule, weight_decay_rate=cfg.weight_decay or None)
        else:
            tx = layerwise_adafactor(schedule, stacked, cfg.weight_decay or None)
    elif cfg.optimizer == "adam":
        tx = optax.adamw(schedule, b1=0.9, b2=0.98, eps=1e-9, weight_decay=cfg.weight_decay)
    else:
        raise ConfigError(f"train.optimizer {cfg.optimizer!r}: choose 'adafactor' or 'adam'")
    if cfg.grad_clip_norm > 0:
        tx = optax.chain(optax.clip_by_global_norm(cfg.grad_clip_norm), tx)
    return tx


def cross_entropy_sums(logits_BLV: jax.Array, targets_BL: jax.Array, weights_BL: jax.Array,
                       label_smoothing: float = 0.0, *, fused_gradient: bool = False
                       ) -> tuple[jax.Array, jax.Array]:
    """(sum of label-smoothed cross-entropy over weighted tokens, sum of weights).

    Smoothed targets put 1-ls on the label and ls/(V-1) elsewhere; the entropy of that target
    is subtracted so a perfect prediction scores 0, as in Flax's WMT example.
    fused_gradient: the same loss with its own one-pass gradient (the task sets it where the
    step compiles for CPU; elsewhere autodiff of log_softmax, the program the plans measured).
    """
    vocab = logits_BLV.shape[-1]
    confidence = 1.0 - label_smoothing
    low = label_smoothing / (vocab - 1)
    logits_BLV = logits_BLV.astype(jnp.float32)
    if fused_gradient:
        loss = _smoothed_cross_entropy(logits_BLV, targets_BL, confidence, low)
    else:
        log_probs = jax.nn.log_softmax(logits_BLV, axis=-1)
        label_logp = jnp.take_along_axis(log_probs, targets_BL[..., None], axis=-1)[..., 0]
        loss = -(confidence - low) * label_logp - low * log_probs.sum(-1)
    if label_smoothing > 0:
        loss = loss + confidence * np.log(confidence) + (vocab - 1) * low * np.log(low)
    weights = weights_BL.astype(jnp.float32)
    return (loss * weights).sum(), weights.sum()


@functools.partial(jax.custom_vjp, nondiff_argnums=(2, 3))
def _smoothed_cross_entropy(logits_BLV, targets_BL, confidence: float, low: float):
    """Per-token -(confidence-low)*log p[label] - low*sum_v log p[v], [B, L] (no constant).

    Written with its own gradient, g*(softmax - low - (confidence-low)*onehot) (the smoothed
    target sums to 1), so the backward pass is one fused pass over the [B, L, V] logits:
    autodiff of log_softmax keeps and revisits several [B, L, V] intermediates, the largest
    arrays of a small model's step (docs/performance.md, B9).
    """
    return _smoothed_cross_entropy_fwd(logits_BLV, targets_BL, confidence, low)[0]


def _smoothed_cross_entropy_fwd(logits_BLV, targets_BL, confidence, low):
    vocab = logits_BLV.shape[-1]
    lse_BL = jax.nn.logsumexp(logits_BLV, axis=-1)
    label_BL = jnp.take_along_axis(logits_BLV, targets_BL[..., None], axis=-1)[..., 0]
    # sum_v log p[v] = sum_v logits[v] - V * lse
    loss = (-(confidence - low) * (label_BL - lse_BL)
            - low * (logits_BLV.sum(-1) - vocab * lse_BL))
    return loss, (logits_BLV, targets_BL, lse_BL)


def _smoothed_cross_entropy_bwd(confidence, low, residuals, g_BL):
    logits_BLV, targets_BL, lse_BL = residuals
    probs_BLV = jnp.exp(logits_BLV - lse_BL[..., None])
    onehot_BLV = targets_BL[..., None] == jnp.arange(logits_BLV.shape[-1], dtype=targets_BL.dtype)
    target_BLV = jnp.where(onehot_BLV, confidence, low)
    d_logits = g_BL[..., None] * (probs_BLV - target_BLV)
    return d_logits, np.zeros(targets_BL.shape, jax.dtypes.float0)


_smoothed_cross_entropy.defvjp(_smoothed_cross_entropy_fwd, _smoothed_cross_entropy_bwd)
