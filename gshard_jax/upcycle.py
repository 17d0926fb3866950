"""`gshard-jax upcycle`: sparse upcycling (Komatsuzaki et al. 2022), a trained dense run -> a
new MoE run at step 0 that `gshard-jax train --workdir RUN` (or `lm train`) trains on.

Every expert of an MoE layer starts as a copy of the dense run's FFN at the same block (wi,
wi_gate, wi_up, wo; optionally with Gaussian noise of `noise` times each matrix's RMS, drawn
independently per expert); every other parameter is copied unchanged. The router starts
fresh and *small*: the MoE model's own initialisation (Glorot-uniform `gate`, zero
`noise_gate`), drawn from train.seed. Not zero: zero logits tie, every token would pick the
lowest-numbered expert and overflow its capacity (and the experts, fed the same tokens, would
stay copies). With combine weights that sum to one per token (softmax_topk at any k, i.e.
top_k=1 gives weight exactly 1; gshard_top2 at k >= 2 up to its 1e-9) and no token dropped,
the upcycled model computes the dense model's function whatever the router says, since all
experts are the same FFN. Switch's top-1 (weight = the router probability, about 1/E) and
expert choice do not: the command says so on stderr.

The equal per-token compute partner of a dense FFN of d_ff is top-1 with experts of d_ff
(`model.expert_d_ff = model.d_ff`): experts of another size are refused, since a copy needs
the dense FFN's shape. Residual-MoE (its extra MLP and mixing weights) is refused too.

Checks everything before it writes (the source run and its checkpoint, the MoE config, every
parameter's shape, an empty --workdir); writes through import-hf's run-directory writer, so a
step-0 checkpoint looks the same whichever command wrote it; records `upcycle.json` (source,
step, noise, router initialisation) in the new run.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
from typing import Any

import jax
import numpy as np

from gshard_jax.config import Config, ConfigError, LMConfig, apply_overrides
from gshard_jax.config.fields import load_config_file
from gshard_jax.engine.rundir import RunDir
from gshard_jax.errors import UserError
from gshard_jax.hf.command import fit_to_layout, write_initial_run
from gshard_jax.hf.converter import LazyTensor
from gshard_jax.model.layers import fan_avg_init
from gshard_jax.model.stack import scan_period, unscan_params

EXPERT_WEIGHTS = ("wi", "wi_gate", "wi_up", "wo")  # an FFN's matrices; an expert has the same
ROUTER_WEIGHTS = ("gate", "noise_gate")            # started fresh
# Routers whose combine weights sum to one per token (at the top_k named), so that identical
# experts give the dense FFN's output.
SUMS_TO_ONE = {"softmax_topk": 1, "noisy_topk": 1, "gshard_top2": 2}
RECORD = "upcycle.json"


class UpcycleError(UserError, ValueError):
    """A dense run, MoE config or run directory that upcycling cannot use."""


def _key_path(path) -> tuple:
    return tuple(getattr(k, "key", getattr(k, "idx", k)) for k in path)


def _flat(tree) -> dict[tuple, Any]:
    return {_key_path(path): leaf for path, leaf in jax.tree_util.tree_flatten_with_path(tree)[0]}


def _name(keys: tuple) -> str:
    return "/".join(map(str, keys))


def read_source(from_dir: str) -> tuple[Any, type]:
    """(config, config class) of the dense run in `from_dir`; UpcycleError when it holds no
    readable run."""
    run = RunDir(from_dir)
    if not os.path.isdir(from_dir) or not os.path.exists(run.config_path):
        raise UpcycleError(f"--from {from_dir} holds no run (no config.json); give the run "
                           "directory of a trained dense model")
    problems = []
    for cls in (Config, LMConfig):
        try:
            return RunDir(from_dir, cls).read_config(), cls
        except (ConfigError, ValueError, OSError) as error:  # ValueError: broken JSON
            problems.append(f"{cls.__name__}: {error}")
    raise UpcycleError(f"--from {from_dir}: config.json is damaged or of an unknown kind "
                       f"({'; '.join(problems)}); give the run directory of a trained dense model")


def make_task(cfg, vocab_size: int | None = None):
    """The run's ShardedTask: a TranslationTask, or an LMTask over `vocab_size` characters."""
    if isinstance(cfg, LMConfig):
        from gshard_jax.lm.task import LMTask
        return LMTask(cfg, cfg.model.vocab_size or vocab_size)
    from gshard_jax.translation.task import TranslationTask
    return TranslationTask(cfg)


def _check_moe_config(moe_cfg, dense_cfg) -> None:
    m = moe_cfg.model
    layers = [i for i in range(_depth(m)) if m.is_moe_layer(i)]
    if not layers:
        raise UpcycleError("the MoE config has no MoE layer (model.moe_every=0); upcycling "
                           "turns dense FFNs into MoE layers: give an MoE config, e.g. "
                           "--set model.moe_every=2")
    if m.moe.residual != "off":
        raise UpcycleError(f"model.moe.residual={m.moe.residual}: Residual-MoE's MLP and mixing "
                           "weights have no dense source; upcycle into model.moe.residual=off")
    if m.expert_d_ff != dense_cfg.model.d_ff:
        raise UpcycleError(
            f"model.expert_d_ff={m.expert_d_ff} differs from the dense run's model.d_ff="
            f"{dense_cfg.model.d_ff}: each expert is a copy of the dense FFN, so set "
            f"--set model.expert_d_ff={dense_cfg.model.d_ff} (top_k=1 keeps the dense model's "
            "per-token compute)")


def _depth(m) -> int:
    return max(getattr(m, "num_layers", 0), getattr(m, "num_encoder_layers", 0),
               getattr(m, "num_decoder_layers", 0))


def _function_note(moe_cfg) -> str | None:
    """Why the upcycled model will not start as the dense model's function, or None."""
    m = moe_cfg.model
    routers = {m.moe.stack_router(decoder=False), m.moe.stack_router(decoder=True)}
    off = sorted(r for r in routers if m.moe.top_k < SUMS_TO_ONE.get(r, 10 ** 9))
    if off:
        return (f"note: router(s) {', '.join(off)} with top_k={m.moe.top_k} weigh the experts "
                "by less than one in total, so the upcycled model does not start as the dense "
                "model's function; model.moe.router=softmax_topk with top_k=1 does")
    return None


def upcycled_params(dense: dict[tuple, np.ndarray], target: dict[tuple, Any], *, seed: int,
                    noise: float) -> dict[tuple, np.ndarray]:
    """The MoE model's parameters from the dense model's (both unrolled, flat by key path).

    dense: {keys: array}; an FFN's wi [M, H], wo [H, M]. target: {keys: abstract leaf} of the
    MoE model; an MoE layer's experts wi [E, M, H], wo [E, H, M], router gate [M, E].
    Experts: E copies of the FFN at the same keys (+ N(0, (noise * rms)^2) each); router:
    the model's own initialisation from `seed`; everything else: the dense array. UpcycleError
    naming the first parameter without a source or with another shape (and both shapes)."""
    moe_layers = {keys[:-1] for keys in target if keys[-1] == "gate"}
    rng = np.random.default_rng(seed)
    out, used = {}, set()
    for index, (keys, leaf) in enumerate(target.items()):
        want = tuple(leaf.shape)
        if keys[:-1] in moe_layers and keys[-1] in ROUTER_WEIGHTS:
            out[keys] = _fresh_router(keys[-1], want, seed, index)
            continue
        expert = keys[:-1] in moe_layers and keys[-1] in EXPERT_WEIGHTS
        if keys not in dense:
            raise UpcycleError(f"{_name(keys)} {want} of the MoE config has no counterpart in the "
                               "dense run (another architecture or depth?); upcycle from a dense "
                               "run of the same model")
        source = dense[keys]
        have = (want[0],) + source.shape if expert else source.shape
        if have != want:
            whose = "an expert" if expert else "the MoE config"
            raise UpcycleError(f"{_name(keys)}: {whose} wants {want}, the dense run has "
                               f"{tuple(source.shape)}; the MoE config must keep every "
                               "non-expert shape of the dense run (same sizes, heads, layers, "
                               "vocabulary)")
        used.add(keys)
        if expert:
            copies = np.broadcast_to(source, have).astype(np.float32)
            if noise > 0:
                rms = float(np.sqrt(np.mean(np.square(source, dtype=np.float64))))
                copies = copies + (noise * rms * rng.standard_normal(have)).astype(np.float32)
            out[keys] = np.ascontiguousarray(copies)
        else:
            out[keys] = source
    extra = [k for k in dense if k not in used]
    if extra:
        raise UpcycleError(f"the dense run's {_name(extra[0])} {tuple(dense[extra[0]].shape)} "
                           f"has no place in the MoE model ({len(extra)} such parameters: is the "
                           "source run already an MoE, or of another depth?); upcycle from a "
                           "dense run of the same model")
    return out


def _fresh_router(name: str, shape: tuple, seed: int, index: int) -> np.ndarray:
    """model/moe.py's initialisation: Glorot-uniform gate, zero noise gate."""
    if name == "noise_gate":
        return np.zeros(shape, np.float32)
    key = jax.random.fold_in(jax.random.PRNGKey(seed), index)
    return np.asarray(fan_avg_init(0, 1)(key, shape, np.float32))


def _unrolled_abstract(task, cfg) -> dict[tuple, Any]:
    """The task's parameter shapes in the unrolled layout (keys (stack, layer, ...))."""
    if cfg.model.scan_layers:
        unrolled = make_task(dataclasses.replace(
            cfg, model=dataclasses.replace(cfg.model, scan_layers=False)),
            getattr(task, "vocab_size", None))
        return _flat(unrolled.abstract_state().params)
    return _flat(task.abstract_state().params)


def _dense_params(run: RunDir, task, cfg, step: int | None) -> tuple[dict[tuple, np.ndarray], int]:
    """The dense run's parameters at `step` (default its newest), on the host, unrolled."""
    steps = run.checkpoint_steps()
    if not steps:
        raise UpcycleError(f"--from {run.path} has no checkpoint; train it first "
                           f"(gshard-jax train --workdir {run.path})")
    if step is not None and step not in steps:
        raise UpcycleError(f"--step {step}: {run.path} has checkpoints of steps "
                           f"{', '.join(map(str, steps))}; choose one of them")
    with run.checkpointer(keep=1_000_000) as checkpointer:  # a reader never prunes
        chosen = steps[-1] if step is None else step
        params = jax.device_get(checkpointer.restore_params(task.abstract_state().params, chosen))
    if cfg.model.scan_layers:
        params = unscan_params(params, task.stacks)
    return {k: np.asarray(v) for k, v in _flat(params).items()}, chosen


def _check_workdir(workdir: str) -> None:
    run = RunDir(workdir)
    if os.path.exists(workdir) and not os.path.isdir(workdir):
        raise UpcycleError(f"--workdir {workdir} is a file; give a new run directory")
    if os.path.exists(run.config_path) or run.checkpoint_steps():
        raise UpcycleError(f"--workdir {workdir} already holds a run; give a new directory")


def upcycle(from_dir: str, config_path: str, workdir: str,
            overrides: list[str] | tuple[str, ...] = (), *, noise: float = 0.0,
            step: int | None = None, quiet: bool = False) -> dict:
    """Writes the MoE run `workdir` (checkpoint step 0) upcycled from the dense run
    `from_dir` at `step` (default: its newest checkpoint), with the config file's CONFIG and
    `overrides`. Returns the record written to upcycle.json. UpcycleError or ConfigError
    before anything is written."""
    if not 0.0 <= noise < float("inf"):
        raise UpcycleError(f"--noise {noise}: give a finite standard deviation >= 0 (a fraction "
                           "of each matrix's RMS, e.g. 0.01), or 0 for exact copies")
    dense_cfg, cls = read_source(from_dir)
    moe_cfg = apply_overrides(load_config_file(config_path, cls),
                              [*overrides, f"run.workdir={workdir}"])
    _check_moe_config(moe_cfg, dense_cfg)
    _check_workdir(workdir)
    source = RunDir(from_dir, cls)
    vocab = source.read_char_vocab()
    vocab_size = len(vocab["chars"]) if vocab else None
    dense_task = make_task(dense_cfg, vocab_size)
    dense, chosen = _dense_params(source, dense_task, dense_cfg, step)
    moe_task = make_task(moe_cfg, vocab_size)
    params = upcycled_params(dense, _unrolled_abstract(moe_task, moe_cfg),
                             seed=moe_cfg.train.seed, noise=noise)
    abstract = moe_task.abstract_state().params
    tensors = fit_to_layout(abstract, {k: LazyTensor(v.shape, lambda v=v: v)
                                       for k, v in params.items()},
                            moe_task.stacks, scan_period(moe_cfg.model.moe_every))
    note = _function_note(moe_cfg)
    record = {"from": os.path.abspath(from_dir), "step": chosen, "noise": noise,
              "router_init": "the MoE model's own (Glorot-uniform gate) from train.seed",
              "moe_layers": len({k[:-1] for k in params if k[-1] == "gate"}),
              "num_experts": moe_cfg.model.moe.num_experts,
              "same_function_at_init": note is None}
    created = not os.path.exists(workdir)
    try:
        count = write_initial_run(moe_cfg, tensors, abstract, source.tokenizer_file(), cls,
                                  {"kind": "upcycle", "source": record["from"], "step": chosen})
        run = RunDir(workdir, cls)
        if vocab is not None:
            run.write_char_vocab(vocab)
        run.write_json(RECORD, record)
    except BaseException:
        if created:  # an upcycle cut short leaves nothing behind
            shutil.rmtree(workdir, ignore_errors=True)
        raise
    if not quiet:
        if note:
            print(note, file=sys.stderr)
        print(f"upcycle: {from_dir} step {chosen} -> {workdir} ({record['moe_layers']} MoE "
              f"layers of {record['num_experts']} experts, {count:,} parameters, checkpoint "
              "step 0)", file=sys.stderr)
    return record
