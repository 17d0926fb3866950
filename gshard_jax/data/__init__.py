"""The data path, top to bottom: corpus (reading, splits) -> tokenizer (SentencePiece) ->
batching (length buckets, resumable order) -> pipeline (corpus -> batches for a Config)."""
