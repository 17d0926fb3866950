"""Tiny configs, a toy parallel corpus, a toy text and tiny trainable runs, shared by the tests."""

import hashlib
import json
import os

import jax
import numpy as np

from gshard_jax.config import (
    CharDataConfig, Config, DataConfig, LMConfig, LMModelConfig, LMRunConfig, MeshConfig,
    ModelConfig, MoEConfig, RunConfig, TrainConfig, to_dict,
)

LEXICON = {"the": "el", "red": "rojo", "dog": "perro", "cat": "gato", "eats": "come",
           "sees": "ve", "big": "grande", "house": "casa", "bread": "pan", "water": "agua",
           "man": "hombre", "sun": "sol", "drinks": "bebe", "small": "chico", "tree": "arbol"}


def write_toy_corpus(path, pairs: int = 600, seed: int = 0) -> str:
    """A word-for-word English->Spanish TSV corpus a tiny model learns in a few steps."""
    rng = np.random.default_rng(seed)
    words = list(LEXICON)
    lines = []
    for _ in range(pairs):
        sentence = [words[j] for j in rng.integers(0, len(words), rng.integers(3, 9))]
        lines.append(f"{' '.join(sentence)}\t{' '.join(LEXICON[w] for w in sentence)}")
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def toy_train_config(corpus_path, workdir, steps, cache_dir=None, **run_overrides) -> Config:
    """A tiny MoE run on the toy corpus: 8 devices (expert preset, expert axis 2), Adam."""
    run = dict(workdir=str(workdir), steps=steps, eval_every=0, checkpoint_every=6,
               log_every=1, bleu_sentences=8, max_decode_len=16)
    run.update(run_overrides)
    return Config(
        model=ModelConfig(vocab_size=48, d_model=32, d_ff=64, expert_d_ff=32, num_heads=4,
                          num_encoder_layers=2, num_decoder_layers=2, dropout_rate=0.1,
                          moe=MoEConfig(num_experts=4, group_size=32)),
        mesh=MeshConfig(data=-1, expert=2, preset="expert"),
        train=TrainConfig(optimizer="adam", learning_rate=3e-3, warmup_steps=5),
        data=DataConfig(corpus=str(corpus_path), bucket_lengths=(16,), tokens_per_batch=256,
                        dev_fraction=0.05, test_fraction=0.05,
                        cache_dir=str(cache_dir or f"{workdir}/cache")),
        run=RunConfig(**run),
    )


def write_config_file(cfg, path) -> str:
    """A config module (as `gshard-jax [lm] --config` loads) that defines CONFIG = cfg
    (a Config or an LMConfig)."""
    name = type(cfg).__name__
    path.write_text(f"import json\nfrom gshard_jax.config import {name}, from_dict\n"
                    f"CONFIG = from_dict({name}, json.loads({json.dumps(json.dumps(to_dict(cfg)))}))\n")
    return str(path)


# An 8-device mesh each sharding preset can use (experts split at most 4 ways, model 2 ways).
PRESET_MESHES = {
    "data": dict(data=2, expert=4),
    "expert": dict(data=2, expert=4),
    "expert_model": dict(data=2, expert=2, model=2),
    "fsdp": dict(data=2, expert=4),
    "expert_fsdp": dict(data=2, expert=4),
}


def tiny_config(preset="expert", data=-1, expert=1, model=1, num_experts=8, **model_overrides):
    model_cfg = dict(vocab_size=64, d_model=32, d_ff=64, expert_d_ff=48, num_heads=4,
                     num_encoder_layers=2, num_decoder_layers=2, dropout_rate=0.1,
                     moe=MoEConfig(num_experts=num_experts, group_size=16))
    model_cfg.update(model_overrides)
    return Config(model=ModelConfig(**model_cfg),
                  mesh=MeshConfig(data=data, expert=expert, model=model, preset=preset),
                  train=TrainConfig(warmup_steps=4, learning_rate=0.05))


def write_lm_text(path, sentences: int = 400, seed: int = 0) -> str:
    """A small English-like UTF-8 text (the toy lexicon's words), one sentence per line."""
    rng = np.random.default_rng(seed)
    words = list(LEXICON)
    lines = [" ".join(words[j] for j in rng.integers(0, len(words), rng.integers(3, 9))).capitalize() + "."
             for _ in range(sentences)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def tiny_lm_config(text_path, workdir, steps, **run_overrides):
    """A tiny MoE character LM (E=4 on a data=2 x expert=4 mesh, 16x16 windows), Adam."""
    run = dict(workdir=str(workdir), steps=steps, eval_every=2, eval_batches=2,
               checkpoint_every=2, log_every=1)
    run.update(run_overrides)
    return LMConfig(
        model=LMModelConfig(d_model=32, num_heads=4, num_layers=2, d_ff=64, expert_d_ff=32,
                            block_size=16, moe=MoEConfig(num_experts=4, group_size=32)),
        mesh=MeshConfig(data=2, expert=4, preset="expert"),
        train=TrainConfig(optimizer="adam", learning_rate=3e-3, warmup_steps=5, label_smoothing=0.0),
        data=CharDataConfig(corpus=str(text_path), batch_size=16),
        run=LMRunConfig(**run),
    )


def uncached_lm_greedy(task, params, prompt, max_new):
    """Argmax decoding by re-running the whole window per character, with the window rule of
    lm/generate.py's docstring: at most block_size characters; when full, keep the last half."""
    block = task.cfg.model.block_size
    model = task.model(params)
    forward = jax.jit(lambda window: model(window)[0])
    tokens, start = list(prompt), 0
    for n in range(len(prompt), len(prompt) + max_new):
        if n - start > block:
            start = n - block // 2
        window = tokens[start:n]
        padded = np.zeros((1, block), np.int32)  # later positions cannot change earlier logits
        padded[0, :len(window)] = window
        tokens.append(int(np.argmax(forward(padded)[0, len(window) - 1])))
    return tokens


def snapshot(directory) -> dict[str, str]:
    """relative path -> sha256 of every file under `directory` ({} if it does not exist)."""
    digests = {}
    for root, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                digests[os.path.relpath(path, directory)] = hashlib.sha256(f.read()).hexdigest()
    return digests


def padded_batch(seed=0, B=16, L=8, vocab=64):
    """A random translation batch {src, tgt} [B, L] with some padding, so masks are exercised."""
    rng = np.random.default_rng(seed)
    src, tgt = rng.integers(1, vocab, (B, L)), rng.integers(1, vocab, (B, L))
    src[3, 5:] = 0
    tgt[5, 6:] = 0
    return {"src": src, "tgt": tgt}


def copy_with_config(source, target, **changes):
    """A copy of the Hugging Face directory `source` at `target` with config.json's `changes`
    applied (a checkpoint the importer must refuse or read differently)."""
    target.mkdir()
    for name in os.listdir(source):
        (target / name).write_bytes((source / name).read_bytes())
    config = json.loads((target / "config.json").read_text())
    config.update(changes)
    (target / "config.json").write_text(json.dumps(config))
    return target


def load_experiment_script(name):
    """experiments/<name>.py as a module (the drivers are scripts, not package modules)."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "experiments" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
