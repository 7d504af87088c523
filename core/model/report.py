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
from core.i18n import QT_TRANSLATE_NOOP, translate
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
# How a run ended (status.json's states) and what was done while it trained (steering.json's
# kinds), as the report says them.
STATES = {
    "running": QT_TRANSLATE_NOOP("report", "running"),
    "finished": QT_TRANSLATE_NOOP("report", "finished"),
    "stopped": QT_TRANSLATE_NOOP("report", "stopped"),
    "failed": QT_TRANSLATE_NOOP("report", "failed"),
    "interrupted": QT_TRANSLATE_NOOP("report", "interrupted"),
}
STEERED = {
    steering.PAUSE: QT_TRANSLATE_NOOP("report", "paused"),
    steering.RESUME: QT_TRANSLATE_NOOP("report", "resumed"),
    steering.RATE: QT_TRANSLATE_NOOP("report", "learning rate"),
}


def _words(table: dict[str, str], key: Any) -> str:
    """A state or kind in the reader's language (one the table does not know: as it is)."""
    return translate("report", table[key]) if key in table else str(key)


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
        message = translate("report", "{folder}: not a LayerLab run folder (it has no status.json)")
        raise ReportError(message.format(folder=folder))
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
        message = translate("report", "{folder}: cannot be read ({error})")
        raise ReportError(message.format(folder=folder, error=err)) from None
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
        word = translate("report", "yes") if value else translate("report", "no")
        return f"<td>{word}</td>"
    if isinstance(value, int | float):
        return f'<td class="n">{_number(value)}</td>'
    return f"<td>{escape(str(value))}</td>"


def _number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:.4g}"


# ---- one run --------------------------------------------------------------------------
def _network(run: _Run) -> str:
    experiment = run.summary.experiment
    if experiment is None:
        return "<p>{}</p>".format(translate("report", "The experiment file cannot be read."))
    plan = Plan(experiment)
    source = ["", translate("report", "Input"), f"{plan.dataset().label}"]
    rows = [[*source, describe(plan.feature_shape()), ""]]
    for info in plan.infos():
        if info.index < 0:
            kind = translate("report", "Output")
        else:
            kind = catalog.LAYER_KINDS[info.kind].label
        number = "" if info.index < 0 else str(info.index + 1)
        params = info.params if info.output_shape else ""
        rows.append([number, kind, info.summary, describe(info.output_shape), params])
    header = [
        "#",
        translate("report", "Layer"),
        translate("report", "Settings"),
        translate("report", "Output shape"),
        translate("report", "Parameters"),
    ]
    return _table(header, rows)


def _settings(run: _Run, prefix: str) -> str:
    if run.summary.experiment is None:
        return ""
    flat = settings.flat(run.summary.experiment)
    rows = [
        [place.removeprefix(prefix), value]
        for place, value in flat.items()
        if place.startswith(prefix)
    ]
    return _table([translate("report", "setting"), translate("report", "value")], rows)


def _curves(run: _Run) -> str:
    epochs = run.replay.epochs
    x = [e.epoch + 1 for e in epochs]
    m = [e.metrics for e in epochs]
    rate_at = translate("report", "rate {rate}")
    marks = [
        (
            float(e["epoch"]),
            rate_at.format(rate=f"{e['value']:g}")
            if e["kind"] == steering.RATE
            else translate("report", "paused"),
        )
        for e in run.steered
        if e.get("kind") in (steering.RATE, steering.PAUSE)
    ]
    train, validation = translate("report", "train"), translate("report", "validation")
    epoch = translate("report", "epoch")
    loss_title = translate("report", "Loss")
    loss = svg_charts.line_chart(
        loss_title,
        [
            Series(train, x, [r.get("loss", np.nan) for r in m], COLOURS[0]),
            Series(validation, x, [r.get("val_loss", np.nan) for r in m], COLOURS[1], dots=True),
        ],
        epoch,
        translate("report", "loss (log scale)"),
        log_y=True,
        marks=marks,
    )
    key = "accuracy" if any("accuracy" in r for r in m) else "mae"
    if key == "accuracy":
        metric_title = translate("report", "Accuracy")
    else:
        metric_title = translate("report", "Mean absolute error")
    metric = svg_charts.line_chart(
        metric_title,
        [
            Series(train, x, [r.get(key, np.nan) for r in m], COLOURS[0]),
            Series(validation, x, [r.get(f"val_{key}", np.nan) for r in m], COLOURS[1], dots=True),
        ],
        epoch,
        key,
    )
    rate_title = translate("report", "Learning rate")
    rate = svg_charts.line_chart(
        translate("report", "Learning rate (at each epoch's last step)"),
        [
            Series(
                translate("report", "used"),
                x,
                [r.get("learning_rate", np.nan) for r in m],
                COLOURS[0],
                dots=True,
            )
        ],
        epoch,
        translate("report", "learning rate"),
        marks=marks,
        y_from_zero=True,
    )
    charts = "".join(
        _figure(svg, title)
        for svg, title in ((loss, loss_title), (metric, metric_title), (rate, rate_title))
    )
    return f'<div class="charts">{charts}</div>'


def _moments(snapshots: list[Snapshot]) -> list[tuple[str, Snapshot]]:
    """The first, middle and last snapshots, named (in the reader's language)."""
    if not snapshots:
        return []
    picked = (
        (translate("report", "start"), snapshots[0]),
        (translate("report", "middle"), snapshots[len(snapshots) // 2]),
        (translate("report", "end"), snapshots[-1]),
    )
    return list(picked)


def _histograms(run: _Run) -> str:
    rows = []
    when = translate("report", "step {step}, epoch {epoch}")
    for name, snap in _moments(run.replay.snapshots):
        cells = "".join(
            _figure(
                svg_charts.histogram(layer.name, layer.output.edges, layer.output.counts),
                layer.name,
            )
            for layer in snap.layers
            if layer.output is not None
        )
        moment = when.format(step=snap.step, epoch=f"{snap.epoch:.2f}")
        rows.append(
            f'<p><b>{escape(name)}</b> · {escape(moment)}</p><div class="charts">{cells}</div>'
        )
    if not rows:
        return '<p class="note">{}</p>'.format(translate("report", "No snapshots were kept."))
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
    at_step = translate("report", "{moment} (step {step})")
    by_layer = [
        Series(
            at_step.format(moment=name, step=snap.step),
            _layer_numbers(names),
            [layer.grad_norm or np.nan for layer in snap.layers],
            COLOURS[i],
            dots=True,
        )
        for i, (name, snap) in enumerate([moments[0], moments[-1]] if len(moments) > 1 else moments)
    ]
    norm = translate("report", "gradient norm (log)")
    profile = svg_charts.line_chart(
        translate("report", "Gradient norm by layer"),
        by_layer,
        translate("report", "layer, as numbered in the network (the last: the output)"),
        norm,
        log_y=True,
        whole_x=True,
    )
    over_time = svg_charts.line_chart(
        translate("report", "Gradient norm per layer over training"),
        [
            Series(
                name,
                [s.epoch for s in snapshots],
                [s.layers[i].grad_norm or np.nan for s in snapshots],
                COLOURS[i % len(COLOURS)],
            )
            for i, name in enumerate(names)
        ],
        translate("report", "epoch"),
        norm,
        log_y=True,
    )
    by_layer_figure = _figure(profile, translate("report", "by layer"))
    over_time_figure = _figure(over_time, translate("report", "over time"))
    return f'<div class="charts">{by_layer_figure}{over_time_figure}</div>'


def _confusion(run: _Run) -> str:
    if run.boundary is not None:
        b = run.boundary
        svg = svg_charts.plane(b["values"], tuple(b["extent"]), b["points"], b["targets"])
        if str(b["task"]) == "classification":
            note = translate(
                "report",
                "P(class 1) over the plane at step {step}, blue to orange, with the training "
                "points.",
            )
        else:
            note = translate(
                "report",
                "The prediction over the plane at step {step}, blue to orange, with the "
                "training points.",
            )
        title = translate("report", "Decision boundary")
        return (
            f'<h3>{escape(title)}</h3><p class="note">{escape(note.format(step=int(b["step"])))}'
            f"</p>{_figure(svg, title)}"
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
    note = translate(
        "report",
        "The probe batch of validation samples at step {step}: true class down, predicted "
        "across; {share} right.",
    ).format(step=last.step, share=f"{accuracy:.1%}")
    corner = translate("report", "true \\ predicted")
    title = translate("report", "Confusion matrix")
    return (
        f"{_heading(title)}"
        f'<p class="note">{escape(note)}</p>'
        f"<table><tr><th>{escape(corner)}</th>{head}</tr>{''.join(rows)}</table>"
    )


def _diagnoses(run: _Run) -> str:
    history = RunHistory()
    history.epochs = list(run.replay.epochs)
    history.snapshot = run.replay.snapshots[-1] if run.replay.snapshots else None
    found = history.findings()
    if not found:
        fine = translate(
            "report",
            "No problem found: no saturated, collapsed or dead layer, no vanishing or "
            "exploding gradient, no over-fitting.",
        )
        return f"<p>{escape(fine)}</p>"
    return "<ul>" + "".join(f"<li>{escape(f.message)}</li>" for f in found) + "</ul>"


def _environment(run: _Run) -> str:
    s = run.status
    machine = translate("report", "machine: {key}")
    rows = [
        [
            translate("report", "seed"),
            run.summary.experiment.seed if run.summary.experiment else "?",
        ],
        [translate("report", "started"), s.get("started", "")],
        [translate("report", "ended"), s.get("ended", "")],
        [translate("report", "devices"), s.get("devices", "")],
        *([machine.format(key=k), v] for k, v in (s.get("machine") or {}).items()),
        *([k, v] for k, v in (s.get("versions") or {}).items()),
        [translate("report", "run folder"), str(run.summary.folder)],
    ]
    return _table([], rows)


def _run_section(run: _Run) -> str:
    s = run.summary
    state = _words(STATES, s.state) + (f" ({s.reason})" if s.reason else "")
    value = translate("report", "value")
    if s.test:
        test = _table([translate("report", "metric"), value], sorted(s.test.items()))
    else:
        test = "<p>{}</p>".format(escape(translate("report", "Not tested.")))
    steered = ""
    if run.steered:
        rows = [
            [
                e.get("step"),
                f"{e.get('epoch', 0):.2f}",
                _words(STEERED, e.get("kind")),
                e.get("value"),
            ]
            for e in run.steered
        ]
        header = [
            translate("report", "step"),
            translate("report", "epoch"),
            translate("report", "what"),
            value,
        ]
        steered = _heading(translate("report", "Steered while training")) + _table(header, rows)
    line = translate("report", "{state} · started {when} · {epochs} epochs").format(
        state=state, when=s.started[:16].replace("T", " "), epochs=s.epochs_done
    )
    network = _heading(translate("report", "Network"))
    data = _heading(translate("report", "Data"))
    training = _heading(translate("report", "Training"))
    curves = _heading(translate("report", "Curves"))
    histograms = _heading(translate("report", "Activation histograms: start, middle, end"))
    gradients = _heading(translate("report", "Gradients"))
    diagnoses = _heading(translate("report", "Diagnoses and their lessons"))
    tested = _heading(translate("report", "Test metrics"))
    environment = _heading(translate("report", "Environment"))
    return (
        f"<h2>{escape(s.title)}</h2>"
        f"<p>{escape(line)}</p>"
        f"{network}{_network(run)}"
        '<div style="display: flex; gap: 2em; flex-wrap: wrap">'
        f"<div>{data}{_settings(run, 'data.')}</div>"
        f"<div>{training}{_settings(run, 'training.')}</div></div>{steered}"
        f"{curves}{_curves(run)}"
        f"{histograms}{_histograms(run)}"
        f"{gradients}{_gradients(run)}"
        f"{_confusion(run)}"
        f"{diagnoses}{_diagnoses(run)}"
        f"{tested}{test}"
        f"{environment}{_environment(run)}"
    )


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


# ---- several runs ---------------------------------------------------------------------
def _comparison(runs: list[_Run]) -> str:
    """What differs between the runs and how each ended: one column per run (the
    settings that differ can be many)."""
    flats = [settings.flat(r.summary.experiment) if r.summary.experiment else {} for r in runs]
    finals = [k for k in FINAL if any(k in r.summary.final for r in runs)]
    tests = sorted({k for r in runs for k in r.summary.test})
    rows = [[p, *(f.get(p, settings.NOT_SET) for f in flats)] for p in settings.differing(flats)]
    final = translate("report", "final {metric}")
    rows += [[final.format(metric=k), *(r.summary.final.get(k, "") for r in runs)] for k in finals]
    rows += [[k, *(r.summary.test.get(k, "") for r in runs)] for k in tests]
    table = _table(["", *(r.summary.title for r in runs)], rows)
    charts = []
    for key, title, log in (
        ("val_loss", translate("report", "Validation loss"), True),
        ("val_accuracy", translate("report", "Validation accuracy"), False),
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
                _figure(
                    svg_charts.line_chart(
                        title, series, translate("report", "epoch"), key, log_y=log
                    ),
                    title,
                )
            )
    heading = translate("report", "Comparison of {count} runs").format(count=len(runs))
    return f'<h2>{escape(heading)}</h2>{table}<div class="charts">{"".join(charts)}</div>'


def build(folders: Sequence[Path]) -> str:
    """The report's HTML for these run folders (a ReportError names one that cannot be
    read)."""
    if not folders:
        raise ReportError(translate("report", "no run folder given"))
    runs = [_load(Path(f)) for f in folders]
    if len(runs) == 1:
        title = runs[0].summary.title
    else:
        title = translate("report", "{count} runs").format(count=len(runs))
    made = time.strftime("%Y-%m-%d %H:%M")
    body = (_comparison(runs) if len(runs) > 1 else "") + "".join(_run_section(r) for r in runs)
    heading = escape(translate("report", "LayerLab lab report: {title}").format(title=title))
    written = translate("report", "Written {when} by LayerLab {version} from the run folders.")
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{heading}</title><style>{STYLE}</style></head><body>"
        f"<h1>{heading}</h1>"
        f'<p class="note">{escape(written.format(when=made, version=__version__))}</p>'
        f"{body}</body></html>\n"
    )


def write(folders: Sequence[Path], target: Path) -> Path:
    """Write the report (atomically); a ReportError or files.WriteError says why not."""
    files.write_text(target, build(folders))
    return target
