"""What a command settles before jax starts its backends: the platform and the compilation cache.

Both are environment variables jax reads once, when it is imported or first asked for a
device, so `prepare_process` runs before anything imports jax (the CLI's first step).

Platform. With libtpu installed (the `tpu` and `dev` extras) and JAX_PLATFORMS unset, jax
initialises the TPU backend even on a host with no TPU: libtpu prints five lines of errors
about the cloud metadata it cannot find and the probe costs seconds. A host that evidently
has no TPU chip and no usable GPU runs on CPU instead (JAX_PLATFORMS=cpu); anything else is
left to jax. `plan` keeps working: it loads libtpu's compiler for a named topology on its own,
whatever JAX_PLATFORMS says.

Compilation cache. JAX's persistent compilation cache keeps compiled programs on disk, so a
second `translate` (or a resumed `train`) skips XLA compilation. It lives in
$XDG_CACHE_HOME/gshard_jax/xla (default ~/.cache/gshard_jax/xla). GSHARD_COMPILATION_CACHE
moves it (a directory) or turns it off (`off`, `0`, `no`, `false`); a JAX_COMPILATION_CACHE_DIR
set by the user is kept. A cache entry is keyed by the program, the jax/XLA versions, the
backend and the compile options, so a stale entry is never found; an unreadable or damaged one
makes jax warn and compile afresh, and a cache directory that cannot be created turns the
cache off for the command: the cache never changes a result or fails a command.
"""

from __future__ import annotations

import dataclasses
import glob
import importlib.metadata
import importlib.util
import os
import pkgutil
from typing import Mapping

ENV_CACHE = "GSHARD_COMPILATION_CACHE"
CACHE_OFF = ("off", "0", "no", "false")
# Programs that compile faster than this are not worth a disk entry (jax's default is 1 s,
# which leaves out the small eager programs a command also compiles).
CACHE_MIN_COMPILE_SECS = "0.2"

# What jax's own TPU detection reads (jax/_src/hardware_utils.py): Google's PCI vendor id
# with a TPU device id, v3 onwards.
_GOOGLE_PCI_VENDOR = "0x1ae0"
_TPU_PCI_DEVICES = ("0x0027", "0x0056", "0x005e", "0x0062", "0x0063", "0x006f", "0x0076")
# The device nodes libtpu opens: /dev/accel* (TPU v2-v4 VMs), /dev/vfio/<n> (v5e onwards).
_TPU_NODES = ("dev/accel*", "dev/vfio/[0-9]*")
# What jax's GPU plugins need to find a device (NVIDIA, WSL2, AMD's KFD).
_GPU_NODES = ("dev/nvidia0", "dev/nvidiactl", "dev/dxg", "dev/kfd")


@dataclasses.dataclass(frozen=True)
class Accelerators:
    """What the host shows of its accelerators, read from the filesystem without jax.

    tpu: TPU PCI devices and device nodes found (paths); gpu_plugins: installed jax PJRT
    plugins (the `jax_plugins` namespace and entry points: CUDA, ROCm, ...); gpu_nodes: GPU
    device nodes found.
    """

    tpu: tuple[str, ...] = ()
    gpu_plugins: tuple[str, ...] = ()
    gpu_nodes: tuple[str, ...] = ()

    @classmethod
    def probe(cls, root: str = "/") -> "Accelerators":
        """The accelerators under `root` (a fake tree in tests); cheap: globs and small reads."""
        tpu = [path for pattern in _TPU_NODES for path in glob.glob(os.path.join(root, pattern))]
        for vendor_file in glob.glob(os.path.join(root, "sys/bus/pci/devices/*/vendor")):
            folder = os.path.dirname(vendor_file)
            if (_read(vendor_file) == _GOOGLE_PCI_VENDOR
                    and _read(os.path.join(folder, "device")) in _TPU_PCI_DEVICES):
                tpu.append(folder)
        gpu_nodes = [p for p in (os.path.join(root, n) for n in _GPU_NODES) if os.path.exists(p)]
        return cls(tuple(tpu), _jax_plugins(), tuple(gpu_nodes))


def _read(path: str) -> str:
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ""


def _jax_plugins() -> tuple[str, ...]:
    """Names of the installed jax PJRT plugins (what jax's discover_pjrt_plugins imports)."""
    names = set()
    try:
        spec = importlib.util.find_spec("jax_plugins")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        names.update(m.name for m in pkgutil.iter_modules(spec.submodule_search_locations))
    names.update(ep.name for ep in importlib.metadata.entry_points(group="jax_plugins"))
    return tuple(sorted(names))


def choose_platforms(env: Mapping[str, str], host: Accelerators) -> str | None:
    """The JAX_PLATFORMS a command should set, or None to leave jax's own choice.

    None when the user chose (JAX_PLATFORMS, the older JAX_PLATFORM_NAME, JAX_FORCE_TPU_INIT),
    when the host has a TPU, or a GPU with a jax plugin to drive it; else 'cpu': the host
    cannot have an accelerator jax could use, so probing for one only costs time and noise.
    """
    if env.get("JAX_PLATFORMS") or env.get("JAX_PLATFORM_NAME") or "JAX_FORCE_TPU_INIT" in env:
        return None
    if host.tpu or (host.gpu_plugins and host.gpu_nodes):
        return None
    return "cpu"


def default_cache_dir(env: Mapping[str, str]) -> str:
    """$XDG_CACHE_HOME/gshard_jax/xla, or ~/.cache/gshard_jax/xla."""
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "gshard_jax", "xla")


def cache_settings(env: Mapping[str, str]) -> dict[str, str]:
    """The environment variables that set up JAX's persistent compilation cache (module doc):
    {} to keep the user's own JAX_COMPILATION_CACHE_DIR, JAX_ENABLE_COMPILATION_CACHE=false
    when GSHARD_COMPILATION_CACHE turns it off."""
    choice = env.get(ENV_CACHE, "").strip()
    if choice.lower() in CACHE_OFF:
        return {"JAX_ENABLE_COMPILATION_CACHE": "false"}
    if not choice and env.get("JAX_COMPILATION_CACHE_DIR"):
        return {}
    settings = {"JAX_COMPILATION_CACHE_DIR": os.path.abspath(choice or default_cache_dir(env))}
    if "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS" not in env:
        settings["JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS"] = CACHE_MIN_COMPILE_SECS
    return settings


def program_cache_dir(chosen: Mapping[str, str], env: Mapping[str, str] | None = None
                      ) -> str | None:
    """Where whole compiled programs are kept (gshard_jax/engine/programs.py), given what
    `prepare_process` chose: the folder `programs` inside gshard-jax's compilation cache (jax
    reads only its own folder's files); None when that cache is off, or when the cache is the
    user's own JAX_COMPILATION_CACHE_DIR (gshard-jax writes only into its own)."""
    env = os.environ if env is None else env
    directory = chosen.get("JAX_COMPILATION_CACHE_DIR")
    if not directory or env.get("JAX_ENABLE_COMPILATION_CACHE", "").lower() in CACHE_OFF:
        return None
    return os.path.join(directory, "programs")


def _usable_directory(path: str) -> bool:
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        return False
    return os.access(path, os.W_OK | os.X_OK)


def prepare_process(env=None, host: Accelerators | None = None) -> dict[str, str]:
    """Sets the platform and compilation-cache variables in `env` (default os.environ) before
    jax is imported; returns what it set. Call once, first thing in a command."""
    env = os.environ if env is None else env
    chosen = {}
    platforms = choose_platforms(env, host or Accelerators.probe())
    if platforms:
        chosen["JAX_PLATFORMS"] = platforms
    cache = cache_settings(env)
    directory = cache.get("JAX_COMPILATION_CACHE_DIR")
    if directory and not _usable_directory(directory):
        cache = {"JAX_ENABLE_COMPILATION_CACHE": "false"}  # a cache must never fail a command
    chosen.update(cache)
    env.update(chosen)
    return chosen
