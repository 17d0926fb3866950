"""Default experiment: English->Spanish Bible verses, GShard top-2 MoE every other FFN, E=8.

The definition ships with the package (gshard_jax/translation/default_config.py), so
`gshard-jax train` without --config runs it from any directory; this file names it for the
experiment drivers and the configs built on it (en_es_dense.py, en_es_moe16.py, ...).

    gshard-jax train --config experiments/configs/en_es_moe.py   # = gshard-jax train
"""

from gshard_jax.translation.default_config import CONFIG  # noqa: F401
