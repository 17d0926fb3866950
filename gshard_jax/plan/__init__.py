"""Plans without hardware: compile the real train step for a named TPU topology and report
memory, FLOPs, collectives and a roofline step time (`gshard-jax plan`)."""
