"""experiments/run_multilingual.py: its tables group the language pairs by resource and direction."""


def test_experiment_tables_group_pairs_by_resource_and_direction(tmp_path):
    from experiments import run_multilingual as rm
    pairs = {name: {"sentences": 5, "bleu": bleu, "chrf": 2 * bleu, "tokenize": "13a"}
             for name, bleu in (("fr-en", 10.0), ("it-en", 4.0), ("en-fr", 8.0), ("en-it", 2.0))}
    groups = rm.group_averages(pairs, ("it:500",))
    assert groups == {"all": 6.0, "high": 9.0, "low": 3.0, "to_en": 7.0, "from_en": 5.0}
    rows = [{"run": run, "pairs": pairs, "groups": groups, "low_resource": ["it:500"],
             "temperature": 5.0, "experts": e, "steps": 3, "test_bleu": 6.0} for run, e in
            (("multi_dense", 0), ("multi_moe", 8))]
    rm.write_table(rows, tmp_path / "t.md", "python -m experiments.run_multilingual --steps 3")
    text = (tmp_path / "t.md").read_text()
    assert "| it-en | low | 13a | 5 | 4.00 | 4.00 | 8.00 | 8.00 |" in text
    assert "| low | 3.00 | 3.00 |" in text and "--steps 3" in text
