"""Rules tables: logical axis name -> mesh axes, one table per parallelism preset.

Mesh axes are always ('data', 'expert', 'model'); an axis of size 1 costs nothing. A logical
dimension maps to a tuple of mesh axes (split over their product) or to () (replicated).
Within one array a mesh axis can split only one dimension, so `resolve` gives each mesh axis
to the first dimension that asks for it and drops it from later ones; this is what lets the
same 'expert_group' rule mean "groups over every device" before dispatch and "groups over the
data axis only" once the experts own the 'expert' axis.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from jax.sharding import PartitionSpec

from gshard_jax.model import axes

Rules = Mapping[str, tuple[str, ...]]

ALL_DEVICES = ("data", "expert", "model")

_DATA_ONLY: dict[str, tuple[str, ...]] = {name: () for name in axes.ALL}

PRESETS: dict[str, Rules] = {
    # Pure data parallelism: every device holds every weight; batches split over all devices.
    "data": {**_DATA_ONLY, axes.BATCH: ALL_DEVICES, axes.EXPERT_GROUP: ALL_DEVICES},
    # GShard: experts split over 'expert', token groups over all devices; non-expert weights
    # replicated. Moving dispatched tokens from the group split to the expert split is the
    # all-to-all of the paper.
    "expert": {
        **_DATA_ONLY,
        axes.BATCH: ALL_DEVICES,
        axes.EXPERT_GROUP: ALL_DEVICES,
        axes.EXPERT: ("expert",),
    },
    # GShard + Megatron-style model parallelism inside each layer over 'model'.
    "expert_model": {
        **_DATA_ONLY,
        axes.BATCH: ("data", "expert"),
        axes.EXPERT_GROUP: ("data", "expert"),
        axes.EXPERT: ("expert",),
        axes.MLP: ("model",),
        axes.HEADS: ("model",),
        axes.VOCAB: ("model",),
    },
}
_ALIASES = {"expert+model": "expert_model", "dp": "data", "ep": "expert"}


class RulesError(ValueError):
    """A rules table or logical spec that cannot be resolved."""


def validate(rules: Rules) -> None:
    """Checks a rules table covers every logical name and names only real mesh axes."""
    missing = [name for name in axes.ALL if name not in rules]
    if missing:
        raise RulesError(
            f"rules table does not cover logical axes {missing}; add an entry for each "
            "(use () to keep a dimension replicated)"
        )
    for name, mesh_axes in rules.items():
        bad = [a for a in mesh_axes if a not in ALL_DEVICES]
        if bad:
            raise RulesError(
                f"rule {name!r} -> {tuple(mesh_axes)} names unknown mesh axes {bad}; "
                f"mesh axes are {ALL_DEVICES}"
            )


def get_rules(preset: str | Rules, overrides: Mapping[str, Sequence[str]] | None = None) -> Rules:
    """Returns a validated rules table: a preset by name, or a user table, plus overrides.

    Args:
      preset: 'data', 'expert' (GShard, default), 'expert_model' ('expert+model'), or a
        complete mapping {logical name: tuple of mesh axes}.
      overrides: entries replacing the preset's, e.g. {'vocab': ('model',)}.
    """
    if isinstance(preset, str):
        name = _ALIASES.get(preset, preset)
        if name not in PRESETS:
            raise RulesError(
                f"unknown sharding preset {preset!r}; choose one of {sorted(PRESETS)} "
                "or pass a rules table"
            )
        table = dict(PRESETS[name])
    else:
        table = {k: tuple(v) for k, v in preset.items()}
    for name, mesh_axes in (overrides or {}).items():
        if name not in axes.ALL:
            raise RulesError(f"override for unknown logical axis {name!r}; known: {axes.ALL}")
        table[name] = (mesh_axes,) if isinstance(mesh_axes, str) else tuple(mesh_axes)
    validate(table)
    return table


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
                "(add it to gshard_jax/model/axes.py and to every rules table)"
            )
        free = tuple(a for a in rules[name] if a not in used)
        used.update(free)
        spec.append(None if not free else free[0] if len(free) == 1 else free)
    return PartitionSpec(*spec)
