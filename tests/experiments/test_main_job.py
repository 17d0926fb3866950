"""experiments/main_job.py: the README's command is the one timed, each run starts from a fresh
clone of HEAD, and the record says whether reruns translated identically.

The end-to-end test uses a small git repository whose README command writes the files the real
job writes (test scores, translations, the training log), so it runs in seconds."""

import json
import os
import subprocess

import pytest

from experiments import main_job

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_readme_command_is_its_first_bash_line_and_runs_the_main_job():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    command = main_job.readme_main_command(readme)
    first_block = readme.split("```bash", 1)[1].split("```", 1)[0]
    assert command in first_block and not command.startswith("#")
    assert command.endswith("gshard-jax train")
    assert main_job.readme_main_command("# t\n```bash\n# comment\n\nrun a && b\nsecond\n```\n") \
        == "run a && b"
    with pytest.raises(ValueError, match="no ```bash block"):
        main_job.readme_main_command("# nothing here\n")


FAKE_JOB = ("mkdir -p runs/en_es_moe && cd runs/en_es_moe && printf 'hola\\n' > test.hyp.es "
            "&& echo '{\"split\": \"train\", \"wall_time\": 30.0}' > metrics.jsonl "
            "&& echo '{\"bleu\": 12.5, \"chrf\": 30.25, \"step\": 40, \"sentences\": 1}' "
            "> test_scores.json && test ! -e ../../leftover && touch ../../leftover")


def _fake_repo(path, job):
    path.mkdir()
    (path / "README.md").write_text(f"# fake\n\n```bash\n# Main job\n{job}\n```\n")
    for args in (["init", "-q"], ["add", "README.md"],
                 ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "fake"]):
        subprocess.run(["git", *args], cwd=path, check=True)


def test_two_fresh_clone_runs_are_recorded_with_their_spread(tmp_path, monkeypatch, capsys):
    repo = tmp_path / "repo"
    _fake_repo(repo, FAKE_JOB)
    monkeypatch.setattr(main_job, "ROOT", str(repo))
    results = tmp_path / "results"
    code = main_job.main(["--reruns", "2", "--results", str(results),
                          "--clones", str(tmp_path / "clones")])
    # The job refuses to run where a 'leftover' exists: both runs passing means fresh clones.
    assert code == 0
    record = json.loads((results / "main_job.json").read_text())
    assert [r["bleu"] for r in record["runs"]] == [12.5, 12.5]
    assert [r["train_seconds"] for r in record["runs"]] == [30.0, 30.0]
    assert record["summary"]["identical_translations"] is True
    assert record["summary"]["bleu"] == {"min": 12.5, "max": 12.5}
    assert len(record["runs"][0]["parts"]) == len(FAKE_JOB.split("&&"))
    assert "12.50" in (results / "main_job.md").read_text()

    # A third run of the same commit adds to the record instead of replacing it.
    assert main_job.main(["--reruns", "1", "--results", str(results),
                          "--clones", str(tmp_path / "clones")]) == 0
    assert json.loads((results / "main_job.json").read_text())["summary"]["runs"] == 3

    # Another machine's runs start a new record; the old one is kept, whole, under "earlier".
    monkeypatch.setattr(main_job, "machine", lambda: {"cpu": "Other CPU", "cores": 4,
                                                      "python": "3.12.0"})
    assert main_job.main(["--reruns", "1", "--results", str(results),
                          "--clones", str(tmp_path / "clones")]) == 0
    newest = json.loads((results / "main_job.json").read_text())
    assert newest["machine"]["cpu"] == "Other CPU" and newest["summary"]["runs"] == 1
    assert [e["summary"]["runs"] for e in newest["earlier"]] == [3]
    assert newest["earlier"][0]["runs"] == record["runs"] + newest["earlier"][0]["runs"][2:]
    text = (results / "main_job.md").read_text()
    assert text.index("Other CPU") < text.index("## Earlier") < text.index(record["machine"]["cpu"])


def test_a_failing_job_and_a_dirty_checkout_are_reported(tmp_path, monkeypatch, capsys):
    repo = tmp_path / "repo"
    _fake_repo(repo, "echo starting && false && echo never")
    monkeypatch.setattr(main_job, "ROOT", str(repo))
    results = tmp_path / "results"
    assert main_job.main(["--reruns", "1", "--results", str(results),
                          "--clones", str(tmp_path / "clones")]) == 1
    run = json.loads((results / "main_job.json").read_text())["runs"][0]
    assert run["exit_code"] == 1 and "bleu" not in run
    assert [p["command"] for p in run["parts"]] == ["echo starting", "false"]

    (repo / "README.md").write_text("changed\n")
    assert main_job.main(["--reruns", "1", "--results", str(results)]) == 2
    assert "uncommitted changes" in capsys.readouterr().err
