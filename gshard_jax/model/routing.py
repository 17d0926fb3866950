"""Routing, in one module: the routers `model.moe.router` selects, GShard top-2 gating, the slot
machinery every token-choice router shares, their random draws and their capacity plans.

Letters (the paper's): G groups, S tokens per group, E experts, C capacity (slots per expert
per group), K choices per token. K is static (the compiled bound, `moe.max_top_k`); the active
`top_k` may be smaller and traced, and choices j >= top_k are never routed, so the same
program serves every k up to K (Tutel's dynamic top-any, with static shapes).

Every router runs in float32 and returns the same `Routing` ([G, S, K] expert/slot/weight/kept,
aux loss, z-loss, metrics), so both dispatch implementations and every sharding preset take
any of them. Where the references disagree, the choice is:

| router        | weights                        | capacity (cf > 0)  | aux loss (balanced value)         |
| gshard_top2   | top-k renormalised (+1e-9)     | ceil(cf*k*S/E)     | E^2 mean_e(c1_e/S m_e), 1st only (1) |
| switch        | raw softmax probabilities      | ceil(cf*S/E)       | E^2 mean_e(f_e P_e), any of k (k)  |
| noisy_topk    | softmax over kept noisy logits | ceil(cf*k*S/E)     | w_i CV^2(importance) + w_l CV^2(load) (0) |
| softmax_topk  | softmax over the top-k logits  | ceil(cf*k*S/E)     | E sum_e f_e P_e, any of k, as HF Mixtral (k) |
| expert_choice | softmax probability            | ceil(cf*S/E) picks | none (0)                          |

All token-choice routers fill slots k-major (all first choices, then all second ones ...) in
token order, or with `batch_prioritized` by descending top-1 gate (stable); gates are not
renormalised after drops. Aux losses are computed per group over real tokens before capacity
drops, then averaged over groups; the task adds aux_loss_weight times their *sum* over MoE
layers (lingvo; T5X and MegaBlocks average instead), and z_loss_weight times the summed z-loss.
Capacity is capped at S and floored at min_capacity; cf <= 0 gives dropless/dynamic capacity
(`capacity_plan`).

Top-2 follows GShard Algorithm 1 as lingvo's `Top2GatingOnLogits` (legacy_mtf_behavior=True):
  1. gates = softmax(logits) in float32; m_e = mean gate of expert e over the group.
  2. e1 = argmax(gates); e2 = argmax(gates with e1 masked out).
  3. g1, g2 renormalised to sum to 1 *before* capacity and random routing.
  4. aux = E^2 * mean_e(c_e / S * m_e), c_e = tokens whose *first* choice is e, counted before
     capacity truncation (= 1 at a uniform load).
  5. random routing (training only): keep e2 iff 2 * g2 > U(0, 1).
  6. slots: first choices take slots in token order (exclusive cumsum); second choices come
     after *all* first choices of their expert; a choice whose slot is >= C is dropped.
  Worked example, E=2, C=2, first choices [0, 0, 0, 1]: exclusive cumsum of the expert-0
  column is [0, 1, 2, -], so token 2 (slot 2 >= C) is dropped; token 3 takes slot 0 of expert 1.
Padding tokens (token_mask = 0) are never routed and do not count in c_e, m_e or S.
Top-1 uses the raw gate as its weight; top-k > 2 places choice j after the choices 1..j-1.
(Counting all earlier choices, not only the kept ones, drops exactly the same choices: once an
expert's earlier choices overflow, every later one overflows too.)
"""

from __future__ import annotations

import dataclasses
import math
from typing import NamedTuple

import jax
import jax.numpy as jnp
from flax import struct

from gshard_jax.config import ROUTERS, MoEConfig



SECOND_EXPERT_POLICIES = ("random", "all")
# Metrics every router reports: moe_summary sums the losses over layers and averages the rest.
LOSS_METRICS = ("aux_loss", "z_loss")
RATE_METRICS = ("dropped_first", "dropped_second", "dropped", "unrouted", "experts_per_token",
                "router_entropy", "importance_loss", "load_loss", "capacity")


@struct.dataclass
class Routing:
    """Where each token's choices go. All arrays [G, S, K] unless noted.

    expert: chosen expert of each choice (int32).
    slot: position in that expert's buffer of the group (int32; meaningless where not kept).
    weight: combine weight; 0 where the choice is dropped, not routed or padding (float32).
    kept: whether the choice occupies a slot (bool).
    aux_loss: the router's load-balancing loss, mean over groups (float32 scalar).
    z_loss: ST-MoE router z-loss, mean over groups of mean_s logsumexp(logits)^2 (scalar).
    metrics: routing statistics: the scalars named in LOSS_METRICS and RATE_METRICS (the layer
      adds 'capacity'), and 'expert_load' [E].
    """

    expert: jax.Array
    slot: jax.Array
    weight: jax.Array
    kept: jax.Array
    aux_loss: jax.Array
    z_loss: jax.Array
    metrics: dict


def expert_capacity(group_size: int, num_experts: int, top_k: int, capacity_factor: float,
                    min_capacity: int = 0) -> int:
    """C = ceil(cf * k * S / E) (the paper's 2S/E at cf=1, k=2), at least min_capacity.

    Capped at S: an expert never receives more than S tokens of one group, so larger C only
    adds empty slots.
    """
    capacity = math.ceil(capacity_factor * top_k * group_size / num_experts)
    return max(1, min(group_size, max(capacity, min_capacity)))


def _exclusive_cumsum(x, axis):
    return jnp.cumsum(x, axis=axis) - x


def real_token_mask(token_mask_GS: jax.Array | None, G: int, S: int) -> jax.Array:
    """float32 [G, S]: 1 for real tokens, 0 for padding (all real when None)."""
    if token_mask_GS is None:
        return jnp.ones((G, S), jnp.float32)
    return token_mask_GS.astype(jnp.float32)


def active_choices(top_k, num_choices: int) -> jax.Array | None:
    """bool [K]: which of the K compiled choices the (possibly traced) top_k uses; None when
    all K are always used (a fixed top_k), so that path carries no masking at all."""
    if isinstance(top_k, int) and top_k == num_choices:
        return None
    return jnp.arange(num_choices) < top_k


def top_choices(scores_GSE: jax.Array, num: int, fill: float) -> tuple[jax.Array, jax.Array]:
    """The `num` highest scores of each token by repeated argmax: experts [G, S, num] int32
    and their scores [G, S, num]. `fill` replaces a chosen score (0 for probabilities, -inf
    for logits). Repeated argmax, not lax.top_k: it breaks ties towards the lower expert like
    lingvo, and, sharded, avoids the all-gather that top_k emits on CPU."""
    E = scores_GSE.shape[-1]
    experts, scores = [], []
    remaining_GSE = scores_GSE
    for _ in range(num):
        expert_GS = jnp.argmax(remaining_GSE, axis=-1).astype(jnp.int32)
        chosen_GSE = expert_GS[..., None] == jnp.arange(E)
        scores.append(jnp.take_along_axis(remaining_GSE, expert_GS[..., None], axis=-1)[..., 0])
        experts.append(expert_GS)
        remaining_GSE = jnp.where(chosen_GSE, fill, remaining_GSE)
    return jnp.stack(experts, axis=-1), jnp.stack(scores, axis=-1)


def priority_order(first_gate_GS: jax.Array) -> jax.Array:
    """Batch-prioritized routing (Riquelme et al. 2021): the tokens of each group by descending
    top-1 gate, ties in token order (a stable sort, so the order is defined) [G, S]."""
    return jnp.argsort(-first_gate_GS, axis=1, stable=True).astype(jnp.int32)


def assign_slots(expert_GSK: jax.Array, routed_GSK: jax.Array, num_experts: int,
                 order_GS: jax.Array | None = None) -> jax.Array:
    """Each choice's position in its expert's buffer of the group, float32 [G, S, K].

    Priority is k-major: every routed choice j of the group precedes every routed choice j+1
    (first choices are never displaced by second ones); within choice j, tokens go in token
    order, or in `order_GS` (a permutation of each group's tokens, see `priority_order`).
    """
    expert_GSKE = jax.nn.one_hot(expert_GSK, num_experts, dtype=jnp.float32)
    mask_GSKE = expert_GSKE * routed_GSK[..., None]
    if order_GS is not None:
        mask_GSKE = jnp.take_along_axis(mask_GSKE, order_GS[:, :, None, None], axis=1)
    count_GKE = mask_GSKE.sum(axis=1)
    position_GSKE = _exclusive_cumsum(mask_GSKE, axis=1) + _exclusive_cumsum(count_GKE, axis=1)[:, None]
    if order_GS is not None:
        rank_GS = jnp.argsort(order_GS, axis=1)  # the inverse permutation
        position_GSKE = jnp.take_along_axis(position_GSKE, rank_GS[:, :, None, None], axis=1)
    return jnp.sum(position_GSKE * expert_GSKE, axis=-1)


def router_z_loss(logits_GSE: jax.Array, token_mask_GS: jax.Array) -> jax.Array:
    """ST-MoE z-loss: mean over real tokens of logsumexp(logits)^2 per group, mean over groups.
    Padding is left out (as Mesh TF; flaxformer counts each padding token as (log E)^2)."""
    log_z_GS = jax.nn.logsumexp(logits_GSE.astype(jnp.float32), axis=-1)
    real_G = jnp.maximum(token_mask_GS.sum(axis=1), 1.0)
    return jnp.mean(jnp.sum(jnp.square(log_z_GS) * token_mask_GS, axis=1) / real_G)


def first_choice_fraction(expert_GS: jax.Array, token_mask_GS: jax.Array, num_experts: int):
    """c_e / S of each group [G, E]: the share of real tokens whose first choice is e."""
    real_G = jnp.maximum(token_mask_GS.sum(axis=1), 1.0)
    first_GSE = jax.nn.one_hot(expert_GS, num_experts, dtype=jnp.float32) * token_mask_GS[..., None]
    return first_GSE.sum(axis=1) / real_G[:, None]


def routing_metrics(routed_GSK, kept_GSK, token_mask_GS, probs_GSE, first_fraction_GE,
                    aux_loss, z_loss, **extra) -> dict:
    """The statistics every router reports (names in LOSS_METRICS, RATE_METRICS)."""
    real_tokens = jnp.maximum(token_mask_GS.sum(), 1.0)
    kept_GSK_f = kept_GSK.astype(jnp.float32)
    zero = jnp.zeros((), jnp.float32)

    def dropped_share(kept, routed):  # of routed choices; 0 when none was routed
        routed = routed.astype(jnp.float32).sum()
        return jnp.where(routed > 0, 1.0 - kept.sum() / jnp.maximum(routed, 1.0), 0.0)

    metrics = {
        "aux_loss": aux_loss,
        "z_loss": z_loss,
        # Share of real tokens whose first choice overflowed its expert's capacity.
        "dropped_first": 1.0 - kept_GSK_f[..., 0].sum() / real_tokens,
        # Share of routed second choices (after random routing) that overflowed.
        "dropped_second": (dropped_share(kept_GSK_f[..., 1], routed_GSK[..., 1])
                           if kept_GSK.shape[-1] > 1 else zero),
        # Share of all routed choices that overflowed (0 = dropless).
        "dropped": dropped_share(kept_GSK_f, routed_GSK),
        # Share of real tokens that reached no expert (the residual alone carries them).
        "unrouted": 1.0 - (kept_GSK.any(-1) * token_mask_GS).sum() / real_tokens,
        "experts_per_token": (kept_GSK_f.sum(-1) * token_mask_GS).sum() / real_tokens,
        "expert_load": jnp.mean(first_fraction_GE, axis=0),
        "router_entropy": -jnp.sum(
            jnp.sum(probs_GSE * jnp.log(probs_GSE + 1e-9), -1) * token_mask_GS
        ) / real_tokens,
        "importance_loss": zero,
        "load_loss": zero,
    }
    metrics.update(extra)
    return metrics


def token_choice_routing(expert_GSK, gate_GSK, routed_GSK, *, capacity, token_mask_GS,
                         probs_GSE, aux_loss, z_loss, order_GS=None, **extra) -> Routing:
    """Slots (k-major, in token or `order_GS` order), drops at `capacity` and metrics, for
    choices already made: expert/gate/routed [G, S, K]. capacity may be traced. Dropped
    choices keep no weight; the others keep theirs (no renormalisation after drops)."""
    E = probs_GSE.shape[-1]
    slot_GSK = assign_slots(expert_GSK, routed_GSK, E, order_GS)
    kept_GSK = routed_GSK & (slot_GSK < capacity)
    first_fraction_GE = first_choice_fraction(expert_GSK[..., 0], token_mask_GS, E)
    return Routing(
        expert=expert_GSK,
        slot=slot_GSK.astype(jnp.int32),
        weight=gate_GSK * kept_GSK,
        kept=kept_GSK,
        aux_loss=aux_loss,
        z_loss=z_loss,
        metrics=routing_metrics(routed_GSK, kept_GSK, token_mask_GS, probs_GSE,
                                first_fraction_GE, aux_loss, z_loss, **extra),
    )


def top_k_gating(
    logits_GSE: jax.Array,
    *,
    top_k,
    capacity,
    token_mask_GS: jax.Array | None = None,
    second_expert_policy: str = "random",
    rng: jax.Array | None = None,
    keep_uniform_GS: jax.Array | None = None,
    num_choices: int | None = None,
    order_by_priority: bool = False,
) -> Routing:
    """GShard top-k gating (router 'gshard_top2'): each token to up to `top_k` experts.

    Args:
      logits_GSE: router logits [G, S, E] (cast to float32 here).
      top_k: choices per token (2 = GShard); an int, or traced (<= num_choices).
      capacity: C, slots per expert per group (int or traced scalar).
      token_mask_GS: 1 for real tokens, 0 for padding; None = all real.
      second_expert_policy: 'random' keeps the 2nd choice iff 2*g2 > U(0,1) when `rng` (or
        `keep_uniform_GS`) is given (training); 'all' always keeps it. Only when top_k == 2.
      rng: PRNG key for random routing; None = evaluation (keep every 2nd choice).
      keep_uniform_GS: the U(0,1) draws of random routing [G, S], instead of drawing from rng.
      num_choices: K, the static number of choices (default top_k).
      order_by_priority: batch-prioritized slots (by descending top-1 gate).
    """
    if second_expert_policy not in SECOND_EXPERT_POLICIES:
        raise ValueError(
            f"second_expert_policy {second_expert_policy!r} is not one of {SECOND_EXPERT_POLICIES}"
        )
    G, S, E = logits_GSE.shape
    K = top_k if num_choices is None else num_choices
    if not 1 <= K <= E:
        raise ValueError(f"top_k={K} must be between 1 and num_experts={E}")
    active_K = active_choices(top_k, K)
    # Step 1: gates in float32.
    gates_GSE = jax.nn.softmax(logits_GSE.astype(jnp.float32), axis=-1)
    token_mask_GS = real_token_mask(token_mask_GS, G, S)
    real_tokens_G = jnp.maximum(token_mask_GS.sum(axis=1), 1.0)

    # Step 2: choices by repeated argmax.
    expert_GSK, gate_GSK = top_choices(gates_GSE, K, 0.0)
    routed_GSK = jnp.broadcast_to(token_mask_GS[..., None] > 0, (G, S, K))
    if active_K is not None:
        routed_GSK = routed_GSK & active_K

    # Step 3: renormalise the (active) top-k gates before capacity and random routing.
    if K > 1 and not (isinstance(top_k, int) and top_k == 1):
        choice_gates = [gate_GSK[..., j] for j in range(K)]
        if active_K is None:
            denom_GS = sum(choice_gates) + 1e-9
        else:
            denom_GS = sum(g * active_K[j] for j, g in enumerate(choice_gates)) + 1e-9
        renormalised_GSK = jnp.stack([g / denom_GS for g in choice_gates], axis=-1)
        # A traced top_k of 1 keeps the raw gate, as a fixed one does.
        gate_GSK = (renormalised_GSK if isinstance(top_k, int)
                    else jnp.where(top_k > 1, renormalised_GSK, gate_GSK))

    # Step 4: aux loss from first choices before truncation and the mean gate, per group.
    first_fraction_GE = first_choice_fraction(expert_GSK[..., 0], token_mask_GS, E)
    mean_gate_GE = (gates_GSE * token_mask_GS[..., None]).sum(axis=1) / real_tokens_G[:, None]
    aux_loss = jnp.mean(first_fraction_GE * mean_gate_GE) * E * E

    # Step 5: random routing of the second choice (training only, when k == 2).
    training = rng is not None or keep_uniform_GS is not None
    if (second_expert_policy == "random" and training and K >= 2
            and (top_k == 2 if isinstance(top_k, int) else True)):
        if keep_uniform_GS is None:
            keep_uniform_GS = jax.random.uniform(rng, (G, S), jnp.float32)
        keep_GS = 2.0 * gate_GSK[..., 1] > keep_uniform_GS
        if not isinstance(top_k, int):
            keep_GS = keep_GS | (top_k != 2)
        routed_GSK = routed_GSK.at[..., 1].set(routed_GSK[..., 1] & keep_GS)

    # Step 6: k-major slots, drops at capacity.
    order_GS = priority_order(gate_GSK[..., 0]) if order_by_priority else None
    return token_choice_routing(
        expert_GSK, gate_GSK, routed_GSK, capacity=capacity, token_mask_GS=token_mask_GS,
        probs_GSE=gates_GSE, aux_loss=aux_loss, z_loss=router_z_loss(logits_GSE, token_mask_GS),
        order_GS=order_GS)

# Routers whose capacity does not grow with k (Switch/Mesh TF/flaxformer; EC: picks per expert).
_CAPACITY_WITHOUT_K = ("switch", "expert_choice")


class Draws(NamedTuple):
    """The random numbers a router consumes in training (None: not used, or evaluation)."""

    jitter_GSM: jax.Array | None = None  # U(1-eps, 1+eps), multiplies the router input
    normal_GSE: jax.Array | None = None  # N(0, 1), noisy_topk's noise
    uniform_GS: jax.Array | None = None  # U(0, 1), gshard_top2's random routing


def draw(rng: jax.Array | None, router: str, moe: MoEConfig, shape_GSM, num_experts: int) -> Draws:
    """A router's draws from the layer's key (tests pass the same numbers to their reference).
    gshard_top2's uniform comes from the key itself, as before routers existed."""
    if rng is None:
        return Draws()
    G, S, M = shape_GSM
    jitter = (jax.random.uniform(jax.random.fold_in(rng, 1), (G, S, M), jnp.float32,
                                 1.0 - moe.jitter, 1.0 + moe.jitter) if moe.jitter > 0 else None)
    normal = (jax.random.normal(jax.random.fold_in(rng, 2), (G, S, num_experts), jnp.float32)
              if router == "noisy_topk" else None)
    uniform = (jax.random.uniform(rng, (G, S), jnp.float32)
               if router == "gshard_top2" and moe.second_expert_policy == "random" else None)
    return Draws(jitter, normal, uniform)


def _any_of_k_balance_loss(expert_GSK, routed_GSK, probs_GSE, token_mask_GS):
    """E^2 * mean_e(f_e * P_e) per group, mean over groups; f_e = share of real tokens with e
    among their routed choices (before drops), P_e = mean router probability. Equals
    E * sum_e f_e P_e: the Switch loss for k = 1, flaxformer's and HF Mixtral's for k > 1
    (balanced value k)."""
    E = probs_GSE.shape[-1]
    real_G = jnp.maximum(token_mask_GS.sum(axis=1), 1.0)
    chosen_GSE = jnp.max(jax.nn.one_hot(expert_GSK, E, dtype=jnp.float32) * routed_GSK[..., None],
                         axis=2)
    fraction_GE = chosen_GSE.sum(axis=1) / real_G[:, None]
    mean_prob_GE = (probs_GSE * token_mask_GS[..., None]).sum(axis=1) / real_G[:, None]
    return jnp.mean(fraction_GE * mean_prob_GE) * E * E


def _routed(token_mask_GS, top_k, K):
    routed_GSK = jnp.broadcast_to(token_mask_GS[..., None] > 0, token_mask_GS.shape + (K,))
    active_K = active_choices(top_k, K)
    return routed_GSK if active_K is None else routed_GSK & active_K


def switch(logits_GSE, *, top_k=1, capacity, token_mask_GS=None, num_choices=None,
           order_by_priority=False) -> Routing:
    """Switch Transformer routing (Fedus et al. 2021; flaxformer's tokens-choose for k > 1).

    1. p = softmax(logits) in float32.  2. experts = top-k of p; weight = the raw p of each
    (not renormalised).  3. aux = E * sum_e f_e P_e before drops.  4. k-major slots, drop at
    capacity (the caller's ceil(cf * S / E): no k, as Mesh TF and flaxformer).
    Multiplicative input jitter is applied by the layer, before the logits.
    """
    G, S, E = logits_GSE.shape
    K = num_choices or top_k
    probs_GSE = jax.nn.softmax(logits_GSE.astype(jnp.float32), axis=-1)
    token_mask_GS = real_token_mask(token_mask_GS, G, S)
    expert_GSK, gate_GSK = top_choices(probs_GSE, K, 0.0)
    routed_GSK = _routed(token_mask_GS, top_k, K)
    aux_loss = _any_of_k_balance_loss(expert_GSK, routed_GSK, probs_GSE, token_mask_GS)
    return token_choice_routing(
        expert_GSK, gate_GSK, routed_GSK, capacity=capacity, token_mask_GS=token_mask_GS,
        probs_GSE=probs_GSE, aux_loss=aux_loss, z_loss=router_z_loss(logits_GSE, token_mask_GS),
        order_GS=priority_order(gate_GSK[..., 0]) if order_by_priority else None)


def _softmax_over_active(logit_GSK, top_k, K):
    """softmax over the active choices' logits; inactive choices get weight 0."""
    active_K = active_choices(top_k, K)
    if active_K is not None:
        logit_GSK = jnp.where(active_K, logit_GSK, -jnp.inf)
    return jax.nn.softmax(logit_GSK, axis=-1)


def softmax_topk(logits_GSE, *, top_k, capacity, token_mask_GS=None, num_choices=None,
                 order_by_priority=False) -> Routing:
    """Mixtral routing (mistral-inference): weights = softmax over the top-k logits.

    1. experts = top-k of the float32 logits.  2. weights = softmax over those k logits (= the
    full softmax renormalised over the k, no epsilon).  3. aux = HF Mixtral's
    E * sum_{k,e} f_{k,e} P_e (per group here, not over concatenated layers; balanced value k).
    4. k-major slots, drop at capacity ceil(cf * k * S / E); Mixtral itself is dropless
    (capacity_factor=0).
    """
    G, S, E = logits_GSE.shape
    K = num_choices or top_k
    logits_GSE = logits_GSE.astype(jnp.float32)
    token_mask_GS = real_token_mask(token_mask_GS, G, S)
    expert_GSK, logit_GSK = top_choices(logits_GSE, K, -jnp.inf)
    gate_GSK = _softmax_over_active(logit_GSK, top_k, K)
    routed_GSK = _routed(token_mask_GS, top_k, K)
    probs_GSE = jax.nn.softmax(logits_GSE, axis=-1)
    aux_loss = _any_of_k_balance_loss(expert_GSK, routed_GSK, probs_GSE, token_mask_GS)
    return token_choice_routing(
        expert_GSK, gate_GSK, routed_GSK, capacity=capacity, token_mask_GS=token_mask_GS,
        probs_GSE=probs_GSE, aux_loss=aux_loss, z_loss=router_z_loss(logits_GSE, token_mask_GS),
        order_GS=priority_order(gate_GSK[..., 0]) if order_by_priority else None)


def cv_squared(x_GE):
    """Squared coefficient of variation per group [G], tensor2tensor's: population variance,
    epsilon 1e-10 in the count and the denominator."""
    n = x_GE.shape[-1] + 1e-10
    mean_G = x_GE.sum(axis=-1) / n
    variance_G = jnp.sum(jnp.square(x_GE - mean_G[:, None]), axis=-1) / n
    return variance_G / (jnp.square(mean_G) + 1e-10)


def _normal_cdf(x, stddev):
    return 0.5 * (1.0 + jax.lax.erf(x / (math.sqrt(2) * stddev + 1e-20)))


def noisy_topk(logits_GSE, noise_logits_GSE, *, top_k, capacity, token_mask_GS=None,
               normal_GSE=None, noise_epsilon=1e-2, importance_weight=1.0, load_weight=1.0,
               num_choices=None, order_by_priority=False) -> Routing:
    """Noisily gated top-k (Shazeer et al. 2017), as tensor2tensor's `noisy_top_k_gating`.

    1. H = x W_g + N(0, 1) * (softplus(x W_noise) + noise_epsilon), in training only
       (normal_GSE given); at evaluation H = x W_g.
    2. experts = top-k of H; weights = softmax over the k kept noisy logits.
    3. Importance_e = sum over real tokens of the weights on e; Load_e = sum of
       P(x, e) = Phi((x W_g - kth_excluding(H, k, e)) / sigma) (the smooth estimator; a plain
       count of routed choices when k = E or without noise).
    4. aux = importance_weight * CV^2(Importance) + load_weight * CV^2(Load) per group
       (t2t: over the batch), averaged over groups; balanced value 0. With aux_loss_weight 0.1
       and both weights 1 this is the paper's w_importance = w_load = 0.1.
    5. k-major slots, drop at capacity ceil(cf * k * S / E) (makeMoE folds in k too).
    """
    G, S, E = logits_GSE.shape
    K = num_choices or top_k
    clean_GSE = logits_GSE.astype(jnp.float32)
    token_mask_GS = real_token_mask(token_mask_GS, G, S)
    # Step 1: noise std from its own projection, plus t2t's epsilon; no noise at evaluation.
    if normal_GSE is None:
        noisy_GSE, stddev_GSE = clean_GSE, None
    else:
        stddev_GSE = jax.nn.softplus(noise_logits_GSE.astype(jnp.float32)) + noise_epsilon
        noisy_GSE = clean_GSE + normal_GSE * stddev_GSE
    # Step 2: top-(k+1) of the noisy logits (the (k+1)-th is the load estimator's threshold).
    num_top = min(K + 1, E)
    expert_all_GSN, noisy_top_GSN = top_choices(noisy_GSE, num_top, -jnp.inf)
    expert_GSK = expert_all_GSN[..., :K]
    gate_GSK = _softmax_over_active(noisy_top_GSN[..., :K], top_k, K)
    routed_GSK = _routed(token_mask_GS, top_k, K)
    # Step 3: importance and load per group, over real tokens.
    expert_GSKE = jax.nn.one_hot(expert_GSK, E, dtype=jnp.float32)
    weighted_GSKE = expert_GSKE * (gate_GSK * routed_GSK)[..., None]
    importance_GE = weighted_GSKE.sum(axis=(1, 2))
    count_GE = (expert_GSKE * routed_GSK[..., None]).sum(axis=(1, 2))
    if stddev_GSE is None or (isinstance(top_k, int) and top_k >= E):
        load_GE = count_GE
    else:
        k_index = jnp.minimum(top_k, num_top - 1)
        # kth_excluding: the (k+1)-th noisy value for an expert inside the top k, else the k-th.
        threshold_in_GS = jnp.take_along_axis(noisy_top_GSN, jnp.broadcast_to(k_index, (G, S, 1)), -1)
        threshold_out_GS = jnp.take_along_axis(noisy_top_GSN, jnp.broadcast_to(k_index - 1, (G, S, 1)), -1)
        threshold_GSE = jnp.where(noisy_GSE > threshold_in_GS, threshold_in_GS, threshold_out_GS)
        prob_GSE = _normal_cdf(clean_GSE - threshold_GSE, stddev_GSE)
        load_GE = (prob_GSE * token_mask_GS[..., None]).sum(axis=1)
        if not isinstance(top_k, int):
            load_GE = jnp.where(top_k < E, load_GE, count_GE)
    importance_loss = jnp.mean(cv_squared(importance_GE))
    load_loss = jnp.mean(cv_squared(load_GE))
    aux_loss = importance_weight * importance_loss + load_weight * load_loss
    return token_choice_routing(
        expert_GSK, gate_GSK, routed_GSK, capacity=capacity, token_mask_GS=token_mask_GS,
        probs_GSE=jax.nn.softmax(clean_GSE, axis=-1), aux_loss=aux_loss,
        z_loss=router_z_loss(clean_GSE, token_mask_GS),
        order_GS=priority_order(gate_GSK[..., 0]) if order_by_priority else None,
        importance_loss=importance_loss, load_loss=load_loss)


def expert_choice(logits_GSE, *, capacity: int, token_mask_GS=None) -> Routing:
    """Expert-choice routing (Zhou et al. 2022), as flaxformer's ExpertsChooseMaskedRouter.

    1. p = softmax(logits) over experts, float32.  2. each expert picks the C tokens of the
    group with the highest p (C = ceil(cf * S / E): cf is the paper's c; ties to the lower
    token).  3. weight = p of the picked (token, expert).  No aux loss; a token may get 0..E
    experts, so K = E here (choice j is expert j) and 'unrouted' (also reported as
    'dropped_first') is the share of real tokens no expert picked.
    Padding ranks below every real token and is never kept (flaxformer only down-weights it).
    It looks at the whole group, future tokens included: encoder only.
    """
    G, S, E = logits_GSE.shape
    probs_GSE = jax.nn.softmax(logits_GSE.astype(jnp.float32), axis=-1)
    token_mask_GS = real_token_mask(token_mask_GS, G, S)
    real_GS = token_mask_GS > 0
    scores_GES = jnp.swapaxes(jnp.where(real_GS[..., None], probs_GSE, -1.0), 1, 2)
    # A stable argsort, not lax.top_k: the same tie order, and no all-gather when G is sharded.
    order_GES = jnp.argsort(-scores_GES, axis=-1, stable=True)
    rank_GSE = jnp.swapaxes(jnp.argsort(order_GES, axis=-1), 1, 2).astype(jnp.int32)
    kept_GSE = (rank_GSE < capacity) & real_GS[..., None]
    picked_GE = kept_GSE.sum(axis=1).astype(jnp.float32)
    load_GE = picked_GE / jnp.maximum(picked_GE.sum(-1, keepdims=True), 1.0)
    z_loss = router_z_loss(logits_GSE, token_mask_GS)
    # 0, but NaN with the logits, so the trainer's non-finite report still names this router.
    aux_loss = 0.0 * z_loss
    metrics = routing_metrics(kept_GSE, kept_GSE, token_mask_GS, probs_GSE, load_GE, aux_loss,
                              z_loss)
    metrics.update(dropped_first=metrics["unrouted"], dropped_second=jnp.zeros((), jnp.float32))
    return Routing(
        expert=jnp.broadcast_to(jnp.arange(E, dtype=jnp.int32), (G, S, E)),
        slot=rank_GSE, weight=probs_GSE * kept_GSE, kept=kept_GSE, aux_loss=aux_loss,
        z_loss=z_loss, metrics=metrics)


# ---------------------------------------------------------------------------------------------
# Capacity: fixed, dropless, or dynamic (Tutel semantics), with static shapes.


@dataclasses.dataclass(frozen=True)
class CapacityPlan:
    """How many slots an expert has, for drops and for the compiled buffers.

    drop_by_k: the capacity that drops choices (slot >= it), for active k = 1..K.
    buffers: the static buffer sizes compiled; one for a fixed capacity, several (increasing)
      for dropless/dynamic capacity, where each step takes the smallest that holds its load.
    dynamic: dropless/dynamic capacity (cf <= 0): the buffer follows the load, so the layer
      may run its experts without one (moe.expert_compute).
    """

    drop_by_k: tuple[int, ...]
    buffers: tuple[int, ...]
    dynamic: bool = False

    def drop_capacity(self, top_k):
        """The capacity for a (possibly traced) top_k."""
        if isinstance(top_k, int):
            return self.drop_by_k[top_k - 1]
        index = jnp.clip(top_k, 1, len(self.drop_by_k)) - 1
        return jnp.asarray(self.drop_by_k, jnp.int32)[index]

    def buffer_index(self, routing: Routing) -> jax.Array:
        """Index of the smallest buffer that holds every kept choice of every group.

        A max over the global [G, S, K] array: under jit with GSPMD it is one value for all
        devices (XLA reduces across them), so every device picks the same branch and the
        all-to-all shapes agree (the hang DeepSpeed#6809 avoids with an explicit all-reduce).
        """
        index = jnp.sum(jnp.asarray(self.buffers) < largest_load(routing))
        return jnp.minimum(index, len(self.buffers) - 1)


def largest_load(routing: Routing) -> jax.Array:
    """The most kept choices any expert has in any group: the slots a buffer needs (int32)."""
    return jnp.max(jnp.where(routing.kept, routing.slot + 1, 0))


def capacity_ladder(low: int, high: int, count: int) -> tuple[int, ...]:
    """`count` buffer sizes from `low` to `high`, geometrically spaced (rounded up)."""
    if count == 1 or low >= high:
        return (high,)
    ratio = (high / low) ** (1.0 / (count - 1))
    return tuple(sorted({min(high, math.ceil(low * ratio ** j - 1e-6)) for j in range(count)} | {high}))


def compiled_choices(moe: MoEConfig) -> int:
    """K: the choices per token the compiled step has room for (top_k may vary up to it)."""
    return moe.max_top_k or moe.top_k


def capacity_plan(router: str, moe: MoEConfig, group_size: int, *, training: bool) -> CapacityPlan:
    """The capacities of one router for groups of `group_size` tokens.

    moe.expert_capacity > 0: that C (capped at S) for every k, training and evaluation alike.
    cf > 0: fixed C per k (the router's formula, see the module docstring); one buffer of the
    largest. cf = 0 (dropless): nothing drops (C = S); cf < 0: the actual load capped at the
    capacity of |cf| (Tutel). For both, the buffer is chosen per step, on device, from
    `moe.capacity_buckets` sizes between the balanced load (ceil(k S / E), k = 1 when top_k
    may change) and the cap; the step compiles every size once (lax.switch), so it compiles
    once for the whole run. One bucket means always the largest buffer (the worst case,
    masked): no branches, but the expert FFN always runs on S (or the cap) slots.
    """
    cf = moe.capacity_factor if training else moe.eval_capacity_factor
    E, S, K = moe.num_experts, group_size, compiled_choices(moe)
    if moe.expert_capacity:  # stated by a checkpoint (HF Switch): C whatever cf and k
        capacity = min(moe.expert_capacity, S)
        return CapacityPlan((capacity,) * K, (capacity,))

    def fixed(factor, k):
        per_token = 1 if router in _CAPACITY_WITHOUT_K else k
        return expert_capacity(S, E, per_token, factor, moe.min_capacity)

    if router == "expert_choice":
        return CapacityPlan((fixed(cf, 1),) * K, (fixed(cf, 1),))
    if cf > 0:
        drop_by_k = tuple(fixed(cf, k) for k in range(1, K + 1))
        return CapacityPlan(drop_by_k, (max(drop_by_k),))
    drop_by_k = (S,) * K if cf == 0 else tuple(fixed(-cf, k) for k in range(1, K + 1))
    lowest_k = 1 if moe.max_top_k else moe.top_k
    balanced = expert_capacity(S, E, lowest_k, 1.0, moe.min_capacity)
    return CapacityPlan(drop_by_k, capacity_ladder(balanced, max(drop_by_k), moe.capacity_buckets),
                        dynamic=True)


def route(router: str, logits_GSE, *, moe: MoEConfig, top_k, capacity, token_mask_GS=None,
          draws: Draws = Draws(), noise_logits_GSE=None, batch_prioritized=False) -> Routing:
    """Routes with the named router; `capacity` from `CapacityPlan.drop_capacity`."""
    K = compiled_choices(moe)
    order = dict(order_by_priority=batch_prioritized)
    if router == "gshard_top2":
        return top_k_gating(logits_GSE, top_k=top_k, capacity=capacity, token_mask_GS=token_mask_GS,
                            second_expert_policy=moe.second_expert_policy,
                            keep_uniform_GS=draws.uniform_GS, num_choices=K, **order)
    if router == "switch":
        return switch(logits_GSE, top_k=top_k, capacity=capacity, token_mask_GS=token_mask_GS,
                      num_choices=K, **order)
    if router == "noisy_topk":
        return noisy_topk(logits_GSE, noise_logits_GSE, top_k=top_k, capacity=capacity,
                          token_mask_GS=token_mask_GS, normal_GSE=draws.normal_GSE,
                          noise_epsilon=moe.noise_epsilon,
                          importance_weight=moe.importance_loss_weight,
                          load_weight=moe.load_loss_weight, num_choices=K, **order)
    if router == "softmax_topk":
        return softmax_topk(logits_GSE, top_k=top_k, capacity=capacity,
                            token_mask_GS=token_mask_GS, num_choices=K, **order)
    if router == "expert_choice":
        return expert_choice(logits_GSE, capacity=capacity, token_mask_GS=token_mask_GS)
    raise ValueError(f"router {router!r} is not one of {', '.join(ROUTERS)}")
