"""tracker load-sample, tracker export …, tracker recesses …: data in and out."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from . import CliContext, main, pass_ctx


@main.command("load-sample")
@click.option("--dir", "root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder with the sample data (default: the bundled sample/).")
@pass_ctx
def load_sample_command(ctx: CliContext, root: Path | None) -> None:
    """Load the bundled sample data (idempotent: a second run changes nothing)."""
    from ..sample import SAMPLE_DIR, load_sample

    try:
        with ctx.session() as session:
            for name, counts in load_sample(session, root or SAMPLE_DIR):
                summary = ", ".join(f"{k} {v}" for k, v in counts.items())
                click.echo(f"{name}: {summary}")
    except FileNotFoundError as exc:  # (nothing of it stored: the session rolled back)
        raise click.ClickException(f"{root}: not a sample folder ({exc.filename} is missing)"
                                   ) from None


@main.group()
def export() -> None:
    """Print every commitment or milestone.

    JSON and CSV are the stable contract for programs (see README; fields are only added).
    xlsx and excel-csv are for people: headers and values in words (Dutch, or --lang en),
    date cells, a frozen header with a filter; excel-csv is separated by semicolons and starts
    with a byte-order mark, the form Excel with Dutch settings opens as columns.
    """


def _dump(records, fmt: str, fields: tuple[str, ...], out) -> None:
    from ..services.export import flat

    if fmt == "json":
        out.write("[")
        first = True
        for record in records:
            out.write("\n" if first else ",\n")
            out.write(json.dumps(record, ensure_ascii=False))
            first = False
        out.write("]\n" if first else "\n]\n")
        return
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(flat(record, fields))


def _write_office(rows, columns, fmt: str, output: str, language: str, title: str) -> None:
    """The office forms: an Excel workbook, or the semicolon CSV with a byte-order mark."""
    from ..services import tabular

    if fmt == "xlsx" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("an Excel file is not for the terminal: add --output FILE.xlsx")
    with click.open_file(output, "wb") as out:
        if fmt == "xlsx":
            out.write(tabular.xlsx_bytes(rows, columns, title=title, language=language))
            return
        for chunk in tabular.csv_chunks(rows, columns, tabular.EXCEL_NL):
            out.write(chunk.encode("utf-8"))


_FORMAT = click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
                       show_default=True)
_OFFICE_FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["json", "csv", "xlsx", "excel-csv"]),
    default="json", show_default=True,
    help="json, csv: the contract for programs; xlsx, excel-csv: for people.")
_LANG = click.option("--lang", "language", type=click.Choice(["nl", "en"]), default=None,
                     help="Language of xlsx and excel-csv (default: TRACKER_DEFAULT_LANGUAGE).")
_OUTPUT = click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
                       help="File to write (default: standard output).")
_OUTPUT_PATH = click.option("--output", "-o", "output", default="-", metavar="FILE",
                            help="File to write (default: standard output).")


def _export(fmt: str, output: str, items, contract, fields: tuple[str, ...], office,
            columns, language: str, title: str) -> None:
    """``items`` as the contract (json, csv: ``contract`` makes each record) or in the office
    form (xlsx, excel-csv: ``office`` makes each row)."""
    from ..messages import translations

    if fmt in ("json", "csv"):
        with click.open_file(output, "w", encoding="utf-8") as out:
            _dump(map(contract, items), fmt, fields, out)
        return
    _write_office(map(office, items), columns, fmt, output, language,
                  translations(language).gettext(title))


@export.command("commitments")
@_OFFICE_FORMAT
@_LANG
@_OUTPUT_PATH
@pass_ctx
def export_commitments(ctx: CliContext, fmt: str, language: str | None, output: str) -> None:
    """Every commitment, with its history, fulfilling documents and withdrawn flag."""
    from .. import clock
    from ..services import export as ex
    from ..web.labels import for_language

    language = language or ctx.settings.default_language
    base, words, today = ctx.settings.base_url.rstrip("/"), for_language(language), clock.today()
    with ctx.session() as session:
        _export(fmt, output, ex.iter_commitments(session), ex.commitment_record,
                ex.CSV_COMMITMENT_FIELDS,
                lambda c: ex.office_row(c, words, today, f"{base}/toezeggingen/{c.id}"),
                ex.office_columns(language), language, "Toezeggingen")


@export.command("milestones")
@_OFFICE_FORMAT
@_LANG
@_OUTPUT_PATH
@pass_ctx
def export_milestones(ctx: CliContext, fmt: str, language: str | None, output: str) -> None:
    """Every milestone with its current and original date and its history."""
    from ..services import export as ex

    language = language or ctx.settings.default_language
    base = ctx.settings.base_url.rstrip("/")
    with ctx.session() as session:
        _export(fmt, output, ex.iter_milestones(session), ex.milestone_record,
                ex.CSV_MILESTONE_FIELDS,
                lambda m: ex.milestone_office_row(m, language, f"{base}/mijlpalen/{m.key}"),
                ex.milestone_columns(language), language, "Mijlpalen")


@main.group()
def recesses() -> None:
    """The parliamentary calendar's recesses (used to resolve 'voor de zomer' and the like)."""


@recesses.command("list")
@pass_ctx
def recesses_list(ctx: CliContext) -> None:
    """Print the recess table in the CSV format that `recesses import` reads."""
    from ..services.calendar import calendar_from_db

    with ctx.session() as session:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["chamber", "name", "first_day", "last_day", "certainty"])
        for r in calendar_from_db(session).recesses():
            writer.writerow([r.chamber, r.name, r.first_day, r.last_day, r.certainty])


@recesses.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@pass_ctx
def recesses_import(ctx: CliContext, file) -> None:
    """Add or correct recesses from a CSV file (chamber,name,first_day,last_day,certainty)."""
    from ..calendar import read_recesses_csv
    from ..services.calendar import load_recesses

    try:
        periods = read_recesses_csv(file.read())
    except ValueError as exc:
        raise click.ClickException(f"{file.name}: {exc}") from None
    with ctx.session() as session:
        counts = load_recesses(session, periods)
    click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))
