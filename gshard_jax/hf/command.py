"""`gshard-jax import-hf` and `export-hf`: a Hugging Face directory <-> a run directory.

`import_hf` dispatches on config.json's `architectures` through `CONVERTERS` (a converter
per architecture, see converter.py), checks everything it can before it writes (the config
maps, every tensor is present with its shape, the files are whole, the run directory is
empty), then writes an ordinary run: config.json, the tokenizer when the checkpoint has one,
and an Orbax checkpoint at step 0 holding the parameters alone (laid out on the config's mesh
and in its `model.scan_layers` layout; training initialises the optimiser when it starts from
it: engine/start.py's `write_params_start`), which `lm generate`,
`lm train` (continuing), `plan` and `shard-report` take like any other run. Parameters are
converted and placed one at a time, so host memory peaks near one copy of the model plus the
largest tensor. `export_hf` reads the parameters alone of a run's newest checkpoint onto the host and writes
config.json, sharded safetensors with their index and the tokenizer (what `from_pretrained`
loads), converting and writing one tensor at a time.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any

import jax
import numpy as np

from gshard_jax.config import Config, ConfigError
from gshard_jax.engine.checkpoint import CheckpointError
from gshard_jax.engine.rundir import RunDir, RunDirError
from gshard_jax.engine.start import host_params_like, write_params_start
from gshard_jax.hf import mixtral, switch
from gshard_jax.hf.checkpoint_io import (
    HFError, TensorReader, copy_tokenizer, read_config, tokenizer_file, write_config,
    write_safetensors,
)
from gshard_jax.hf.converter import Converter, LazyTensor
from gshard_jax.model.stack import scan_period, unscan_params

# config.json's `architectures[0]` -> its converter. Another architecture registers here.
CONVERTERS: dict[str, Converter] = {mixtral.ARCHITECTURE: mixtral.CONVERTER,
                                    **{c.architecture: c for c in switch.CONVERTERS}}


def converter_for(hf_config: dict, directory: str) -> Converter:
    """The converter of config.json's architecture; HFError naming it when there is none."""
    names = hf_config.get("architectures") or []
    known = ", ".join(sorted(CONVERTERS))
    if not names:
        raise HFError(f"{directory}/config.json names no architectures; gshard_jax imports "
                      f"{known}")
    if names[0] not in CONVERTERS:
        raise HFError(f"{directory}/config.json is a {names[0]}; gshard_jax imports {known} "
                      "only")
    return CONVERTERS[names[0]]


def _check_empty(path: str, flag: str) -> None:
    if os.path.isdir(path) and os.listdir(path):
        holds = "a run" if os.path.exists(RunDir(path).config_path) else "files"
        raise HFError(f"{flag} {path} already holds {holds}; give a new or empty directory")
    if os.path.exists(path) and not os.path.isdir(path):
        raise HFError(f"{flag} {path} is a file; give a new or empty directory")


def fit_to_layout(abstract_params: Any, unrolled: dict[tuple, LazyTensor],
                  stacks: tuple[str, ...], period: int) -> dict[tuple, LazyTensor]:
    """Unrolled tensors (keys (stack, layer, ...), as an unrolled model's pure dict) in the
    task's layout: a scanned stack's leaf (stack, 'repeated', j, ...) stacks layers j,
    j + period, ...; HFError when the model's parameters and the tensors disagree (a --set
    that changed the shape). Shared by import-hf and upcycle."""
    out, problems, used = {}, [], set()
    for path, leaf in jax.tree_util.tree_flatten_with_path(abstract_params)[0]:
        keys = tuple(getattr(k, "key", getattr(k, "idx", k)) for k in path)
        scanned = len(keys) > 2 and keys[0] in stacks and keys[1] == "repeated"
        sources = ([(keys[0], p * period + keys[2]) + keys[3:] for p in range(leaf.shape[0])]
                   if scanned else [keys])
        if any(s not in unrolled for s in sources):
            problems.append(f"{'/'.join(map(str, keys))} has no source")
            continue
        parts = [unrolled[s] for s in sources]
        shape = (len(parts),) + parts[0].shape if scanned else parts[0].shape
        if shape != tuple(leaf.shape):
            problems.append(f"{'/'.join(map(str, keys))}: the model wants {tuple(leaf.shape)}, "
                            f"the checkpoint gives {shape}")
            continue
        used.update(sources)
        out[keys] = LazyTensor(shape, _stacked(parts) if scanned else parts[0].load)
    problems += [f"{'/'.join(map(str, s))} is not a parameter of the model"
                 for s in sorted(set(unrolled) - used, key=str)]
    if problems:
        raise HFError("the checkpoint's tensors do not fit the configured model (did a --set "
                      "change its shape?): " + "; ".join(problems[:8]))
    return out


def _stacked(parts: list[LazyTensor]):
    def load():
        out = np.empty((len(parts),) + parts[0].shape, np.float32)
        for i, part in enumerate(parts):
            out[i] = part.load()
        return out
    return load


def _nest(flat: dict[tuple, Any]) -> dict:
    tree: dict = {}
    for keys, value in flat.items():
        node = tree
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = value
    return tree


def import_hf(from_dir: str, workdir: str, overrides: list[str] | tuple[str, ...] = (),
              quiet: bool = False) -> dict:
    """Converts the HF directory `from_dir` into a new run directory `workdir` (checkpoint at
    step 0); returns {'architecture', 'parameters', 'workdir'}. HFError (or ConfigError,
    for a bad --set) before anything is written."""
    hf_config = read_config(from_dir)
    converter = converter_for(hf_config, from_dir)
    tokenizer = tokenizer_file(from_dir)
    cfg = converter.config_from_hf(hf_config, [*overrides, f"run.workdir={workdir}"])
    if tokenizer is not None and isinstance(cfg, Config):
        _check_translation_tokenizer(cfg, tokenizer)
    if tokenizer is not None and getattr(cfg.data, "tokenizer", None) == "none":
        cfg = _with_tokenizer(cfg, tokenizer)
    _check_empty(workdir, "--workdir")
    reader = TensorReader(from_dir)
    task = converter.make_task(cfg)
    abstract = task.abstract_state().params
    tensors = fit_to_layout(abstract, converter.params_from_hf(cfg, reader), task.stacks,
                            scan_period(cfg.model.moe_every))
    created = not os.path.exists(workdir)
    try:
        count = write_initial_run(cfg, tensors, abstract, tokenizer, converter.config_cls, {
            "kind": "hf", "source": os.path.abspath(from_dir),
            "architecture": converter.architecture})
    except BaseException:
        if created:  # a conversion cut short leaves nothing behind
            shutil.rmtree(workdir, ignore_errors=True)
        raise
    return _report(cfg, converter, count, quiet)


def _check_translation_tokenizer(cfg: Config, model_file: str) -> None:
    """A translation run's tokenizer needs T5's special ids and no more pieces than ids."""
    from gshard_jax.data.tokenizer import Tokenizer

    try:
        pieces = Tokenizer(model_file).vocab_size
    except (ValueError, RuntimeError, OSError) as error:
        raise HFError(f"{model_file} cannot be the run's tokenizer ({error}); a translation "
                      "run needs a SentencePiece model with pad=0, eos=1, unk=2 (T5's)") from None
    if pieces > cfg.model.vocab_size:
        raise HFError(f"{model_file} has {pieces} pieces but config.json's vocab_size is "
                      f"{cfg.model.vocab_size}; the tokenizer belongs to another model")


def _with_tokenizer(cfg, model_file: str):
    """data.tokenizer=sentencepiece for a checkpoint that comes with tokenizer.model."""
    import dataclasses

    from gshard_jax.data.pieces import PieceVocab
    pieces = PieceVocab(model_file).size
    if pieces > cfg.model.vocab_size:
        raise HFError(f"{model_file} has {pieces} pieces but config.json's vocab_size is "
                      f"{cfg.model.vocab_size}; the tokenizer belongs to another model")
    return dataclasses.replace(cfg, data=dataclasses.replace(cfg.data, tokenizer="sentencepiece"))


def write_initial_run(cfg, tensors: dict[tuple, LazyTensor], abstract: Any,
                      tokenizer: str | None, config_cls: type, origin: dict) -> int:
    """Writes a new run directory cfg.run.workdir: the tokenizer (if given), config.json,
    started_from.json = `origin` and a parameters-only step-0 checkpoint of `tensors` (keys as
    `abstract`'s leaves, in its layout), placed on the mesh one tensor at a time; the optimiser
    starts when training does (engine/start.py). Returns the parameter count. Shared by
    import-hf and upcycle."""
    shardings = {tuple(getattr(k, "key", k) for k in path): leaf.sharding
                 for path, leaf in jax.tree_util.tree_flatten_with_path(abstract)[0]}
    placed, count = {}, 0
    for keys, tensor in tensors.items():
        host = tensor.load()  # the one converted tensor held on the host at a time
        placed[keys] = jax.device_put(host, shardings[keys])
        count += host.size
        del host
    run = RunDir(cfg.run.workdir, config_cls)
    if tokenizer is not None:
        run.save_tokenizer(tokenizer)
    write_params_start(run, cfg, _nest(placed), origin)
    return count


def _report(cfg, converter, count: int, quiet: bool) -> dict:
    if not quiet:
        print(f"import-hf: {converter.architecture}, {count:,} parameters -> {cfg.run.workdir} "
              "(checkpoint step 0)", file=sys.stderr)
    return {"architecture": converter.architecture, "parameters": count,
            "workdir": cfg.run.workdir}


def _run_converter(workdir: str) -> tuple[Converter, Any, dict]:
    """(converter, config, HF config) of the run in `workdir`; HFError when no converter
    represents it (each one's reason named)."""
    reasons = []
    for name, converter in CONVERTERS.items():
        try:
            cfg = RunDir(workdir, converter.config_cls).read_config()
        except ConfigError:
            reasons.append(f"{name}: the run's config is not a {converter.config_cls.__name__}")
            continue
        try:
            return converter, cfg, converter.hf_config_from(cfg)
        except HFError as error:
            reasons.append(f"{name}: {error}")
    raise HFError(f"{workdir} cannot be exported: " + "; ".join(reasons))


def _newest_params(run: RunDir, task) -> tuple[dict, int]:
    """(unrolled parameters as NumPy arrays on the host, step) of the run's newest checkpoint:
    the parameters alone (no optimiser state restored), in whichever `model.scan_layers`
    layout they were written; else the newest readable whole state (a damaged newest step
    is moved aside, as training would)."""
    layouts = (task, task.with_layout(not task.cfg.model.scan_layers))
    with run.checkpointer(keep=1_000_000) as checkpointer:  # a reader never prunes
        step = checkpointer.latest_step()
        for layout in layouts:
            try:
                params = checkpointer.restore_params(
                    host_params_like(layout.abstract_state().params))
            except CheckpointError:
                continue
            scanned = layout.cfg.model.scan_layers
            return (unscan_params(params, task.stacks) if scanned else params), int(step)
    state, step = run.restore(task.abstract_state(), task.restore_other_layout)
    params = jax.device_get(state.params)
    return (unscan_params(params, task.stacks) if task.cfg.model.scan_layers else params), step


def export_hf(workdir: str, to_dir: str, max_shard_bytes: int = 2 * 1024 ** 3,
              quiet: bool = False) -> dict:
    """Writes the run's newest checkpoint as an HF directory `to_dir` (config.json, safetensors
    and index, tokenizer.model); returns {'architecture', 'step', 'files'}."""
    run = RunDir(workdir)
    if not os.path.exists(run.config_path):
        raise RunDirError(f"{workdir} holds no run (no config.json); give a run directory "
                          "(e.g. one import-hf or lm train wrote)")
    converter, cfg, hf_config = _run_converter(workdir)
    _check_empty(to_dir, "--to")
    task = converter.make_task(cfg)
    params, step = _newest_params(RunDir(workdir, converter.config_cls), task)
    created = not os.path.exists(to_dir)
    os.makedirs(to_dir, exist_ok=True)
    try:
        files = write_safetensors(to_dir, converter.tensors_to_hf(cfg, params), max_shard_bytes)
        write_config(to_dir, hf_config)
        tokenizer = RunDir(workdir).tokenizer_file()
        if tokenizer is not None:
            copy_tokenizer(tokenizer, to_dir, converter.tokenizer_name)
    except BaseException:
        if created:
            shutil.rmtree(to_dir, ignore_errors=True)
        raise
    if not quiet:
        print(f"export-hf: {workdir} step {step} -> {to_dir} ({converter.architecture}, "
              f"{len(files)} safetensors file(s))", file=sys.stderr)
    return {"architecture": converter.architecture, "step": step, "files": files}
