"""The routing report's reference: the router logits the model itself computes (recorded on the
report's batches), routed again by a plain float64 loop, and checks of a report against it."""

import math

import jax
import numpy as np
import pytest

from gshard_jax.engine.routing_stats import capacity_labels
from gshard_jax.model import router_probe

FACTORS = {"0.5": 0.5, "1": 1.0, "1.25": 1.25, "2": 2.0, "4": 4.0}


def recorded_logits(task, params, batches):
    """Per batch, per MoE layer: (logits [G, S, E], token mask [G, S]) as the model computes
    them in evaluation."""
    @jax.jit
    def logits(params, batch):
        with task.sharding_context(), router_probe.recording() as calls:
            task.forward(params, batch, None)
        return [(c.logits_GSE, c.token_mask_GS) for c in calls]

    return [jax.device_get(logits(params, task.shard_batch(b))) for b in batches]


def formula_capacities(k_in_capacity: int, num_experts: int, configured):
    """capacity(label, S): ceil(cf * k * S / E) in [1, S] (k = 1 for Switch's formula), S when
    dropless, configured(S) for the layer's own setting."""
    def capacity(label, S):
        if label == "dropless":
            return S
        if label == "configured":
            return configured(S)
        return max(1, min(S, math.ceil(FACTORS[label] * k_in_capacity * S / num_experts)))
    return capacity


def route_top_k(logits_GSE, mask_GS, k, capacity):
    """Token-choice top-k in evaluation: choices by descending probability (ties to the lower
    expert); slots k-major, in token order; a choice is kept if fewer than C choices came
    before it at its expert. Returns experts [G, S, k], kept [G, S, k], entropy [G, S]."""
    z = logits_GSE.astype(np.float64)
    p = np.exp(z - z.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    G, S, E = p.shape
    experts = np.argsort(-p, axis=-1, kind="stable")[..., :k]
    kept = np.zeros((G, S, k), bool)
    for g in range(G):
        fill = [0] * E
        for j in range(k):
            for s in range(S):
                if mask_GS[g, s]:
                    e = experts[g, s, j]
                    kept[g, s, j] = fill[e] < capacity
                    fill[e] += 1
    entropy = -np.sum(np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0), -1)
    return experts, kept, entropy


def reference(recorded, ids_per_batch, k, num_experts, capacity):
    """Per layer: tokens, load, entropy, drop rate and unrouted share per capacity setting,
    and the counts of (expert, token id) of the routed choices. ids_per_batch[b][layer]: the
    [B, L] ids the layer routes; capacity(label, S) as `formula_capacities`."""
    E = num_experts
    out = []
    for layer in range(len(recorded[0])):
        routed = np.zeros(E)
        kept = dict.fromkeys(capacity_labels(), 0)
        reached = dict.fromkeys(capacity_labels(), 0)
        tokens, entropy_sum, pairs = 0, 0.0, {}
        for batch_layers, ids in zip(recorded, ids_per_batch):
            logits, mask = batch_layers[layer]
            G, S, _ = logits.shape
            ids_GS = np.asarray(ids[layer]).reshape(G, S)
            real = mask > 0
            for label in capacity_labels():
                _, kept_GSK, _ = route_top_k(logits, real, k, capacity(label, S))
                kept[label] += kept_GSK.sum()
                reached[label] += (kept_GSK.any(-1) & real).sum()
            experts, all_GSK, entropy = route_top_k(logits, real, k, S)
            tokens += real.sum()
            entropy_sum += entropy[real].sum()
            routed += np.bincount(experts[all_GSK], minlength=E)
            for g, s, j in zip(*np.nonzero(all_GSK)):
                key = (int(experts[g, s, j]), int(ids_GS[g, s]))
                pairs[key] = pairs.get(key, 0) + 1
        out.append({"tokens": tokens, "load": routed / routed.sum(), "entropy": entropy_sum / tokens,
                    "drop_rate": {c: 1 - kept[c] / routed.sum() for c in kept},
                    "unrouted": {c: 1 - reached[c] / tokens for c in reached}, "pairs": pairs})
    return out


def check_report(report_layers, expected, min_drop_at_half=0.05):
    """The report's layers equal the reference; the lowest factor drops, dropless does not."""
    assert len(report_layers) == len(expected)
    for layer, ref in zip(report_layers, expected):
        assert layer["tokens"] == ref["tokens"]
        np.testing.assert_allclose(layer["load"], ref["load"], rtol=1e-12)
        assert layer["entropy"] == pytest.approx(ref["entropy"], rel=1e-5)
        for setting in capacity_labels():
            assert layer["drop_rate"][setting] == pytest.approx(ref["drop_rate"][setting], abs=1e-12)
            assert layer["unrouted"][setting] == pytest.approx(ref["unrouted"][setting], abs=1e-12)
        for e, tops in enumerate(layer["top_tokens"]):
            counts = sorted((-c, i) for (x, i), c in ref["pairs"].items() if x == e)
            assert [(t["id"], t["count"]) for t in tops] == [(i, -c) for c, i in counts[:len(tops)]]
    assert max(layer["drop_rate"]["0.5"] for layer in report_layers) > min_drop_at_half
    assert all(layer["drop_rate"]["dropless"] == 0 for layer in report_layers)
