"""Test set-up: 8 simulated CPU devices, set before jax is imported anywhere."""
import os
import tempfile

from tests.xla_flags import with_devices

# Subprocesses the tests start (the CLI, study drivers) inherit these flags too.
os.environ["XLA_FLAGS"] = with_devices(8, os.environ.get("XLA_FLAGS", ""))
os.environ.setdefault("JAX_PLATFORMS", "cpu")
# Many tests build the same small programs in fresh jit wrappers: share compilations.
os.environ.setdefault("JAX_COMPILATION_CACHE_DIR", os.path.join(tempfile.gettempdir(), "gshard_jax_test_xla_cache"))
os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS", "0")
