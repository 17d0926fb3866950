"""Parameter counts from the config alone (total and activated per token)."""

from __future__ import annotations

from gshard_jax.config import ModelConfig


def _attention(cfg: ModelConfig) -> int:
    return 4 * cfg.d_model * cfg.num_heads * cfg.resolved_head_dim


def _layers(cfg: ModelConfig, count: int, cross: bool, experts_per_token: int) -> tuple[int, int]:
    """(total, activated) parameters of `count` blocks."""
    norm = 2 * cfg.d_model
    total = activated = 0
    for i in range(count):
        base = _attention(cfg) * (2 if cross else 1) + norm * (3 if cross else 2)
        if cfg.is_moe_layer(i):
            expert = 2 * cfg.d_model * cfg.expert_d_ff
            gate = cfg.d_model * cfg.moe.num_experts
            total += base + gate + cfg.moe.num_experts * expert
            activated += base + gate + experts_per_token * expert
        else:
            dense = 2 * cfg.d_model * cfg.d_ff
            total += base + dense
            activated += base + dense
    return total, activated


def parameter_counts(cfg: ModelConfig) -> dict[str, int]:
    """{'total', 'activated'}: activated counts top_k experts per token in each MoE layer."""
    embed = cfg.vocab_size * cfg.d_model * (1 if cfg.share_embeddings else 3)
    enc = _layers(cfg, cfg.num_encoder_layers, False, cfg.moe.top_k)
    dec = _layers(cfg, cfg.num_decoder_layers, True, cfg.moe.top_k)
    final_norms = 2 * 2 * cfg.d_model
    return {"total": embed + enc[0] + dec[0] + final_norms,
            "activated": embed + enc[1] + dec[1] + final_norms}


def decoder_only_counts(cfg: ModelConfig) -> dict[str, int]:
    """{'total', 'activated'} of the decoder-only LM (`model/lm.py`) whose blocks `cfg`
    describes (`LMModelConfig.decoder_config`): input table, num_decoder_layers blocks without
    cross-attention, final norm, output projection."""
    embed = 2 * cfg.vocab_size * cfg.d_model
    total, activated = _layers(cfg, cfg.num_decoder_layers, False, cfg.moe.top_k)
    norm = 2 * cfg.d_model
    return {"total": embed + total + norm, "activated": embed + activated + norm}
