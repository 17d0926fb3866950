"""B9: gshard_jax's train step against PyTorch's, side by side in one process.

For the dense twin (experiments/configs/en_es_dense.py) and the default MoE experiment
(en_es_moe.py), both on one device: the same model sizes, optimiser (Adafactor), label
smoothing and the same bucketed en->es training batches (2,048 tokens, lengths 16-128), the
PyTorch model from torch_twin.py on 2 threads. The two steps alternate batch by batch, so a
change in the machine's load hits both alike; each step ends with the loss on the host (as
the training loop's logging does). The ratio is gshard_jax's median step over PyTorch's
(below 1: gshard_jax is faster); cpu_ratio, the same of process CPU seconds per step, which
moves less when other work shares the machine (wall times then favour neither side reliably:
PyTorch's two OpenMP threads lose more to a busy machine than XLA's thread pool). Two
batches of each bucket length, each bucket compiled (and warmed) before timing.

    python -m experiments.bench.run_all --only B9
"""

from __future__ import annotations

import dataclasses
import os
import time

import numpy as np

CONFIGS = {"dense": "experiments/configs/en_es_dense.py", "moe": "experiments/configs/en_es_moe.py"}


def bucket_mix(iterator, per_bucket: int, buckets: int) -> list[dict]:
    """The first `per_bucket` training batches of each bucket length, in the order drawn."""
    mix, counts = [], {}
    while len(mix) < per_bucket * buckets:
        batch = next(iterator)
        length = batch["src"].shape[1]
        if counts.get(length, 0) < per_bucket:
            counts[length] = counts.get(length, 0) + 1
            mix.append(batch)
    return mix


def run(repeats: int = 3, per_bucket: int = 2, torch_threads: int = 2) -> list[dict]:
    import jax
    import torch

    from experiments.bench import torch_twin
    from gshard_jax.config import MeshConfig, load_config_file
    from gshard_jax.data.pipeline import load_translation_data
    from gshard_jax.model.size import parameter_counts
    from gshard_jax.translation.task import TranslationTask

    torch.set_num_threads(torch_threads)
    torch.manual_seed(0)
    rows = []
    for name, path in CONFIGS.items():
        cfg = load_config_file(path)
        cfg = dataclasses.replace(cfg, mesh=MeshConfig(data=1, expert=1, model=1, preset="expert"))
        data = load_translation_data(cfg, verbose=False)
        mix = bucket_mix(data.train_batches(1), per_bucket, len(cfg.data.bucket_lengths))
        task = TranslationTask(cfg)
        holder = {"state": task.init_state(cfg.train.seed)}
        model = torch_twin.Transformer(cfg.model)
        optimizer, scheduler = torch_twin.make_optimizer(model, cfg.train)

        def jax_step(batch):
            sharded = task.shard_batch({k: batch[k] for k in ("src", "tgt")})
            holder["state"], metrics = task.train_step(holder["state"], sharded)
            return float(metrics["loss"])

        def torch_step(batch):
            src, tgt = (torch.from_numpy(np.asarray(batch[k], np.int64)) for k in ("src", "tgt"))
            return torch_twin.train_step(model, optimizer, scheduler, src, tgt,
                                         cfg.train.label_smoothing, cfg.model.moe.aux_loss_weight)

        for batch in {b["src"].shape: b for b in mix}.values():  # compile / warm each bucket
            jax_step(batch), torch_step(batch)
        times = {"jax": [], "torch": []}
        cpu = {"jax": [], "torch": []}  # process CPU seconds: less sensitive to other load
        for _ in range(repeats):
            for batch in mix:
                for key, step in (("jax", jax_step), ("torch", torch_step)):
                    start, start_cpu = time.perf_counter(), time.process_time()
                    step(batch)
                    times[key].append(time.perf_counter() - start)
                    cpu[key].append(time.process_time() - start_cpu)
        jax_s, torch_s = float(np.median(times["jax"])), float(np.median(times["torch"]))
        rows.append(dict(bench="B9", model=name, params=parameter_counts(cfg.model)["total"],
                         torch_params=sum(p.numel() for p in model.parameters()),
                         buckets=" ".join(sorted({f"{b['src'].shape[0]}x{b['src'].shape[1]}" for b in mix})),
                         jax_s=jax_s, torch_s=torch_s, ratio=jax_s / torch_s,
                         jax_mean_s=float(np.mean(times["jax"])),
                         torch_mean_s=float(np.mean(times["torch"])),
                         jax_cpu_s=float(np.median(cpu["jax"])),
                         torch_cpu_s=float(np.median(cpu["torch"])),
                         cpu_ratio=float(np.median(cpu["jax"]) / np.median(cpu["torch"])),
                         load=os.getloadavg()[0], devices=jax.device_count()))
    return rows
