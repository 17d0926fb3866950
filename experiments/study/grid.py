"""The study's rows (model designs) and cells (a row trained with one seed).

Every MoE row has the dense baseline's per-token compute: top-2 rows use experts of d_ff/2,
top-1 rows (Switch) one expert of d_ff, expert choice fills cf = 2 slots per token on average,
Residual-MoE adds a dense MLP of one expert's size to a top-1 expert. An upcycled row
(`upcycle_from`) trains its dense row for half the steps, upcycles it (`gshard-jax upcycle`:
top-1 experts that copy the dense FFN, so the same per-token compute) and trains the MoE for
the other half: the same total steps as every other row. All rows of a task train
the same steps on the same data order per seed, in the task's regime (REGIMES): the budget
this machine affords for the whole grid, which a command line's --steps/--set/--test-limit
replace for a different regime (under another --tag).
"""

from __future__ import annotations

import dataclasses
import os

CONFIGS = "experiments/configs"


@dataclasses.dataclass(frozen=True)
class Regime:
    """How every cell of a task is trained and scored."""

    overrides: tuple[str, ...]     # applied before a row's own overrides
    test_limit: int | None = None  # test sentences per language pair (None: the whole split)


# Dev NLL every 100-200 steps draws the curves; the dev greedy BLEU beside it is kept small
# because the test split (beam search) is what the study compares. en-es: 700 steps of 2,048
# tokens, 1.5 passes over the corpus and half the main job's 1,400. Multilingual: GShard's own
# setting, every language into English (10 pairs), 2,000 steps with the config's 400 warm-up
# steps, test sets cut to 100 verses per pair (1,000 beam-searched sentences per cell). Both
# directions at 1,000 steps (20 pairs) stayed at the floor: every X->en pair decoded the same
# generic English (BLEU 1.7-1.9 for all ten, dev NLL 4.41 and falling), see study.md.
REGIMES = {
    "en_es": Regime(("run.steps=700", "run.eval_every=100", "run.bleu_sentences=32")),
    "multi": Regime(("data.direction=to_en", "run.steps=2000", "run.eval_every=200",
                     "run.bleu_sentences=40"), 100),
}


@dataclasses.dataclass(frozen=True)
class Row:
    """One model design of the study: a config file plus overrides."""

    key: str            # short name, also the run directory's stem
    task: str           # 'en_es' or 'multi'
    label: str          # what the table calls it
    config: str         # experiment config file
    overrides: tuple[str, ...] = ()
    headline: bool = False  # trained with every seed of the study (others: the first seeds)
    versus: str | None = None  # another row of the task it is also compared with, seed by seed
    upcycle_from: str | None = None  # a dense row: trained steps//2, upcycled, trained the rest

    @property
    def is_baseline(self) -> bool:
        return self.key == "dense"


@dataclasses.dataclass(frozen=True)
class Cell:
    """A row trained with one seed, in its own run directory."""

    row: Row
    seed: int
    workdir: str              # run directory: checkpoints, logs (this machine only)
    test_limit: int | None = None
    archive: str | None = None  # committed copy of its results (archive.py)

    @property
    def name(self) -> str:
        return f"{self.row.task}/{self.row.key}/seed{self.seed}"

    def overrides(self, extra: tuple[str, ...] = ()) -> list[str]:
        """The task regime's, the row's, the seed, then the command line's (last wins)."""
        return [*REGIMES[self.row.task].overrides, *self.row.overrides,
                f"train.seed={self.seed}", *extra]

    @property
    def dense_phase(self) -> "Cell | None":
        """An upcycled row's first half: its dense row with this seed, in <workdir>.dense."""
        if self.row.upcycle_from is None:
            return None
        dense = next(r for r in ROWS if r.task == self.row.task and r.key == self.row.upcycle_from)
        return Cell(dense, self.seed, self.workdir + ".dense")


def split_steps(total: int) -> tuple[int, int]:
    """An upcycled cell's (dense steps, MoE steps): total // 2 and the rest."""
    return total // 2, total - total // 2


def _en_es(key, label, config, *overrides, headline=False, versus=None, upcycle_from=None) -> Row:
    return Row(key, "en_es", label, os.path.join(CONFIGS, config), tuple(overrides), headline,
               versus, upcycle_from)


def _multi(key, label, config, *overrides, headline=False, upcycle_from=None) -> Row:
    return Row(key, "multi", label, os.path.join(CONFIGS, config), tuple(overrides), headline,
               upcycle_from=upcycle_from)


ROWS: tuple[Row, ...] = (
    _en_es("dense", "dense twin", "en_es_dense.py", headline=True),
    _en_es("moe8", "GShard top-2, E=8", "en_es_moe.py", headline=True),
    _en_es("moe16", "GShard top-2, E=16", "en_es_moe16.py", headline=True),
    # Headline too: the experts axis of the regime search (E=32 gave the largest seed-0 gap).
    _en_es("moe32", "GShard top-2, E=32", "en_es_moe.py", "model.moe.num_experts=32",
           headline=True),
    # Headline too: the two rows whose seed-0 gap to dense was significant (p=0.001).
    _en_es("switch", "Switch top-1, E=8 (experts of d_ff)", "en_es_moe.py",
           "model.moe.router=switch", "model.moe.top_k=1", "model.expert_d_ff=512",
           headline=True),
    _en_es("noisy_topk", "noisy top-2, E=8", "en_es_moe.py", "model.moe.router=noisy_topk"),
    _en_es("softmax_topk", "softmax top-2, E=8", "en_es_moe.py", "model.moe.router=softmax_topk"),
    _en_es("dropless", "softmax top-2 dropless, E=8", "en_es_moe.py",
           "model.moe.router=softmax_topk", "model.moe.capacity_factor=0"),
    _en_es("expert_choice", "expert choice (encoder), E=8", "en_es_moe.py",
           "model.moe.router=expert_choice"),
    _en_es("prmoe", "PR-MoE 4/8 experts, top-2", "en_es_prmoe.py"),
    _en_es("residual_prmoe", "Residual PR-MoE 4/8, top-1 + MLP", "en_es_residual_prmoe.py",
           headline=True),
    # Mixtral's block (SwiGLU experts of 171 = 2/3 of 256 in every FFN, softmax top-2 of 8,
    # RMSNorm, RoPE) at the same per-token compute; paired with GShard's E=16 row (`versus`).
    _en_es("mixtral", "Mixtral block: top-2 of 8 SwiGLU, every FFN", "en_es_mixtral.py",
           versus="moe16"),
    # Sparse upcycling: dense for half the steps, then E=8 top-1 experts of d_ff that copy the
    # dense FFN (softmax_topk: weight 1, so it starts as the dense model's function) for the
    # other half; paired with the Switch row, the same shape trained from scratch.
    _en_es("upcycle", "dense N/2 -> upcycled top-1, E=8 (experts of d_ff) N/2", "en_es_moe.py",
           "model.moe.router=softmax_topk", "model.moe.top_k=1", "model.expert_d_ff=512",
           headline=True, versus="switch", upcycle_from="dense"),
    _multi("dense", "dense twin", "multi_dense.py", headline=True),
    _multi("moe8", "GShard top-2, E=8", "multi_moe.py", headline=True),
    _multi("moe16", "GShard top-2, E=16", "multi_moe16.py"),
    _multi("upcycle", "dense N/2 -> upcycled top-1, E=8 (experts of d_ff) N/2", "multi_moe.py",
           "model.moe.router=softmax_topk", "model.moe.top_k=1", "model.expert_d_ff=512",
           headline=True, upcycle_from="dense"),
)
TASKS = ("en_es", "multi")


def select_rows(tasks: list[str] | None = None, keys: list[str] | None = None) -> list[Row]:
    """The rows of the given tasks whose keys are listed (None: all); unknown names raise
    ValueError naming the known ones."""
    unknown_tasks = sorted(set(tasks or ()) - set(TASKS))
    known_keys = sorted({row.key for row in ROWS})
    unknown_keys = sorted(set(keys or ()) - set(known_keys))
    if unknown_tasks or unknown_keys:
        raise ValueError("; ".join(
            [f"unknown task {t!r} (tasks: {', '.join(TASKS)})" for t in unknown_tasks]
            + [f"unknown row {k!r} (rows: {', '.join(known_keys)})" for k in unknown_keys]))
    rows = [row for row in ROWS if (not tasks or row.task in tasks) and (not keys or row.key in keys)]
    for task in {row.task for row in rows}:
        # Every p-value is against the dense row of the same task: keep it in the study.
        if not any(row.task == task and row.is_baseline for row in rows):
            rows.insert(0, next(r for r in ROWS if r.task == task and r.is_baseline))
    return rows


def cells(rows: list[Row], seeds: int, other_seeds: int, runs_dir: str,
          test_limit: int | None = None, archive_dir: str | None = None) -> list[Cell]:
    """Headline rows get `seeds` seeds (0..seeds-1), the others `other_seeds`; seeds run in the
    outer loop, so a study stopped early has every row with its first seeds. `test_limit`
    replaces every task regime's. Each cell's run directory and archive (if `archive_dir`)
    are named <task>_<row>_s<seed> under `runs_dir` and `archive_dir`."""
    result = []
    for seed in range(max(seeds, other_seeds)):
        for row in rows:
            if seed < (seeds if row.headline else other_seeds):
                name = f"{row.task}_{row.key}_s{seed}"
                limit = test_limit if test_limit is not None else REGIMES[row.task].test_limit
                archive = os.path.join(archive_dir, name) if archive_dir else None
                result.append(Cell(row, seed, os.path.join(runs_dir, name), limit, archive))
    return result
