"""tracker load-sample, tracker export …, tracker recesses …: data in and out."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from ..calendar import read_recesses_csv
from ..sample import SAMPLE_DIR, load_sample
from ..services import export as ex
from ..services.calendar import calendar_from_db, load_recesses
from . import CliContext, main, pass_ctx


@main.command("load-sample")
@click.option("--dir", "root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=SAMPLE_DIR, show_default=True, help="Folder with the sample data.")
@pass_ctx
def load_sample_command(ctx: CliContext, root: Path) -> None:
    """Load the bundled sample data (idempotent: a second run changes nothing)."""
    with ctx.session() as session:
        for name, counts in load_sample(session, root):
            summary = ", ".join(f"{k} {v}" for k, v in counts.items())
            click.echo(f"{name}: {summary}")


@main.group()
def export() -> None:
    """Print every commitment or milestone (JSON is a stable contract; see README)."""


def _dump(records, fmt: str, fields: tuple[str, ...], out) -> None:
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
        writer.writerow(ex.flat(record, fields))


_FORMAT = click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
                       show_default=True)
_OUTPUT = click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
                       help="File to write (default: standard output).")


@export.command("commitments")
@_FORMAT
@_OUTPUT
@pass_ctx
def export_commitments(ctx: CliContext, fmt: str, output) -> None:
    """Every commitment, with its history, fulfilling documents and withdrawn flag."""
    with ctx.session() as session:
        records = (ex.commitment_record(c) for c in ex.iter_commitments(session))
        _dump(records, fmt, ex.CSV_COMMITMENT_FIELDS, output)


@export.command("milestones")
@_FORMAT
@_OUTPUT
@pass_ctx
def export_milestones(ctx: CliContext, fmt: str, output) -> None:
    """Every milestone with its current and original date and its history."""
    with ctx.session() as session:
        records = (ex.milestone_record(m) for m in ex.iter_milestones(session))
        _dump(records, fmt, ex.CSV_MILESTONE_FIELDS, output)


@main.group()
def recesses() -> None:
    """The parliamentary calendar's recesses (used to resolve 'voor de zomer' and the like)."""


@recesses.command("list")
@pass_ctx
def recesses_list(ctx: CliContext) -> None:
    """Print the recess table in the CSV format that `recesses import` reads."""
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
    try:
        periods = read_recesses_csv(file.read())
    except ValueError as exc:
        raise click.ClickException(f"{file.name}: {exc}") from None
    with ctx.session() as session:
        counts = load_recesses(session, periods)
    click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))
