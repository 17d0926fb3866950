"""The default experiment (`gshard-jax train` without --config; the same as
experiments/configs/en_es_moe.py): English->Spanish Bible verses, GShard top-2 MoE every other
FFN, E=8. It ships inside the package, so `train` finds it wherever it runs.

Experts have d_ff/2, so a token's two experts cost the FLOPs of one dense FFN: the dense
baseline (en_es_dense.py) has the same per-token compute.

Small enough to train in about 15 minutes on a 2-core CPU (8 simulated devices, expert
preset): 1,400 steps of 2,048 tokens, about three passes over the training split.
"""

from gshard_jax.config import Config, DataConfig, MeshConfig, ModelConfig, MoEConfig, RunConfig, TrainConfig

CONFIG = Config(
    model=ModelConfig(
        vocab_size=4000, d_model=128, d_ff=512, expert_d_ff=256, num_heads=4,
        num_encoder_layers=2, num_decoder_layers=2, moe_every=2, dropout_rate=0.1,
        moe=MoEConfig(num_experts=8, top_k=2, group_size=256, capacity_factor=2.0),
    ),
    mesh=MeshConfig(data=-1, expert=4, model=1, preset="expert"),
    train=TrainConfig(optimizer="adafactor", learning_rate=0.05, warmup_steps=200, label_smoothing=0.1),
    data=DataConfig(corpus="bundled", src_lang="en", tgt_lang="es", bucket_lengths=(16, 32, 64, 128),
                    tokens_per_batch=2048),
    run=RunConfig(workdir="runs/en_es_moe", steps=1400, eval_every=700, checkpoint_every=100,
                  log_every=20, bleu_sentences=128, beam_size=4, max_decode_len=128),
)
