"""The GShard MoE feed-forward layer: groups, top-k gating, dispatch, experts, combine.

Letters (the paper's): B batch, L length, G groups, S tokens per group, E experts,
C capacity, M model dim, H expert hidden dim, K choices per token.

Tokens [B, L, M] are cut into G = B*L/S local groups. Under the 'expert' rules, groups are
split over every device and experts over the 'expert' mesh axis: moving the dispatched
tokens [E, G, C, M] from the group split to the expert split is where XLA places the
all-to-all (and back again before combining), exactly two per layer forward.

The router (model/routing.py) is chosen per stack by the config. moe.expert_compute says how
the experts run on the kept choices:
  buckets     per-group capacity buffers [E, G, C, M]. At a fixed capacity one size; with
              dropless or dynamic capacity (capacity_factor <= 0) the buffer size C is picked per
              step, on device, from a few static sizes: dispatch, experts and combine are
              compiled once per size and `lax.switch` runs one of them, so the step still
              compiles once and each size's branch holds exactly the two all-to-alls.
  grouped,    every kept choice of the batch in one buffer sorted by expert, each expert's
  ragged_dot  rows one grouped matmul (model/grouped.py): the same outputs without the empty
              slots, so FLOPs follow the load; no all-to-all (the buffer holds every group, so
              a mesh replicates it).
  auto        grouped when the step compiles for one CPU device (B5: 0.9-1.3x the fixed
              capacity-factor-1.0 layer under a shared machine's load, buckets 1.9-5x; at a
              fixed capacity only with the gather dispatch, the paper's einsums keep their
              buffers), else buckets.

Execution modes (Tutel's switchable parallelism; the expert weights keep one layout in all
of them, so a run may switch between steps at no cost). The mode is an explicit argument of
the model's call (`moe_mode=`, from the task's `moe_mode`, i.e. mesh.moe_mode):
  alltoall        tokens go to their experts (all-to-all); each expert's hidden dimension stays
                  split as the rules place 'mlp' (over 'model' under expert_model). The default;
                  Tutel r=W/E.
  alltoall_gather_mlp  tokens go to their experts (all-to-all); an expert's hidden dimension is
                  gathered inside its 'model' group first. Tutel r=1. Same as alltoall when
                  'mlp' is not split.
  allgather       no all-to-all: every expert's weights are all-gathered to the tokens' devices
                  and each device runs all experts on its own groups; the backward pass
                  reduce-scatters the gradients into the owned slices. Tutel r=0.
"""

from __future__ import annotations

import dataclasses
import functools

import jax
import jax.numpy as jnp
from flax import nnx
from jax.ad_checkpoint import checkpoint_name

from gshard_jax.config import MOE_MODES, BlockConfig
from gshard_jax import axes
from gshard_jax.model import grouped, permute, router_probe
from gshard_jax.model.routing import (
    CapacityPlan, Draws, Routing, capacity_plan, draw, largest_load, real_token_mask, route,
)
from gshard_jax.model.layers import (
    constrain, cpu_forms, dropout, fan_avg_init, ffn_hidden, fold, input_names, one_cpu_device,
    one_tpu_device, param,
)


DISPATCH_METHODS = ("einsum", "gather")

# Logical specs on both sides of the all-to-all. Pinning both (not only one) is what makes
# XLA reshard with an all-to-all instead of all-gathering the expert weights.
_GROUP_MAJOR = (None, axes.EXPERT_GROUP, axes.CAPACITY, axes.EMBED)
_EXPERT_MAJOR = (axes.EXPERT, axes.EXPERT_GROUP, axes.CAPACITY, axes.EMBED)
_AFTER_DISPATCH, _AFTER_COMBINE = "moe_after_dispatch", "moe_after_combine"  # remat names
# What every rematerialisation policy keeps, so a backward pass never repeats an all-to-all.
ALL_TO_ALL_OUTPUTS = (_AFTER_DISPATCH, _AFTER_COMBINE)
_EXPERT_DROPOUT_SALT = 0x0D  # folded into the layer's key for moe.expert_dropout's mask


def group_tokens(num_tokens: int, group_size: int) -> tuple[int, int]:
    """(G, S) for `num_tokens` tokens in groups of `group_size` (one group if fewer tokens)."""
    size = min(group_size, num_tokens)
    if num_tokens % size:
        raise ValueError(
            f"{num_tokens} tokens per batch do not split into MoE groups of {size}; choose "
            f"moe.group_size dividing batch*length={num_tokens} (e.g. a power of two)"
        )
    return num_tokens // size, size


class MoEFeedForward(nnx.Module):
    """Top-k gated mixture of `num_experts` FFNs (GShard: k=2, every other FFN; each expert
    ungated or gated as model.ffn_activation says, see layers.ffn_hidden).

    decoder: the layer sits in the causal decoder (its router is moe.decoder_router's, and
    batch-prioritized routing is off: the priority would look at future tokens).
    num_experts: this layer's count (PR-MoE varies it per layer); default moe.num_experts.
    """

    def __init__(self, cfg: BlockConfig, *, rngs: nnx.Rngs, decoder: bool = False,
                 num_experts: int | None = None, router: str | None = None):
        """decoder: the layer is causal (decoder stack); router: its stack's router (default:
        `cfg.moe.stack_router(decoder)`); num_experts: this layer's (PR-MoE), default the
        config's."""
        # The layer's own view of the MoE settings, with its expert count (capacity, draws).
        moe = dataclasses.replace(cfg.moe, num_experts=num_experts or cfg.moe.num_experts)
        if moe.dispatch not in DISPATCH_METHODS:
            raise ValueError(f"moe.dispatch {moe.dispatch!r} is not one of {DISPATCH_METHODS}")
        E, M, H = moe.num_experts, cfg.d_model, cfg.expert_d_ff
        # The router is small and needed whole by every group: never sharded.
        self.gate = param(rngs, fan_avg_init(0, 1), (M, E), (axes.EMBED, None))
        # wi, or wi_gate and wi_up (gated activations): same shape and axes.
        for name in input_names(cfg.ffn_activation):
            setattr(self, name, param(rngs, fan_avg_init(1, 2, batch_axis=0), (E, M, H),
                                      (axes.EXPERT, axes.EMBED, axes.MLP)))
        self.wo = param(rngs, fan_avg_init(1, 2, batch_axis=0), (E, H, M),
                        (axes.EXPERT, axes.MLP, axes.EMBED))
        self.moe = moe
        self.activation = cfg.ffn_activation
        self.num_experts = E
        self.router = router or moe.stack_router(decoder)
        self.batch_prioritized = moe.batch_prioritized and not decoder
        # noisy_topk's noise projection starts at zero ("no signal and some noise", Shazeer et
        # al.); created last so the other routers' initial weights do not change.
        self.noise_gate = (param(rngs, jax.nn.initializers.zeros, (M, E), (axes.EMBED, None))
                           if self.router == "noisy_topk" else None)

    def route(self, x_GSM: jax.Array, token_mask_GS: jax.Array | None, rng: jax.Array | None,
              top_k=None, draws: Draws | None = None) -> tuple[Routing, CapacityPlan]:
        """Router logits in float32 -> (Routing, the capacity plan). rng None = evaluation.

        top_k: the active experts per token (an int, or traced up to moe.max_top_k); None =
        moe.top_k. draws: the router's random numbers (default: drawn from rng).
        """
        moe = self.moe
        top_k = moe.top_k if top_k is None else top_k
        if draws is None:
            draws = draw(rng, self.router, moe, x_GSM.shape, moe.num_experts)
        x_GSM = x_GSM.astype(jnp.float32)
        if draws.jitter_GSM is not None:  # Switch's exploration: jitter the router input only
            x_GSM = x_GSM * draws.jitter_GSM
        logits_GSE = jnp.einsum("GSM,ME->GSE", x_GSM, self.gate[...])
        noise_logits_GSE = (None if self.noise_gate is None
                            else jnp.einsum("GSM,ME->GSE", x_GSM, self.noise_gate[...]))
        plan = capacity_plan(self.router, moe, x_GSM.shape[1], training=rng is not None)
        router_probe.record(router_probe.RouterCall(  # a no-op outside the routing report
            self.router, moe, self.batch_prioritized, logits_GSE,
            real_token_mask(token_mask_GS, *x_GSM.shape[:2]), top_k))
        routing = route(
            self.router, logits_GSE, moe=moe, top_k=top_k, capacity=plan.drop_capacity(top_k),
            token_mask_GS=token_mask_GS, draws=draws, noise_logits_GSE=noise_logits_GSE,
            batch_prioritized=self.batch_prioritized)
        return routing, plan

    def experts(self, dispatched_EGCM: jax.Array, mode: str = "alltoall",
                dropout_rng: jax.Array | None = None) -> jax.Array:
        """Each expert's FFN on its own slots: [E, G, C, M] -> [E, G, C, M] (see module doc).
        dropout_rng: training's key of moe.expert_dropout on the hidden units (None: none)."""
        expert, hidden = axes.EXPERT, axes.MLP
        if mode == "allgather":
            # Induce all-gather of the weights (their layout is unchanged outside this step).
            expert = hidden = None
        elif mode == "alltoall_gather_mlp":
            hidden = None  # Induce all-gather of each expert's hidden slices over 'model'.

        # On CPU, slots flattened (X = G*C) so each expert's matmul contracts one dimension:
        # the weight gradient then needs no transposed copy on XLA:CPU (layers.token_matmul).
        E, G, C, M = dispatched_EGCM.shape
        flat = cpu_forms()

        def experts_matmul(x_EGCI, w_EIO):
            if not flat:
                return jnp.einsum("EGCI,EIO->EGCO", x_EGCI, w_EIO)
            return jnp.einsum("EXI,EIO->EXO", x_EGCI.reshape(E, G * C, -1), w_EIO).reshape(E, G, C, -1)

        out_EGCM = self._expert_ffn(dispatched_EGCM, experts_matmul, (expert, hidden),
                                    (expert, axes.EXPERT_GROUP, axes.CAPACITY, hidden),
                                    dropout_rng)
        return constrain(out_EGCM, _GROUP_MAJOR if mode == "allgather" else _EXPERT_MAJOR)

    def _expert_ffn(self, x, matmul, weight_axes, hidden_axes, dropout_rng):
        """act(x W_i) W_o for every expert (gated: two W_i), `matmul(x, w)` applying each
        expert's weights [E, I, O] to its own rows of x; weight_axes: the logical axes of
        the weights' expert and hidden dimensions; hidden_axes: those of the hidden units."""
        expert, hidden = weight_axes
        dtype = x.dtype
        projected = [matmul(x, constrain(getattr(self, name)[...].astype(dtype),
                                         (expert, axes.EMBED, hidden)))
                     for name in input_names(self.activation)]  # wi, or wi_gate and wi_up
        h = constrain(ffn_hidden(self.activation, *projected), hidden_axes)
        h = dropout(h, self.moe.expert_dropout, dropout_rng)
        return matmul(h, constrain(self.wo[...].astype(dtype), (expert, hidden, axes.EMBED)))

    def _run_experts(self, dispatched_EGCM: jax.Array, mode: str,
                     dropout_rng: jax.Array | None) -> jax.Array:
        """Dispatched tokens (group-split) -> expert outputs (group-split) in `mode`."""
        dispatched_EGCM = constrain(dispatched_EGCM, _GROUP_MAJOR)
        if mode != "allgather":
            with jax.named_scope("dispatch"):
                # Induce all-to-all: groups-split -> experts-split.
                dispatched_EGCM = constrain(dispatched_EGCM, _EXPERT_MAJOR)
        # Named so a rematerialised capacity branch keeps them and never repeats an all-to-all.
        dispatched_EGCM = checkpoint_name(dispatched_EGCM, _AFTER_DISPATCH)
        out_EGCM = self.experts(dispatched_EGCM, mode, dropout_rng)
        with jax.named_scope("combine"):
            # Induce all-to-all: experts-split -> groups-split (no-op in allgather mode).
            return checkpoint_name(constrain(out_EGCM, _GROUP_MAJOR), _AFTER_COMBINE)

    def __call__(self, x_BLM: jax.Array, token_mask_BL: jax.Array | None = None,
                 rng: jax.Array | None = None, group_size: int | None = None,
                 top_k=None, moe_mode: str = "alltoall") -> tuple[jax.Array, Routing]:
        """x [B, L, M] -> (y [B, L, M], Routing). rng None = evaluation (no random routing).

        Padding tokens (token_mask 0) are not routed and get zero output. `group_size`
        overrides moe.group_size (decoding routes one token per row per step, so it picks
        groups that split evenly over the devices). `top_k`: see `route`. `moe_mode`: one of
        MOE_MODES, how the tokens meet their experts (module docstring).
        """
        if moe_mode not in MOE_MODES:
            raise ValueError(f"moe_mode {moe_mode!r} is not one of {', '.join(MOE_MODES)}")
        B, L, M = x_BLM.shape
        G, S = group_tokens(B * L, group_size or self.moe.group_size)
        x_GSM = constrain(x_BLM.reshape(G, S, M), (axes.EXPERT_GROUP, None, axes.EMBED))
        mask_GS = None if token_mask_BL is None else token_mask_BL.reshape(G, S)
        routing, plan = self.route(x_GSM, mask_GS, rng, top_k)
        # Expert dropout's key: training only, and none at rate 0 (the step is today's).
        dropout_rng = fold(rng, _EXPERT_DROPOUT_SALT) if self.moe.expert_dropout > 0 else None
        dispatch = functools.partial(
            self._einsum_dispatch if self.moe.dispatch == "einsum" else self._gather_dispatch,
            mode=moe_mode, dropout_rng=dropout_rng)
        experts_method = self.expert_compute(plan.dynamic)
        if experts_method != "buckets":
            y_GSM = self._sorted_dispatch(x_GSM, routing, experts_method, dropout_rng)
            # Dropless: what a buffer would have needed; fixed: the capacity that dropped.
            capacity = largest_load(routing) if plan.dynamic else plan.buffers[0]
        elif len(plan.buffers) == 1:
            capacity = plan.buffers[0]
            y_GSM = dispatch(x_GSM, routing, capacity)
        else:
            # Dropless/dynamic: every buffer size compiled, the smallest that fits runs.
            index = plan.buffer_index(routing)
            # Rematerialised branches: under autodiff a switch returns the residuals of every
            # branch (zeros for those not taken), which costs more than recomputing the taken
            # one's expert FFN. The all-to-alls' outputs are kept, so none runs twice.
            keep = jax.checkpoint_policies.save_only_these_names(_AFTER_DISPATCH, _AFTER_COMBINE)
            branches = [jax.checkpoint(functools.partial(dispatch, capacity=c), policy=keep)
                        for c in plan.buffers]
            y_GSM = jax.lax.switch(index, branches, x_GSM, routing)
            capacity = jnp.asarray(plan.buffers, jnp.float32)[index]
        routing = routing.replace(metrics={**routing.metrics,
                                           "capacity": jnp.asarray(capacity, jnp.float32)})
        y_GSM = constrain(y_GSM, (axes.EXPERT_GROUP, None, axes.EMBED))
        return y_GSM.reshape(B, L, M), routing

    def expert_compute(self, dynamic: bool) -> str:
        """moe.expert_compute with 'auto' resolved for the step being traced; dynamic: the
        capacity follows the load (cf <= 0)."""
        choice = self.moe.expert_compute
        if choice == "auto":
            grouped_here = dynamic or self.moe.dispatch == "gather"
            return "grouped" if grouped_here and one_cpu_device() else "buckets"
        return choice

    def _sorted_dispatch(self, x_GSM, routing: Routing, method: str,
                         dropout_rng: jax.Array | None = None) -> jax.Array:
        """Every kept choice of the batch in one buffer sorted by expert, each expert's rows
        one grouped matmul (model/grouped.py): no capacity, so the experts' FLOPs follow the
        load. [G, S, M] -> [G, S, M]. The buffer holds all groups' tokens, so under a mesh
        it is replicated and the weights gathered: no all-to-all (method 'grouped' or
        'ragged_dot', moe.expert_compute)."""
        G, S, M = x_GSM.shape
        K = routing.expert.shape[-1]
        tile = grouped.tile_rows(G * S * K, self.moe.num_experts) if method == "grouped" else 1
        rows = grouped.sorted_rows(routing.expert, routing.slot, routing.kept,
                                   self.moe.num_experts, tile)
        # The batch as one group of G*S tokens for permute's gathers.
        row_1NK = rows.row_GSK.reshape(1, G * S, K)
        weight_1NK = routing.weight.reshape(1, G * S, K)
        source_1R, slot_weight_1R = permute.slot_sources(row_1NK, weight_1NK, rows.num_rows)
        with jax.named_scope("dispatch"):
            buffer_RM = permute.dispatch(x_GSM.reshape(1, G * S, M), row_1NK, source_1R)[0]
            buffer_RM = checkpoint_name(constrain(buffer_RM, (None, None)), _AFTER_DISPATCH)
        matmul = functools.partial(grouped.grouped_matmul, rows_E=rows.rows_E,
                                   method="tiles" if method == "grouped" else "ragged_dot",
                                   tpu=one_tpu_device(), tile=tile)
        out_RM = self._expert_ffn(buffer_RM, matmul, (None, None), (None, None), dropout_rng)
        with jax.named_scope("combine"):
            out_RM = checkpoint_name(out_RM, _AFTER_COMBINE)
            y_1NM = permute.combine(out_RM[None], weight_1NK, row_1NK, source_1R, slot_weight_1R)
        return y_1NM.reshape(G, S, M)

    def _einsum_dispatch(self, x_GSM, routing: Routing, capacity: int, mode: str,
                         dropout_rng: jax.Array | None = None) -> jax.Array:
        """The paper's one-hot einsums: O(G*S*E*C*M) dispatch and combine."""
        dtype = x_GSM.dtype
        combine_GSEC = combine_tensor(routing, self.moe.num_experts, capacity)
        dispatch_GSEC = (combine_GSEC > 0).astype(dtype)
        with jax.named_scope("dispatch"):
            dispatched_EGCM = jnp.einsum("GSEC,GSM->EGCM", dispatch_GSEC, x_GSM)
        out_EGCM = self._run_experts(dispatched_EGCM, mode, dropout_rng)
        with jax.named_scope("combine"):
            return jnp.einsum("GSEC,EGCM->GSM", combine_GSEC.astype(dtype), out_EGCM)

    def _gather_dispatch(self, x_GSM, routing: Routing, capacity: int, mode: str,
                         dropout_rng: jax.Array | None = None) -> jax.Array:
        """Index dispatch and combine (gathers both ways, see permute.py): O(G*S*K*M)."""
        G, S, M = x_GSM.shape
        E = self.moe.num_experts
        # Flat slot per choice, e*C + c; dropped choices point at the spare zero row E*C.
        slot_GSK = jnp.where(routing.kept, routing.expert * capacity + routing.slot, E * capacity)
        source_GX, slot_weight_GX = permute.slot_sources(slot_GSK, routing.weight, E * capacity)
        with jax.named_scope("dispatch"):
            buffer_GXM = permute.dispatch(x_GSM, slot_GSK, source_GX)
            dispatched_EGCM = buffer_GXM.reshape(G, E, capacity, M).transpose(1, 0, 2, 3)
        out_EGCM = self._run_experts(dispatched_EGCM, mode, dropout_rng)
        with jax.named_scope("combine"):
            out_GXM = out_EGCM.transpose(1, 0, 2, 3).reshape(G, E * capacity, M)
            return permute.combine(out_GXM, routing.weight, slot_GSK, source_GX, slot_weight_GX)


def combine_tensor(routing: Routing, num_experts: int, capacity: int) -> jax.Array:
    """The paper's combine tensor [G, S, E, C]: weight at (expert, slot) of each kept choice."""
    expert_GSKE = jax.nn.one_hot(routing.expert, num_experts, dtype=jnp.float32)
    # Dropped choices may have slot >= C; their one-hot row is zero and their weight is 0.
    slot_GSKC = jax.nn.one_hot(jnp.where(routing.kept, routing.slot, capacity), capacity,
                               dtype=jnp.float32)
    return jnp.einsum("GSK,GSKE,GSKC->GSEC", routing.weight, expert_GSKE, slot_GSKC)
