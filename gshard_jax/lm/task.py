"""The sharded task of the decoder-only character LM: the engine's `ShardedTask` with a `CharLM`.

Everything else is the engine's: logical axes -> NamedShardings, jitted init / train / eval
steps with in/out shardings, the optimiser, checkpoints' abstract state. A batch is
{'inputs', 'targets'}, both [B, L] character ids, targets = inputs shifted one left.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from flax import nnx
from jax.sharding import Mesh

from gshard_jax.config import LMConfig
from gshard_jax.model.lm import CharLM
from gshard_jax.model.size import decoder_only_counts, kv_cache_summary, parameter_summary
from gshard_jax.sharding.rules import Rules
from gshard_jax.engine.task import ShardedTask


class LMTask(ShardedTask):
    """A `CharLM` over `vocab_size` characters bound to a mesh and rules.

    loss = mean next-character cross-entropy (+ aux_loss_weight * sum of MoE aux losses);
    eval_step's nll_sum / tokens is the validation loss in nats per character.
    """

    batch_keys = ("inputs", "targets")

    def __init__(self, cfg: LMConfig, vocab_size: int, mesh: Mesh | None = None,
                 rules: Rules | None = None):
        self.vocab_size = vocab_size
        super().__init__(cfg, mesh, rules)

    def build_model(self, rngs: nnx.Rngs) -> CharLM:
        return CharLM(self.cfg.model, self.vocab_size, rngs=rngs)

    def model_summary(self) -> list[str]:
        """Parameters (total, active per token) and the decode cache of the decoder-only LM."""
        m = self.cfg.model
        return [parameter_summary(decoder_only_counts(m, self.vocab_size)),
                kv_cache_summary(m, m.num_layers, jnp.dtype(m.dtype).itemsize)]

    def forward(self, params, batch, rng, moe_mode: str = "alltoall"):
        """(logits [B, L, V], targets [B, L], weights [B, L] (all 1), MoE summary)."""
        logits, moe = self.model(params)(batch["inputs"], rng, moe_mode=moe_mode,
                                         moe_group_size=self.moe_group_size(batch["inputs"].shape))
        return logits, batch["targets"], self.token_weights(batch), moe

    def loss(self, params, batch, rng, moe_mode: str = "alltoall"):
        """Next-character CE + aux_loss_weight * sum of MoE aux losses: (loss, metrics)."""
        return self.objective(*self.forward(params, batch, rng, moe_mode))

    def token_weights(self, batch) -> jax.Array:
        """Every window position is a target (weights all 1)."""
        return batch["targets"] >= 0
