"""The lab report: one self-contained HTML file for one run or several, to hand in.

Everything comes from the run folders (core/model/run_files.py): the experiment, the
curves, the histograms at the start, middle and end, the gradients, the confusion matrix
or the decision boundary, the diagnoses with their lessons, the test metrics and the
machine. Charts are SVG images inside the file (core/model/svg_charts.py): it opens in
any browser with no network, and holds no script. Several runs add a comparison first.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import numpy as np

from core import __version__
from core.model import catalog, files, settings, steering, svg_charts
from core.model.events import Snapshot
from core.model.insight import RunHistory
from core.model.plan import Plan
from core.model.run_files import BOUNDARY, Replay, RunSummary, read_replay, summary
from core.model.shapes import describe
from core.model.svg_charts import COLOURS, Series

STYLE = """
body { font-family: sans-serif; max-width: 960px; margin: 2em auto; color: #222; }
h1 { font-size: 1.6em; } h2 { border-bottom: 2px solid #2858c8; padding-bottom: .2em; }
h3 { margin-top: 1.4em; }
table { border-collapse: collapse; margin: .5em 0; font-size: .9em; }
td, th { border: 1px solid #ccc; padding: .25em .6em; text-align: left; }
th { background: #f0f3fa; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.charts img { margin: 0 .5em .5em 0; vertical-align: top; }
.note { color: #555; font-size: .9em; }
"""
FINAL = ("loss", "val_loss", "accuracy", "val_accuracy", "mae", "val_mae")


class ReportError(ValueError):
    """A folder that is no run, or whose files cannot be read; the message names it."""


@dataclass(frozen=True)
class _Run:
    summary: RunSummary
    replay: Replay
    status: dict[str, Any]
    steered: list[dict[str, Any]]
    boundary: dict[str, np.ndarray] | None


def _load(folder: Path) -> _Run:
    found = summary(folder)
    if found is None:
        raise ReportError(f"{folder}: not a LayerLab run folder (it has no status.json)")
    try:
        status = json.loads((folder / "status.json").read_text(encoding="utf-8"))
        replay = read_replay(folder)
        steered = []
        if (folder / steering.FILE).is_file():
            raw = json.loads((folder / steering.FILE).read_text(encoding="utf-8"))
            steered = list(raw.get("events", []))
        boundary = None
        if (folder / BOUNDARY).is_file():
            with np.load(folder / BOUNDARY, allow_pickle=False) as npz:
                boundary = {k: npz[k] for k in npz.files}
    except Exception as err:  # a damaged file (a truncated .npz is a BadZipFile): named
        raise ReportError(f"{folder}: cannot be read ({err})") from None
    return _Run(found, replay, status, steered, boundary)


def _figure(svg: str, title: str) -> str:
    """The chart as an image inside the page, at its own size (a printer needs it)."""
    data = base64.b64encode(svg.encode()).decode()
    size = re.search(r'width="(\d+)" height="(\d+)"', svg)
    sized = f' width="{size[1]}" height="{size[2]}"' if size else ""
    return f'<img alt="{escape(title)}"{sized} src="data:image/svg+xml;base64,{data}">'


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "<tr>" + "".join(f"<th>{escape(str(h))}</th>" for h in header) + "</tr>"
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    return f"<table>{head if header else ''}{body}</table>"


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, int | float):
        return f'<td class="n">{_number(value)}</td>'
    return f"<td>{escape(str(value))}</td>"


def _number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:.4g}"


# ---- one run --------------------------------------------------------------------------
def _network(run: _Run) -> str:
    experiment = run.summary.experiment
    if experiment is None:
        return "<p>The experiment file cannot be read.</p>"
    plan = Plan(experiment)
    rows = [["", "Input", f"{plan.dataset().label}", describe(plan.feature_shape()), ""]]
    for info in plan.infos():
        kind = "Output" if info.index < 0 else catalog.LAYER_KINDS[info.kind].label
        number = "" if info.index < 0 else str(info.index + 1)
        params = info.params if info.output_shape else ""
        rows.append([number, kind, info.summary, describe(info.output_shape), params])
    return _table(["#", "Layer", "Settings", "Output shape", "Parameters"], rows)


def _settings(run: _Run, prefix: str) -> str:
    if run.summary.experiment is None:
        return ""
    flat = settings.flat(run.summary.experiment)
    rows = [
        [place.removeprefix(prefix), value]
        for place, value in flat.items()
        if place.startswith(prefix)
    ]
    return _table(["setting", "value"], rows)


def _curves(run: _Run) -> str:
    epochs = run.replay.epochs
    x = [e.epoch + 1 for e in epochs]
    m = [e.metrics for e in epochs]
    marks = [
        (float(e["epoch"]), f"rate {e['value']:g}" if e["kind"] == steering.RATE else "paused")
        for e in run.steered
        if e.get("kind") in (steering.RATE, steering.PAUSE)
    ]
    loss = svg_charts.line_chart(
        "Loss",
        [
            Series("train", x, [r.get("loss", np.nan) for r in m], COLOURS[0]),
            Series("validation", x, [r.get("val_loss", np.nan) for r in m], COLOURS[1], dots=True),
        ],
        "epoch",
        "loss (log scale)",
        log_y=True,
        marks=marks,
    )
    key = "accuracy" if any("accuracy" in r for r in m) else "mae"
    metric = svg_charts.line_chart(
        "Accuracy" if key == "accuracy" else "Mean absolute error",
        [
            Series("train", x, [r.get(key, np.nan) for r in m], COLOURS[0]),
            Series(
                "validation", x, [r.get(f"val_{key}", np.nan) for r in m], COLOURS[1], dots=True
            ),
        ],
        "epoch",
        key,
    )
    rate = svg_charts.line_chart(
        "Learning rate (at each epoch's last step)",
        [Series("used", x, [r.get("learning_rate", np.nan) for r in m], COLOURS[0], dots=True)],
        "epoch",
        "learning rate",
        marks=marks,
        y_from_zero=True,
    )
    charts = "".join(
        _figure(svg, title)
        for svg, title in ((loss, "Loss"), (metric, key), (rate, "Learning rate"))
    )
    return f'<div class="charts">{charts}</div>'


def _moments(snapshots: list[Snapshot]) -> list[tuple[str, Snapshot]]:
    """The first, middle and last snapshots, named."""
    if not snapshots:
        return []
    picked = {"start": snapshots[0], "middle": snapshots[len(snapshots) // 2], "end": snapshots[-1]}
    return [(name, s) for name, s in picked.items()]


def _histograms(run: _Run) -> str:
    rows = []
    for name, snap in _moments(run.replay.snapshots):
        cells = "".join(
            _figure(
                svg_charts.histogram(layer.name, layer.output.edges, layer.output.counts),
                layer.name,
            )
            for layer in snap.layers
            if layer.output is not None
        )
        rows.append(
            f"<p><b>{name}</b> · step {snap.step}, epoch {snap.epoch:.2f}</p>"
            f'<div class="charts">{cells}</div>'
        )
    if not rows:
        return '<p class="note">No snapshots were kept.</p>'
    return "".join(rows)


def _layer_numbers(names: list[str]) -> list[int]:
    """ "3 Dense" is layer 3; the output comes after the last."""
    numbers = [int(n.split()[0]) if n.split()[0].isdigit() else 0 for n in names]
    last = max(numbers, default=0)
    return [n or last + 1 for n in numbers]


def _gradients(run: _Run) -> str:
    snapshots = run.replay.snapshots
    if not snapshots:
        return ""
    names = [layer.name for layer in snapshots[0].layers]
    moments = _moments(snapshots)
    by_layer = [
        Series(
            f"{name} (step {snap.step})",
            _layer_numbers(names),
            [layer.grad_norm or np.nan for layer in snap.layers],
            COLOURS[i],
            dots=True,
        )
        for i, (name, snap) in enumerate([moments[0], moments[-1]] if len(moments) > 1 else moments)
    ]
    profile = svg_charts.line_chart(
        "Gradient norm by layer",
        by_layer,
        "layer, as numbered in the network (the last: the output)",
        "gradient norm (log)",
        log_y=True,
        whole_x=True,
    )
    over_time = svg_charts.line_chart(
        "Gradient norm per layer over training",
        [
            Series(
                name,
                [s.epoch for s in snapshots],
                [s.layers[i].grad_norm or np.nan for s in snapshots],
                COLOURS[i % len(COLOURS)],
            )
            for i, name in enumerate(names)
        ],
        "epoch",
        "gradient norm (log)",
        log_y=True,
    )
    return (
        f'<div class="charts">{_figure(profile, "by layer")}{_figure(over_time, "over time")}</div>'
    )


def _confusion(run: _Run) -> str:
    if run.boundary is not None:
        b = run.boundary
        svg = svg_charts.plane(b["values"], tuple(b["extent"]), b["points"], b["targets"])
        what = "P(class 1)" if str(b["task"]) == "classification" else "the prediction"
        return (
            f'<h3>Decision boundary</h3><p class="note">{what} over the plane at step '
            f"{int(b['step'])}, blue to orange, with the training points.</p>"
            f"{_figure(svg, 'boundary')}"
        )
    if not run.replay.confusion:
        return ""
    last = run.replay.confusion[-1]
    matrix, names = last.matrix, last.class_names
    totals = matrix.sum(axis=1, keepdims=True)
    share = np.divide(matrix, np.maximum(totals, 1))
    head = "".join(f"<th>{escape(n)}</th>" for n in names)
    rows = []
    for i, name in enumerate(names):
        cells = "".join(
            f'<td class="n" style="background: rgba(40, 88, 200, {0.85 * share[i, j]:.2f})">'
            f"{int(matrix[i, j])}</td>"
            for j in range(len(names))
        )
        rows.append(f"<tr><th>{escape(name)}</th>{cells}</tr>")
    accuracy = np.trace(matrix) / max(matrix.sum(), 1)
    return (
        "<h3>Confusion matrix</h3>"
        f'<p class="note">The probe batch of validation samples at step {last.step}: '
        f"true class down, predicted across; {accuracy:.1%} right.</p>"
        f"<table><tr><th>true \\ predicted</th>{head}</tr>{''.join(rows)}</table>"
    )


def _diagnoses(run: _Run) -> str:
    history = RunHistory()
    history.epochs = list(run.replay.epochs)
    history.snapshot = run.replay.snapshots[-1] if run.replay.snapshots else None
    found = history.findings()
    if not found:
        return (
            "<p>No problem found: no saturated, collapsed or dead layer, no vanishing or "
            "exploding gradient, no over-fitting.</p>"
        )
    return "<ul>" + "".join(f"<li>{escape(f.message)}</li>" for f in found) + "</ul>"


def _environment(run: _Run) -> str:
    s = run.status
    rows = [
        ["seed", run.summary.experiment.seed if run.summary.experiment else "?"],
        ["started", s.get("started", "")],
        ["ended", s.get("ended", "")],
        ["devices", s.get("devices", "")],
        *([f"machine: {k}", v] for k, v in (s.get("machine") or {}).items()),
        *([k, v] for k, v in (s.get("versions") or {}).items()),
        ["run folder", str(run.summary.folder)],
    ]
    return _table([], rows)


def _run_section(run: _Run) -> str:
    s = run.summary
    state = s.state + (f" ({s.reason})" if s.reason else "")
    test = _table(["metric", "value"], sorted(s.test.items())) if s.test else "<p>Not tested.</p>"
    steered = ""
    if run.steered:
        rows = [
            [e.get("step"), f"{e.get('epoch', 0):.2f}", e.get("kind"), e.get("value")]
            for e in run.steered
        ]
        steered = "<h3>Steered while training</h3>" + _table(
            ["step", "epoch", "what", "value"], rows
        )
    return (
        f"<h2>{escape(s.title)}</h2>"
        f"<p>{escape(state)} · started {escape(s.started[:16].replace('T', ' '))} · "
        f"{s.epochs_done} epochs</p>"
        f"<h3>Network</h3>{_network(run)}"
        '<div style="display: flex; gap: 2em; flex-wrap: wrap">'
        f"<div><h3>Data</h3>{_settings(run, 'data.')}</div>"
        f"<div><h3>Training</h3>{_settings(run, 'training.')}</div></div>{steered}"
        f"<h3>Curves</h3>{_curves(run)}"
        f"<h3>Activation histograms: start, middle, end</h3>{_histograms(run)}"
        f"<h3>Gradients</h3>{_gradients(run)}"
        f"{_confusion(run)}"
        f"<h3>Diagnoses and their lessons</h3>{_diagnoses(run)}"
        f"<h3>Test metrics</h3>{test}"
        f"<h3>Environment</h3>{_environment(run)}"
    )


# ---- several runs ---------------------------------------------------------------------
def _comparison(runs: list[_Run]) -> str:
    """What differs between the runs and how each ended: one column per run (the
    settings that differ can be many)."""
    flats = [settings.flat(r.summary.experiment) if r.summary.experiment else {} for r in runs]
    finals = [k for k in FINAL if any(k in r.summary.final for r in runs)]
    tests = sorted({k for r in runs for k in r.summary.test})
    rows = [[p, *(f.get(p, settings.NOT_SET) for f in flats)] for p in settings.differing(flats)]
    rows += [[f"final {k}", *(r.summary.final.get(k, "") for r in runs)] for k in finals]
    rows += [[k, *(r.summary.test.get(k, "") for r in runs)] for k in tests]
    table = _table(["", *(r.summary.title for r in runs)], rows)
    charts = []
    for key, title, log in (
        ("val_loss", "Validation loss", True),
        ("val_accuracy", "Validation accuracy", False),
    ):
        series = [
            Series(
                r.summary.title[:18],
                [e.epoch + 1 for e in r.replay.epochs],
                [e.metrics.get(key, np.nan) for e in r.replay.epochs],
                COLOURS[i % len(COLOURS)],
            )
            for i, r in enumerate(runs)
        ]
        if any(key in e.metrics for r in runs for e in r.replay.epochs):
            charts.append(
                _figure(svg_charts.line_chart(title, series, "epoch", key, log_y=log), title)
            )
    return (
        f'<h2>Comparison of {len(runs)} runs</h2>{table}<div class="charts">{"".join(charts)}</div>'
    )


def build(folders: Sequence[Path]) -> str:
    """The report's HTML for these run folders (a ReportError names one that cannot be
    read)."""
    if not folders:
        raise ReportError("no run folder given")
    runs = [_load(Path(f)) for f in folders]
    title = runs[0].summary.title if len(runs) == 1 else f"{len(runs)} runs"
    made = time.strftime("%Y-%m-%d %H:%M")
    body = (_comparison(runs) if len(runs) > 1 else "") + "".join(_run_section(r) for r in runs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>LayerLab lab report: {escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>LayerLab lab report: {escape(title)}</h1>"
        f'<p class="note">Written {made} by LayerLab {__version__} from the run folders.</p>'
        f"{body}</body></html>\n"
    )


def write(folders: Sequence[Path], target: Path) -> Path:
    """Write the report (atomically); a ReportError or files.WriteError says why not."""
    files.write_text(target, build(folders))
    return target
