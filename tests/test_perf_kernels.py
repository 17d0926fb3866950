"""The step's faster forms compute what they replace (docs/performance.md, B9): the loss with
its own gradient against float64 NumPy, and the flattened-token matmul against a float64
einsum."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gshard_jax.engine.optim import cross_entropy_sums
from gshard_jax.model.layers import token_matmul


def _reference_loss_and_grad(logits, targets, weights, ls):
    """Label-smoothed CE sum and its gradient in float64, from the smoothed target."""
    logits = logits.astype(np.float64)
    V = logits.shape[-1]
    target = np.full(logits.shape, ls / (V - 1))
    np.put_along_axis(target, targets[..., None], 1.0 - ls, axis=-1)
    shifted = logits - logits.max(-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(-1, keepdims=True))
    entropy = -(target * np.log(np.where(target > 0, target, 1.0))).sum(-1)
    loss = (-(target * log_probs).sum(-1) - entropy) * weights
    grad = (np.exp(log_probs) - target) * weights[..., None]
    return loss.sum(), grad


@pytest.mark.parametrize("fused", [False, True])
@pytest.mark.parametrize("ls", [0.0, 0.1])
def test_cross_entropy_sums_and_gradient_match_float64(ls, fused):
    rng = np.random.default_rng(0)
    logits = (rng.normal(size=(3, 7, 40)) * 4).astype(np.float32)
    targets = rng.integers(0, 40, (3, 7))
    weights = (rng.random((3, 7)) > 0.3).astype(np.float32)
    want_loss, want_grad = _reference_loss_and_grad(logits, targets, weights, ls)
    (loss, tokens), grad = jax.value_and_grad(
        lambda *a: cross_entropy_sums(*a, fused_gradient=fused), has_aux=True)(
        jnp.asarray(logits), jnp.asarray(targets), jnp.asarray(weights), ls)
    np.testing.assert_allclose(float(loss), want_loss, rtol=1e-5)
    assert float(tokens) == weights.sum()
    np.testing.assert_allclose(np.asarray(grad), want_grad, atol=1e-6)


@pytest.mark.parametrize("x_shape,w_shape,in_dims,spec,grad_w_spec", [
    ((2, 5, 6), (6, 3), 1, "blm,mh->blh", "blm,blh->mh"),
    ((2, 5, 6), (6, 2, 4), 1, "blm,mnk->blnk", "blm,blnk->mnk"),
    ((2, 5, 2, 4), (2, 4, 6), 2, "blnk,nkm->blm", "blnk,blm->nkm"),
])
def test_token_matmul_matches_float64_einsum(x_shape, w_shape, in_dims, spec, grad_w_spec):
    rng = np.random.default_rng(1)
    x, w = rng.normal(size=x_shape), rng.normal(size=w_shape)
    want = np.einsum(spec, x, w)
    got = jax.jit(token_matmul, static_argnums=2)(jnp.asarray(x, jnp.float32),
                                                  jnp.asarray(w, jnp.float32), in_dims)
    np.testing.assert_allclose(np.asarray(got), want, rtol=1e-5, atol=1e-5)
    # The gradient (the reason for the flattening) too.
    g = rng.normal(size=want.shape)
    dx, dw = jax.grad(lambda a, b: jnp.sum(token_matmul(a, b, in_dims) * g), (0, 1))(
        jnp.asarray(x, jnp.float32), jnp.asarray(w, jnp.float32))
    np.testing.assert_allclose(np.asarray(dw), np.einsum(grad_w_spec, x, g), rtol=1e-4, atol=1e-4)
    assert dx.shape == x.shape
