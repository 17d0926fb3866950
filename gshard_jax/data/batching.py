"""Tokenized pairs -> fixed-shape, length-bucketed batches: shuffled, resumable, multi-host.

A pair goes to the smallest bucket length L that holds both sides. Every batch of that bucket
is [B, L] with B = tokens_per_batch // L rounded down to a multiple of batch_multiple (the
data-parallel shard count), so each bucket compiles once and all batches cost about the same.

Batches are dicts of int32 numpy arrays, ids 0-padded on the right:
  src [B, L]  source ids ending with EOS
  tgt [B, L]  target ids ending with EOS (the model shifts right itself)
A bucket's last, partly filled batch is completed with all-zero rows rather than dropped, so
an epoch covers every example exactly once; zero rows have zero weight (tgt == 0 everywhere).

Training order: each epoch shuffles the examples of every bucket and then the batches of all
buckets together, from a generator seeded by (seed, epoch). The whole stream is a function of
(examples, config), so `TrainIterator.state()` = {epoch, position} is enough to resume it.
With several processes every process walks the same global batches and keeps its own
contiguous block of B / process_count rows.

Multilingual runs pass each example's group (its language pair) and GShard's temperature T:
an epoch then holds as many examples as the data but draws group l's share in proportion to
n_l^(1/T) (`epoch_counts`): T=1 keeps the natural mix, a larger T up-samples (repeats) small
groups and down-samples large ones. The draw is seeded by (seed, epoch) too, so the state
still resumes the same stream.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

import numpy as np

from gshard_jax.errors import UserError

Example = tuple[Sequence[int], Sequence[int]]  # (source ids, target ids), each ending with EOS
Batch = dict[str, np.ndarray]


@dataclasses.dataclass(frozen=True)
class BatchConfig:
    """Bucketing and batching settings (shared by all processes of a run)."""

    # No defaults for the two sizes: the one default is the config's (data.bucket_lengths,
    # data.tokens_per_batch), which `TranslationData` passes in.
    bucket_lengths: tuple[int, ...]
    tokens_per_batch: int  # B * L, rounded down so B is a multiple of batch_multiple
    batch_multiple: int = 1  # data-parallel shards: B must split evenly across them
    long_pairs: str = "truncate"  # longer than the largest bucket: "truncate" or "drop"
    seed: int = 0
    process_index: int = 0
    process_count: int = 1


class BatchConfigError(UserError, ValueError):
    """Settings that cannot produce a batch; the message says which knob to turn."""


def batch_size(length: int, config: BatchConfig) -> int:
    """Global rows B of a bucket of length L: tokens_per_batch // L, down to a batch_multiple."""
    rows = config.tokens_per_batch // length // config.batch_multiple * config.batch_multiple
    if rows == 0:
        raise BatchConfigError(
            f"tokens_per_batch={config.tokens_per_batch} holds {config.tokens_per_batch // length}"
            f" rows of length {length}, fewer than batch_multiple={config.batch_multiple}; raise "
            f"tokens_per_batch to at least {length * config.batch_multiple} or lower the largest "
            "bucket length")
    if rows % config.process_count:
        raise BatchConfigError(
            f"batch of {rows} rows (bucket length {length}) does not split across "
            f"process_count={config.process_count} processes; make batch_multiple a multiple of "
            "the process count")
    return rows


def _check(config: BatchConfig) -> None:
    lengths = config.bucket_lengths
    if not lengths or list(lengths) != sorted(set(lengths)) or lengths[0] < 2:
        raise BatchConfigError(f"bucket_lengths must be increasing and >= 2, got {lengths}")
    if config.long_pairs not in ("truncate", "drop"):
        raise BatchConfigError(
            f"long_pairs must be 'truncate' or 'drop', got {config.long_pairs!r}")
    if not 0 <= config.process_index < config.process_count:
        raise BatchConfigError(f"process_index {config.process_index} outside "
                               f"[0, process_count={config.process_count})")
    for length in lengths:
        batch_size(length, config)


def sampling_probabilities(sizes: Sequence[int], temperature: float) -> np.ndarray:
    """GShard's language sampling: p_l = n_l^(1/T) / sum_k n_k^(1/T), float64 [groups].

    sizes: examples per group (n_l); temperature: T > 0 (1 = proportional to n_l, larger T
    flattens towards uniform, T -> inf is uniform). Empty groups get probability 0.
    """
    n = np.asarray(sizes, np.float64)
    weights = np.where(n > 0, n, 0.0) ** (1.0 / temperature)
    return weights / weights.sum()


def epoch_counts(sizes: Sequence[int], temperature: float) -> np.ndarray:
    """Examples of each group in one sampled epoch: p_l * sum(n), rounded down, the remainder
    given to the largest fractions so the counts sum to sum(n) exactly. int64 [groups]."""
    total = int(np.sum(sizes))
    exact = sampling_probabilities(sizes, temperature) * total
    counts = np.floor(exact).astype(np.int64)
    largest_remainders = np.argsort(-(exact - counts), kind="stable")
    counts[largest_remainders[:total - int(counts.sum())]] += 1
    return counts


def _truncate(ids: Sequence[int], length: int) -> list[int]:
    """Cut to `length`, keeping the final token (EOS) last."""
    ids = list(ids)
    return ids if len(ids) <= length else ids[: length - 1] + ids[-1:]


@dataclasses.dataclass
class Buckets:
    """Examples grouped by bucket. members[b]: indices into `examples` of bucket b."""

    examples: list[tuple[list[int], list[int]]]  # after truncation
    members: list[np.ndarray]
    truncated: int
    dropped: int


def assign_buckets(examples: Sequence[Example], config: BatchConfig, *,
                   long_pairs: str | None = None) -> Buckets:
    """Puts each example in the smallest bucket that holds max(len src, len tgt).

    Pairs longer than the largest bucket are truncated or dropped (config.long_pairs, or the
    `long_pairs` override) and counted. Dropped pairs keep their index but join no bucket.
    """
    _check(config)
    policy = long_pairs or config.long_pairs
    lengths = np.asarray(config.bucket_lengths)
    largest = int(lengths[-1])
    kept, bucket_of, truncated, dropped = [], [], 0, 0
    for src, tgt in examples:
        longest = max(len(src), len(tgt))
        if longest > largest:
            if policy == "drop":
                dropped += 1
                kept.append((list(src), list(tgt)))
                bucket_of.append(-1)
                continue
            truncated += 1
            src, tgt, longest = _truncate(src, largest), _truncate(tgt, largest), largest
        kept.append((list(src), list(tgt)))
        bucket_of.append(int(np.searchsorted(lengths, longest)))
    bucket_of = np.asarray(bucket_of, dtype=np.int64)
    members = [np.flatnonzero(bucket_of == b) for b in range(len(lengths))]
    if not any(len(m) for m in members):
        raise BatchConfigError(f"no examples left to batch ({len(examples)} given, {dropped} "
                               "longer than the largest bucket were dropped)")
    return Buckets(kept, members, truncated, dropped)


def _make_batch(buckets: Buckets, rows: np.ndarray, length: int, global_rows: int,
                config: BatchConfig, with_index: bool = False) -> Batch:
    """This process's slice of one global batch; rows beyond len(rows) are zero padding."""
    local = global_rows // config.process_count
    first = config.process_index * local
    src = np.zeros((local, length), np.int32)
    tgt = np.zeros((local, length), np.int32)
    index = np.full((local,), -1, np.int32)
    for r, ex in enumerate(rows[first:first + local]):
        s, t = buckets.examples[ex]
        src[r, :len(s)] = s
        tgt[r, :len(t)] = t
        index[r] = ex
    batch = {"src": src, "tgt": tgt}
    if with_index:
        batch["index"] = index  # example index per row, -1 for padding rows
    return batch


class TrainIterator(Iterator[Batch]):
    """Endless shuffled batches; `state()` -> {"epoch", "position"} resumes the same stream.

    examples: (src ids, tgt ids) pairs, each side ending with EOS.
    state: a dict from `state()` of an iterator over the same examples and config; None starts
    at epoch 0. Yields this process's [B / process_count, L] slice of each global batch.
    groups: optional group (language pair) index of each example; with it every epoch draws
    `epoch_counts(group sizes, temperature)` examples of each group (see the module doc).
    """

    def __init__(self, examples: Sequence[Example], config: BatchConfig,
                 state: dict | None = None, *, groups: Sequence[int] | None = None,
                 temperature: float = 1.0):
        self.config = config
        self.buckets = assign_buckets(examples, config)
        self.num_examples = len(examples)
        self._sizes = [batch_size(n, config) for n in config.bucket_lengths]
        self.temperature = temperature
        self._pools: list[np.ndarray] | None = None  # per group: its batchable examples
        if groups is not None:
            groups = np.asarray(groups, np.int64)
            if groups.shape != (self.num_examples,) or (groups < 0).any():
                raise BatchConfigError(f"groups must give one index >= 0 per example "
                                       f"({self.num_examples}), got shape {groups.shape}")
            self._bucket_of = np.full(self.num_examples, -1, np.int64)
            for b, members in enumerate(self.buckets.members):
                self._bucket_of[members] = b
            batchable = self._bucket_of >= 0
            self._pools = [np.flatnonzero((groups == g) & batchable)
                           for g in range(int(groups.max()) + 1)]
            self.group_counts = epoch_counts([len(p) for p in self._pools], temperature)
        self.epoch, self.position = 0, 0
        if state is not None:
            self._restore(state)
        self._plan_epoch = None
        self._plan: list[tuple[int, np.ndarray]] = []

    def _signature(self) -> dict:
        """What a saved state must match: the seed and data size (and the sampling setup)."""
        signature = {"seed": self.config.seed, "num_examples": self.num_examples}
        if self._pools is not None:
            signature["temperature"] = self.temperature
            signature["group_sizes"] = [len(p) for p in self._pools]
        return signature

    def _restore(self, state: dict) -> None:
        expected = self._signature()
        found = {k: state.get(k) for k in expected}
        if found != expected:
            raise BatchConfigError(f"data state {state} was saved for {found}, not this "
                                   f"pipeline's {expected}; resume with the same corpus split, "
                                   "tokenizer and seed")
        self.epoch, self.position = int(state["epoch"]), int(state["position"])

    def state(self) -> dict:
        """JSON-able position of the next batch; seed and size guard against a wrong resume."""
        return {"epoch": self.epoch, "position": self.position, **self._signature()}

    def _sampled_members(self, rng: np.random.Generator) -> list[np.ndarray]:
        """One epoch's draw of every group, split by bucket: whole copies of a group's pool,
        then a random subset without replacement for the rest of its count."""
        picks = []
        for pool, count in zip(self._pools, self.group_counts):
            if count:
                copies, rest = divmod(int(count), len(pool))
                picks += [np.tile(pool, copies), rng.choice(pool, rest, replace=False)]
        chosen = np.concatenate(picks)
        return [chosen[self._bucket_of[chosen] == b] for b in range(len(self.buckets.members))]

    def epoch_plan(self, epoch: int) -> list[tuple[int, np.ndarray]]:
        """[(bucket index, global row example indices)] for every batch of `epoch`, in order."""
        rng = np.random.default_rng([self.config.seed, epoch])
        per_bucket = self.buckets.members if self._pools is None else self._sampled_members(rng)
        plan = []
        for b, members in enumerate(per_bucket):
            order = rng.permutation(members)
            step = self._sizes[b]
            plan += [(b, order[i:i + step]) for i in range(0, len(order), step)]
        return [plan[i] for i in rng.permutation(len(plan))]

    @property
    def batches_per_epoch(self) -> int:
        """Batches of the current epoch (with sampling, the bucket mix varies by epoch)."""
        if self._pools is not None:
            return len(self.epoch_plan(self.epoch))
        return sum(-(-len(m) // s) for m, s in zip(self.buckets.members, self._sizes))

    def __next__(self) -> Batch:
        if self._plan_epoch != self.epoch:
            self._plan, self._plan_epoch = self.epoch_plan(self.epoch), self.epoch
        b, rows = self._plan[self.position]
        self.position += 1
        if self.position == len(self._plan):
            self.epoch, self.position = self.epoch + 1, 0
        return _make_batch(self.buckets, rows, self.config.bucket_lengths[b], self._sizes[b],
                           self.config)


def eval_batches(examples: Sequence[Example], config: BatchConfig, *,
                 with_index: bool = False) -> Iterator[Batch]:
    """One pass over every example exactly once, unshuffled: buckets by increasing length,
    examples in input order within a bucket, last batch of a bucket padded with zero rows.

    Over-long pairs are always truncated here (never dropped), so no example goes missing.
    with_index adds `index` [B / process_count] int32: the example index of each row, -1 for
    padding rows, to put decoded outputs back in input order.
    """
    buckets = assign_buckets(examples, config, long_pairs="truncate")
    for b, members in enumerate(buckets.members):
        length = config.bucket_lengths[b]
        rows = batch_size(length, config)
        for i in range(0, len(members), rows):
            yield _make_batch(buckets, members[i:i + rows], length, rows, config, with_index)
