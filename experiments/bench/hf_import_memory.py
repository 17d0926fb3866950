"""Peak host memory (RSS) of `gshard-jax import-hf` and `export-hf` on a random Mixtral saved by
Hugging Face, against the checkpoint's size (issue 35: under 2x).

Each phase runs in its own process and reports its own peak RSS (ru_maxrss), so one phase's
memory never hides another's: (1) build a random MixtralForCausalLM with torch and
`save_pretrained` it (float32 or bfloat16), (2) a baseline process that only imports jax and
gshard_jax, (3) import-hf, (4) export-hf. Not a timed test: run it by hand,

    python -m experiments.bench.hf_import_memory --layers 4 --d-model 1024 --d-ff 2304 \
        --experts 8 --vocab 32000      # 302,556,160 parameters, 1.21 GB in float32

and read the JSON it prints (docs/interop.md has the figures). On the CPU backend the
"devices" are host memory, so the parameters import places on them count (1x); the step-0
checkpoint holds the parameters alone (no optimiser state), written with Orbax's bytes in
flight capped; export restores the parameters alone onto the host and writes one converted
tensor at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile

_BUILD = """
import sys, torch, transformers
cfg = transformers.MixtralConfig(vocab_size={vocab}, hidden_size={d_model},
    intermediate_size={d_ff}, num_hidden_layers={layers}, num_attention_heads={heads},
    num_key_value_heads={kv_heads}, num_local_experts={experts}, num_experts_per_tok=2,
    max_position_embeddings=4096)
torch.manual_seed(0)
model = transformers.MixtralForCausalLM(cfg).to(torch.{dtype})
model.save_pretrained(sys.argv[1])
print(model.num_parameters())
"""
_BASELINE = "import jax, gshard_jax.hf.command"
_IMPORT = ("import sys; from gshard_jax.hf.command import import_hf; "
           "import_hf(sys.argv[1], sys.argv[2], ['mesh.data=-1', 'mesh.expert=1'], quiet=True)")
_EXPORT = ("import sys; from gshard_jax.hf.command import export_hf; "
           "export_hf(sys.argv[1], sys.argv[2], quiet=True)")


def _peak_rss(code: str, *args: str) -> tuple[int, str]:
    """(peak RSS in bytes, stdout) of `python -c code args` in a fresh process."""
    env = dict(os.environ, JAX_PLATFORMS="cpu", HF_HUB_OFFLINE="1")
    wrapper = (f"{code}\nimport resource, sys\n"
               "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", wrapper, *args], env=env, capture_output=True,
                          text=True, check=True)
    rss = int(done.stderr.strip().splitlines()[-1].split()[1]) * 1024  # Linux: KiB
    return rss, done.stdout.strip()


def _size(directory: str) -> int:
    return sum(os.path.getsize(os.path.join(directory, n)) for n in os.listdir(directory)
               if n.endswith(".safetensors"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag, default in (("layers", 8), ("d-model", 1024), ("d-ff", 2816), ("heads", 16),
                          ("kv-heads", 4), ("experts", 8), ("vocab", 32000)):
        parser.add_argument(f"--{flag}", type=int, default=default)
    parser.add_argument("--dtype", choices=("float32", "bfloat16"), default="float32")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        hf, run, out = (os.path.join(tmp, n) for n in ("hf", "run", "out"))
        build = _BUILD.format(vocab=args.vocab, d_model=args.d_model, d_ff=args.d_ff,
                              layers=args.layers, heads=args.heads, kv_heads=args.kv_heads,
                              experts=args.experts, dtype=args.dtype)
        _, parameters = _peak_rss(build, hf)
        baseline, _ = _peak_rss(_BASELINE)
        imported, _ = _peak_rss(_IMPORT, hf, run)
        exported, _ = _peak_rss(_EXPORT, run, out)
        checkpoint = _size(hf)
        print(json.dumps({
            "parameters": int(parameters.splitlines()[-1]), "dtype": args.dtype,
            "checkpoint_bytes": checkpoint, "baseline_rss_bytes": baseline,
            "import_peak_rss_bytes": imported, "export_peak_rss_bytes": exported,
            "import_over_checkpoint": round((imported - baseline) / checkpoint, 2),
            "export_over_checkpoint": round((exported - baseline) / checkpoint, 2),
        }, indent=2))


if __name__ == "__main__":
    main()
