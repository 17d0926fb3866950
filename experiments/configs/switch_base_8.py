"""Switch-Base-8 (Fedus et al. 2021; Hugging Face google/switch-base-8): T5-Base with every
other FFN a top-1 MoE of 8 experts, built from the checkpoint's own config.json fields by the
importer's mapping (gshard_jax/hf/switch.py), so its shape and parameter count are HF's:
619,339,008 parameters, 223M activated per token (tests/test_hf_switch.py counts HF's model,
built on the meta device, against the config).

`gshard-jax import-hf` writes this config (plus the weights) for a real switch-base-8
directory; this file is for `plan` and for fine-tuning from scratch at that shape:

    gshard-jax plan --config experiments/configs/switch_base_8.py --topology v3:4x4

Not from the checkpoint (change with --set): the mesh (experts split 8 ways, data the rest),
the data (the bundled en-es corpus, buckets of 64 tokens), Adafactor and the run directory.
"""

import dataclasses

from gshard_jax.config import Config, DataConfig, MeshConfig, RunConfig, TrainConfig
from gshard_jax.hf.switch import SWITCH, model_config_from_hf

# google/switch-base-8's config.json, the fields the model reads.
HF_CONFIG = {
    "architectures": [SWITCH], "vocab_size": 32128, "d_model": 768, "d_kv": 64, "d_ff": 3072,
    "num_heads": 12, "num_layers": 12, "num_decoder_layers": 12,
    "num_sparse_encoder_layers": 6, "num_sparse_decoder_layers": 6, "num_experts": 8,
    "expert_capacity": 64, "relative_attention_num_buckets": 32,
    "relative_attention_max_distance": 128, "dropout_rate": 0.1, "layer_norm_epsilon": 1e-6,
    "dense_act_fn": "relu", "router_bias": False, "router_dtype": "float32",
    "router_jitter_noise": 0.01, "router_z_loss_coef": 0.001, "router_aux_loss_coef": 0.001,
    "tie_word_embeddings": True, "is_encoder_decoder": True,
}

MODEL = model_config_from_hf(HF_CONFIG, SWITCH)
CONFIG = Config(
    model=dataclasses.replace(MODEL, max_len=128,
                              moe=dataclasses.replace(MODEL.moe, group_size=256)),
    mesh=MeshConfig(data=-1, expert=8, preset="expert"),
    train=TrainConfig(optimizer="adafactor", learning_rate=1.0, warmup_steps=1000,
                      label_smoothing=0.1),
    data=DataConfig(bucket_lengths=(16, 32, 64), tokens_per_batch=8192),
    run=RunConfig(workdir="runs/switch_base_8"),
)
