"""Parameter counts from the config alone (total and activated per token)."""

from __future__ import annotations

from gshard_jax.config import BlockConfig, LMModelConfig, ModelConfig
from gshard_jax.model.layers import input_names


def _ffn(cfg: BlockConfig, hidden: int) -> int:
    """One FFN's matrices: (wi or wi_gate and wi_up) [M, H] plus wo [H, M]."""
    return (len(input_names(cfg.ffn_activation)) + 1) * cfg.d_model * hidden


def _norm(cfg: BlockConfig) -> int:
    """One norm's parameters: LayerNorm's scale and bias, RMSNorm's scale."""
    return (2 if cfg.norm == "layernorm" else 1) * cfg.d_model


def _attention(cfg: BlockConfig) -> int:
    return 4 * cfg.d_model * cfg.num_heads * cfg.resolved_head_dim


def _layers(cfg: ModelConfig | LMModelConfig, stack: str, count: int,
            cross: bool) -> tuple[int, int]:
    """(total, activated) parameters of the `count` blocks of `stack`."""
    norm = _norm(cfg)
    total = activated = 0
    for i in range(count):
        base = _attention(cfg) * (2 if cross else 1) + norm * (3 if cross else 2)
        if cfg.is_moe_layer(i):
            experts = cfg.experts_of(stack, i)
            expert = _ffn(cfg, cfg.expert_d_ff)
            # noisy_topk has a second router projection (the noise std's W_noise).
            noisy = cfg.moe.stack_router(decoder=stack == "decoder") == "noisy_topk"
            gate = cfg.d_model * experts * (2 if noisy else 1)
            # Residual-MoE adds an expert-shaped dense MLP that every token uses, plus the
            # learned mixing coefficients W_c [M, 2] and b_c [2].
            residual = {"off": 0, "sum": expert, "learned": expert + 2 * cfg.d_model + 2}[cfg.moe.residual]
            total += base + gate + experts * expert + residual
            activated += base + gate + cfg.moe.top_k * expert + residual
        else:
            dense = _ffn(cfg, cfg.d_ff)
            total += base + dense
            activated += base + dense
    return total, activated


def parameter_counts(cfg: ModelConfig) -> dict[str, int]:
    """{'total', 'activated'}: activated counts top_k experts per token in each MoE layer
    (and the Residual-MoE's MLP, which every token uses)."""
    embed = cfg.vocab_size * cfg.d_model * (1 if cfg.share_embeddings else 3)
    enc = _layers(cfg, "encoder", cfg.num_encoder_layers, False)
    dec = _layers(cfg, "decoder", cfg.num_decoder_layers, True)
    final_norms = 2 * _norm(cfg)
    return {"total": embed + enc[0] + dec[0] + final_norms,
            "activated": embed + enc[1] + dec[1] + final_norms}


def decoder_only_counts(cfg: LMModelConfig, vocab_size: int) -> dict[str, int]:
    """{'total', 'activated'} of the decoder-only LM (`model/lm.py`) of `cfg` over
    `vocab_size` ids: input table, num_layers blocks without cross-attention, final norm,
    output projection."""
    embed = 2 * vocab_size * cfg.d_model
    total, activated = _layers(cfg, "decoder", cfg.num_layers, False)
    norm = _norm(cfg)
    return {"total": embed + total + norm, "activated": embed + activated + norm}
