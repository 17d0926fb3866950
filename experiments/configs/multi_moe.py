"""Multilingual GShard in miniature: one MoE model for 10 languages to and from English.

bible_multi (NT + Genesis + Psalms in 11 public-domain Bibles), direction `both` (20 language
pairs), GShard's temperature sampling with T=5, and two languages cut to 500 training verses
to study transfer: Italian (with Spanish and French beside it) and Persian (whose script only
Arabic shares). Top-2 MoE every other FFN, E=8, experts of d_ff/2, so a token's two experts
cost one dense FFN: multi_dense.py has the same per-token compute.

    python -m experiments.run_multilingual --steps 3000
"""

from gshard_jax.config import Config, DataConfig, MeshConfig, ModelConfig, MoEConfig, RunConfig, TrainConfig

CONFIG = Config(
    model=ModelConfig(
        # 11 scripts' characters (~2,400, Korean syllables most of them) plus pieces.
        vocab_size=8000, d_model=128, d_ff=512, expert_d_ff=256, num_heads=4,
        num_encoder_layers=2, num_decoder_layers=2, moe_every=2, dropout_rate=0.1,
        moe=MoEConfig(num_experts=8, top_k=2, group_size=256, capacity_factor=2.0),
    ),
    mesh=MeshConfig(data=-1, expert=4, model=1, preset="expert"),
    train=TrainConfig(optimizer="adafactor", learning_rate=0.05, warmup_steps=400, label_smoothing=0.1),
    data=DataConfig(corpus="bible_multi", direction="both", temperature=5.0,
                    low_resource=("it:500", "fa:500"), bucket_lengths=(16, 32, 64, 128),
                    tokens_per_batch=2048),
    run=RunConfig(workdir="runs/multi_moe", steps=3000, eval_every=500, checkpoint_every=250,
                  log_every=20, bleu_sentences=160, beam_size=4, max_decode_len=128),
)
