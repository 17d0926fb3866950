"""Float64 NumPy references of every router, token by token, written from the papers and the
reference code (shared MOE_VARIANTS.md), not from gshard_jax/model. Random numbers come in as
arguments, so a test passes the router's own draws to both.

Each returns a dict: expert/slot/kept/weight [G, S, K] (slot -1 where not kept), combine
[G, S, E, C], aux_loss, z_loss, importance_loss, load_loss (0 where the router has none) and
the drop statistics dropped (share of routed choices dropped), unrouted (share of real tokens
that reached no expert) and experts_per_token.
"""

from __future__ import annotations

import math

import numpy as np

from tests.reference import softmax64

TOKEN_CHOICE = ("gshard_top2", "switch", "noisy_topk", "softmax_topk")


def _ranking(values):
    """Experts by descending value, ties to the lower expert (what argmax does)."""
    return sorted(range(len(values)), key=lambda e: (-values[e], e))


def _logsumexp(row):
    m = max(row)
    return m + math.log(sum(math.exp(v - m) for v in row))


def _cv_squared(values):
    """tensor2tensor's CVSquared: population variance, 1e-10 epsilons."""
    n = len(values) + 1e-10
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / n
    return variance / (mean * mean + 1e-10)


def _normal_cdf(x, stddev):
    return 0.5 * (1.0 + math.erf(x / (math.sqrt(2) * stddev + 1e-20)))


def _token_choices(router, g, s, logits, top_k, noise_logits, normal, noise_epsilon):
    """(experts, weights, extra) of one token: the router's k choices and combine weights."""
    E = logits.shape[-1]
    row = [float(v) for v in logits[g, s]]
    probs = softmax64(logits[g, s])
    if router in ("gshard_top2", "switch"):
        experts = _ranking(probs)[:top_k]
        gates = [probs[e] for e in experts]
        if router == "gshard_top2" and top_k > 1:  # renormalised before capacity
            total = sum(gates) + 1e-9
            gates = [x / total for x in gates]
        return experts, gates, {}
    if router == "softmax_topk":
        experts = _ranking(row)[:top_k]
        top = max(row[e] for e in experts)
        exps = [math.exp(row[e] - top) for e in experts]
        return experts, [x / sum(exps) for x in exps], {}
    assert router == "noisy_topk"
    if normal is None:
        stddev, noisy = None, row
    else:
        stddev = [math.log1p(math.exp(float(v))) + noise_epsilon for v in noise_logits[g, s]]
        noisy = [row[e] + float(normal[g, s, e]) * stddev[e] for e in range(E)]
    ranking = _ranking(noisy)
    experts = ranking[:top_k]
    top = noisy[experts[0]]
    exps = [math.exp(noisy[e] - top) for e in experts]
    gates = [x / sum(exps) for x in exps]
    if stddev is None or top_k >= E:
        load = [1.0 if e in experts else 0.0 for e in range(E)]
    else:
        # P(e stays in the top k under fresh noise): against the k-th best of the others.
        kth_if_in, kth_if_out = noisy[ranking[top_k]], noisy[ranking[top_k - 1]]
        load = [_normal_cdf(row[e] - (kth_if_in if e in experts else kth_if_out), stddev[e])
                for e in range(E)]
    return experts, gates, {"load": load}


def token_choice_reference(router, logits_GSE, *, top_k, capacity, token_mask_GS=None,
                           batch_prioritized=False, keep_second_GS=None, noise_logits_GSE=None,
                           normal_GSE=None, noise_epsilon=1e-2, importance_weight=1.0,
                           load_weight=1.0):
    """gshard_top2, switch, noisy_topk or softmax_topk for one batch of groups.

    keep_second_GS: gshard_top2's random-routing decisions (True keeps the 2nd choice).
    normal_GSE: noisy_topk's N(0, 1) draws (None = evaluation, no noise).
    """
    logits = np.asarray(logits_GSE, np.float64)
    G, S, E = logits.shape
    mask = np.ones((G, S), bool) if token_mask_GS is None else np.asarray(token_mask_GS, bool)
    expert = np.zeros((G, S, top_k), np.int64)
    slot = np.full((G, S, top_k), -1, np.int64)
    kept = np.zeros((G, S, top_k), bool)
    weight = np.zeros((G, S, top_k))
    routed = np.zeros((G, S, top_k), bool)
    combine = np.zeros((G, S, E, capacity))
    aux, z, importance_losses, load_losses = [], [], [], []
    for g in range(G):
        real = [s for s in range(S) if mask[g, s]]
        n = max(len(real), 1)
        gates = {}
        first_count, any_count, mean_prob = np.zeros(E), np.zeros(E), np.zeros(E)
        importance, load = np.zeros(E), np.zeros(E)
        for s in range(S):
            experts, w, extra = _token_choices(router, g, s, logits, top_k, noise_logits_GSE,
                                               normal_GSE, noise_epsilon)
            expert[g, s] = experts
            gates[s] = w
            if not mask[g, s]:
                continue
            routed[g, s] = True
            if router == "gshard_top2" and top_k == 2 and keep_second_GS is not None:
                routed[g, s, 1] = bool(keep_second_GS[g, s])
            first_count[experts[0]] += 1
            for e in experts:
                any_count[e] += 1
            mean_prob += softmax64(logits[g, s]) / n
            for e, x in zip(experts, w):
                importance[e] += x
            load += np.asarray(extra.get("load", np.zeros(E)))
        if router == "gshard_top2":
            aux.append(E * E * np.mean(first_count / n * mean_prob))
        elif router in ("switch", "softmax_topk"):
            aux.append(E * np.sum(any_count / n * mean_prob))
        else:
            importance_losses.append(_cv_squared(list(importance)))
            load_losses.append(_cv_squared(list(load)))
            aux.append(importance_weight * importance_losses[-1] + load_weight * load_losses[-1])
        z.append(sum(_logsumexp(list(logits[g, s])) ** 2 for s in real) / n)
        order = (sorted(real, key=lambda s: (-gates[s][0], s)) if batch_prioritized else real)
        fill = np.zeros(E, np.int64)
        for j in range(top_k):  # all first choices, then all second choices, ...
            for s in order:
                if not routed[g, s, j]:
                    continue
                e = expert[g, s, j]
                if fill[e] < capacity:
                    slot[g, s, j], kept[g, s, j], weight[g, s, j] = fill[e], True, gates[s][j]
                    combine[g, s, e, fill[e]] += gates[s][j]
                fill[e] += 1
    return dict(expert=expert, slot=slot, kept=kept, weight=weight, combine=combine,
                aux_loss=float(np.mean(aux)), z_loss=float(np.mean(z)),
                importance_loss=float(np.mean(importance_losses)) if importance_losses else 0.0,
                load_loss=float(np.mean(load_losses)) if load_losses else 0.0,
                **_drop_statistics(routed, kept, mask))


def expert_choice_reference(logits_GSE, *, capacity, token_mask_GS=None):
    """Each expert takes the `capacity` real tokens with the highest router probability
    (ties to the lower token). K = E: choice j is expert j."""
    logits = np.asarray(logits_GSE, np.float64)
    G, S, E = logits.shape
    mask = np.ones((G, S), bool) if token_mask_GS is None else np.asarray(token_mask_GS, bool)
    probs = softmax64(logits)
    slot = np.full((G, S, E), -1, np.int64)
    kept = np.zeros((G, S, E), bool)
    weight = np.zeros((G, S, E))
    combine = np.zeros((G, S, E, capacity))
    z = []
    for g in range(G):
        real = [s for s in range(S) if mask[g, s]]
        for e in range(E):
            for rank, s in enumerate(sorted(real, key=lambda s: (-probs[g, s, e], s))[:capacity]):
                slot[g, s, e], kept[g, s, e], weight[g, s, e] = rank, True, probs[g, s, e]
                combine[g, s, e, rank] = probs[g, s, e]
        z.append(sum(_logsumexp(list(logits[g, s])) ** 2 for s in real) / max(len(real), 1))
    expert = np.broadcast_to(np.arange(E), (G, S, E))
    return dict(expert=expert, slot=slot, kept=kept, weight=weight, combine=combine,
                aux_loss=0.0, z_loss=float(np.mean(z)), importance_loss=0.0, load_loss=0.0,
                **_drop_statistics(kept, kept, mask))


def _drop_statistics(routed, kept, mask):
    real = max(mask.sum(), 1)
    return dict(dropped=1.0 - kept.sum() / max(routed.sum(), 1) if routed.any() else 0.0,
                unrouted=1.0 - (kept.any(-1) & mask).sum() / real,
                experts_per_token=(kept.sum(-1) * mask).sum() / real)
