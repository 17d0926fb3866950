"""Shared SentencePiece tokenizer: ids, round trips on real verses, caching, determinism."""
import dataclasses

import pytest

from gshard_jax.data import corpus
from gshard_jax.data import tokenizer as tk

# Small enough to train in about a second on 2 cores.
CONFIG = tk.TokenizerConfig(vocab_size=600, max_sentences=3000)


@pytest.fixture(scope="module")
def data():
    splits = corpus.split_corpus(corpus.load_bundled_corpus().pairs)
    return tk.training_texts(splits.train[:2000]), splits.dev


@pytest.fixture(scope="module")
def trained(data, tmp_path_factory):
    cache = tmp_path_factory.mktemp("spm")
    tok, from_cache = tk.load_or_train(data[0], CONFIG, cache_dir=cache)
    return tok, from_cache, cache


def test_special_ids_and_vocab_size(trained):
    tok, from_cache, _ = trained
    assert not from_cache
    assert tok.vocab_size == CONFIG.vocab_size
    assert (tok.pad_id, tok.eos_id, tok.unk_id) == (0, 1, 2)
    pieces = [tok._sp.id_to_piece(i) for i in range(3)]
    assert pieces == ["<pad>", "</s>", "<unk>"]
    assert tok._sp.bos_id() == -1


def test_round_trip_on_corpus_sentences(data, trained):
    tok = trained[0]
    train_texts, dev = data
    for text in train_texts[:500]:
        ids = tok.encode(text)
        assert ids[-1] == tok.eos_id and tok.eos_id not in ids[:-1] and tok.pad_id not in ids
        assert tok.decode(ids) == tok.normalize(text)
    # Cleaned verses are already NFKC with single spaces, so most survive unchanged.
    unchanged = [t for t in train_texts[:500] if tok.normalize(t) == t]
    assert len(unchanged) > 450
    assert all(tok.decode(tok.encode(t)) == t for t in unchanged)
    # Held-out verses round-trip too when every character was seen in training
    # (character_coverage=1.0 gives each seen character a piece).
    seen = set("".join(train_texts))
    held_out = [s for pair in dev for s in pair if set(s) <= seen]
    assert len(held_out) > 0.9 * 2 * len(dev)
    assert [tok.decode(tok.encode(s)) for s in held_out] == [tok.normalize(s) for s in held_out]


def test_decode_stops_at_eos_and_skips_padding(trained):
    tok = trained[0]
    a, b = tok.encode("In the beginning"), tok.encode("En el principio")
    assert tok.decode(a + [0, 0, 0]) == "In the beginning"
    assert tok.decode([0] + a[:2] + [0] + a[2:]) == "In the beginning"
    assert tok.decode(a + b) == "In the beginning"  # stops at the first EOS
    assert tok.decode_batch([a + [0] * 3, b]) == ["In the beginning", "En el principio"]


def test_encode_batch_matches_encode(data, trained):
    tok = trained[0]
    texts = data[0][:64]
    assert tok.encode_batch(texts) == [tok.encode(t) for t in texts]


def test_cache_hit_does_not_retrain(data, trained):
    tok, _, cache = trained
    mtime = tok.model_path.stat().st_mtime_ns
    again, from_cache = tk.load_or_train(data[0], CONFIG, cache_dir=cache)
    assert from_cache
    assert again.model_path == tok.model_path
    assert again.model_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in cache.iterdir()) == [tok.model_path.name]


def test_cache_key_covers_text_and_settings(data):
    texts = data[0]
    key = tk.cache_key(texts, CONFIG)
    assert tk.cache_key(list(texts), CONFIG) == key
    assert tk.cache_key(texts[:-1], CONFIG) != key
    assert tk.cache_key(texts[:-1] + [texts[-1] + "!"], CONFIG) != key
    assert tk.cache_key(texts, dataclasses.replace(CONFIG, vocab_size=601)) != key
    assert tk.cache_key(texts, dataclasses.replace(CONFIG, model_type="bpe")) != key


def test_training_is_deterministic(data, trained, tmp_path):
    tok = trained[0]
    again, from_cache = tk.load_or_train(data[0], CONFIG, cache_dir=tmp_path)
    assert not from_cache
    assert again.model_path.read_bytes() == tok.model_path.read_bytes()


def test_bpe_and_subsampling(data, tmp_path):
    config = tk.TokenizerConfig(vocab_size=300, model_type="bpe", max_sentences=500)
    tok, _ = tk.load_or_train(data[0], config, cache_dir=tmp_path)
    assert tok.vocab_size == 300
    text = data[0][0]
    assert tok.decode(tok.encode(text)) == tok.normalize(text)


def test_no_training_text_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no training sentences"):
        tk.load_or_train([], CONFIG, cache_dir=tmp_path)
