"""A command's start-up choices (gshard_jax/startup.py): the platform decided from what the host
shows, on fake hosts (the decision, not the hardware); the compilation cache's settings."""

import os

import pytest

from gshard_jax.startup import (
    Accelerators, cache_settings, choose_platforms, default_cache_dir, prepare_process,
    program_cache_dir,
)

CPU_HOST = Accelerators()
TPU_HOST = Accelerators(tpu=("/dev/vfio/0",))
GPU_HOST = Accelerators(gpu_plugins=("xla_cuda12",), gpu_nodes=("/dev/nvidia0",))


@pytest.mark.parametrize("env, host, expected", [
    ({}, CPU_HOST, "cpu"),                                  # libtpu or not: nothing to probe
    ({}, TPU_HOST, None),                                   # jax finds the TPU itself
    ({}, GPU_HOST, None),                                   # ...and the GPU
    ({}, Accelerators(gpu_plugins=("xla_cuda12",)), "cpu"),  # a plugin with no GPU to drive
    ({}, Accelerators(gpu_nodes=("/dev/nvidia0",)), "cpu"),  # a GPU jax has no plugin for
    ({"JAX_PLATFORMS": "tpu"}, CPU_HOST, None),             # the user's choice stands
    ({"JAX_PLATFORMS": ""}, CPU_HOST, "cpu"),               # empty is unset
    ({"JAX_PLATFORM_NAME": "gpu"}, CPU_HOST, None),
    ({"JAX_FORCE_TPU_INIT": "1"}, CPU_HOST, None),
])
def test_the_platform_is_cpu_only_where_no_accelerator_can_be(env, host, expected):
    assert choose_platforms(env, host) == expected


def _fake_host(root, vendor, device, nodes=()):
    pci = root / "sys/bus/pci/devices/0000:00:04.0"
    pci.mkdir(parents=True)
    (pci / "vendor").write_text(vendor + "\n")
    (pci / "device").write_text(device + "\n")
    for node in nodes:
        (root / node).parent.mkdir(parents=True, exist_ok=True)
        (root / node).write_text("")
    return Accelerators.probe(str(root))


def test_the_probe_finds_tpus_by_pci_id_or_device_node(tmp_path):
    assert _fake_host(tmp_path / "v5e", "0x1ae0", "0x0063").tpu        # a TPU v5e chip
    assert not _fake_host(tmp_path / "nic", "0x1ae0", "0x0042").tpu    # Google's NIC, no TPU
    assert not _fake_host(tmp_path / "intel", "0x8086", "0x0063").tpu
    assert _fake_host(tmp_path / "v4", "0x8086", "0x1237", ["dev/accel0"]).tpu
    assert _fake_host(tmp_path / "v6e", "0x8086", "0x1237", ["dev/vfio/0"]).tpu
    assert not _fake_host(tmp_path / "vfio", "0x8086", "0x1237", ["dev/vfio/vfio"]).tpu
    gpu = _fake_host(tmp_path / "gpu", "0x10de", "0x2330", ["dev/nvidia0"])
    assert gpu.gpu_nodes == (str(tmp_path / "gpu/dev/nvidia0"),) and not gpu.tpu


def test_cache_settings_default_move_off_and_keep_the_users_own(tmp_path):
    home = {"XDG_CACHE_HOME": str(tmp_path)}
    assert default_cache_dir(home) == str(tmp_path / "gshard_jax" / "xla")
    assert default_cache_dir({}) == os.path.expanduser("~/.cache/gshard_jax/xla")
    assert cache_settings(home) == {"JAX_COMPILATION_CACHE_DIR": str(tmp_path / "gshard_jax/xla"),
                                    "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS": "0.2"}
    moved = cache_settings({**home, "GSHARD_COMPILATION_CACHE": str(tmp_path / "elsewhere")})
    assert moved["JAX_COMPILATION_CACHE_DIR"] == str(tmp_path / "elsewhere")
    for off in ("off", "0", "OFF", "false"):
        assert cache_settings({**home, "GSHARD_COMPILATION_CACHE": off}) == {
            "JAX_ENABLE_COMPILATION_CACHE": "false"}
    assert cache_settings({"JAX_COMPILATION_CACHE_DIR": "/mine"}) == {}
    assert cache_settings({**home, "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS": "5"}) == {
        "JAX_COMPILATION_CACHE_DIR": str(tmp_path / "gshard_jax/xla")}


def test_prepare_process_sets_the_environment_and_turns_an_unusable_cache_off(tmp_path):
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    chosen = prepare_process(env, CPU_HOST)
    assert env["JAX_PLATFORMS"] == chosen["JAX_PLATFORMS"] == "cpu"
    assert os.path.isdir(env["JAX_COMPILATION_CACHE_DIR"])
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    env = {"XDG_CACHE_HOME": str(blocker), "JAX_PLATFORMS": "cpu"}
    assert prepare_process(env, TPU_HOST) == {"JAX_ENABLE_COMPILATION_CACHE": "false"}
    assert env["JAX_PLATFORMS"] == "cpu" and "JAX_COMPILATION_CACHE_DIR" not in env


def test_whole_programs_are_kept_inside_gshard_jaxs_own_cache_and_off_with_it(tmp_path):
    def programs(**env):
        env = {"XDG_CACHE_HOME": str(tmp_path), **env}
        return program_cache_dir(prepare_process(env, CPU_HOST), env)

    assert programs() == str(tmp_path / "gshard_jax" / "xla" / "programs")
    moved = tmp_path / "elsewhere"
    assert programs(GSHARD_COMPILATION_CACHE=str(moved)) == str(moved / "programs")
    for off in ({"GSHARD_COMPILATION_CACHE": "off"}, {"JAX_ENABLE_COMPILATION_CACHE": "false"},
                {"JAX_COMPILATION_CACHE_DIR": str(tmp_path / "mine")},  # the user's own cache
                {"XDG_CACHE_HOME": str(tmp_path / "a_file")}):  # cannot be created
        (tmp_path / "a_file").write_text("")
        assert programs(**off) is None, off


# A command's start-up, then a jitted computation: what every command compiles goes through
# the same cache.
_PROGRAM = """
from gshard_jax.startup import prepare_process
prepare_process()
import jax, jax.numpy as jnp, numpy as np
x = np.arange(64, dtype=np.float32).reshape(8, 8) / 64
print(np.asarray(jax.jit(lambda x: jnp.tanh(x @ x.T).sum(axis=0))(x)).tolist())
"""


def _run_program(cache_home):
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JAX_COMPILATION_CACHE", "JAX_PERSISTENT_CACHE", "GSHARD_"))}
    env.update(XDG_CACHE_HOME=str(cache_home), JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS="0",
               PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run([sys.executable, "-c", _PROGRAM], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def test_a_damaged_or_unusable_cache_changes_no_result_and_fails_nothing(tmp_path):
    import numpy as np

    cold, _ = _run_program(tmp_path)
    entries = list((tmp_path / "gshard_jax" / "xla").glob("*-cache"))
    assert entries  # the cache is on by default, in XDG_CACHE_HOME
    assert _run_program(tmp_path)[0] == cold  # warm: read back from the cache
    for entry in entries:
        entry.write_bytes(os.urandom(64))  # damaged (truncated, overwritten) entries
    damaged, warnings = _run_program(tmp_path)
    assert damaged == cold and "persistent compilation cache" in warnings
    blocker = tmp_path / "not_a_directory"
    blocker.write_text("")
    assert _run_program(blocker)[0] == cold  # the cache cannot be created: it is off
    # ...and every run computed what numpy computes.
    x = np.arange(64, dtype=np.float64).reshape(8, 8) / 64
    np.testing.assert_allclose(eval(cold), np.tanh(x @ x.T).sum(axis=0), rtol=1e-5)
