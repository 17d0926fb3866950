"""Length-bucketed batches: shapes, coverage, determinism, resumption, per-process slices."""
import collections
import dataclasses
import itertools
import json

import numpy as np
import pytest

from gshard_jax.data import batching as ip

EOS = 1
CONFIG = ip.BatchConfig(bucket_lengths=(8, 16, 32), tokens_per_batch=256, batch_multiple=4,
                        seed=3)


def make_examples(n=300, seed=0, max_len=40):
    """Random (src, tgt) id lists ending with EOS, ids in [2, 100); a few exceed 32 tokens."""
    rng = np.random.default_rng(seed)
    return [tuple(list(rng.integers(2, 100, rng.integers(0, max_len))) + [EOS] for _ in range(2))
            for _ in range(n)]


def rows_of(batch):
    """Non-padding rows as (src, tgt) tuples with the padding stripped."""
    out = []
    for s, t in zip(batch["src"], batch["tgt"]):
        if t.any():
            out.append((tuple(int(x) for x in s[s != 0]), tuple(int(x) for x in t[t != 0])))
    return out


def naive_truncate(ids, n):
    return list(ids) if len(ids) <= n else list(ids[: n - 1]) + [ids[-1]]


def take(it, n):
    return list(itertools.islice(it, n))


def assert_same_batches(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x.keys() == y.keys()
        for k in x:
            np.testing.assert_array_equal(x[k], y[k])


def test_batch_size_rounds_to_the_multiple():
    assert [ip.batch_size(n, CONFIG) for n in (8, 16, 32)] == [32, 16, 8]
    cfg = dataclasses.replace(CONFIG, tokens_per_batch=300, batch_multiple=3)
    assert [ip.batch_size(n, cfg) for n in (8, 16, 32)] == [36, 18, 9]


def test_shapes_dtypes_and_token_budget():
    examples = make_examples()
    it = ip.TrainIterator(examples, CONFIG)
    for batch in take(it, 3 * it.batches_per_epoch):
        assert set(batch) == {"src", "tgt"}
        rows, length = batch["src"].shape
        assert batch["tgt"].shape == (rows, length)
        assert batch["src"].dtype == batch["tgt"].dtype == np.int32
        assert length in CONFIG.bucket_lengths
        assert rows % CONFIG.batch_multiple == 0
        assert CONFIG.tokens_per_batch - length * CONFIG.batch_multiple < rows * length
        assert rows * length <= CONFIG.tokens_per_batch
        for src, tgt in rows_of(batch):
            # each side ends with EOS, and L is the smallest bucket holding the longer side
            assert src[-1] == EOS and tgt[-1] == EOS
            longest = max(len(src), len(tgt))
            assert length == min(n for n in CONFIG.bucket_lengths if n >= longest)


@pytest.mark.parametrize("policy", ["truncate", "drop"])
def test_every_example_exactly_once_per_epoch(policy):
    examples = make_examples()
    cfg = dataclasses.replace(CONFIG, long_pairs=policy)
    # What each epoch must contain, computed directly.
    expected = collections.Counter()
    for src, tgt in examples:
        if max(len(src), len(tgt)) > 32:
            if policy == "drop":
                continue
            src, tgt = naive_truncate(src, 32), naive_truncate(tgt, 32)
        expected[(tuple(src), tuple(tgt))] += 1
    n_long = sum(max(len(s), len(t)) > 32 for s, t in examples)
    assert 0 < n_long < len(examples)

    it = ip.TrainIterator(examples, cfg)
    assert (it.buckets.truncated, it.buckets.dropped) == (
        (n_long, 0) if policy == "truncate" else (0, n_long))
    epochs = []
    for epoch in range(2):
        assert it.state()["epoch"] == epoch and it.state()["position"] == 0
        seen = collections.Counter()
        batches = take(it, it.batches_per_epoch)
        for batch in batches:
            seen.update(rows_of(batch))
        assert seen == expected
        epochs.append(batches)
    # A new epoch reshuffles: same examples, different order.
    assert any(a["src"].shape != b["src"].shape or (a["src"] != b["src"]).any()
               for a, b in zip(*epochs))


def test_same_seed_same_stream_other_seed_other_stream():
    examples = make_examples()
    a = take(ip.TrainIterator(examples, CONFIG), 25)
    assert_same_batches(a, take(ip.TrainIterator(examples, CONFIG), 25))
    other = take(ip.TrainIterator(examples, dataclasses.replace(CONFIG, seed=4)), 25)
    assert any(x["src"].shape != y["src"].shape or (x["src"] != y["src"]).any()
               for x, y in zip(a, other))


@pytest.mark.parametrize("k", [0, 1, 7, "epoch_end", "next_epoch"])
def test_resume_from_state_continues_the_same_stream(k):
    examples = make_examples()
    uninterrupted = ip.TrainIterator(examples, CONFIG)
    per_epoch = uninterrupted.batches_per_epoch
    k = {"epoch_end": per_epoch - 2, "next_epoch": per_epoch + 3}.get(k, k)
    expected = take(uninterrupted, k + 10)[k:]

    first = ip.TrainIterator(examples, CONFIG)
    take(first, k)
    state = json.loads(json.dumps(first.state()))  # survives a checkpoint as JSON
    resumed = ip.TrainIterator(examples, CONFIG, state=state)
    assert_same_batches(take(resumed, 10), expected)


def test_resume_refuses_a_state_from_other_data():
    examples = make_examples()
    state = ip.TrainIterator(examples, CONFIG).state()
    with pytest.raises(ip.BatchConfigError, match="same corpus"):
        ip.TrainIterator(examples[:-1], CONFIG, state=state)
    with pytest.raises(ip.BatchConfigError, match="same corpus"):
        ip.TrainIterator(examples, dataclasses.replace(CONFIG, seed=9), state=state)


@pytest.mark.parametrize("process_count", [2, 4])
def test_process_slices_concatenate_to_the_global_batch(process_count):
    examples = make_examples()
    global_batches = take(ip.TrainIterator(examples, CONFIG), 20)
    local = [take(ip.TrainIterator(examples, dataclasses.replace(
        CONFIG, process_index=p, process_count=process_count)), 20) for p in range(process_count)]
    for i, g in enumerate(global_batches):
        for key in ("src", "tgt"):
            parts = [local[p][i][key] for p in range(process_count)]
            assert all(part.shape[0] == g[key].shape[0] // process_count for part in parts)
            np.testing.assert_array_equal(np.concatenate(parts), g[key])


def test_config_errors_name_the_fix():
    with pytest.raises(ip.BatchConfigError, match="raise tokens_per_batch to at least 256"):
        ip.TrainIterator(make_examples(), dataclasses.replace(CONFIG, tokens_per_batch=200,
                                                              batch_multiple=8))
    with pytest.raises(ip.BatchConfigError, match="process_count=3"):
        ip.TrainIterator(make_examples(), dataclasses.replace(CONFIG, process_count=3))
    with pytest.raises(ip.BatchConfigError, match="increasing"):
        ip.TrainIterator(make_examples(), dataclasses.replace(CONFIG, bucket_lengths=(32, 16)))
    with pytest.raises(ip.BatchConfigError, match="no examples left"):
        ip.TrainIterator([([5] * 40 + [EOS], [EOS])],
                         dataclasses.replace(CONFIG, long_pairs="drop"))


def test_eval_batches_cover_every_example_once_in_order():
    examples = make_examples(n=203)
    batches = list(ip.eval_batches(examples, CONFIG, with_index=True))
    index = np.concatenate([b["index"] for b in batches])
    real = index[index >= 0]
    assert sorted(real.tolist()) == list(range(len(examples)))
    # Unshuffled: within a bucket, input order.
    for b in batches:
        idx = b["index"][b["index"] >= 0]
        assert (np.diff(idx) > 0).all()
    for b in batches:
        for row, i in enumerate(b["index"]):
            if i < 0:  # padding rows are all zero
                assert not b["src"][row].any() and not b["tgt"][row].any()
                continue
            src, tgt = (naive_truncate(x, 32) for x in examples[i])
            assert b["src"][row, :len(src)].tolist() == src and not b["src"][row, len(src):].any()
            assert b["tgt"][row, :len(tgt)].tolist() == tgt and not b["tgt"][row, len(tgt):].any()
    # Without the index, the same arrays.
    plain = list(ip.eval_batches(examples, CONFIG))
    assert_same_batches(plain, [{"src": b["src"], "tgt": b["tgt"]} for b in batches])


def test_eval_process_slices_concatenate():
    examples = make_examples(n=99)
    whole = list(ip.eval_batches(examples, CONFIG, with_index=True))
    parts = [list(ip.eval_batches(examples, dataclasses.replace(
        CONFIG, process_index=p, process_count=2), with_index=True)) for p in range(2)]
    assert len(parts[0]) == len(parts[1]) == len(whole)
    for i, w in enumerate(whole):
        for key in w:
            np.testing.assert_array_equal(np.concatenate([parts[0][i][key], parts[1][i][key]]),
                                          w[key])
