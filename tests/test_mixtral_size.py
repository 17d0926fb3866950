"""Mixtral-8x7B's parameter count: `shard-report` on experiments/configs/mixtral_8x7b.py says
46.7B parameters, 12.9B active per token, which is the closed-form count of HF's config (and
what HF reports for the released model, 46,702,792,704); on a scaled-down Mixtral, the count
from the config equals HF's own `num_parameters()` and the parameters the model builds."""

import os

import jax
import numpy as np
import pytest

from gshard_jax.cli import main
from gshard_jax.config import load_config_file, LMConfig
from gshard_jax.model.size import decoder_only_counts

CONFIG = os.path.join(os.path.dirname(__file__), "..", "experiments", "configs", "mixtral_8x7b.py")


def _hf_formula(V, M, L, N, H, K, E, F, k):
    """(total, active) of a MixtralForCausalLM from its config.json fields: embed + lm_head,
    per layer q, o [M, N*K], k, v [M, H*K], two RMSNorms, the router [E, M], E (or k) SwiGLU
    experts of 3 * M * F; the final norm."""
    layer = 2 * M * N * K + 2 * M * H * K + 2 * M + E * M
    return (2 * V * M + L * (layer + E * 3 * M * F) + M,
            2 * V * M + L * (layer + k * 3 * M * F) + M)


def test_shard_report_counts_mixtral_8x7b_as_hugging_face_does(capsys):
    cfg = load_config_file(CONFIG, LMConfig)
    counts = decoder_only_counts(cfg.model, cfg.model.vocab_size)
    total, active = _hf_formula(V=32000, M=4096, L=32, N=32, H=8, K=128, E=8, F=14336, k=2)
    assert (counts["total"], counts["activated"]) == (total, active) == (46_702_792_704, active)
    assert main(["shard-report", "--config", CONFIG]) == 0
    out = capsys.readouterr().out
    assert "parameters: 46,702,792,704 (46.7B), active per token" in out
    assert f"{active:,} (12.9B)" in out
    assert "8 key/value heads for 32 query heads: 4x smaller" in out


def test_scaled_down_count_equals_hugging_face_and_the_built_model():
    transformers = pytest.importorskip("transformers")
    from gshard_jax.hf.mixtral import config_from_hf, make_task

    hf_config = transformers.MixtralConfig(
        vocab_size=96, hidden_size=48, intermediate_size=40, num_hidden_layers=3,
        num_attention_heads=6, num_key_value_heads=2, num_local_experts=4, num_experts_per_tok=2)
    hf_total = transformers.MixtralForCausalLM(hf_config).num_parameters()
    cfg = config_from_hf(hf_config.to_dict(), [])
    counts = decoder_only_counts(cfg.model, cfg.model.vocab_size)
    built = sum(int(np.prod(x.shape)) for x in
                jax.tree.leaves(make_task(cfg).abstract_state().params))
    assert counts["total"] == hf_total == built
    assert counts["total"] == _hf_formula(V=96, M=48, L=3, N=6, H=2, K=8, E=4, F=40, k=2)[0]
