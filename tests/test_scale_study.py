"""experiments.scale: each cell is a real `gshard-jax plan` run whose JSON is kept, a rerun
compiles nothing already done, and the report's rows are the cells' own figures."""

import importlib.util
import json

import pytest

from experiments.scale import __main__ as scale
from tests.helpers import tiny_config, write_config_file

pytestmark = pytest.mark.skipif(importlib.util.find_spec("libtpu") is None,
                                reason="libtpu not installed: pip install -e '.[tpu]'")


def test_cells_are_planned_once_kept_and_reported_from_their_json(tmp_path, monkeypatch):
    config = write_config_file(tiny_config(num_experts=4, data=-1, expert=4), tmp_path / "tiny.py")
    monkeypatch.setattr(scale, "CELLS", str(tmp_path / "cells"))
    monkeypatch.setattr(scale, "RESULTS", str(tmp_path))
    cells = [{"name": f"b_tiny_{n}", "config": config, "topology": topo, "cores": n,
              "sets": [f"model.moe.num_experts={n}", f"mesh.expert={n}"]}
             for n, topo in ((4, "v5e:2x2"), (8, "v3:2x2"))]
    monkeypatch.setattr(scale, "cells", lambda parts: cells)
    assert scale.main(["--part", "b"]) == 0
    results = [json.loads((tmp_path / "cells" / f"{c['name']}.json").read_text()) for c in cells]
    assert [r["devices"] for r in results] == [4, 8] and all(r["exit"] == 0 for r in results)
    report = (tmp_path / "scale.md").read_text()
    for r in results:  # each row carries its cell's figures
        a2a = r["collectives"]["all-to-all"]
        assert (f"| {r['devices']} | {r['topology']} |" in report
                and f"| {r['times']['compile_s']:.0f} |" in report
                and f"| {a2a['count'] / r['moe_layers']:.0f} |" in report)
    ratio = results[1]["times"]["compile_s"] / results[0]["times"]["compile_s"]
    assert f"is {ratio:.2f}x that at 4" in report
    assert (tmp_path / "scale_compile.png").stat().st_size > 0

    def no_compile(*args, **kwargs):
        raise AssertionError("a finished cell was compiled again")

    monkeypatch.setattr(scale.subprocess, "run", no_compile)
    assert scale.main(["--part", "b"]) == 0  # everything from the kept JSON
    assert (tmp_path / "scale.md").read_text() == report
