"""The translation task: the encoder-decoder Transformer on {'src', 'tgt'} batches.

`TranslationTask` is the engine's `ShardedTask` with the translation model: a batch is
{'src' [B, T], 'tgt' [B, L]} token ids (0 = padding), and the loss is the label-smoothed
cross-entropy of every non-padding target token (+ the MoE losses, `ShardedTask.objective`).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx

from gshard_jax.engine.task import ShardedTask
from gshard_jax.model.size import kv_cache_summary, parameter_counts, parameter_summary
from gshard_jax.model.transformer import Transformer
from gshard_jax.vocab import PAD_ID


class TranslationTask(ShardedTask):
    """A `Transformer` (cfg.model) bound to a mesh and rules; see `ShardedTask`."""

    batch_keys = ("src", "tgt")  # the [B, L] int arrays of a batch

    def build_model(self, rngs: nnx.Rngs) -> Transformer:
        return Transformer(self.cfg.model, rngs=rngs)

    def model_summary(self) -> list[str]:
        """Parameters (total, active per token) and the decoder's decode cache."""
        m = self.cfg.model
        return [parameter_summary(parameter_counts(m)),
                kv_cache_summary(m, m.num_decoder_layers, jnp.dtype(m.dtype).itemsize)]

    def forward(self, params, batch, rng, moe_mode: str = "alltoall"):
        """(logits [B, L, V], targets [B, L], weights [B, L], MoE summary) of a batch."""
        logits, moe = self.model(params)(batch["src"], batch["tgt"], rng, top_k=batch.get("top_k"),
                                         moe_mode=moe_mode,
                                         moe_group_size=self.moe_group_size(batch["src"].shape))
        return logits, batch["tgt"], self.token_weights(batch), moe

    def loss(self, params, batch, rng, moe_mode: str = "alltoall"):
        """Label-smoothed CE per target token + aux_loss_weight * sum of MoE aux losses
        (+ z_loss_weight * sum of router z-losses): (loss, metrics)."""
        return self.objective(*self.forward(params, batch, rng, moe_mode))

    def token_weights(self, batch) -> jax.Array:
        """[B, L] weights of the target tokens the loss averages over (0 = padding)."""
        return batch["tgt"] != PAD_ID
