"""The engine every experiment runs on: the sharded task (state, loss, jitted steps), the
optimiser, the training loop, the run directory, checkpoints, metrics tracking, and
multi-process set-up."""
