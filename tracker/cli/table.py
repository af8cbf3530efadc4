"""Lists for people and for scripts: a header row, then one row per item.

On a terminal the columns are aligned, and the last (an address, an error, filters: the
free text) is cut to the terminal's width rather than wrapped under the first column; in a pipe
or a file they are separated by tabs and whole, so ``cut -f2`` and spreadsheets read them.
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
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    room = shutil.get_terminal_size((0, 0)).columns - len(GAP.join(
        " " * width for width in widths[:-1])) - len(GAP)
    if room < widths[-1] and len(headers) > 1:
        widths[-1] = max(room, len(headers[-1]), 12)
        for row in table:
            if len(row[-1]) > widths[-1]:
                row[-1] = row[-1][:widths[-1] - 1] + "…"
    for row in table:
        click.echo(GAP.join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                   .rstrip())
