"""Lists as spreadsheets: CSV (streamed) and Excel (openpyxl, write-only), same columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

# Excel would run a cell that starts with one of these as a formula (CSV injection): such
# text gets a leading apostrophe in CSV, and is written as a plain string cell in Excel.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _csv_value(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_chunks(rows: Iterable[dict[str, Any]], fields: tuple[str, ...]) -> Iterator[str]:
    """CSV text in chunks (header first), for a streamed response."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\r\n",
                            extrasaction="ignore")
    writer.writeheader()
    for n, row in enumerate(rows, start=1):
        writer.writerow({k: _csv_value(v) for k, v in row.items()})
        if n % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def xlsx_bytes(rows: Iterable[dict[str, Any]], fields: tuple[str, ...],
               title: str = "Toezeggingen") -> bytes:
    """An Excel workbook with one sheet: a bold header row, then one row per record."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    header = []
    for name in fields:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in rows:
        values = []
        for name in fields:
            value = row.get(name)
            if isinstance(value, datetime):
                value = value.replace(tzinfo=None)
            elif not isinstance(value, str | int | float | date | type(None)):
                value = str(value)
            if isinstance(value, str) and value.startswith("="):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # openpyxl would otherwise store it as a formula
                value = cell
            values.append(value)
        sheet.append(values)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
