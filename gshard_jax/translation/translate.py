"""Translating with a trained run: load it, encode once, then beam or greedy search.

`load_trained` restores a run's newest checkpoint onto the mesh the config describes
(whatever mesh trained it) with the tokenizer the run directory carries, so a run directory
copied to another machine translates without its corpus.

The decoder runs incrementally: each step feeds one token per hypothesis and reuses the cached
self-attention keys/values of earlier positions (and the encoder's cross-attention keys/values),
so a sentence costs O(length) decoder steps of one token, not O(length^2).

`gshard-jax translate` keeps each batch shape's compiled translate function in a
`ProgramStore` (the CLI's cache directory), so a warm call neither builds the model nor traces
nor compiles: it loads the program, restores the parameters alone in the program's layout,
and runs it. The parameters come from the store's copy of the newest checkpoint's while that
checkpoint's files are unchanged (no Orbax; one copy per run directory, up to
PARAMS_COPY_LIMIT, written by the call that restored the checkpoint), else from the checkpoint.
Whatever the store lacks or cannot load is traced and compiled as without it (the same
programs, so the same translations); the model (flax, the optimiser) is imported only then.
"""

from __future__ import annotations

import hashlib
import os
from typing import Callable, Iterator, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from gshard_jax.config import Config, to_dict
from gshard_jax.data.pipeline import load_translation_data, source_prefix, target_languages
from gshard_jax.data.tokenizer import Tokenizer
from gshard_jax.engine.checkpoint import CheckpointError
from gshard_jax.engine.programs import ProgramStore, warn_once
from gshard_jax.engine.rundir import RunDir
from gshard_jax.translation.decode import beam_search, greedy_search
from gshard_jax.vocab import EOS_ID, PAD_ID


# Parameters up to this size are copied into the store (read back without Orbax); larger
# ones are read from the checkpoint each call rather than duplicated in the user's cache.
PARAMS_COPY_LIMIT = 256 * 2**20  # bytes


def make_translate_fn(task, beam_size: int, max_len: int, alpha: float = 0.6) -> Callable:
    """Returns jitted `fn(params, src [B, T]) -> tokens [B, max_len]` (best hypothesis).

    beam_size 1 is greedy search.
    """
    from gshard_jax.model.transformer import split_group_size

    shards = task.data_shards
    configured = task.cfg.model.moe.group_size

    def translate(params, src_BT):
        with task.sharding_context():
            model = task.model(params)
            batch, src_len = src_BT.shape
            beams = max(beam_size, 1)
            encoded_BTM, _ = model.encode(
                src_BT, moe_group_size=split_group_size(batch * src_len, shards, configured),
                moe_mode=task.moe_mode)
            # Rows batch-major (b * beam + k), as the search expects.
            state = model.init_decode_state(jnp.repeat(encoded_BTM, beams, axis=0),
                                            jnp.repeat(src_BT != PAD_ID, beams, axis=0), max_len)
            step_group_size = split_group_size(batch * beams, shards, configured)

            def tokens_to_logits(decoder_input_NL, t, self_kv):
                token_N = jax.lax.dynamic_index_in_dim(decoder_input_NL, t, axis=1, keepdims=False)
                logits_NV, new_state = model.decode_step(
                    token_N, t, state._replace(self_kv=self_kv), step_group_size, task.moe_mode)
                return logits_NV, new_state.self_kv

            # Only the self-attention cache follows the hypotheses; the cross-attention keys
            # are the same for every beam of a sentence.
            if beam_size <= 1:
                return greedy_search(tokens_to_logits, batch, max_len, cache=state.self_kv)
            sequences_BKL, _ = beam_search(tokens_to_logits, batch, beam_size, max_len,
                                           alpha=alpha, cache=state.self_kv)
            return sequences_BKL[:, 0]

    return jax.jit(translate, in_shardings=(task.param_shardings, task.batch_sharding))


class TracedPrograms:
    """The translate function of each batch shape, traced from `task` and compiled here."""

    def __init__(self, task, beam_size: int, alpha: float):
        self.task, self.beam_size, self.alpha = task, beam_size, alpha
        self._programs: dict[tuple, Callable] = {}

    @property
    def data_shards(self) -> int:
        return self.task.data_shards

    def __call__(self, params, src_BT: np.ndarray, out_len: int) -> np.ndarray:
        """tokens [B, out_len] of the sources src [B, T] (host arrays)."""
        key = (src_BT.shape, out_len)
        if key not in self._programs:
            self._programs[key] = self.compile(params, src_BT, out_len)
        return np.asarray(self._programs[key](params, src_BT))

    def compile(self, params, src_BT: np.ndarray, out_len: int) -> Callable:
        return make_translate_fn(self.task, self.beam_size, out_len, self.alpha)


class StoredPrograms(TracedPrograms):
    """`TracedPrograms` kept in a `ProgramStore`: each shape's program is loaded from it when it
    holds one, else compiled from the task (built on first need) and saved. A loaded program
    that fails to run is compiled afresh (and replaced)."""

    def __init__(self, cfg: Config, store: ProgramStore):
        super().__init__(None, cfg.run.beam_size, cfg.run.length_penalty)
        self.cfg, self.store = cfg, store
        layout = store.read_json("translate")
        shards = layout.get("data_shards") if isinstance(layout, dict) else None
        # A wrong count (a damaged file) only names batch shapes the store does not hold.
        self._data_shards = shards if isinstance(shards, int) and shards > 0 else None
        self._loaded: set[tuple] = set()  # programs read from the store, not compiled here

    @property
    def data_shards(self) -> int | None:
        """None until the store has a program or the task was built (a cold store)."""
        return self._data_shards

    def adopt(self, task) -> None:
        """Uses `task` (the run's, restored by the ordinary path) for any program to compile."""
        self.task, self._data_shards = task, task.data_shards
        self.store.write_json("translate", {"data_shards": task.data_shards})

    def load(self, src_BT: np.ndarray, out_len: int) -> Callable | None:
        program = self.store.load(_program_name(src_BT.shape, out_len))
        if program is not None:
            self._programs[(src_BT.shape, out_len)] = program
            self._loaded.add((src_BT.shape, out_len))
        return program

    def __call__(self, params, src_BT: np.ndarray, out_len: int) -> np.ndarray:
        key = (src_BT.shape, out_len)
        if key not in self._programs and self.load(src_BT, out_len) is None:
            self._programs[key] = self.compile(params, src_BT, out_len)
        try:
            return np.asarray(self._programs[key](params, src_BT))
        except Exception as error:  # a loaded program that does not run here: compile anew
            if key not in self._loaded:
                raise
            self._loaded.discard(key)
            warn_once(f"the cached program {_program_name(*key)} failed "
                      f"({type(error).__name__}: {str(error)[:200]})")
            self._programs[key] = self.compile(params, src_BT, out_len)
            return np.asarray(self._programs[key](params, src_BT))

    def compile(self, params, src_BT: np.ndarray, out_len: int) -> Callable:
        if self.task is None:
            from gshard_jax.translation.task import TranslationTask
            self.adopt(TranslationTask(self.cfg))
        return self.store.compile(_program_name(src_BT.shape, out_len),
                                  super().compile(params, src_BT, out_len), params, src_BT)

    def restore_params(self, run: RunDir, src_BT: np.ndarray, out_len: int):
        """The newest checkpoint's parameters, laid out as the stored program of this batch
        shape takes them: from the store's copy while the checkpoint is unchanged, else read
        from it (and copied, up to PARAMS_COPY_LIMIT bytes). None when there is no such program
        or the checkpoint does not restore that way (the ordinary path then restores it, or
        says why it cannot)."""
        program = self.load(src_BT, out_len)
        fingerprint = run.newest_checkpoint_fingerprint()
        if program is None or fingerprint is None:
            return None
        (params_info, _), _ = program.args_info
        (shardings, _), _ = program.input_shardings
        abstract, treedef = jax.tree.flatten(jax.tree.map(
            lambda info, sharding: jax.ShapeDtypeStruct(info.shape, info.dtype, sharding=sharding),
            params_info, shardings))
        name = _params_copy_name(fingerprint)
        copy = self.store.load_arrays(name, fingerprint)
        if copy is not None and [(a.shape, a.dtype) for a in copy] == [
                (a.shape, a.dtype) for a in abstract]:
            return jax.tree.unflatten(treedef, jax.device_put(copy, [a.sharding for a in abstract]))
        try:
            params = run.restore_newest_params(jax.tree.unflatten(treedef, abstract),
                                               fingerprint["step"])
        except CheckpointError:
            return None
        self._keep_params(fingerprint, params)
        return params

    def keep_params(self, run: RunDir, params, step: int) -> None:
        """Copies `params`, restored by the ordinary path from the checkpoint of `step`, into
        the store while that is still the newest checkpoint: so the next call (the first warm
        one) already reads the copy rather than the checkpoint."""
        fingerprint = run.newest_checkpoint_fingerprint()
        if fingerprint is not None and fingerprint["step"] == step:
            self._keep_params(fingerprint, params)

    def _keep_params(self, fingerprint: dict, params) -> None:
        leaves = jax.tree.leaves(params)
        if sum(x.size * x.dtype.itemsize for x in leaves) <= PARAMS_COPY_LIMIT:
            self.store.save_arrays(_params_copy_name(fingerprint),
                                   fingerprint, [np.asarray(x) for x in leaves])


def _params_copy_name(fingerprint: dict) -> str:
    """The store's name for a run directory's parameter copy (one per run directory)."""
    run_id = os.path.dirname(fingerprint["checkpoint"])
    return "params-" + hashlib.sha256(run_id.encode()).hexdigest()[:16]


def _program_name(src_shape: tuple[int, int], out_len: int) -> str:
    return f"translate-{src_shape[0]}x{src_shape[1]}-{out_len}"


def batches(sources: Sequence[list[int]], data_shards: int, max_len: int, batch_size: int = 32
            ) -> Iterator[tuple[list[int], np.ndarray, int]]:
    """(input positions, src [B, T] int32, output length) of each batch, sorted by length.

    Each batch is padded to `batch_size` rows rounded down to a multiple of the data shards;
    its source length is rounded up to a multiple of 8 and the output length is
    min(max_len, 2 * source length + 8).
    """
    batch_size = max(data_shards, batch_size // data_shards * data_shards)
    order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
    for start in range(0, len(order), batch_size):
        index = order[start:start + batch_size]
        src_len = max(8, -(-max(len(sources[i]) for i in index) // 8) * 8)
        src = np.zeros((batch_size, src_len), np.int32)
        for row, i in enumerate(index):
            ids = sources[i][:src_len]
            src[row, :len(ids)] = ids
        yield index, src, min(max_len, 2 * src_len + 8)


def translate_ids(task, params, sources: Sequence[list[int]], *, beam_size: int, alpha: float,
                  max_len: int, batch_size: int = 32, progress: Callable | None = None,
                  programs: TracedPrograms | None = None) -> list[list[int]]:
    """Translates token-id sequences in batches sorted by length (`batches`); returns ids in
    input order. programs: where each batch shape's compiled function comes from (default:
    traced from `task`, which is then the only use of it)."""
    programs = programs or TracedPrograms(task, beam_size, alpha)
    outputs: list[list[int]] = [[] for _ in sources]
    done = 0
    for index, src, out_len in batches(sources, programs.data_shards, max_len, batch_size):
        tokens = programs(params, src, out_len)
        for row, i in enumerate(index):
            outputs[i] = [int(t) for t in tokens[row] if t not in (PAD_ID, EOS_ID)]
        done += len(index)
        if progress is not None:
            progress(done, len(sources))
    return outputs


def _run_tokenizer(cfg: Config, run: RunDir) -> Tokenizer:
    """The run directory's tokenizer; a run trained before run directories carried one falls
    back to the corpus's cached tokenizer."""
    path = run.tokenizer_file()
    return Tokenizer(path) if path else load_translation_data(cfg, verbose=False).tokenizer


def load_trained(cfg: Config):
    """(task, params, tokenizer, step) of the run in cfg.run.workdir, on the mesh cfg.mesh
    describes."""
    from gshard_jax.translation.task import TranslationTask

    run = RunDir(cfg.run.workdir)
    tokenizer = _run_tokenizer(cfg, run)
    task = TranslationTask(cfg)
    state, step = run.restore(task.abstract_state(), task.restore_other_layout)
    return task, state.params, tokenizer, step


def translate_sentences(cfg: Config, sentences: Sequence[str], tgt_lang: str | None = None,
                        program_dir: str | None = None) -> list[str]:
    """Translations of `sentences` (one per input, in order) with the run's newest checkpoint;
    a multilingual run translates into `tgt_lang` (the CLI's --target-lang). program_dir:
    where compiled programs are kept between calls (module doc); None (or several processes)
    traces and compiles them in this process only."""
    run = RunDir(cfg.run.workdir)
    tokenizer = _run_tokenizer(cfg, run)
    prefix = source_prefix(tgt_lang, target_languages(cfg.data))
    sources = [tokenizer.encode(s, prefix) for s in sentences]
    search = dict(beam_size=cfg.run.beam_size, alpha=cfg.run.length_penalty,
                  max_len=cfg.run.max_decode_len)
    if program_dir is None or jax.process_count() > 1 or not sources:
        task, params, _, _ = load_trained(cfg)
        return [tokenizer.decode(x) for x in translate_ids(task, params, sources, **search)]
    config = to_dict(cfg)
    del config["run"]["workdir"]  # a run directory copied elsewhere keeps its programs
    identity = {"program": "translate", "config": config}
    programs = StoredPrograms(cfg, ProgramStore(program_dir, identity))
    params = None
    if programs.data_shards:
        _, src, out_len = next(batches(sources, programs.data_shards, search["max_len"]))
        params = programs.restore_params(run, src, out_len)
    cold = params is None  # a cold store, or a checkpoint only the ordinary path restores
    if cold:
        task, params, _, step = load_trained(cfg)
        programs.adopt(task)
    ids = translate_ids(None, params, sources, programs=programs, **search)
    if cold:
        programs.keep_params(run, params, step)
    return [tokenizer.decode(x) for x in ids]
