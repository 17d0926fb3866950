"""The GShard encoder-decoder: layers, attention, top-k gating, MoE, Transformer.

Model code names logical axes only (see `axes.py`); the sharding package maps them to a mesh.
"""
