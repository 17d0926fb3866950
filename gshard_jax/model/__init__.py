"""The GShard encoder-decoder: layers, attention, top-k gating, MoE, Transformer.

Model code names logical axes only (see `axes.py`); `gshard_jax.sharding` maps them to a mesh.
"""
