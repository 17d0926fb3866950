"""Conformance with Hugging Face's own PyTorch Mixtral: a tiny random `MixtralForCausalLM`
(GQA 4 heads / 2 kv heads, rope_theta 1e6, eps 1e-5, 4 experts top-2, 2 layers), saved with
`save_pretrained` and imported with `gshard-jax import-hf`, gives HF's float32 logits within 1e-4
(on 8 simulated devices under the expert and expert_model presets, and scanned), greedy
generation of 16 tokens through gshard_jax's KV cache equals HF's cached `generate`, both key
layouts import, and import -> export -> `from_pretrained` gives back HF's logits (multi-query
too). Bad input exits 2 and writes nothing. No token is dropped (HF's Mixtral is dropless; the
import sets capacity_factor 0), so this holds for every transformers version in range.
"""

import json
import os

import jax
import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from gshard_jax.cli import main  # noqa: E402
from gshard_jax.config import LMConfig  # noqa: E402
from gshard_jax.engine.checkpoint import Checkpointer  # noqa: E402
from gshard_jax.engine.rundir import RunDir  # noqa: E402
from gshard_jax.hf.command import export_hf, import_hf  # noqa: E402
from gshard_jax.hf.mixtral import make_task  # noqa: E402
from gshard_jax.lm.generate import make_generate_fn  # noqa: E402
from tests.helpers import copy_with_config, snapshot  # noqa: E402

os.environ["HF_HUB_OFFLINE"] = "1"
VOCAB, BATCH, LENGTH = 128, 2, 16


def _hf_model(seed: int, **overrides):
    settings = dict(
        vocab_size=VOCAB, hidden_size=64, intermediate_size=96, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, num_local_experts=4,
        num_experts_per_tok=2, rope_theta=1e6, rms_norm_eps=1e-5, max_position_embeddings=64,
        eos_token_id=None)  # no eos: generate runs all 16 steps
    config = transformers.MixtralConfig(**{**settings, **overrides})
    config._attn_implementation = "eager"
    torch.manual_seed(seed)
    return transformers.MixtralForCausalLM(config).eval()


def _hf_logits(model, ids):
    with torch.no_grad():
        return model(torch.tensor(ids)).logits.numpy()


@pytest.fixture(scope="module")
def hf(tmp_path_factory):
    """The HF model, its logits on a batch, and its directories in both key layouts."""
    root = tmp_path_factory.mktemp("hf")
    model = _hf_model(0)
    model.save_pretrained(root / "legacy")  # the Hub's per-expert w1/w2/w3 keys
    model.save_pretrained(root / "fused", save_original_format=False)  # gate_up_proj
    ids = np.random.default_rng(0).integers(0, VOCAB, (BATCH, LENGTH))
    return dict(model=model, ids=ids, logits=_hf_logits(model, ids), root=root)


def _restored(workdir):
    cfg = RunDir(str(workdir), LMConfig).read_config()
    task = make_task(cfg)
    state, step = RunDir(str(workdir), LMConfig).restore(task.abstract_state())
    assert step == 0
    return task, state.params


def _logits(task, params, ids):
    def forward(params, ids):
        with task.sharding_context():
            logits, moe = task.model(params)(ids)
            return logits, moe["dropped"]
    logits, dropped = jax.jit(forward)(params, ids)
    assert float(dropped) == 0.0  # dropless, as HF
    return np.asarray(logits)


@pytest.mark.parametrize("layout, overrides", [
    ("legacy", []),  # data=2 x expert=4, preset expert
    ("fused", ["model.scan_layers=true"]),
    ("legacy", ["mesh.data=2", "mesh.expert=2", "mesh.model=2", "mesh.preset=expert_model"]),
])
def test_imported_logits_equal_hugging_face(hf, tmp_path, layout, overrides):
    import_hf(str(hf["root"] / layout), str(tmp_path / "run"), overrides, quiet=True)
    task, params = _restored(tmp_path / "run")
    assert task.mesh.devices.size == 8
    np.testing.assert_allclose(_logits(task, params, hf["ids"]), hf["logits"], atol=1e-4, rtol=0)


def test_greedy_generation_equals_hugging_face_generate(hf, tmp_path):
    import_hf(str(hf["root"] / "legacy"), str(tmp_path / "run"), [], quiet=True)
    task, params = _restored(tmp_path / "run")
    prompt, new = hf["ids"][:, :8], 16
    with torch.no_grad():
        # An explicit mask: HF would take a prompt's id 0 (its pad id here) for padding.
        want = hf["model"].generate(torch.tensor(prompt), attention_mask=torch.ones(prompt.shape),
                                    max_new_tokens=new, do_sample=False, use_cache=True,
                                    pad_token_id=0).numpy()
    generate = make_generate_fn(task, BATCH, prompt.shape[1], new)
    got = np.asarray(generate(params, prompt, 0, np.float32(0.0), np.int32(0)))
    np.testing.assert_array_equal(got, want)
    assert len(np.unique(want[:, 8:])) > 3  # not a constant continuation


@pytest.mark.parametrize("kv_heads", [2, 1])
def test_round_trip_import_export_from_pretrained_gives_the_original_logits(hf, tmp_path, kv_heads):
    model = hf["model"] if kv_heads == 2 else _hf_model(1, num_key_value_heads=1)
    source = hf["root"] / "legacy" if kv_heads == 2 else tmp_path / "mqa"
    if kv_heads == 1:
        model.save_pretrained(source, max_shard_size="100KB")  # sharded, with an index
        assert (source / "model.safetensors.index.json").exists()
    import_hf(str(source), str(tmp_path / "run"), ["model.scan_layers=true"], quiet=True)
    task, params = _restored(tmp_path / "run")
    want = _hf_logits(model, hf["ids"])
    np.testing.assert_allclose(_logits(task, params, hf["ids"]), want, atol=1e-4, rtol=0)
    files = export_hf(str(tmp_path / "run"), str(tmp_path / "out"), max_shard_bytes=200_000,
                      quiet=True)["files"]
    assert len(files) > 1 and (tmp_path / "out" / "model.safetensors.index.json").exists()
    back = transformers.MixtralForCausalLM.from_pretrained(
        tmp_path / "out", attn_implementation="eager").eval()
    assert back.config.num_key_value_heads == kv_heads and back.config.rope_parameters["rope_theta"] == 1e6
    for name, tensor in model.state_dict().items():
        np.testing.assert_array_equal(back.state_dict()[name].numpy(), tensor.numpy(), name)
    np.testing.assert_allclose(_hf_logits(back, hf["ids"]), want, atol=1e-6, rtol=0)


def _refused(capsys, argv, workdir, message):
    before = snapshot(workdir)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err, err
    assert snapshot(workdir) == before  # nothing written


def test_bad_input_exits_2_and_writes_nothing(hf, tmp_path, capsys):
    legacy, run = hf["root"] / "legacy", tmp_path / "run"
    argv = lambda source: ["import-hf", "--from", str(source), "--workdir", str(run)]  # noqa: E731
    (tmp_path / "empty").mkdir()
    _refused(capsys, argv(tmp_path / "empty"), run, "has no config.json")
    truncated = copy_with_config(legacy, tmp_path / "truncated")
    data = (truncated / "model.safetensors").read_bytes()
    (truncated / "model.safetensors").write_bytes(data[: len(data) // 2])
    _refused(capsys, argv(truncated), run, "model.safetensors is truncated")
    other = copy_with_config(legacy, tmp_path / "other", architectures=["LlamaForCausalLM"])
    _refused(capsys, argv(other), run, "is a LlamaForCausalLM; gshard_jax imports MixtralForCausalLM")
    gelu = copy_with_config(legacy, tmp_path / "gelu", hidden_act="gelu")
    _refused(capsys, argv(gelu), run, "hidden_act='gelu'")
    window = copy_with_config(legacy, tmp_path / "window", sliding_window=16)
    _refused(capsys, argv(window), run, "sliding_window=16 is shorter than the context "
             "model.block_size=64")
    _refused(capsys, argv(legacy) + ["--set", "model.norm=layernorm"], run, "model.norm='layernorm'")
    assert not run.exists()
    assert main(argv(legacy) + ["--set", "model.block_size=16"]) == 0  # the window's fix works
    capsys.readouterr()
    assert main(["shard-report", "--workdir", str(run)]) == 0  # an ordinary run directory
    report = capsys.readouterr().out
    assert "2 key/value heads for 4 query heads: 2x smaller" in report
    assert f"parameters: {sum(p.numel() for p in hf['model'].parameters()):,}" in report
    _refused(capsys, argv(legacy), run, "already holds a run")
    # Imported without tokenizer.model: ids only, so text in or out is refused with the fix.
    _refused(capsys, ["lm", "generate", "--workdir", str(run), "--prompt", "Hi"], run,
             "has no tokenizer (data.tokenizer=none")


def test_export_refuses_a_run_not_of_mixtrals_shape(tmp_path, capsys):
    from tests.helpers import tiny_lm_config
    cfg = tiny_lm_config(tmp_path / "text.txt", tmp_path / "char_run", 2)
    RunDir(cfg.run.workdir, LMConfig).save_config(cfg)
    _refused(capsys, ["export-hf", "--workdir", cfg.run.workdir, "--to", str(tmp_path / "out")],
             tmp_path / "out", "model.ffn_activation='relu' (Mixtral: 'swiglu')")
    assert not (tmp_path / "out").exists()


def test_an_imported_run_generates_through_its_tokenizer_and_trains_on(hf, tmp_path, capsys):
    import sentencepiece as spm

    from gshard_jax.data.chars import bundled_text
    from gshard_jax.data.pieces import PieceVocab

    text = tmp_path / "text.txt"
    text.write_text(bundled_text()[:40000])
    spm.SentencePieceTrainer.train(input=str(text), model_prefix=str(tmp_path / "sp"),
                                   vocab_size=100, minloglevel=2)  # unk 0, bos 1, eos 2
    source = copy_with_config(hf["root"] / "legacy", tmp_path / "with_tokenizer")
    (source / "tokenizer.model").write_bytes((tmp_path / "sp.model").read_bytes())
    run = tmp_path / "run"
    assert main(["import-hf", "--from", str(source), "--workdir", str(run)]) == 0
    assert RunDir(str(run), LMConfig).read_config().data.tokenizer == "sentencepiece"
    capsys.readouterr()
    prompt = "In the beginning"
    assert main(["lm", "generate", "--workdir", str(run), "--prompt", prompt,
                 "--max-chars", "8", "--temperature", "0"]) == 0
    got = capsys.readouterr().out.rstrip("\n")
    # HF's greedy continuation of the same ids (the model's bos, then the pieces).
    vocab = PieceVocab(str(tmp_path / "sp.model"))
    ids = vocab.encode(prompt)
    assert ids[0] == 1 and len(ids) > 2
    with torch.no_grad():
        out = hf["model"].generate(torch.tensor(ids[None]), attention_mask=torch.ones(1, len(ids)),
                                   max_new_tokens=8, do_sample=False, pad_token_id=0)[0].tolist()
    new = out[len(ids):]
    new = new[:new.index(2)] if 2 in new else new  # generation ends at the tokenizer's eos
    head = vocab.decode(ids)
    assert got == prompt + vocab.decode(list(ids) + new)[len(head):], (got, out)
    # Fine-tuning continues from the imported step 0 on text through the same tokenizer.
    assert main(["lm", "train", "--workdir", str(run), "--set", f"data.corpus={text}",
                 "--set", "run.steps=2", "--set", "run.eval_every=0",
                 "--set", "run.checkpoint_every=2", "--set", "data.batch_size=8"]) == 0
    assert RunDir(str(run)).checkpoint_steps() == [0, 2]
    with Checkpointer(RunDir(str(run)).checkpoint_dir) as ckpt:  # the import wrote weights alone
        assert ckpt.holds_params_only(0) and not ckpt.holds_params_only(2)
    # Fine-tuning the imported step 0 into a new run, routers frozen, through its tokenizer.
    tuned = tmp_path / "tuned"
    assert main(["lm", "train", "--init-from", str(run), "--init-step", "0", "--workdir",
                 str(tuned), "--set", f"data.corpus={text}", "--set", "run.steps=1",
                 "--set", "run.eval_every=0", "--set", "data.batch_size=8",
                 "--set", "train.freeze=*/ffn/gate"]) == 0
    assert (tuned / "tokenizer.model").read_bytes() == (tmp_path / "sp.model").read_bytes()
    assert RunDir(str(tuned)).read_origin() == {"kind": "run", "source": str(run), "step": 0}


def test_bfloat16_checkpoints_read_exactly_as_float32(hf, tmp_path):
    from gshard_jax.hf.checkpoint_io import TensorReader

    model = _hf_model(0).to(torch.bfloat16)
    model.save_pretrained(tmp_path / "bf16")
    reader = TensorReader(str(tmp_path / "bf16"))
    state = model.state_dict()
    assert set(reader.names()) >= {"lm_head.weight", "model.embed_tokens.weight"}
    # transformers 5 holds the experts fused in memory and writes them per expert
    pairs = [("lm_head.weight", state["lm_head.weight"]),
             ("model.layers.0.self_attn.k_proj.weight", state["model.layers.0.self_attn.k_proj.weight"]),
             ("model.layers.1.block_sparse_moe.experts.3.w2.weight",
              state["model.layers.1.mlp.experts.down_proj"][3])]
    for name, tensor in pairs:
        got = reader.get(name)
        assert got.dtype == np.float32
        np.testing.assert_array_equal(got, tensor.float().numpy())
