"""Plan the serving step: one KV-cached decode step of an LM compiled for a TPU topology.

`plan_decode_step(cfg, "v5e:4x4", batch=8, length=32768)` binds the LM to the topology's
(compile-only) devices, with bfloat16 weights and a key/value cache of `length` tokens per
row (model.block_size = length), and compiles `CharLM.decode_step` -- one new token per row
attending to the whole cache -- with the TPU compiler; nothing is allocated. The point of the
report is the split of a device's memory: a mixture-of-experts model's weights must all be
resident although a token uses only top_k of each layer's experts (Mixtral-8x7B: 46.7B
parameters, 12.9B per token), next to a cache that grows with batch x length x kv heads.

The step time is a roofline: a decode step reads every resident weight and the whole cache
once, so it is normally bound by HBM bandwidth (XLA's bytes accessed / bandwidth).
"""

from __future__ import annotations

import dataclasses
import math
import time

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import NamedSharding, PartitionSpec

from gshard_jax import axes
from gshard_jax.config import ConfigError, LMConfig
from gshard_jax.model.size import decoder_only_counts
from gshard_jax.model.transformer import split_group_size
from gshard_jax.plan.chips import CHIPS
from gshard_jax.plan.hlo import collectives
from gshard_jax.plan.report import human, memory_from_analysis
from gshard_jax.plan.topology import load_topology
from gshard_jax.sharding.partition import check_divisible
from gshard_jax.sharding.rules import resolve

_CACHE_AXES = (axes.BATCH, axes.LENGTH, axes.KV_HEADS, axes.KV)


def _bytes_per_device(tree) -> int:
    return sum(math.prod(x.sharding.shard_shape(x.shape)) * np.dtype(x.dtype).itemsize
               for x in jax.tree.leaves(tree))


def plan_decode_step(cfg: LMConfig, topology_name: str, *, batch: int | None = None,
                     length: int | None = None, config_name: str = "") -> dict:
    """The figures of one decode step of `batch` rows over a cache of `length` tokens:
    weights and cache bytes per device, XLA's memory, the verdict against HBM, a roofline."""
    from gshard_jax.lm.task import LMTask
    from gshard_jax.plan.compile import topology_mesh

    if not isinstance(cfg, LMConfig):
        raise ConfigError("plan --step generate plans a decoder-only LM's decode step; give an "
                          "LM config (gshard-jax lm ...), e.g. experiments/configs/mixtral_8x7b.py")
    if not cfg.model.vocab_size:
        raise ConfigError("model.vocab_size=0: a character LM's vocabulary is its text's "
                          "characters, unknown to plan; --set model.vocab_size=N")
    length = length or cfg.model.block_size
    rows = batch or cfg.data.batch_size
    cfg = dataclasses.replace(cfg, model=dataclasses.replace(
        cfg.model, block_size=length, dtype="bfloat16"))
    topology = load_topology(topology_name)
    mesh = topology_mesh(cfg, topology)
    start = time.perf_counter()
    task = LMTask(cfg, cfg.model.vocab_size, mesh=mesh)
    if rows % task.data_shards:
        raise ConfigError(f"--batch {rows} does not split over the {task.data_shards} data "
                          f"shards; use a multiple of {task.data_shards} or a mesh with fewer "
                          "data-parallel devices")
    m = cfg.model
    cache_shape = (rows, length, m.resolved_kv_heads, m.resolved_head_dim)
    check_divisible("the KV cache", cache_shape, _CACHE_AXES, mesh, task.rules)
    cache_sharding = NamedSharding(mesh, resolve(_CACHE_AXES, task.rules))
    params = jax.tree.map(lambda x: jax.ShapeDtypeStruct(x.shape, jnp.bfloat16, sharding=x.sharding),
                          task.abstract_state().params)
    entry = jax.ShapeDtypeStruct(cache_shape, jnp.bfloat16, sharding=cache_sharding)
    cache = [(entry, entry) for _ in range(m.num_layers)]
    token = jax.ShapeDtypeStruct((rows,), jnp.int32,
                                 sharding=NamedSharding(mesh, resolve((axes.BATCH,), task.rules)))
    position = jax.ShapeDtypeStruct((), jnp.int32, sharding=NamedSharding(mesh, PartitionSpec()))
    group_size = split_group_size(rows, task.data_shards, m.moe.group_size)

    def step(params, token_N, t, cache):
        with task.sharding_context():
            return task.model(params).decode_step(token_N, t, cache, group_size)

    shardings = jax.tree.map(lambda x: x.sharding, (params, token, position, cache))
    fn = jax.jit(step, in_shardings=shardings,
                 out_shardings=(None, jax.tree.map(lambda x: x.sharding, cache)),
                 donate_argnums=3)
    lowered = fn.lower(params, token, position, cache)
    setup_s = time.perf_counter() - start
    cache_was_on = jax.config.jax_enable_compilation_cache
    jax.config.update("jax_enable_compilation_cache", False)  # compile-only: never reloadable
    start = time.perf_counter()
    compiled, compile_error = None, ""
    try:
        compiled = lowered.compile()
    except Exception as error:  # only out-of-memory is a verdict (see compile.py)
        if "RESOURCE_EXHAUSTED" not in str(error) and "Ran out of memory" not in str(error):
            raise
        compile_error = str(error).strip().split("\n")[0]
    finally:
        jax.config.update("jax_enable_compilation_cache", cache_was_on)
    chip = CHIPS[topology.generation]
    counts = decoder_only_counts(m, m.vocab_size)
    report = {
        "step": "generate", "config": config_name, "topology": topology.name,
        "devices": len(topology.devices), "chips": topology.num_chips, "chip": chip.name,
        "mesh": dict(mesh.shape), "batch": rows, "cache_tokens": length,
        "parameters": counts, "weights_bytes_per_device": _bytes_per_device(params),
        "cache_bytes_per_device": _bytes_per_device(cache),
        "hbm_bytes_per_device": chip.device_hbm_bytes,
        "times": {"setup_s": setup_s, "compile_s": time.perf_counter() - start},
    }
    if compiled is None:
        report.update(fits=False, compile_error=compile_error)
        return report
    memory = memory_from_analysis(compiled.memory_analysis())
    cost = compiled.cost_analysis()
    cost = cost[0] if isinstance(cost, (list, tuple)) else cost
    flops, accessed = float(cost.get("flops", 0.0)), float(cost.get("bytes accessed", 0.0))
    step_s = max(flops / chip.device_flops, accessed / chip.device_hbm_bytes_per_s)
    report.update(
        memory=memory, fits=memory["peak"] <= chip.device_hbm_bytes,
        collectives={k: v["count"] for k, v in collectives(compiled.as_text()).items()},
        roofline={"compute_s": flops / chip.device_flops,
                  "hbm_s": accessed / chip.device_hbm_bytes_per_s, "step_s": step_s,
                  "tokens_per_s": rows / step_s if step_s else 0.0})
    return report


def format_decode_report(r: dict) -> str:
    """The serving plan as text (what `gshard-jax plan --step generate` prints)."""
    p = r["parameters"]
    lines = [
        f"plan (decode step): {r['config']} on {r['topology']} ({r['devices']} devices of "
        f"{r['chip']}), mesh {r['mesh']}",
        f"  batch {r['batch']} rows, KV cache of {r['cache_tokens']} tokens, bfloat16 weights; "
        f"parameters {p['total'] / 1e9:.2f}B ({p['activated'] / 1e9:.2f}B active per token)",
        f"  per device: weights {human(r['weights_bytes_per_device'])}, KV cache "
        f"{human(r['cache_bytes_per_device'])}, HBM {human(r['hbm_bytes_per_device'])}",
    ]
    if "memory" in r:
        roof = r["roofline"]
        lines += [f"  XLA peak {human(r['memory']['peak'])}: "
                  + ("FITS" if r["fits"] else "DOES NOT FIT"),
                  f"  roofline: {roof['step_s'] * 1e3:.2f} ms per step (HBM {roof['hbm_s'] * 1e3:.2f} "
                  f"ms, compute {roof['compute_s'] * 1e3:.2f} ms), {roof['tokens_per_s']:.0f} "
                  "tokens/s"]
    else:
        lines.append(f"  DOES NOT FIT: the compiler ran out of memory ({r['compile_error'][:200]})")
    return "\n".join(lines)
