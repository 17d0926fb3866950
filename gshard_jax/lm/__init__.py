"""The decoder-only character-level (MoE) language model: its task, training and generation."""
