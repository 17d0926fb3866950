"""Translation experiments: train, evaluate (BLEU/chrF), translate, beam search, distillation,
and the default experiment's config."""
