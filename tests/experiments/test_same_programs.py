"""experiments/bench/same_programs.py: optimized HLO compared without where code sits. The same
computation written at another place, under another name, is the same program; one op changed
is not."""

import jax
import jax.numpy as jnp

from experiments.bench.same_programs import compare, normalize


def scale_then_shift(x):
    return jnp.tanh(x * 2.0) + 1.0


def _write(folder, name, fn, *args):
    (folder / "B1").mkdir(parents=True, exist_ok=True)
    text = jax.jit(fn).lower(*args).compile().as_text()
    (folder / "B1" / f"module_0001.jit_{name}.cpu_after_optimizations.txt").write_text(text)
    return text


def test_the_same_computation_elsewhere_is_the_same_program_and_another_is_not(tmp_path):
    x = jnp.ones((8, 16), jnp.float32)

    def moved_and_renamed(y):  # the same ops, from another line of another function
        return jnp.tanh(y * 2.0) + 1.0

    first = _write(tmp_path / "before", "scale_then_shift", scale_then_shift, x)
    second = _write(tmp_path / "after", "moved_and_renamed", moved_and_renamed, x)
    assert first != second  # the raw texts differ (names, source lines)
    assert normalize(first) == normalize(second)
    (row,) = compare(str(tmp_path / "before"), str(tmp_path / "after"))
    assert row["identical"] and row["modules_before"] == row["modules_after"] == 1

    _write(tmp_path / "changed", "scale_then_shift", lambda y: jnp.tanh(y * 3.0) + 1.0, x)
    (row,) = compare(str(tmp_path / "before"), str(tmp_path / "changed"))
    assert not row["identical"] and row["only_before"] == row["only_after"] == 1


def test_renumbering_keeps_which_instruction_feeds_which():
    hlo = ("HloModule jit_f\n\nENTRY %main.5 (p.1: f32[2], q.2: f32[2]) -> f32[2] {\n"
           "  %p.1 = f32[2] parameter(0)\n  %q.2 = f32[2] parameter(1)\n"
           "  ROOT %subtract.3 = f32[2] subtract(%p.1, %q.2)\n}\n")
    swapped = hlo.replace("subtract(%p.1, %q.2)", "subtract(%q.2, %p.1)")
    renumbered = hlo.replace(".1", ".7").replace(".2", ".9")
    assert normalize(hlo) == normalize(renumbered)
    assert normalize(hlo) != normalize(swapped)
