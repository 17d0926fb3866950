"""Switch-C (Fedus et al. 2021, Table 9; Hugging Face google/switch-c-2048): 15 encoder and 15
decoder blocks, every FFN a top-1 MoE of 2048 experts, d_model 2080, FFN 6144, 32 heads of 64:
1,571,308,972,448 parameters (the paper's 1571B; 1.73B activated per token), built from the
checkpoint's config.json fields by the importer's mapping (gshard_jax/hf/switch.py), so the
shape is HF's (tests/test_hf_switch.py counts HF's model against it).

For `plan` only (one expert per core, as the paper's 2048-expert runs):

    gshard-jax plan --config experiments/configs/switch_c.py --topology v3:32x32

It fits: 13.60 GiB of a v3 core's 16 GiB, 4 all-to-alls per MoE layer (docs/scale.md).

Not from the checkpoint (change with --set): the mesh, bfloat16 activations, the paper's batch
(2048 sequences of 512 tokens: one 512-token bucket, 2**20 tokens), Adafactor, and the expert
capacity. The checkpoint's `expert_capacity` 64 is a per-sequence inference setting (HF's
router counts it per sequence); training with it would give every one of the 2048 experts 64
slots per 512-token group, 131,072 slots for 512 tokens, whose expert buffers took 31.16 GiB
of temporaries per v3 core (does not fit). Here C comes from a capacity factor as in the
paper's training, ceil(1.0 x 512 / 2048) = 1 slot per expert per group (Table 9 states no
factor for Switch-C; its Table 1 trains Switch-Base at 1.0, 1.25 and 2.0).
"""

import dataclasses

from gshard_jax.config import Config, DataConfig, MeshConfig, RunConfig, TrainConfig
from gshard_jax.hf.switch import SWITCH, model_config_from_hf

from switch_base_8 import HF_CONFIG as SWITCH_BASE_8_HF

# google/switch-c-2048's config.json: switch-base-8's with these fields changed (every layer
# sparse: step 1).
HF_CONFIG = {**SWITCH_BASE_8_HF, "d_model": 2080, "d_ff": 6144, "num_heads": 32, "num_layers": 15,
             "num_decoder_layers": 15, "num_sparse_encoder_layers": 15,
             "num_sparse_decoder_layers": 15, "num_experts": 2048}

MODEL = model_config_from_hf(HF_CONFIG, SWITCH)
CONFIG = Config(
    model=dataclasses.replace(MODEL, max_len=1024, dtype="bfloat16",
                              moe=dataclasses.replace(MODEL.moe, group_size=512, expert_capacity=0,
                                                      capacity_factor=1.0)),
    mesh=MeshConfig(data=-1, expert=2048, preset="expert"),
    train=TrainConfig(optimizer="adafactor", learning_rate=1.0, warmup_steps=10000,
                      label_smoothing=0.0),
    data=DataConfig(bucket_lengths=(512,), tokens_per_batch=2**20),
    run=RunConfig(workdir="runs/switch_c"),
)
