"""Every router equals its float64 NumPy reference (tests/reference_routers.py) with the same
random draws; the MoE layer equals a per-token loop for every router; dropless capacity drops
nothing, even when every token wants one expert; bad router settings are refused."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import nnx

from gshard_jax.config import (
    ROUTERS, TOKEN_CHOICE_ROUTERS, Config, ConfigError, ModelConfig, MoEConfig, apply_overrides,
)
from gshard_jax.model import routing as routers
from gshard_jax.model.moe import combine_tensor
from gshard_jax.model.routing import top_k_gating
from gshard_jax.model.moe import MoEFeedForward
from tests.reference import moe_layer_reference, softmax64
from tests.reference_routers import expert_choice_reference, token_choice_reference

# name: G, S, E, top_k, capacity, skew (added to expert 0's logit), padding, batch-prioritized
CASES = {
    "imbalanced_prioritized": (2, 32, 4, 2, 5, 4.0, False, True),
    "padding_top3": (3, 8, 8, 3, 2, 0.0, True, False),
    "top1_skewed_padding_prioritized": (2, 16, 8, 1, 2, 3.0, True, True),
}


def _case(name, seed=0):
    G, S, E, k, C, skew, padding, bpr = CASES[name]
    rng = np.random.default_rng(seed + S + E)
    logits = rng.normal(size=(G, S, E)).astype(np.float32) * 2.0
    logits[..., 0] += skew
    mask = np.ones((G, S), bool)
    if padding:
        mask[0, S // 2:] = False
        mask[-1, ::3] = False
    draws = dict(noise_logits=rng.normal(size=(G, S, E)).astype(np.float32),
                 normal=rng.normal(size=(G, S, E)).astype(np.float32),
                 uniform=rng.random((G, S)).astype(np.float32))
    return logits, mask, k, C, bpr, draws


def _jax_routing(router, logits, mask, k, C, bpr, draws, top_k=None, num_choices=None):
    """The router under test with explicit draws (training mode)."""
    top_k = k if top_k is None else top_k
    num_choices = num_choices or k
    logits, mask = jnp.asarray(logits), jnp.asarray(mask)
    common = dict(top_k=top_k, capacity=C, token_mask_GS=mask, num_choices=num_choices,
                  order_by_priority=bpr)
    if router == "gshard_top2":
        return top_k_gating(logits, keep_uniform_GS=jnp.asarray(draws["uniform"]), **common)
    if router == "switch":
        return routers.switch(logits, **common)
    if router == "softmax_topk":
        return routers.softmax_topk(logits, **common)
    if router == "noisy_topk":
        return routers.noisy_topk(logits, jnp.asarray(draws["noise_logits"]),
                                  normal_GSE=jnp.asarray(draws["normal"]), noise_epsilon=0.01,
                                  importance_weight=0.7, load_weight=1.3, **common)
    return routers.expert_choice(logits, capacity=C, token_mask_GS=mask)


def _keep_second(logits, uniform_GS):
    """GShard random routing's decisions: keep the 2nd expert iff 2 * g2 > U (renormalised g2)."""
    if uniform_GS is None:
        return None
    gates = np.sort(softmax64(logits), -1)
    return 2 * gates[..., -2] / (gates[..., -1] + gates[..., -2] + 1e-9) > uniform_GS


def _reference(router, logits, mask, k, C, bpr, draws):
    if router == "expert_choice":
        return expert_choice_reference(logits, capacity=C, token_mask_GS=mask)
    return token_choice_reference(
        router, logits, top_k=k, capacity=C, token_mask_GS=mask, batch_prioritized=bpr,
        keep_second_GS=_keep_second(logits, draws["uniform"]), noise_logits_GSE=draws["noise_logits"],
        normal_GSE=draws["normal"], importance_weight=0.7, load_weight=1.3)


def _assert_matches(routing, ref, capacity, num_experts):
    kept = ref["kept"]
    np.testing.assert_array_equal(np.asarray(routing.expert), ref["expert"])
    np.testing.assert_array_equal(np.asarray(routing.kept), kept)
    np.testing.assert_array_equal(np.asarray(routing.slot)[kept], ref["slot"][kept])
    np.testing.assert_allclose(np.asarray(routing.weight), ref["weight"], rtol=1e-5, atol=1e-6)
    combine = np.asarray(combine_tensor(routing, num_experts, capacity))
    np.testing.assert_allclose(combine, ref["combine"], rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(combine > 0, ref["combine"] > 0)  # the dispatch mask
    for name in ("aux_loss", "z_loss"):
        np.testing.assert_allclose(float(getattr(routing, name)), ref[name], rtol=2e-5, atol=1e-6)
    for name in ("importance_loss", "load_loss", "dropped", "unrouted", "experts_per_token"):
        np.testing.assert_allclose(float(routing.metrics[name]), ref[name], rtol=2e-5, atol=1e-6,
                                   err_msg=name)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("router", ROUTERS)
def test_router_matches_float64_reference(router, case):
    logits, mask, k, C, bpr, draws = _case(case)
    if router == "expert_choice":
        bpr = False  # no token order to prioritise
    # One compiled program per router and case (op-by-op dispatch compiles far more).
    routing = jax.jit(lambda logits, mask, draws, capacity: _jax_routing(
        router, logits, mask, k, capacity, bpr, draws))(logits, mask, draws, C)
    ref = _reference(router, logits, mask, k, C, bpr, draws)
    _assert_matches(routing, ref, C, logits.shape[-1])
    if case == "imbalanced_prioritized" and router != "expert_choice":
        assert 0 < ref["dropped"] < 1  # the case must exercise drops


@pytest.mark.parametrize("router", TOKEN_CHOICE_ROUTERS)
def test_traced_top_k_below_the_compiled_bound_equals_that_k(router):
    """Dynamic top-any: K=3 compiled, k=2 passed as a traced value, drop capacity traced."""
    logits, mask, _, C, bpr, draws = _case("imbalanced_prioritized")

    @jax.jit
    def route(top_k, capacity):
        return _jax_routing(router, logits, mask, 2, capacity, bpr, draws, top_k=top_k,
                            num_choices=3)

    routing = route(jnp.int32(2), jnp.int32(C))
    ref = _reference(router, logits, mask, 2, C, bpr, draws)
    assert not np.asarray(routing.kept)[..., 2].any()
    np.testing.assert_array_equal(np.asarray(routing.kept)[..., :2], ref["kept"])
    np.testing.assert_allclose(np.asarray(routing.weight)[..., :2], ref["weight"], rtol=1e-5,
                               atol=1e-6)
    np.testing.assert_allclose(float(routing.aux_loss), ref["aux_loss"], rtol=2e-5, atol=1e-6)


def test_noisy_topk_without_noise_is_softmax_of_the_clean_top_k():
    logits, mask, k, C, _, draws = _case("imbalanced_prioritized")
    S = logits.shape[1]
    routing = routers.noisy_topk(jnp.asarray(logits), jnp.asarray(draws["noise_logits"]), top_k=k,
                                 capacity=S, token_mask_GS=jnp.asarray(mask))
    top = np.sort(logits, -1)[..., ::-1][..., :k].astype(np.float64)
    expected = np.exp(top - top[..., :1]) / np.exp(top - top[..., :1]).sum(-1, keepdims=True)
    np.testing.assert_allclose(np.asarray(routing.weight), expected, rtol=1e-5)
    ref = token_choice_reference("noisy_topk", logits, top_k=k, capacity=S, token_mask_GS=mask)
    np.testing.assert_allclose(float(routing.aux_loss), ref["aux_loss"], rtol=2e-5)


def test_balanced_aux_values():
    """Uniform probabilities and a perfectly even assignment: each router's documented value."""
    G, S, E = 1, 32, 4
    logits = np.zeros((G, S, E), np.float32)
    logits[0, np.arange(S), np.arange(S) % E] = 1e-3  # ties broken round robin, p ~ uniform
    full = dict(capacity=S, token_mask_GS=None)
    np.testing.assert_allclose(float(routers.switch(jnp.asarray(logits), top_k=1, **full).aux_loss),
                               1.0, rtol=1e-3)
    np.testing.assert_allclose(float(routers.switch(jnp.asarray(logits), top_k=2, **full).aux_loss),
                               2.0, rtol=1e-3)
    np.testing.assert_allclose(
        float(routers.softmax_topk(jnp.asarray(logits), top_k=2, **full).aux_loss), 2.0, rtol=1e-3)
    noisy = routers.noisy_topk(jnp.asarray(logits), jnp.zeros_like(jnp.asarray(logits)), top_k=1,
                               **full)
    np.testing.assert_allclose(float(noisy.aux_loss), 0.0, atol=1e-5)
    ec = routers.expert_choice(jnp.asarray(logits), capacity=S // E)
    assert float(ec.aux_loss) == 0.0 and float(ec.metrics["unrouted"]) == 0.0


def _layer(router, dispatch="gather", capacity_factor=1.0, num_experts=4, **moe):
    cfg = ModelConfig(d_model=16, expert_d_ff=24, moe=MoEConfig(
        num_experts=num_experts, group_size=16, router=router, capacity_factor=capacity_factor,
        eval_capacity_factor=capacity_factor, dispatch=dispatch, **moe))
    return MoEFeedForward(cfg, rngs=nnx.Rngs(0))


def _x(seed=1, B=4, L=8, M=16):
    return jax.random.normal(jax.random.key(seed), (B, L, M), jnp.float32)


def _assert_layer_is_per_token_loop(layer, x, y, routing):
    G, S = x.shape[0] * x.shape[1] // 16, 16
    expected = moe_layer_reference(
        np.asarray(x).reshape(G, S, -1), np.asarray(routing.weight), np.asarray(routing.expert),
        np.asarray(routing.kept), np.asarray(layer.wi[...]), np.asarray(layer.wo[...]))
    np.testing.assert_allclose(np.asarray(y).reshape(G, S, -1), expected, rtol=2e-5, atol=2e-5)


# Each router once, the dispatch alternating (tests/test_moe.py: gather equals einsum).
@pytest.mark.parametrize("router,dispatch", [
    (router, ("einsum", "gather")[i % 2]) for i, router in enumerate(ROUTERS)])
def test_layer_equals_per_token_loop_and_routes_its_jittered_logits(router, dispatch):
    layer = _layer(router, dispatch, 1.0, jitter=0.1)
    x, mask, rng = _x(), jnp.ones((4, 8), bool).at[1, 5:].set(False), jax.random.key(7)
    y, routing = layer(x, mask, rng)
    _assert_layer_is_per_token_loop(layer, x, y, routing)
    assert np.asarray(routing.kept).any() and not np.asarray(y)[1, 5:].any()
    # The routing is the router's on float64 logits of the jittered input, same draws.
    x_GSM = np.asarray(x, np.float64).reshape(2, 16, 16)
    draws = routers.draw(rng, router, layer.moe, x_GSM.shape, 4)
    logits = (x_GSM * np.asarray(draws.jitter_GSM)) @ np.asarray(layer.gate[...], np.float64)
    plan = routers.capacity_plan(router, layer.moe, 16, training=True)
    C = plan.drop_capacity(layer.moe.top_k)
    mask_GS = np.asarray(mask).reshape(2, 16)
    if router == "expert_choice":
        ref = expert_choice_reference(logits, capacity=C, token_mask_GS=mask_GS)
    else:
        noise = (None if layer.noise_gate is None
                 else (x_GSM * np.asarray(draws.jitter_GSM)) @ np.asarray(layer.noise_gate[...]))
        numpy_draws = {name: None if value is None else np.asarray(value)
                       for name, value in draws._asdict().items()}
        ref = token_choice_reference(
            router, logits, top_k=2, capacity=C, token_mask_GS=mask_GS,
            keep_second_GS=_keep_second(logits, numpy_draws["uniform_GS"]),
            noise_logits_GSE=noise, normal_GSE=numpy_draws["normal_GSE"])
    np.testing.assert_array_equal(np.asarray(routing.kept), ref["kept"])
    np.testing.assert_allclose(np.asarray(routing.weight), ref["weight"], rtol=1e-4, atol=1e-6)


def _adversarial_layer(router, capacity_factor, **moe):
    """Every token's logit for expert 0 is far above the others (inputs all positive)."""
    layer = _layer(router, capacity_factor=capacity_factor, **moe)
    layer.gate[...] = jnp.zeros_like(layer.gate[...]).at[:, 0].set(5.0)
    return layer, jnp.abs(_x(seed=2))


# Each router once, with one of the ways the dropless experts run (tests/test_grouped.py).
@pytest.mark.parametrize("router,experts", zip(TOKEN_CHOICE_ROUTERS,
                                               ("buckets", "grouped", "ragged_dot", "auto")))
def test_dropless_drops_nothing_when_every_token_wants_one_expert(router, experts):
    # (gshard_top2 keeps every second choice here, so that all 2S choices are routed.)
    policy = dict(second_expert_policy="all") if router == "gshard_top2" else {}
    layer, x = _adversarial_layer(router, 0.0, expert_compute=experts, **policy)
    y, routing = layer(x, None, jax.random.key(0))
    assert np.asarray(routing.expert)[..., 0].tolist() == np.zeros((2, 16)).tolist()
    assert np.asarray(routing.kept).all()
    assert float(routing.metrics["dropped"]) == 0.0 and float(routing.metrics["unrouted"]) == 0.0
    assert float(routing.metrics["capacity"]) == 16  # the largest buffer (or load): S
    _assert_layer_is_per_token_loop(layer, x, y, routing)
    # The fixed capacity the dropless layer replaces loses most tokens here.
    _, fixed = _adversarial_layer(router, 1.0, **policy)[0](x, None, jax.random.key(0))
    assert float(fixed.metrics["dropped"]) > 0.2


def test_dropless_buffer_follows_the_load_in_one_compiled_program():
    layer = _layer("softmax_topk", capacity_factor=0.0, capacity_buckets=3,  # 8, 12 or 16 slots
                   expert_compute="buckets")
    graphdef, params = nnx.split(layer)
    step = jax.jit(lambda params, x: nnx.merge(graphdef, params)(x, None, jax.random.key(0)))
    # Round robin: token s strongly prefers experts s % 4 and (s + 1) % 4: a load of 8 each.
    balanced_gate = jnp.zeros((16, 4)).at[jnp.arange(4), jnp.arange(4)].set(10.0)
    x = jax.nn.one_hot(jnp.arange(64) % 4, 16).reshape(4, 16, 16)
    x = x + 0.5 * jax.nn.one_hot((jnp.arange(64) + 1) % 4, 16).reshape(4, 16, 16)
    loads = []
    for gate in (balanced_gate, jnp.zeros((16, 4)).at[:, 0].set(10.0)):
        params["gate"] = nnx.Param(gate)
        _, routing = step(params, jnp.abs(x))
        assert float(routing.metrics["dropped"]) == 0.0
        loads.append(float(routing.metrics["capacity"]))
    assert loads == [8.0, 16.0]
    assert step._cache_size() == 1


def test_dynamic_capacity_follows_tutel_worked_example():
    """Tutel's README: S=16, E=4, k=2, loads [9, 7, 8, 8]: cf 1 -> 8, 1.25 -> 10, 0 -> 9,
    -1 -> 8, -3 -> 9 (slots an expert may fill; the buffer is the smallest bucket >= it)."""
    pairs = [(0, 1)] * 4 + [(0, 2)] * 3 + [(0, 3)] * 2 + [(1, 2)] + [(1, 3)] * 2 + [(2, 3)] * 4
    logits = np.zeros((1, 16, 4), np.float32)
    for s, (first, second) in enumerate(pairs):
        logits[0, s, first], logits[0, s, second] = 2.0, 1.0
    route = jax.jit(lambda capacity: top_k_gating(jnp.asarray(logits), top_k=2, capacity=capacity))
    for cf, expected in [(1.0, 8), (1.25, 10), (0.0, 9), (-1.0, 8), (-3.0, 9)]:
        moe = MoEConfig(num_experts=4, capacity_factor=cf)
        plan = routers.capacity_plan("gshard_top2", moe, 16, training=True)
        routing = route(plan.drop_capacity(2))
        load = np.bincount(np.asarray(routing.expert)[np.asarray(routing.kept)], minlength=4)
        assert load.tolist() == np.minimum([9, 7, 8, 8], expected).tolist(), cf
        buffer = plan.buffers[int(plan.buffer_index(routing))]
        assert buffer >= load.max() and all(b < load.max() for b in plan.buffers if b < buffer), cf


def test_capacity_ladder_and_plans():
    assert routers.capacity_ladder(4, 32, 4) == (4, 8, 16, 32)
    assert routers.capacity_ladder(8, 8, 4) == (8,)
    assert routers.capacity_ladder(4, 32, 1) == (32,)
    moe = MoEConfig(num_experts=8, top_k=2, capacity_factor=1.25)
    assert routers.capacity_plan("gshard_top2", moe, 64, training=True).buffers == (20,)
    assert routers.capacity_plan("switch", moe, 64, training=True).buffers == (10,)  # no k
    dynamic = dataclasses.replace(moe, max_top_k=4, capacity_factor=0.0)
    plan = routers.capacity_plan("softmax_topk", dynamic, 64, training=True)
    assert plan.drop_by_k == (64,) * 4 and plan.buffers[0] == 8 and plan.buffers[-1] == 64


def test_config_refuses_unknown_routers_options_and_impossible_stacks():
    cfg = Config()
    with pytest.raises(ConfigError, match="choose one of gshard_top2, switch, noisy_topk, "
                                          "expert_choice, softmax_topk"):
        apply_overrides(cfg, ["model.moe.router=top3"])
    with pytest.raises(ConfigError, match="'jitter_noise' is not one of .*jitter"):
        apply_overrides(cfg, ["model.moe.jitter_noise=0.1"])
    with pytest.raises(ConfigError, match="expert_choice looks at future tokens.*decoder_router"):
        apply_overrides(cfg, ["model.moe.decoder_router=expert_choice"])
    ec = apply_overrides(cfg, ["model.moe.router=expert_choice"])
    assert ec.model.moe.stack_router(decoder=True) == "gshard_top2"  # flaxformer's split
    with pytest.raises(ConfigError, match="expert_choice fills exactly"):
        apply_overrides(cfg, ["model.moe.router=expert_choice", "model.moe.capacity_factor=0"])
    with pytest.raises(ConfigError, match="max_top_k=2 must lie in model.moe.top_k=3"):
        apply_overrides(cfg, ["model.moe.top_k=3", "model.moe.max_top_k=2"])
    with pytest.raises(ConfigError, match="noise_epsilon=0.1 only applies to router noisy_topk"):
        apply_overrides(cfg, ["model.moe.noise_epsilon=0.1"])
    with pytest.raises(ConfigError, match="batch_prioritized=true .* encoder's router is expert_choice"):
        apply_overrides(cfg, ["model.moe.router=expert_choice", "model.moe.batch_prioritized=true"])
    with pytest.raises(ConfigError, match=r"jitter=1.0: out of range; must be in \[0, 1\)"):
        apply_overrides(cfg, ["model.moe.jitter=1"])
    # Fine: dropless and dynamic capacity, a decoder-only option on the decoder's router.
    apply_overrides(cfg, ["model.moe.capacity_factor=0", "model.moe.eval_capacity_factor=-2"])
    apply_overrides(cfg, ["model.moe.router=expert_choice", "model.moe.decoder_router=noisy_topk",
                          "model.moe.noise_epsilon=0.1"])


def test_cli_refuses_bad_router_settings_before_writing_anything(tmp_path, capsys):
    from gshard_jax.cli import main
    from tests.helpers import toy_train_config, write_config_file

    cfg = toy_train_config(tmp_path / "toy.tsv", tmp_path / "run", 1)
    config_file = write_config_file(cfg, tmp_path / "tiny.py")
    for bad, named in [("model.moe.router=top3", "expert_choice, softmax_topk"),
                       ("model.moe.decoder_router=expert_choice", "auto or one of gshard_top2"),
                       ("model.moe.jitter_noise=0.1", "jitter")]:
        assert main(["train", "--config", config_file, "--set", bad]) == 2
        assert named in capsys.readouterr().err
    assert not (tmp_path / "run").exists()
