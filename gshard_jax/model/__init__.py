"""The GShard encoder-decoder: layers, attention, routing, MoE, Transformer, decoder-only LM.

Model code names logical axes only (`gshard_jax/axes.py`); `layers.constrain` is its one hook
into the sharding package, which maps those names to a mesh.
"""
