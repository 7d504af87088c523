"""Charts as SVG text, for the lab report (core/model/report.py): a file that opens in any
browser with no network and no script, so nothing here draws with Qt or loads a font."""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

from core.i18n import translate

COLOURS = ("#2858c8", "#e6781e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")
WIDTH, HEIGHT = 440, 250
LEFT, RIGHT, TOP, BOTTOM = 58, 12, 30, 54  # margins around the plotting area
CHARACTER = 6.2  # a legend letter's width, about
FONT = 'font-family="sans-serif" font-size="11"'


@dataclass(frozen=True)
class Series:
    name: str
    x: Sequence[float]
    y: Sequence[float]
    colour: str = COLOURS[0]
    dashed: bool = False
    dots: bool = False


def nice_ticks(lo: float, hi: float, count: int = 5, whole: bool = False) -> list[float]:
    """Round values spanning [lo, hi], about ``count`` of them (``whole``: integers)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo] if math.isfinite(lo) else []
    raw = max((hi - lo) / count, 1.0) if whole else (hi - lo) / count
    step = 10 ** math.floor(math.log10(raw))
    step *= next(m for m in (1, 2, 5, 10) if m * step >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    return [first + i * step for i in range(int((hi - first) / step + 1e-9) + 1)]


def _label(value: float) -> str:
    return f"{value:.4g}"


@dataclass(frozen=True)
class _Scale:
    """Data to pixels inside the plotting area."""

    x0: float
    x1: float
    y0: float  # on a log chart, decades
    y1: float
    log_y: bool
    whole_x: bool = False

    def px(self, x: float) -> float:
        return LEFT + (x - self.x0) / (self.x1 - self.x0) * (WIDTH - LEFT - RIGHT)

    def py(self, y: float) -> float:
        v = math.log10(y) if self.log_y else y
        h = HEIGHT - TOP - BOTTOM
        return TOP + h - (v - self.y0) / (self.y1 - self.y0) * h

    def shows(self, x: float, y: float) -> bool:
        return math.isfinite(x) and math.isfinite(y) and (y > 0 or not self.log_y)


def _scale(
    series: Sequence[Series], log_y: bool, y_from_zero: bool, whole_x: bool
) -> _Scale | None:
    xs = np.concatenate([np.asarray(s.x, float) for s in series]) if series else np.zeros(0)
    ys = np.concatenate([np.asarray(s.y, float) for s in series]) if series else np.zeros(0)
    keep = np.isfinite(xs) & np.isfinite(ys) & ((ys > 0) if log_y else True)
    if not keep.any():
        return None
    shown = np.log10(ys[keep]) if log_y else ys[keep]
    x0, x1 = float(xs[keep].min()), float(xs[keep].max())
    y0, y1 = float(shown.min()), float(shown.max())
    if y_from_zero and not log_y:
        y0 = min(y0, 0.0)
    if log_y:
        y0, y1 = math.floor(y0), math.ceil(y1)
    return _Scale(x0, x1 if x1 > x0 else x0 + 1, y0, y1 if y1 > y0 else y0 + 1, log_y, whole_x)


def _axes(scale: _Scale) -> list[str]:
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    parts = []
    for t in nice_ticks(scale.x0, scale.x1, whole=scale.whole_x):
        x = scale.px(t)
        parts.append(_grid(x, TOP, x, bottom))
        parts.append(f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="middle">{_label(t)}</text>')
    if scale.log_y:
        y_ticks = [10.0**e for e in range(int(scale.y0), int(scale.y1) + 1)]
    else:
        y_ticks = nice_ticks(scale.y0, scale.y1)
    for t in y_ticks:
        y = scale.py(t)
        parts.append(_grid(LEFT, y, right, y))
        parts.append(f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end">{_label(t)}</text>')
    return parts


def _mark(scale: _Scale, x: float, text: str) -> str:
    px, low = scale.px(x), HEIGHT - BOTTOM
    return (
        f'<line x1="{px:.1f}" y1="{TOP}" x2="{px:.1f}" y2="{low}" '
        'stroke="#963ca0" stroke-dasharray="4 3"/>'
        f'<text x="{px + 3:.1f}" y="{low - 4}" fill="#963ca0" '
        f'transform="rotate(-90 {px + 3:.1f} {low - 4})">{escape(text)}</text>'
    )


def _line(scale: _Scale, s: Series) -> list[str]:
    """A series' line, and its dots (or its one point)."""
    points = [
        (scale.px(float(x)), scale.py(float(y)))
        for x, y in zip(s.x, s.y, strict=True)
        if scale.shows(float(x), float(y))
    ]
    dash = ' stroke-dasharray="5 3"' if s.dashed else ""
    parts = []
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{s.colour}" stroke-width="1.6"{dash}/>'
        )
    if s.dots or len(points) == 1:
        parts += [
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{s.colour}"/>' for x, y in points
        ]
    return parts


def _legend(series: Sequence[Series]) -> list[str]:
    """One row under the chart, never over a line."""
    parts, x, y = [], float(LEFT), HEIGHT - 6
    for s in series:
        dash = ' stroke-dasharray="5 3"' if s.dashed else ""
        parts.append(
            f'<line x1="{x:.0f}" y1="{y - 4}" x2="{x + 16:.0f}" y2="{y - 4}" '
            f'stroke="{s.colour}" stroke-width="2"{dash}/>'
            f'<text x="{x + 20:.0f}" y="{y}">{escape(s.name)}</text>'
        )
        x += 34 + CHARACTER * len(s.name)
    return parts


def line_chart(
    title: str,
    series: Sequence[Series],
    x_label: str,
    y_label: str,
    log_y: bool = False,
    marks: Sequence[tuple[float, str]] = (),
    y_from_zero: bool = False,
    whole_x: bool = False,
) -> str:
    """Lines (and dots) against x, a legend under them, dashed vertical ``marks``; on
    ``log_y`` the values at or below zero are left out; ``whole_x``: integer x ticks."""
    scale = _scale(series, log_y, y_from_zero, whole_x)
    if scale is None:
        empty = escape(translate("svg_charts", "no data"))
        note = f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">{empty}</text>'
        return _frame(title, x_label, y_label, [note])
    parts = _axes(scale) + [_mark(scale, x, text) for x, text in marks]
    for s in series:
        parts += _line(scale, s)
    return _frame(title, x_label, y_label, parts + _legend(series))


def _grid(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#e4e4e4"/>'


def _frame(title: str, x_label: str, y_label: str, parts: list[str]) -> str:
    w, h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" {FONT}>'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>'
        f'<text x="{WIDTH / 2}" y="16" text-anchor="middle" font-size="13">{escape(title)}</text>'
        + "".join(parts)
        + f'<rect x="{LEFT}" y="{TOP}" width="{w}" height="{h}" fill="none" stroke="#888"/>'
        f'<text x="{LEFT + w / 2}" y="{HEIGHT - 22}" text-anchor="middle">{escape(x_label)}</text>'
        f'<text x="12" y="{TOP + h / 2}" text-anchor="middle" '
        f'transform="rotate(-90 12 {TOP + h / 2})">{escape(y_label)}</text></svg>'
    )


def histogram(title: str, edges: np.ndarray, counts: np.ndarray, width: int = 150) -> str:
    """One small histogram: its bars, its range under it."""
    height, base = 90, 72
    top = float(counts.max()) or 1.0
    bar = (width - 8) / max(len(counts), 1)
    bars = "".join(
        f'<rect x="{4 + i * bar:.1f}" y="{base - c / top * (base - 18):.1f}" '
        f'width="{max(bar - 0.3, 0.5):.1f}" height="{c / top * (base - 18):.1f}" fill="#6a8fd8"/>'
        for i, c in enumerate(counts)
        if c > 0
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="9">'
        f'<rect width="{width}" height="{height}" fill="white"/>'
        f'<text x="{width / 2}" y="11" text-anchor="middle">{escape(title)}</text>{bars}'
        f'<line x1="4" y1="{base}" x2="{width - 4}" y2="{base}" stroke="#888"/>'
        f'<text x="4" y="{base + 12}">{_label(float(edges[0]))}</text>'
        f'<text x="{width - 4}" y="{base + 12}" text-anchor="end">{_label(float(edges[-1]))}'
        "</text></svg>"
    )


def plane(
    values: np.ndarray, extent: tuple[float, float], points: np.ndarray, targets: np.ndarray
) -> str:
    """A 2-D model's prediction over the plane (an embedded PNG, coloured from blue to
    orange) with the training points on top, coloured by their class or value."""
    from PIL import Image

    size = HEIGHT - 20
    lo, hi = float(np.nanmin(values)), float(np.nanmax(values))
    share = (values - lo) / (hi - lo) if hi > lo else np.zeros_like(values)
    blue, orange = np.array([40, 90, 200]), np.array([230, 120, 30])
    rgb = blue + share[..., None] * (orange - blue)
    image = Image.fromarray(np.flipud(rgb * 0.45 + 255 * 0.55).astype(np.uint8))
    png = io.BytesIO()
    image.resize((size, size), Image.NEAREST).save(png, format="PNG")
    data = base64.b64encode(png.getvalue()).decode()
    a, b = extent
    t_lo, t_hi = float(np.min(targets)), float(np.max(targets))
    dots = []
    for (x, y), t in zip(points[:600], targets[:600], strict=False):
        k = (float(t) - t_lo) / (t_hi - t_lo) if t_hi > t_lo else 0.0
        red, green, blue_part = (int(v) for v in blue + k * (orange - blue))
        colour = f"#{red:02x}{green:02x}{blue_part:02x}"
        cx, cy = 10 + (x - a) / (b - a) * size, 10 + (b - y) / (b - a) * size
        dots.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="2.2" fill="{colour}" '
            'stroke="white" stroke-width="0.5"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size + 20}" height="{size + 20}">'
        f'<image x="10" y="10" width="{size}" height="{size}" href="data:image/png;base64,{data}"/>'
        + "".join(dots)
        + f'<rect x="10" y="10" width="{size}" height="{size}" fill="none" stroke="#888"/></svg>'
    )
