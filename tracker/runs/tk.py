"""A Tweede Kamer sync run: fetch SyncFeed pages, import their entries, move the cursors.

Like a scheduled job, a run owns its transactions. Per category, the cursor is the skiptoken
of the last entry committed, written in the same transaction as the entries; a transaction
covers ``batch_size`` entries (at most a page), so a crash or a broken page resumes right after
the last committed entry and nothing is imported twice. A bad entry is logged with its id and
skiptoken and skipped (when the database refuses it, the batch is stored again entry by entry
in savepoints, so the others are kept); a page that cannot be read or fetched stops that
category with an error, the cursor where it was, and the run goes on with the next category.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from scrapers.http import Fetcher, FetchError
from scrapers.tweedekamer import (
    CATEGORIES,
    ODATA_TOEZEGGING_QUERY,
    BadEntry,
    Entry,
    PageError,
    SyncFeedPage,
    odata_root,
    page_url,
    parse_odata_toezeggingen,
)

from ..calendar import ParliamentaryCalendar
from ..db import database_problem, describe_error
from ..models import utcnow
from ..services.calendar import calendar_from_db
from ..services.runs import Progress
from ..services.sources import stream_state
from ..services.tweedekamer import ImportProblem, TkImporter, new_counts, tk_source

log = logging.getLogger(__name__)

# Referenced entities first, so a first run links toezeggingen to what they name at once.
DEFAULT_CATEGORIES = ("Kamerstukdossier", "Activiteit", "Document", "Toezegging")
PAGE_SIZE = 250  # the SyncFeed's page size
_SKIPTOKENS = object()  # _store's default: the cursor follows the entries' skiptokens


@dataclass
class CategoryResult:
    category: str
    counts: dict[str, int] = field(default_factory=new_counts)
    pages: int = 0
    cursor: str | None = None
    error: str | None = None
    halted: bool = False  # the host cannot be reached, or the database fails: stop

    def summary(self) -> str:
        """The one line a user reads: what changed, and what went wrong."""
        parts = ", ".join(f"{k} {v}" for k, v in self.counts.items())
        tail = f"; stopped: {self.error}" if self.error else ""
        return f"{self.category}: {parts} ({self.pages} pages, cursor {self.cursor}){tail}"




def canonical_category(name: str) -> str:
    """'toezegging' -> 'Toezegging'; ValueError for a category the importer does not read."""
    for category in CATEGORIES:
        if category.lower() == name.strip().lower():
            return category
    raise ValueError(f"unknown category {name!r} (one of {', '.join(CATEGORIES)})")


def sync_tk(
    sessions: sessionmaker[Session],
    fetcher: Fetcher,
    feed_url: str,
    categories: Sequence[str] = DEFAULT_CATEGORIES,
    *,
    max_pages: int | None = None,
    batch_size: int = PAGE_SIZE,
    progress: Progress | None = None,
) -> list[CategoryResult]:
    """Sync each category from its cursor until caught up (or ``max_pages`` pages each).

    An unreachable host or a database that refuses to store (read-only, full, locked) stops
    the run: the category it happened in says so in its result, the others are not tried."""
    results: list[CategoryResult] = []
    calendar = None
    for category in categories:
        try:
            if calendar is None:
                with sessions.begin() as session:
                    calendar = calendar_from_db(session)
                    tk_source(session, feed_url)
            results.append(_sync_category(sessions, fetcher, feed_url, category, calendar,
                                          max_pages, batch_size, progress))
        except DBAPIError as exc:
            if database_problem(exc) is None:
                raise
            results.append(_database_failed(CategoryResult(category), exc, sessions))
        if results[-1].halted:
            break
    return results


def _database_failed(result: CategoryResult, exc: DBAPIError,
                     sessions: sessionmaker[Session]) -> CategoryResult:
    result.error = describe_error(exc, sessions.kw["bind"].url)
    result.halted = True
    log.error("tk %s: %s; cursor stays at %s", result.category, result.error, result.cursor)
    return result


def _sync_category(
    sessions: sessionmaker[Session], fetcher: Fetcher, feed_url: str, category: str,
    calendar: ParliamentaryCalendar, max_pages: int | None, batch_size: int,
    progress: Progress | None,
) -> CategoryResult:
    result = CategoryResult(category)
    with sessions.begin() as session:
        state = stream_state(session, tk_source(session), category)
        result.cursor = state.cursor
    read = 0
    while max_pages is None or result.pages < max_pages:
        started_at = result.cursor
        url = page_url(feed_url, category, started_at)
        try:
            fetched = fetcher.get(url, accept="application/atom+xml")
        except FetchError as exc:
            result.error, result.halted = str(exc), exc.unreachable
            break
        page = SyncFeedPage(fetched.content, url)
        session = sessions()
        try:
            importer = TkImporter(session, calendar)
            batch: list[Entry | BadEntry] = []
            for item in page:
                batch.append(item)
                read += 1
                if len(batch) >= batch_size:
                    _store(session, importer, category, batch, result)
                    batch = []
                if progress:
                    progress(category, read)
            caught_up = page.entries == 0
            _store(session, importer, category, batch, result,
                   None if caught_up else page.next_skiptoken)
        except PageError as exc:
            session.rollback()
            result.error = str(exc)
            log.error("tk %s: %s; cursor stays at %s", category, exc, result.cursor)
            break
        except DBAPIError as exc:
            session.rollback()
            if database_problem(exc) is None:
                raise
            # Read-only, full, locked: this page is not stored and the cursor stays; the run
            # stops with the counts of the pages stored before.
            return _database_failed(result, exc, sessions)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        result.pages += 1
        if caught_up or not page.next_skiptoken:
            break
        if not _advances(started_at, result.cursor):
            # The skiptoken is one global counter: a page that does not move it on would be
            # asked for again and again.
            result.error = (f"{url}: the page leads back to skiptoken {page.next_skiptoken}; "
                            f"the cursor stays at {result.cursor}")
            log.error("tk %s: %s", category, result.error)
            break
    if result.error:
        _record_error(sessions, category, result.error)
    return result


ODATA_STREAM = "odata:Toezegging"


def backfill_odata(
    sessions: sessionmaker[Session],
    fetcher: Fetcher,
    feed_url: str,
    *,
    max_pages: int | None = None,
    progress: Progress | None = None,
) -> CategoryResult:
    """A first full load of toezeggingen (with their activities) from the OData service.

    Pages follow ``@odata.nextLink``; the next link is the cursor (stream ``odata:Toezegging``),
    so a broken backfill resumes where it stopped, and a finished one starts over (changing
    nothing). The SyncFeed's cursors are not touched.
    """
    result = CategoryResult("Toezegging (OData)")
    root = odata_root(feed_url)
    with sessions.begin() as session:
        calendar = calendar_from_db(session)
        state = stream_state(session, tk_source(session, feed_url), ODATA_STREAM)
        result.cursor = state.cursor
    read = 0
    while max_pages is None or result.pages < max_pages:
        url = _on_host(result.cursor, root) if result.cursor else f"{root}/Toezegging"
        try:
            fetched = fetcher.get(url, params=None if result.cursor else ODATA_TOEZEGGING_QUERY,
                                  accept="application/json")
            page = parse_odata_toezeggingen(fetched.content, fetched.url)
        except (FetchError, PageError) as exc:
            result.error = str(exc)
            result.halted = getattr(exc, "unreachable", False)
            log.error("tk OData: %s; cursor stays at %s", exc, result.cursor)
            break
        with sessions() as session:
            importer = TkImporter(session, calendar)
            _store(session, importer, ODATA_STREAM, [*page.bad, *page.entries], result,
                   cursor=page.next_url, counted="toezegging")
        read += len(page.entries)
        if progress:
            progress(result.category, read)
        result.pages += 1
        if not page.next_url:
            break
    if result.error:
        _record_error(sessions, ODATA_STREAM, result.error)
    return result


def _on_host(url: str, root: str) -> str:
    """A next link on the configured service's host (tests and mirrors serve elsewhere)."""
    parts, base = urlsplit(url), urlsplit(root)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))


def _advances(before: str | None, after: str | None) -> bool:
    """Whether ``after`` is a skiptoken past ``before`` (the cursor never moves back)."""
    if after is None:
        return False
    if before is None:
        return True
    try:
        return int(after) > int(before)
    except (TypeError, ValueError):
        return after != before


def _store(session: Session, importer: TkImporter, category: str,
           items: list[Entry | BadEntry], result: CategoryResult,
           next_skiptoken: str | None = None, *, cursor: str | object | None = _SKIPTOKENS,
           counted: str | None = None) -> None:
    """Import a batch and commit it with the cursor after it.

    Fast path: one flush for the batch. When the database refuses something, the batch is
    rolled back and stored again entry by entry, each in a savepoint, so only the entry at
    fault is skipped. The cursor is the last skiptoken, unless ``cursor`` gives it; with
    ``counted``, only entries of that kind count (OData rows bring their activities along).
    """
    try:
        counts = _apply(session, importer, category, items, careful=False, counted=counted)
    except SQLAlchemyError as exc:
        if database_problem(exc) is not None:
            raise  # the database itself fails: storing entry by entry would fail alike
        session.rollback()
        log.warning("tk %s: a batch could not be stored at once (%s); storing it entry by "
                    "entry", category, type(exc).__name__)
        counts = _apply(session, importer, category, items, careful=True, counted=counted)
    state = stream_state(session, importer.source, category)
    if cursor is _SKIPTOKENS:
        for item in items:
            if _advances(state.cursor, item.skiptoken):
                state.cursor = item.skiptoken
        if _advances(state.cursor, next_skiptoken):
            state.cursor = next_skiptoken
    else:
        state.cursor = cursor
    totals = {k: result.counts[k] + counts[k] for k in result.counts}
    state.stats = totals
    state.last_run_at = state.last_success_at = utcnow()
    state.last_error = None
    session.commit()
    result.counts = totals
    result.cursor = state.cursor


def _apply(session: Session, importer: TkImporter, category: str,
           items: list[Entry | BadEntry], *, careful: bool,
           counted: str | None = None) -> dict[str, int]:
    counts = new_counts()
    importer.prefetch([i for i in items if isinstance(i, Entry)])
    if careful:
        # Python's sqlite3 starts no transaction for a SAVEPOINT, so releasing one would
        # commit on its own: open the transaction with a write first.
        stream_state(session, importer.source, category).last_run_at = utcnow()
        session.flush()
    for item in items:
        if isinstance(item, BadEntry):
            log.error("tk %s: skipped entry %s at skiptoken %s: %s", category, item.entry_id,
                      item.skiptoken, item.reason)
            counts["errors"] += 1
            continue
        try:
            if careful:
                with session.begin_nested():
                    outcome = importer.apply(item)
            else:
                outcome = importer.apply(item)
        except ImportProblem as exc:  # raised before anything is written
            log.error("tk %s: skipped entry %s at skiptoken %s: %s", category, item.id,
                      item.skiptoken, exc)
            counts["errors"] += 1
            continue
        except SQLAlchemyError as exc:
            if not careful or database_problem(exc) is not None:
                raise
            log.error("tk %s: skipped entry %s at skiptoken %s: %s", category, item.id,
                      item.skiptoken, exc)
            counts["errors"] += 1
            importer.forget()  # what it had loaded may have gone with the savepoint
            continue
        if counted is None or item.kind == counted:
            counts[outcome] += 1
    importer.finish()
    session.flush()
    return counts


def _record_error(sessions: sessionmaker[Session], category: str, error: str) -> None:
    with sessions.begin() as session:
        state = stream_state(session, tk_source(session), category)
        state.last_error = error
        state.last_run_at = utcnow()


def sync_job(settings) -> list[str]:
    """The scheduler's ``sync-tk`` job: every category until caught up; the summary lines."""
    from ..db import sessions_for
    from .sources import skipped

    if (summary := skipped(settings, "tk")) is not None:
        return [summary]
    with Fetcher.from_settings(settings, "tk") as fetcher, \
            sessions_for(settings.database_url) as sessions:
        results = sync_tk(sessions, fetcher, settings.tk_feed_url)
    for result in results:
        (log.warning if result.error else log.info)("sync-tk %s", result.summary())
    return [r.summary() for r in results]
