"""The sharded task every application shares: train state, jitted init / train / eval steps.

`ShardedTask` binds a Config to a mesh and rules table: it builds the application's model
abstractly, derives every array's NamedSharding from the logical axes (one call into
`sharding.partition.state_layout`), and jits pure step functions with in/out shardings (the
jit API that absorbed pjit). XLA's SPMD partitioner does the rest. An application names its
model, its batch keys and its loss by overriding `build_model`, `batch_keys`, `forward`,
`token_weights` and `loss` (`translation.task.TranslationTask`, `lm.task.LMTask`).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx, struct
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from gshard_jax import axes
from gshard_jax.config import ConfigError
from gshard_jax.engine.layout import convert_state
from gshard_jax.engine.optim import (
    cross_entropy_sums, freeze_mask, learning_rate_schedule, make_optimizer,
)
from gshard_jax.model.moe import group_tokens
from gshard_jax.model.stack import scan_period
from gshard_jax.sharding.mesh import make_mesh
from gshard_jax.sharding.partition import (
    ShardingError, activation_sharding, batch_shard_count, batch_sharding, is_logical_leaf,
    logical_axes_of, split_factor, state_layout,
)
from gshard_jax.sharding.report import layout_report
from gshard_jax.sharding.rules import Rules, resolve, rules_for


@struct.dataclass
class TrainState:
    """step (int32 scalar), params (pure dict of arrays), opt_state (optax state)."""

    step: jax.Array
    params: Any
    opt_state: Any


class ShardedTask:
    """A model + optimiser bound to a mesh and rules, with jitted, sharded step functions.

    Subclasses give the model (`build_model`), the batch's [B, L] int arrays (`batch_keys`),
    what the loss compares (`forward`), which target tokens count (`token_weights`) and the
    loss (`loss`, usually the engine's `objective` of `forward`).

    Attributes:
      mesh, rules: where and how arrays are split.
      state_shardings: TrainState of NamedShardings (params and optimiser state).
      train_step(state, batch) -> (state, metrics): donates `state`; runs MoE layers in
        `moe_mode` (set it to switch modes between steps: each mode compiles once, and the
        state's layout is the same in all of them).
      eval_step(params, batch) -> metric sums (nll_sum, loss_sum, tokens, aux_loss).
      top_k: the MoE layers' active experts per token. With model.moe.max_top_k > 0 it travels
        in every batch from `shard_batch` as a value ('top_k', a replicated int32), so
        `set_top_k` (a schedule, or a resumed run's --set) changes it without a new compile.
    """

    batch_keys: tuple[str, ...] = ()  # the [B, L] int arrays of a batch

    def __init__(self, cfg, mesh: Mesh | None = None, rules: Rules | None = None):
        self.cfg = cfg
        self.mesh = mesh if mesh is not None else make_mesh(cfg.mesh)
        self.rules = rules if rules is not None else rules_for(cfg.mesh)
        # CPU-only forms of the step (the loss's fused gradient; the model asks the sharding
        # context for its own): TPU and GPU keep the programs the pod plans measured.
        self.on_cpu = self.mesh.devices.flat[0].platform == "cpu"
        abstract_model = nnx.eval_shape(lambda: self.build_model(nnx.Rngs(0)))
        self.stacks = abstract_model.STACKS  # attribute names of its layer stacks
        self.graphdef, self._abstract_vars = nnx.split(abstract_model, nnx.Param)
        param_logical = logical_axes_of(self._abstract_vars)
        abstract_params = nnx.to_pure_dict(self._abstract_vars)
        stacked = jax.tree.map(lambda spec: bool(spec) and spec[0] == axes.LAYERS,
                               param_logical, is_leaf=is_logical_leaf)
        self.frozen = freeze_mask(abstract_params, cfg.train.freeze)
        self.optimizer = make_optimizer(cfg.train, stacked, self.frozen)
        layout = state_layout(abstract_params, param_logical,
                              jax.eval_shape(self.optimizer.init, abstract_params),
                              self.mesh, self.rules)
        self.param_logical = param_logical
        self.state_logical = TrainState(step=(), params=param_logical, opt_state=layout.opt_logical)
        self.state_shardings = TrainState(step=NamedSharding(self.mesh, PartitionSpec()),
                                          params=layout.params, opt_state=layout.opt_state)
        self.param_shardings = layout.params
        self.batch_sharding = batch_sharding(self.mesh, self.rules)
        self.top_k = cfg.model.moe.top_k
        self._batch_shardings = {key: self.batch_sharding for key in self.batch_keys}
        if self.dynamic_top_k:
            self._batch_shardings["top_k"] = NamedSharding(self.mesh, PartitionSpec())
        self.init_state = jax.jit(self._init_state, static_argnums=0,
                                  out_shardings=self.state_shardings)
        self._train_steps: dict[str, Any] = {}
        self.moe_mode = "alltoall" if cfg.mesh.moe_mode == "auto" else cfg.mesh.moe_mode
        self.eval_step = jax.jit(self._eval_step,
                                 in_shardings=(self.param_shardings, self._batch_shardings))

    # -- what an application defines ---------------------------------------------------------

    def build_model(self, rngs: nnx.Rngs) -> nnx.Module:
        """A freshly initialised model (also traced abstractly, for shapes and logical axes)."""
        raise NotImplementedError

    def forward(self, params, batch, rng, moe_mode: str = "alltoall"):
        """(logits [B, L, V], targets [B, L], weights [B, L], MoE summary) of a batch, the MoE
        layers run in `moe_mode` (the model's explicit argument, model/moe.py)."""
        raise NotImplementedError

    def token_weights(self, batch) -> jax.Array:
        """[B, L] weights of the target tokens the loss averages over (0 = not a target)."""
        raise NotImplementedError

    def loss(self, params, batch, rng, moe_mode: str = "alltoall") -> tuple[jax.Array, dict]:
        """(loss, metrics) of a batch: usually `self.objective(*self.forward(...))`."""
        raise NotImplementedError

    # -- steps -------------------------------------------------------------------------------

    @property
    def train_step(self):
        """The jitted train step of the current `moe_mode` (compiled on first use)."""
        return self.train_step_for(self.moe_mode)

    def train_step_for(self, moe_mode: str, donate: bool = True):
        """The jitted train step in `moe_mode`; `donate=False` leaves the state usable (a
        timing run), and is compiled anew each call."""
        if moe_mode in self._train_steps and donate:
            return self._train_steps[moe_mode]
        step = jax.jit(functools.partial(self._train_step, moe_mode=moe_mode),
                       in_shardings=(self.state_shardings, self._batch_shardings),
                       out_shardings=(self.state_shardings, None),
                       donate_argnums=0 if donate else ())
        if donate:
            self._train_steps[moe_mode] = step
        return step

    @contextlib.contextmanager
    def sharding_context(self):
        """The context in which the model's logical constraints take this task's mesh and
        rules (a step, a decode function)."""
        with activation_sharding(self.mesh, self.rules):
            yield

    @property
    def dynamic_top_k(self) -> bool:
        """Whether top_k is a value of the compiled steps (model.moe.max_top_k > 0)."""
        return self.cfg.model.moe.max_top_k > 0

    def set_top_k(self, top_k: int) -> None:
        """The active experts per token of later steps (no new compile; needs max_top_k)."""
        bound = self.cfg.model.moe.max_top_k
        if not self.dynamic_top_k or not 1 <= top_k <= bound:
            raise ConfigError(f"top_k={top_k}: the steps were compiled for model.moe.max_top_k="
                              f"{bound}; choose top_k in 1..{bound}" if bound else
                              "top_k is fixed in the compiled steps; set model.moe.max_top_k "
                              "to change it between steps")
        self.top_k = top_k

    @property
    def data_shards(self) -> int:
        """The data-parallel degree: global batch sizes must be multiples of it."""
        return batch_shard_count(self.mesh, self.rules)

    def model(self, params) -> nnx.Module:
        """The model bound to `params` (a pure dict, possibly traced)."""
        variables = jax.tree.map(lambda v: v, self._abstract_vars)
        nnx.replace_by_pure_dict(variables, params)
        return nnx.merge(self.graphdef, variables)

    # -- batches -----------------------------------------------------------------------------

    def shard_batch(self, batch: dict[str, np.ndarray]) -> dict[str, jax.Array]:
        """Places a batch (`batch_keys`, each [B, L]) on the mesh, split over 'batch'.

        With several processes (multi-host), each passes only its own rows (a contiguous
        1/process_count slice of the global batch, in process order).
        """
        first = batch[self.batch_keys[0]]
        global_shape = (first.shape[0] * jax.process_count(),) + tuple(first.shape[1:])
        sharding = batch_sharding(self.mesh, self.rules, global_shape)
        self.check_groups(global_shape)
        if jax.process_count() == 1:
            sharded = {k: jax.device_put(np.asarray(v, np.int32), sharding) for k, v in batch.items()}
        else:
            sharded = {k: jax.make_array_from_process_local_data(sharding, np.asarray(v, np.int32),
                                                                  global_shape)
                       for k, v in batch.items()}
        if self.dynamic_top_k:
            sharded["top_k"] = jax.make_array_from_callback(
                (), self._batch_shardings["top_k"], lambda _: np.asarray(self.top_k, np.int32))
        return sharded

    def moe_group_size(self, batch_shape) -> int | None:
        """The MoE group size for a batch of [B, L] tokens; None = moe.group_size.

        With train.microbatches > 1 each microbatch is routed on its own, so a group size that
        splits the whole batch over the devices holding groups may not split a microbatch
        (the default's groups of 256 tokens, 2,048 tokens a batch on 8 devices, over 2
        microbatches: 4 groups for 8 devices). The groups then follow the microbatch: each
        device routes its own share of it as one group (here 128 tokens), as the whole batch
        did with one group per device. Without microbatches the configured size stands.
        """
        if self.cfg.train.microbatches <= 1 or self.cfg.model.moe_every <= 0:
            return None
        tokens = batch_shape[0] * batch_shape[1]
        configured, shards = self.cfg.model.moe.group_size, self.group_shards
        if tokens % (shards * min(configured, tokens)) == 0 or tokens % shards:
            return None  # the configured groups split; or no size would
        return tokens // shards if tokens // shards < configured else None

    @property
    def group_shards(self) -> int:
        """How many devices MoE groups are split over."""
        return split_factor(resolve((axes.EXPERT_GROUP,), self.rules), self.mesh)[0]

    def abstract_batch(self, shape: tuple[int, int]) -> dict[str, jax.ShapeDtypeStruct]:
        """A batch of [B, L] = `shape` as ShapeDtypeStructs carrying their shardings (with the
        replicated 'top_k' value under model.moe.max_top_k > 0), nothing allocated."""
        return {key: jax.ShapeDtypeStruct(shape if key in self.batch_keys else (), jnp.int32,
                                          sharding=sharding)
                for key, sharding in self._batch_shardings.items()}

    def check_groups(self, batch_shape) -> None:
        """MoE groups (batch*length / group_size) must split evenly over the group shards."""
        n = self.cfg.train.microbatches
        if batch_shape[0] % (n * self.data_shards):
            raise ShardingError(
                f"a batch of {batch_shape[0]} rows does not split into train.microbatches={n} "
                f"microbatches over the {self.data_shards} data shards; use a batch whose rows "
                f"are a multiple of {n * self.data_shards}, or fewer microbatches")
        if self.cfg.model.moe_every <= 0:
            return
        # Each microbatch is routed on its own: its tokens make the groups.
        micro_shape = (batch_shape[0] // n, batch_shape[1])
        tokens = micro_shape[0] * micro_shape[1]
        shards = self.group_shards
        group_size = self.moe_group_size(micro_shape) or self.cfg.model.moe.group_size
        try:
            num_groups, _ = group_tokens(tokens, group_size)
        except ValueError as error:
            raise ShardingError(f"a batch of {batch_shape[0]}x{batch_shape[1]} tokens: {error}") from None
        if num_groups % shards:
            raise ShardingError(
                f"a batch of {batch_shape[0]}x{batch_shape[1]} tokens"
                f"{f' in {n} microbatches' if n > 1 else ''} makes {num_groups} MoE groups "
                f"of {tokens // num_groups}, which do not split over the {shards} devices that hold "
                f"groups; use moe.group_size <= {max(tokens // shards, 1)} dividing {tokens}, "
                "or a larger batch")

    # -- state -------------------------------------------------------------------------------

    def abstract_state(self) -> TrainState:
        """The train state as ShapeDtypeStructs carrying their NamedShardings (no memory)."""
        return jax.tree.map(lambda x, s: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=s),
                            jax.eval_shape(lambda: self._init_state(0)), self.state_shardings)

    def sharding_report(self) -> str:
        """The mesh, then every parameter's logical axes, mesh axes and bytes per device, and
        the optimiser state's total per device: the layout of this config, nothing allocated."""
        state, mesh_cfg = self.abstract_state(), self.cfg.mesh
        overrides = " + " + ", ".join(mesh_cfg.rules) if mesh_cfg.rules else ""
        layout = layout_report(self.mesh, self.rules, repr(mesh_cfg.preset) + overrides,
                               state.params, self.param_logical, state.opt_state,
                               self.state_logical.opt_state, self.cfg.train.optimizer)
        return "\n".join([layout] + self.model_summary())

    def model_summary(self) -> list[str]:
        """Lines on the model itself after the layout (a task's model: its parameter counts
        and decode cache, `model.size`); none here."""
        return []

    def check_buildable(self, batch_shapes) -> None:
        """Checks, without running anything, that a train step can be built for these [B, L]
        batch shapes: MoE groups split over the devices, and the step traces abstractly
        (`jax.eval_shape`), so a config that cannot work fails before a run writes anything.
        """
        shapes = list(batch_shapes)
        for shape in shapes:
            self.check_groups(shape)
        abstract_state = jax.eval_shape(lambda: self._init_state(self.cfg.train.seed))
        for shape in {(int(b), int(l)) for b, l in shapes}:
            with unbuildable_as_config_error(shape):
                jax.eval_shape(self._train_step, abstract_state, self.abstract_batch(shape))

    def with_layout(self, scan_layers: bool) -> "ShardedTask":
        """This task with its model's stacks unrolled or scanned (`model.scan_layers`), on the
        same mesh and rules: the layout a checkpoint was written in."""
        other = copy.copy(self)  # keeps what subclasses add (the LM's vocabulary, a teacher)
        cfg = dataclasses.replace(self.cfg, model=dataclasses.replace(self.cfg.model,
                                                                      scan_layers=scan_layers))
        try:
            ShardedTask.__init__(other, cfg, self.mesh, self.rules)
        except ConfigError:
            if not cfg.train.freeze:
                raise
            # train.freeze names parameters in this task's layout; the other layout's names
            # may not match it (it reads checkpoints' parameters, which freezing never changes).
            train = dataclasses.replace(cfg.train, freeze=())
            ShardedTask.__init__(other, dataclasses.replace(cfg, train=train), self.mesh,
                                 self.rules)
        return other

    def restore_other_layout(self, checkpointer, error: Exception) -> tuple[TrainState, Any]:
        """(train state, data state) of the newest checkpoint written with the other
        `model.scan_layers`, converted to this task's layout; re-raises `error` (why this
        task's own layout did not restore) when the other layout does not restore either."""
        written = self.with_layout(not self.cfg.model.scan_layers)
        try:
            state, data_state = checkpointer.restore_newest_readable(written.abstract_state())
        except Exception:
            raise error from None
        target = self.abstract_state()
        if state.opt_state is None:  # a parameters-only checkpoint: the parameters alone
            target = target.replace(opt_state=None)
        state = convert_state(state, target, self.stacks,
                              scan_period(self.cfg.model.moe_every),
                              to_scanned=self.cfg.model.scan_layers)
        return state, data_state

    def complete_state(self, state: TrainState) -> TrainState:
        """`state` with a freshly initialised optimiser state when it has none (restored from
        a parameters-only checkpoint: import-hf, upcycle, train --init-from), else itself."""
        if state.opt_state is not None:
            return state
        opt_state = jax.jit(self.optimizer.init,
                            out_shardings=self.state_shardings.opt_state)(state.params)
        return state.replace(opt_state=opt_state)

    def _init_state(self, seed: int) -> TrainState:
        model = self.build_model(nnx.Rngs(seed))
        params = nnx.to_pure_dict(nnx.state(model, nnx.Param))
        return TrainState(step=jnp.zeros((), jnp.int32), params=params,
                          opt_state=self.optimizer.init(params))

    # -- loss and steps ----------------------------------------------------------------------

    def objective(self, logits_BLV, targets_BL, weights_BL, moe: dict) -> tuple[jax.Array, dict]:
        """The training loss of the model's logits [B, L, V]: (loss, metrics)."""
        ce_sum, tokens = cross_entropy_sums(logits_BLV, targets_BL, weights_BL,
                                            self.cfg.train.label_smoothing,
                                            fused_gradient=self.on_cpu)
        ce = ce_sum / jnp.maximum(tokens, 1.0)
        loss = ce + self.cfg.model.moe.aux_loss_weight * moe["aux_loss"]
        if self.cfg.model.moe.z_loss_weight:
            loss = loss + self.cfg.model.moe.z_loss_weight * moe["z_loss"]
        return loss, {"loss": loss, "ce": ce, "tokens": tokens, **moe}

    def _train_step(self, state: TrainState, batch, *loss_args, moe_mode: str = "alltoall"):
        """One optimiser step; `loss_args` follow (params, batch, rng) into `self.loss`, the
        MoE layers run in `moe_mode`."""
        with self.sharding_context():
            rng = jax.random.fold_in(jax.random.key(self.cfg.train.seed), state.step)
            if self.cfg.train.microbatches > 1:
                grads, metrics = self._accumulated_grads(state.params, batch, rng, loss_args,
                                                         moe_mode)
            else:
                grads, metrics = jax.grad(self.loss, has_aux=True)(
                    state.params, batch, rng, *loss_args, moe_mode=moe_mode)
            updates, opt_state = self.optimizer.update(grads, state.opt_state, state.params)
            params = optax.apply_updates(state.params, updates)
            # Frozen parameters are the old arrays themselves (x + 0 would turn -0.0 into 0.0).
            params = jax.tree.map(lambda frozen, old, new: old if frozen else new,
                                  self.frozen, state.params, params)
            metrics["grad_norm"] = optax.tree.norm(grads)
            metrics["learning_rate"] = learning_rate_schedule(self.cfg.train)(state.step)
            return TrainState(step=state.step + 1, params=params, opt_state=opt_state), metrics

    def split_microbatches(self, batch: dict) -> dict:
        """A batch's [B, ...] arrays as [N, B/N, ...] (N = train.microbatches), each microbatch
        taking the same share of every data shard's rows, so no row leaves its device and a
        shard's consecutive rows (its MoE groups) stay together."""
        n, shards = self.cfg.train.microbatches, self.data_shards
        spec = self.batch_sharding.spec
        out = {}
        for key, x in batch.items():
            if key not in self.batch_keys:
                out[key] = x  # per-step values (top_k) go to every microbatch whole
                continue
            B = x.shape[0]
            local = x.reshape((shards, n, B // (shards * n)) + x.shape[1:])
            micro = jnp.swapaxes(local, 0, 1).reshape((n, B // n) + x.shape[1:])
            out[key] = jax.lax.with_sharding_constraint(
                micro, NamedSharding(self.mesh, PartitionSpec(None, *spec)))
        return out

    def _accumulated_grads(self, params, batch, rng, loss_args, moe_mode: str):
        """Gradient accumulation: `train.microbatches` forward/backward passes in a scan, one
        gradient. Each microbatch's loss is rescaled so the sum is the whole batch's loss (its
        cross-entropy weighted by its share of the batch's tokens, the MoE losses by 1/N, as
        the mean over groups they are), so the gradient and metrics are the whole batch's."""
        n = self.cfg.train.microbatches
        total_tokens = jnp.maximum(self.token_weights(batch).astype(jnp.float32).sum(), 1.0)
        micro = self.split_microbatches(batch)
        per_step = {k: v for k, v in micro.items() if k not in self.batch_keys}

        def rescaled_loss(params, mb, rng):
            loss, metrics = self.loss(params, mb, rng, *loss_args, moe_mode=moe_mode)
            ce_share = metrics["ce"] * metrics["tokens"] / total_tokens
            return ce_share + (loss - metrics["ce"]) / n, metrics

        def one_microbatch(carry, xs):
            grads_sum, metrics_sum = carry
            mb, i = xs
            (loss, metrics), grads = jax.value_and_grad(rescaled_loss, has_aux=True)(
                params, {**mb, **per_step}, jax.random.fold_in(rng, i))
            metrics = dict(metrics, loss=loss, ce=metrics["ce"] * metrics["tokens"])
            return (jax.tree.map(jnp.add, grads_sum, grads),
                    jax.tree.map(jnp.add, metrics_sum, metrics)), None

        arrays = {k: v for k, v in micro.items() if k in self.batch_keys}
        first = {**jax.tree.map(lambda x: x[0], arrays), **per_step}
        metrics_shape = jax.eval_shape(
            lambda: self.loss(params, first, rng, *loss_args, moe_mode=moe_mode)[1])
        zeros = (jax.tree.map(jnp.zeros_like, params),
                 jax.tree.map(lambda s: jnp.zeros(s.shape, s.dtype), metrics_shape))
        (grads, sums), _ = jax.lax.scan(one_microbatch, zeros, (arrays, jnp.arange(n)))
        # Sums -> the whole batch's metrics: tokens and the rescaled loss add up, the
        # cross-entropy is token-weighted, and the MoE statistics (means over equal numbers of
        # groups in every microbatch) are averaged.
        metrics = {k: v / n for k, v in sums.items()}
        metrics.update(loss=sums["loss"], tokens=sums["tokens"],
                       ce=sums["ce"] / jnp.maximum(sums["tokens"], 1.0))
        return grads, metrics

    def _eval_step(self, params, batch):
        with self.sharding_context():
            logits, targets, weights, moe = self.forward(params, batch, None, self.moe_mode)
            nll_sum, tokens = cross_entropy_sums(logits, targets, weights, 0.0)
            loss_sum, _ = cross_entropy_sums(logits, targets, weights,
                                             self.cfg.train.label_smoothing)
            return {"nll_sum": nll_sum, "loss_sum": loss_sum, "tokens": tokens, **moe}


@contextlib.contextmanager
def unbuildable_as_config_error(shape):
    """Turns a step's trace error (ValueError/TypeError) for [B, L] = `shape` into a
    ConfigError naming the batch shape (bad input, exit 2)."""
    try:
        yield
    except (ValueError, TypeError) as error:
        raise ConfigError(
            f"this config cannot build a train step for batches of {shape[0]}x{shape[1]} "
            f"tokens: {type(error).__name__}: {str(error)[:400]}; check the model, moe and "
            "data settings named there") from None
