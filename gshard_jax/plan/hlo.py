"""Collectives of a compiled program, counted and sized from its per-device HLO text.

`compiled.as_text()` is the partitioned (per-device) HLO after optimisation, so each
collective instruction appears once per execution of its computation. Unrolled layers make a
program without loops; scanned layers (`model.scan_layers`) and microbatches put the layers in
`while` bodies, which run their known trip count per step. So every computation's executions
per step are traced from the entry through the call graph (a while body runs its
`known_trip_count` times per execution of its caller), and counts and bytes are per step;
`in_loops` counts the executions that happen inside loops, `instructions` the collectives in
the program text.

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


_CALLED = re.compile(r"\b(?:condition|body|to_apply|calls|called_computations"
                     r"|true_computation|false_computation|branch_computations)="
                     r"(?:\{([^}]*)\}|(%?[\w.\-]+))")
_TRIP_COUNT = re.compile(r'"known_trip_count":\{"n":"(\d+)"\}')
_CONDITION = re.compile(r"\bcondition=%?([\w.\-]+)")
_S32_CONSTANT = re.compile(r"=\s*s32\[\]\S*\s+constant\((\d+)\)")


def _trip_count(while_line: str, bodies: dict[str, list[str]]) -> int | None:
    """Iterations of a while loop: XLA's known_trip_count where it kept one (XLA:CPU), else
    read off its condition: JAX's scans and fori_loops count an s32 from 0 while it is less
    than a constant (the optimised TPU program keeps only that compare)."""
    known = _TRIP_COUNT.search(while_line)
    if known:
        return int(known.group(1))
    condition = _CONDITION.search(while_line)
    lines = bodies.get(condition.group(1), []) if condition else []
    constants = [int(m.group(1)) for line in lines for m in [_S32_CONSTANT.search(line)] if m]
    compares_less = any("compare(" in line and "direction=LT" in line for line in lines)
    return constants[0] if compares_less and len(constants) == 1 else None


def _computations(hlo_text: str) -> tuple[dict[str, list[str]], str | None]:
    """({computation name: its instruction lines}, the entry computation's name)."""
    bodies: dict[str, list[str]] = {}
    entry, current = None, None
    for line in hlo_text.splitlines():
        header = _COMPUTATION.match(line)
        # A computation's header starts at column 0 (instructions are indented); its
        # parameter list may hold '=' in /*index=5*/ comments.
        if header and not line[:1].isspace() and line.rstrip().endswith("{"):
            current = header.group(1)
            bodies[current] = []
            if line.lstrip().startswith("ENTRY"):
                entry = current
            continue
        if current is not None:
            bodies[current].append(line)
    return bodies, entry


def executions(hlo_text: str) -> tuple[dict[str, int], set[str]]:
    """({computation: executions per run of the program}, names of loop-body computations
    and everything they call). A while body runs its trip count (`_trip_count`; 1 if it
    cannot be read) per execution of the computation holding the while."""
    bodies, entry = _computations(hlo_text)
    runs = {name: 0 for name in bodies}
    in_loop: set[str] = set()
    if entry is None:
        return {name: 1 for name in bodies}, in_loop

    def visit(name: str, times: int, looping: bool) -> None:
        runs[name] += times
        if looping:
            in_loop.add(name)
        for line in bodies.get(name, ()):
            loop_body = _WHILE_BODY.search(line)
            trips = _trip_count(line, bodies) if loop_body else None
            for listed, single in _CALLED.findall(line):
                for callee in (c.strip().lstrip("%") for c in (listed or single).split(",")):
                    if callee not in bodies:
                        continue
                    is_body = loop_body is not None and callee == loop_body.group(1)
                    factor = trips if is_body and trips else 1
                    visit(callee, times * factor, looping or is_body)

    visit(entry, 1, False)
    return runs, in_loop


def loop_trip_counts(hlo_text: str) -> list[int]:
    """Trip counts of the program's while loops that run more than once per step (scanned
    layers, microbatches). XLA's cost_analysis counts each loop body once, so with any of
    these its FLOPs and bytes understate a step."""
    bodies, _ = _computations(hlo_text)
    trips = []
    for lines in bodies.values():
        for line in lines:
            if _WHILE_BODY.search(line):
                count = _trip_count(line, bodies)
                if count and count > 1:
                    trips.append(count)
    return trips


def collectives(hlo_text: str) -> dict[str, dict]:
    """{kind: {'count', 'bytes', 'in_loops', 'instructions', 'sources': {jax op: count}}}
    per step, for every kind in KINDS (zeros included). The MoE layers' all-to-alls come from
    their sharding constraints (the dispatch/combine reshards); others are XLA's choices for
    other ops."""
    runs, in_loop = executions(hlo_text)
    bodies, _ = _computations(hlo_text)
    result = {kind: {"count": 0, "bytes": 0, "in_loops": 0, "instructions": 0, "sources": {}}
              for kind in KINDS}
    for computation, lines in bodies.items():
        # A computation the call graph did not reach (an attribute not parsed) runs once.
        times = runs.get(computation) or 1
        for line in lines:
            match = _INSTRUCTION.match(line)
            if not match:
                continue
            shape, op = match.groups()
            started = op.endswith("-start")
            kind = op[:-len("-start")] if started else op
            if kind not in result:
                continue
            entry = result[kind]
            entry["instructions"] += 1
            entry["count"] += times
            entry["bytes"] += times * _instruction_bytes(kind, shape, started)
            entry["in_loops"] += times if computation in in_loop else 0
            source = _source(line)
            entry["sources"][source] = entry["sources"].get(source, 0) + times
    return result
