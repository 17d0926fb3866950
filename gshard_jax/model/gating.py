"""Top-k gating for GShard MoE layers: router logits -> expert slots, weights, aux loss.

Letters (the paper's): G groups, S tokens per group, E experts, C capacity (slots per expert
per group), K choices per token (2 for GShard).

Top-2 follows GShard Algorithm 1 as lingvo's `Top2GatingOnLogits` (legacy_mtf_behavior=True):
  1. gates = softmax(logits) in float32; m_e = mean gate of expert e over the group.
  2. e1 = argmax(gates); e2 = argmax(gates with e1 masked out).
  3. g1, g2 renormalised to sum to 1 *before* capacity and random routing.
  4. aux = E^2 * mean_e(c_e / S * m_e), c_e = tokens whose *first* choice is e, counted before
     capacity truncation (= 1 at a uniform load).
  5. random routing (training only): keep e2 iff 2 * g2 > U(0, 1).
  6. slots: first choices take slots in token order (exclusive cumsum); second choices come
     after *all kept first choices* of their expert; a choice whose slot is >= C is dropped.
  Worked example, E=2, C=2, first choices [0, 0, 0, 1]: exclusive cumsum of the expert-0
  column is [0, 1, 2, -], so token 2 (slot 2 >= C) is dropped; token 3 takes slot 0 of expert 1.
Padding tokens (token_mask = 0) are never routed and do not count in c_e, m_e or S.
Top-1 (Switch) uses the raw gate as its weight; top-k > 2 places choice j after the kept
choices 1..j-1.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
from flax import struct

SECOND_EXPERT_POLICIES = ("random", "all")


@struct.dataclass
class Routing:
    """Where each token's choices go. All arrays [G, S, K] unless noted.

    expert: chosen expert of each choice (int32).
    slot: position in that expert's buffer of the group (int32; may be >= C when dropped).
    weight: combine weight; 0 where the choice is dropped, not kept or padding (float32).
    kept: whether the choice occupies a slot (bool).
    aux_loss: load-balancing loss, mean over groups (float32 scalar).
    metrics: routing statistics (float32 scalars and 'expert_load' [E]).
    """

    expert: jax.Array
    slot: jax.Array
    weight: jax.Array
    kept: jax.Array
    aux_loss: jax.Array
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


def top_k_gating(
    logits_GSE: jax.Array,
    *,
    top_k: int,
    capacity: int,
    token_mask_GS: jax.Array | None = None,
    second_expert_policy: str = "random",
    rng: jax.Array | None = None,
) -> Routing:
    """Routes each token of each group to up to `top_k` experts within `capacity`.

    Args:
      logits_GSE: router logits [G, S, E] (cast to float32 here).
      top_k: choices per token (2 = GShard).
      capacity: C, slots per expert per group.
      token_mask_GS: 1 for real tokens, 0 for padding; None = all real.
      second_expert_policy: 'random' keeps the 2nd choice iff 2*g2 > U(0,1) when `rng` is
        given (training); 'all' always keeps it. Only used when top_k == 2.
      rng: PRNG key for random routing; None = evaluation (keep every 2nd choice).
    """
    if second_expert_policy not in SECOND_EXPERT_POLICIES:
        raise ValueError(
            f"second_expert_policy {second_expert_policy!r} is not one of {SECOND_EXPERT_POLICIES}"
        )
    G, S, E = logits_GSE.shape
    if not 1 <= top_k <= E:
        raise ValueError(f"top_k={top_k} must be between 1 and num_experts={E}")
    gates_GSE = jax.nn.softmax(logits_GSE.astype(jnp.float32), axis=-1)
    if token_mask_GS is None:
        token_mask_GS = jnp.ones((G, S), jnp.float32)
    token_mask_GS = token_mask_GS.astype(jnp.float32)
    real_tokens_G = jnp.maximum(token_mask_GS.sum(axis=1), 1.0)

    # Choices by repeated argmax (not lax.top_k): it ties-breaks like lingvo and, sharded,
    # avoids the all-gather that top_k emits on CPU.
    remaining_GSE = gates_GSE
    choice_masks, choice_gates, choice_experts = [], [], []
    for _ in range(top_k):
        expert_GS = jnp.argmax(remaining_GSE, axis=-1).astype(jnp.int32)
        mask_GSE = jax.nn.one_hot(expert_GS, E, dtype=jnp.float32)
        choice_gates.append(jnp.sum(remaining_GSE * mask_GSE, axis=-1))
        choice_masks.append(mask_GSE * token_mask_GS[..., None])
        choice_experts.append(expert_GS)
        remaining_GSE = remaining_GSE * (1.0 - mask_GSE)

    if top_k > 1:
        denom_GS = sum(choice_gates) + 1e-9
        choice_gates = [g / denom_GS for g in choice_gates]

    # Aux loss from first choices before truncation and the mean gate, per group, in float32.
    first_fraction_GE = choice_masks[0].sum(axis=1) / real_tokens_G[:, None]
    mean_gate_GE = (gates_GSE * token_mask_GS[..., None]).sum(axis=1) / real_tokens_G[:, None]
    aux_loss = jnp.mean(first_fraction_GE * mean_gate_GE) * E * E

    if top_k == 2 and second_expert_policy == "random" and rng is not None:
        uniform_GS = jax.random.uniform(rng, (G, S), jnp.float32)
        choice_masks[1] = choice_masks[1] * (2.0 * choice_gates[1] > uniform_GS)[..., None]
    routed_second_GS = choice_masks[1].sum(-1) if top_k > 1 else None

    slots, kept, weights = [], [], []
    taken_GE = jnp.zeros((G, E), jnp.float32)  # kept slots of earlier choices, per expert.
    for mask_GSE, gate_GS, expert_GS in zip(choice_masks, choice_gates, choice_experts):
        position_GSE = _exclusive_cumsum(mask_GSE, axis=1) + taken_GE[:, None, :]
        mask_GSE = mask_GSE * (position_GSE < capacity)
        taken_GE = taken_GE + mask_GSE.sum(axis=1)
        kept_GS = mask_GSE.sum(axis=-1) > 0
        # Slot at the chosen expert (meaningless where not kept: padding or dropped).
        slots.append(jnp.sum(position_GSE * jax.nn.one_hot(expert_GS, E), axis=-1))
        kept.append(kept_GS)
        weights.append(gate_GS * kept_GS)

    expert_GSK = jnp.stack(choice_experts, axis=-1)
    kept_GSK = jnp.stack(kept, axis=-1)
    weight_GSK = jnp.stack(weights, axis=-1)
    real_tokens = jnp.maximum(token_mask_GS.sum(), 1.0)

    metrics = {
        "aux_loss": aux_loss,
        # Share of real tokens whose first choice overflowed its expert's capacity.
        "dropped_first": 1.0 - kept[0].astype(jnp.float32).sum() / real_tokens,
        # Share of routed second choices (after random routing) that overflowed.
        "dropped_second": (
            1.0 - kept[1].astype(jnp.float32).sum() / jnp.maximum(routed_second_GS.sum(), 1.0)
            if top_k > 1 else jnp.zeros((), jnp.float32)
        ),
        # Share of real tokens that reached no expert (the residual alone carries them).
        "unrouted": 1.0 - (kept_GSK.any(-1) * token_mask_GS).sum() / real_tokens,
        "expert_load": jnp.mean(first_fraction_GE, axis=0),
        "router_entropy": -jnp.sum(
            jnp.sum(gates_GSE * jnp.log(gates_GSE + 1e-9), -1) * token_mask_GS
        ) / real_tokens,
    }
    return Routing(
        expert=expert_GSK,
        slot=jnp.stack(slots, axis=-1).astype(jnp.int32),
        weight=weight_GSK,
        kept=kept_GSK,
        aux_loss=aux_loss,
        metrics=metrics,
    )


def combine_tensor(routing: Routing, num_experts: int, capacity: int) -> jax.Array:
    """The paper's combine tensor [G, S, E, C]: weight at (expert, slot) of each kept choice."""
    expert_GSKE = jax.nn.one_hot(routing.expert, num_experts, dtype=jnp.float32)
    # Dropped choices may have slot >= C; their one-hot row is zero and their weight is 0.
    slot_GSKC = jax.nn.one_hot(jnp.where(routing.kept, routing.slot, capacity), capacity,
                               dtype=jnp.float32)
    return jnp.einsum("GSK,GSKE,GSKC->GSEC", routing.weight, expert_GSKE, slot_GSKC)
