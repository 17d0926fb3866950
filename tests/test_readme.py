"""The README's Python example runs as printed: it trains five sharded steps of the default
experiment (16 experts) on the bundled corpus, from a fresh directory."""

import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_the_readme_python_example_runs_and_its_loss_falls(tmp_path):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        (example,) = re.findall(r"```python\n(.*?)```", f.read(), re.S)
    env = dict(os.environ, PYTHONPATH=ROOT, XLA_FLAGS="")  # the example sets its own devices
    done = subprocess.run([sys.executable, "-c", example], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    steps = [line.split() for line in done.stdout.splitlines() if re.fullmatch(r"\d \S+ \S+ \S+", line)]
    assert [int(s[0]) for s in steps] == [0, 1, 2, 3, 4], done.stdout[-2000:]
    losses = [float(s[1]) for s in steps]
    assert all(math.isfinite(x) for x in losses) and losses[-1] < losses[0], losses
    # The sharding report printed 16 experts split over the expert axis of 4.
    assert re.search(r"wi\s+16x128x256\s+expert, embed, mlp\s+expert, -, -", done.stdout), done.stdout[:3000]
