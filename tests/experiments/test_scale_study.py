"""experiments.scale: each cell is a real `gshard-jax plan` run whose JSON is kept, a rerun
compiles nothing already done, and the report's rows are the cells' own figures."""

import importlib.util
import json
import pathlib

import pytest

from experiments.scale import __main__ as scale
from experiments.scale import cells as scale_cells
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

    monkeypatch.setattr(scale_cells.subprocess, "run", no_compile)
    assert scale.main(["--part", "b"]) == 0  # everything from the kept JSON
    assert (tmp_path / "scale.md").read_text() == report


def test_part_c_plans_down_to_the_smallest_size_that_fits_and_reports_it(tmp_path, monkeypatch):
    """Part (c) with real plans: a tiny MoE fits every size, so each chip's search walks down
    from its largest size to its smallest, and the row names that size and its own figures."""
    configs = tmp_path / "configs"
    configs.mkdir()
    write_config_file(tiny_config(num_experts=4, expert=4), configs / "tiny.py")
    monkeypatch.setattr(scale, "CELLS", str(tmp_path / "cells"))
    monkeypatch.setattr(scale, "RESULTS", str(tmp_path))
    monkeypatch.setattr(scale, "CONFIGS", str(configs))
    monkeypatch.setattr(scale, "TABLE3", {"tiny": ("tiny MoE(4E)", 4, None)})
    monkeypatch.setattr(scale, "TODAY_SHAPES", {"v5p": {4: "2x2x1", 8: "2x2x2"},
                                                "v6e": {4: "2x2"}})
    assert scale.main(["--part", "c"]) == 0
    cells = {p.stem: json.loads(p.read_text()) for p in (tmp_path / "cells").glob("*.json")}
    assert sorted(cells) == ["c_tiny_v5p_4", "c_tiny_v5p_8", "c_tiny_v6e_4"]
    v5p, v6e = cells["c_tiny_v5p_4"], cells["c_tiny_v6e_4"]
    assert cells["c_tiny_v5p_8"]["mesh"] == {"data": 2, "expert": 4, "model": 1}
    assert v5p["mesh"] == {"data": 1, "expert": 4, "model": 1} and v5p["exit"] == 0
    assert v6e["chip"]["name"] == "TPU v6e" and v6e["devices"] == 4
    report = (tmp_path / "scale.md").read_text()
    for r in (v5p, v6e):
        assert (f"| **{r['chips']}** ({r['topology']}; " in report
                and f"| {r['memory']['peak'] / 2**30:.2f} of " in report
                and f"({r['chips']} is the smallest size)" in report)

    def no_compile(*args, **kwargs):
        raise AssertionError("a finished cell was compiled again")

    monkeypatch.setattr(scale_cells.subprocess, "run", no_compile)
    assert scale.main(["--part", "c"]) == 0 and (tmp_path / "scale.md").read_text() == report


def _fake_plan(threshold, compiled):
    """A stand-in for run_cell: fits from `threshold` chips up; the miss has no XLA memory."""
    def plan(cell):
        compiled.append(cell["chips"])
        fits = cell["chips"] >= threshold
        mesh = dict(s.split(".")[1].split("=") for s in cell["sets"])
        return {"fits": fits, "topology": cell["topology"], "chips": cell["chips"],
                "mesh": {k: int(v) for k, v in mesh.items()}, "times": {"compile_s": 100.0},
                **({"memory": {"peak": 50 * 2**30}, "roofline": {"step_s": 0.25, "bound": "HBM"}}
                   if fits else {"memory": None, "memory_estimate": {"peak": 120 * 2**30}})}
    return plan


@pytest.mark.parametrize("threshold, compiled_sizes, fewest", [
    (64, [256, 128, 64, 32], 64),  # the estimate (256) was pessimistic: halve until a miss
    (512, [256, 512], 512),        # optimistic: double until a fit; the miss below is known
    (4096, [256, 512, 1024, 2048], None),  # no size this batch splits over fits
])
def test_part_c_search_confirms_a_fit_at_n_and_a_miss_at_n_over_2(
        tmp_path, monkeypatch, threshold, compiled_sizes, fewest):
    """The search from the physics estimate (here from the 600B model's part-(a) cell: 256
    v5p chips) to the fewest fitting size, whose row carries the miss below it; a search
    with cells missing (--report-only) reports 'not run' and compiles nothing."""
    cells = tmp_path / "cells"
    cells.mkdir()
    a_cell = pathlib.Path(__file__).parents[2] / scale.CELLS / "a_gshard_600b.json"
    (cells / "a_gshard_600b.json").write_text(a_cell.read_text())
    monkeypatch.setattr(scale, "CELLS", str(cells))
    assert scale.today_mesh(scale.load("gshard_600b"), "v6e", 1024)[0] == {"data": 4, "expert": 256}
    assert scale.today_sizes(scale.load("gshard_600b"), "v5p")[-1] == 2048  # 2048 groups
    compiled = []
    search = scale.search_today("gshard_600b", "v5p", _fake_plan(threshold, compiled))
    assert compiled == compiled_sizes and search["fewest"] == fewest
    row = scale.today_rows(search)
    if fewest:
        assert (f"| **{fewest}** (v5p:" in row and "| 50.00 of 95.00 |" in row
                and f"| 120.00 needed at {fewest // 2}: short by 25.00 |" in row
                and "| 250 (HBM) | 100 / 100 |" in row)
    else:
        assert "does not fit on up to 2048 chips" in row and "120.00 needed at 2048" in row
    assert "not run (search starts at 256)" in scale.today_rows(
        scale.search_today("gshard_600b", "v5p", lambda cell: None))
