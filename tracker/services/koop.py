"""Kamerstukken from officielebekendmakingen (KOOP SRU) stored as documents, idempotently.

A run pages through the search (``startRecord`` / ``nextRecordPosition``), fetches the XML of
every Kamerstuk that is new or whose ``modified`` stamp changed, and stores it under source
"koop" with its identifier as the key. New or changed text leaves ``extracted_at`` NULL: that is
the extraction engine's queue. The stream's cursor (the date of the last complete run) limits
the next search to ``dt.modified>=`` that date; an interrupted run keeps the old cursor, so
nothing is skipped, and what it stored stays.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrapers.http import Fetcher, FetchError
from scrapers.officielebekendmakingen import (
    DEFAULT_QUERY,
    Kamerstuk,
    KoopError,
    KoopRecord,
    build_query,
    parse_kamerstuk,
    parse_search_response,
    search_params,
)

from .. import clock
from ..models import Document, Source
from . import runs
from .changes import Actor, apply, upsert
from .details import details_of, merge_details
from .runs import SyncReport
from .sources import get_source, stream_state

log = logging.getLogger(__name__)

SYNC = Actor("sync", "koop")
# A first run of the default query (no cursor, no --since) looks back this far.
DEFAULT_LOOKBACK_DAYS = 30
# Documents whose XML could not be fetched are retried at the next runs, this many a run.
RETRY_LIMIT = 20


def koop_source(session: Session, url: str | None = None) -> Source:
    source = get_source(session, "koop", kind="koop", name="Officiële bekendmakingen (KOOP)",
                        url=url)
    if url and source.url != url:
        source.url = url
    return source


def document_values(record: KoopRecord, text: Kamerstuk | None) -> dict[str, Any]:
    """The document's fields from a search record (and its text, when fetched)."""
    values: dict[str, Any] = {
        "identifier": record.identifier,
        "dossier": record.dossier or (text.dossier if text else None),
        "ondernummer": record.ondernummer or (text.ondernummer if text else None),
        "title": record.title or (text.title if text else None),
        "doc_type": record.subrubriek or record.publicatienaam or record.doc_type,
        "date": record.date,
        "chamber": record.chamber or (text.chamber if text else None),
        "url": record.html_url,
    }
    if text is None:
        # Not fetched this time: what only the text could tell is not said, not erased.
        return {k: v for k, v in values.items() if v is not None}
    values["text"] = text.body
    return values


def detail_values(record: KoopRecord, text: Kamerstuk | None) -> dict[str, Any]:
    values: dict[str, Any] = {
        "modified": record.modified,
        "creator": record.creator,
        "vergaderjaar": record.vergaderjaar,
        "publicatienaam": record.publicatienaam,
        "subrubriek": record.subrubriek,
        "documenttitel": record.documenttitel,
        "available": record.available.isoformat() if record.available else None,
        "urls": dict(record.item_urls) or None,
    }
    if text is not None:
        values["footnotes"] = [{"number": f.number, "text": f.text} for f in text.footnotes]
    return values


def import_record(
    session: Session, source: Source, record: KoopRecord, text: Kamerstuk | None,
    report: SyncReport, actor: Actor = SYNC, *, text_failed: bool = False,
) -> Document:
    """Insert or update one Kamerstuk; count the outcome in the report."""
    values = document_values(record, text)
    doc, outcome, changed = upsert(session, Document, source, record.identifier, values, actor)
    if outcome == "updated" and "text" in changed:
        doc.extracted_at = None  # changed text goes back into the extraction queue
    extra = detail_values(record, text)
    if text_failed:
        extra["modified"] = None  # keep the old stamp: the next run fetches the text again
    if merge_details(session, doc, extra) and outcome == "unchanged":
        outcome = "updated"
    report.count(outcome)
    return doc


def fetch_text(fetcher: Fetcher, url: str, identifier: str,
               report: SyncReport) -> Kamerstuk | None:
    """The Kamerstuk's text from its XML, or None with the error logged and counted."""
    try:
        fetched = fetcher.get(url, accept="application/xml")
        return parse_kamerstuk(fetched.content)
    except FetchError as exc:
        if exc.unreachable:
            raise  # the run stops: the other documents are on the same host
        report.error(log, f"{identifier}: {exc}")
    except KoopError as exc:
        report.error(log, f"{identifier}: {url}: {exc}")
    return None


def sync_koop(
    session: Session,
    fetcher: Fetcher,
    *,
    sru_url: str,
    query: str | None = None,
    since: date | None = None,
    dossiers: tuple[str, ...] | list[str] = (),
    max_records: int | None = None,
    page_size: int = 50,
    today: date | None = None,
    checkpoint: Callable[[], None] | None = None,
    actor: Actor = SYNC,
    progress: runs.Progress | None = None,
    report: SyncReport | None = None,
) -> SyncReport:
    """Search, page through the results and store every Kamerstuk found.

    ``checkpoint`` is called after every page (the CLI passes ``session.commit`` so an
    interrupted run keeps what it stored); ``progress`` after every record. Counts go into
    ``report`` when given (the caller keeps them if the database fails mid-run)."""
    today = today or clock.today()
    source = koop_source(session, sru_url)
    base = build_query(query or DEFAULT_QUERY, dossiers=tuple(dossiers))
    state = stream_state(session, source, runs.stream_name(base))
    cursor = date.fromisoformat(state.cursor) if state.cursor else None
    default_start = (today - timedelta(days=DEFAULT_LOOKBACK_DAYS)
                     if query is None and not dossiers else None)
    start_from = since or cursor or default_start
    cql = build_query(base, since=start_from)
    report = report if report is not None else SyncReport("koop")
    runs.begin(state)

    # A pass cut short by --max-records (or a failure) resumes where it stopped, with the
    # same query; the cursor moves only when a pass completes, to the day the pass began.
    resume = (state.stats or {}).get("resume") if since is None else None
    if resume and resume.get("base") == base:
        cql, position = resume["query"], int(resume["position"])
        began = date.fromisoformat(resume["started"])
        log.info("koop: resuming at record %s of a pass begun %s", position, began)
    else:
        position, began = 1, today
    log.info("koop: searching %s for %s", sru_url, cql)
    seen, complete, failure, resume = 0, False, None, None
    first_position, total = position, None
    touched: set[int] = set()
    while True:
        where = f"{sru_url} (startRecord={position})"
        try:
            fetched = fetcher.get(sru_url, params=search_params(cql, position, page_size),
                                  accept="application/xml")
            page = parse_search_response(fetched.content)
        except FetchError as exc:
            failure = f"{exc} (startRecord={position})"
        except KoopError as exc:
            failure = f"{where}: {exc}"
        if failure:
            report.error(log, failure)
            resume = position
            break
        for problem in page.problems:
            report.error(log, f"{where}: {problem}")
        if total is None:  # what this pass has to read, as the search counts it
            total = max(page.number_of_records - first_position + 1, 0)
            total = min(total, max_records) if max_records is not None else total
        taken = 0
        try:
            for record in page.records:
                if max_records is not None and seen >= max_records:
                    break
                doc = _sync_record(session, fetcher, source, record, report, actor)
                seen += 1
                taken += 1
                touched.add(doc.id)
                if progress:
                    progress("koop", seen, max(total, seen))
        except FetchError as exc:  # unreachable: stop here, resume at this record next time
            failure = f"{exc} ({record.identifier})"
            report.error(log, failure)
            resume = position + taken
        if checkpoint:
            checkpoint()
        if failure:
            break
        if taken < len(page.records):
            resume = position + taken  # --max-records reached inside the page
            break
        if page.next_position is None or not page.records:
            complete = True
            break
        if page.next_position <= position:
            failure = f"{where}: nextRecordPosition {page.next_position} does not advance"
            report.error(log, failure)
            break
        if max_records is not None and seen >= max_records:
            resume = page.next_position
            break
        position = page.next_position

    if failure is None:
        _retry_missing_text(session, fetcher, source, report, touched)
    if complete and (since is None or cursor is None or since <= cursor):
        state.cursor = began.isoformat()
    pending = ({"base": base, "query": cql, "position": resume, "started": began.isoformat()}
               if resume is not None and since is None else None)
    runs.finish(state, report, failure, query=cql, records=seen, resume=pending)
    if checkpoint:
        checkpoint()
    return report


def _sync_record(session: Session, fetcher: Fetcher, source: Source, record: KoopRecord,
                 report: SyncReport, actor: Actor) -> Document:
    for note in record.notes:
        report.warning(log, f"{record.identifier}: {note}")
    doc = session.scalar(select(Document).where(Document.source_id == source.id,
                                                Document.external_id == record.identifier))
    known = details_of(session, doc) if doc is not None else {}
    text, failed = None, False
    if doc is None or doc.text is None or known.get("modified") != record.modified:
        if record.xml_url:
            text = fetch_text(fetcher, record.xml_url, record.identifier, report)
        else:
            report.error(log, f"{record.identifier}: the search record has no XML manifestation")
        failed = text is None
    return import_record(session, source, record, text, report, actor, text_failed=failed)


def _retry_missing_text(session: Session, fetcher: Fetcher, source: Source,
                        report: SyncReport, skip: set[int]) -> None:
    """Documents stored earlier without text (their XML failed) get another try."""
    query = select(Document).where(Document.source_id == source.id, Document.text.is_(None))
    if skip:
        query = query.where(Document.id.not_in(skip))
    docs = session.scalars(query.order_by(Document.id).limit(RETRY_LIMIT)).all()
    for doc in docs:
        known = details_of(session, doc)
        url = (known.get("urls") or {}).get("xml")
        if not url:
            continue
        text = fetch_text(fetcher, url, doc.external_id, report)
        if text is None:
            continue
        apply(session, doc, {"text": text.body}, SYNC)
        doc.extracted_at = None
        merge_details(session, doc, {"footnotes": [{"number": f.number, "text": f.text}
                                                   for f in text.footnotes]})
        report.count("updated")
