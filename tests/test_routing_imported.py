"""`gshard-jax routing` of runs `import-hf` made: a tiny Switch (top-1, C = ceil(cf S / E), its
checkpoint's fixed expert_capacity as the configured one) on the bundled en-es corpus and a tiny
Mixtral LM (top-2 over the logits, dropless as configured) on the bundled text, each equal to the
float64 recomputation from the model's own router logits (tests/routing_reference.py)."""

import math
import os

import numpy as np
import pytest

from gshard_jax.cli import main
from gshard_jax.config import LMConfig
from gshard_jax.data.pipeline import load_translation_data
from gshard_jax.engine.routing_stats import recordable
from gshard_jax.engine.rundir import RunDir
from gshard_jax.lm.train import load_lm_data, load_trained_lm
from gshard_jax.model.transformer import shift_right
from gshard_jax.translation.translate import load_trained
from tests.routing_reference import check_report, formula_capacities, recorded_logits, reference

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
spm = pytest.importorskip("sentencepiece")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
VOCAB, EXPERTS = 128, 4


def _sharpen_routers(model, scale=4.0):
    """Confident routers, so low capacity factors drop (a random model's are near uniform)."""
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "router" in name or ".gate." in name:
                parameter.mul_(scale)


@pytest.fixture(scope="module")
def switch_run(tmp_path_factory):
    from gshard_jax.data.corpus import load_bundled_corpus

    root = tmp_path_factory.mktemp("switch_routing")
    pairs = load_bundled_corpus("en").pairs[:3000]
    (root / "text.txt").write_text("\n".join(f"{p.src}\n{p.tgt}" for p in pairs) + "\n")
    spm.SentencePieceTrainer.train(
        input=str(root / "text.txt"), model_prefix=str(root / "spiece"), vocab_size=VOCAB - 8,
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1, model_type="unigram", minloglevel=2)
    torch.manual_seed(3)
    cfg = transformers.SwitchTransformersConfig(
        vocab_size=VOCAB, d_model=32, d_kv=8, d_ff=48, num_layers=2, num_decoder_layers=2,
        num_sparse_encoder_layers=1, num_sparse_decoder_layers=1, num_heads=4,
        num_experts=EXPERTS, expert_capacity=12, dropout_rate=0.0, router_jitter_noise=0.0,
        decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
    model = transformers.SwitchTransformersForConditionalGeneration(cfg).eval()
    _sharpen_routers(model)
    model.save_pretrained(root / "hf")
    (root / "hf" / "spiece.model").write_bytes((root / "spiece.model").read_bytes())
    run = str(root / "run")
    assert main(["import-hf", "--from", str(root / "hf"), "--workdir", run, "--set",
                 "mesh.expert=4", "--set", "model.moe.group_size=32"]) == 0
    assert main(["routing", "--workdir", run, "--limit", "16"]) == 0
    return run


def test_an_imported_switch_report_equals_the_recomputation(switch_run):
    cfg = RunDir(switch_run).read_config()
    report = RunDir(switch_run).read_json("routing_dev.json")
    task, params, tokenizer, _ = load_trained(recordable(cfg))
    data = load_translation_data(cfg, verbose=False, tokenizer=tokenizer)
    batches = list(data.eval_batches("dev", task.data_shards, list(range(16))))
    ids = [[b["src"], np.asarray(shift_right(b["tgt"]))] for b in batches]
    fixed = cfg.model.moe.expert_capacity
    capacity = formula_capacities(1, EXPERTS, lambda S: min(fixed, S))  # Switch: no k in C
    assert {layer["router"] for layer in report["layers"]} == {"switch"}
    check_report(report["layers"], reference(recorded_logits(task, params, batches), ids, 1,
                                             EXPERTS, capacity))
    assert report["layers"][0]["capacity"]["S=32"]["configured"] == min(fixed, 32)


def test_an_imported_mixtral_lm_report_equals_the_recomputation(tmp_path):
    from gshard_jax.data.chars import bundled_text
    from gshard_jax.lm.routing import lm_routing

    (tmp_path / "text.txt").write_text(bundled_text()[:40000])
    spm.SentencePieceTrainer.train(input=str(tmp_path / "text.txt"), model_prefix=str(tmp_path / "sp"),
                                   vocab_size=100, minloglevel=2)
    config = transformers.MixtralConfig(
        vocab_size=VOCAB, hidden_size=64, intermediate_size=96, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, num_local_experts=EXPERTS,
        num_experts_per_tok=2, max_position_embeddings=64, eos_token_id=None)
    torch.manual_seed(0)
    model = transformers.MixtralForCausalLM(config).eval()
    _sharpen_routers(model)
    model.save_pretrained(tmp_path / "hf")
    (tmp_path / "hf" / "tokenizer.model").write_bytes((tmp_path / "sp.model").read_bytes())
    run = str(tmp_path / "run")
    assert main(["import-hf", "--from", str(tmp_path / "hf"), "--workdir", run]) == 0
    cfg = RunDir(run, LMConfig).read_config([f"data.corpus={tmp_path / 'text.txt'}",
                                             "data.batch_size=8", "model.moe.group_size=64"])
    figures, facts = lm_routing(cfg, "dev", limit=8)
    assert {layer["router"] for layer in figures["layers"]} == {"softmax_topk"}
    task, params, _, _ = load_trained_lm(cfg)
    ids = load_lm_data(cfg, RunDir(run, LMConfig)).val_ids
    block = cfg.model.block_size
    starts = np.arange(0, len(ids) - block, block)[:8]
    batch = {"inputs": ids[starts[:, None] + np.arange(block)],
             "targets": ids[starts[:, None] + 1 + np.arange(block)]}
    assert facts["windows"] == 8 and cfg.model.moe.eval_capacity_factor == 0  # dropless
    capacity = formula_capacities(2, EXPERTS, lambda S: S)
    check_report(figures["layers"], reference(recorded_logits(task, params, [batch]),
                                              [[batch["inputs"]] * 2], 2, EXPERTS, capacity))
    assert math.isclose(sum(figures["layers"][0]["load"]), 1.0)
