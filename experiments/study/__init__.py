"""The MoE design study: a declared grid of models x seeds on the en-es and multilingual tasks,
trained cell by cell (resumable, parallel when cores allow), then compared with seed spreads
and sacreBLEU's paired bootstrap against the dense baseline.

    python -m experiments.study                 # train what is missing, then write the report
    python -m experiments.study --list          # the cells, their commands and status
    python -m experiments.study --report-only   # recompute study.md/json and plots only

grid.py declares the rows, runner.py trains and evaluates cells through the `gshard-jax` CLI,
report.py gathers the run directories into tables, statistics and plots.
"""
