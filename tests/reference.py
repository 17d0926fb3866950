"""Independent float64 NumPy references for the tests: GShard Algorithm 1 written as plain
per-token loops, and an MoE layer computed token by token."""

from __future__ import annotations

import numpy as np


def softmax64(x):
    x = np.asarray(x, np.float64)
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def gshard_top2_reference(logits_GSE, capacity, token_mask_GS=None, keep_second_GS=None):
    """GShard top-2 gating, token by token, in float64.

    keep_second_GS: per-token decision of random routing (True = keep e2); None keeps all.
    Returns dict with combine [G,S,E,C], expert/slot/kept/weight [G,S,2], aux_loss (mean
    over groups of E^2 * mean_e(c_e/S * m_e)).
    """
    G, S, E = logits_GSE.shape
    gates = softmax64(logits_GSE)
    mask = np.ones((G, S), bool) if token_mask_GS is None else np.asarray(token_mask_GS, bool)
    combine = np.zeros((G, S, E, capacity))
    expert = np.zeros((G, S, 2), np.int64)
    slot = np.full((G, S, 2), -1, np.int64)
    kept = np.zeros((G, S, 2), bool)
    weight = np.zeros((G, S, 2))
    aux = []
    for g in range(G):
        real = [s for s in range(S) if mask[g, s]]
        n = max(len(real), 1)
        first_count = np.zeros(E)
        mean_gate = np.zeros(E)
        choices = {}
        for s in range(S):
            order = sorted(range(E), key=lambda e: (-gates[g, s, e], e))  # argmax ties -> lowest
            e1, e2 = order[0], order[1]
            g1, g2 = gates[g, s, e1], gates[g, s, e2]
            denom = g1 + g2 + 1e-9
            choices[s] = (e1, e2, g1 / denom, g2 / denom)
            expert[g, s] = (e1, e2)
            if mask[g, s]:
                first_count[e1] += 1
                mean_gate += gates[g, s]
        aux.append(E * E * np.mean(first_count / n * mean_gate / n))
        fill = np.zeros(E, np.int64)
        for s in real:  # first choices, in token order
            e1, _, w1, _ = choices[s]
            if fill[e1] < capacity:
                combine[g, s, e1, fill[e1]] += w1
                slot[g, s, 0], kept[g, s, 0], weight[g, s, 0] = fill[e1], True, w1
            fill[e1] += 1
        fill = np.array([min(f, capacity) for f in fill])  # kept first choices per expert
        for s in real:  # then second choices, after every kept first choice
            _, e2, _, w2 = choices[s]
            if keep_second_GS is not None and not keep_second_GS[g, s]:
                continue
            if fill[e2] < capacity:
                combine[g, s, e2, fill[e2]] += w2
                slot[g, s, 1], kept[g, s, 1], weight[g, s, 1] = fill[e2], True, w2
            fill[e2] += 1
    return dict(combine=combine, expert=expert, slot=slot, kept=kept, weight=weight,
                aux_loss=float(np.mean(aux)))


def moe_layer_reference(x_GSM, weight_GSK, expert_GSK, kept_GSK, wi_EMH, wo_EHM):
    """Each token: sum over its kept choices of gate * expert_e(x) (ReLU FFN), float64."""
    x = np.asarray(x_GSM, np.float64)
    wi, wo = np.asarray(wi_EMH, np.float64), np.asarray(wo_EHM, np.float64)
    y = np.zeros_like(x)
    G, S, K = expert_GSK.shape
    for g in range(G):
        for s in range(S):
            for k in range(K):
                if kept_GSK[g, s, k]:
                    e = expert_GSK[g, s, k]
                    y[g, s] += weight_GSK[g, s, k] * (np.maximum(x[g, s] @ wi[e], 0) @ wo[e])
    return y
