"""Small SVG charts drawn by hand (no plotting library at run time): a histogram, horizontal
bars and lines, each with a title and description for screen readers."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

WIDTH, HEIGHT = 560, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 14, 44
INK, MUTED, GRID = "#1b1b1f", "#5b5b66", "#e3e3ea"
SERIES = ("#1d5bb8", "#b3261e", "#2e7d32")


def _frame(title: str, description: str, body: list[str], width: int = WIDTH, height: int = HEIGHT) -> str:  # fmt: skip
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" font-family="system-ui, sans-serif" '
        f'font-size="11"><title>{escape(title)}</title><desc>{escape(description)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `raw`."""
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    step = nice_step(top / count)
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _label(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _axes(x_label: str, y_label: str, y_ticks: list[float], scale_y: Callable[[float], float],
          width: int = WIDTH) -> list[str]:  # fmt: skip
    parts = []
    for tick in y_ticks:
        y = scale_y(tick)
        parts.append(
            f'<line x1="{LEFT}" x2="{width - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{_label(tick)}</text>'
        )
    parts.append(
        f'<line x1="{LEFT}" x2="{width - RIGHT}" y1="{HEIGHT - BOTTOM}" y2="{HEIGHT - BOTTOM}" stroke="{INK}"/>'
    )
    parts.append(
        f'<text x="{(LEFT + width - RIGHT) / 2}" y="{HEIGHT - 8}" text-anchor="middle" fill="{INK}">{escape(x_label)}</text>'
    )
    parts.append(
        f'<text transform="translate(14 {(TOP + HEIGHT - BOTTOM) / 2}) rotate(-90)" text-anchor="middle" fill="{INK}">{escape(y_label)}</text>'
    )
    return parts  # fmt: skip


def histogram(counts: Sequence[int], edges: Sequence[float], *, title: str, x_label: str,
              y_label: str, marker: float | None = None, marker_label: str = "") -> str:  # fmt: skip
    """Bars for `counts` between consecutive `edges`; the last bar may be an overflow bin."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    most = max(counts, default=0)
    ticks = [float(n) for n in range(most + 1)] if most < 5 else nice_ticks(most)
    top = ticks[-1] or 1

    def scale_y(value: float) -> float:
        return TOP + plot_h * (1 - value / top)

    body = _axes(x_label, y_label, ticks, scale_y)
    bar_w = plot_w / max(len(counts), 1)
    for index, count in enumerate(counts):
        x, y = LEFT + index * bar_w, scale_y(count)
        range_text = f"{_label(edges[index])} to {_label(edges[index + 1])}"
        body.append(
            f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(bar_w - 2, 1):.1f}" height="{HEIGHT - BOTTOM - y:.1f}" '
            f'fill="{SERIES[0]}"><title>{range_text}: {count} documents</title></rect>'
        )  # fmt: skip
    for index in range(0, len(edges), max(1, len(edges) // 6)):
        x = LEFT + index * bar_w
        body.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 14}" text-anchor="middle" fill="{MUTED}">{_label(edges[index])}</text>')  # fmt: skip
    if marker is not None and edges[0] <= marker <= edges[-1]:
        index = next(i for i in range(len(counts)) if marker <= edges[i + 1])
        within = (marker - edges[index]) / ((edges[index + 1] - edges[index]) or 1)
        body.append(_marker(LEFT + (index + within) * bar_w, marker_label))
    description = f"{sum(counts)} documents in {len(counts)} bins from {_label(edges[0])} to {_label(edges[-1])}"
    return _frame(title, description, body)


def _marker(x: float, label: str) -> str:
    return (
        f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{HEIGHT - BOTTOM}" stroke="{SERIES[1]}" '
        f'stroke-width="2" stroke-dasharray="5 3"/><text x="{x + 4:.1f}" y="{TOP + 12}" '
        f'fill="{SERIES[1]}" stroke="#ffffff" stroke-width="3" paint-order="stroke">{escape(label)}</text>'
    )


def bars(labels: Sequence[str], values: Sequence[int], *, title: str, x_label: str) -> str:
    """Horizontal bars, one per label."""
    row, left = 22, 110
    height = TOP + row * len(labels) + BOTTOM
    plot_w = WIDTH - left - RIGHT - 40
    top = max(values, default=0) or 1
    body = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = TOP + index * row
        width = plot_w * value / top
        body.append(
            f'<text x="{left - 6}" y="{y + 15}" text-anchor="end" fill="{INK}">{escape(label)}</text>'
        )
        body.append(
            f'<rect x="{left}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" fill="{SERIES[0]}"><title>{escape(label)}: {value}</title></rect>'
        )
        body.append(
            f'<text x="{left + width + 5:.1f}" y="{y + 15}" fill="{MUTED}">{value:,}</text>'
        )
    body.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 12}" text-anchor="middle" fill="{INK}">{escape(x_label)}</text>'
    )
    description = "; ".join(
        f"{label}: {value}" for label, value in zip(labels, values, strict=True)
    )
    return _frame(title, description, body, height=height)  # fmt: skip


def lines(xs: Sequence[float], series: Sequence[tuple[str, Sequence[float]]], *, title: str,
          x_label: str, y_label: str, marker: float | None = None, marker_label: str = "") -> str:  # fmt: skip
    """Lines over shared x values (y in percent, 0 to 100), with a legend."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    low, high = (xs[0], xs[-1]) if xs else (0.0, 1.0)

    def scale_x(value: float) -> float:
        return LEFT + plot_w * (value - low) / ((high - low) or 1)

    def scale_y(value: float) -> float:
        return TOP + plot_h * (1 - value / 100)

    body = _axes(x_label, y_label, [0, 25, 50, 75, 100], scale_y)
    round_ticks = [t for t in nice_ticks(high) if t < high - 0.08 * (high - low)]
    for tick in [*round_ticks, high]:  # the end value, and round ones not crowding it
        if low <= tick <= high:
            body.append(f'<text x="{scale_x(tick):.1f}" y="{HEIGHT - BOTTOM + 14}" text-anchor="middle" fill="{MUTED}">{_label(tick)}</text>')  # fmt: skip
    for number, (name, ys) in enumerate(series):
        colour = SERIES[(number * 2) % len(SERIES)]
        points = " ".join(f"{scale_x(x):.1f},{scale_y(y):.1f}" for x, y in zip(xs, ys, strict=True))
        dash = ' stroke-dasharray="6 3"' if number else ""
        body.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'
        )
        legend_y = HEIGHT - BOTTOM - 30 + 14 * number  # bottom right, clear of rising curves
        body.append(
            f'<text x="{WIDTH - RIGHT - 8}" y="{legend_y}" text-anchor="end" fill="{colour}">{"—" if not number else "- -"} {escape(name)}</text>'
        )
    if marker is not None and low <= marker <= high:
        body.append(_marker(scale_x(marker), marker_label))
    description = f"{', '.join(name for name, _ in series)} against {x_label} from {_label(low)} to {_label(high)}"
    return _frame(title, description, body)  # fmt: skip
