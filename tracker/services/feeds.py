"""RSS/Atom feeds an administrator follows: the sources, and their entries as documents.

A feed is a ``Source(kind="feed", key="feed:<slug>", url, name, settings={"doc_type": …,
"chamber": …})``. A sync fetches it with a conditional GET (its ETag and Last-Modified kept in
the stream's state), stores every entry as a document under the feed's source (key: the entry's
id, else its link) and leaves ``extracted_at`` NULL on new or changed text. A feed that is not
well-formed is logged with the reason and its readable entries are kept. Removing a feed
disables it; its documents stay.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrapers.feeds import FeedEntry, FeedError, parse_feed
from scrapers.http import Fetcher, FetchError
from scrapers.officielebekendmakingen import split_identifier

from ..clock import AMSTERDAM
from ..models import Document, Source
from . import runs
from .changes import Actor, upsert
from .details import merge_details
from .runs import SyncReport
from .sources import stream_state

log = logging.getLogger(__name__)

SYNC = Actor("sync", "feeds")
STREAM = "feed"


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:90] or "feed"


def add_feed(session: Session, url: str, name: str, *, doc_type: str | None = None,
             chamber: str | None = None) -> tuple[Source, bool]:
    """Add a feed, or update (and re-enable) the one with this name. True when new."""
    key = f"feed:{slug(name)}"
    source = session.scalar(select(Source).where(Source.key == key))
    settings = {k: v for k, v in (("doc_type", doc_type), ("chamber", chamber)) if v}
    if source is None:
        source = Source(key=key, kind="feed", name=name, url=url, settings=settings)
        session.add(source)
        session.flush()
        return source, True
    source.url, source.name, source.enabled = url, name, True
    source.settings = {**(source.settings or {}), **settings}
    return source, False


def find_feed(session: Session, name: str) -> Source | None:
    """A feed by its name (any case) or key."""
    return session.scalar(select(Source).where(
        Source.kind == "feed",
        (func.lower(Source.name) == name.lower()) | (Source.key == name)
        | (Source.key == f"feed:{slug(name)}"),
    ))


def list_feeds(session: Session) -> list[tuple[Source, int]]:
    """Every feed with the number of its documents."""
    counts = dict(session.execute(
        select(Document.source_id, func.count()).group_by(Document.source_id)).all())
    feeds = session.scalars(select(Source).where(Source.kind == "feed").order_by(Source.key))
    return [(feed, counts.get(feed.id, 0)) for feed in feeds]


def remove_feed(session: Session, name: str) -> Source | None:
    """Stop following a feed; its documents stay (nothing is deleted)."""
    source = find_feed(session, name)
    if source is not None:
        source.enabled = False
    return source


def entry_values(source: Source, entry: FeedEntry) -> dict[str, Any]:
    settings = source.settings or {}
    identifier, number = entry.paper
    dossier, ondernummer = split_identifier(identifier) if identifier else (None, None)
    return {
        "identifier": identifier, "number": number, "dossier": dossier,
        "ondernummer": ondernummer,
        "title": entry.title,
        "date": entry.published.astimezone(AMSTERDAM).date() if entry.published else None,
        "url": entry.link,
        "text": entry.text,
        "doc_type": settings.get("doc_type"),
        "chamber": settings.get("chamber"),
    }


def import_entries(session: Session, source: Source, entries: list[FeedEntry],
                   report: SyncReport, actor: Actor = SYNC) -> None:
    for entry in entries:
        doc, outcome, changed = upsert(session, Document, source, entry.key,
                                       entry_values(source, entry), actor)
        if outcome == "updated" and "text" in changed:
            doc.extracted_at = None
        extra = {"author": entry.author, "tags": list(entry.tags) or None,
                 "published": entry.published.isoformat() if entry.published else None}
        if merge_details(session, doc, extra) and outcome == "unchanged":
            outcome = "updated"
        report.count(outcome)


def sync_feed(session: Session, fetcher: Fetcher, source: Source,
              actor: Actor = SYNC) -> SyncReport:
    """Fetch one feed (conditional GET) and store its entries."""
    report = SyncReport(source.key)
    state = stream_state(session, source, STREAM)
    runs.begin(state)
    error = None
    try:
        fetched = fetcher.get(source.url, etag=state.etag, last_modified=state.last_modified)
    except FetchError as exc:
        error = str(exc)
        report.error(log, error)
        runs.finish(state, report, error)
        return report
    if fetched.not_modified:
        report.not_modified += 1
        runs.finish(state, report)
        return report
    try:
        feed = parse_feed(fetched.content, fetched.headers.get("content-type"),
                          base_url=fetched.url)
    except FeedError as exc:
        error = f"{source.url}: {exc}"
        report.error(log, error)
        runs.finish(state, report, error)
        return report
    if feed.bozo_reason:
        report.warning(log, f"{source.url}: not well-formed ({feed.bozo_reason}); "
                            f"kept the {len(feed.entries)} entries read")
    for problem in feed.problems:
        report.warning(log, f"{source.url}: {problem}")
    import_entries(session, source, feed.entries, report, actor)
    state.etag = fetched.headers.get("etag")
    state.last_modified = fetched.headers.get("last-modified")
    runs.finish(state, report, None, version=feed.version, bozo=feed.bozo_reason)
    return report


def sync_feeds(session: Session, fetcher: Fetcher, name: str | None = None, *,
               checkpoint: Callable[[], None] | None = None,
               progress: runs.Progress | None = None,
               report: SyncReport | None = None) -> SyncReport:
    """Sync every enabled feed with a URL (or the one named); counts go into ``report`` when
    given."""
    report = report if report is not None else SyncReport("feeds")
    if name is not None:
        source = find_feed(session, name)
        sources = [source] if source is not None else []
        if not sources:
            report.error(log, f"no feed named {name!r} (see `tracker feeds list`)")
            return report
    else:
        sources = list(session.scalars(select(Source).where(
            Source.kind == "feed", Source.enabled.is_(True), Source.url.is_not(None))
            .order_by(Source.key)))
    for done, source in enumerate(sources):
        if progress:
            progress("feeds", done, len(sources))
        if not source.url:
            report.error(log, f"{source.key} has no URL")
            continue
        report.add(sync_feed(session, fetcher, source))
        if checkpoint:
            checkpoint()
    if progress:
        progress("feeds", len(sources), len(sources))
    return report
