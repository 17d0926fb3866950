"""The field framework every config section is declared with: `setting(default, doc, ...)`
gives a field its meaning and accepted values (a `Spec`), and the functions here check a whole
config, apply `key=value` overrides, convert to and from dictionaries and load config files.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from typing import Any

from gshard_jax.errors import UserError


class ConfigError(UserError, ValueError):
    """A configuration value that cannot work, with the fix in the message."""


@dataclasses.dataclass(frozen=True)
class Spec:
    """What a field accepts beyond its type.

    choices: the allowed values (strings). low/high: numeric bounds (each item of a tuple);
    low_open/high_open make a bound exclusive. increasing: a tuple must be strictly increasing.
    nonempty: a string or tuple must not be empty.
    """

    doc: str
    choices: tuple = ()
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    increasing: bool = False
    nonempty: bool = False

    def describe(self) -> str:
        """The allowed values in words, e.g. 'one of gather, einsum' or 'in [0, 1)'."""
        if self.choices:
            return "one of " + ", ".join(map(str, self.choices))
        if self.low is not None and self.high is not None:
            return (f"in {'(' if self.low_open else '['}{_num(self.low)}, "
                    f"{_num(self.high)}{')' if self.high_open else ']'}")
        if self.low is not None:
            return f"{'>' if self.low_open else '>='} {_num(self.low)}"
        if self.high is not None:
            return f"{'<' if self.high_open else '<='} {_num(self.high)}"
        return "non-empty" if self.nonempty else "any value"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def setting(default: Any, doc: str, **spec: Any) -> Any:
    """A dataclass field with its meaning and accepted values (see `Spec`)."""
    return dataclasses.field(default=default, metadata={"spec": Spec(doc, **spec)})


def defaults(**values: Any):
    """Class decorator, under `@dataclasses.dataclass`: the subclass's inherited fields named
    here take new defaults, keeping their type, meaning and accepted values (a config that
    differs from its base only in defaults states only those)."""
    def with_defaults(cls: type) -> type:
        inherited = {f.name: f for f in dataclasses.fields(cls)}
        annotations = dict(cls.__dict__.get("__annotations__", {}))
        for name, value in values.items():
            if name not in inherited:
                raise TypeError(f"{cls.__name__} inherits no field {name!r}")
            annotations[name] = inherited[name].type
            setattr(cls, name, dataclasses.field(default=value, metadata=inherited[name].metadata))
        cls.__annotations__ = annotations
        return cls
    return with_defaults


POSITIVE = dict(low=1)
NON_NEGATIVE = dict(low=0)
RATE = dict(low=0.0, high=1.0, high_open=True)  # dropout-like probabilities, [0, 1)


def iter_fields(cls: type, prefix: str = ""):
    """Yields (dotted key, type, Spec) for every leaf field of a config class, in order."""
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if dataclasses.is_dataclass(hint):
            yield from iter_fields(hint, f"{prefix}{f.name}.")
        else:
            yield f"{prefix}{f.name}", hint, f.metadata.get("spec")


def _get(cfg: Any, key: str) -> Any:
    for part in key.split("."):
        cfg = getattr(cfg, part)
    return cfg


def _type_name(hint: Any) -> str:
    if typing.get_origin(hint) is tuple:
        return f"a comma-separated list of {typing.get_args(hint)[0].__name__}"
    return {int: "an integer", float: "a number", bool: "true/false", str: "a string"}[hint]


def _has_type(value: Any, hint: Any) -> bool:
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return isinstance(value, tuple) and all(_has_type(v, item) for v in value)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _in_range(x: float, spec: Spec) -> bool:
    if spec.low is not None and (x <= spec.low if spec.low_open else x < spec.low):
        return False
    if spec.high is not None and (x >= spec.high if spec.high_open else x > spec.high):
        return False
    return True


def _field_problem(key: str, hint: Any, spec: Spec, value: Any) -> str | None:
    if not _has_type(value, hint):
        return f"{key}={value!r}: expected {_type_name(hint)}"
    items = value if isinstance(value, tuple) else (value,)
    if spec.nonempty and (value == () or value == ""):
        return f"{key}={value!r}: must not be empty"
    if spec.choices and value not in spec.choices:
        return f"{key}={value!r}: not a valid choice; choose {spec.describe()}"
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) and not _in_range(v, spec)
           for v in items):
        return f"{key}={value!r}: out of range; must be {spec.describe()}"
    if spec.increasing and list(value) != sorted(set(value)):
        return f"{key}={value!r}: must be strictly increasing"
    return None


def _section_problems(node: Any, prefix: str = "") -> list[str]:
    """Sections (nested config dataclasses) that are not of their declared class."""
    problems = []
    hints = typing.get_type_hints(type(node))
    for f in dataclasses.fields(node):
        hint, value = hints[f.name], getattr(node, f.name)
        if not dataclasses.is_dataclass(hint):
            continue
        if not isinstance(value, hint):
            problems.append(f"{prefix}{f.name}: expected a {hint.__name__}, got {type(value).__name__}")
        else:
            problems += _section_problems(value, f"{prefix}{f.name}.")
    return problems


def field_problems(cfg: Any) -> list[str]:
    """Each field's type, choices and range: one message per bad field (any top-level config
    class: Config, LMConfig)."""
    problems = _section_problems(cfg)
    if problems:
        return problems
    for key, hint, spec in iter_fields(type(cfg)):
        problem = _field_problem(key, hint, spec, _get(cfg, key))
        if problem:
            problems.append(problem)
    return problems


def validate(cfg: Any, relations) -> None:
    """ConfigError listing every bad field, or else every broken relation between fields."""
    problems = field_problems(cfg) or relations(cfg)
    if problems:
        raise ConfigError(report(problems))


def report(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return f"{len(problems)} config problems:\n  " + "\n  ".join(problems)


# ---------------------------------------------------------------------------------------------
# Overrides, dictionaries, files


def _parse_value(text: str, hint: Any, key: str) -> Any:
    if hint is bool:
        lowered = text.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{key}={text!r}: expected true/false")
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_parse_value(part.strip(), item, key) for part in text.split(",") if part.strip())
    try:
        value = hint(text)
    except ValueError:
        raise ConfigError(f"{key}={text!r}: expected a value of type {hint.__name__} "
                          f"({_type_name(hint)})") from None
    if hint is float and not math.isfinite(value):
        raise ConfigError(f"{key}={text!r}: expected a finite number")
    return value


def _leaf_types(cls: type) -> dict[str, Any]:
    return {key: hint for key, hint, _ in iter_fields(cls)}


def _sections(cls: type) -> set[str]:
    sections = set()
    for key in _leaf_types(cls):
        parts = key.split(".")
        sections.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return sections


def _check_key(key: str, cls: type) -> None:
    leaves = _leaf_types(cls)
    if key in leaves:
        return
    if key in _sections(cls):
        raise ConfigError(f"{key} is a section; set one of its fields instead "
                          f"({', '.join(k for k in leaves if k.startswith(key + '.'))})")
    parent, _, name = key.rpartition(".")
    siblings = sorted({k[len(parent) + 1:].split(".")[0] for k in leaves
                       if k.startswith(parent + ".")} if parent else {k.split(".")[0] for k in leaves})
    raise ConfigError(f"unknown config key {key!r}: {name!r} is not one of {', '.join(siblings)}")


def apply_overrides(cfg: Any, assignments: list[str] | tuple[str, ...]) -> Any:
    """`cfg` with each `dotted.key=value` applied, parsed to the field's type; validated once.

    Works for any top-level config class (Config, LMConfig); the result has cfg's class.
    """
    cls = type(cfg)
    values = to_dict(cfg)
    problems = []
    for assignment in assignments:
        if "=" not in assignment:
            raise ConfigError(f"override {assignment!r} must look like section.field=value")
        key, text = (s.strip() for s in assignment.split("=", 1))
        _check_key(key, cls)
        try:
            value = _parse_value(text, _leaf_types(cls)[key], key)
        except ConfigError as error:
            problems.append(str(error))
            continue
        node = values
        *path, leaf = key.split(".")
        for part in path:
            node = node[part]
        node[leaf] = value
    if problems:
        raise ConfigError(report(problems))
    return from_dict(cls, values)


def override(cfg: Any, assignment: str) -> Any:
    """`apply_overrides` for one assignment."""
    return apply_overrides(cfg, [assignment])


def to_dict(cfg: Any) -> dict:
    return dataclasses.asdict(cfg)


def from_dict(cls: type, values: dict) -> Any:
    """Inverse of `to_dict` (JSON-loaded values; lists become tuples); validates a Config.

    Unknown keys raise ConfigError, so a config written by a newer version is not half-read.
    """
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = sorted(set(values) - set(names))
    if unknown:
        raise ConfigError(f"unknown config keys {unknown} in a {cls.__name__}; known: "
                          f"{', '.join(names)}")
    kwargs = {}
    for name in names:
        if name not in values:
            continue
        value, hint = values[name], hints[name]
        if dataclasses.is_dataclass(hint) and isinstance(value, dict):
            value = from_dict(hint, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    return cls(**kwargs)


def run_python_file(path: str, module_name: str) -> Any:
    """Runs the Python file `path` as a module named `module_name` and returns it (a config or
    rules file). The file's own folder is importable while it runs, so a config may import the
    config beside it (`from en_es_moe import CONFIG as BASE`); whatever it raises propagates."""
    import importlib.util
    import os
    import sys

    folder = os.path.dirname(os.path.abspath(path))
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, folder)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(folder)
    return module


def load_config_file(path: str, cls: type) -> Any:
    """Loads `CONFIG` (an instance of `cls`) from a Python config file (experiments/configs/*.py).

    The file's folder is importable while it loads (`run_python_file`). Every way the file can
    fail to load (missing, a syntax error, an exception or a missing module while it runs, no
    CONFIG, a CONFIG of another class) is a ConfigError naming the file, the line where one is
    known, and the fix; nothing else escapes.
    """
    import os

    if not os.path.isfile(path):
        raise ConfigError(f"config file {path} does not exist; see experiments/configs/ for examples")
    try:
        module = run_python_file(path, "gshard_experiment_config")
    except ConfigError as error:
        raise ConfigError(f"{_where(path, error)}: {error}") from None
    except SyntaxError as error:
        raise ConfigError(f"{error.filename or path}, line {error.lineno}: invalid Python "
                          f"({error.msg}); fix that line (`python -m py_compile {path}` shows "
                          "the same error)") from None
    except ModuleNotFoundError as error:
        raise ConfigError(f"{_where(path, error)}: imports {error.name!r}, which is not "
                          f"installed here; install it or remove the import") from None
    except Exception as error:  # whatever the file's own code raised
        raise ConfigError(f"{_where(path, error)}: {type(error).__name__}: {error} (raised while "
                          "the config file ran); fix that line so the file defines "
                          f"CONFIG = gshard_jax.config.{cls.__name__}(...)") from None
    config = getattr(module, "CONFIG", None)
    if config is None:
        raise ConfigError(f"{path} defines no CONFIG: it must define CONFIG = "
                          f"gshard_jax.config.{cls.__name__}(...) (see experiments/configs/)")
    if not isinstance(config, cls):
        other = ("; character-LM configs go to `gshard-jax lm ...`, translation configs to "
                 "the other commands" if type(config).__name__ in ("Config", "LMConfig") else "")
        raise ConfigError(f"{path}: CONFIG is a {type(config).__name__}, not a "
                          f"gshard_jax.config.{cls.__name__}{other}")
    return config


def _where(path: str, error: BaseException) -> str:
    """'file, line N' of the deepest frame of `error` in the config file or a file beside it
    (a config that imports another one), else the config file itself."""
    import os
    import traceback

    folder = os.path.dirname(os.path.abspath(path))
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if os.path.dirname(os.path.abspath(f.filename)) == folder]
    return f"{frames[-1].filename}, line {frames[-1].lineno}" if frames else path


def describe_fields(cls: type) -> str:
    """Every field with its type, default and accepted values (for `--help` and the README)."""
    lines = []
    defaults = to_dict(cls())
    for key, hint, spec in iter_fields(cls):
        node = defaults
        for part in key.split("."):
            node = node[part]
        lines.append(f"{key} ({_type_name(hint)}, {spec.describe()}; default {node!r}): {spec.doc}")
    return "\n".join(lines)
