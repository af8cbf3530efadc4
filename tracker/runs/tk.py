"""A Tweede Kamer sync run: fetch SyncFeed pages, import their entries, move the cursors.

Like a scheduled job, a run owns its transactions. Per category, the cursor is the skiptoken
of the last entry committed, written in the same transaction as the entries; a transaction
covers ``batch_size`` entries (at most a page), so a crash or a broken page resumes right after
the last committed entry and nothing is imported twice. A bad entry is logged with its id and
skiptoken and skipped (when the database refuses it, the batch is stored again entry by entry
in savepoints, so the others are kept); a page that cannot be read or fetched stops that
category with an error, the cursor where it was, and the run goes on with the next category.

A batch is stored in a few statements whatever its size (``services.tweedekamer``), and the
next page is fetched and parsed while one is stored: in a thread, and once a run proves long,
in a worker process on the other core (``scrapers.pageworker``). Memory holds two pages here
and one in the worker. See ``make bench`` for what a first load costs.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from scrapers.http import Fetcher, FetchError
from scrapers.pageworker import PageWorker, WorkerGone, read_page
from scrapers.tweedekamer import (
    CATEGORIES,
    ODATA_TOEZEGGING_QUERY,
    BadEntry,
    Entry,
    PageError,
    odata_root,
    page_url,
    parse_odata_toezeggingen,
)

from ..db import database_problem, describe_error
from ..deadlines import DeadlineFinder
from ..models import Source, utcnow
from ..services import deferral
from ..services.calendar import calendar_from_db
from ..services.runs import Progress
from ..services.sources import stream_advanced, stream_cursor, stream_state
from ..services.tweedekamer import TkImporter, new_counts, tk_source

log = logging.getLogger(__name__)

# Referenced entities first, so a first run links toezeggingen to what they name at once.
DEFAULT_CATEGORIES = ("Kamerstukdossier", "Activiteit", "Document", "Fractie", "Persoon",
                      "Toezegging")
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
    deferred: bool = False  # a first load: the commitments' indexes are made at its end

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
    with old_objects_left_alone():
        return _sync_categories(sessions, fetcher, feed_url, categories, max_pages, batch_size,
                                progress)


@contextmanager
def old_objects_left_alone() -> Iterator[None]:
    """The cyclic garbage collector leaves the objects made before the run alone until it ends.

    A run makes garbage fast, so the collector runs often, and each full collection walks
    every object the process holds: modules, SQLAlchemy's metadata, Alembic's if it migrated.
    Measured on 10,000 entries: 0.55 s of 1.9 s CPU in collections, 0.1 s with the objects
    made before the run set aside (``gc.freeze``). They are handed back afterwards, so cycles
    among them are still collected in a long-lived process (the scheduler).
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _sync_categories(
    sessions: sessionmaker[Session], fetcher: Fetcher, feed_url: str,
    categories: Sequence[str], max_pages: int | None, batch_size: int,
    progress: Progress | None,
) -> list[CategoryResult]:
    results: list[CategoryResult] = []
    deadlines = None  # one finder for the run: it remembers the texts it has read
    reader = _Reader()  # and one reader, which may start a worker process
    try:
        for category in categories:
            try:
                if deadlines is None:
                    _restore_deferred(sessions, "a load that stopped halfway")
                    with sessions.begin() as session:
                        deadlines = DeadlineFinder(calendar_from_db(session))
                        tk_source(session, feed_url)
                results.append(_sync_category(sessions, fetcher, feed_url, category,
                                              deadlines, reader, max_pages, batch_size,
                                              progress))
            except DBAPIError as exc:
                if database_problem(exc) is None:
                    raise
                results.append(_database_failed(CategoryResult(category), exc, sessions))
            if results[-1].halted:
                break
    finally:
        reader.close()
    return results


def _database_failed(result: CategoryResult, exc: DBAPIError,
                     sessions: sessionmaker[Session]) -> CategoryResult:
    result.error = describe_error(exc, sessions.kw["bind"].url)
    result.halted = True
    log.error("tk %s: %s; cursor stays at %s", result.category, result.error, result.cursor)
    return result


def _sync_category(
    sessions: sessionmaker[Session], fetcher: Fetcher, feed_url: str, category: str,
    deadlines: DeadlineFinder, reader: _Reader, max_pages: int | None, batch_size: int,
    progress: Progress | None,
) -> CategoryResult:
    result = CategoryResult(category)
    with sessions.begin() as session:
        source = tk_source(session)
        result.cursor = stream_state(session, source, category).cursor
    try:
        return _read_category(sessions, fetcher, feed_url, category, deadlines, reader,
                              max_pages, batch_size, progress, result, source,
                              defer=category == DEFERS_INDEXES)
    finally:
        if result.deferred:
            _restore_deferred(sessions, f"the first load of {category}")


def _read_category(
    sessions: sessionmaker[Session], fetcher: Fetcher, feed_url: str, category: str,
    deadlines: DeadlineFinder, reader: _Reader, max_pages: int | None, batch_size: int,
    progress: Progress | None, result: CategoryResult, source: Source, *, defer: bool,
) -> CategoryResult:
    read = 0
    # One page ahead: while a page is stored, the next one is fetched in a thread of its own
    # and parsed there, or, once the run proves long, in a worker process on the other core
    # (``_Reader``). The cursor moves with the commits, here, as before.
    with ThreadPoolExecutor(1, thread_name_prefix=f"tk-{category}") as fetching:
        url = page_url(feed_url, category, result.cursor)
        ahead = fetching.submit(_fetch_and_read, fetcher, url, reader)
        while max_pages is None or result.pages < max_pages:
            started_at = result.cursor
            page = ahead.result()
            url = page.url
            if page.fetch_error:
                result.error, result.halted = str(page.fetch_error), page.fetch_error.unreachable
                break
            caught_up = page.entries == 0 and page.error is None
            if (defer and result.pages == 0 and page.error is None and page.next_skiptoken
                    and page.entries >= DEFER_AFTER):
                result.deferred = _defer_indexes(sessions, category)
            expected = _cursor_after(started_at, page)
            if (page.error is None and not caught_up and page.next_skiptoken
                    and _advances(started_at, expected)
                    and (max_pages is None or result.pages + 1 < max_pages)):
                ahead = fetching.submit(_fetch_and_read, fetcher,
                                        page_url(feed_url, category, expected), reader)
            stored = page.items if page.error is None else \
                page.items[:len(page.items) - len(page.items) % batch_size]
            session = sessions()
            try:
                # The source read at the start, in this session without asking for it again.
                importer = TkImporter(session, source=session.merge(source, load=False),
                                      deadlines=deadlines)
                for start in range(0, len(stored), batch_size):
                    batch = stored[start:start + batch_size]
                    last = start + batch_size >= len(stored) and page.error is None
                    _store(session, importer, category, batch, result,
                           None if caught_up or not last else page.next_skiptoken)
                    if progress:
                        for _item in batch:
                            read += 1
                            progress(category, read)
                if not stored and page.error is None:
                    _store(session, importer, category, [], result,
                           None if caught_up else page.next_skiptoken)
            except DBAPIError as exc:
                session.rollback()
                if database_problem(exc) is None:
                    raise
                # Read-only, full, locked: this batch is not stored and the cursor stays; the
                # run stops with the counts of the batches stored before.
                return _database_failed(result, exc, sessions)
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
            if page.error is not None:
                # What came before the break is stored; the rest waits for a whole page.
                result.error = page.error
                log.error("tk %s: %s; cursor stays at %s", category, page.error, result.cursor)
                break
            result.pages += 1
            if result.pages in _ANALYZE_AT:
                _refresh_statistics(sessions)
            if caught_up or not page.next_skiptoken:
                break
            if not _advances(started_at, result.cursor):
                # The skiptoken is one global counter: a page that does not move it on would
                # be asked for again and again.
                result.error = (f"{url}: the page leads back to skiptoken "
                                f"{page.next_skiptoken}; the cursor stays at {result.cursor}")
                log.error("tk %s: %s", category, result.error)
                break
            if result.cursor != expected:  # the page fetched ahead is not the one next
                ahead.cancel()
                ahead = fetching.submit(_fetch_and_read, fetcher,
                                        page_url(feed_url, category, result.cursor), reader)
    if result.error:
        _record_error(sessions, category, result.error)
    return result


# A first load of toezeggingen into an empty commitments table makes the table's secondary
# indexes and its full-text index once at its end (``services.deferral``), when its first page
# is this full and has a next one.
DEFERS_INDEXES = "Toezegging"
DEFER_AFTER = 200


def _defer_indexes(sessions: sessionmaker[Session], category: str) -> bool:
    """Set the commitments' indexes aside if the table is empty; whether they were."""
    try:
        with sessions.begin() as session:
            names = deferral.defer(session)
    except deferral.NotEmpty:
        return False
    except DBAPIError as exc:
        # Only quicker: when the table is held by another process (its lock is not granted
        # in time) or anything else is refused, the load goes on with the indexes.
        log.warning("tk %s: the indexes of commitments stay during this first load (%s)",
                    category, describe_error(exc, sessions.kw["bind"].url))
        return False
    if names:
        log.info("tk %s: a first load: %d indexes of commitments are made at its end (%s)",
                 category, len(names), ", ".join(names))
    return bool(names)


def _restore_deferred(sessions: sessionmaker[Session], why: str) -> None:
    """Make again what ``deferral.defer`` set aside (by this run, or by one that stopped).
    A database that refuses is logged: the next run, or ``tracker db upgrade``, tries again."""
    started = time.perf_counter()
    try:
        with sessions.begin() as session:
            names = deferral.restore(session)
    except SQLAlchemyError as exc:
        log.error("tk: the indexes set aside by %s could not be made again (%s); the next run "
                  "or `tracker db upgrade` makes them", why,
                  describe_error(exc, sessions.kw["bind"].url))
        return
    if names:
        log.info("tk: made again after %s in %.1f s: %s", why, time.perf_counter() - started,
                 ", ".join(names))


# A long first load grows the tables many times over while PostgreSQL's planner still thinks
# them empty (autovacuum analyses them only later): it then reads a whole table where an
# index finds the batch's keys. Statistics are refreshed after these many pages of a run.
_ANALYZE_AT = frozenset(4 ** n for n in range(1, 8))
_TK_TABLES = ("commitments", "documents", "activities", "dossiers", "fulfilments",
              "commitment_links", "history")


def _refresh_statistics(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text(f"ANALYZE {', '.join(_TK_TABLES)}"))


@dataclass
class _Page:
    """A SyncFeed page read: its entries up to a break, if any."""

    url: str
    items: list[Entry | BadEntry] = field(default_factory=list)
    entries: int = 0
    next_skiptoken: str | None = None
    error: str | None = None  # the page broke off (entries before the break are kept)
    fetch_error: FetchError | None = None  # nothing could be fetched


def _fetch_and_read(fetcher: Fetcher, url: str, reader: _Reader) -> _Page:
    try:
        fetched = fetcher.get(url, accept="application/atom+xml").content
    except FetchError as exc:
        return _Page(url, fetch_error=exc)
    return reader.read(url, fetched)


# A page this full, with another after it, makes a run long enough to parse in a worker.
WORKER_AFTER = 200


class _Reader:
    """Reads a run's pages: here, until a page shows that the run is long (``WORKER_AFTER``
    entries and a next page); from then on in a worker process (``scrapers.pageworker``),
    which parses on the other core while this process stores. A worker that cannot start or
    stops is logged, and the pages are read here again. Called from one thread at a time."""

    def __init__(self) -> None:
        self.worker: PageWorker | None = None
        self.given_up = False

    def read(self, url: str, fetched: bytes) -> _Page:
        if self.worker is not None:
            try:
                return _Page(url, *self.worker.read(fetched, url))
            except WorkerGone as exc:
                log.warning("tk: %s; pages are parsed in this process again", exc)
                self.close()
                self.given_up = True
        page = _Page(url, *read_page(fetched, url))
        if (self.worker is None and not self.given_up and page.next_skiptoken
                and page.error is None and page.entries >= WORKER_AFTER):
            try:
                self.worker = PageWorker()  # it starts while this page is stored
            except WorkerGone as exc:
                log.warning("tk: %s; pages are parsed in this process", exc)
                self.given_up = True
        return page

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
            self.worker = None


def _cursor_after(cursor: str | None, page: _Page) -> str | None:
    """Where the cursor stands once the page is stored (as ``_store`` moves it)."""
    for item in page.items:
        if _advances(cursor, item.skiptoken):
            cursor = item.skiptoken
    if page.entries and _advances(cursor, page.next_skiptoken):
        cursor = page.next_skiptoken
    return cursor


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
    with old_objects_left_alone():
        return _backfill_odata(sessions, fetcher, feed_url, max_pages, progress)


def _backfill_odata(sessions: sessionmaker[Session], fetcher: Fetcher, feed_url: str,
                    max_pages: int | None, progress: Progress | None) -> CategoryResult:
    result = CategoryResult("Toezegging (OData)")
    root = odata_root(feed_url)
    with sessions.begin() as session:
        deadlines = DeadlineFinder(calendar_from_db(session))
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
            importer = TkImporter(session, deadlines=deadlines)
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
    source_id = importer.source.id
    if cursor is _SKIPTOKENS:
        cursor = stream_cursor(session, source_id, category)
        for item in items:
            if _advances(cursor, item.skiptoken):
                cursor = item.skiptoken
        if _advances(cursor, next_skiptoken):
            cursor = next_skiptoken
    totals = {k: result.counts[k] + counts[k] for k in result.counts}
    stream_advanced(session, source_id, category, cursor, totals)
    session.commit()
    result.counts = totals
    result.cursor = cursor


def _apply(session: Session, importer: TkImporter, category: str,
           items: list[Entry | BadEntry], *, careful: bool,
           counted: str | None = None) -> dict[str, int]:
    counts = new_counts()
    entries = []
    for item in items:
        if isinstance(item, BadEntry):
            log.error("tk %s: skipped entry %s at skiptoken %s: %s", category, item.entry_id,
                      item.skiptoken, item.reason)
            counts["errors"] += 1
        else:
            entries.append(item)
    if careful:
        # Python's sqlite3 starts no transaction for a SAVEPOINT, so releasing one would
        # commit on its own: open the transaction with a write first.
        stream_state(session, importer.source, category).last_run_at = utcnow()
        session.flush()
        outcomes = []
        for entry in entries:
            try:
                with session.begin_nested():
                    outcomes.extend(importer.store([entry]))
            except SQLAlchemyError as exc:
                if database_problem(exc) is not None:
                    raise
                outcomes.append(exc)
    else:
        outcomes = importer.store(entries)
    for entry, outcome in zip(entries, outcomes, strict=True):
        if isinstance(outcome, Exception):
            # An ImportProblem is raised before anything of the entry is stored; a database
            # error took its savepoint with it.
            log.error("tk %s: skipped entry %s at skiptoken %s: %s", category, entry.id,
                      entry.skiptoken, outcome)
            counts["errors"] += 1
        elif counted is None or entry.kind == counted:
            counts[outcome] += 1
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
