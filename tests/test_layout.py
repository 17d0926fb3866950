"""The package's structure, drawn from its own imports: no module is imported back by a module
it imports, each room imports only the rooms below it, and one batch walks from the corpus to
the loss down the imports, never back up to a module it came from."""

import ast
import sys
from pathlib import Path

import jax
import numpy as np

import gshard_jax
from gshard_jax.data.pipeline import load_translation_data
from gshard_jax.task import ShardedTask
from tests.helpers import toy_train_config, write_toy_corpus

PACKAGE_DIR = Path(gshard_jax.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in PACKAGE_DIR.rglob("*.py")}


def _target(name: str) -> str | None:
    """The package module an import of `name` loads (a module, or the package it is in)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, set[str]]:
    """module -> the package modules it imports (module-level and function-level imports)."""
    graph = {}
    for module, path in MODULES.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            targets |= {t for n in names if n.startswith("gshard_jax") and (t := _target(n))}
        graph[module] = targets - {module, "gshard_jax"}
    return graph


def _reachable(graph, start) -> set[str]:
    seen, todo = set(), list(graph[start])
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo += graph[node]
    return seen


def test_no_module_is_imported_back_by_a_module_it_imports():
    graph = import_graph()
    cycles = [(m, t) for m in graph for t in graph[m] if m in _reachable(graph, t)]
    assert not cycles, f"import cycles through: {cycles}"


# Rooms, bottom to top (README's design section): a module may import its own room and the
# rooms below it, never a room above.
ROOMS = [
    ("foundation", ("gshard_jax.vocab", "gshard_jax.config")),
    ("axes", ("gshard_jax.model.axes",)),
    ("sharding", ("gshard_jax.sharding",)),
    ("model", ("gshard_jax.model",)),
    ("data", ("gshard_jax.data",)),
    ("task", ("gshard_jax.task", "gshard_jax.checkpoint", "gshard_jax.tracking",
              "gshard_jax.distributed", "gshard_jax.lm_task")),
    ("decoding", ("gshard_jax.decode", "gshard_jax.translate", "gshard_jax.bleu",
                  "gshard_jax.lm_generate")),
    ("run", ("gshard_jax.rundir", "gshard_jax.evaluation")),
    ("training", ("gshard_jax.training", "gshard_jax.demo", "gshard_jax.distill",
                  "gshard_jax.lm_training")),
    ("cli", ("gshard_jax.cli",)),
]


def _room(module: str) -> int:
    best = None
    for rank, (_, prefixes) in enumerate(ROOMS):
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (rank, len(prefix))
    assert best is not None, f"{module} belongs to no room; add it to ROOMS and the README"
    return best[0]


def test_each_room_imports_only_rooms_below_it():
    graph = import_graph()
    upward = [(m, t) for m in graph if m != "gshard_jax" for t in graph[m] if _room(t) > _room(m)]
    assert not upward, f"imports that climb to a higher room: {upward}"


_MODULE_OF_FILE: dict[str, str | None] = {}


def _module_of(frame) -> str | None:
    """The package module a frame runs in, None outside gshard_jax (cached: called per call)."""
    filename = frame.f_code.co_filename
    if filename not in _MODULE_OF_FILE:
        path = Path(filename).resolve()
        _MODULE_OF_FILE[filename] = (_module_name(path) if path.is_relative_to(PACKAGE_DIR)
                                     else None)
    return _MODULE_OF_FILE[filename]


def test_one_batch_walks_from_corpus_to_loss_down_the_imports(tmp_path):
    corpus = write_toy_corpus(tmp_path / "toy.tsv", pairs=200)
    cfg = toy_train_config(corpus, tmp_path / "run", 1, cache_dir=tmp_path / "cache")
    task = ShardedTask(cfg)
    params, shards = task.init_state(0).params, task.data_shards
    calls: list[tuple[str, str]] = []

    def profile(frame, event, arg):
        if event != "call" or (callee := _module_of(frame)) is None:
            return
        caller = frame.f_back
        while caller is not None and _module_of(caller) is None:
            caller = caller.f_back  # through jax/flax frames to the package code that called
        if caller is not None and _module_of(caller) != callee:
            calls.append((_module_of(caller), callee))

    sys.setprofile(profile)
    try:
        data = load_translation_data(cfg, verbose=False)
        batch = next(data.train_batches(shards))
        loss, _ = task.loss(params, task.shard_batch(batch), jax.random.key(0))
    finally:
        sys.setprofile(None)
    assert np.isfinite(float(loss))
    graph = import_graph()
    climbs = sorted({(a, b) for a, b in calls if b not in _reachable(graph, a)})
    assert not climbs, f"calls back up to a module that is not below the caller: {climbs}"
    first_visits = list(dict.fromkeys(b for _, b in calls))
    walk = ["gshard_jax.data.corpus", "gshard_jax.data.tokenizer", "gshard_jax.data.batching",
            "gshard_jax.sharding.partition", "gshard_jax.model.transformer",
            "gshard_jax.model.attention", "gshard_jax.model.gating"]
    assert [m for m in first_visits if m in walk] == walk, first_visits
