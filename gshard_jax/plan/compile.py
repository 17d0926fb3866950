"""Compile the real train step for a TPU topology, ahead of time, and gather its figures.

`plan(cfg, "v3:32x32")` builds the config's mesh over the topology's (compile-only) devices,
binds a `TranslationTask` (or, for an `LMConfig`, an `LMTask`) to it, lowers `task.train_step`
-- the jitted function `train` (`lm train`) runs --
with abstract inputs (`task.abstract_state()` and ShapeDtypeStruct batches carrying the batch
sharding) and compiles it with the TPU compiler. Nothing is allocated on any device.
It returns `report.summarise`'s dict: parameters, XLA's memory and cost analyses, the
collectives of the compiled HLO, trace and compile times, the verdict and the roofline.
"""

from __future__ import annotations

import math
import time

import jax
import numpy as np

from gshard_jax.config import Config, ConfigError, LMConfig
from gshard_jax.data.batching import BatchConfig, batch_size
from gshard_jax.engine.task import unbuildable_as_config_error
from gshard_jax.model.size import decoder_only_counts, parameter_counts
from gshard_jax.plan.chips import CHIPS
from gshard_jax.plan.hlo import collectives, loop_trip_counts
from gshard_jax.plan.report import memory_from_analysis, summarise
from gshard_jax.plan.topology import Topology, load_topology
from gshard_jax.sharding.mesh import MeshError, make_mesh
from gshard_jax.translation.task import TranslationTask


def batch_shape(cfg: Config, data_shards: int, batch: int | None = None,
                length: int | None = None) -> tuple[int, int]:
    """[B, L] of the planned step: L = `length` or the longest bucket; B = `batch` or, as the
    training batches are cut, tokens_per_batch // L rounded down to the data shards. Every
    bucket's batch is checked as `train` checks it (BatchConfigError names the fix)."""
    config = BatchConfig(bucket_lengths=tuple(cfg.data.bucket_lengths),
                         tokens_per_batch=cfg.data.tokens_per_batch, batch_multiple=data_shards)
    for bucket in config.bucket_lengths:
        batch_size(bucket, config)
    length = length or max(cfg.data.bucket_lengths)
    if length > cfg.model.max_len:
        raise ConfigError(f"--length {length} exceeds model.max_len={cfg.model.max_len}; plan a "
                          f"length <= {cfg.model.max_len} or raise model.max_len")
    rows = batch or batch_size(length, config)
    if rows % data_shards:
        raise ConfigError(f"--batch {rows} does not split over the {data_shards} data shards; "
                          f"use a multiple of {data_shards}")
    return rows, length


def topology_mesh(cfg: Config, topology: Topology):
    """The config's mesh (sizes from cfg.mesh, -1 = the rest) over the topology's devices.
    Multi-slice: slices must split the data axis only, so that expert and model collectives
    (all-to-all every MoE layer) stay on ICI, not the data-centre network."""
    try:
        mesh = make_mesh(cfg.mesh, devices=list(topology.devices))
    except MeshError as error:
        raise MeshError(f"--topology {topology.name} has {len(topology.devices)} devices: "
                        f"{str(error).split(' On CPU,')[0]}") from None
    if topology.slices > 1 and mesh.shape["data"] % topology.slices:
        raise MeshError(f"--topology {topology.name}: {topology.slices} slices must split the "
                        f"data axis (size {mesh.shape['data']}), or expert/model collectives "
                        f"would cross the data-centre network; make mesh.data a multiple of "
                        f"{topology.slices}")
    return mesh


def lm_batch_shape(cfg: LMConfig, data_shards: int, batch: int | None = None,
                   length: int | None = None) -> tuple[int, int]:
    """[B, L] of an LM's planned step: `batch` or data.batch_size windows of `length` or
    model.block_size tokens."""
    length = length or cfg.model.block_size
    if length > cfg.model.block_size:
        raise ConfigError(f"--length {length} exceeds model.block_size={cfg.model.block_size}; "
                          f"plan a length <= {cfg.model.block_size} or raise model.block_size")
    rows = batch or cfg.data.batch_size
    if rows % data_shards:
        raise ConfigError(f"--batch {rows} does not split over the {data_shards} data shards; "
                          f"use a multiple of {data_shards}")
    return rows, length


def _bind(cfg, mesh, batch, length):
    """(task, [B, L], parameter counts, MoE layers) of a translation or an LM config."""
    if isinstance(cfg, LMConfig):
        from gshard_jax.lm.task import LMTask
        if not cfg.model.vocab_size:
            raise ConfigError("model.vocab_size=0: a character LM's vocabulary is its text's "
                              "characters, unknown to plan; --set model.vocab_size=N")
        task = LMTask(cfg, cfg.model.vocab_size, mesh=mesh)
        moe_layers = sum(cfg.model.is_moe_layer(i) for i in range(cfg.model.num_layers))
        return (task, lm_batch_shape(cfg, task.data_shards, batch, length),
                decoder_only_counts(cfg.model, cfg.model.vocab_size), moe_layers)
    task = TranslationTask(cfg, mesh=mesh)
    return (task, batch_shape(cfg, task.data_shards, batch, length), parameter_counts(cfg.model),
            len(cfg.model.moe_layers) if cfg.model.moe_every else 0)


def _state_bytes_per_device(state, replicated_only: bool = False) -> int:
    """Bytes of the train state's shards on one device (only the arrays every device holds
    whole, with `replicated_only`: what more devices cannot thin out)."""
    return sum(math.prod(x.sharding.shard_shape(x.shape)) * np.dtype(x.dtype).itemsize
               for x in jax.tree.leaves(state)
               if not replicated_only or tuple(x.sharding.shard_shape(x.shape)) == tuple(x.shape))


def _is_out_of_memory(error: Exception) -> bool:
    text = str(error)
    return "RESOURCE_EXHAUSTED" in text or "Ran out of memory" in text


def compile_train_step(cfg: Config, topology_name: str, *, batch: int | None = None,
                       length: int | None = None, config_name: str = "") -> tuple[dict, object]:
    """(facts, compiled): the train step compiled for `topology_name` (compiled is None when
    the TPU compiler ran out of HBM; facts['compile_error'] then has its message).

    Raises TopologyError / MeshError / ShardingError / ConfigError / BatchConfigError for bad
    input (the CLI's exit 2).
    """
    topology = load_topology(topology_name)
    mesh = topology_mesh(cfg, topology)
    start = time.perf_counter()
    task, shape, counts, moe_layers = _bind(cfg, mesh, batch, length)
    task.check_groups(shape)
    state = task.abstract_state()
    batch_structs = task.abstract_batch(shape)
    setup_s = time.perf_counter() - start
    start = time.perf_counter()
    with unbuildable_as_config_error(shape):
        lowered = task.train_step.lower(state, batch_structs)
    lower_s = time.perf_counter() - start
    start, cpu_start = time.perf_counter(), time.process_time()
    compiled, compile_error = None, ""
    # A compile-only TPU executable cannot be reloaded from JAX's persistent compilation cache
    # (no TPU client to load it into), so keep it out of the cache.
    cache_was_on = jax.config.jax_enable_compilation_cache
    jax.config.update("jax_enable_compilation_cache", False)
    try:
        compiled = lowered.compile()
    except Exception as error:  # jax's JaxRuntimeError; only out-of-memory is a verdict
        if not _is_out_of_memory(error):
            raise
        compile_error = str(error).strip().split("\n")[0]
    finally:
        jax.config.update("jax_enable_compilation_cache", cache_was_on)
    compile_s = time.perf_counter() - start
    # CPU seconds of this process (all threads): the compiler's work, which a busy machine
    # does not inflate as it does the wall time.
    compile_cpu_s = time.process_time() - cpu_start

    total = sum(math.prod(x.shape) for x in jax.tree.leaves(state.params))
    chip = topology.chip
    facts = {
        "config": config_name,
        "topology": topology.name,
        "generation": topology.generation,
        "devices": len(topology.devices),
        "chips": topology.num_chips,
        "slices": topology.slices,
        "chip_dims": list(topology.chip_dims),
        "chip": {"name": chip.name, "device_tflops": chip.device_flops / 1e12,
                 "device_hbm_bytes": chip.device_hbm_bytes,
                 "device_hbm_bytes_per_s": chip.device_hbm_bytes_per_s,
                 "device_ici_egress_bytes_per_s": chip.device_ici_egress_bytes_per_s,
                 "devices_per_chip": chip.devices_per_chip, "source": chip.source},
        "mesh": dict(mesh.shape),
        "batch": {"shape": list(shape), "tokens_per_side": shape[0] * shape[1],
                  "rows_per_shard": shape[0] // task.data_shards,  # what microbatches split
                  "tokens_per_batch": getattr(cfg.data, "tokens_per_batch", shape[0] * shape[1]),
                  # the field that sets the step's tokens, and the tokens per unit of it
                  "setting": (["data.batch_size", shape[1]] if isinstance(cfg, LMConfig)
                              else ["data.tokens_per_batch", 1])},
        "dtype": cfg.model.dtype,
        "levers": {"scan_layers": cfg.model.scan_layers, "remat": cfg.model.remat,
                   "microbatches": cfg.train.microbatches, "preset": cfg.mesh.preset},
        "moe_layers": moe_layers,
        # as configured (report.oversized_capacity judges a fixed expert_capacity against them)
        "moe": ({"num_experts": cfg.model.moe.num_experts, "top_k": cfg.model.moe.top_k,
                 "group_size": cfg.model.moe.group_size,
                 "expert_capacity": cfg.model.moe.expert_capacity,
                 "capacity_factor": cfg.model.moe.capacity_factor} if moe_layers else None),
        # total: the compiled state's own count; activated: model.size's analytic count.
        "parameters": {"total": int(total), "activated": int(counts["activated"]),
                       "total_analytic": int(counts["total"])},
        "state_bytes_per_device": _state_bytes_per_device(state),
        "replicated_state_bytes_per_device": _state_bytes_per_device(state, replicated_only=True),
        "times": {"setup_s": setup_s, "lower_s": lower_s, "compile_s": compile_s,
                  "compile_cpu_s": compile_cpu_s},
        "memory": None,
    }
    if compiled is None:
        facts["compile_error"] = compile_error
    return facts, compiled


def analyse(facts: dict, compiled) -> dict:
    """The summarised report of `compile_train_step`'s result (see report.summarise)."""
    facts = dict(facts)
    if compiled is not None:
        cost = compiled.cost_analysis()
        cost = cost[0] if isinstance(cost, (list, tuple)) else cost
        facts["memory"] = memory_from_analysis(compiled.memory_analysis())
        text = compiled.as_text()
        facts["cost"] = {"flops": float(cost.get("flops", 0.0)),
                         "bytes_accessed": float(cost.get("bytes accessed", 0.0)),
                         "loop_trip_counts": loop_trip_counts(text)}
        facts["collectives"] = collectives(text)
    return summarise(facts, CHIPS[facts["generation"]])


def plan(cfg: Config, topology_name: str, *, batch: int | None = None,
         length: int | None = None, config_name: str = "") -> dict:
    """Compiles cfg's train step for `topology_name` and returns the summarised figures. A
    program too large for the chip's HBM is not an error: the report says it does not fit
    (`fits` False) and how to fix it."""
    return analyse(*compile_train_step(cfg, topology_name, batch=batch, length=length,
                                       config_name=config_name))
