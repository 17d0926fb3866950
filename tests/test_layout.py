"""The package's structure, drawn from its own imports and calls: no module is imported back by a
module it imports, no package is imported back by a package it imports, each room imports only
the rooms below it, and the two walks a newcomer takes through the code (`gshard-jax train` up
to the first optimiser update; `gshard-jax translate` from a stdin line to a stdout line)
return to a module already read fewer than 10 times each.
"""

import ast
import io
import sys
from pathlib import Path

import jax
import numpy as np
import pytest

import gshard_jax
from gshard_jax.data.pipeline import load_translation_data
from gshard_jax.translation.task import TranslationTask
from tests.helpers import toy_train_config, write_config_file, write_toy_corpus

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


# Rooms, bottom to top (docs/design.md): a module may import its own room and the rooms below
# it, never a room above. translation/ and lm/ are two applications on the engine: neither
# imports the other.
ROOMS = [
    ("foundation", ("gshard_jax.vocab", "gshard_jax.axes", "gshard_jax.errors",
                    "gshard_jax.config")),
    ("sharding", ("gshard_jax.sharding",)),
    ("model", ("gshard_jax.model",)),
    ("data", ("gshard_jax.data",)),
    ("engine", ("gshard_jax.engine",)),
    ("applications", ("gshard_jax.translation", "gshard_jax.lm", "gshard_jax.plan")),
    ("interop", ("gshard_jax.hf",)),
    ("upcycle", ("gshard_jax.upcycle",)),  # a dense run into an MoE run, via hf's run writer
    ("cli", ("gshard_jax.cli", "gshard_jax.startup")),
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


def _package(module: str) -> str:
    """The package a module belongs to: gshard_jax.engine.task -> 'engine'; top-level modules
    (cli, axes, vocab) are packages of their own."""
    return module.split(".")[1] if "." in module else module


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, targets in import_graph().items():
        if module == "gshard_jax":
            continue
        graph.setdefault(_package(module), set()).update(
            _package(t) for t in targets if _package(t) != _package(module))
    return graph


def test_no_package_is_imported_back_by_a_package_it_imports():
    graph = package_graph()
    cycles = [(p, q) for p in graph for q in graph[p] if p in _reachable(graph, q)]
    assert not cycles, f"package cycles through: {cycles}"
    assert "lm" not in graph["translation"] and "translation" not in graph["lm"]


def test_the_engine_knows_no_application_model():
    """engine/ is generic: the applications' tasks extend it, it imports none of them."""
    graph = import_graph()
    specific = ("gshard_jax.translation", "gshard_jax.lm", "gshard_jax.model.transformer",
                "gshard_jax.model.lm")
    found = [(m, t) for m in graph if m.startswith("gshard_jax.engine")
             for t in graph[m] if t.startswith(specific)]
    assert not found, f"engine modules importing an application or its model: {found}"


def test_every_bad_input_error_is_a_user_error():
    """The CLI catches one class (exit 2): every error class of the package is a UserError,
    except a training failure (exit 3), which is not bad input."""
    import importlib

    from gshard_jax.errors import UserError

    not_input = {"NonFiniteLossError"}
    found = []
    for module, path in MODULES.items():
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                found.append(getattr(importlib.import_module(module), node.name))
    assert len(found) >= 13, found
    wrong = [c for c in found if issubclass(c, UserError) == (c.__name__ in not_input)]
    assert not wrong, f"error classes on the wrong side of UserError: {wrong}"


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
    task = TranslationTask(cfg)
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
            "gshard_jax.model.attention", "gshard_jax.model.routing"]
    assert [m for m in first_visits if m in walk] == walk, first_visits


# -- the two walks ---------------------------------------------------------------------------

class Walk:
    """Records, in order, each first call from one package module into another: a hop.
    A hop into a module already visited is a return (`returns`). Module-level code (imports)
    is not followed; calls made by jax or flax on the package's behalf are attributed to the
    package frame that started them. `stop(frame)` ends the walk at a call outside the package
    (e.g. the optimiser's update)."""

    def __init__(self, start: str, stop=None):
        self.start, self.stop, self.done = start, stop, False
        self.hops: list[tuple[str, str]] = []

    def __call__(self, frame, event, arg):
        if self.done or event != "call" or frame.f_code.co_name == "<module>":
            return
        callee, caller = _module_of(frame), frame.f_back
        while caller is not None and _module_of(caller) is None:
            caller = caller.f_back
        if caller is None:
            return
        if callee is None:
            self.done = self.stop is not None and self.stop(frame)
            return
        hop = (_module_of(caller), callee)
        if hop[0] != hop[1] and hop not in self.hops:
            self.hops.append(hop)

    @property
    def returns(self) -> list[tuple[str, str]]:
        visited, returns = {self.start}, []
        for hop in self.hops:
            if hop[1] in visited:
                returns.append(hop)
            visited.add(hop[1])
        return returns

    def summary(self, name: str) -> str:
        modules = {self.start} | {b for _, b in self.hops}
        return (f"{name}: {len(self.hops)} hops through {len(modules)} modules, "
                f"{len(self.returns)} returns to a module already read: "
                + ", ".join(f"{a} -> {b}" for a, b in self.returns))


def _optimiser_update(frame) -> bool:
    return "optax" in frame.f_code.co_filename and frame.f_code.co_name in ("update", "update_fn")


@pytest.fixture(scope="module")
def toy_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("walk")
    corpus = write_toy_corpus(tmp / "toy.tsv", pairs=200)
    cfg = toy_train_config(corpus, tmp / "run", 2, cache_dir=tmp / "cache")
    return write_config_file(cfg, tmp / "toy_config.py"), tmp / "run"


def _traced(walk: Walk, argv: list[str]) -> int:
    from gshard_jax.cli import main
    sys.setprofile(walk)
    try:
        return main(argv)
    finally:
        sys.setprofile(None)


def test_train_walk_to_the_optimiser_update_rarely_returns(toy_run, capsys):
    config_file, _ = toy_run
    walk = Walk("gshard_jax.cli", stop=_optimiser_update)
    assert _traced(walk, ["train", "--config", config_file, "--no-eval"]) == 0
    assert walk.done, "the walk never reached the optimiser's update"
    with capsys.disabled():
        print("\n" + walk.summary("gshard-jax train -> optimiser update"))
    # The walk passes the layers a batch meets, in order, down the imports.
    first_visits = list(dict.fromkeys(b for _, b in walk.hops))
    for earlier, later in [("gshard_jax.config.fields", "gshard_jax.translation.train"),
                           ("gshard_jax.engine.task", "gshard_jax.data.pipeline"),
                           ("gshard_jax.data.pipeline", "gshard_jax.model.routing")]:
        assert first_visits.index(earlier) < first_visits.index(later), first_visits
    assert len(walk.returns) < 10, walk.summary("train")


def test_translate_walk_from_stdin_to_stdout_rarely_returns(toy_run, capsys, monkeypatch):
    _, workdir = toy_run  # trained by the test above (or now, when run alone)
    if not (workdir / "checkpoints").exists():
        _traced(Walk("gshard_jax.cli"), ["train", "--config", toy_run[0], "--no-eval"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"the red dog\n")))
    walk = Walk("gshard_jax.cli")
    assert _traced(walk, ["translate", "--workdir", str(workdir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].strip(), out  # one input line, one translation
    with capsys.disabled():
        print("\n" + walk.summary("gshard-jax translate (stdin line -> stdout line)"))
    assert "gshard_jax.data.corpus" not in {b for _, b in walk.hops}, "translate read the corpus"
    assert len(walk.returns) < 10, walk.summary("translate")


RUN_FILE_NAMES = ("config.json", "summary.json", "metrics.jsonl", "metrics.superseded.jsonl",
                  "tensorboard", "tokenizer.model",
                  "vocab.json", "mlflow.db", "mlflow_run.json", "checkpoints", ".lock")


def test_run_directory_file_names_are_named_only_by_the_run_directory_module():
    """Every file of a run directory is named in engine/rundir.py alone (other modules ask a
    RunDir for the path), so moving or renaming one is a one-module change."""
    # A Hugging Face model directory's own files share two of these names (config.json,
    # tokenizer.model): hf/checkpoint_io.py names those, never a run directory's.
    named = sorted((module, node.value) for module, path in MODULES.items()
                   if module not in ("gshard_jax.engine.rundir", "gshard_jax.hf.checkpoint_io")
                   for node in ast.walk(ast.parse(path.read_text()))
                   if isinstance(node, ast.Constant) and node.value in RUN_FILE_NAMES)
    assert not named, f"run-directory file names outside engine/rundir.py: {named}"
    rundir_source = MODULES["gshard_jax.engine.rundir"].read_text()
    assert all(f'"{name}"' in rundir_source for name in RUN_FILE_NAMES)
