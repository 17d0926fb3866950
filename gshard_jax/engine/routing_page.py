"""The routing report's files: its JSON, PNG heatmaps and one HTML page that shows them.

`write_report` writes `routing_<split>.json`, `routing_<split>.html` and the pictures in
`routing_<split>/` (referenced from the page by relative path), all into one directory, only
after every figure has been drawn in memory. The page's tables carry the JSON's numbers
formatted by `percent` and `number`.
"""

from __future__ import annotations

import html
import io
import json
import os

import numpy as np

from gshard_jax.engine.heatmap import heatmap_figure, load_heatmap

_STYLE = """
body { font-family: sans-serif; margin: 1.5em; max-width: 1150px; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.2em; font-size: 0.85em; }
th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: right; }
th { background: #eee; } td.text { text-align: left; }
img { max-width: 100%; border: 1px solid #ddd; margin: 0.3em 0; }
figure { margin: 0.5em 0; } .row { display: flex; gap: 1em; } .row > div { flex: 1; }
.note { color: #555; font-size: 0.9em; }
"""


def percent(x) -> str:
    """A share as the page prints it ('12.5%'; '-' for none)."""
    return "-" if x is None else f"{100 * x:.1f}%"


def number(x) -> str:
    """A value as the page prints it (3 decimals)."""
    return "-" if x is None else f"{x:.3f}"


def report_paths(out_dir: str, split: str) -> dict[str, str]:
    """Where `write_report` writes: json, html and the pictures' folder."""
    base = os.path.join(out_dir, f"routing_{split}")
    return {"json": base + ".json", "html": base + ".html", "images": base}


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _pictures(report: dict) -> dict[str, tuple[str, bytes]]:
    """name -> (caption, PNG bytes) of every heatmap of the report."""
    layers = report["layers"]
    names = [layer["name"] for layer in layers]
    width = report["experts"]
    load = [layer["load"] + [np.nan] * (width - layer["experts"]) for layer in layers]
    pictures = {"load.png": ("Token load per layer and expert", _png(load_heatmap(load, names)))}
    settings = report["capacity_settings"]
    drops = [[layer["drop_rate"][s] for s in settings] for layer in layers]
    pictures["drop_rate.png"] = ("Drop rate at each capacity factor", _png(heatmap_figure(
        drops, names, settings, "share of routed choices dropped", colorbar="drop rate")))
    for i, layer in enumerate(layers):
        if "load_by_label" in layer:
            labels = list(layer["load_by_label"])
            values = [[np.nan if v is None else v for v in layer["load_by_label"][name]]
                      for name in labels]
            pictures[f"by_label_{i}.png"] = (f"{layer['name']}: load by language pair", _png(
                load_heatmap(values, labels, f"{layer['name']}: each pair's load")))
    return pictures


class _Markup(str):
    """A table cell that is HTML already (not escaped again)."""


def token_cell(token: str, share: float) -> str:
    """A top-token cell as the page writes it: the token isolated from the text direction
    around it (Arabic or Persian pieces would reorder the share), then its share."""
    return _Markup(f"<bdi>{html.escape(token)}</bdi> ({percent(share)})")


def _table(header: list[str], rows: list[list[str]], text_columns: int = 1) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(
            f"<td{' class=text' if j < text_columns else ''}>"
            f"{c if isinstance(c, _Markup) else html.escape(c)}</td>" for j, c in enumerate(row))
        + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _image(folder: str, name: str, caption: str) -> str:
    return (f"<figure><img src='{html.escape(folder)}/{html.escape(name)}' "
            f"alt='{html.escape(caption)}'><figcaption class='note'>{html.escape(caption)}"
            "</figcaption></figure>")


def render_page(report: dict, folder: str, pictures: dict[str, tuple[str, bytes]]) -> str:
    """The HTML page; `folder`: the pictures' folder relative to the page."""
    layers, run = report["layers"], report["run"]
    facts = ", ".join(f"{k} {v}" for k, v in run.items() if k != "workdir" and v is not None)
    routers = ", ".join(sorted({layer["router"] for layer in layers}))
    image = lambda name: _image(folder, name, pictures[name][0])  # noqa: E731
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Routing report: "
             f"{html.escape(run['workdir'])}</title><style>{_STYLE}</style></head><body>",
             f"<h1>Routing report</h1><p><b>{html.escape(run['workdir'])}</b>: "
             f"{html.escape(facts)}, {report['batches']} batches; routers: "
             f"{html.escape(routers)}.</p>",
             "<p class='note'>Load: each expert's share of the routed choices (all k, before "
             "capacity). Drop rate: the share of routed choices that overflow the capacity "
             "of that factor under the model's own formula and group size; unrouted: the "
             "share of tokens that reach no expert.</p>",
             *_load_section(report, image)]
    if report["labels"]:
        parts += _label_section(layers, image)
    parts += _drop_section(layers, report["capacity_settings"], image)
    parts += _entropy_section(layers, report["experts"]) + _token_section(layers)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _load_section(report, image) -> list[str]:
    layers, width = report["layers"], report["experts"]
    return ["<h2>Token load</h2>", image("load.png"), _table(
        ["layer"] + [f"expert {e}" for e in range(width)] + ["tokens"],
        [[layer["name"]] + [percent(x) for x in layer["load"]]
         + ["-"] * (width - layer["experts"]) + [str(layer["tokens"])] for layer in layers])]


def _label_section(layers, image) -> list[str]:
    information = ", ".join(f"{html.escape(layer['name'])} "
                            f"{number(layer['label_expert_information_bits'])}"
                            for layer in layers)
    columns = "".join(
        "<div>" + image(f"by_label_{i}.png") + _table(
            ["pair"] + [f"expert {e}" for e in range(layer["experts"])],
            [[name] + [percent(x) for x in shares]
             for name, shares in layer["load_by_label"].items()]) + "</div>"
        for i, layer in enumerate(layers))
    return ["<h2>Load by language pair</h2>",
            "<p class='note'>Mutual information between pair and expert (bits; 0 = no "
            f"specialisation): {information}.</p>", f"<div class='row'>{columns}</div>"]


def _drop_section(layers, settings, image) -> list[str]:
    def by_setting(title, key):
        return _table(["layer"] + [f"{title} @ {s}" for s in settings],
                      [[layer["name"]] + [percent(layer[key][s]) for s in settings]
                       for layer in layers])

    return ["<h2>Drop rate by capacity factor</h2>", image("drop_rate.png"),
            by_setting("dropped", "drop_rate"), by_setting("unrouted", "unrouted"),
            _table(["layer", "group size"] + [f"C @ {s}" for s in settings],
                   [[layer["name"], size] + [str(c[s]) for s in settings]
                    for layer in layers for size, c in layer["capacity"].items()], 2)]


def _entropy_section(layers, width) -> list[str]:
    return ["<h2>Router entropy (nats)</h2>", _table(
        ["layer", "mean", "uniform (log E)"] + [f"expert {e}" for e in range(width)],
        [[layer["name"], number(layer["entropy"]), number(layer["entropy_uniform"])]
         + [number(x) for x in layer["entropy_by_expert"]] + ["-"] * (width - layer["experts"])
         for layer in layers]),
        "<p class='note'>By expert: the mean entropy of the tokens it receives.</p>"]


def _token_section(layers) -> list[str]:
    parts = ["<h2>Tokens each expert takes most often</h2>"]
    for layer in layers:
        columns = max(map(len, layer["top_tokens"]))
        parts += [f"<h3>{html.escape(layer['name'])}</h3>", _table(
            ["expert", "load"] + [f"#{j + 1}" for j in range(columns)],
            [[str(e), percent(layer["load"][e])] + [token_cell(t["token"], t["share"])
                                                    for t in tops]
             for e, tops in enumerate(layer["top_tokens"])], 2)]
    return parts


def write_report(report: dict, out_dir: str, split: str) -> dict[str, str]:
    """Writes the JSON, the pictures and the page into out_dir; returns their paths."""
    paths = report_paths(out_dir, split)
    pictures = _pictures(report)
    page = render_page(report, os.path.basename(paths["images"]), pictures)
    os.makedirs(paths["images"], exist_ok=True)
    for name, (_, png) in pictures.items():
        with open(os.path.join(paths["images"], name), "wb") as f:
            f.write(png)
    with open(paths["json"], "w") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    with open(paths["html"], "w", encoding="utf-8") as f:
        f.write(page)
    return paths
