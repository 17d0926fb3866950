"""Mixture-of-Students (DeepSpeed-MoE): distil a smaller student from a trained teacher run.

    gshard-jax distill --teacher runs/en_es_moe --workdir runs/en_es_student \\
        --set model.num_encoder_layers=1 --set model.num_decoder_layers=1

The student starts from the teacher's saved config (same corpus, tokenizer and vocabulary, same
mesh) with the `--set` overrides applied, typically fewer layers. Its loss adds DeepSpeed's KD
term (Megatron-DeepSpeed `calculate_mos_loss`) to the usual CE + aux loss:

    L_KD = beta * T^2 * mean over target tokens of KL( softmax(z_t / T) || softmax(z_s / T) )

with the teacher in evaluation mode (no dropout, no random routing) and no gradient. Unlike
DeepSpeed, which averages over every position, padding positions are left out: our batches pad
to bucket lengths. Staged KD (DeepSpeed's tutorial): after `distill.stop_step` the KD term and the
teacher's forward pass stop, and training continues on CE + aux alone. The run resumes like
`train` (rerun the same command).
"""

from __future__ import annotations

import os

import jax
import jax.numpy as jnp

from gshard_jax.config import Config, ConfigError, apply_overrides
from gshard_jax.engine.rundir import RunDir, RunDirError
from gshard_jax.engine.task import TrainState, unbuildable_as_config_error
from gshard_jax.translation.evaluate import evaluate_split
from gshard_jax.translation.task import TranslationTask
from gshard_jax.translation.train import train
from gshard_jax.vocab import PAD_ID


def kd_loss_sums(student_BLV, teacher_BLV, weights_BL, temperature: float):
    """(sum over weighted tokens of KL(softmax(t/T) || softmax(s/T)), sum of weights)."""
    log_p_t = jax.nn.log_softmax(teacher_BLV.astype(jnp.float32) / temperature, axis=-1)
    log_p_s = jax.nn.log_softmax(student_BLV.astype(jnp.float32) / temperature, axis=-1)
    kl_BL = jnp.sum(jnp.exp(log_p_t) * (log_p_t - log_p_s), axis=-1)
    weights = weights_BL.astype(jnp.float32)
    return (kl_BL * weights).sum(), weights.sum()


class DistillTask(TranslationTask):
    """The student's sharded task, whose train step also runs the frozen teacher (until
    distill.stop_step). The teacher lives on the student's mesh with its own rules."""

    def __init__(self, cfg: Config, teacher_cfg: Config):
        super().__init__(cfg)
        self.teacher = TranslationTask(teacher_cfg, mesh=self.mesh)
        self.teacher_params = None
        self._kd_steps: dict[str, object] = {}

    def load_teacher(self, teacher_workdir: str) -> int:
        """Restores the teacher's newest checkpoint onto this mesh; returns its step."""
        with RunDir(teacher_workdir).checkpointer(keep=self.teacher.cfg.run.keep_checkpoints) as ckpt:
            state, _ = ckpt.restore_newest_readable(self.teacher.abstract_state())
        self.teacher_params = state.params
        return int(state.step)

    def loss(self, params, batch, rng, teacher_params=None, moe_mode: str = "alltoall"):
        """CE + aux of the student, plus the KD term when the teacher's params are given."""
        logits, targets, weights, moe = self.forward(params, batch, rng, moe_mode)
        loss, metrics = self.objective(logits, targets, weights, moe)
        if teacher_params is None:
            return loss, metrics
        teacher_logits, _ = self.teacher.model(teacher_params)(batch["src"], batch["tgt"], None,
                                                               moe_mode=moe_mode)
        kl_sum, tokens = kd_loss_sums(logits, jax.lax.stop_gradient(teacher_logits),
                                      batch["tgt"] != PAD_ID, self.cfg.distill.temperature)
        kd = self.cfg.distill.beta * self.cfg.distill.temperature ** 2 * kl_sum / jnp.maximum(tokens, 1.0)
        return loss + kd, dict(metrics, loss=loss + kd, kd_loss=kd)

    def kd_train_step(self, moe_mode: str):
        """jitted (state, teacher_params, batch) -> (state, metrics), donating the state."""
        if moe_mode not in self._kd_steps:
            def step(state, teacher_params, batch):
                return self._train_step(state, batch, teacher_params, moe_mode=moe_mode)
            self._kd_steps[moe_mode] = jax.jit(
                step, in_shardings=(self.state_shardings, self.teacher.param_shardings,
                                    self._batch_shardings),
                out_shardings=(self.state_shardings, None), donate_argnums=0)
        return self._kd_steps[moe_mode]

    @property
    def train_step(self):
        """Distils while state.step < distill.stop_step (or always, stop_step 0), then plain."""
        plain, kd = super().train_step, self.kd_train_step(self.moe_mode)
        stop = self.cfg.distill.stop_step

        def step(state: TrainState, batch):
            if stop == 0 or int(state.step) < stop:
                return kd(state, self.teacher_params, batch)
            return plain(state, batch)
        return step

    def check_buildable(self, batch_shapes) -> None:
        """The plain step (base class) and the KD step both trace for every batch shape."""
        shapes = list(batch_shapes)
        super().check_buildable(shapes)
        state = jax.eval_shape(lambda: self._init_state(self.cfg.train.seed))
        teacher = jax.eval_shape(lambda: self.teacher._init_state(0)).params
        for shape in {(int(b), int(l)) for b, l in shapes}:
            with unbuildable_as_config_error(shape):
                jax.eval_shape(lambda s, t, b: self._train_step(s, b, t), state, teacher,
                               self.abstract_batch(shape))


def student_config(teacher_workdir: str, student_workdir: str, overrides: list[str]) -> tuple[Config, Config]:
    """(student config, teacher config): the teacher's saved config + overrides, checked."""
    if not os.path.isdir(teacher_workdir):
        raise RunDirError(f"--teacher {teacher_workdir} does not exist; give the run directory of "
                          "a trained model (gshard-jax train --workdir ...)")
    teacher_cfg = RunDir(teacher_workdir).read_config()
    student = apply_overrides(teacher_cfg, list(overrides) + [f"run.workdir={student_workdir}"])
    if os.path.abspath(student.run.workdir) == os.path.abspath(teacher_workdir):
        raise ConfigError("the student's --workdir is the teacher's run directory; give the "
                          "student a directory of its own")
    same_vocabulary = (student.model.vocab_size == teacher_cfg.model.vocab_size
                       and student.data == teacher_cfg.data)
    if not same_vocabulary:
        raise ConfigError(
            f"the student would have another vocabulary than the teacher in {teacher_workdir} "
            "(model.vocab_size or a data.* setting differs): KD compares the two models' "
            "distributions token by token, so keep model.vocab_size and data.* as the teacher's")
    return student, teacher_cfg


def distill(teacher_workdir: str, student_cfg: Config, teacher_cfg: Config, *, quiet: bool = False):
    """Trains (or resumes) the student in student_cfg.run.workdir; returns the training summary."""
    task = DistillTask(student_cfg, teacher_cfg)
    if not RunDir(teacher_workdir).checkpoint_steps():
        raise RunDirError(f"--teacher {teacher_workdir} has no checkpoint; train it first")
    task.load_teacher(teacher_workdir)  # read-only, before the student's run writes anything
    return train(student_cfg, quiet=quiet, task=task)


def compare_with_teacher(teacher_workdir: str, student_cfg: Config, teacher_cfg: Config,
                         limit: int | None) -> None:
    """Prints teacher and student test BLEU/chrF side by side (the teacher's cached scores
    when they cover the same `limit`)."""
    scores = {"student": evaluate_split(student_cfg, split="test", limit=limit)}
    cached = RunDir(teacher_workdir).read_scores("test")
    teacher_run = apply_overrides(teacher_cfg, [f"run.workdir={teacher_workdir}"])
    scores["teacher"] = (cached if cached and cached.get("limit") == limit
                         else evaluate_split(teacher_run, split="test", limit=limit, show=0))
    layers = {name: (c.model.num_encoder_layers, c.model.num_decoder_layers)
              for name, c in (("teacher", teacher_cfg), ("student", student_cfg))}
    print("model    layers (enc+dec)  test BLEU  test chrF")
    for name in ("teacher", "student"):
        print(f"{name:8} {layers[name][0]}+{layers[name][1]:<15} {scores[name]['bleu']:9.2f}  "
              f"{scores[name]['chrf']:9.2f}")
