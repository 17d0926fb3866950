"""gshard_jax: GShard-style sharded Mixture-of-Experts translation Transformers in JAX/Flax."""

__version__ = "0.1.0"
