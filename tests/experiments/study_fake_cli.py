"""Stands in for `python -m gshard_jax.cli` in tests/experiments/test_study.py: parses the command line
with the real CLI parser and config loader, then writes what train and evaluate would write,
without JAX. Behaviour per run directory comes from files the test puts there:
`fail_once` (exit 1 the first time, then work), `sleep` (sleep until SIGTERM, then write
`got_sigterm`). `upcycle` writes the new run's config.json and upcycle.json. Every call is appended to $STUDY_FAKE_CALLS."""

import json
import os
import signal
import sys
import time

import sacrebleu

from gshard_jax.cli import build_parser
from gshard_jax.config import apply_overrides, load_config_file, to_dict


PAIRS = ["de-en", "en-de", "it-en", "en-it"]


def fake_pair_bleu(pair: str, seed: int, workdir: str) -> float:
    """A multilingual fake run's BLEU for one pair (the test recomputes it from this)."""
    return 10.0 + PAIRS.index(pair) + 2.0 * seed + ("dense" not in workdir)


def main(argv):
    args = build_parser().parse_args(argv)
    workdir = args.workdir
    with open(os.environ["STUDY_FAKE_CALLS"], "a") as f:
        f.write(f"{args.command} {workdir}\n")
    os.makedirs(workdir, exist_ok=True)
    if os.path.exists(os.path.join(workdir, "sleep")):
        def stop(signum, frame):
            open(os.path.join(workdir, "got_sigterm"), "w").close()
            sys.exit(143)
        signal.signal(signal.SIGTERM, stop)
        time.sleep(60)
        return 1
    fail = os.path.join(workdir, "fail_once")
    if os.path.exists(fail):
        os.remove(fail)
        print("injected failure")
        return 1
    if args.command == "upcycle":
        cfg = apply_overrides(load_config_file(args.config), [*args.set, f"run.workdir={workdir}"])
        with open(os.path.join(args.from_dir, "config.json")) as f:
            dense_steps = json.load(f)["run"]["steps"]
        for name, value in (("config.json", to_dict(cfg)),
                            ("upcycle.json", {"from": args.from_dir, "step": dense_steps})):
            with open(os.path.join(workdir, name), "w") as f:
                json.dump(value, f)
    elif args.command == "train":
        cfg = apply_overrides(load_config_file(args.config), [*args.set, f"run.workdir={workdir}"])
        with open(os.path.join(workdir, "config.json"), "w") as f:
            json.dump(to_dict(cfg), f)
        seed = cfg.train.seed
        experts = cfg.model.moe.num_experts if cfg.model.moe_every else 0
        records = []
        for i, step in enumerate(range(100, cfg.run.steps + 1, 100)):
            record = {"step": step, "split": "train", "wall_time": 10.0 * (i + 1),
                      "tokens_per_sec": 1000.0, "tokens": 2000.0}
            if experts:
                share = [1.0 / experts] * experts
                record.update(expert_load=[share, share], dropped_first=0.01 * seed,
                              dropped_second=0.02)
            records.append(record)
            records.append({"step": step, "split": "dev",
                            "nll": 5.0 - step / 1000 - 0.01 * seed - 0.02 * bool(experts)})
        with open(os.path.join(workdir, "metrics.jsonl"), "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in records)
    else:
        with open(os.path.join(workdir, "config.json")) as f:
            cfg = json.load(f)
        steps, seed = cfg["run"]["steps"], cfg["train"]["seed"]
        refs = [f"sentence number {i} of the test set" for i in range(40)]
        # Runs differ in which sentences they get wrong, so their BLEU differs.
        every = 3 + seed + ("dense" not in workdir)
        hyps = [r if i % every else "wrong" for i, r in enumerate(refs)]
        scores = {"step": steps, "split": "test", "sentences": 40, "limit": args.limit,
                  "bleu": sacrebleu.corpus_bleu(hyps, [refs]).score, "chrf": 40.0}
        names = ["es"]
        if cfg["data"]["direction"] != "pair":  # multilingual: per-pair scores as evaluate writes
            names = PAIRS
            scores["pairs"] = {name: {"sentences": 40, "bleu": fake_pair_bleu(name, seed, workdir),
                                      "chrf": 40.0 + seed, "tokenize": "13a"} for name in PAIRS}
        for name in names:
            for kind, lines in (("hyp", hyps), ("ref", refs)):
                with open(os.path.join(workdir, f"test.{kind}.{name}"), "w") as f:
                    f.writelines(line + "\n" for line in lines)
        with open(os.path.join(workdir, "test_scores.json"), "w") as f:
            json.dump(scores, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
