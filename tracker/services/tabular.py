"""Lists as spreadsheets people open in an office suite: CSV (streamed) and Excel (openpyxl,
write-only), the same columns, headed by words in the reader's language.

Excel gets a bold, frozen header row with an auto-filter, real date cells and sensible column
widths. CSV comes two ways: comma-separated (RFC 4180, what LibreOffice, Google Sheets and
scripts expect) and semicolon-separated with a UTF-8 byte-order mark, which is what Excel
with Dutch regional settings opens as columns and with its accents intact.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

# Excel would run a cell that starts with one of these as a formula (CSV injection): such
# text gets a leading apostrophe in CSV, and is written as a plain string cell in Excel.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"
# How a date cell shows: the reader's habit (Dutch 23-11-2026), else ISO 8601.
DATE_FORMATS = {"nl": "dd-mm-yyyy", "en": "yyyy-mm-dd"}


@dataclass(frozen=True)
class Column:
    """A column of an export: the row key it shows, its header, its width in Excel."""

    key: str
    label: str
    width: int = 14


@dataclass(frozen=True)
class Dialect:
    """How a CSV is written: the separator, and whether it starts with a byte-order mark."""

    delimiter: str = ","
    bom: bool = False


COMMA = Dialect()
EXCEL_NL = Dialect(";", bom=True)  # Excel with Dutch (and most European) regional settings


def dialect(name: str | None) -> Dialect:
    """``semicolon`` (or ``;``) is the Dutch-Excel form; anything else the plain comma CSV."""
    return EXCEL_NL if (name or "").strip().lower() in ("semicolon", ";") else COMMA


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_chunks(rows: Iterable[dict[str, Any]], columns: Iterable[Column],
               form: Dialect = COMMA) -> Iterator[str]:
    """CSV text in chunks (header of labels first), for a streamed response or a file."""
    columns = tuple(columns)
    buffer = io.StringIO()
    if form.bom:
        buffer.write(BOM)
    writer = csv.writer(buffer, delimiter=form.delimiter, lineterminator="\r\n")
    writer.writerow([c.label for c in columns])
    for n, row in enumerate(rows, start=1):
        writer.writerow([_csv_value(row.get(c.key)) for c in columns])
        if n % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def xlsx_bytes(rows: Iterable[dict[str, Any]], columns: Iterable[Column],
               title: str = "Toezeggingen", language: str = "nl") -> bytes:
    """An Excel workbook with one sheet: a bold, frozen header row with an auto-filter over
    the whole table, then one row per record; dates are date cells."""
    columns = tuple(columns)
    date_format = DATE_FORMATS.get(language, DATE_FORMATS["en"])
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    # A write-only sheet takes its view and column widths before the first row.
    sheet.freeze_panes = "A2"
    for n, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = column.width
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.label)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([_xlsx_value(sheet, row.get(c.key), date_format) for c in columns])
        count += 1
    last = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_value(sheet: Any, value: Any, date_format: str) -> Any:
    if isinstance(value, datetime):
        value = value.replace(tzinfo=None)
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = date_format if not isinstance(value, datetime) \
            else date_format + " hh:mm"
        return cell
    if not isinstance(value, str | int | float | type(None)):
        value = str(value)
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # openpyxl would otherwise store it as a formula
        return cell
    return value
