"""tracker sync koop|ek|feeds, tracker import ek|documents, tracker feeds …, tracker export
documents.

Every sync prints one line per source (inserted / updated / unchanged / errors) and exits 1
when something failed; what was stored before the failure is kept (each page or stream is
committed as it completes).
"""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from sqlalchemy.exc import DBAPIError

from ..db import database_problem, describe_error
from . import DAY, CliContext, main, pass_ctx
from .data import _FORMAT, _OUTPUT, _dump, export
from .progress import ProgressLine
from .sync import sync
from .table import echo_table

if TYPE_CHECKING:
    from ..services.runs import SyncReport

log = logging.getLogger(__name__)

_EXTRACT = click.option("--extract/--no-extract", default=True, show_default=True,
                        help="Read new and changed documents for candidate commitments "
                             "right after the sync.")


@contextmanager
def _summary_kept(ctx: CliContext, report: SyncReport):
    """A database failure during a sync (read-only, disk full, locked) still prints what the
    run did, then one line saying what went wrong; the command exits 1."""
    try:
        yield
    except DBAPIError as exc:
        if database_problem(exc) is None:
            raise
        report.error(log, describe_error(exc, ctx.settings.database_url))
        click.echo(report.summary())
        sys.exit(1)


def _report(ctx: CliContext, report: SyncReport, extract: bool = True) -> None:
    click.echo(report.summary())
    if extract:
        from ..services.extraction import extract_pending

        # Its own unit of work: what the sync stored is committed whatever extraction finds.
        with ctx.session() as session, ProgressLine("documents") as progress:
            counts = extract_pending(session, progress=progress)
        click.echo("extraction: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if report.errors:
        sys.exit(1)


@sync.command("koop")
@click.option("--sru-url", metavar="URL", help="SRU endpoint (default: TRACKER_KOOP_SRU_URL).")
@click.option("--query", metavar="CQL",
              help="Search instead of all Kamerstukken "
                   "(default: c.product-area==officielepublicaties AND "
                   "w.publicatienaam==Kamerstuk).")
@click.option("--since", type=DAY, metavar="YYYY-MM-DD",
              help="Only records modified since this date (default: since the last complete "
                   "run; a first run looks back 30 days).")
@click.option("--dossier", "dossiers", multiple=True, metavar="N",
              help="Only this dossier (repeat for more), e.g. 26643 or 36600-VII.")
@click.option("--max-records", type=click.IntRange(min=1), metavar="N",
              help="Stop after N records (the cursor then stays where it was).")
@_EXTRACT
@pass_ctx
def sync_koop_command(ctx: CliContext, sru_url: str | None, query: str | None, since,
                      dossiers: tuple[str, ...], max_records: int | None,
                      extract: bool) -> None:
    """Kamerstukken from officielebekendmakingen (KOOP SRU) as documents."""
    from scrapers.http import Fetcher

    from ..services.koop import sync_koop
    from ..services.runs import SyncReport

    report = SyncReport("koop")
    with _summary_kept(ctx, report), Fetcher.from_settings(ctx.settings, "koop") as fetcher, \
            ctx.session() as session, ProgressLine("records") as progress:
        sync_koop(session, fetcher, sru_url=sru_url or ctx.settings.koop_sru_url,
                  query=query, since=since, dossiers=dossiers,
                  max_records=max_records, checkpoint=session.commit, progress=progress,
                  report=report)
    _report(ctx, report, extract)


@sync.command("ek")
@click.option("--url", "urls", multiple=True, metavar="URL",
              help="A registry page: a commitment page or a rappel overview (repeat for more; "
                   "default: TRACKER_EK_URLS).")
@pass_ctx
def sync_ek_command(ctx: CliContext, urls: tuple[str, ...]) -> None:
    """Eerste Kamer commitments (T-numbers) from registry pages."""
    from scrapers.http import Fetcher

    from ..services.eerstekamer import sync_ek
    from ..services.runs import SyncReport

    urls = urls or ctx.settings.ek_url_list
    if not urls:
        raise click.UsageError("no pages to read: pass --url URL or set TRACKER_EK_URLS")
    report = SyncReport("ek")
    with _summary_kept(ctx, report), Fetcher.from_settings(ctx.settings, "ek") as fetcher, \
            ctx.session() as session, ProgressLine("pages") as progress:
        sync_ek(session, fetcher, urls, checkpoint=session.commit, progress=progress,
                report=report)
    _report(ctx, report, extract=False)


@sync.command("feeds")
@click.option("--name", help="Only this feed (its name or key).")
@_EXTRACT
@pass_ctx
def sync_feeds_command(ctx: CliContext, name: str | None, extract: bool) -> None:
    """Every enabled RSS/Atom feed (see `tracker feeds list`)."""
    from scrapers.http import Fetcher

    from ..services.feeds import sync_feeds
    from ..services.runs import SyncReport

    report = SyncReport("feeds")
    with _summary_kept(ctx, report), Fetcher.from_settings(ctx.settings, "feed") as fetcher, \
            ctx.session() as session, ProgressLine("feeds") as progress:
        sync_feeds(session, fetcher, name, checkpoint=session.commit, progress=progress,
                   report=report)
    _report(ctx, report, extract)


@main.group("import")
def import_group() -> None:
    """Import saved pages and files."""


@import_group.command("ek")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
def import_ek(ctx: CliContext, files: tuple[Path, ...]) -> None:
    """Eerste Kamer registry pages saved as HTML files (links resolve against
    TRACKER_EK_BASE_URL)."""
    from ..services.eerstekamer import import_files
    from ..services.runs import SyncReport

    report = SyncReport("ek")
    with _summary_kept(ctx, report), ctx.session() as session:
        import_files(session, files, base_url=ctx.settings.ek_base_url, report=report)
    _report(ctx, report, extract=False)


@import_group.command("documents")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--date", "day", type=DAY, default=None,
              help="The documents' date where a file does not say it (YYYY-MM-DD); default: "
                   "the dates in their text.")
@_EXTRACT
@pass_ctx
def import_documents(ctx: CliContext, files: tuple[Path, ...], day, extract: bool) -> None:
    """Letters, stenograms and other documents kept as files (text, HTML, Kamerstuk XML,
    a Tweede Kamer stenogram, PDF, Word, OpenDocument, RTF), stored for the review queue (the
    same file read twice is one document)."""
    from scrapers.documents import UnreadableDocument, document_text

    from ..services.files import import_document
    from ..services.runs import SyncReport

    report = SyncReport("bestanden")
    with _summary_kept(ctx, report), ctx.session() as session:
        for path in files:
            try:
                data = path.read_bytes()
                read = document_text(data)
            except (OSError, UnreadableDocument) as exc:
                report.error(log, f"{path}: {getattr(exc, 'strerror', None) or exc}")
                continue
            if read.warning:
                report.warning(log, f"{path}: {read.warning}")
            _document, outcome = import_document(session, data, read, name=path.stem, day=day)
            report.count(outcome)
    _report(ctx, report, extract)


@main.group()
def feeds() -> None:
    """RSS/Atom feeds followed as sources of documents."""


@feeds.command("add")
@click.argument("url")
@click.option("--name", required=True, help="What to call it (its key is derived from it).")
@click.option("--kind", "doc_type", metavar="TEXT",
              help="What kind of documents it carries, e.g. Nieuwsbericht or Kamerbrief.")
@click.option("--chamber", type=click.Choice(["TK", "EK"]),
              help="The chamber its documents belong to, if any.")
@pass_ctx
def feeds_add(ctx: CliContext, url: str, name: str, doc_type: str | None,
              chamber: str | None) -> None:
    """Follow a feed (or update the one with this name)."""
    from ..services.feeds import add_feed

    if not url.startswith(("http://", "https://")):
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    with ctx.session() as session:
        source, created = add_feed(session, url, name, doc_type=doc_type, chamber=chamber)
        key = source.key
    click.echo(f"{'added' if created else 'updated'} {key}: {url}")


@feeds.command("list")
@pass_ctx
def feeds_list(ctx: CliContext) -> None:
    """Every feed: key, state, documents, last run and error, URL."""
    from ..services.feeds import list_feeds

    with ctx.session() as session:
        rows = list_feeds(session)
        if not rows:
            click.echo("no feeds (add one with `tracker feeds add URL --name NAME`)")
            return
        echo_table(("feed", "state", "kind", "documents", "last run", "url", "last error"),
                   (_feed_row(source, count) for source, count in rows))


def _feed_row(source, count: int) -> tuple[object, ...]:
    state = source.states[0] if source.states else None
    last = state.last_run_at.strftime("%Y-%m-%d %H:%M") if state and state.last_run_at \
        else "never"
    return (source.key, "enabled" if source.enabled else "disabled",
            (source.settings or {}).get("doc_type") or "-", count, last, source.url or "-",
            state.last_error if state else None)


@feeds.command("remove")
@click.argument("name")
@pass_ctx
def feeds_remove(ctx: CliContext, name: str) -> None:
    """Stop following a feed; its documents are kept."""
    from ..services.feeds import remove_feed

    with ctx.session() as session:
        source = remove_feed(session, name)
        key = source.key if source else None
    if key is None:
        raise click.ClickException(f"no feed named {name!r} (see `tracker feeds list`)")
    click.echo(f"disabled {key}; its documents are kept")


@export.command("documents")
@_FORMAT
@_OUTPUT
@click.option("--source", "source_key", help="Only documents of this source (koop, ek, "
                                              "feed:…, sample, tk).")
@pass_ctx
def export_documents(ctx: CliContext, fmt: str, output, source_key: str | None) -> None:
    """Every document with its metadata (not its text), in JSON or CSV."""
    from ..services import documents as docs

    with ctx.session() as session:
        records = (docs.document_record(d) for d in docs.iter_documents(session, source_key))
        _dump(records, fmt, docs.CSV_DOCUMENT_FIELDS, output)

