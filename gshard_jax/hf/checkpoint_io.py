"""Hugging Face checkpoint directories on disk: config.json and safetensors, read and written.

A directory written by `save_pretrained` holds config.json, then either one
`model.safetensors` or several `model-0000i-of-0000N.safetensors` listed by
`model.safetensors.index.json` ({"weight_map": {tensor name: file name}}), and often the
tokenizer's `tokenizer.model` (SentencePiece). `TensorReader` opens every file's header first
(names, dtypes, shapes, byte ranges) and checks each file holds all the bytes its header
promises, so a missing or truncated file is reported before anything is converted or
written; tensors are then read one at a time, as float32 NumPy arrays (bfloat16 and float16
upcast exactly). `write_safetensors` writes tensors one shard at a time, then the index.

A safetensors file is an 8-byte little-endian header length, a JSON header
{name: {"dtype", "shape", "data_offsets": [begin, end]}} and the data those offsets address.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
from typing import Callable, Iterable, Iterator

import numpy as np

from gshard_jax.errors import UserError

CONFIG_FILE = "config.json"  # an HF model directory's config (not a run directory's)
TOKENIZER_FILE = "tokenizer.model"  # the SentencePiece model that comes with a checkpoint
# Names a checkpoint's SentencePiece model goes by (T5 and Switch ship spiece.model).
TOKENIZER_FILES = (TOKENIZER_FILE, "spiece.model")
SINGLE_FILE = "model.safetensors"
INDEX_FILE = "model.safetensors.index.json"

# safetensors dtype -> NumPy dtype ("BF16" is read through ml_dtypes, which NumPy lacks).
_DTYPES = {"F64": np.float64, "F32": np.float32, "F16": np.float16, "I64": np.int64,
           "I32": np.int32, "I16": np.int16, "I8": np.int8, "U8": np.uint8, "BOOL": np.bool_}


class HFError(UserError, ValueError):
    """A Hugging Face directory or config that cannot be imported or exported as asked (the
    message names the file or field and the fix)."""


def read_config(directory: str) -> dict:
    """config.json of an HF model directory as a dict; HFError if missing or not JSON."""
    path = os.path.join(directory, CONFIG_FILE)
    if not os.path.isdir(directory):
        raise HFError(f"--from {directory} is not a directory; give the directory "
                      "save_pretrained wrote (config.json and *.safetensors)")
    if not os.path.isfile(path):
        raise HFError(f"{directory} has no {CONFIG_FILE}; give the directory save_pretrained "
                      "wrote (it holds config.json next to the *.safetensors files)")
    try:
        with open(path) as f:
            config = json.load(f)
    except (OSError, ValueError) as error:
        raise HFError(f"{path} is not readable JSON ({error}); re-save the model with "
                      "save_pretrained") from None
    if not isinstance(config, dict):
        raise HFError(f"{path} holds a JSON {type(config).__name__}, not an object")
    return config


def write_config(directory: str, config: dict) -> None:
    with open(os.path.join(directory, CONFIG_FILE), "w") as f:
        json.dump(config, f, indent=2, sort_keys=True)
        f.write("\n")


def tokenizer_file(directory: str) -> str | None:
    """The directory's SentencePiece model file (any of TOKENIZER_FILES), or None."""
    for name in TOKENIZER_FILES:
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            return path
    return None


def copy_tokenizer(model_file: str, directory: str, name: str = TOKENIZER_FILE) -> None:
    shutil.copyfile(model_file, os.path.join(directory, name))


def _read_header(path: str) -> tuple[dict, int]:
    """(header {name: entry}, offset of the data) of one safetensors file, checked against
    the file's size; HFError naming the file if it is missing, cut short or not safetensors."""
    if not os.path.isfile(path):
        raise HFError(f"{path} is missing; the checkpoint is incomplete: download or save "
                      "every file the index lists")
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(8)
        if len(head) < 8:
            raise HFError(f"{path} is truncated ({size} bytes, not even a header); download "
                          "or save it again")
        (length,) = struct.unpack("<Q", head)
        if 8 + length > size:
            raise HFError(f"{path} is truncated: its header needs {length} bytes but the file "
                          f"has {size - 8} after the length; download or save it again")
        try:
            header = json.loads(f.read(length))
        except ValueError:
            raise HFError(f"{path} is not a safetensors file (unreadable header)") from None
    header.pop("__metadata__", None)
    end = max((entry["data_offsets"][1] for entry in header.values()), default=0)
    if 8 + length + end > size:
        raise HFError(f"{path} is truncated: its tensors need {8 + length + end:,} bytes, the "
                      f"file has {size:,}; download or save it again")
    return header, 8 + length


class TensorReader:
    """The tensors of an HF directory (one safetensors file, or the shards of an index): their
    names and shapes at once, their values one at a time (`get`)."""

    def __init__(self, directory: str):
        index_path = os.path.join(directory, INDEX_FILE)
        if os.path.isfile(index_path):
            try:
                with open(index_path) as f:
                    weight_map = json.load(f)["weight_map"]
            except (OSError, ValueError, KeyError, TypeError) as error:
                raise HFError(f"{index_path} is not a safetensors index ({error!r}); re-save "
                              "the model with save_pretrained") from None
            files = sorted(set(weight_map.values()))
        elif os.path.isfile(os.path.join(directory, SINGLE_FILE)):
            files = [SINGLE_FILE]
        else:
            raise HFError(f"{directory} holds neither {SINGLE_FILE} nor {INDEX_FILE}; give a "
                          "directory save_pretrained wrote with safetensors (the default)")
        self._where: dict[str, tuple[str, dict, int]] = {}
        for name in files:
            path = os.path.join(directory, name)
            header, data_start = _read_header(path)
            for tensor, entry in header.items():
                self._where[tensor] = (path, entry, data_start)

    def names(self) -> list[str]:
        return sorted(self._where)

    def shape(self, name: str) -> tuple[int, ...]:
        return tuple(self._where[name][1]["shape"])

    def __contains__(self, name: str) -> bool:
        return name in self._where

    def get(self, name: str) -> np.ndarray:
        """The tensor `name` as float32 (integers and booleans as stored)."""
        path, entry, data_start = self._where[name]
        dtype = entry["dtype"]
        if dtype == "BF16":  # NumPy has no bfloat16: read the bytes, view them via ml_dtypes
            import ml_dtypes
            begin, end = entry["data_offsets"]
            raw = np.fromfile(path, np.uint8, count=end - begin, offset=data_start + begin)
            value = raw.view(ml_dtypes.bfloat16).reshape(entry["shape"])
        elif dtype in _DTYPES:
            from safetensors import safe_open
            with safe_open(path, framework="numpy") as f:
                value = f.get_tensor(name)
        else:
            raise HFError(f"{path}: tensor {name} has dtype {dtype}, which the importer does "
                          "not read; save the model in float32, bfloat16 or float16")
        return value.astype(np.float32) if np.issubdtype(value.dtype, np.floating) or dtype == "BF16" else value


def write_safetensors(directory: str, tensors: Iterable[tuple[str, Callable[[], np.ndarray]]],
                      max_shard_bytes: int = 2 * 1024 ** 3) -> list[str]:
    """Writes (name, thunk giving the array) pairs in order into shards of about
    max_shard_bytes: one `model.safetensors`, or `model-0000i-of-0000N.safetensors` plus
    `model.safetensors.index.json`; returns the files. Each tensor's bytes go to disk as soon
    as its thunk returns, so the host holds one converted tensor at a time, not a shard."""
    temporary, weight_map, total = [], {}, 0
    shard: _ShardWriter | None = None
    for name, make in tensors:
        array = np.ascontiguousarray(make())
        if shard is not None and shard.nbytes and shard.nbytes + array.nbytes > max_shard_bytes:
            temporary.append(shard.finish())
            shard = None
        if shard is None:
            shard = _ShardWriter(os.path.join(directory, f".shard-{len(temporary)}.partial"))
        shard.add(name, array)
        total += array.nbytes
        del array
    if shard is not None:
        temporary.append(shard.finish())
    count = len(temporary)
    files = [SINGLE_FILE] if count == 1 else [f"model-{i + 1:05d}-of-{count:05d}.safetensors"
                                             for i in range(count)]
    for (path, names), final in zip(temporary, files):
        os.replace(path, os.path.join(directory, final))
        weight_map.update({name: final for name in names})
    if count > 1:
        with open(os.path.join(directory, INDEX_FILE), "w") as f:
            json.dump({"metadata": {"total_size": total}, "weight_map": weight_map}, f, indent=2)
    return files


_SAFETENSORS_DTYPES = {np.dtype(v): k for k, v in _DTYPES.items()}


class _ShardWriter:
    """One safetensors file written a tensor at a time: the data go to a side file as they
    come, and `finish` writes the header (known only then) followed by the data, copied in
    chunks."""

    def __init__(self, path: str):
        self.path, self.nbytes = path, 0
        self._data = open(path + ".data", "wb")
        self._header: dict = {"__metadata__": {"format": "pt"}}

    def add(self, name: str, array: np.ndarray) -> None:
        if array.dtype not in _SAFETENSORS_DTYPES:
            raise HFError(f"tensor {name} has dtype {array.dtype}, which safetensors export "
                          "does not write")
        self._header[name] = {"dtype": _SAFETENSORS_DTYPES[array.dtype],
                              "shape": list(array.shape),
                              "data_offsets": [self.nbytes, self.nbytes + array.nbytes]}
        self._data.write(memoryview(array.reshape(-1)).cast("B"))
        self.nbytes += array.nbytes

    def finish(self) -> tuple[str, list[str]]:
        """(the file's path, its tensors' names in order)."""
        self._data.close()
        header = json.dumps(self._header, separators=(",", ":")).encode()
        header += b" " * (-len(header) % 8)  # the data start 8-byte aligned, as safetensors does
        with open(self.path, "wb") as out, open(self.path + ".data", "rb") as data:
            out.write(struct.pack("<Q", len(header)))
            out.write(header)
            shutil.copyfileobj(data, out, 64 * 1024 * 1024)
        os.remove(self.path + ".data")
        return self.path, [n for n in self._header if n != "__metadata__"]


def iter_tensors(reader: TensorReader) -> Iterator[tuple[str, np.ndarray]]:
    """Every tensor of a reader, one at a time (for tests and inspection)."""
    for name in reader.names():
        yield name, reader.get(name)
