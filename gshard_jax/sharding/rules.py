"""Rules tables: logical axis name -> mesh axes, one table per parallelism preset.

Mesh axes are always ('data', 'expert', 'model'); an axis of size 1 costs nothing. A logical
dimension maps to a tuple of mesh axes (split over their product) or to () (replicated).
Within one array a mesh axis can split only one dimension, so `resolve` gives each mesh axis
to the first dimension that asks for it and drops it from later ones; this is what lets the
same 'expert_group' rule mean "groups over every device" before dispatch and "groups over the
data axis only" once the experts own the 'expert' axis.

A run picks its table from config (`rules_for(cfg.mesh)`): `mesh.preset` names a preset or a
Python file defining `RULES = {logical name: mesh axes}`, and `mesh.rules` overrides single
names ('vocab=model', 'mlp=model+expert', 'heads=' to replicate). Every table, preset or
custom, is validated the same way: it covers every logical name and names only mesh axes.
"""

from __future__ import annotations

import os
from typing import Mapping, Sequence

from jax.sharding import PartitionSpec

from gshard_jax import axes
from gshard_jax.axes import MESH_AXES, RULES_PRESET_ALIASES, RULES_PRESETS
from gshard_jax.config.fields import run_python_file
from gshard_jax.errors import UserError

Rules = Mapping[str, tuple[str, ...]]

DATA, EXPERT, MODEL = MESH_AXES
ALL_DEVICES = MESH_AXES

_REPLICATED: dict[str, tuple[str, ...]] = {name: () for name in axes.ALL}
_OPTIONAL_DEFAULTS = {name: () for name in axes.OPTIONAL}

PRESETS: dict[str, Rules] = {
    # Pure data parallelism: every device holds every weight; batches split over all devices.
    "data": {**_REPLICATED, axes.BATCH: ALL_DEVICES, axes.EXPERT_GROUP: ALL_DEVICES},
    # GShard: experts split over 'expert', token groups over all devices; non-expert weights
    # replicated. Moving dispatched tokens from the group split to the expert split is the
    # all-to-all of the paper.
    "expert": {
        **_REPLICATED,
        axes.BATCH: ALL_DEVICES,
        axes.EXPERT_GROUP: ALL_DEVICES,
        axes.EXPERT: (EXPERT,),
    },
    # GShard + Megatron-style model parallelism inside each layer over 'model'.
    "expert_model": {
        **_REPLICATED,
        axes.BATCH: (DATA, EXPERT),
        axes.EXPERT_GROUP: (DATA, EXPERT),
        axes.EXPERT: (EXPERT,),
        axes.MLP: (MODEL,),
        axes.HEADS: (MODEL,),
        axes.VOCAB: (MODEL,),
    },
    # ZeRO-3 / MaxText's fsdp axis: data parallelism in which every weight and its optimiser
    # state is also split, on its 'embed' dimension, over all devices; XLA gathers a layer's
    # weights where it runs and reduce-scatters its gradients. Activations keep 'embed' whole:
    # their batch dimension asks for the devices first.
    "fsdp": {**_REPLICATED, axes.BATCH: ALL_DEVICES, axes.EXPERT_GROUP: ALL_DEVICES,
             axes.EMBED: ALL_DEVICES},
    # GShard's expert parallelism with fully sharded weights: experts split over 'expert' and
    # each expert's 'embed' over 'data'; dense weights' 'embed' over all devices. Tokens still
    # reach their experts by all-to-all.
    "expert_fsdp": {**_REPLICATED, axes.BATCH: ALL_DEVICES, axes.EXPERT_GROUP: ALL_DEVICES,
                    axes.EXPERT: (EXPERT,), axes.EMBED: (DATA, EXPERT, MODEL)},
}


class RulesError(UserError, ValueError):
    """A rules table or logical spec that cannot be resolved."""


def validate(rules: Rules, source: str = "rules table") -> None:
    """Checks a rules table covers every logical name and names only real mesh axes."""
    unknown = sorted(set(rules) - set(axes.ALL))
    if unknown:
        raise RulesError(f"{source} names unknown logical axes {unknown}; the logical axes "
                         f"are {', '.join(axes.ALL)}")
    missing = [name for name in axes.ALL if name not in rules]
    if missing:
        raise RulesError(
            f"{source} does not cover logical axes {missing}; add an entry for each "
            "(use () to keep a dimension replicated)"
        )
    for name, mesh_axes in rules.items():
        bad = [a for a in mesh_axes if a not in ALL_DEVICES]
        if bad:
            raise RulesError(
                f"{source}: rule {name!r} -> {tuple(mesh_axes)} names unknown mesh axes {bad}; "
                f"mesh axes are {ALL_DEVICES}"
            )
        if len(set(mesh_axes)) != len(tuple(mesh_axes)):
            raise RulesError(f"{source}: rule {name!r} -> {tuple(mesh_axes)} repeats a mesh axis")


def _as_axes(value) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def load_rules_file(path: str) -> dict[str, tuple[str, ...]]:
    """The `RULES` mapping of a Python rules file, validated like a preset."""
    if not os.path.isfile(path):
        raise RulesError(f"rules file {path} does not exist; mesh.preset takes a preset name "
                         f"({', '.join(RULES_PRESETS)}) or the path of a Python file "
                         "defining RULES = {logical name: mesh axes}")
    try:
        module = run_python_file(path, "gshard_rules_file")
    except Exception as error:  # a user's file: report whatever it raised, with the file
        raise RulesError(f"rules file {path} failed to load: {type(error).__name__}: {error}") from None
    table = getattr(module, "RULES", None)
    if not isinstance(table, Mapping):
        raise RulesError(f"rules file {path} must define RULES = {{logical name: mesh axes}}")
    table = {**_OPTIONAL_DEFAULTS, **{name: _as_axes(value) for name, value in table.items()}}
    validate(table, f"rules file {path}")
    return table


def parse_rule_overrides(entries: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """['vocab=model', 'mlp=model+expert', 'heads='] -> {logical: mesh axes}."""
    overrides = {}
    for entry in entries:
        name, sep, value = (part.strip() for part in entry.partition("="))
        if not sep:
            raise RulesError(f"rule override {entry!r}: write logical=axis[+axis], e.g. vocab=model")
        overrides[name] = tuple(a.strip() for a in value.split("+") if a.strip())
    return overrides


def get_rules(preset: str | Rules, overrides: Mapping[str, Sequence[str]] | None = None) -> Rules:
    """Returns a validated rules table: a preset by name, a rules file, or a table, plus overrides.

    Args:
      preset: a name of axes.RULES_PRESETS ('expert', GShard's, is the default) or an alias
        (axes.RULES_PRESET_ALIASES), the path of a Python file defining RULES (ending in .py),
        or a complete mapping
        {logical name: tuple of mesh axes}.
      overrides: entries replacing the preset's, e.g. {'vocab': ('model',)}.
    """
    if isinstance(preset, str) and preset.endswith(".py"):
        table = load_rules_file(preset)
    elif isinstance(preset, str):
        name = RULES_PRESET_ALIASES.get(preset, preset)
        if name not in PRESETS:
            raise RulesError(
                f"unknown sharding preset {preset!r}; choose one of {', '.join(RULES_PRESETS)}, "
                "or give the path of a rules file (*.py defining RULES)"
            )
        table = dict(PRESETS[name])
    else:
        table = {**_OPTIONAL_DEFAULTS, **{k: _as_axes(v) for k, v in preset.items()}}
    for name, mesh_axes in (overrides or {}).items():
        if name not in axes.ALL:
            raise RulesError(f"rule override for unknown logical axis {name!r}; the logical "
                             f"axes are {', '.join(axes.ALL)}")
        table[name] = _as_axes(mesh_axes)
    validate(table)
    return table


def rules_for(mesh_config) -> Rules:
    """The table a MeshConfig asks for: `preset` (name or file) plus its `rules` overrides."""
    return get_rules(mesh_config.preset, parse_rule_overrides(mesh_config.rules))


def resolve(logical: Sequence[str | None], rules: Rules) -> PartitionSpec:
    """Logical spec (one name or None per dimension) -> PartitionSpec over mesh axes."""
    used: set[str] = set()
    spec = []
    for name in logical:
        if name is None:
            spec.append(None)
            continue
        if name not in rules:
            raise RulesError(
                f"unknown logical axis {name!r}; model code may use only {axes.ALL} "
                "(add it to gshard_jax/axes.py and to every rules table)"
            )
        free = tuple(a for a in rules[name] if a not in used)
        used.update(free)
        spec.append(None if not free else free[0] if len(free) == 1 else free)
    return PartitionSpec(*spec)
