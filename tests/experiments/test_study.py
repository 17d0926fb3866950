"""The study driver: cells resume after a failure or a stop, a finished study only recomputes
its report, and the report's statistics match a direct computation.

The driver's `gshard-jax` subprocesses are replaced by tests/experiments/study_fake_cli.py (the real CLI
parser and config loader, then the files train/evaluate write, without JAX), so these tests
check the driver's logic in seconds; the CLI itself is tested in test_commands.py."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from experiments.study import __main__ as study
from experiments.study import grid, report, runner
from gshard_jax.translation.bleu import paired_bootstrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAKE_CLI = (sys.executable, os.path.join(ROOT, "tests", "experiments", "study_fake_cli.py"))


@pytest.fixture
def fake_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # config paths are relative to the repository
    monkeypatch.setattr(runner, "CLI", FAKE_CLI)
    calls = tmp_path / "calls.txt"
    calls.write_text("")
    monkeypatch.setenv("STUDY_FAKE_CALLS", str(calls))
    return calls


def _args(tmp_path, *more, steps=300):
    return ["--task", "en_es", "--only", "moe8", "--seeds", "2", "--steps", str(steps),
            "--runs", str(tmp_path / "runs"), "--results", str(tmp_path / "results"),
            "--tag", "t", "--samples", "200", *more]


def _read(path):
    return [line for line in path.read_text().splitlines() if line]


def test_failed_cell_resumes_and_finished_study_only_reports(tmp_path, fake_cli):
    runs = tmp_path / "runs" / "t"
    (runs / "en_es_moe8_s1").mkdir(parents=True)
    (runs / "en_es_moe8_s1" / "fail_once").touch()

    assert study.main(_args(tmp_path)) == 1  # one cell failed, the other three finished
    first = _read(fake_cli)
    assert len(first) == 7  # 3 x (train, evaluate) + the failed train
    assert not (runs / "en_es_moe8_s1" / "test_scores.json").exists()
    partial = json.loads((tmp_path / "results" / "t.json").read_text())
    assert {r["row"]: r["seeds"] for r in partial["rows"]} == {"dense": [0, 1], "moe8": [0]}

    assert study.main(_args(tmp_path)) == 0
    assert _read(fake_cli)[len(first):] == [f"train {runs}/en_es_moe8_s1",
                                            f"evaluate {runs}/en_es_moe8_s1"]

    (tmp_path / "results" / "t.md").unlink()
    calls = len(_read(fake_cli))
    assert study.main(_args(tmp_path)) == 0
    assert len(_read(fake_cli)) == calls  # nothing trained or evaluated again
    assert (tmp_path / "results" / "t.md").exists()
    assert (tmp_path / "results" / "t_curves.png").stat().st_size > 0

    # More steps make every cell unfinished again: they resume (train, then evaluate).
    assert study.main(_args(tmp_path, steps=400)) == 0
    assert len(_read(fake_cli)) == calls + 8


def test_upcycled_cell_trains_half_dense_upcycles_and_trains_the_other_half(tmp_path, fake_cli):
    args = [*_args(tmp_path, steps=400), "--only", "upcycle", "--seeds", "1"]
    runs = tmp_path / "runs" / "t"
    cell, dense_half = runs / "en_es_upcycle_s0", runs / "en_es_upcycle_s0.dense"
    assert study.main(args) == 0
    assert [c for c in _read(fake_cli) if "en_es_upcycle" in c] == [
        f"train {dense_half}", f"upcycle {cell}", f"train {cell}", f"evaluate {cell}"]
    steps = lambda d: json.loads((d / "config.json").read_text())["run"]["steps"]  # noqa: E731
    assert (steps(dense_half), steps(cell)) == (200, 200)
    assert json.loads((cell / "config.json").read_text())["model"]["moe"]["top_k"] == 1
    archived = tmp_path / "results" / "t_cells" / "en_es_upcycle_s0"
    assert (archived / "dense_phase.metrics.jsonl").exists() and (archived / "upcycle.json").exists()
    row = {r["row"]: r for r in json.loads((tmp_path / "results" / "t.json").read_text())["rows"]}
    assert row["upcycle"]["steps"] == row["dense"]["steps"] == 400
    result = report.cell_result(grid.cells(grid.select_rows(["en_es"], ["upcycle"]), 1, 1,
                                           str(tmp_path / "runs" / "t"), None,
                                           str(tmp_path / "results" / "t_cells"))[1])
    # The fake's dev NLL: 5 - step/1000 (- 0.02 for an MoE); the MoE half's steps shifted by 200.
    np.testing.assert_allclose(result["dev_curve"], [[100, 4.9], [200, 4.8], [300, 4.88], [400, 4.78]])
    assert result["train_seconds"] == 20.0 + 20.0  # both halves' sessions

    # A rerun with the MoE half unscored trains on the upcycled run: no second upcycle.
    (cell / "test_scores.json").unlink()
    shutil.rmtree(archived)
    calls = len(_read(fake_cli))
    assert study.main(args) == 0
    assert _read(fake_cli)[calls:] == [f"train {dense_half}", f"train {cell}", f"evaluate {cell}"]


def test_report_statistics_match_a_direct_computation(tmp_path, fake_cli):
    assert study.main(_args(tmp_path)) == 0
    result = json.loads((tmp_path / "results" / "t.json").read_text())
    rows = {r["row"]: r for r in result["rows"]}
    runs = tmp_path / "runs" / "t"

    # Dev NLL: the fake's last dev record is 5 - 0.3 - 0.01 * seed.
    nll = [5.0 - 0.3 - 0.01 * seed for seed in (0, 1)]
    assert rows["dense"]["dev_nll"]["mean"] == pytest.approx(np.mean(nll))
    assert rows["dense"]["dev_nll"]["std"] == pytest.approx(np.std(nll, ddof=1))
    # Uniform expert load -> busiest / uniform = 1; dropped_first is 0.01 * seed.
    assert rows["moe8"]["max_load"] == pytest.approx(1.0)
    assert rows["moe8"]["dropped_first"] == pytest.approx(0.005)

    # The pooled p-value is sacreBLEU's paired bootstrap on the seeds' test sets concatenated.
    def lines(seed, row, kind):
        return _read(runs / f"en_es_{row}_s{seed}" / f"test.{kind}.es")
    dense = lines(0, "dense", "hyp") + lines(1, "dense", "hyp")
    moe = lines(0, "moe8", "hyp") + lines(1, "moe8", "hyp")
    refs = lines(0, "dense", "ref") + lines(1, "dense", "ref")
    direct = paired_bootstrap(dense, moe, refs, samples=200)
    assert rows["moe8"]["p_pooled"] == pytest.approx(direct["p_value"])
    assert rows["moe8"]["p_by_seed"]["0"] == pytest.approx(
        paired_bootstrap(lines(0, "dense", "hyp"), lines(0, "moe8", "hyp"),
                         lines(0, "dense", "ref"), samples=200)["p_value"])
    # Each seed's BLEU gap to dense is sacreBLEU's corpus BLEU of the two runs' hypotheses.
    import sacrebleu
    deltas = [sacrebleu.corpus_bleu(lines(s, "moe8", "hyp"), [lines(s, "moe8", "ref")]).score
              - sacrebleu.corpus_bleu(lines(s, "dense", "hyp"), [lines(s, "dense", "ref")]).score
              for s in (0, 1)]
    assert deltas[0] != deltas[1]  # the fake's runs differ by seed
    assert [rows["moe8"]["bleu_delta_by_seed"][str(s)] for s in (0, 1)] == pytest.approx(deltas)
    # And the table shows it, with the parameter counts of the real configs.
    table = (tmp_path / "results" / "t.md").read_text()
    p_seed = [rows["moe8"]["p_by_seed"][str(s)] for s in (0, 1)]
    assert (f"| {direct['p_value']:.3f} ({direct['system'] - direct['baseline']:+.2f}) | "
            f"{deltas[0]:+.2f} ({p_seed[0]:.3f}), {deltas[1]:+.2f} ({p_seed[1]:.3f}) |") in table
    # The length ratio is sacreBLEU's on each cell's test set, averaged over seeds.
    ratios = []
    for s in (0, 1):
        bleu = sacrebleu.corpus_bleu(lines(s, "moe8", "hyp"), [lines(s, "moe8", "ref")])
        ratios.append(bleu.sys_len / bleu.ref_len)
    assert rows["moe8"]["length_ratio"]["mean"] == pytest.approx(np.mean(ratios))
    assert "4.695 ± 0.007" in table
    # Dev NLL gap per seed: the fake MoE's dev NLL is dense's minus 0.02 in every seed.
    assert list(rows["moe8"]["dev_nll_delta_by_seed"].values()) == pytest.approx([-0.02, -0.02])
    assert "| -0.020, -0.020 |" in table
    assert "every seed (2 or more seeds): GShard top-2, E=8 (lower)." in table


def test_multilingual_rows_get_per_pair_and_group_spreads(tmp_path, fake_cli):
    from experiments.common import group_averages
    from tests.experiments.study_fake_cli import PAIRS, fake_pair_bleu

    args = ["--task", "multi", "--only", "moe8", "--seeds", "2", "--steps", "200",
            "--runs", str(tmp_path / "runs"), "--results", str(tmp_path / "results"),
            "--tag", "t", "--samples", "100"]
    assert study.main(args) == 0
    runs = tmp_path / "runs" / "t"
    # Every multilingual cell is evaluated with the task regime's test limit.
    limit = grid.REGIMES["multi"].test_limit
    assert json.loads((runs / "multi_moe8_s1" / "test_scores.json").read_text())["limit"] == limit
    rows = {r["row"]: r for r in json.loads((tmp_path / "results" / "t.json").read_text())["rows"]}
    low = tuple(rows["moe8"]["low_resource"])
    assert low  # the multilingual configs cut some languages to study transfer
    for row in ("dense", "moe8"):
        workdirs = [str(runs / f"multi_{row}_s{seed}") for seed in (0, 1)]
        for pair in PAIRS:
            values = [fake_pair_bleu(pair, seed, w) for seed, w in zip((0, 1), workdirs)]
            assert rows[row]["pairs"][pair]["bleu"]["mean"] == pytest.approx(np.mean(values))
            assert rows[row]["pairs"][pair]["bleu"]["std"] == pytest.approx(np.std(values, ddof=1))
        per_seed = [group_averages({p: {"bleu": fake_pair_bleu(p, seed, w)} for p in PAIRS}, low)
                    for seed, w in zip((0, 1), workdirs)]
        for group, spread in rows[row]["groups"].items():
            assert spread["mean"] == pytest.approx(np.mean([g[group] for g in per_seed]))
    table = (tmp_path / "results" / "t.md").read_text()
    assert "## Multilingual: test BLEU per language pair" in table
    assert f"| {np.mean([fake_pair_bleu('it-en', s, 'moe8') for s in (0, 1)]):.2f} ± " in table
    assert (tmp_path / "results" / "t_multilingual_bleu.png").stat().st_size > 0


def test_task_regimes_apply_unless_the_command_line_replaces_them():
    from gshard_jax.config import apply_overrides, load_config_file

    rows = grid.select_rows(["en_es", "multi"], ["moe8"])
    for cell in grid.cells(rows, 1, 1, "runs/x"):
        regime = grid.REGIMES[cell.row.task]
        assert cell.test_limit == regime.test_limit
        steps = int(next(o.split("=")[1] for o in regime.overrides if o.startswith("run.steps=")))
        base = load_config_file(cell.row.config)
        assert base.run.steps != steps  # the regime, not the config file, sets the budget
        assert apply_overrides(base, cell.overrides()).run.steps == steps
        assert apply_overrides(base, cell.overrides(("run.steps=50",))).run.steps == 50
        evaluate = runner.commands(cell, ())[1]
        assert ("--limit" in evaluate) == (regime.test_limit is not None)
    assert all(c.test_limit == 5 for c in grid.cells(rows, 1, 1, "runs/x", test_limit=5))


def test_sigterm_stops_the_running_cell_and_exits(tmp_path, fake_cli):
    runs = tmp_path / "runs" / "t"
    (runs / "en_es_dense_s0").mkdir(parents=True)
    (runs / "en_es_dense_s0" / "sleep").touch()
    code = ("import sys; from experiments.study import runner, __main__ as m; "
            f"runner.CLI = {FAKE_CLI!r}; sys.exit(m.main({_args(tmp_path)!r}))")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while "train" not in fake_cli.read_text() and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the fake installs its handler right after logging the call
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert (runs / "en_es_dense_s0" / "got_sigterm").exists()
    assert "rerun the same command" in err


def test_throughput_uses_interval_rates_and_skips_resumes():
    # Session 1: 100 tokens/s after compile; session 2 (wall clock restarts): 300 tokens/s.
    records = [{"wall_time": 50.0, "tokens_per_sec": 20.0},      # 1000 tokens incl. compile
               {"wall_time": 60.0, "tokens_per_sec": 1100 / 60},  # +100 in 10 s
               {"wall_time": 70.0, "tokens_per_sec": 1200 / 70},  # +100 in 10 s
               {"wall_time": 5.0, "tokens_per_sec": 100.0},       # resume
               {"wall_time": 10.0, "tokens_per_sec": 2000 / 10}]  # +1500 in 5 s
    assert report.throughput(records) == pytest.approx(10.0)  # median of 10, 10, 300


def test_speed_vs_dense_pairs_seeds_only_on_the_same_machine():
    intel, amd = {"cpu": "Intel(R) Xeon(R) Processor", "cores": 2}, {"cpu": "AMD EPYC", "cores": 2}
    dense = [{"seed": 0, "tokens_per_sec": 4000.0, "machine": intel},
             {"seed": 1, "tokens_per_sec": 3000.0, "machine": amd},
             {"seed": 2, "tokens_per_sec": 3000.0, "machine": intel}]
    moe = [{"seed": 0, "tokens_per_sec": 3600.0, "machine": intel},   # 0.9
           {"seed": 1, "tokens_per_sec": 2400.0, "machine": amd},     # 0.8
           {"seed": 2, "tokens_per_sec": 1000.0, "machine": amd}]     # other machine: skipped
    speed = report.speed_vs_dense(moe, dense)
    assert speed["speed_vs_dense_by_seed"] == pytest.approx({0: 0.9, 1: 0.8})
    assert speed["speed_vs_dense"] == pytest.approx(0.85)
    assert report.speed_vs_dense(moe[2:], dense)["speed_vs_dense"] is None
    assert report.machine_counts(moe) == "AMD EPYC ×2, Intel Xeon ×1"


def test_seed_t_test_matches_the_t_distribution_with_two_degrees_of_freedom():
    dense = {0: 3.30, 1: 3.25, 2: 3.29}
    moe = {0: 3.26, 1: 3.26, 2: 3.22, 3: 3.10}  # seed 3 has no dense partner: left out
    gaps = np.array([moe[s] - dense[s] for s in (0, 1, 2)])
    t = gaps.mean() / (gaps.std(ddof=1) / np.sqrt(3))
    test = report.seed_t_test(moe, dense)
    assert test["seeds"] == 3 and test["t"] == pytest.approx(t)
    # Student's t with 2 degrees of freedom: two-sided p = 1 - |t| / sqrt(2 + t^2).
    assert test["p"] == pytest.approx(1 - abs(t) / np.sqrt(2 + t * t))
    assert report.seed_t_test({0: 1.0}, {0: 2.0}) is None
    assert report.seed_t_test({0: 1.0, 1: 2.0}, {0: 0.5, 1: 1.5}) is None  # equal gaps


def test_routing_stats_per_layer_expert_counts():
    nan = float("nan")
    # PR-MoE: 2 experts then 4 (NaN-padded); busiest share x experts per layer, mean of layers.
    load = [[0.75, 0.25, nan, nan], [0.4, 0.2, 0.2, 0.2]]
    records = [{"expert_load": load, "dropped_first": 0.1, "dropped_second": 0.3}] * 4
    stats = report.routing_stats(records)
    assert stats["max_load"] == pytest.approx((0.75 * 2 + 0.4 * 4) / 2)
    assert stats["dropped_first"] == pytest.approx(0.1)


def test_unknown_rows_and_bad_configs_are_refused_before_training(tmp_path, fake_cli, capsys):
    assert study.main(["--only", "moe9"]) == 2
    assert "unknown row 'moe9'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        study.main(_args(tmp_path, "--set", "model.moe.top_k=99"))
    assert stop.value.code == 2
    assert "model.moe.top_k" in capsys.readouterr().err
    assert _read(fake_cli) == []  # nothing ran


def test_every_row_has_the_dense_rows_per_token_compute():
    from gshard_jax.config import apply_overrides, load_config_file
    from gshard_jax.model.size import parameter_counts

    os.chdir(ROOT)
    for task in grid.TASKS:
        rows = [r for r in grid.ROWS if r.task == task]
        activated = {r.key: parameter_counts(apply_overrides(load_config_file(r.config),
                                                             list(r.overrides)).model)["activated"]
                     for r in rows}
        dense = activated["dense"]
        for key, count in activated.items():
            # Routers add their gating weights (d_model x E per MoE layer) and no more.
            assert abs(count - dense) / dense < 0.01, (task, key, count, dense)


def test_regimes_compare_each_rows_gap_to_dense_across_tags(tmp_path, fake_cli, capsys):
    from scipy import stats

    from experiments.study import regimes

    for tag, steps in (("short", 200), ("long", 300)):
        args = _args(tmp_path, steps=steps)
        args[args.index("--tag") + 1] = tag
        assert study.main(args) == 0
    out = tmp_path / "results" / "cmp"
    assert regimes.main(["--tags", "short", "long", "--results", str(tmp_path / "results"),
                         "--out", str(out)]) == 0
    table = out.with_suffix(".md").read_text()
    for tag in ("short", "long"):
        cells = json.loads((tmp_path / "results" / f"{tag}.json").read_text())["cells"]
        def mean(row, metric):
            return np.mean([c[metric] for c in cells if c["row"] == row])
        delta_nll = mean("moe8", "dev_nll") - mean("dense", "dev_nll")
        assert f"| {tag} |" in table and f"| {delta_nll:+.3f} |" in table
        # Each seed's gaps and SciPy's seed-paired t-test, from the cells directly.
        by_seed = {m: {c["seed"]: c[m] for c in cells if c["row"] == "moe8"} for m in ("bleu", "dev_nll")}
        dense = {m: {c["seed"]: c[m] for c in cells if c["row"] == "dense"} for m in ("bleu", "dev_nll")}
        gaps = {m: [by_seed[m][s] - dense[m][s] for s in (0, 1)] for m in ("bleu", "dev_nll")}
        # The test is undefined when the gaps do not vary (the fake's dev NLL): left blank.
        p = {m: "" if np.ptp(gaps[m]) == 0 else format(stats.ttest_rel(
                 [by_seed[m][s] for s in (0, 1)], [dense[m][s] for s in (0, 1)]).pvalue, ".3f")
             for m in ("bleu", "dev_nll")}
        line = next(l for l in table.splitlines() if f"| {tag} |" in l)
        assert f"| {gaps['bleu'][0]:+.2f}, {gaps['bleu'][1]:+.2f} |" in line
        assert f"| {gaps['dev_nll'][0]:+.3f}, {gaps['dev_nll'][1]:+.3f} |" in line
        assert line.endswith(f"| {p['bleu']} / {p['dev_nll']} |")
    assert out.with_suffix(".png").stat().st_size > 0

    assert regimes.main(["--tags", "short", "nope", "--results", str(tmp_path / "results")]) == 2
    assert "no report for: nope" in capsys.readouterr().err


def test_archived_cells_let_a_fresh_clone_report_and_resume_without_the_runs(tmp_path, fake_cli):
    import shutil

    assert study.main(_args(tmp_path)) == 0
    results = tmp_path / "results"
    archived = results / "t_cells" / "en_es_moe8_s1"
    workdir = tmp_path / "runs" / "t" / "en_es_moe8_s1"
    # The archive keeps what the report reads, byte for byte, and nothing else of the run.
    kept = sorted(p.name for p in archived.iterdir())
    assert kept == ["config.json", "metrics.jsonl", "study_cell.json", "test.hyp.es",
                    "test.ref.es", "test_scores.json"]
    for name in kept:
        assert (archived / name).read_bytes() == (workdir / name).read_bytes()
    before = json.loads((results / "t.json").read_text())["rows"]

    shutil.rmtree(tmp_path / "runs")  # a fresh clone: no run directory survives
    calls = len(_read(fake_cli))
    assert study.main(_args(tmp_path)) == 0
    assert len(_read(fake_cli)) == calls  # nothing trained or evaluated again
    assert json.loads((results / "t.json").read_text())["rows"] == before

    # More seeds: only the new seed's cells train; the archived ones still count.
    args = _args(tmp_path)
    args[args.index("--seeds") + 1] = "3"
    assert study.main(args) == 0
    assert sorted(_read(fake_cli)[calls:]) == sorted(
        f"{command} {tmp_path / 'runs' / 't' / f'en_es_{row}_s2'}"
        for command in ("train", "evaluate") for row in ("dense", "moe8"))
    rows = {r["row"]: r for r in json.loads((results / "t.json").read_text())["rows"]}
    assert rows["moe8"]["seeds"] == [0, 1, 2]


def test_cells_finished_by_an_earlier_process_are_archived(tmp_path, fake_cli):
    assert study.main(_args(tmp_path)) == 0
    archive_dir = tmp_path / "results" / "t_cells" / "en_es_dense_s0"
    import shutil
    shutil.rmtree(archive_dir)  # as if trained by a study that did not archive
    stale = tmp_path / "results" / "t_cells" / "en_es_moe8_s0"
    (stale / "test.hyp.de").write_text("a file the run directory no longer has\n")

    calls = len(_read(fake_cli))
    assert study.main(_args(tmp_path, "--report-only")) == 0
    assert len(_read(fake_cli)) == calls
    assert (archive_dir / "test_scores.json").exists()
    assert not (stale / "test.hyp.de").exists()  # an archive is replaced whole
    assert not (tmp_path / "results" / "t_cells" / "en_es_moe8_s0.partial").exists()
    # The report's command is the one that reproduces it from scratch, not the report-only run.
    command = json.loads((tmp_path / "results" / "t.json").read_text())["command"]
    assert command.startswith("python -m experiments.study ") and "--report-only" not in command
    assert "--tag t" in command
