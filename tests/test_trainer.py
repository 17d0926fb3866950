"""End-to-end trainer on a small synthetic parallel corpus: the loss falls, a run resumes
from its checkpoint, and the resumed trajectory equals an uninterrupted one."""

import dataclasses

import numpy as np
import pytest

from gshard_jax.config import Config, DataConfig, MeshConfig, ModelConfig, MoEConfig, RunConfig, TrainConfig
from gshard_jax.metrics_log import read_metrics
from gshard_jax.trainer import train

LEXICON = {"the": "el", "red": "rojo", "dog": "perro", "cat": "gato", "eats": "come",
           "sees": "ve", "big": "grande", "house": "casa", "bread": "pan", "water": "agua",
           "man": "hombre", "sun": "sol", "drinks": "bebe", "small": "chico", "tree": "arbol"}


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory):
    rng = np.random.default_rng(0)
    words = list(LEXICON)
    lines = []
    for i in range(600):
        sentence = [words[j] for j in rng.integers(0, len(words), rng.integers(3, 9))]
        lines.append(f"{' '.join(sentence)}\t{' '.join(LEXICON[w] for w in sentence)}")
    path = tmp_path_factory.mktemp("corpus") / "toy.tsv"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def _config(corpus_path, workdir, steps):
    return Config(
        model=ModelConfig(vocab_size=48, d_model=32, d_ff=64, expert_d_ff=32, num_heads=4,
                          num_encoder_layers=2, num_decoder_layers=2, dropout_rate=0.1,
                          moe=MoEConfig(num_experts=4, group_size=32)),
        mesh=MeshConfig(data=-1, expert=2, preset="expert"),
        train=TrainConfig(optimizer="adam", learning_rate=3e-3, warmup_steps=5),
        data=DataConfig(corpus=corpus_path, bucket_lengths=(16,), tokens_per_batch=256,
                        dev_fraction=0.05, test_fraction=0.05, cache_dir=str(workdir) + "/cache"),
        run=RunConfig(workdir=str(workdir), steps=steps, eval_every=0, checkpoint_every=6,
                      log_every=1, bleu_sentences=8, max_decode_len=16),
    )


def _losses(workdir):
    return {r["step"]: r["loss"] for r in read_metrics(str(workdir)) if r["split"] == "train"}


def test_loss_falls_and_resume_matches_uninterrupted_run(corpus_path, tmp_path):
    straight = tmp_path / "straight"
    train(_config(corpus_path, straight, 12), quiet=True)
    losses = _losses(straight)
    assert np.mean([losses[s] for s in (10, 11, 12)]) < np.mean([losses[s] for s in (1, 2, 3)]) - 0.3

    interrupted = tmp_path / "interrupted"
    train(_config(corpus_path, interrupted, 6), quiet=True)  # checkpoint at step 6, then stop
    summary = train(_config(corpus_path, interrupted, 12), quiet=True)  # resumes at step 6
    assert summary["step"] == 12
    resumed = _losses(interrupted)
    np.testing.assert_allclose([resumed[s] for s in range(7, 13)],
                               [losses[s] for s in range(7, 13)], rtol=1e-5)


def test_resume_with_a_different_model_is_refused(corpus_path, tmp_path):
    from gshard_jax.config import ConfigError
    cfg = _config(corpus_path, tmp_path / "run", 1)
    train(cfg, quiet=True)
    wider = dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, d_model=48))
    with pytest.raises(ConfigError, match="different 'model' config"):
        train(wider, quiet=True)
