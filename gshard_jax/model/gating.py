"""Routing results, the slot machinery of token-choice routers, and GShard top-2 gating.

Letters (the paper's): G groups, S tokens per group, E experts, C capacity (slots per expert
per group), K choices per token. K is static (the compiled bound, `moe.max_top_k`); the active
`top_k` may be smaller and traced, and choices j >= top_k are never routed, so the same
program serves every k up to K (Tutel's dynamic top-any, with static shapes).

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

import math

import jax
import jax.numpy as jnp
from flax import struct

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


def combine_tensor(routing: Routing, num_experts: int, capacity: int) -> jax.Array:
    """The paper's combine tensor [G, S, E, C]: weight at (expert, slot) of each kept choice."""
    expert_GSKE = jax.nn.one_hot(routing.expert, num_experts, dtype=jnp.float32)
    # Dropped choices may have slot >= C; their one-hot row is zero and their weight is 0.
    slot_GSKC = jax.nn.one_hot(jnp.where(routing.kept, routing.slot, capacity), capacity,
                               dtype=jnp.float32)
    return jnp.einsum("GSK,GSKE,GSKC->GSEC", routing.weight, expert_GSKE, slot_GSKC)
