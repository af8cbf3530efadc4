"""Lists for people and for scripts: a header row, then one row per item.

On a terminal the columns are aligned; in a pipe or a file they are separated by tabs, so
``cut -f2`` and spreadsheets read them. Either way the first line names the columns.
"""

from __future__ import annotations

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
    for row in table:
        click.echo(GAP.join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                   .rstrip())
