"""Charts as data for templates/_charts.html: rows of stacked bars or a row of columns, each
with the table a screen reader (or anyone who would rather read) gets instead.

Bars are drawn as SVG rectangles in a 0–100 wide box stretched to the space there is; every
word and number is HTML beside them, so it keeps the page's size on a phone (a scaled SVG
drawing shrank its labels to about 5 px).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Series:
    css: str  # s-late, s-open, … (colour of the segment and its key)
    label: str


@dataclass(frozen=True)
class Bar:
    name: str
    values: tuple[int | float, ...]  # one per series, stacked left to right
    text: str  # what the bar says beside it
    cells: tuple[object, ...]  # the table row after the name
    href: str | None = None
    segments: tuple[tuple[str, float, float], ...] = ()  # (css, x, width) in 0–100


@dataclass(frozen=True)
class Column:
    label: str  # short, under the column (may hold a line break as "\n")
    value: int | float
    text: str  # above the column
    name: str  # the table's row header
    cells: tuple[object, ...]
    href: str | None = None
    height: float = 0.0  # 0–100


@dataclass
class Chart:
    id: str
    title: str
    series: list[Series]
    headers: list[str]  # the table's column headers, the first for the names
    bars: list[Bar] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    note: str = ""


def bar_chart(id: str, title: str, series: list[Series], headers: list[str],
              bars: list[Bar], note: str = "") -> Chart:
    """Stacked bars scaled to the longest; each bar keeps its own numbers as text."""
    top = max((sum(b.values) for b in bars), default=0) or 1
    laid_out = []
    for b in bars:
        x, segments = 0.0, []
        for s, value in zip(series, b.values, strict=True):
            width = round(100 * value / top, 2)
            if width:
                segments.append((s.css, round(x, 2), width))
            x += width
        laid_out.append(Bar(b.name, b.values, b.text, b.cells, b.href, tuple(segments)))
    return Chart(id, title, series, headers, bars=laid_out, note=note)


def column_chart(id: str, title: str, series: Series, headers: list[str],
                 columns: list[Column], note: str = "", top: float | None = None) -> Chart:
    """Columns scaled to the highest (or to ``top``, e.g. 100 for percentages)."""
    top = top or max((c.value for c in columns), default=0) or 1
    laid_out = [Column(c.label, c.value, c.text, c.name, c.cells, c.href,
                       round(100 * c.value / top, 2)) for c in columns]
    return Chart(id, title, [series], headers, columns=laid_out, note=note)
