"""One matplotlib heatmap, labelled and annotated: the routing report's pictures and the load
heatmaps training sends to TensorBoard (`figure_pixels`)."""

from __future__ import annotations

from typing import Sequence

import numpy as np


def heatmap_figure(values_RC, rows: Sequence[str], columns: Sequence[str], title: str,
                   cell_format: str = "{:.0%}", colorbar: str = "", center: float | None = None,
                   shown_RC=None):
    """A matplotlib Figure of values [R, C] (NaN cells blank) with row/column names and each
    cell's value (or shown_RC's, when the colours are a rescaled value); `center` (e.g. the
    balanced load) is white on a diverging colour map from 0."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    values_RC = np.asarray(values_RC, np.float64)
    R, C = values_RC.shape
    fig = Figure(figsize=(max(4.0, 0.55 * C + 2.5), max(2.2, min(0.42, 6.0 / R) * R + 1.4)),
                 dpi=100)
    ax = fig.subplots()
    finite = values_RC[np.isfinite(values_RC)]
    if center is None:
        image = ax.imshow(values_RC, cmap="viridis", aspect="auto",
                          vmin=0.0, vmax=max(float(finite.max()) if finite.size else 1.0, 1e-9))
    else:  # shares: white at `center`, from 0 (blue) to the largest (red)
        from matplotlib.colors import TwoSlopeNorm
        top = max(float(finite.max()) if finite.size else 0.0, 2 * center)
        image = ax.imshow(values_RC, cmap="RdBu_r", aspect="auto",
                          norm=TwoSlopeNorm(vcenter=center, vmin=0.0, vmax=top))
    ax.set_xticks(range(C), list(columns), fontsize=8)
    ax.set_yticks(range(R), list(rows), fontsize=8)
    ax.set_title(title, fontsize=10)
    shown_RC = values_RC if shown_RC is None else np.asarray(shown_RC, np.float64)
    if R * C <= 400:
        for r in range(R):
            for c in range(C):
                if np.isfinite(shown_RC[r, c]):
                    ax.text(c, r, cell_format.format(shown_RC[r, c]), ha="center",
                            va="center", fontsize=7, color="black")
    fig.colorbar(image, ax=ax, label=colorbar)
    fig.tight_layout()
    return fig


def load_heatmap(load_LE, layer_names: Sequence[str], title: str = "expert load"):
    """The layers x experts load heatmap: each cell's share, coloured by share x the layer's
    expert count (white = balanced, also where PR-MoE layers differ; their missing experts
    are NaN)."""
    load_LE = np.asarray(load_LE, np.float64)
    experts_L = np.isfinite(load_LE).sum(axis=1, keepdims=True)
    return heatmap_figure(load_LE * experts_L, layer_names,
                          [str(e) for e in range(load_LE.shape[1])],
                          f"{title} (white = balanced, 1/E)", colorbar="share x E",
                          center=1.0, shown_RC=load_LE)


def figure_pixels(fig) -> np.ndarray:
    """A figure's pixels, uint8 [height, width, 3] (what TensorBoard's add_image takes)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., :3].copy()
