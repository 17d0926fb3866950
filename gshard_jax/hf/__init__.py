"""Interop with Hugging Face checkpoints: `gshard-jax import-hf` / `export-hf`.

checkpoint_io.py reads and writes HF directories (config.json, safetensors, the tokenizer);
converter.py says what one architecture's converter provides; mixtral.py is
MixtralForCausalLM's; command.py dispatches on config.json's `architectures` and writes or
reads an ordinary run directory.
"""
