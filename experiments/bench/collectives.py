"""B4: the collectives in the compiled train step for each preset, with bytes, per MoE layer."""

from __future__ import annotations

import re

import numpy as np

from gshard_jax.config import Config, MeshConfig, ModelConfig, MoEConfig

OPS = ("all-to-all", "all-gather", "all-reduce", "reduce-scatter", "collective-permute")
LAYOUTS = {"data": dict(data=8), "expert": dict(data=2, expert=4),
           "expert_model": dict(data=2, expert=2, model=2)}
_BYTES = {"f32": 4, "bf16": 2, "s32": 4, "u32": 4, "f16": 2, "pred": 1, "s8": 1, "u8": 1}


def _result_bytes(line: str) -> int:
    """Bytes of the op's result shape(s), e.g. 'f32[2,4,32]' or a tuple of them."""
    lhs = line.split("=", 1)[1] if "=" in line else line
    head = lhs.split("(", 1)[0] if not lhs.strip().startswith("(") else lhs.split(")", 1)[0]
    total = 0
    for dtype, dims in re.findall(r"(\w+)\[([\d,]*)\]", head):
        total += _BYTES.get(dtype, 4) * int(np.prod([int(d) for d in dims.split(",") if d] or [1]))
    return total


def count(hlo: str) -> dict[str, tuple[int, int]]:
    """{op: (count, bytes)} over the compiled HLO text (async '-start' ops counted once)."""
    found = {}
    for op in OPS:
        lines = [l for l in hlo.splitlines() if re.search(rf"=\s.*\b{op}(-start)?\(", l)]
        found[op] = (len(lines), sum(_result_bytes(l) for l in lines))
    return found


def run() -> list[dict]:
    from gshard_jax.translation.task import TranslationTask

    rows = []
    for preset, layout in LAYOUTS.items():
        cfg = Config(model=ModelConfig(vocab_size=1024, d_model=128, d_ff=512, expert_d_ff=256,
                                       num_heads=4, num_encoder_layers=2, num_decoder_layers=2,
                                       moe=MoEConfig(num_experts=8, group_size=64, dispatch="gather")),
                     mesh=MeshConfig(preset=preset, **{"data": 1, "expert": 1, "model": 1, **layout}))
        task = TranslationTask(cfg)
        state = task.init_state(0)
        rng = np.random.default_rng(0)
        batch = task.shard_batch({"src": rng.integers(2, 1024, (64, 32)), "tgt": rng.integers(2, 1024, (64, 32))})
        found = count(task.train_step.lower(state, batch).compile().as_text())
        moe_layers = 2
        row = dict(bench="B4", preset=preset, mesh="x".join(str(task.mesh.shape[a]) for a in task.mesh.axis_names))
        for op, (n, nbytes) in found.items():
            row[f"{op}/layer"] = n / moe_layers
            row[f"{op} KiB"] = nbytes / 1024
        rows.append(row)
    return rows
