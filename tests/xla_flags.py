"""XLA flags for the tests' CPU programs: the simulated device count, plus cheaper code
generation. Compilation dominates the suite's time and its tiny programs run in milliseconds,
so LLVM's optimisation level and the newer fusion emitters buy nothing here; they change how
XLA writes machine code, not which program (sharding, collectives, HLO) it compiles.
No imports: tests/multihost_worker.py reads this before jax is imported."""

FAST_COMPILE = ("--xla_backend_optimization_level=0 --xla_llvm_disable_expensive_passes=true "
                "--xla_cpu_use_fusion_emitters=false")


# Eight simulated devices share two cores with a second pytest worker: a device thread can wait
# longer than XLA:CPU's 40 s collective rendezvous allows, which aborts the whole worker.
PATIENT_COLLECTIVES = ("--xla_cpu_collective_timeout_seconds=900 "
                       "--xla_cpu_collective_call_terminate_timeout_seconds=900")


def with_devices(count: int, flags: str = "") -> str:
    """`flags` plus the fast-compile and patient-collective flags and `count` simulated CPU devices."""
    return (f"{flags} {FAST_COMPILE} {PATIENT_COLLECTIVES} "
            f"--xla_force_host_platform_device_count={count}").strip()
