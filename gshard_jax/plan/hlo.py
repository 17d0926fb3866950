"""Collectives of a compiled program, counted and sized from its per-device HLO text.

`compiled.as_text()` is the partitioned (per-device) HLO after optimisation, so each
collective instruction appears once per execution of its computation. The train step has no
loops (layers are unrolled), so a count is a count per step; a collective inside a `while`
body would be counted once, and `collectives` says so in `in_loops`.

Bytes are those of the instruction's result on one device (`f32[8,2,256]` -> 16 KiB): for an
all-to-all that is what the device sends and receives (less its own share); for an
all-gather, the gathered result; for an all-reduce, the reduced buffer. Asynchronous pairs
(`all-gather-start` / `-done`) count once, at `-start`, sized by its output.
"""

from __future__ import annotations

import re

KINDS = ("all-to-all", "all-gather", "all-reduce", "reduce-scatter", "collective-permute")

# Bytes per element of HLO element types (sub-byte types rounded up to one byte).
_ELEMENT_BYTES = {"pred": 1, "s4": 1, "u4": 1, "s8": 1, "u8": 1, "s16": 2, "u16": 2, "f16": 2,
                  "bf16": 2, "s32": 4, "u32": 4, "f32": 4, "s64": 8, "u64": 8, "f64": 8,
                  "c64": 8, "c128": 16}
_ARRAY = re.compile(r"\b([a-z]+\d*(?:e\d+m\d+\w*)?)\[([\d,]*)\]")
# `%name = SHAPE op(` where SHAPE is one array type or a parenthesised tuple of them.
_INSTRUCTION = re.compile(r"^\s*(?:ROOT\s+)?%?[\w.\-]+\s*=\s*(\(.*?\)|\S+)\s+([a-z][\w\-]*)\(")
_COMPUTATION = re.compile(r"^\s*(?:ENTRY\s+)?%?([\w.\-]+)\s.*\{\s*$")
_WHILE_BODY = re.compile(r"\bbody=%?([\w.\-]+)")


def _array_bytes(text: str) -> list[int]:
    """Bytes of each array type in `text` (a shape or a tuple of shapes)."""
    sizes = []
    for dtype, dims in _ARRAY.findall(text):
        per = _ELEMENT_BYTES.get(dtype, 1 if dtype.startswith("f8") else None)
        if per is None:
            continue
        count = 1
        for d in filter(None, dims.split(",")):
            count *= int(d)
        sizes.append(count * per)
    return sizes


def _instruction_bytes(kind: str, shape: str, started: bool) -> int:
    sizes = _array_bytes(shape)
    if started and shape.startswith("(") and kind in ("all-gather", "collective-permute") \
            and len(sizes) >= 2:
        return sizes[1]  # (operand, output[, sync flags]): the output
    return sum(sizes)


_OP_NAME = re.compile(r'op_name="([^"]*)"')


def _source(line: str) -> str:
    """The JAX operation a collective came from, from its metadata: the last component of
    op_name without a numeric suffix ('sharding_constraint', 'concatenate'); '?' if none."""
    match = _OP_NAME.search(line)
    if not match:
        return "?"
    return re.sub(r"\.\d+$", "", match.group(1).rsplit("/", 1)[-1]) or "?"


def collectives(hlo_text: str) -> dict[str, dict]:
    """{kind: {'count', 'bytes', 'in_loops', 'sources': {jax op: count}}} for every kind in
    KINDS (zeros included). The MoE layers' all-to-alls come from their sharding constraints
    (the dispatch/combine reshards); others are XLA's choices for other ops."""
    loop_bodies = set(_WHILE_BODY.findall(hlo_text))
    result = {kind: {"count": 0, "bytes": 0, "in_loops": 0, "sources": {}} for kind in KINDS}
    computation = None
    for line in hlo_text.splitlines():
        header = _COMPUTATION.match(line)
        if header and "=" not in line.split("{")[0]:
            computation = header.group(1)
            continue
        match = _INSTRUCTION.match(line)
        if not match:
            continue
        shape, op = match.groups()
        started = op.endswith("-start")
        kind = op[:-len("-start")] if started else op
        if kind not in result:
            continue
        entry = result[kind]
        entry["count"] += 1
        entry["bytes"] += _instruction_bytes(kind, shape, started)
        entry["in_loops"] += computation in loop_bodies
        source = _source(line)
        entry["sources"][source] = entry["sources"].get(source, 0) + 1
    return result
