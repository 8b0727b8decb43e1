# SPDX-License-Identifier: EUPL-1.2
"""Accessible server-side SVG charts: trend with interval band, comparison bars, funnel plot.

Every chart is `role="img"` with a title and a description and always sits next to a data table with the
same numbers (the table is the accessible version; the chart is decoration for sighted readers). No
JavaScript: the pages work and print without it. Text in the SVG is escaped; numbers are Dutch-formatted.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from apps.monitoring.pages import fmt

_ids = itertools.count(1)

# Chart text is as large as the page's body text (1rem = 16 px): the SVG is drawn one unit per CSS pixel and never
# shrunk to fit (a narrow screen scrolls it sideways instead), so 16 units stay 16 px.
TEXT = 16

# Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics) and distinguishable without hue:
# the series also differ in line style and marker.
MAIN = "#00566b"
PROVINCE = "#7a4f00"
COUNTRY = "#4a4a4a"
OUTSIDE_HIGH = "#a1141c"
OUTSIDE_LOW = "#1d6b2c"
INSIDE = "#767676"


@dataclass
class Series:
    label: str
    points: list[tuple[int, float | None, float | None, float | None]]  # (year, value, low, high)
    colour: str = MAIN
    dash: str = ""
    band: bool = False


@dataclass
class FunnelPoint:
    label: str
    n: int
    value: float
    outside: str = ""  # "higher" | "lower" | ""


@dataclass
class Bar:
    label: str
    value: float | None
    low: float | None = None
    high: float | None = None
    emphasis: bool = False
    note: str = ""


@dataclass
class RefLine:
    """A vertical reference line across a bar chart (the province, the country), named in a legend below it."""

    label: str
    value: float
    colour: str = PROVINCE
    dash: str = "6 4"


@dataclass
class Frame:
    width: int = 720
    height: int = 300
    left: int = 64
    right: int = 16
    top: int = 32
    bottom: int = 56
    extra: list[str] = field(default_factory=list)

    @property
    def plot_w(self) -> float:
        return self.width - self.left - self.right

    @property
    def plot_h(self) -> float:
        return self.height - self.top - self.bottom


def _nice_step(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k at or above `value`."""
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        candidate = step * 10 ** exponent
        if candidate >= value * (1 - 1e-9):
            return candidate
    return 10 ** (exponent + 1)


def _nice_max(value: float, ticks: int = 4) -> float:
    """An axis maximum that is `ticks` round steps (0, 50, 100, 150, 200 rather than 0, 62, 125, ...)."""
    step = _nice_step(value / ticks)
    return step * math.ceil(value / step - 1e-9) if value > 0 else 1.0


def _svg(frame: Frame, title: str, desc: str, body: list[str], css_class: str) -> SafeString:
    uid = next(_ids)
    return mark_safe(  # noqa: S308 - every text part below went through escape()
        f'<div class="chart-scroll" role="region" tabindex="0" aria-label="{escape(title)}">'
        f'<svg class="chart {css_class}" viewBox="0 0 {frame.width} {frame.height}" width="{frame.width}" '
        f'height="{frame.height}" role="img" '
        f'aria-labelledby="chart-t{uid} chart-d{uid}" xmlns="http://www.w3.org/2000/svg" '
        f'preserveAspectRatio="xMidYMid meet" focusable="false">'
        f'<title id="chart-t{uid}">{escape(title)}</title><desc id="chart-d{uid}">{escape(desc)}</desc>'
        + "".join(body) + "</svg></div>"
    )


def _y_axis(frame: Frame, y_max: float, unit: str, y_min: float = 0.0) -> tuple[list[str], callable]:
    def y(v: float) -> float:
        return frame.top + frame.plot_h * (1 - (v - y_min) / (y_max - y_min))

    parts = []
    step = _nice_step((y_max - y_min) / 4)
    count = max(1, round((y_max - y_min) / step))
    for i in range(count + 1):
        v = y_min + step * i
        yy = y(v)
        parts.append(f'<line x1="{frame.left}" x2="{frame.width - frame.right}" y1="{yy:.1f}" y2="{yy:.1f}" '
                     f'stroke="#c8c8c8" stroke-width="1"/>')
        parts.append(f'<text x="{frame.left - 6}" y="{yy + 5:.1f}" text-anchor="end" font-size="{TEXT}" '
                     f'fill="#1a1a1a">{escape(fmt.number(v, 1 if step < 1 else 0))}</text>')
    parts.append(f'<text x="4" y="{frame.top - 10}" font-size="{TEXT}" fill="#1a1a1a">'
                 f'{escape(fmt.unit_suffix(unit))}</text>')
    return parts, y


def trend_chart(series: list[Series], unit: str, title: str, desc: str) -> SafeString:
    """Lines over the years; the first series may carry its 95% interval as a band."""
    frame = Frame()
    years = sorted({p[0] for s in series for p in s.points})
    values = [v for s in series for p in s.points for v in (p[1], p[3] if s.band else None) if v is not None]
    if not years or not values:
        return mark_safe("")
    y_max = _nice_max(max(values) * 1.05)
    parts, y = _y_axis(frame, y_max, unit)
    span = max(len(years) - 1, 1)
    position = {year: i for i, year in enumerate(years)}

    def x(year: int) -> float:
        return frame.left + frame.plot_w * (position[year] / span if len(years) > 1 else 0.5)

    for year in years:
        parts.append(f'<text x="{x(year):.1f}" y="{frame.height - frame.bottom + 20}" text-anchor="middle" '
                     f'font-size="{TEXT}" fill="#1a1a1a">{year}</text>')
    for s in series:
        shown = [p for p in s.points if p[1] is not None]
        if s.band:
            banded = [p for p in shown if p[2] is not None and p[3] is not None]
            if len(banded) > 1:
                upper = " ".join(f"{x(p[0]):.1f},{y(p[3]):.1f}" for p in banded)
                lower = " ".join(f"{x(p[0]):.1f},{y(p[2]):.1f}" for p in reversed(banded))
                parts.append(f'<polygon points="{upper} {lower}" fill="{s.colour}" fill-opacity="0.15" stroke="none"/>')
            for p in banded:
                parts.append(f'<line x1="{x(p[0]):.1f}" x2="{x(p[0]):.1f}" y1="{y(p[2]):.1f}" y2="{y(p[3]):.1f}" '
                             f'stroke="{s.colour}" stroke-width="1.5"/>')
        if len(shown) > 1:
            path = " ".join(f"{x(p[0]):.1f},{y(p[1]):.1f}" for p in shown)
            dash = f' stroke-dasharray="{s.dash}"' if s.dash else ""
            parts.append(f'<polyline points="{path}" fill="none" stroke="{s.colour}" stroke-width="2.5"{dash}/>')
        for p in shown:
            parts.append(f'<circle cx="{x(p[0]):.1f}" cy="{y(p[1]):.1f}" r="3.5" fill="{s.colour}"/>')
    # Legend under the axis.
    lx = frame.left
    for s in series:
        dash = f' stroke-dasharray="{s.dash}"' if s.dash else ""
        parts.append(f'<line x1="{lx}" x2="{lx + 24}" y1="{frame.height - 8}" y2="{frame.height - 8}" '
                     f'stroke="{s.colour}" stroke-width="2.5"{dash}/>')
        parts.append(f'<text x="{lx + 28}" y="{frame.height - 4}" font-size="{TEXT}" fill="#1a1a1a">'
                     f'{escape(s.label)}</text>')
        lx += 40 + 9 * len(s.label)
    return _svg(frame, title, desc, parts, "trend")


def bar_chart(bars: list[Bar], unit: str, title: str, desc: str, lines: list[RefLine] | None = None) -> SafeString:
    """Horizontal bars with 95% interval whiskers (as Meppel's figures 1 and 2 compare area, province, country).

    `lines` draws reference values (province, country) across all bars, each named with its value below the axis.
    """
    lines = lines or []
    row_h = 36
    legend_h = 24 * len(lines)
    frame = Frame(height=24 + row_h * len(bars) + 28 + legend_h, left=250, right=90, top=12, bottom=28 + legend_h)
    values = [v for b in bars for v in (b.value, b.high) if v is not None] + [line.value for line in lines]
    if not values:
        return mark_safe("")
    x_max = _nice_max(max(values) * 1.05)

    def x(v: float) -> float:
        return frame.left + frame.plot_w * v / x_max

    parts = []
    step = _nice_step(x_max / 4)
    for i in range(round(x_max / step) + 1):
        v = step * i
        parts.append(f'<line x1="{x(v):.1f}" x2="{x(v):.1f}" y1="{frame.top}" y2="{frame.height - frame.bottom}" '
                     f'stroke="#c8c8c8"/>')
        parts.append(f'<text x="{x(v):.1f}" y="{frame.height - legend_h - 6}" text-anchor="middle" font-size="{TEXT}" '
                     f'fill="#1a1a1a">{escape(fmt.number(v, 0 if step >= 1 else 1))}</text>')
    for i, bar in enumerate(bars):
        top = frame.top + i * row_h
        label = bar.label if len(bar.label) < 28 else bar.label[:26] + "…"
        weight = "700" if bar.emphasis else "400"
        parts.append(f'<text x="{frame.left - 6}" y="{top + 23}" text-anchor="end" font-size="{TEXT}" fill="#1a1a1a" '
                     f'font-weight="{weight}">{escape(label)}</text>')
        if bar.value is None:
            parts.append(f'<text x="{frame.left + 4}" y="{top + 23}" font-size="{TEXT}" fill="#4a4a4a">'
                         f'{escape(bar.note or fmt.suppressed_text())}</text>')
            continue
        colour = MAIN if bar.emphasis else "#6f8f96"
        parts.append(f'<rect x="{frame.left}" y="{top + 5}" width="{max(x(bar.value) - frame.left, 1):.1f}" '
                     f'height="{row_h - 10}" fill="{colour}"/>')
        if bar.low is not None and bar.high is not None:
            mid = top + row_h / 2
            parts.append(f'<line x1="{x(bar.low):.1f}" x2="{x(bar.high):.1f}" y1="{mid}" y2="{mid}" '
                         f'stroke="#1a1a1a" stroke-width="1.5"/>')
            for end in (bar.low, bar.high):
                parts.append(f'<line x1="{x(end):.1f}" x2="{x(end):.1f}" y1="{mid - 6}" y2="{mid + 6}" '
                             f'stroke="#1a1a1a" stroke-width="1.5"/>')
        parts.append(f'<text x="{x(max(bar.value, bar.high or 0)) + 6:.1f}" y="{top + 23}" font-size="{TEXT}" '
                     f'fill="#1a1a1a">{escape(fmt.number(bar.value, fmt.decimals_for(unit)))}</text>')
    for i, line in enumerate(lines):
        parts.append(f'<line x1="{x(line.value):.1f}" x2="{x(line.value):.1f}" y1="{frame.top}" '
                     f'y2="{frame.height - frame.bottom}" stroke="{line.colour}" stroke-width="2.5" '
                     f'stroke-dasharray="{line.dash}" class="ref-line"/>')
        ly = frame.height - legend_h + 24 * i + 14
        parts.append(f'<line x1="{frame.left}" x2="{frame.left + 28}" y1="{ly - 5}" y2="{ly - 5}" '
                     f'stroke="{line.colour}" stroke-width="2.5" stroke-dasharray="{line.dash}"/>')
        parts.append(f'<text x="{frame.left + 34}" y="{ly}" font-size="{TEXT}" fill="#1a1a1a">'
                     f'{escape(line.label)}: {escape(fmt.value(line.value, unit))}</text>')
    return _svg(frame, title, desc, parts, "bars")


def funnel_plot(points: list[FunnelPoint], limits: list[tuple[int, float, float]], reference: float, unit: str,
                title: str, desc: str, x_label: str = "") -> SafeString:
    """Value against number of births, with the reference line and 95% control limits.

    `limits` holds (n, low, high) in the indicator's unit. Every point carries its label (the postcode). Points
    outside are filled, coloured and bold; points inside are small open grey circles with grey labels, so only what
    differs beyond chance draws the eye.
    """
    frame = Frame(height=360, bottom=52)
    if not points:
        return mark_safe("")
    n_max = max(max(p.n for p in points), max((n for n, _l, _h in limits), default=1))
    # Room for every point and a good part of the funnel; the limits of tiny n run off the top (clipped).
    y_top = _nice_max(max([p.value for p in points] + [reference]) * 1.4)
    parts, y = _y_axis(frame, y_top, unit)

    def x(n: float) -> float:
        return frame.left + frame.plot_w * math.sqrt(max(n, 0)) / math.sqrt(n_max)

    last = -1e9
    for n in (m * 10 ** e for e in range(0, 8) for m in (1, 2, 5)):
        if n > n_max:
            break
        if x(n) - last < 56:  # round numbers only, far enough apart on the square-root scale
            continue
        last = x(n)
        parts.append(f'<text x="{x(n):.1f}" y="{frame.height - frame.bottom + 20}" text-anchor="middle" '
                     f'font-size="{TEXT}" fill="#1a1a1a">{escape(fmt.number(n, 0))}</text>')
    parts.append(f'<text x="{frame.left + frame.plot_w / 2:.1f}" y="{frame.height - 6}" text-anchor="middle" '
                 f'font-size="{TEXT}" fill="#1a1a1a">{escape(x_label)}</text>')
    clip = lambda v: min(max(v, 0.0), y_top)  # noqa: E731
    for index in (1, 2):
        line = " ".join(f"{x(n):.1f},{y(clip(bounds[index - 1])):.1f}"
                        for n, *bounds in limits if bounds[index - 1] is not None)
        parts.append(f'<polyline points="{line}" fill="none" stroke="#4a4a4a" stroke-width="1.5" '
                     f'stroke-dasharray="6 4"/>')
    parts.append(f'<line x1="{frame.left}" x2="{frame.width - frame.right}" y1="{y(reference):.1f}" '
                 f'y2="{y(reference):.1f}" stroke="{COUNTRY}" stroke-width="2"/>')
    def label_at(cx: float, cy: float) -> str:  # right of the dot, or left of it near the right edge
        if cx > frame.width - frame.right - 60:
            return f'x="{cx - 8:.1f}" y="{cy - 6:.1f}" text-anchor="end"'
        return f'x="{cx + 8:.1f}" y="{cy - 6:.1f}"'

    for point in sorted(points, key=lambda p: bool(p.outside)):
        cx, cy = x(point.n), y(clip(point.value))
        if point.outside:
            colour = OUTSIDE_HIGH if point.outside == "higher" else OUTSIDE_LOW
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{colour}" stroke="#fff" '
                         f'stroke-width="1.5" class="outside"/>')
            parts.append(f'<text {label_at(cx, cy)} font-size="{TEXT}" font-weight="700" '
                         f'fill="{colour}">{escape(point.label)}</text>')
        else:
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4" fill="none" stroke="{INSIDE}" '
                         f'stroke-width="1.5" class="inside"/>')
            parts.append(f'<text {label_at(cx, cy)} font-size="{TEXT}" fill="{INSIDE}" '
                         f'class="inside-label">{escape(point.label)}</text>')
    return _svg(frame, title, desc, parts, "funnel")
