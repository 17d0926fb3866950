"""The routing report's figures: what each MoE layer's router does over a split, any application.

The trained model runs over the split (evaluation: no dropout, no random routing) while
`model.router_probe` records each MoE layer's router logits. Each layer is then routed again,
by the model's own router (`routing.route`) under its own group size and capacity formula
(`routing.capacity_plan`), at every capacity factor of `CAPACITY_FACTORS`, dropless, and the
layer's configured evaluation capacity. Per layer and expert the report gives:

  load          share of the routed choices (all k, before capacity) the expert receives;
                1/E each at a perfect balance.
  entropy       mean over real tokens of the router's entropy -sum_e p_e log p_e (nats; log E
                = a uniform router), and by expert: the mean over the choices it receives.
  drop rate     share of routed choices that overflow capacity, per capacity factor (and per
                expert); `unrouted`: share of real tokens left with no expert at all. Expert
                choice (experts pick tokens): load at its configured capacity, drop = unrouted.
  top tokens    the token ids each expert receives most often (the input token at the routed
                position: source pieces in the encoder, the previous target piece in the
                decoder), decoded by the application.
  by label      (multilingual runs) each language pair's load, and the mutual information
                between pair and expert in bits (0 = experts do not specialise by pair).

An application supplies `ReportBatch`es (its batch, the ids each stack routes, row labels).
"""

from __future__ import annotations

import collections
import dataclasses
import math
from typing import Callable, Iterable, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from gshard_jax.errors import UserError
from gshard_jax.model import router_probe
from gshard_jax.model.routing import capacity_plan, route

CAPACITY_FACTORS = (0.5, 1.0, 1.25, 2.0, 4.0, 0.0)  # 0.0 = dropless (C = S)
# The layer's own evaluation capacity (its eval_capacity_factor, or a fixed expert_capacity).
CONFIGURED = "configured"
TOP_TOKENS = 10  # per expert


class RoutingReportError(UserError, ValueError):
    """A routing report that cannot be made (a split the run does not have, no tokens)."""


def capacity_labels() -> list[str]:
    """Column names of the capacity settings, in the order of the kept masks."""
    return [("dropless" if cf == 0 else f"{cf:g}") for cf in CAPACITY_FACTORS] + [CONFIGURED]


class ReportBatch(NamedTuple):
    """One batch of the split as the application feeds it.

    batch: the task's batch (its batch_keys, [B, L] int arrays).
    token_ids: per stack name ('encoder', 'decoder', 'layers'): [B, L] the id at each position
      its MoE layers route.
    labels: [B] index into the report's label names of each row, -1 for padding rows; None
      when the run has no labels (bilingual, LM).
    """

    batch: dict
    token_ids: dict
    labels: np.ndarray | None


def recordable(cfg):
    """cfg with its stacks unrolled and no remat: the layout whose router calls can be recorded
    (`model.router_probe`; a checkpoint of either layout restores into it)."""
    model = dataclasses.replace(cfg.model, scan_layers=False, remat="none")
    return dataclasses.replace(cfg, model=model)


def reroute(call: router_probe.RouterCall) -> dict:
    """One layer's routing under every capacity of `capacity_labels()`.

    Returns expert_GSK (the choices, int32), kept_FGSK (bool, F = len(capacity_labels())),
    capacity_F (int32), mask_GS (real tokens) and entropy_GS (the router's, nats).
    """
    S = call.logits_GSE.shape[1]
    probs_GSE = jax.nn.softmax(call.logits_GSE.astype(jnp.float32), axis=-1)
    entropy_GS = jnp.sum(jax.scipy.special.entr(probs_GSE), axis=-1)
    kept, capacities, routing = [], [], None
    for cf in CAPACITY_FACTORS + (None,):
        if cf is None:
            moe = call.moe
        else:  # the formula at this factor: a fixed expert_capacity (HF Switch) set aside
            moe = dataclasses.replace(call.moe, eval_capacity_factor=cf, expert_capacity=0)
        capacity = S if cf == 0 else capacity_plan(call.router, moe, S,
                                                   training=False).drop_capacity(call.top_k)
        routing = route(call.router, call.logits_GSE, moe=moe, top_k=call.top_k,
                        capacity=capacity, token_mask_GS=call.token_mask_GS,
                        batch_prioritized=call.batch_prioritized)
        kept.append(routing.kept)
        capacities.append(jnp.asarray(capacity, jnp.int32))
    return {"expert_GSK": routing.expert, "kept_FGSK": jnp.stack(kept),
            "capacity_F": jnp.stack(capacities), "mask_GS": call.token_mask_GS,
            "entropy_GS": entropy_GS}


def routing_outputs_fn(task, num_layers: int) -> Callable:
    """Jitted fn(params, sharded batch) -> [per MoE layer, forward order] `reroute` dicts.

    The task's model must be unrolled without remat (see `model.router_probe`). After the first
    call, `fn.layers` holds each layer's (router, num_experts).
    """
    layers: list = []

    def outputs(params, batch):
        with task.sharding_context(), router_probe.recording() as calls:
            task.forward(params, batch, None, task.moe_mode)
        router_probe.check_complete(calls, num_layers)
        layers[:] = [(c.router, c.moe.num_experts) for c in calls]
        return [reroute(call) for call in calls]

    fn = jax.jit(outputs)
    fn.layers = layers
    return fn


class LayerTally:
    """Counts of one MoE layer over the batches seen so far.

    Its routed choices are those kept when nothing drops (C = S); for expert choice, whose
    experts pick C tokens each (with C = S, every token), those kept at the configured capacity,
    and its drop rate is the share of tokens no expert picked (`routing.expert_choice`'s
    'dropped_first').
    """

    def __init__(self, num_experts: int, num_labels: int, router: str = "gshard_top2"):
        E, F = num_experts, len(capacity_labels())
        self.num_experts, self.router = E, router
        self.routed_index = (capacity_labels().index(CONFIGURED) if router == "expert_choice"
                             else CAPACITY_FACTORS.index(0.0))
        self.tokens = 0
        self.entropy_sum = 0.0
        self.routed_E = np.zeros(E, np.int64)
        self.entropy_by_expert_E = np.zeros(E)
        self.kept_FE = np.zeros((F, E), np.int64)
        self.reached_F = np.zeros(F, np.int64)  # real tokens with at least one kept choice
        self.capacities: dict[int, list[int]] = {}  # group size S -> capacity per setting
        self.tokens_by_expert = [collections.Counter() for _ in range(E)]
        self.by_label_LE = np.zeros((num_labels, E), np.int64)

    def add(self, out: dict, ids_GS: np.ndarray, labels_GS: np.ndarray | None) -> None:
        """One batch's `reroute` output (numpy) with the ids [G, S] and labels [G, S] of its
        positions."""
        E = self.num_experts
        mask_GS = out["mask_GS"] > 0
        expert_GSK, kept_FGSK = out["expert_GSK"], out["kept_FGSK"]
        routed_GSK = kept_FGSK[self.routed_index]
        self.tokens += int(mask_GS.sum())
        self.entropy_sum += float(out["entropy_GS"][mask_GS].sum())
        chosen = expert_GSK[routed_GSK]
        self.routed_E += np.bincount(chosen, minlength=E)
        entropy_GSK = np.broadcast_to(out["entropy_GS"][..., None], expert_GSK.shape)
        self.entropy_by_expert_E += np.bincount(chosen, weights=entropy_GSK[routed_GSK],
                                                minlength=E)
        for f, kept_GSK in enumerate(kept_FGSK):
            self.kept_FE[f] += np.bincount(expert_GSK[kept_GSK], minlength=E)
            self.reached_F[f] += int((kept_GSK.any(-1) & mask_GS).sum())
        self.capacities.setdefault(int(mask_GS.shape[1]), [int(c) for c in out["capacity_F"]])
        ids_GSK = np.broadcast_to(ids_GS[..., None], expert_GSK.shape)
        pairs = chosen.astype(np.int64) << 32 | ids_GSK[routed_GSK]  # (expert, token id)
        keys, counts = np.unique(pairs, return_counts=True)
        for key, count in zip(keys.tolist(), counts.tolist()):
            self.tokens_by_expert[key >> 32][key & 0xFFFFFFFF] += count
        if labels_GS is not None and len(self.by_label_LE):
            labels = np.broadcast_to(labels_GS[..., None], expert_GSK.shape)[routed_GSK]
            real = labels >= 0
            np.add.at(self.by_label_LE, (labels[real], chosen[real]), 1)

    def summary(self, name: str, token_name: Callable[[int], str],
                label_names: list[str]) -> dict:
        """The layer's JSON record (see the module docstring)."""
        E, labels = self.num_experts, capacity_labels()
        routed = max(int(self.routed_E.sum()), 1)
        unrouted = {label: 1.0 - int(self.reached_F[f]) / max(self.tokens, 1)
                    for f, label in enumerate(labels)}
        if self.router == "expert_choice":
            drop_rate, drop_by_expert = unrouted, {label: [None] * E for label in labels}
        else:
            drop_rate = {label: 1.0 - int(self.kept_FE[f].sum()) / routed
                         for f, label in enumerate(labels)}
            drop_by_expert = {label: _shares(self.routed_E - self.kept_FE[f], self.routed_E)
                              for f, label in enumerate(labels)}
        record = {
            "name": name, "router": self.router, "experts": E, "tokens": self.tokens,
            "routed_choices": self.routed_E.tolist(),
            "load": (self.routed_E / routed).tolist(),
            "entropy": self.entropy_sum / max(self.tokens, 1),
            "entropy_uniform": math.log(E),
            "entropy_by_expert": _shares(self.entropy_by_expert_E, self.routed_E),
            "capacity": {f"S={s}": dict(zip(labels, c))
                         for s, c in sorted(self.capacities.items())},
            "drop_rate": drop_rate, "unrouted": unrouted, "drop_rate_by_expert": drop_by_expert,
            "top_tokens": [[{"id": int(i), "token": token_name(int(i)), "count": int(c),
                             "share": c / max(int(self.routed_E[e]), 1)}
                            for i, c in sorted(counter.items(),
                                               key=lambda ic: (-ic[1], ic[0]))[:TOP_TOKENS]]
                           for e, counter in enumerate(self.tokens_by_expert)],
        }
        if label_names:
            record["load_by_label"] = {
                name: _shares(row, np.full(E, max(int(row.sum()), 1)))
                for name, row in zip(label_names, self.by_label_LE)}
            record["label_expert_information_bits"] = mutual_information_bits(self.by_label_LE)
        return record


def _shares(numerator, denominator) -> list:
    return [None if d == 0 else float(n) / float(d) for n, d in zip(numerator, denominator)]


def mutual_information_bits(counts_LE: np.ndarray) -> float:
    """I(label; expert) in bits of a joint count table [labels, experts] (0 for an empty one)."""
    total = counts_LE.sum()
    if total == 0:
        return 0.0
    joint = counts_LE / total
    outer = joint.sum(1, keepdims=True) * joint.sum(0, keepdims=True)
    nonzero = joint > 0
    return float(np.sum(joint[nonzero] * np.log2(joint[nonzero] / outer[nonzero])))


def routing_report(task, params, batches: Iterable[ReportBatch], layer_names: list[str],
                   token_name: Callable[[int], str], label_names: list[str] = ()) -> dict:
    """The report's figures over `batches` (the model's router, re-routed per capacity).

    layer_names: the MoE layers in forward order ('encoder.1', 'layers.0'; the part before the
    dot names the stack whose `ReportBatch.token_ids` the layer routes). token_name(id): how
    a token id reads. label_names: the rows' labels (language pairs), () for none.
    """
    if jax.process_count() > 1:
        raise RoutingReportError("the routing report runs in one process; run gshard-jax "
                                 "routing on one host (without --num-processes)")
    fn = routing_outputs_fn(task, len(layer_names))
    tallies: list[LayerTally] = []
    batch_count = 0
    for item in batches:
        outputs = jax.device_get(fn(params, task.shard_batch(item.batch)))
        if not tallies:
            tallies = [LayerTally(experts, len(label_names), router)
                       for router, experts in fn.layers]
        for name, tally, out in zip(layer_names, tallies, outputs):
            G, S = out["mask_GS"].shape
            ids_BL = np.asarray(item.token_ids[name.split(".")[0]])
            labels_BL = (None if item.labels is None
                         else np.broadcast_to(np.asarray(item.labels)[:, None], ids_BL.shape))
            ids_GS = ids_BL.reshape(G, S)
            labels_GS = None if labels_BL is None else labels_BL.reshape(G, S)
            tally.add(out, ids_GS, labels_GS)
        batch_count += 1
    if not tallies or not any(t.tokens for t in tallies):
        raise RoutingReportError("the split gave no tokens to route; choose a split with "
                                 "sentences (or a larger --limit)")
    layers = [tally.summary(name, token_name, list(label_names))
              for name, tally in zip(layer_names, tallies)]
    return {"layers": layers, "capacity_settings": capacity_labels(), "batches": batch_count,
            "labels": list(label_names),
            "experts": max(layer["experts"] for layer in layers)}
