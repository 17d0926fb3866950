"""Character-level MoE LM on the bundled English text: makeMoE's shape, GShard top-2 router.

makeMoE: n_embed 128, 8 heads, 8 layers, every FFN a top-2 MoE of 8 experts with hidden 4 *
n_embed, block_size 32, batch 16, AdamW lr 1e-3, 5,000 steps. Here 4 layers and 600 steps, so
the MoE run and its dense twin (lm_dense.py) train in about 15 minutes together on a shared
2-core CPU (8 simulated devices, experts split 4 ways); Adam with warm-up and rsqrt decay.

    gshard-jax lm train --config experiments/configs/lm_moe.py
"""

from gshard_jax.config import (
    CharDataConfig, LMConfig, LMModelConfig, LMRunConfig, MeshConfig, MoEConfig, TrainConfig,
)

CONFIG = LMConfig(
    model=LMModelConfig(d_model=128, num_heads=8, num_layers=4, d_ff=1024, expert_d_ff=512,
                        moe_every=1, block_size=32, dropout_rate=0.1, attention_dropout_rate=0.1,
                        moe=MoEConfig(num_experts=8, top_k=2, group_size=64, capacity_factor=2.0)),
    mesh=MeshConfig(data=-1, expert=4, preset="expert"),
    train=TrainConfig(optimizer="adam", learning_rate=1e-3, warmup_steps=100, label_smoothing=0.0),
    data=CharDataConfig(corpus="bundled", val_fraction=0.1, batch_size=16),
    run=LMRunConfig(workdir="runs/lm_moe", steps=600, eval_every=100, eval_batches=10,
                    checkpoint_every=300, log_every=20),
)
