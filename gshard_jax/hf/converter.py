"""What one Hugging Face architecture's converter provides (`command.CONVERTERS` maps each
`architectures` name in config.json to one).

A converter is four functions and two hooks, all on plain data:

    config_from_hf(hf_config: dict, overrides: list[str]) -> config
        the gshard_jax config of the HF config.json (a `Config` or an `LMConfig`), with the
        `--set` overrides applied; HFError naming every HF field it cannot represent.
    params_from_hf(cfg, reader: TensorReader) -> {path: LazyTensor}
        every parameter of the model in its *unrolled* layout (`model.stack`): path is the
        key tuple into `nnx.to_pure_dict` (e.g. ('layers', 0, 'self_attention', 'query')),
        the value its shape and a thunk that reads and converts it from `reader`. Only names
        and shapes are checked here (HFError for a missing or misshapen tensor); nothing is
        read until a thunk runs, so the caller converts one tensor at a time.
    hf_config_from(cfg) -> dict
        the config.json of a run's config; HFError if the run is not of this architecture's
        shape (export refuses it).
    tensors_to_hf(cfg, params) -> iterable of (HF tensor name, thunk giving a NumPy array)
        params: the unrolled parameter tree of NumPy arrays.
    config_cls: the run directory's config class; make_task(cfg): its `ShardedTask`;
    tokenizer_name: the file name HF's tokenizer class reads (T5: spiece.model).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterable, NamedTuple

import numpy as np

from gshard_jax.hf.checkpoint_io import TOKENIZER_FILE


class LazyTensor(NamedTuple):
    """A parameter's shape, and a thunk that builds it (float32) when called."""

    shape: tuple[int, ...]
    load: Callable[[], np.ndarray]


@dataclasses.dataclass(frozen=True)
class Converter:
    """One architecture's conversion both ways (see the module docstring)."""

    architecture: str
    config_cls: type
    config_from_hf: Callable[[dict, list[str]], Any]
    params_from_hf: Callable[[Any, Any], dict[tuple, LazyTensor]]
    hf_config_from: Callable[[Any], dict]
    tensors_to_hf: Callable[[Any, dict], Iterable[tuple[str, Callable[[], np.ndarray]]]]
    make_task: Callable[[Any], Any]
    tokenizer_name: str = TOKENIZER_FILE  # the file export-hf writes the tokenizer to
