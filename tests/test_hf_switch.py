"""Switch Transformers and T5 from Hugging Face, checked against HF's own PyTorch code: tiny
random models built offline (2+2 layers, 4 experts, a sparse layer in each stack, 32 buckets,
capacity above any sequence, so no token drops), saved with save_pretrained, converted, and
compared: float32 logits of a padded batch, greedy and beam search against `generate`, under the
expert and expert_model presets on 8 simulated devices and scanned; export back to an HF
directory that `from_pretrained` loads with the original logits; dense T5 too.
"""

import json
import os
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gshard_jax.config import Config, MeshConfig, MoEConfig
from gshard_jax.translation.task import TranslationTask
from gshard_jax.hf import checkpoint_io, switch
from gshard_jax.model.stack import scan_params, scan_period
from tests.helpers import copy_with_config
from gshard_jax.model.transformer import shift_right
from gshard_jax.translation.translate import make_translate_fn

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

VOCAB = 64


def _switch_hf_model():
    torch.manual_seed(0)
    cfg = transformers.SwitchTransformersConfig(
        vocab_size=VOCAB, d_model=32, d_kv=8, d_ff=48, num_layers=2, num_decoder_layers=2,
        num_sparse_encoder_layers=1, num_sparse_decoder_layers=1, num_heads=4, num_experts=4,
        expert_capacity=64, relative_attention_num_buckets=32,
        relative_attention_max_distance=128, dropout_rate=0.0, router_jitter_noise=0.0,
        decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
    cfg._attn_implementation = "eager"
    model = transformers.SwitchTransformersForConditionalGeneration(cfg).eval()
    _spread_outputs(model)
    return model


def _t5_hf_model():
    torch.manual_seed(1)
    cfg = transformers.T5Config(
        vocab_size=VOCAB, d_model=32, d_kv=8, d_ff=48, num_layers=2, num_decoder_layers=2,
        num_heads=4, relative_attention_num_buckets=32, relative_attention_max_distance=128,
        dropout_rate=0.0, feed_forward_proj="relu", decoder_start_token_id=0, pad_token_id=0,
        eos_token_id=1)
    cfg._attn_implementation = "eager"
    model = transformers.T5ForConditionalGeneration(cfg).eval()
    _spread_outputs(model)
    return model


def _spread_outputs(model):
    """A random model predicts padding everywhere; a zero pad row (its logit 0), a weaker EOS
    and larger decoder position biases make its next token move with position, so generation
    checks something."""
    with torch.no_grad():
        model.shared.weight[0].zero_()
        model.shared.weight[1].mul_(0.5)
        model.decoder.block[0].layer[0].SelfAttention.relative_attention_bias.weight.mul_(10.0)


def _saved(model, tmp_path_factory, name):
    """(directory, model): `model` written by `save_pretrained`, as a user would have it."""
    path = tmp_path_factory.mktemp(name)
    model.save_pretrained(path)
    return str(path), model


@pytest.fixture(scope="module")
def switch_dir(tmp_path_factory):
    return _saved(_switch_hf_model(), tmp_path_factory, "switch")


@pytest.fixture(scope="module")
def t5_dir(tmp_path_factory):
    return _saved(_t5_hf_model(), tmp_path_factory, "t5")


def _batch(seed=0, B=8, T=16, L=16):
    rng = np.random.default_rng(seed)
    src, tgt = rng.integers(2, VOCAB, (B, T)), rng.integers(2, VOCAB, (B, L))
    for b in range(B):  # padded rows of every length
        src[b, T - 2 * b:] = 0
        tgt[b, L - b - 1:] = 0
    return src.astype(np.int32), tgt.astype(np.int32)


def hf_logits(model, src, tgt):
    with torch.no_grad():
        out = model(input_ids=torch.as_tensor(src, dtype=torch.long),
                    attention_mask=torch.as_tensor(src != 0, dtype=torch.long),
                    decoder_input_ids=torch.as_tensor(np.array(shift_right(tgt)), dtype=torch.long),
                    decoder_attention_mask=torch.as_tensor(tgt != 0, dtype=torch.long))
    return out.logits.float().numpy()


def hf_generate(model, src, max_new_tokens=16, **kwargs):
    with torch.no_grad():
        out = model.generate(input_ids=torch.as_tensor(src, dtype=torch.long),
                             attention_mask=torch.as_tensor(src != 0, dtype=torch.long),
                             max_new_tokens=max_new_tokens, do_sample=False,
                             decoder_start_token_id=0, **kwargs).numpy()
    out = out[:, 1:]  # drop the start token
    return np.pad(out, ((0, 0), (0, max_new_tokens - out.shape[1])))


def import_dir(path, layout=None, scan=False, **moe):
    """(task, params on its mesh) of an HF directory, converted tensor by tensor."""
    hf = checkpoint_io.read_config(path)
    architecture = hf["architectures"][0]
    overrides = [f"model.scan_layers={str(scan).lower()}"]
    overrides += [f"mesh.{k}={v}" for k, v in (layout or dict(data=1)).items()]
    overrides += [f"model.moe.{k}={v}" for k, v in moe.items()]
    cfg = switch.config_from_hf(hf, overrides, architecture)
    lazy = switch.params_from_hf(cfg, checkpoint_io.TensorReader(path))
    params = _unrolled_numpy(lazy)
    for key_path, tensor in lazy.items():
        leaf = params
        for key in key_path:
            leaf = leaf[key]
        assert leaf.shape == tensor.shape
    task = TranslationTask(cfg) if layout else TranslationTask(cfg, mesh=_one_device(cfg))
    if scan:
        params = scan_params(params, task.stacks, scan_period(cfg.model.moe_every))
    return task, jax.device_put(params, task.param_shardings)


def _one_device(cfg):
    from gshard_jax.sharding import make_mesh
    return make_mesh(MeshConfig(data=1), devices=jax.devices()[:1])


def gshard_logits(task, params, src, tgt):
    def forward(params, batch):
        with task.sharding_context():
            logits, _ = task.model(params)(batch["src"], batch["tgt"])
        return logits
    return np.asarray(jax.jit(forward)(params, task.shard_batch({"src": src, "tgt": tgt})))


def _assert_logits_equal(ours, theirs, tgt):
    real = tgt != 0  # padded target positions are not compared (HF routes padding, we do not)
    np.testing.assert_allclose(ours[real], theirs[real], rtol=1e-4, atol=1e-4)


LAYOUTS = {
    "one device": (None, False),
    "expert, 8 devices": (dict(data=2, expert=4, preset="expert"), False),
    "expert, 8 devices, scanned": (dict(data=2, expert=4, preset="expert"), True),
    "expert_model, 8 devices, scanned": (
        dict(data=2, expert=2, model=2, preset="expert_model"), True),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_switch_logits_greedy_and_beam_equal_hugging_face(switch_dir, layout):
    path, hf_model = switch_dir
    mesh, scan = LAYOUTS[layout]
    task, params = import_dir(path, mesh, scan, group_size=16)
    src, tgt = _batch()
    _assert_logits_equal(gshard_logits(task, params, src, tgt), hf_logits(hf_model, src, tgt), tgt)

    greedy = np.asarray(make_translate_fn(task, 1, 16)(params, src))
    np.testing.assert_array_equal(greedy, hf_generate(hf_model, src, num_beams=1))
    assert len(np.unique(greedy)) > 3  # not one repeated token
    beam = np.asarray(make_translate_fn(task, 4, 16, alpha=0.0)(params, src))
    np.testing.assert_array_equal(beam, hf_generate(hf_model, src, num_beams=4, length_penalty=0.0))


def test_dense_t5_logits_and_greedy_equal_hugging_face(t5_dir):
    path, hf_model = t5_dir
    task, params = import_dir(path)
    assert task.cfg.model.moe_every == 0
    src, tgt = _batch(1)
    _assert_logits_equal(gshard_logits(task, params, src, tgt), hf_logits(hf_model, src, tgt), tgt)
    greedy = np.asarray(make_translate_fn(task, 1, 16)(params, src))
    np.testing.assert_array_equal(greedy, hf_generate(hf_model, src, num_beams=1))


def test_the_config_states_hf_layout(switch_dir):
    path, _ = switch_dir
    cfg = switch.config_from_hf(checkpoint_io.read_config(path), [], switch.SWITCH).model
    assert (cfg.moe_every, cfg.moe_offset) == (2, 1)
    assert [cfg.is_moe_layer(i) for i in range(2)] == [False, True]
    assert (cfg.positions, cfg.attention_scale, cfg.norm) == ("t5_relative", "none", "rmsnorm")
    assert (cfg.moe.router, cfg.moe.top_k, cfg.moe.expert_capacity) == ("switch", 1, 64)


def test_sharded_safetensors_import_the_same_weights(switch_dir, tmp_path):
    path, hf_model = switch_dir
    hf_model.save_pretrained(tmp_path, max_shard_size="40KB")
    assert os.path.exists(tmp_path / checkpoint_io.INDEX_FILE)
    cfg = switch.config_from_hf(checkpoint_io.read_config(path), [], switch.SWITCH)
    whole = switch.params_from_hf(cfg, checkpoint_io.TensorReader(path))
    sharded = switch.params_from_hf(cfg, checkpoint_io.TensorReader(str(tmp_path)))
    assert whole.keys() == sharded.keys()
    for key in whole:
        np.testing.assert_array_equal(whole[key].load(), sharded[key].load())


def _unrolled_numpy(lazy: dict) -> dict:
    params = {}
    for key_path, tensor in lazy.items():
        node = params
        for key in key_path[:-1]:
            node = node.setdefault(key, {})
        node[key_path[-1]] = tensor.load()
    return params


@pytest.mark.parametrize("which", ["switch", "t5"])
def test_export_loads_in_hugging_face_with_the_original_logits(which, switch_dir, t5_dir, tmp_path):
    path, hf_model = switch_dir if which == "switch" else t5_dir
    hf = checkpoint_io.read_config(path)
    cfg = switch.config_from_hf(hf, [], hf["architectures"][0])
    params = _unrolled_numpy(switch.params_from_hf(cfg, checkpoint_io.TensorReader(path)))
    exported = switch.hf_config_from(cfg)
    assert exported["architectures"] == hf["architectures"]
    checkpoint_io.write_config(str(tmp_path), exported)
    checkpoint_io.write_safetensors(str(tmp_path), switch.tensors_to_hf(cfg, params),
                                    max_shard_bytes=30_000)  # sharded, with an index
    cls = type(hf_model)
    reloaded = cls.from_pretrained(tmp_path, attn_implementation="eager").eval()
    src, tgt = _batch(2)
    np.testing.assert_allclose(hf_logits(reloaded, src, tgt), hf_logits(hf_model, src, tgt),
                               rtol=1e-6, atol=1e-6)
    for key, value in hf_model.state_dict().items():  # every tensor, bit for bit
        np.testing.assert_array_equal(reloaded.state_dict()[key].numpy(), value.numpy(),
                                      err_msg=key)


@pytest.mark.parametrize("name", ["switch_base_8", "switch_c"])
def test_switch_configs_count_hugging_faces_parameters(name):
    """The configs' shapes are HF's: HF's model built on the meta device (no memory) from the
    same config.json fields has exactly as many parameters as the config counts."""
    from gshard_jax.config import load_config_file
    from gshard_jax.model.size import parameter_counts

    path = os.path.join(os.path.dirname(__file__), "..", "experiments", "configs", f"{name}.py")
    cfg = load_config_file(path)
    import importlib.util
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fields = {k: v for k, v in module.HF_CONFIG.items() if k != "architectures"}
    # Switch-C's 61,440 expert modules take minutes to build even on the meta device: count
    # HF's model with 16 experts, and add the other experts' weights (wi, wo and a router row
    # each, in every sparse layer) in closed form.
    experts = min(fields["num_experts"], 16)
    with torch.device("meta"):
        hf_model = transformers.SwitchTransformersForConditionalGeneration(
            transformers.SwitchTransformersConfig(**dict(fields, num_experts=experts)))
    hf_count = sum(p.numel() for p in hf_model.parameters())  # tied tables counted once
    sparse_layers = fields["num_sparse_encoder_layers"] + fields["num_sparse_decoder_layers"]
    per_expert = 2 * fields["d_model"] * fields["d_ff"] + fields["d_model"]
    hf_count += (fields["num_experts"] - experts) * sparse_layers * per_expert
    assert parameter_counts(cfg.model)["total"] == hf_count
    if name == "switch_c":
        assert 1.56e12 < hf_count < 1.58e12  # the paper's 1571B


# ---------------------------------------------------------------------------------------------
# The command line: import-hf -> translate / train -> export-hf, and bad input

CLI_VOCAB = 128


@pytest.fixture(scope="module")
def switch_with_tokenizer(tmp_path_factory):
    """A tiny Switch of CLI_VOCAB ids with its own spiece.model (T5's ids: pad 0, eos 1,
    unk 2, no bos), trained on the bundled en-es corpus, as a real checkpoint ships one."""
    import sentencepiece as spm

    from gshard_jax.data.corpus import load_bundled_corpus

    root = tmp_path_factory.mktemp("switch_cli")
    pairs = load_bundled_corpus("en").pairs[:3000]
    text = root / "text.txt"
    text.write_text("\n".join(f"{p.src}\n{p.tgt}" for p in pairs) + "\n")
    spm.SentencePieceTrainer.train(
        input=str(text), model_prefix=str(root / "spiece"), vocab_size=CLI_VOCAB - 8,
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1, model_type="unigram", minloglevel=2)
    torch.manual_seed(3)
    cfg = transformers.SwitchTransformersConfig(
        vocab_size=CLI_VOCAB, d_model=32, d_kv=8, d_ff=48, num_layers=2, num_decoder_layers=2,
        num_sparse_encoder_layers=1, num_sparse_decoder_layers=1, num_heads=4, num_experts=4,
        expert_capacity=64, dropout_rate=0.0, router_jitter_noise=0.0,
        decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
    cfg._attn_implementation = "eager"
    model = transformers.SwitchTransformersForConditionalGeneration(cfg).eval()
    _spread_outputs(model)
    hf_dir = root / "hf"
    model.save_pretrained(hf_dir)
    (hf_dir / "spiece.model").write_bytes((root / "spiece.model").read_bytes())
    return hf_dir, model, [p.src for p in pairs[:6]]


def _import(hf_dir, run, *extra):
    from gshard_jax.cli import main
    return main(["import-hf", "--from", str(hf_dir), "--workdir", str(run),
                 "--set", "mesh.expert=4", "--set", "model.moe.group_size=16", *extra])


def test_import_translate_export_on_the_command_line(switch_with_tokenizer, tmp_path):
    from gshard_jax.cli import main
    from gshard_jax.data.tokenizer import Tokenizer
    from gshard_jax.engine.rundir import RunDir
    from gshard_jax.translation.translate import translate_sentences

    hf_dir, hf_model, sentences = switch_with_tokenizer
    run = tmp_path / "run"
    assert _import(hf_dir, run, "--set", "run.beam_size=1", "--set", "run.max_decode_len=16") == 0
    cfg = RunDir(str(run)).read_config()
    tokenizer = Tokenizer(RunDir(str(run)).tokenizer_file())  # the checkpoint's spiece.model
    assert tokenizer.vocab_size == CLI_VOCAB - 8
    ours = translate_sentences(cfg, sentences)
    expected = []
    for sentence in sentences:  # HF's greedy generate on the same ids, one sentence at a time
        ids = np.asarray([tokenizer.encode(sentence)])
        out = hf_generate(hf_model, ids, num_beams=1)[0].tolist()
        out = out[:out.index(1)] if 1 in out else out
        expected.append(tokenizer.decode([t for t in out if t != 0]))
    assert ours == expected
    assert len(set(ours)) > 1
    assert main(["shard-report", "--workdir", str(run)]) == 0  # the run's own config

    out = tmp_path / "exported"
    assert main(["export-hf", "--workdir", str(run), "--to", str(out)]) == 0
    assert (out / "spiece.model").read_bytes() == (hf_dir / "spiece.model").read_bytes()
    back = transformers.SwitchTransformersForConditionalGeneration.from_pretrained(
        out, attn_implementation="eager").eval()
    src, tgt = _batch(4)
    np.testing.assert_allclose(hf_logits(back, src, tgt), hf_logits(hf_model, src, tgt),
                               rtol=1e-6, atol=1e-6)


def test_fine_tune_an_imported_switch_on_the_bundled_corpus_then_translate(
        switch_with_tokenizer, tmp_path):
    from gshard_jax.cli import main
    from gshard_jax.engine.rundir import RunDir
    from gshard_jax.translation.translate import translate_sentences

    hf_dir, _, sentences = switch_with_tokenizer
    run = tmp_path / "run"
    assert _import(hf_dir, run, "--set", "train.optimizer=adam", "--set",
                   "train.learning_rate=0.003", "--set", "train.warmup_steps=0",
                   "--set", "data.bucket_lengths=32", "--set", "data.tokens_per_batch=512",
                   "--set", "run.log_every=1", "--set", "run.eval_every=0",
                   "--set", "run.checkpoint_every=8", "--set", "run.beam_size=1",
                   "--set", "run.max_decode_len=16") == 0
    before = translate_sentences(RunDir(str(run)).read_config(), sentences)
    assert main(["train", "--workdir", str(run), "--set", "run.steps=8", "--no-eval"]) == 0
    losses = [m["loss"] for m in RunDir(str(run)).metrics() if "loss" in m]
    assert len(losses) == 8 and all(np.isfinite(losses))
    assert np.mean(losses[-3:]) < np.mean(losses[:3])  # it learns from the imported weights
    assert RunDir(str(run)).checkpoint_steps()[-1] == 8
    after = translate_sentences(RunDir(str(run)).read_config(), sentences)
    assert len(after) == len(sentences) and after != before


def _refused(capsys, argv, workdir, message):
    from gshard_jax.cli import main
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err, err
    assert not os.path.exists(workdir)  # nothing written


def test_bad_switch_input_exits_2_and_writes_nothing(switch_dir, t5_dir, tmp_path, capsys):
    source = tmp_path / "source"
    switch_path, _ = switch_dir
    copy_with_config(Path(switch_path), source)
    run = tmp_path / "run"
    argv = lambda d: ["import-hf", "--from", str(d), "--workdir", str(run)]  # noqa: E731
    gated = copy_with_config(source, tmp_path / "gated", dense_act_fn="gelu_new")
    _refused(capsys, argv(gated), run, "dense_act_fn='gelu_new': only relu")
    t5_gated = copy_with_config(Path(t5_dir[0]), tmp_path / "t5_gated",
                                 feed_forward_proj="gated-gelu")
    _refused(capsys, argv(t5_gated), run, "feed_forward_proj='gated-gelu'")
    steps = copy_with_config(source, tmp_path / "steps", num_sparse_decoder_layers=2)
    _refused(capsys, argv(steps), run, "encoder_sparse_step=2 differs from decoder_sparse_step=1")
    experts = copy_with_config(source, tmp_path / "experts", num_experts=3)
    _refused(capsys, argv(experts), run, "has shape (4, 32), config.json implies (3, 32)")
    untied = copy_with_config(source, tmp_path / "untied", tie_word_embeddings=False)
    _refused(capsys, argv(untied), run, "tie_word_embeddings=false")
    truncated = copy_with_config(source, tmp_path / "truncated")
    data = (truncated / "model.safetensors").read_bytes()
    (truncated / "model.safetensors").write_bytes(data[: len(data) // 2])
    _refused(capsys, argv(truncated), run, "model.safetensors is truncated")
    missing = copy_with_config(source, tmp_path / "missing")
    os.remove(missing / "model.safetensors")
    _refused(capsys, argv(missing), run, "holds neither model.safetensors")
    import sentencepiece as spm
    words = tmp_path / "words.txt"
    words.write_text("\n".join(f"the red dog {i} sees a cat" for i in range(200)) + "\n")
    llama_ids = copy_with_config(source, tmp_path / "llama_ids")
    spm.SentencePieceTrainer.train(input=str(words), model_prefix=str(llama_ids / "spiece"),
                                   vocab_size=30, minloglevel=2)  # unk 0, bos 1, eos 2
    _refused(capsys, argv(llama_ids), run, "needs a SentencePiece model with pad=0, eos=1, unk=2")
    _refused(capsys, argv(source) + ["--set", "model.relative_buckets=16"], run,
             "relative_attention_bias.weight has shape (32, 4)")


def test_export_refuses_a_run_switch_cannot_express(tmp_path, capsys):
    from gshard_jax.engine.rundir import RunDir
    from tests.helpers import tiny_config

    cfg = tiny_config()
    workdir = tmp_path / "gshard_run"
    RunDir(str(workdir)).save_config(cfg)
    out = tmp_path / "out"
    _refused(capsys, ["export-hf", "--workdir", str(workdir), "--to", str(out)], out,
             "model.positions='sinusoidal' (T5 needs 't5_relative')")


def test_exported_sparse_layout_is_the_one_hf_builds():
    """HF derives its sparse step from num_layers // num_sparse_layers: a layout it would
    rebuild differently is refused, one it rebuilds the same is written."""
    from tests.test_t5_options import switch_config

    def run(**model):
        return Config(model=switch_config(num_encoder_layers=12, num_decoder_layers=12, max_len=128,
                                          expert_d_ff=32,
                                          **model),
                      mesh=MeshConfig(data=-1))

    exported = switch.hf_config_from(run(moe_every=4, moe_offset=1))
    assert exported["num_sparse_encoder_layers"] == 3
    assert switch.hf_sparse_layers(exported, "encoder", switch.SWITCH) == [1, 5, 9]
    back = switch.model_config_from_hf(exported, switch.SWITCH)
    assert [i for i in range(12) if back.is_moe_layer(i)] == [1, 5, 9]
    with pytest.raises(checkpoint_io.HFError, match="moe_offset=-1"):
        switch.hf_config_from(run(moe_every=4, moe_offset=-1))  # 3, 7, 11: HF cannot state it
    with pytest.raises(checkpoint_io.HFError, match="not a layout HF's Switch can state"):
        switch.hf_config_from(run(moe_every=5, moe_offset=1))  # 1, 6, 11: HF would build 1, 5, 9
