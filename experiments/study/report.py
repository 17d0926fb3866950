"""The study's report: per-cell results read from the cells' archives (or run directories, see
archive.py), per-row mean and spread
over seeds, sacreBLEU's paired bootstrap and seed-paired tests against the dense row (and
against a row's `versus` row, e.g. Mixtral's block against GShard's), a markdown table, JSON
and dev-NLL curves with seed bands. Reads files only: it never trains or compiles anything.
"""

from __future__ import annotations

import collections
import json
import os
import statistics
from datetime import datetime, timezone

import numpy as np

from experiments.study.archive import DENSE_PHASE_METRICS, result_dir
from gshard_jax.engine.tracking import read_metrics
from experiments.study.grid import Cell, Row

METRICS = ("bleu", "chrf", "dev_nll")


def _read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def throughput(train_records: list[dict]) -> float | None:
    """Median training tokens/s between consecutive log records of one session.

    Records carry the session's running average (tokens_per_sec x wall_time = tokens so far),
    so differences give each interval's rate; the median skips the first interval (compile)
    and the ones holding a dev evaluation.
    """
    rates = []
    for before, after in zip(train_records, train_records[1:]):
        dt = after["wall_time"] - before["wall_time"]
        if dt <= 0:  # a resume starts a new session clock
            continue
        tokens = after["tokens_per_sec"] * after["wall_time"] - before["tokens_per_sec"] * before["wall_time"]
        rates.append(tokens / dt)
    return statistics.median(rates) if rates else None


def routing_stats(train_records: list[dict]) -> dict:
    """Over the second half of the logged steps: the share of first and second choices dropped
    by capacity, and the busiest expert's share of first choices over the uniform share
    (1 = balanced; per MoE layer, then averaged over layers). Empty for dense runs."""
    late = [r for r in train_records[len(train_records) // 2:] if r.get("expert_load")]
    if not late:
        return {}
    load = np.array([r["expert_load"] for r in late], dtype=float)  # [steps, layers, E] NaN-padded
    experts = (~np.isnan(load[0])).sum(-1)  # per layer (PR-MoE layers differ)
    busiest = np.nanmax(load, axis=-1) * experts  # [steps, layers]
    return {"dropped_first": float(np.mean([r.get("dropped_first", 0.0) for r in late])),
            "dropped_second": float(np.mean([r.get("dropped_second", 0.0) for r in late])),
            "max_load": float(busiest.mean())}


def significance_corpus(cell: Cell) -> tuple[list[str], list[str]] | None:
    """(hypotheses, references) the paired test compares, or None if not written: the test
    split of a bilingual run; a multilingual run's to-English pairs concatenated (one target
    language, so one BLEU tokenizer, 13a)."""
    path = result_dir(cell)
    if path is None:
        return None
    names = sorted(name[len("test.hyp."):] for name in os.listdir(path)
                   if name.startswith("test.hyp."))
    if cell.row.task == "multi":
        names = [n for n in names if n.endswith("-en")]
    hyps, refs = [], []
    for name in names:
        ref_path = os.path.join(path, f"test.ref.{name}")
        if not os.path.exists(ref_path):
            return None
        hyps += _read_lines(os.path.join(path, f"test.hyp.{name}"))
        refs += _read_lines(ref_path)
    return (hyps, refs) if hyps else None


def cell_result(cell: Cell) -> dict | None:
    """A finished cell's numbers, None if it has no test scores yet."""
    from gshard_jax.model.size import parameter_counts
    from gshard_jax.engine.rundir import RunDir

    path = result_dir(cell)
    if path is None:
        return None
    run = RunDir(path)
    scores = run.read_scores("test")
    from experiments.common import training_seconds

    records = RunDir(path).metrics()
    train = [r for r in records if r["split"] == "train"]
    dev = [r for r in records if r["split"] == "dev"]
    cfg = run.read_config()
    counts = parameter_counts(cfg.model)
    # An upcycled cell's steps, curve and time count its dense half too (runner.py).
    offset = (run.read_json("upcycle.json") or {}).get("step", 0)
    dense_half = read_metrics(os.path.join(path, DENSE_PHASE_METRICS))
    dense_train = [r for r in dense_half if r["split"] == "train"]
    seconds = sum(training_seconds(t) for t in (train, dense_train) if t)
    return {
        "cell": cell.name, "task": cell.row.task, "row": cell.row.key, "seed": cell.seed,
        "source": path, "step": scores["step"] + offset, "sentences": scores["sentences"],
        "bleu": scores["bleu"], "chrf": scores["chrf"],
        "pairs": scores.get("pairs"),
        "dev_nll": dev[-1]["nll"] if dev else None,
        "dev_curve": ([[r["step"], r["nll"]] for r in dense_half if r["split"] == "dev"]
                      + [[r["step"] + offset, r["nll"]] for r in dev]),
        "train_seconds": seconds or None,
        "tokens_per_sec": throughput(train),
        "params_total": counts["total"], "params_activated": counts["activated"],
        "tokens_per_batch": cfg.data.tokens_per_batch, "d_model": cfg.model.d_model,
        "low_resource": list(cfg.data.low_resource),
        **routing_stats(train),
        "machine": (run.read_json("study_cell.json") or {}).get("machine"),
        "length_ratio": length_ratio(cell),
    }


def length_ratio(cell: Cell) -> float | None:
    """Hypothesis over reference length (sacreBLEU's 13a tokens) of the test set the paired
    test compares: below 1 BLEU's brevity penalty applies, well above 1 the model repeats."""
    import sacrebleu

    corpus = significance_corpus(cell)
    if corpus is None:
        return None
    bleu = sacrebleu.corpus_bleu(corpus[0], [corpus[1]])
    return bleu.sys_len / bleu.ref_len


def speed_vs_dense(cells: list[dict], dense: list[dict]) -> dict:
    """Each cell's tokens/s over the dense cell's of the same seed, counted only when both ran
    on the same machine (CPU kinds differ by more than the designs do), and their mean."""
    dense_by_seed = {d["seed"]: d for d in dense}
    ratios = {}
    for cell in cells:
        partner = dense_by_seed.get(cell["seed"])
        if (partner and cell.get("tokens_per_sec") and partner.get("tokens_per_sec")
                and cell.get("machine") and cell.get("machine") == partner.get("machine")):
            ratios[cell["seed"]] = cell["tokens_per_sec"] / partner["tokens_per_sec"]
    return {"speed_vs_dense_by_seed": ratios,
            "speed_vs_dense": float(np.mean(list(ratios.values()))) if ratios else None}


def seed_t_test(values: dict, dense: dict) -> dict | None:
    """SciPy's paired t-test over seeds of a row's metric against the dense run of each seed
    (the seed-level test the paired bootstrap, which resamples sentences, cannot make); None
    with fewer than two seeds in common or no variation in the gaps. SciPy is a dependency of
    JAX, so it is always installed beside gshard_jax."""
    from scipy import stats

    seeds = sorted(set(values) & set(dense))
    gaps = [values[s] - dense[s] for s in seeds]
    if len(seeds) < 2 or np.ptp(gaps) == 0:
        return None
    test = stats.ttest_rel([values[s] for s in seeds], [dense[s] for s in seeds])
    return {"t": float(test.statistic), "p": float(test.pvalue), "seeds": len(seeds)}


def machine_name(machine: dict | None) -> str:
    """'Intel Xeon' from 'Intel(R) Xeon(R) Processor': the CPU kind a table can show."""
    if not machine:
        return "unknown"
    words = machine["cpu"].replace("(R)", "").replace("(TM)", "").split()
    return " ".join(w for w in words if w.lower() not in ("processor", "cpu"))[:24] or "unknown"


def machine_counts(got: list[dict]) -> str:
    """'AMD EPYC x2, Intel Xeon x1': which CPU kinds trained a row's cells."""
    counts = collections.Counter(machine_name(g.get("machine")) for g in got)
    return ", ".join(f"{name} ×{n}" for name, n in sorted(counts.items()))


def _spread(values: list[float]) -> dict:
    values = [v for v in values if v is not None]
    if not values:
        return {"mean": None, "std": None, "min": None, "max": None}
    return {"mean": float(np.mean(values)),
            "std": float(np.std(values, ddof=1)) if len(values) > 1 else None,
            "min": float(min(values)), "max": float(max(values))}


def paired_p_values(cells: list[Cell], baseline: list[Cell], samples: int) -> dict:
    """sacreBLEU paired bootstrap of a row against a baseline row (dense, or its `versus`):
    per seed (same seed of the baseline row), and pooled (the seeds' test sets concatenated,
    each paired with the baseline run of its seed, so the resampling sees every seed's
    translations)."""
    from gshard_jax.translation.bleu import paired_bootstrap

    dense_by_seed = {cell.seed: cell for cell in baseline}
    per_seed, pooled = {}, ([], [], [])
    for cell in cells:
        partner = dense_by_seed.get(cell.seed)
        mine = significance_corpus(cell)
        theirs = significance_corpus(partner) if partner else None
        if mine is None or theirs is None or mine[1] != theirs[1]:
            continue
        per_seed[cell.seed] = paired_bootstrap(theirs[0], mine[0], mine[1], samples=samples)["p_value"]
        pooled[0].extend(theirs[0])
        pooled[1].extend(mine[0])
        pooled[2].extend(mine[1])
    result = {"p_by_seed": per_seed, "p_pooled": None, "bleu_pooled_delta": None}
    if per_seed:
        # Corpus BLEU of the concatenation, not the mean of the seeds' BLEU: its brevity
        # penalty sees the seeds' lengths summed, so the delta tested is reported beside p.
        test = paired_bootstrap(*pooled, samples=samples)
        result["p_pooled"] = test["p_value"]
        result["bleu_pooled_delta"] = test["system"] - test["baseline"]
    return result


def _by_seed(results: list[dict], metric: str) -> dict:
    """{seed: value} of one metric over cells, leaving out cells without it."""
    return {r["seed"]: r[metric] for r in results if r.get(metric) is not None}


def aggregate(rows: list[Row], cells: list[Cell], results: dict[str, dict],
              samples: int) -> list[dict]:
    """One entry per row with at least one finished cell: mean/std/min/max over seeds of
    BLEU, chrF and dev NLL, p-values against the task's dense row, sizes, speed and routing."""
    out = []
    for row in rows:
        done = [c for c in cells if c.row == row and c.name in results]
        if not done:
            continue
        got = [results[c.name] for c in done]
        entry = {"task": row.task, "row": row.key, "label": row.label,
                 "seeds": [c.seed for c in done], "steps": got[0]["step"],
                 **{m: _spread([g[m] for g in got]) for m in METRICS},
                 "params_total": got[0]["params_total"],
                 "params_activated": got[0]["params_activated"],
                 "tokens_per_batch": got[0]["tokens_per_batch"], "d_model": got[0]["d_model"],
                 "tokens_per_sec": _spread([g["tokens_per_sec"] for g in got])["mean"],
                 "train_seconds": _spread([g["train_seconds"] for g in got])["mean"]}
        entry["length_ratio"] = _spread([g.get("length_ratio") for g in got])
        entry["machines"] = machine_counts(got)
        for key in ("dropped_first", "dropped_second", "max_load"):
            entry[key] = _spread([g.get(key) for g in got])["mean"]
        if got[0].get("pairs"):
            entry.update(pair_spreads(got))
        if not row.is_baseline:
            entry.update(comparison(done, results, _finished_cells_of(
                cells, results, lambda r: r.task == row.task and r.is_baseline), samples))
        partner = _finished_cells_of(cells, results,
                                     lambda r: r.task == row.task and r.key == row.versus)
        if row.versus and partner:
            entry["versus"] = {"row": row.versus, "label": partner[0].row.label,
                               **comparison(done, results, partner, samples)}
        out.append(entry)
    return out


def _finished_cells_of(cells: list[Cell], results: dict[str, dict], which) -> list[Cell]:
    return [c for c in cells if which(c.row) and c.name in results]


def comparison(mine: list[Cell], results: dict[str, dict], theirs: list[Cell],
               samples: int) -> dict:
    """A row's cells against another row's, seed by seed: paired bootstrap p (per seed and
    pooled), speed ratio, BLEU and dev NLL gaps by seed and their seed-paired t-tests."""
    got, partner = [results[c.name] for c in mine], [results[c.name] for c in theirs]
    out = {**paired_p_values(mine, theirs, samples), **speed_vs_dense(got, partner)}
    # The seed-to-seed checks the bootstrap cannot make: does the gain keep its sign, in BLEU
    # and in dev NLL (free of decoding length, which moves BLEU most here)?
    for metric in ("bleu", "dev_nll"):
        values, baseline = _by_seed(got, metric), _by_seed(partner, metric)
        out[f"{metric}_delta_by_seed"] = {seed: value - baseline[seed]
                                          for seed, value in values.items() if seed in baseline}
        out[f"t_test_{metric}"] = seed_t_test(values, baseline)
    return out


def pair_spreads(got: list[dict]) -> dict:
    """A multilingual row's per-pair BLEU and chrF and its group mean BLEU (all, high- and
    low-resource, to and from English), each as a spread over seeds."""
    from experiments.common import group_averages

    low = tuple(got[0]["low_resource"])
    pairs = {name: {"bleu": _spread([g["pairs"][name]["bleu"] for g in got]),
                    "chrf": _spread([g["pairs"][name]["chrf"] for g in got]),
                    "tokenize": info["tokenize"], "sentences": info["sentences"]}
             for name, info in got[0]["pairs"].items()}
    by_seed = [group_averages(g["pairs"], low) for g in got]
    groups = {group: _spread([averages[group] for averages in by_seed]) for group in by_seed[0]}
    return {"pairs": pairs, "groups": groups, "low_resource": list(low)}


def _fmt(value, digits=2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _p_and_delta(entry: dict) -> str:
    if entry.get("p_pooled") is None:
        return ""
    return f"{entry['p_pooled']:.3f} ({entry['bleu_pooled_delta']:+.2f})"


def _deltas(by_seed: dict | None, p_by_seed: dict | None = None, digits: int = 2) -> str:
    """'+0.12 (0.210), -0.30 (0.040)' in seed order: each seed's gap and its own paired
    bootstrap p if given (seeds are ints in memory, strings after a JSON round trip)."""
    gaps = {int(seed): gap for seed, gap in (by_seed or {}).items()}
    p_values = {int(seed): p for seed, p in (p_by_seed or {}).items()}
    return ", ".join(f"{gaps[seed]:+.{digits}f}"
                     + (f" ({p_values[seed]:.3f})" if seed in p_values else "")
                     for seed in sorted(gaps))


def _t_tests(entry: dict) -> str:
    """'0.412 / 0.230': the seed-paired t-test's p for BLEU and for dev NLL."""
    tests = [entry.get("t_test_bleu"), entry.get("t_test_dev_nll")]
    if not any(tests):
        return ""
    return " / ".join("" if t is None else f"{t['p']:.3f}" for t in tests)


def _same_sign(by_seed: dict | None) -> str | None:
    """'+' or '-' when a row's gaps to dense (two or more seeds) all share a sign, else None."""
    gaps = list((by_seed or {}).values())
    if len(gaps) < 2:
        return None
    return "+" if min(gaps) > 0 else "-" if max(gaps) < 0 else None


def _mean_pm(spread: dict, digits=2) -> str:
    if spread["mean"] is None:
        return ""
    if spread["std"] is None:
        return _fmt(spread["mean"], digits)
    return f"{spread['mean']:.{digits}f} ± {spread['std']:.{digits}f}"


TASK_TITLES = {"en_es": "en→es (bundled Bible corpus, all test verses)",
               "multi": "Multilingual, 10 languages with English (macro average over the pairs "
                         "trained, listed below)"}


def facts(entries: list[dict], alpha: float = 0.05) -> list[str]:
    """Plain statements the numbers support, per task: which rows differ from dense at
    p < alpha, and whose dev NLL mean lies outside the dense seeds' range."""
    lines = []
    for task in TASK_TITLES:
        rows = [e for e in entries if e["task"] == task]
        dense = next((e for e in rows if e["row"] == "dense"), None)
        if dense is None or len(rows) < 2:
            continue
        significant = [f"{e['label']} ({e['bleu_pooled_delta']:+.2f} pooled BLEU, "
                       f"p={e['p_pooled']:.3f})" for e in rows
                       if e.get("p_pooled") is not None and e["p_pooled"] < alpha]
        lines.append(f"- {task}: BLEU differs from dense at p < {alpha} (pooled paired bootstrap) "
                     f"for: {', '.join(significant) or 'no row'}.")
        steady = [f"{e['label']} ({sign})" for e in rows
                  if (sign := _same_sign(e.get("bleu_delta_by_seed")))]
        lines.append(f"- {task}: BLEU gap to dense of the same sign in every seed (2 or more "
                     f"seeds): {', '.join(steady) or 'no row'}.")
        steady = [f"{e['label']} ({'lower' if sign == '-' else 'higher'})" for e in rows
                  if (sign := _same_sign(e.get("dev_nll_delta_by_seed")))]
        lines.append(f"- {task}: dev NLL lower or higher than the same seed's dense run in every "
                     f"seed (2 or more seeds): {', '.join(steady) or 'no row'}.")
        low, high = dense["dev_nll"]["min"], dense["dev_nll"]["max"]
        below = [e["label"] for e in rows if e is not dense and e["dev_nll"]["mean"] is not None
                 and e["dev_nll"]["mean"] < low]
        lines.append(f"- {task}: dev NLL mean below every dense seed ({low:.3f}..{high:.3f}, "
                     f"{len(dense['seeds'])} seeds): {', '.join(below) or 'no row'}.")
        for e in rows:
            if e.get("versus"):
                lines.append(versus_fact(task, e, alpha))
    return lines


def versus_fact(task: str, entry: dict, alpha: float) -> str:
    """One line: how a row fares against its `versus` row in dev NLL and BLEU, seed by seed."""
    v = entry["versus"]
    parts = []
    for metric, better in (("dev_nll", "lower"), ("bleu", "higher")):
        gaps = list(v[f"{metric}_delta_by_seed"].values())
        wins = sum((g < 0) if metric == "dev_nll" else (g > 0) for g in gaps)
        test = v.get(f"t_test_{metric}")
        verdict = ("" if test is None else
                   f", seed-paired t p={test['p']:.3f} ({'' if test['p'] < alpha else 'not '}"
                   f"significant at {alpha})")
        name = "dev NLL" if metric == "dev_nll" else "test BLEU"
        parts.append(f"{name} {better} in {wins} of {len(gaps)} seeds{verdict}")
    return f"- {task}: {entry['label']} against {v['label']}: " + "; ".join(parts) + "."


def write_markdown(entries: list[dict], results: list[dict], path: str, command: str,
                   samples: int, reading: str | None) -> None:
    machines = {json.dumps(r["machine"], sort_keys=True) for r in results if r.get("machine")}
    lines = ["# MoE design study", "",
             f"Command: `{command}`  ", f"Report written {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC "
             f"from {len(results)} finished cells; machine(s): "
             + "; ".join(f"{m['cpu']}, {m['cores']} cores" for m in map(json.loads, sorted(machines)))
             + ".", "",
             "Mean ± sample standard deviation over seeds (no ± with one seed). p: sacreBLEU's "
             f"paired bootstrap ({samples} resamples) of BLEU against the dense row, the seeds' test "
             "sets pooled (each seed paired with the dense run of the same seed; multilingual: "
             "the to-English pairs), with the corpus BLEU gap of that pooled set (its brevity "
             "penalty sees all seeds' lengths, so it can differ from the gap of the means); "
             "Δ BLEU by seed: the row's test BLEU minus the dense run's "
             "of the same seed, seed 0 first, with that seed's own paired bootstrap p (whether a "
             "gain keeps its sign across seeds); Δ dev NLL by seed: the same for the final dev NLL "
             "(negative: MoE better); seed-paired t p: SciPy's paired t-test over the seeds "
             "(each seed's run against dense's of that seed), two-sided, for BLEU and for dev "
             "NLL: the test of seed-to-seed variance the bootstrap leaves out. "
             "hyp/ref length: test hypotheses' length over the references' (below 1: BLEU's "
             "brevity penalty; well above 1: repetition). "
             "Dropped: share of first / second choices over capacity; max load: busiest "
             "expert's share of first choices over the uniform share (1 = balanced), both over "
             "the second half of training. tokens/s: median training throughput, mean over "
             "the row's cells whatever machine trained them; speed vs dense: tokens/s over the "
             "dense cell's of the same seed, only where both ran on the same machine (mean "
             "over such seeds); train min: training wall time per seed; machines: the CPU "
             "kinds that trained the row's cells.", ""]
    columns = ["model", "seeds", "steps", "test BLEU", "test chrF", "dev NLL",
               "p (pooled Δ BLEU)", "Δ BLEU vs dense by seed (p)", "Δ dev NLL by seed",
               "seed-paired t p (BLEU / dev NLL)",
               "hyp/ref length",
               "total params", "activated params", "tokens/s", "speed vs dense",
               "dropped 1st / 2nd %", "max load", "train min", "machines"]
    for task, title in TASK_TITLES.items():
        rows = [e for e in entries if e["task"] == task]
        if not rows:
            continue
        lines += [f"## {title}", "", "| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        for e in rows:
            dropped = ("" if e["dropped_first"] is None else
                       f"{100 * e['dropped_first']:.1f} / {100 * e['dropped_second']:.1f}")
            cells = [e["label"], str(len(e["seeds"])), f"{e['steps']:,}", _mean_pm(e["bleu"]),
                     _mean_pm(e["chrf"]), _mean_pm(e["dev_nll"], 3), _p_and_delta(e),
                     _deltas(e.get("bleu_delta_by_seed"), e.get("p_by_seed")),
                     _deltas(e.get("dev_nll_delta_by_seed"), digits=3), _t_tests(e),
                     _mean_pm(e["length_ratio"]),
                     f"{e['params_total'] / 1e6:.2f}M", f"{e['params_activated'] / 1e6:.2f}M",
                     _fmt(e["tokens_per_sec"], 0), _fmt(e.get("speed_vs_dense")), dropped,
                     _fmt(e["max_load"]),
                     _fmt(e["train_seconds"] / 60 if e["train_seconds"] else None, 1),
                     e["machines"]]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    lines += versus_section(entries)
    stem = os.path.basename(path)[:-len(".md")]
    lines += pair_sections([e for e in entries if e.get("pairs")], f"{stem}_multilingual_bleu.png")
    lines += ["## What the numbers say (computed)", "", *facts(entries), "",
              f"Dev NLL curves with seed bands and each row's gap to dense: `{stem}_curves.png`.", ""]
    if reading:
        lines += ["## Reading", "", reading.strip(), ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))


def versus_section(entries: list[dict]) -> list[str]:
    """Markdown: each row with a `versus` row against it, on the seeds both ran (the same
    columns as the main table's comparisons with dense; gaps are the row's minus the other's)."""
    compared = [e for e in entries if e.get("versus")]
    if not compared:
        return []
    lines = ["## Rows against each other (seed by seed)", "",
             "Each row minus the row it is compared with, on the seeds both trained: Δ by seed "
             "(paired bootstrap p of that seed), pooled paired bootstrap p (corpus BLEU gap), "
             "seed-paired t-test p, speed: tokens/s ratio of same-seed cells trained on the "
             "same machine (a shared CPU makes it a rough figure; see the benchmark named in "
             "the reading).", "",
             "| model | against | seeds paired | Δ BLEU by seed (p) | p (pooled Δ BLEU) | "
             "Δ dev NLL by seed | seed-paired t p (BLEU / dev NLL) | speed ratio |",
             "|" + "---|" * 8]
    for e in compared:
        v = e["versus"]
        lines.append(" | ".join([
            f"| {e['label']}", v["label"], str(len(v["dev_nll_delta_by_seed"])),
            _deltas(v["bleu_delta_by_seed"], v["p_by_seed"]), _p_and_delta(v),
            _deltas(v["dev_nll_delta_by_seed"], digits=3), _t_tests(v),
            _fmt(v.get("speed_vs_dense"))]) + " |")
    return lines + [""]


def pair_sections(entries: list[dict], plot: str) -> list[str]:
    """Markdown: BLEU per language pair and group means of every multilingual row."""
    if not entries:
        return []
    from experiments.common import resource_group

    low = tuple(entries[0]["low_resource"])
    lines = ["## Multilingual: test BLEU per language pair", "",
             f"Mean ± standard deviation over seeds. Low-resource languages (training verses "
             f"kept): {', '.join(low) or 'none'}. Tokenizer: sacreBLEU's for the target "
             f"language's script. Plot: `{plot}`.", "",
             "| pair | group | tokenizer | test verses | " + " | ".join(e["label"] for e in entries)
             + " |", "|" + "---|" * (4 + len(entries))]
    for name, info in entries[0]["pairs"].items():
        lines.append(f"| {name} | {resource_group(name, low)} | {info['tokenize']} | "
                     f"{info['sentences']} | "
                     + " | ".join(_mean_pm(e["pairs"][name]["bleu"]) if name in e["pairs"] else ""
                                  for e in entries) + " |")
    lines += ["", "Mean BLEU over the pairs of each group (all; high- and low-resource; into "
              "and out of English):", "", "| group | " + " | ".join(e["label"] for e in entries)
              + " |", "|" + "---|" * (1 + len(entries))]
    for group in entries[0]["groups"]:
        lines.append(f"| {group} | " + " | ".join(_mean_pm(e["groups"][group]) if group in
                                                  e["groups"] else "" for e in entries) + " |")
    return lines + [""]


def plot_pair_bleu(entries: list[dict], path: str) -> None:
    """Bars of every multilingual row's mean test BLEU per pair with the seeds' min-max."""
    from experiments.common import plot_pair_bleu as plot_bars

    rows = [{"run": f"{e['label']} ({len(e['seeds'])} seeds)", "low_resource": e["low_resource"],
             "pairs": {p: {"bleu": v["bleu"]["mean"]} for p, v in e["pairs"].items()},
             "ranges": {p: (v["bleu"]["min"], v["bleu"]["max"]) for p, v in e["pairs"].items()}}
            for e in entries]
    plot_bars(rows, path)


def plot_curves(entries: list[dict], results: list[dict], path: str) -> None:
    """Dev NLL over training per task: every row's mean over its seeds (with the seeds'
    min-max band when it has several), and every row's mean minus the dense row's mean."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tasks = [t for t in TASK_TITLES if any(e["task"] == t for e in entries)]
    if not tasks:
        return
    fig, axes = plt.subplots(len(tasks), 2, figsize=(12, 4 * len(tasks)), squeeze=False)
    for (ax_bands, ax_gap), task in zip(axes, tasks):
        means = {}
        for e in (e for e in entries if e["task"] == task):
            curves = [r["dev_curve"] for r in results if r["task"] == task and r["row"] == e["row"]]
            steps = sorted(set.intersection(*(set(s for s, _ in c) for c in curves)))
            if not steps:
                continue
            values = np.array([[dict(c)[s] for s in steps] for c in curves])
            means[e["row"]] = (e["label"], dict(zip(steps, values.mean(0))))
            seeds = f"{len(curves)} seed" + ("s" if len(curves) > 1 else "")
            line, = ax_bands.plot(steps, values.mean(0), marker="o", label=f"{e['label']} ({seeds})")
            if len(curves) > 1:
                ax_bands.fill_between(steps, values.min(0), values.max(0), alpha=0.2,
                                      color=line.get_color())
        # The curves of every design lie within a few hundredths of a nat of each other:
        # their differences to the dense mean are what can be read.
        if "dense" in means:
            dense = means["dense"][1]
            for row, (label, curve) in means.items():
                steps = [s for s in curve if s in dense]
                if row != "dense" and steps:
                    ax_gap.plot(steps, [curve[s] - dense[s] for s in steps], marker=".", label=label)
            ax_gap.axhline(0, color="black", linewidth=0.8)
        ax_bands.set(title=f"{task}: dev NLL, mean and seeds' min-max (band: 2+ seeds)",
                     xlabel="step", ylabel="dev NLL per token")
        ax_gap.set(title=f"{task}: dev NLL minus dense (< 0: better)",
                   xlabel="step", ylabel="Δ dev NLL per token")
        for ax in (ax_bands, ax_gap):
            ax.grid(alpha=0.3)
            if ax.lines:
                ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_report(rows: list[Row], cells: list[Cell], out_stem: str, command: str,
                 samples: int = 1000, reading_path: str | None = None) -> list[dict]:
    """Writes <out_stem>.md, .json and <out_stem>_curves.png from the finished cells; returns
    the per-row entries."""
    results = {c.name: r for c in cells if (r := cell_result(c)) is not None}
    entries = aggregate(rows, cells, results, samples)
    reading = None
    if reading_path and os.path.exists(reading_path):
        with open(reading_path) as f:
            reading = f.read()
    os.makedirs(os.path.dirname(out_stem) or ".", exist_ok=True)
    write_markdown(entries, list(results.values()), f"{out_stem}.md", command, samples, reading)
    with open(f"{out_stem}.json", "w") as f:
        json.dump({"command": command, "rows": entries, "cells": list(results.values())}, f, indent=2)
    plot_curves(entries, list(results.values()), f"{out_stem}_curves.png")
    multilingual = [e for e in entries if e.get("pairs")]
    if multilingual:
        plot_pair_bleu(multilingual, f"{out_stem}_multilingual_bleu.png")
    return entries
