"""Compiled programs kept on disk between commands, so a warm command skips tracing too.

JAX's persistent compilation cache (gshard_jax/startup.py) keeps XLA's work, but a command
still traces and lowers each jitted function to find the cache entry: for `translate` of one
sentence that is about as long as running it. A `ProgramStore` keeps whole compiled programs
(`jax.experimental.serialize_executable`: the executable with its argument layout), so a warm
command loads one and calls it, with no tracing, lowering or compiling.

A store is a folder named by the digest of everything that determines its programs: the
caller's `identity` (e.g. a translation run's config), this package's source code, the jax and
jaxlib versions, the devices (platform, kind, count) and the XLA/JAX settings in the
environment. Any change gives another folder, so a stale program is never found. A store also
keeps arrays under a key of the caller's (`save_arrays`: `translate`'s copy of a run's
parameters, keyed by the checkpoint it was read from). Each file carries the SHA-256 of its
contents; a damaged or unloadable one is reported once (on stderr) and the caller compiles or
reads afresh, with the same result, and overwrites it. Programs are pickles (as in jax's own
cache, an executable runs what it holds): the directory must be the user's own, as jax's
compilation cache is.

Programs are compiled for the store with JAX's persistent cache bypassed: an executable that
JAX read back from that cache serialises without its compiled functions on XLA:CPU (loading
it fails with "Function ... not found"), so only freshly compiled ones are written.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Callable

import jax
import numpy as np
from jax.experimental import serialize_executable

FORMAT = 1  # bump when a stored program's file layout changes
PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Environment settings that change what jax traces or XLA compiles (the cache's own location
# and thresholds do not).
_SETTING_PREFIXES = ("XLA_", "JAX_", "LIBTPU_")
_NOT_SETTINGS = ("JAX_COMPILATION_CACHE", "JAX_PERSISTENT_CACHE", "JAX_ENABLE_COMPILATION_CACHE")
_warned = False


def warn_once(message: str) -> None:
    """Says on stderr, once per process, that a cached file is not used and why."""
    global _warned
    if not _warned:
        _warned = True
        print(f"gshard-jax: {message}; compiling or reading it afresh instead (the same "
              "result; GSHARD_COMPILATION_CACHE=off turns the cache off)", file=sys.stderr,
              flush=True)


def source_digest() -> str:
    """SHA-256 of this package's Python sources (paths and contents): the code version."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def environment_identity() -> dict[str, Any]:
    """What besides the caller's identity determines a compiled program: code, versions,
    devices and compile settings."""
    import jaxlib

    devices = jax.devices()
    return {"format": FORMAT, "code": source_digest(), "jax": jax.__version__,
            "jaxlib": jaxlib.__version__, "platform": devices[0].platform,
            "platform_version": devices[0].client.platform_version,
            "devices": [d.device_kind for d in devices], "processes": jax.process_count(),
            "x64": jax.config.jax_enable_x64,
            "matmul_precision": str(jax.config.jax_default_matmul_precision),
            "settings": {k: v for k, v in sorted(os.environ.items())
                         if k.startswith(_SETTING_PREFIXES) and not k.startswith(_NOT_SETTINGS)}}


class ProgramStore:
    """Compiled programs of one identity under `directory` (module doc)."""

    def __init__(self, directory: str, identity: dict[str, Any]):
        key = json.dumps({"identity": identity, "environment": environment_identity()},
                         sort_keys=True, default=str)
        self.folder = os.path.join(directory, hashlib.sha256(key.encode()).hexdigest()[:32])

    def _path(self, name: str) -> str:
        return os.path.join(self.folder, name)

    def load(self, name: str) -> jax.stages.Compiled | None:
        """The program saved as `name`, ready to call; None when there is none (or it cannot
        be loaded: reported once)."""
        payload = self._read(name + ".program")
        if payload is None:
            return None
        try:
            return serialize_executable.deserialize_and_load(*pickle.loads(payload))
        except Exception as error:  # anything a stale or foreign file can raise
            warn_once(f"cannot load the cached program {self._path(name)} "
                      f"({type(error).__name__}: {str(error)[:200]})")
            return None

    def compile(self, name: str, jitted: Callable, *args) -> jax.stages.Compiled:
        """`jitted` compiled for `args` (arrays or ShapeDtypeStructs) and saved as `name`
        (a store that cannot be written is skipped: the program is still returned)."""
        compiled = compile_fresh(jitted.lower(*args))
        try:
            self._write_checked(name + ".program",
                                pickle.dumps(serialize_executable.serialize(compiled)))
        except (OSError, ValueError, NotImplementedError, pickle.PicklingError) as error:
            warn_once(f"cannot save the program {self._path(name)} "
                      f"({type(error).__name__}: {error})")
        return compiled

    def load_arrays(self, name: str, key: Any) -> list[np.ndarray] | None:
        """The arrays saved as `name` under `key` (JSON: e.g. what identifies the checkpoint
        they were read from); None when absent, saved under another key (stale), or unreadable
        (reported once)."""
        payload = self._read(name + ".arrays")
        if payload is None:
            return None
        header, _, body = payload.partition(b"\n")
        try:
            if json.loads(header) != json.loads(json.dumps(key)):
                return None
            with np.load(io.BytesIO(body), allow_pickle=False) as arrays:
                return [arrays[f"arr_{i}"] for i in range(len(arrays.files))]
        except (ValueError, OSError, KeyError) as error:
            warn_once(f"cannot read the cached arrays {self._path(name)} ({error})")
            return None

    def save_arrays(self, name: str, key: Any, arrays: list[np.ndarray]) -> None:
        buffer = io.BytesIO()
        np.savez(buffer, *arrays)
        try:
            self._write_checked(name + ".arrays", json.dumps(key).encode() + b"\n"
                                + buffer.getvalue())
        except OSError as error:
            warn_once(f"cannot save the arrays {self._path(name)} ({error})")

    def read_json(self, name: str) -> Any | None:
        """A small JSON record kept with the programs (None if absent or unreadable)."""
        try:
            with open(self._path(name + ".json")) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def write_json(self, name: str, value: Any) -> None:
        try:
            self._write(name + ".json", json.dumps(value).encode())
        except OSError as error:
            warn_once(f"cannot write {self._path(name)} ({error})")

    def _read(self, filename: str) -> bytes | None:
        """The contents `_write_checked` wrote; None when absent, unreadable or damaged
        (reported once)."""
        try:
            with open(self._path(filename), "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return None
        except OSError as error:
            warn_once(f"cannot read the cached file {self._path(filename)} ({error})")
            return None
        if hashlib.sha256(data[32:]).digest() != data[:32]:
            warn_once(f"the cached file {self._path(filename)} is damaged")
            return None
        return data[32:]

    def _write_checked(self, filename: str, payload: bytes) -> None:
        """`payload` preceded by its SHA-256, which `_read` checks."""
        self._write(filename, hashlib.sha256(payload).digest() + payload)

    def _write(self, name: str, data: bytes) -> None:
        """Written then renamed, so a reader never sees half a file."""
        os.makedirs(self.folder, exist_ok=True)
        tmp = f"{self._path(name)}.{os.getpid()}.tmp"
        try:
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, self._path(name))
        finally:
            if os.path.exists(tmp):  # a write cut short (disk full) leaves nothing behind
                os.remove(tmp)


def compile_fresh(lowered: jax.stages.Lowered) -> jax.stages.Compiled:
    """`lowered.compile()` with JAX's persistent compilation cache bypassed (module doc)."""
    from jax.experimental.compilation_cache import compilation_cache

    enabled = jax.config.jax_enable_compilation_cache
    compilation_cache.reset_cache()  # jax decides once whether to use its cache
    jax.config.update("jax_enable_compilation_cache", False)
    try:
        return lowered.compile()
    finally:
        jax.config.update("jax_enable_compilation_cache", enabled)
        compilation_cache.reset_cache()
