"""The `gshard-jax` command line: train, evaluate, translate, demo, shard-report, plan, routing; lm train/generate; import-hf/export-hf; upcycle.

On CPU it simulates `--cpu-devices` devices (default 8) so meshes can be tried on a laptop;
this must happen before jax is imported, hence the late imports. So must the start-up choices
of `gshard_jax.startup`: a host with no TPU or GPU runs on CPU without probing for one, and
compiled programs are kept in a persistent cache ($XDG_CACHE_HOME/gshard_jax/xla; turn it off
with GSHARD_COMPILATION_CACHE=off, or move it with GSHARD_COMPILATION_CACHE=DIR).

Output: results (translations, scores, tables) go to standard output; progress and
information go to standard error, so `gshard-jax translate < in.txt > out.txt` writes only
the translations.

Exit status: 0 done; 2 bad input (config, mesh, corpus, checkpoint, flags, a run directory in
use: the message names the fix, and nothing was written); 3 training stopped on a non-finite
loss (the last good checkpoint is kept); 4 `plan`: the config does not fit the topology's
memory (the report says by how much and what to change); 128 + signal number when
SIGTERM/SIGINT stopped training after saving a checkpoint.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from gshard_jax.errors import UserError

# The default experiment ships inside the package, so `train` without --config works anywhere.
DEFAULT_TRAIN_CONFIG = os.path.join(os.path.dirname(__file__), "translation", "default_config.py")


def simulate_cpu_devices(count: int) -> None:
    """Makes jax (imported after this call) see `count` CPU devices (0: leave it alone);
    the experiment drivers call it too, before their first jax import."""
    flags = os.environ.get("XLA_FLAGS", "")
    if count > 0 and "xla_force_host_platform_device_count" not in flags:
        os.environ["XLA_FLAGS"] = f"{flags} --xla_force_host_platform_device_count={count}".strip()


def _count(minimum: int):
    """argparse type: an integer >= minimum, with an error that says so."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value
    parse.__name__ = f"integer >= {minimum}"
    return parse


def build_parser() -> argparse.ArgumentParser:
    """The `gshard-jax` argument parser (every command and flag)."""
    parser = argparse.ArgumentParser(prog="gshard-jax", description=__doc__.splitlines()[0],
                                     epilog="exit status: 0 done, 2 bad input, 3 non-finite loss, "
                                            "4 plan does not fit, 128+N stopped by signal N "
                                            "after saving. Compiled programs are cached in "
                                            "$XDG_CACHE_HOME/gshard_jax/xla (~/.cache/...): "
                                            "GSHARD_COMPILATION_CACHE=off turns the cache off, "
                                            "=DIR moves it")
    parser.add_argument("--cpu-devices", type=_count(0), default=8,
                        help="simulated CPU devices when running on CPU (0 = leave as is)")
    parser.add_argument("--coordinator", metavar="ADDRESS:PORT",
                        help="multi-process: process 0's coordinator, or 'auto' for JAX's "
                             "cluster detection (default: $GSHARD_COORDINATOR)")
    parser.add_argument("--num-processes", type=_count(1), metavar="N",
                        help="multi-process: number of processes (default: $GSHARD_NUM_PROCESSES)")
    parser.add_argument("--process-id", type=_count(0), metavar="I",
                        help="multi-process: this process's id, 0..N-1 (default: $GSHARD_PROCESS_ID)")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_config(p, default=None, workdir=True):
        p.add_argument("--config", default=default,
                       help="experiment config file defining CONFIG (experiments/configs/*.py)")
        if workdir:
            p.add_argument("--workdir", help="run directory (overrides run.workdir; without "
                                             "--config, the run's saved config is used)")
        p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                       help="config override, e.g. --set model.moe.num_experts=16 --set mesh.expert=2")
        return p

    train = with_config(sub.add_parser("train", help="train (or resume) a translation experiment, "
                                       "then report test BLEU with translations"),
                        DEFAULT_TRAIN_CONFIG)
    train.add_argument("--no-eval", action="store_true", help="skip the test-set evaluation")
    _add_init_flags(train)
    evaluate = with_config(sub.add_parser("evaluate", help="sacreBLEU/chrF of a trained run on a split"))
    evaluate.add_argument("--split", default="test", choices=("dev", "test"))
    evaluate.add_argument("--limit", type=_count(1), help="only the first N sentences")
    translate = with_config(sub.add_parser("translate", help="translate lines from a file or stdin "
                                           "(translations alone on stdout, one per input line)"))
    translate.add_argument("--input", help="text file, one sentence per line (default: stdin)")
    translate.add_argument("--target-lang", metavar="LANG",
                           help="language to translate into; needed by a multilingual run with "
                                "several target languages (data.direction from_en or both)")
    demo = with_config(sub.add_parser("demo", help="sharded train steps on a synthetic task + "
                                      "sharding table (default: a tiny built-in config)"),
                       workdir=False)
    demo.add_argument("--steps", type=_count(1), default=60)
    demo.add_argument("--batch-size", type=_count(1), default=32,
                      help="rows per step (a multiple of the data shards)")
    with_config(sub.add_parser("shard-report", help="every parameter's logical axes, mesh axes "
                               "and bytes per device for a config, without training"),
                DEFAULT_TRAIN_CONFIG)
    plan = with_config(sub.add_parser(
        "plan", help="compile the train step for a TPU topology without a TPU (needs the 'tpu' "
        "extra): parameters, per-device memory against HBM, FLOPs, collectives, roofline step "
        "time; exit 4 if it does not fit"), DEFAULT_TRAIN_CONFIG)
    plan.add_argument("--topology", required=True, metavar="NAME",
                      help="TPU topology, e.g. v3:32x32 (2048 cores), v5e:16x16, v5p:4x4x8, "
                           "v5e:16x16,slices=2")
    plan.add_argument("--batch", type=_count(1), metavar="B",
                      help="rows of the planned batch (default: data.tokens_per_batch // length, "
                           "as training cuts them)")
    plan.add_argument("--length", type=_count(2), metavar="L",
                      help="sequence length of the planned batch (default: the longest bucket)")
    plan.add_argument("--step", choices=("train", "generate"), default="train",
                      help="train: the train step; generate: one KV-cached decode step of an LM "
                           "config (bfloat16 weights, a cache of --length tokens for --batch "
                           "rows): weights vs KV cache bytes per device")
    plan.add_argument("--json", metavar="PATH", help="also write every figure to PATH as JSON")
    distill = sub.add_parser("distill", help="Mixture-of-Students: train a smaller student from a "
                             "trained teacher run with knowledge distillation, then compare test BLEU")
    distill.add_argument("--teacher", required=True, metavar="RUN_DIR", help="the trained teacher's run")
    distill.add_argument("--workdir", required=True, help="the student's run directory")
    distill.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                         help="student overrides of the teacher's config, e.g. "
                              "--set model.num_encoder_layers=1 --set distill.stop_step=500")
    distill.add_argument("--no-eval", action="store_true", help="skip the test-set comparison")
    distill.add_argument("--limit", type=_count(1), help="compare on the first N test sentences only")
    sub.add_parser("config-fields", help="list every config field with its type, range and default")
    import_hf = sub.add_parser(
        "import-hf", help="convert a Hugging Face checkpoint directory (MixtralForCausalLM, "
        "SwitchTransformersForConditionalGeneration, T5ForConditionalGeneration: config.json, "
        "safetensors, tokenizer.model or spiece.model) into a new run directory (checkpoint at "
        "step 0) that lm generate / lm train (Mixtral), translate / evaluate / train (Switch, "
        "T5), plan and shard-report take")
    import_hf.add_argument("--from", dest="from_dir", required=True, metavar="DIR",
                           help="the directory save_pretrained wrote")
    import_hf.add_argument("--workdir", required=True, help="the new run directory (must not "
                           "hold a run)")
    import_hf.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                           help="override of the converted config, e.g. --set mesh.expert=8 "
                                "--set model.scan_layers=true --set model.block_size=2048")
    export_hf = sub.add_parser("export-hf", help="write a run's newest checkpoint as a Hugging "
                               "Face directory (config.json, safetensors + index, tokenizer) "
                               "that from_pretrained loads")
    export_hf.add_argument("--workdir", required=True, help="the run directory")
    export_hf.add_argument("--to", required=True, metavar="DIR", help="the new directory")
    routing = sub.add_parser("routing", help="routing report of a trained MoE run (translation "
                             "or LM, imported ones too): per layer and expert the load, router "
                             "entropy, drop rate at capacity factors 0.5-4 and dropless, top "
                             "tokens, load by language pair; JSON, heatmaps and an HTML page")
    routing.add_argument("--workdir", required=True, help="the trained run directory")
    routing.add_argument("--split", default="dev", choices=("dev", "test"),
                         help="the split to route (an LM run has dev only: its validation text)")
    routing.add_argument("--out", metavar="DIR", help="where to write (default: the run directory)")
    routing.add_argument("--limit", type=_count(1), metavar="N",
                         help="only the first N sentences of each language pair (LM: windows)")
    routing.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                         help="override of the run's config, e.g. --set mesh.expert=2")
    routing.set_defaults(config=None)
    _add_upcycle_parser(sub)
    _add_lm_parser(sub, with_config)
    return parser


def _add_init_flags(parser) -> None:
    """--init-from / --init-step: fine-tuning from another run's weights (engine/start.py)."""
    parser.add_argument("--init-from", metavar="RUN", help="fine-tune: start a new run (--workdir) "
                        "from RUN's parameters (e.g. one import-hf wrote) with a fresh optimiser "
                        "and schedule at step 0; without --config the config is RUN's, with "
                        "--set changes (the model's shape must stay). Rerunning resumes the "
                        "fine-tune's own checkpoints")
    parser.add_argument("--init-step", type=_count(0), metavar="N",
                        help="with --init-from: RUN's checkpoint step N (default: its newest "
                             "readable one)")


def _add_upcycle_parser(sub) -> None:
    upcycle = sub.add_parser(
        "upcycle", help="sparse upcycling: a new MoE run (checkpoint at step 0) whose experts "
        "are copies of a trained dense run's FFNs, everything else copied, the router fresh "
        "(the MoE model's own small random init: with softmax_topk top_k=1 it starts as the "
        "dense model's function); then `train --workdir RUN` (or `lm train`) trains it")
    upcycle.add_argument("--from", dest="from_dir", required=True, metavar="DENSE_RUN",
                         help="the dense run directory (translation or LM)")
    upcycle.add_argument("--config", required=True, help="the MoE experiment config file "
                         "(same shapes as the dense run; model.expert_d_ff = the dense d_ff)")
    upcycle.add_argument("--workdir", required=True, help="the new run directory (must not "
                         "hold a run)")
    upcycle.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                         help="override of the MoE config, e.g. --set model.moe.top_k=1")
    upcycle.add_argument("--noise", type=float, default=0.0, metavar="STD",
                         help="add N(0, (STD x the matrix's RMS)^2) to each expert copy "
                              "(default 0: exact copies)")
    upcycle.add_argument("--step", type=_count(0), metavar="N",
                         help="the dense run's checkpoint step (default: its newest)")


def _temperature(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not 0.0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text}")
    return value


def _add_lm_parser(sub, with_config) -> None:
    """`gshard-jax lm train|generate|config-fields`: the decoder-only character LM."""
    lm = sub.add_parser("lm", help="decoder-only character-level (MoE) language model: train, "
                        "generate")
    lm_sub = lm.add_subparsers(dest="lm_command", required=True)
    _add_init_flags(with_config(lm_sub.add_parser(
        "train", help="train (or resume) a character LM: progress, validation loss and bits per "
        "character, checkpoints (default: makeMoE's setup on the bundled English text)")))
    generate = with_config(lm_sub.add_parser(
        "generate", help="continue a prompt with a trained LM (KV-cached sampling; the text "
        "alone on stdout)"))
    generate.add_argument("--prompt", required=True, help="the text to continue")
    generate.add_argument("--max-chars", type=_count(1), default=200,
                          help="characters to generate after the prompt (tokens, i.e. subword "
                               "pieces, with data.tokenizer=sentencepiece; generation also ends "
                               "at its eos)")
    generate.add_argument("--temperature", type=_temperature, default=1.0,
                          help="softmax temperature; 0 = greedy (argmax)")
    generate.add_argument("--top-k", type=_count(0), default=0,
                          help="sample among the k most likely characters (0 = all)")
    generate.add_argument("--seed", type=_count(0), default=0, help="sampling seed")
    lm_sub.add_parser("config-fields", help="list every LM config field with its type, range "
                      "and default")


def _config(args):
    """Config from --config (or the run's saved config.json), then --workdir and --set.

    `lm` commands read an LMConfig; `lm train` without either starts from LMConfig()'s
    defaults (a new run directory) or resumes with the run's saved config.
    """
    from gshard_jax.config import Config, LMConfig
    from gshard_jax.config.fields import apply_overrides, load_config_file
    from gshard_jax.engine.rundir import RunDir

    workdir = getattr(args, "workdir", None)
    lm = args.command == "lm"
    cls = LMConfig if lm else _either_class(args, workdir)
    overrides = list(args.set) + ([f"run.workdir={workdir}"] if workdir else [])
    if _starts_from_source(args, workdir):
        from gshard_jax.engine.start import check_source_run
        return RunDir(check_source_run(args.init_from).path, cls).read_config(overrides)
    if _reads_the_run(args, workdir):
        return RunDir(workdir, cls).read_config(overrides)
    if args.config:
        cfg = load_config_file(args.config, cls)
    elif workdir and (not lm or args.lm_command == "generate"
                      or os.path.exists(RunDir(workdir).config_path)):
        return RunDir(workdir, cls).read_config(overrides)
    elif lm and args.lm_command == "train":
        cfg = LMConfig()
    elif args.command == "demo":
        from gshard_jax.translation.demo import DEMO_CONFIG
        cfg = DEMO_CONFIG
    else:
        raise UsageError(f"gshard-jax {args.command}: give --config FILE or --workdir RUN_DIR")
    return apply_overrides(cfg, overrides)


def _starts_from_source(args, workdir) -> bool:
    """train / lm train --init-from RUN without a --config of one's own, into a new run
    directory: the config is RUN's (with --set and --workdir). UsageError for --init-from
    without --workdir, or --init-step without --init-from."""
    init_from = getattr(args, "init_from", None)
    if getattr(args, "init_step", None) is not None and not init_from:
        raise UsageError("--init-step N needs --init-from RUN (the run whose step N to start from)")
    if not init_from:
        return False
    if not workdir:
        raise UsageError("--init-from RUN starts a new run: give its directory with --workdir")
    from gshard_jax.engine.rundir import RunDir

    return (args.config in (None, DEFAULT_TRAIN_CONFIG)
            and not os.path.exists(RunDir(workdir).config_path))


def _reads_the_run(args, workdir) -> bool:
    """shard-report and plan of a run directory (--workdir without a --config of one's own, e.g.
    one import-hf wrote) describe that run's saved config, not the default experiment; train
    resumes it (fine-tuning an imported run), as --workdir's help says."""
    from gshard_jax.engine.rundir import RunDir

    return (args.command in ("shard-report", "plan", "train") and bool(workdir)
            and args.config in (None, DEFAULT_TRAIN_CONFIG)
            and os.path.exists(RunDir(workdir).config_path))


def _either_class(args, workdir) -> type:
    """shard-report and plan take translation and LM configs alike: the class of --config's
    CONFIG, or of the run's config.json; Config for the other commands."""
    from gshard_jax.config import Config, ConfigError, LMConfig
    from gshard_jax.config.fields import load_config_file
    from gshard_jax.engine.rundir import RunDir

    if args.command not in ("shard-report", "plan", "routing"):
        return Config
    if args.config and not _reads_the_run(args, workdir):
        try:
            config = load_config_file(args.config, object)
        except ConfigError:
            return Config  # loading it again as a Config reports the problem in its words
        return LMConfig if isinstance(config, LMConfig) else Config
    if workdir and os.path.exists(RunDir(workdir).config_path):
        try:
            RunDir(workdir, Config).read_config()
        except ConfigError:
            return LMConfig
    return Config


def lm_vocab_size(cfg) -> int:
    """An LM config's vocabulary: model.vocab_size, or its run's characters (vocab.json)."""
    from gshard_jax.engine.rundir import RunDir

    if cfg.model.vocab_size:
        return cfg.model.vocab_size
    saved = RunDir(cfg.run.workdir).read_char_vocab()
    if saved is None:
        raise UsageError("this character LM's vocabulary is its training text's characters, "
                         f"and {cfg.run.workdir} has no vocab.json yet; pass --workdir of a "
                         "trained run or --set model.vocab_size=N")
    return len(saved["chars"])


class UsageError(UserError, ValueError):
    """A command-line argument that cannot be used (e.g. an unreadable --input file)."""


def _target_language(cfg, args) -> str | None:
    """The language `translate` writes: --target-lang, else a `--set data.tgt_lang=`, else the
    run's only target language. UsageError when a multilingual run has several and none was
    named, or the one named is not among them."""
    from gshard_jax.data.pipeline import target_languages

    named = args.target_lang or next((a.split("=", 1)[1].strip() for a in reversed(args.set)
                                      if a.split("=", 1)[0].strip() == "data.tgt_lang"), None)
    if cfg.data.direction == "pair":
        if named not in (None, cfg.data.tgt_lang):
            raise UsageError(f"--target-lang {named}: this run translates {cfg.data.src_lang} "
                             f"into {cfg.data.tgt_lang} only; drop --target-lang")
        return None
    targets = target_languages(cfg.data)
    if named is None and len(targets) == 1:
        return targets[0]
    if named is None:
        raise UsageError(f"this run is multilingual (data.direction={cfg.data.direction}) and "
                         f"translates into {', '.join(targets)}; say which with --target-lang "
                         f"LANG (or --set data.tgt_lang=LANG), e.g. --target-lang {targets[0]}")
    if named not in targets:
        raise UsageError(f"--target-lang {named}: this run translates into "
                         f"{', '.join(targets)} only; choose one of them")
    return named


def _read_sentences(path: str | None) -> list[str]:
    """Lines of `path` (or stdin) without newlines; UsageError if missing or not UTF-8."""
    if path is None:
        raw_lines = sys.stdin.buffer.read().splitlines()
        where = "standard input"
    else:
        try:
            with open(path, "rb") as f:
                raw_lines = f.read().splitlines()
        except OSError as error:
            raise UsageError(f"--input {path}: {error.strerror}; give a readable text file, one "
                             "sentence per line (or omit --input to read stdin)") from None
        where = f"--input {path}"
    lines = []
    for number, raw in enumerate(raw_lines, start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise UsageError(f"{where}: line {number} is not valid UTF-8; convert the "
                             "file to UTF-8 (e.g. iconv -f latin1 -t utf-8)") from None
    return lines


def stop_status(summary: dict) -> int | None:
    """128 + the signal's number when SIGTERM/SIGINT stopped training (after saving a
    checkpoint), else None: the exit status of a stopped run."""
    if "stopped_by" not in summary:
        return None
    return 128 + int(getattr(signal, summary["stopped_by"]))


def _run(args) -> int:
    if args.command == "config-fields":
        from gshard_jax.config import describe_fields
        print(describe_fields())
        return 0
    if args.command == "distill":
        return _distill(args)
    if args.command == "import-hf":
        from gshard_jax.hf.command import import_hf
        import_hf(args.from_dir, args.workdir, args.set)
        return 0
    if args.command == "upcycle":
        from gshard_jax.upcycle import upcycle
        upcycle(args.from_dir, args.config, args.workdir, args.set, noise=args.noise,
                step=args.step)
        return 0
    if args.command == "export-hf":
        from gshard_jax.hf.command import export_hf
        export_hf(args.workdir, args.to)
        return 0
    if args.command == "lm":
        return _run_lm(args)
    cfg = _config(args)
    if args.command == "routing":
        return _routing(cfg, args)
    if args.command == "demo":
        from gshard_jax.translation.demo import run_demo
        run_demo(cfg, steps=args.steps, batch_size=args.batch_size)
    elif args.command == "shard-report":
        from gshard_jax.config import LMConfig
        if isinstance(cfg, LMConfig):
            from gshard_jax.lm.task import LMTask
            print(LMTask(cfg, lm_vocab_size(cfg)).sharding_report())
        else:
            from gshard_jax.translation.task import TranslationTask
            print(TranslationTask(cfg).sharding_report())
    elif args.command == "plan":
        return _plan(cfg, args)
    elif args.command == "train":
        from gshard_jax.translation.evaluate import evaluate_split, track_test_results
        from gshard_jax.translation.train import train
        summary = train(cfg, init_from=args.init_from, init_step=args.init_step)
        if stop_status(summary) is not None:  # preempted: the checkpoint is saved, no evaluation
            return stop_status(summary)
        if not args.no_eval:
            track_test_results(cfg, evaluate_split(cfg, split="test"))
    elif args.command == "evaluate":
        from gshard_jax.translation.evaluate import evaluate_split
        evaluate_split(cfg, split=args.split, limit=args.limit)
    elif args.command == "translate":
        from gshard_jax.translation.translate import translate_sentences
        tgt_lang = _target_language(cfg, args)
        sentences = _read_sentences(args.input)
        for hypothesis in translate_sentences(cfg, sentences, tgt_lang, args.program_dir):
            print(hypothesis)
    return 0


def _plan(cfg, args) -> int:
    """`gshard-jax plan`: 0 fits, 4 does not fit (the fix is printed); --json written last,
    only after the plan is made, so bad input writes nothing."""
    import json

    from gshard_jax.plan.compile import plan
    from gshard_jax.plan.report import format_report
    from gshard_jax.plan.topology import parse_name, require_libtpu

    parse_name(args.topology)  # a bad name or a missing TPU compiler exits 2 before anything slow
    require_libtpu()
    if args.json:
        folder = os.path.dirname(os.path.abspath(args.json))
        if not os.path.isdir(folder) or os.path.isdir(args.json):
            raise UsageError(f"--json {args.json}: {folder} is not a directory to write into; "
                             "give a file path in an existing directory")
    print(f"gshard-jax plan: compiling the {args.step} step for {args.topology} (large models "
          "take minutes)...", file=sys.stderr)
    if args.step == "generate":
        from gshard_jax.plan.serve import format_decode_report, plan_decode_step
        report = plan_decode_step(cfg, args.topology, batch=args.batch, length=args.length,
                                  config_name=args.config or "")
        print(format_decode_report(report))
    else:
        report = plan(cfg, args.topology, batch=args.batch, length=args.length,
                      config_name=args.config or "")
        print(format_report(report))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)
            f.write("\n")
    return 0 if report["fits"] else 4


def _routing(cfg, args) -> int:
    """`gshard-jax routing`: the report's files are written last, after every figure, so bad
    input writes nothing."""
    from gshard_jax.config import LMConfig
    from gshard_jax.engine.routing_page import write_report

    out = args.out or cfg.run.workdir
    if os.path.exists(out) and not os.path.isdir(out):
        raise UsageError(f"--out {out} is a file; give a directory (it is created if missing)")
    if isinstance(cfg, LMConfig):
        from gshard_jax.lm.routing import lm_routing as make_report
    else:
        from gshard_jax.translation.routing import translation_routing as make_report
    figures, facts = make_report(cfg, args.split, args.limit)
    paths = write_report({"run": {"workdir": cfg.run.workdir, **facts}, **figures}, out, args.split)
    print(f"routing report: {paths['html']} (figures in {paths['json']})")
    return 0


def _distill(args) -> int:
    from gshard_jax.translation.distill import compare_with_teacher, distill, student_config

    student, teacher = student_config(args.teacher, args.workdir, args.set)
    summary = distill(args.teacher, student, teacher)
    if stop_status(summary) is not None:
        return stop_status(summary)
    if not args.no_eval:
        compare_with_teacher(args.teacher, student, teacher, args.limit)
    return 0


def _run_lm(args) -> int:
    if args.lm_command == "config-fields":
        from gshard_jax.config import LMConfig, describe_fields
        print(describe_fields(LMConfig))
        return 0
    cfg = _config(args)
    if args.lm_command == "train":
        from gshard_jax.lm.train import train_lm
        summary = train_lm(cfg, init_from=args.init_from, init_step=args.init_step)
        if stop_status(summary) is not None:
            return stop_status(summary)
        scores = (f"validation loss {summary['val_loss']:.4f} nats/char, "
                  f"{summary['val_bpc']:.4f} bits/char" if "val_bpc" in summary else "no validation")
        print(f"step {summary['step']}: {scores}; run in {cfg.run.workdir}")
    else:
        from gshard_jax.lm.train import generate_from_run
        print(generate_from_run(cfg, args.prompt, max_chars=args.max_chars,
                                temperature=args.temperature, top_k=args.top_k, seed=args.seed))
    return 0


def _end_translate_process(status: int) -> None:
    """Ends the process now, its output flushed, skipping Python's finalisation: tearing down
    jax's devices and modules costs a warm `translate` about a quarter of its CPU time after
    everything it writes is written. Returns (the normal exit follows) if a flush fails."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(status)


def main(argv: list[str] | None = None) -> int:
    """Runs one command; argv None: the process's own command line (the console script,
    `python -m gshard_jax.cli`), which a successful `translate` ends at once."""
    args = build_parser().parse_args(argv)
    from gshard_jax.startup import prepare_process, program_cache_dir
    args.program_dir = program_cache_dir(prepare_process())
    simulate_cpu_devices(args.cpu_devices)
    from gshard_jax.engine.distributed import initialize
    try:
        initialize(args.coordinator, args.num_processes, args.process_id)
        status = _run(args)
    except UserError as error:  # bad input of any room: the message names the fix
        print(f"gshard-jax: error: {error}", file=sys.stderr)
        return 2
    except FloatingPointError as error:  # engine.loop.NonFiniteLossError
        print(f"gshard-jax: error: {error}", file=sys.stderr)
        return 3
    if argv is None and args.command == "translate" and status == 0:
        _end_translate_process(status)
    return status


if __name__ == "__main__":
    sys.exit(main())
