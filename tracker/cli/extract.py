"""tracker extract: candidate commitments, requests and milestones from document files.

``tracker extract PATH …`` reads files (text, an HTML page, Kamerstuk XML, a stenogram, a PDF,
a Word, OpenDocument or RTF document: see ``scrapers.documents``) and prints what it finds; it
needs no database (the bundled parliamentary calendar and milestone catalogue are used).
``tracker extract --pending`` reads the stored documents that wait for extraction and stores
their candidates.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import DAY, CliContext, main, pass_ctx
from .progress import ProgressLine

if TYPE_CHECKING:
    from scrapers.documents import DocumentText

    from ..extraction import Extraction

log = logging.getLogger(__name__)

# ``tracker.extraction.FORMS``, spelt out so that the command line starts without compiling the
# extraction's patterns (tests/test_cli.py holds the two together)
FORMS = ("letter", "transcript", "register")


@main.command("extract")
@click.argument("paths", nargs=-1,
                type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--date", "given", type=DAY, default=None,
              help="The documents' date (YYYY-MM-DD); default: their own datelines.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True, help="JSON (a stable contract, see README) or a table.")
@click.option("--kind", "form", type=click.Choice(["auto", *FORMS]), default="auto",
              show_default=True,
              help="What the files are: a letter, a debate transcript (Handelingen, "
                   "stenogram) or a registry page; auto: read it from the text.")
@click.option("--pending", is_flag=True,
              help="Instead of files: extract the stored documents waiting for it.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="With --pending: at most this many documents.")
@pass_ctx
def extract_command(ctx: CliContext, paths: tuple[Path, ...], given, fmt: str, form: str,
                    pending: bool, limit: int | None) -> None:
    """Find the commitments, requests and milestones in Dutch parliamentary text.

    PATH is a text file, an HTML page, Kamerstuk XML, a Tweede Kamer stenogram (VLOS XML), a
    PDF, a Word, OpenDocument or RTF document ('-' reads standard input). Every item has its
    sentence, its span in the text (the file's own for a text file; for the others the text
    read from it, given in the JSON as "text"), the actor, the deadline phrase and resolved due
    date, cited identifiers, the rule that found it and a confidence.
    """
    from ..calendar import ParliamentaryCalendar
    from ..extraction import extract
    from ..services.extraction import extract_pending
    from ..services.milestones import bundled_catalogue

    if pending:
        if paths:
            raise click.UsageError("give either PATHs or --pending, not both")
        with ctx.session() as session, ProgressLine("documents") as progress:
            counts = extract_pending(session, limit, progress=progress)
        click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))
        return
    if not paths:
        raise click.UsageError("give at least one PATH (or --pending)")
    calendar = ParliamentaryCalendar.bundled()
    catalogue = bundled_catalogue()
    documents, failed = [], 0
    for path in paths:
        read = _read(path)
        if read is None:
            failed += 1
            continue
        # (a stenogram says its date and that it is a transcript beside its text)
        result = extract(read.text, given or read.date, calendar, catalogue,
                         read.form if form == "auto" else form)
        if result.date is None and result.items:
            log.warning("extract: %s names no date of its own: its deadlines are read from "
                        "today (give the document's date with --date)", path)
        documents.append((str(path), read, result))
    if fmt == "json":
        json.dump({"documents": [_document_record(*d) for d in documents]}, sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for path, read, result in documents:
            _table(path, read, result)
    if failed:
        raise click.ClickException(f"{failed} of {len(paths)} files could not be read")


def _read(path: Path) -> DocumentText | None:
    from scrapers.documents import UnreadableDocument, document_text

    """The file's text, or None after logging why it cannot be read."""
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as exc:
        log.error("extract: cannot read %s: %s", path, exc.strerror or exc)
        return None
    try:
        read = document_text(data)
    except UnreadableDocument as exc:
        log.error("extract: %s: %s: skipped", path, exc)
        return None
    if read.warning:
        log.warning("extract: %s: %s", path, read.warning)
    return read


def _document_record(path: str, read: DocumentText, result: Extraction) -> dict:
    record = {
        "path": path,
        "date": result.date.isoformat() if result.date else None,
        "items": [item.as_dict() for item in result.items],
        "author": result.author,
        "fulfilments": [{"text": f.text, "start": f.start, "end": f.end, "refs": list(f.refs),
                         "dates": [d.isoformat() for d in f.dates]}
                        for f in result.fulfilments],
        "refs": result.refs,
        "kind": result.form,
        "read_as": read.read_as,
    }
    if read.read_as != "text" or read.repaired:  # the spans point into the text read from
        # the page or PDF, or put right
        record["text"] = read.text
    return record


def _table(path: str, read: DocumentText, result: Extraction) -> None:
    when = result.date.isoformat() if result.date else "no date"
    read_as = "" if read.read_as == "text" else f"read as {read.read_as}, "
    count = len(result.items)
    click.echo(f"== {path} ({read_as}{result.form}, {when}): {count} item{'s' * (count != 1)}")
    if not result.items:
        return
    # as wide as the terminal (COLUMNS; 100 in a pipe), never narrower than 40: the row's
    # deadline phrase, the sentence and its details (who, rule, span, references) wrap in it
    width = max(40, shutil.get_terminal_size((100, 24)).columns)
    click.echo(f"{'kind':<11}{'due':<11}{'precision':<12}{'conf':<6}deadline")
    for item in result.items:
        due = item.due.isoformat() if item.due else "-"
        phrase = _cut(item.deadline_text or "-", max(10, width - 40))
        click.echo(f"{item.kind:<11}{due:<11}{item.precision:<12}{item.confidence:<6.2f}"
                   f"{phrase}")
        for line in textwrap.wrap(item.text, width - 4, break_on_hyphens=False):
            click.echo(f"    {line}")
        details = [f"rule {item.rule}", f"chars {item.start}-{item.end}"]
        if item.actor:
            details.insert(0, f"by {item.actor}")
        if item.refs:
            details.append("refs " + ", ".join(item.refs))
        for line in textwrap.wrap("[" + "; ".join(details) + "]", width - 4,
                                  subsequent_indent=" ", break_on_hyphens=False):
            click.echo(f"    {line}")
        for link in item.milestones:
            for line in textwrap.wrap(f"! {link.key}: {link.note}", width - 4,
                                      subsequent_indent="  ", break_on_hyphens=False):
                click.echo(f"    {line}")
    for fulfilment in result.fulfilments:
        click.echo(f"fulfils: {_cut(fulfilment.text, width - 9)}"
                   + (f" [{', '.join(fulfilment.refs)}]" if fulfilment.refs else ""))
    click.echo()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
