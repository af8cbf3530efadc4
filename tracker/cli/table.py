"""Lists for people and for scripts: a header row, then one row per item.

On a terminal the columns are aligned and fit its width, the widest cut first (an address,
an error, filters: the free text) rather than wrapped under the first column; in a pipe or a
file they are separated by tabs and whole, so ``cut -f2`` and spreadsheets read them.
Either way the first line names the columns.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable, Sequence

import click

GAP = "  "


def echo_table(headers: Sequence[str], rows: Iterable[Sequence[object]],
               aligned: bool | None = None) -> None:
    """Print ``headers`` and ``rows`` (None prints as empty)."""
    table = [list(headers)] + [["" if v is None else str(v) for v in row] for row in rows]
    if aligned is None:
        aligned = sys.stdout.isatty()
    if not aligned:
        for row in table:
            click.echo("\t".join(cell.replace("\t", " ") for cell in row))
        return
    widths = _fitted([max(len(row[i]) for row in table) for i in range(len(headers))],
                     [len(h) for h in headers], shutil.get_terminal_size((0, 0)).columns)
    for row in table:
        for i, width in enumerate(widths):
            if len(row[i]) > width:
                row[i] = row[i][:width - 1] + "…"
    for row in table:
        click.echo(GAP.join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                   .rstrip())


def _fitted(widths: list[int], headers: list[int], room: int) -> list[int]:
    """Column widths within ``room`` (0: unknown, as they are): the widest column gives up a
    character at a time, none narrower than its header or 8, so that free text shares the
    cuts (an address and an error both keep something) and short columns stay whole."""
    widths = list(widths)
    floors = [max(h, 8) for h in headers]
    while room and sum(widths) + len(GAP) * (len(widths) - 1) > room:
        cuttable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not cuttable:
            break
        widths[max(cuttable, key=lambda i: widths[i])] -= 1
    return widths
