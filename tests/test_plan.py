"""`gshard-jax plan`: the train step compiled for small TPU topologies (v3:2x2, v5e:2x2) by
libtpu on this CPU host. Checked against XLA's own analyses, the config's MoE layer count,
hand arithmetic, and the CLI's exit codes."""

import importlib.util
import json

import pytest

from gshard_jax.cli import main
from gshard_jax.config import apply_overrides
from gshard_jax.model.size import parameter_counts
from gshard_jax.plan import topology as topology_module
from gshard_jax.plan.chips import CHIPS
from gshard_jax.plan.compile import analyse, compile_train_step
from gshard_jax.plan.hlo import collectives
from gshard_jax.plan.report import bisection_seconds, fixes, parse_oom, roofline
from gshard_jax.plan.topology import TopologyError, load_topology, parse_name
from tests.helpers import tiny_config, write_config_file

# The TPU compiler comes with the 'tpu' extra (in 'dev'); without it only the tests that need
# no compiler run (the missing-compiler message among them).
needs_libtpu = pytest.mark.skipif(importlib.util.find_spec("libtpu") is None,
                                  reason="libtpu not installed: pip install -e '.[tpu]'")


@needs_libtpu
def test_topology_names_give_the_devices_of_each_generation():
    assert parse_name("v5p:4x4x8,slices=2") == ("v5p", (4, 4, 8), 2)
    assert len(load_topology("v3:2x2").devices) == 8      # 4 chips x 2 TensorCores
    assert len(load_topology("v5e:2x2").devices) == 4
    assert len(load_topology("v4:2x2x1").devices) == 4    # megacore: one device per chip
    two = load_topology("v5e:2x2,slices=2")
    assert len(two.devices) == 8 and [d.slice_index for d in two.devices] == [0] * 4 + [1] * 4
    for bad in ("v7:2x2", "v3:2x2x2", "v5p:4x4", "tpu", "v3:3x3"):
        with pytest.raises(TopologyError, match="accepted forms: v3:AxB"):
            load_topology(bad)


def test_a_missing_libtpu_names_the_extra(monkeypatch, tmp_path, capsys):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(topology_module.importlib.util, "find_spec",
                        lambda name, *a: None if name == "libtpu" else real_find_spec(name, *a))
    with pytest.raises(TopologyError, match=r"pip install 'gshard_jax\[tpu\]'"):
        load_topology("v3:2x2")
    out = tmp_path / "plan.json"
    assert main(["plan", "--topology", "v3:2x2", "--json", str(out)]) == 2
    assert "pip install 'gshard_jax[tpu]'" in capsys.readouterr().err and not out.exists()


def test_collectives_are_counted_and_sized_from_the_hlo_text():
    hlo = """HloModule m
%body (p: f32[4]) -> f32[4] {
  %in_loop = f32[4]{0} all-reduce(%p), to_apply=%add
}
ENTRY %main (p: f32[4]) -> f32[4] {
  %a2a = f32[8,2,256]{2,1,0:T(2,128)} all-to-all(%x), dimensions={0}, metadata={op_name="jit(f)/jvp(dispatch)/sharding_constraint" stack_frame_id=1}
  %a2a.1 = bf16[8,2,256]{2,1,0} all-to-all(%y), dimensions={0}
  %ag = (f32[2,3]{1,0}, bf16[8,3]{1,0}) all-gather-start(%p), dimensions={0}
  %agd = bf16[8,3]{1,0} all-gather-done(%ag)
  %cp = (f32[4]{0}, f32[4]{0}, u32[], u32[]) collective-permute-start(%x)
  %w = f32[4]{0} while(%p), condition=%cond, body=%body, backend_config={"known_trip_count":{"n":"18"}}
  ROOT %ar = (f32[4]{0}, s32[2]{0}) all-reduce(%p, %q), to_apply=%add
}"""
    found = collectives(hlo)
    assert found["all-to-all"] == {"count": 2, "bytes": 8 * 2 * 256 * (4 + 2), "in_loops": 0,
                                   "instructions": 2, "sources": {"sharding_constraint": 1, "?": 1}}
    assert found["all-gather"]["count"] == 1
    assert found["all-gather"]["bytes"] == 8 * 3 * 2  # the gathered output, not the operand
    assert (found["collective-permute"]["count"], found["collective-permute"]["bytes"]) == (1, 16)
    # The loop body's all-reduce runs its 18 trips per step.
    assert (found["all-reduce"]["count"], found["all-reduce"]["bytes"]) == (1 + 18, 16 + 8 + 18 * 16)
    assert (found["all-reduce"]["in_loops"], found["all-reduce"]["instructions"]) == (18, 2)
    assert found["reduce-scatter"]["count"] == 0


def test_collectives_in_scan_loops_count_once_per_trip():
    """The optimised TPU program keeps no known_trip_count: the trip count is read off the
    loop condition (an s32 counter compared LT a constant), also through a nested call."""
    hlo = """HloModule m
%cond (p: (s32[], f32[4])) -> pred[] {
  %c = s32[]{:T(128)} constant(18)
  %p = (s32[], f32[4]) parameter(0), /*index=0*/
  %i = s32[]{:T(128)} get-tuple-element(%p), index=0
  ROOT %lt = pred[]{:T(512)} compare(%i, %c), direction=LT
}
%inner (q: f32[4]) -> f32[4] {
  ROOT %a2a = f32[4]{0} all-to-all(%q), dimensions={0}
}
%body (p: (s32[], f32[4]), /*index=1*/) -> (s32[], f32[4]) {
  %call = f32[4]{0} fusion(%x), kind=kLoop, calls=%inner
  %a2b = f32[4]{0} all-to-all(%call), dimensions={0}
}
ENTRY %main (p: f32[4], /*index=1*/q: f32[4]) -> f32[4] {
  %w = (s32[], f32[4]) while(%t), condition=%cond, body=%body, metadata={op_name="x"}
  ROOT %a2c = f32[4]{0} all-to-all(%p), dimensions={0}
}"""
    found = collectives(hlo)["all-to-all"]
    assert (found["count"], found["instructions"], found["in_loops"]) == (1 + 2 * 18, 3, 36)
    assert found["bytes"] == 16 * (1 + 2 * 18)


def test_roofline_and_oom_message_arithmetic():
    v3 = CHIPS["v3"]  # per core: 61.5 TFLOP/s, 450 GB/s HBM, 200 GB/s ICI egress
    line = roofline(flops=61.5e12, hbm_bytes=900e9, alltoall_bytes=100e9,
                    other_collective_bytes=0, chip=v3)
    assert line["compute_s"] == pytest.approx(1.0) and line["hbm_s"] == pytest.approx(2.0)
    assert line["alltoall_ici_s"] == pytest.approx(0.5)
    assert line["step_s"] == pytest.approx(2.0) and line["bound"] == "HBM"
    assert line["step_no_overlap_s"] == pytest.approx(3.5)
    # 32x32 chips, 2 cores each, links of 1e11 B/s one way: 1024 * 2 * 8e11 / 4 bytes cross
    # each way through 2 * 32 links -> 32 * 2 * 8e11 / (8 * 1e11) = 64 s (vs 4 s injected).
    assert v3.link_bytes_per_s == pytest.approx(1e11)
    assert bisection_seconds(8e11, v3, (32, 32)) == pytest.approx(64.0)
    assert roofline(0, 0, 8e11, 0, v3)["alltoall_ici_s"] == pytest.approx(4.0)
    sizes = parse_oom("RESOURCE_EXHAUSTED: Ran out of memory on HBM, the total memory required "
                      "for HLO temporaries (41.64G) exceeds available HBM (15.75G).")
    assert sizes == {"required": 41.64 * 2**30, "available": 15.75 * 2**30}


def test_a_fixed_expert_capacity_far_above_the_routed_tokens_is_the_first_fix():
    # Switch-C with HF's expert_capacity 64 (per sequence): 2048 experts x 64 slots for each
    # 512-token group; the capacity factor's C is ceil(1.0 * 1 * 512 / 2048) = 1.
    moe = {"num_experts": 2048, "top_k": 1, "group_size": 512, "expert_capacity": 64,
           "capacity_factor": 1.0}
    memory = {"peak": 40 * 2**30, "argument": 9 * 2**30, "temp": 31 * 2**30}
    lines = fixes(memory, 16 * 2**30, 2**20, "bfloat16", 2048, moe=moe)
    slots, ratio = 2048 * 64, 2048 * 64 // 512
    assert f"{slots:,} expert slots" in lines[1] and f"({ratio}x)" in lines[1]
    assert "--set model.moe.expert_capacity=0" in lines[1] and "= 1 at cf 1" in lines[1]
    # Capacity from the factor, or a fixed C within 4x of the routed tokens: no such fix.
    for other in ({**moe, "expert_capacity": 0}, {**moe, "num_experts": 8}):
        assert not any("expert_capacity" in line for line in
                       fixes(memory, 16 * 2**30, 2**20, "bfloat16", 2048, moe=other))


def test_gradient_accumulation_is_named_only_where_the_microbatches_split_each_shards_rows():
    # Switch-C on 1024 v3 cores: 2 rows per data shard; temporaries of 18.61 GiB call for 8
    # microbatches, which 2 rows cannot make.
    memory = {"peak": int(30.77 * 2**30), "argument": int(12.16 * 2**30),
              "temp": int(18.61 * 2**30)}
    args = (memory, int(15.48 * 2**30), 2**20, "bfloat16", 1024)
    named = [line for line in fixes(*args, rows_per_shard=64) if "microbatches=" in line]
    micro = int(named[0].split("microbatches=")[1].split()[0])
    assert micro > 2 and 64 % micro == 0
    lines = fixes(*args, rows_per_shard=2)
    assert not any("--set train.microbatches" in line for line in lines), lines
    assert any("- fewer tokens per step" in line and f"{micro} microbatches" in line
               and "2 rows" in line for line in lines), lines


@needs_libtpu
def test_plan_on_v3_2x2_reports_xla_memory_and_four_all_to_alls_per_moe_layer():
    # 3 MoE layers (every FFN of 2 encoder + 1 decoder blocks), one expert per TensorCore.
    cfg = tiny_config(expert=8, num_experts=8, num_decoder_layers=1, moe_every=1)
    facts, compiled = compile_train_step(cfg, "v3:2x2")
    assert facts["moe"]["num_experts"] == 8
    assert facts["moe"]["group_size"] == cfg.model.moe.group_size
    report = analyse(facts, compiled)
    moe_layers = len(cfg.model.moe_layers)
    assert moe_layers == 3 and report["moe_layers"] == 3
    assert report["collectives"]["all-to-all"]["count"] == 4 * moe_layers
    assert report["collectives"]["all-to-all"]["sources"] == {"sharding_constraint": 4 * moe_layers}
    stats = compiled.memory_analysis()
    for field in ("argument", "output", "alias", "temp", "generated_code"):
        assert report["memory"][field] == getattr(stats, f"{field}_size_in_bytes")
    assert report["memory"]["peak_xla"] == stats.peak_memory_in_bytes
    assert report["cost"]["flops"] == compiled.cost_analysis()["flops"] > 0
    assert report["mesh"] == {"data": 1, "expert": 8, "model": 1}
    assert report["batch"]["shape"] == [64, 64]  # tokens_per_batch 4096 // longest bucket 64
    counts = parameter_counts(cfg.model)
    assert report["parameters"]["total"] == counts["total"]  # compiled state == analytic count
    assert report["fits"] and report["hbm_bytes_per_device"] == 16 * 2**30  # a v3 core
    assert report["roofline"]["step_s"] > 0 and 0 < report["roofline"]["mfu"] < 1


@needs_libtpu
@pytest.mark.parametrize("layout, group_size, overrides", [
    (dict(expert=4), 32, []),                                  # one group per device
    (dict(expert=4), 8, []),                                   # four groups per device
    (dict(preset="expert_model", expert=2, model=2), 64, []),  # each group spans 2 devices
    # Microbatches with a 4,000-row embedding: XLA merged the source and target lookups'
    # gradient scatters, and resharding the merged one took 6 more all-to-alls a step.
    (dict(expert=4), 32, ["train.microbatches=2", "model.vocab_size=4000"]),
])
def test_four_all_to_alls_per_moe_layer_at_every_group_count(layout, group_size, overrides):
    """Dispatch and combine, forward and backward, and nothing else moves tokens, however the
    8x16-token batch is grouped on v5e:2x2's 4 devices (per microbatch, with microbatches)."""
    cfg = apply_overrides(tiny_config(num_experts=4, **layout),
                          [f"model.moe.group_size={group_size}", *overrides])
    microbatches = cfg.train.microbatches
    rows = 8 * microbatches
    facts, compiled = compile_train_step(cfg, "v5e:2x2", batch=rows, length=16)
    groups = rows // microbatches * 16 // group_size
    assert groups % (facts["mesh"]["data"] * facts["mesh"]["expert"]) == 0
    all_to_all = collectives(compiled.as_text())["all-to-all"]
    per_step = 4 * len(cfg.model.moe_layers) * microbatches
    assert all_to_all["count"] == per_step
    assert all_to_all["sources"] == {"sharding_constraint": per_step}


@needs_libtpu
def test_plan_command_on_v5e_2x2_prints_and_writes_the_same_figures(tmp_path, capsys):
    config_file = write_config_file(tiny_config(expert=4, num_experts=4), tmp_path / "tiny.py")
    out = tmp_path / "plan.json"
    assert main(["plan", "--config", config_file, "--topology", "v5e:2x2",
                 "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    report = json.loads(out.read_text())
    assert report["collectives"]["all-to-all"]["count"] == 4 * report["moe_layers"] == 8
    assert "4 all-to-alls per MoE layer" in printed and "FITS" in printed
    assert f"{report['parameters']['total']:,}" in printed
    assert report["devices"] == 4 and report["chip"]["name"] == "TPU v5e"


@needs_libtpu
@pytest.mark.parametrize("overrides, fix", [
    # Activations too large: fewer tokens per step (the arguments fit).
    (["model.d_model=1024", "model.d_ff=4096", "model.num_heads=8",
      "data.tokens_per_batch=1048576"], "--set data.tokens_per_batch=262144"),
    # A dense FFN replicated on every device: more devices do not help, a model axis does.
    (["model.d_model=1024", "model.d_ff=2097152"], "--set mesh.preset=expert_model"),
])
def test_a_config_that_cannot_fit_exits_4_with_the_fix(tmp_path, capsys, overrides, fix):
    cfg = apply_overrides(tiny_config(expert=4, num_experts=4), overrides)
    config_file = write_config_file(cfg, tmp_path / "huge.py")
    out = tmp_path / "plan.json"
    assert main(["plan", "--config", config_file, "--topology", "v5e:2x2",
                 "--json", str(out)]) == 4
    printed = capsys.readouterr().out
    assert "DOES NOT FIT" in printed and "change one of:" in printed and fix in printed
    assert json.loads(out.read_text())["fits"] is False


@needs_libtpu
@pytest.mark.parametrize("argv, message", [
    (["--topology", "v9:2x2"], "accepted forms: v3:AxB"),
    (["--topology", "v5e:2x2", "--set", "model.d_model=0"], "model.d_model"),
    (["--topology", "v5e:2x2", "--set", "mesh.expert=3"], "mesh"),
    (["--topology", "v5e:2x2", "--length", "4096"], "model.max_len"),
    (["--topology", "v5e:2x2,slices=2", "--set", "mesh.expert=8"], "slices must split the data"),
])
def test_bad_input_exits_2_and_writes_nothing(tmp_path, capsys, argv, message):
    config_file = write_config_file(tiny_config(expert=4, num_experts=4), tmp_path / "tiny.py")
    out = tmp_path / "plan.json"
    assert main(["plan", "--config", config_file, "--json", str(out), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


@needs_libtpu
def test_plan_takes_an_lm_config_gqa_mixtral_block_on_v5e_2x2(tmp_path, capsys):
    from gshard_jax.model.size import decoder_only_counts
    from tests.helpers import tiny_lm_config

    cfg = apply_overrides(tiny_lm_config(tmp_path / "t.txt", tmp_path / "run", 2), [
        "model.vocab_size=64", "data.tokenizer=none", "model.num_kv_heads=2",
        "model.ffn_activation=swiglu", "model.norm=rmsnorm", "model.positions=rope",
        "model.moe.router=softmax_topk", "mesh.data=1", "mesh.expert=4", "data.batch_size=8"])
    config_file = write_config_file(cfg, tmp_path / "lm.py")
    out = tmp_path / "plan.json"
    assert main(["plan", "--config", config_file, "--topology", "v5e:2x2",
                 "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    counts = decoder_only_counts(cfg.model, 64)
    assert report["parameters"]["total"] == counts["total"]
    assert report["moe_layers"] == 2 and report["batch"]["shape"] == [8, 16]
    assert report["collectives"]["all-to-all"]["count"] == 4 * 2
    assert main(["plan", "--config", config_file, "--topology", "v5e:2x2",
                 "--length", "32"]) == 2
    assert "exceeds model.block_size=16" in capsys.readouterr().err


@needs_libtpu
def test_plan_generate_compiles_one_decode_step_and_splits_weights_from_the_cache(tmp_path, capsys):
    from tests.helpers import tiny_lm_config

    cfg = apply_overrides(tiny_lm_config(tmp_path / "t.txt", tmp_path / "run", 2), [
        "model.vocab_size=64", "data.tokenizer=none", "model.num_kv_heads=2",
        "model.positions=rope", "model.moe.router=softmax_topk", "mesh.data=1",
        "mesh.expert=4"])
    config_file = write_config_file(cfg, tmp_path / "lm.py")
    out = tmp_path / "plan.json"
    assert main(["plan", "--config", config_file, "--topology", "v5e:2x2", "--step", "generate",
                 "--batch", "4", "--length", "128", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert "KV cache of 128 tokens" in capsys.readouterr().out
    m = cfg.model
    # keys and values of every layer, bf16, batch 4 split over the 4 devices
    cache = 2 * m.num_layers * 4 * 128 * 2 * (m.d_model // m.num_heads) * 2 // 4
    assert report["cache_bytes_per_device"] == cache
    assert report["fits"] and report["memory"]["peak"] >= report["weights_bytes_per_device"]
    assert report["roofline"]["step_s"] > 0
