"""The logical-axis vocabulary. Model code uses only these names; the rules tables in the
sharding package (rules.py) map each one onto mesh axes (or none), one table per parallelism preset.
The mesh axes' and the presets' names are here too, so the config can validate them.

`None` in a logical spec means "never sharded" (e.g. the gate's expert dimension).
"""

BATCH = "batch"  # sentences in a batch; the data-parallel dimension of activations.
LENGTH = "length"  # token position within a sequence.
EMBED = "embed"  # d_model.
MLP = "mlp"  # FFN hidden dimension (dense and expert FFNs).
HEADS = "heads"  # attention heads.
KV = "kv"  # per-head feature dimension.
VOCAB = "vocab"  # vocabulary entries (embedding rows, logits).
EXPERT = "expert"  # the experts of an MoE layer (weights and dispatched tokens).
EXPERT_GROUP = "expert_group"  # G: local dispatch groups of tokens.
CAPACITY = "capacity"  # C: slots per expert per group.
LAYERS = "layers"  # the stacked blocks of a scanned stack (model.scan_layers).

ALL = (BATCH, LENGTH, EMBED, MLP, HEADS, KV, VOCAB, EXPERT, EXPERT_GROUP, CAPACITY, LAYERS)
# Names a rules table may leave out (they stay replicated): added after tables were written.
OPTIONAL = (LAYERS,)

# The mesh's axis names, defined here once (MeshConfig has one size field per axis; the
# sharding package builds every mesh with them).
MESH_AXES = ("data", "expert", "model")

# The rules presets' names (mesh.preset), one list for the config's validation, the rules
# tables (sharding/rules.py has one per name) and the docs; aliases name the same tables.
RULES_PRESETS = ("data", "expert", "expert_model", "fsdp", "expert_fsdp")
RULES_PRESET_ALIASES = {"expert+model": "expert_model", "dp": "data", "ep": "expert"}
