"""tracker sync …: bring the sources up to date. Each source adds its subcommand to ``sync``."""

from __future__ import annotations

import click

from . import CliContext, main, pass_ctx
from .progress import ProgressLine


@main.group()
def sync() -> None:
    """Fetch new and changed records from a source and import them (resumable, idempotent)."""


def _categories(_ctx, _param, values: tuple[str, ...]) -> tuple[str, ...]:
    from ..runs.tk import DEFAULT_CATEGORIES, canonical_category

    try:
        return tuple(canonical_category(v) for v in values) or DEFAULT_CATEGORIES
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@sync.command("tk")
@click.option("--feed-url", default=None, metavar="URL",
              help="SyncFeed address (default: TRACKER_TK_FEED_URL, the Tweede Kamer's own).")
@click.option("--category", "categories", multiple=True, callback=_categories,
              metavar="NAME", help="Kamerstukdossier, Activiteit, Document, Fractie, Persoon "
              "or Toezegging; repeat for several (default: all six, referenced ones first).")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Stop each category after this many pages (default: until caught up).")
@click.option("--odata", is_flag=True,
              help="Instead: a first full load of toezeggingen and their activities from the "
              "OData service beside the feed (…/OData/v4/2.0), following @odata.nextLink.")
@pass_ctx
def sync_tk_command(ctx: CliContext, feed_url: str | None, categories: tuple[str, ...],
                    max_pages: int | None, odata: bool) -> None:
    """Import toezeggingen, activities, documents and dossiers from the Tweede Kamer SyncFeed.

    Each category resumes after the last entry committed. Prints one line per category:
    inserted, updated, unchanged, withdrawn, errors. Exits 1 when a category stopped on an
    error (what was imported before it is kept).
    """
    from scrapers.http import Fetcher

    from ..runs.tk import backfill_odata, sync_tk

    with Fetcher.from_settings(ctx.settings, "tk") as fetcher, \
            ProgressLine("entries read") as progress:
        results = []
        if odata:
            results.append(backfill_odata(ctx.sessions, fetcher,
                                          feed_url or ctx.settings.tk_feed_url,
                                          max_pages=max_pages, progress=progress))
            progress.done()
            click.echo(results[-1].summary())
            categories = ()
        for category in categories:
            results += sync_tk(ctx.sessions, fetcher, feed_url or ctx.settings.tk_feed_url,
                               [category], max_pages=max_pages, progress=progress)
            progress.done()
            click.echo(results[-1].summary())
            if results[-1].halted:
                break  # one line says so; the other categories are on the same host
    if any(r.error for r in results):
        raise SystemExit(1)
