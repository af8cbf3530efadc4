"""Eerste Kamer commitments (T-numbers) from registry pages, with their deadline history.

Each commitment is stored under source "ek" with its T-number as key and number, chamber "EK",
the raw and normalised status, the deadline (due_source "source", precision "day"), the
ministry of the current responsible minister, the committee and the date it was made. A page
says only what it shows: a rappel page without "Historie" or "Onderwerpen" leaves those as the
commitment page put them. Every change goes through ``services.changes``, so a deadline the
committee moved becomes a history row, not an overwrite; moves the page's own "Historie" lists
are recorded too (dated as the page dates them), once.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrapers.eerstekamer import EKCommitment, parse_page
from scrapers.http import Fetcher, FetchError

from ..clock import AMSTERDAM
from ..models import Commitment, HistoryEntry, Source
from ..statuses import normalise_status
from . import runs
from .changes import Actor, as_text, keep_clerk_status, keep_manual_due, record, upsert
from .details import merge_details
from .people import members, replace_recipients
from .related import propose_related
from .runs import SyncReport
from .sources import get_source, stream_state

log = logging.getLogger(__name__)

SYNC = Actor("sync", "ek")


def ek_source(session: Session, url: str | None = None) -> Source:
    return get_source(session, "ek", kind="ek", name="Eerste Kamer toezeggingenregistratie",
                      url=url)


def commitment_values(rec: EKCommitment, report: SyncReport, where: str) -> dict[str, Any]:
    """The tracked fields the page gives (fields it does not show are left out)."""
    values: dict[str, Any] = {"number": rec.number, "kind": "commitment", "chamber": "EK",
                              "text": rec.text}
    if rec.status:
        status, known = normalise_status(rec.status)
        if not known:
            report.warning(log, f"{rec.number}: unknown status {rec.status!r} ({where})")
        values.update(status=status, status_raw=rec.status)
    if rec.deadline:
        values.update(due=rec.deadline, due_phrase=rec.deadline_raw, due_precision="day",
                      due_source="source")
    if rec.made_on:
        values["made_on"] = rec.made_on
    if rec.responsible_now:
        values["actor"] = "; ".join(rec.responsible_now)
    if rec.ministry:
        values["ministry"] = rec.ministry
    if rec.committee:
        values["committee"] = rec.committee
    if rec.activity_type:
        values["activity"] = rec.activity_type
    if rec.url:
        values["url"] = rec.url
    return values


def detail_values(rec: EKCommitment) -> dict[str, Any]:
    """What the dashboard can show beside the tracked fields; empty sections are "not shown"."""
    values: dict[str, Any] = {
        "title": rec.title,
        "dossiers": list(rec.dossiers),
        "responsible": list(rec.responsible),
        "former_responsible": list(rec.former_responsible),
        "current_responsible": list(rec.current_responsible),
        "members": list(rec.members),
        "activity_type": rec.activity_type,
        "category": rec.category,
        "subjects": list(rec.subjects),
        "kamerstukken": list(rec.kamerstukken),
        "quotes": [{"citation": q.citation, "text": q.text} for q in rec.quotes],
        "history": [{"date": as_text(h.date), "text": h.text,
                     "deadline_from": as_text(h.deadline_from),
                     "deadline_to": as_text(h.deadline_to), "status_to": h.status_to}
                    for h in rec.history],
        "documents": [{"title": d.title, "url": d.url} for d in rec.documents],
    }
    return {k: (v or None) for k, v in values.items()}


def import_commitment(session: Session, source: Source, rec: EKCommitment, actor: Actor,
                      report: SyncReport, where: str) -> Commitment:
    """Insert or update one commitment; count the outcome in the report."""
    values = commitment_values(rec, report, where)
    existing = session.scalar(select(Commitment).where(
        Commitment.source_id == source.id, Commitment.external_id == rec.number))
    if rec.deadline and keep_manual_due(session, existing, rec.deadline):
        for field in ("due", "due_phrase", "due_precision", "due_source"):
            values.pop(field)
    if (existing is not None and values.get("status", existing.status) != existing.status
            and keep_clerk_status(session, existing, rec.status)):
        values.pop("status")  # the registry repeats itself; the clerk's decision stands
    changer = actor.because(reason=actor.reason or "registry page", reference=rec.url or where)
    commitment, outcome, _changed = upsert(session, Commitment, source, rec.number, values,
                                           changer)
    if outcome == "inserted" and "status" not in values:
        commitment.status = "unknown"  # a page without a status says nothing about it
    since = status_since(rec)
    if since is not None and since != commitment.status_since:
        commitment.status_since = since
    if rec.members:  # a page without Kamerleden does not say there are none
        session.flush()
        extra_members = replace_recipients(session, commitment, members(rec.members),
                                           inserted=outcome == "inserted")
    else:
        extra_members = False
    moved = _deadline_history(session, commitment, rec, actor, where)
    extra = merge_details(session, commitment, {
        **detail_values(rec),
        # the registry page it was read from, when the commitment has no page of its own here
        # (read from a rappel page): the link back for readers
        "page_url": where if where.startswith(("http://", "https://")) and not rec.url
        and not commitment.url else None})
    if outcome == "unchanged" and (moved or extra or extra_members):
        outcome = "updated"
    report.count(outcome)
    return commitment


def status_since(rec: EKCommitment):
    """The day the page's Historie says the commitment got the status the page shows (the
    latest such line), or None when it does not say."""
    if not rec.status:
        return None
    current = normalise_status(rec.status)[0]
    days = [h.date for h in rec.history
            if h.date and h.status_to and normalise_status(h.status_to)[0] == current]
    return max(days) if days else None


def _deadline_history(session: Session, commitment: Commitment, rec: EKCommitment,
                      actor: Actor, where: str) -> int:
    """History rows for the deadline moves the page's Historie lists and we do not have."""
    moves = [item for item in rec.history if item.deadline_to]
    if not moves:
        return 0
    rows = session.scalars(select(HistoryEntry).where(
        HistoryEntry.commitment_id == commitment.id, HistoryEntry.field == "due")).all()
    have_pair = Counter((r.old_value, r.new_value) for r in rows)
    have_new = Counter(r.new_value for r in rows)
    wanted: Counter = Counter()
    added = 0
    for item in moves:
        old, new = as_text(item.deadline_from), as_text(item.deadline_to)
        key = (old, new) if old else new
        wanted[key] += 1
        have = have_pair[(old, new)] if old else have_new[new]
        if have >= wanted[key]:
            continue
        at = datetime.combine(item.date, time(), AMSTERDAM) if item.date else None
        record(session, commitment, "due", item.deadline_from, item.deadline_to,
               Actor(actor.kind, actor.name, f"Historie: {item.text}", rec.url or where, at))
        have_pair[(old, new)] += 1
        have_new[new] += 1
        added += 1
    return added


def import_page(session: Session, source: Source, data: bytes, *, where: str,
                actor: Actor, report: SyncReport, url: str | None = None,
                base_url: str | None = None, content_type: str | None = None) -> bool:
    """Import every commitment on one page; False (and an error, nothing stored) when it holds
    none, or one without the labels that make a commitment (``REQUIRED``)."""
    page = parse_page(data, url, content_type, base_url=base_url)
    if page.truncated:
        report.error(log, f"{where}: {page.problems[0]}")
        return False
    if not page.commitments:
        reason = page.problems[0] if page.problems else "no commitments"
        report.error(log, f"{where}: {reason} (not a registry page?)")
        return False
    hollow = [rec for rec in page.commitments if rec.missing]
    if hollow:
        # A layout change on the live site must not silently empty the registry: the page is
        # an error and nothing of it is stored.
        what = "; ".join(f"{rec.number} has no {', '.join(repr(m) for m in rec.missing)}"
                         for rec in hollow[:5])
        more = f" (and {len(hollow) - 5} more)" if len(hollow) > 5 else ""
        report.error(log, f"{where}: page not understood, nothing stored: {what}{more}; "
                          "has the registry's layout changed?")
        return False
    for problem in page.problems:
        report.warning(log, f"{where}: {problem}")
    imported = [import_commitment(session, source, rec, actor, report, where)
                for rec in page.commitments]
    session.flush()
    propose_related(session, [c.id for c in imported])
    return True


def sync_ek(session: Session, fetcher: Fetcher, urls: Iterable[str], *,
            checkpoint: Callable[[], None] | None = None, actor: Actor = SYNC,
            progress: runs.Progress | None = None,
            report: SyncReport | None = None) -> SyncReport:
    """Fetch registry pages (commitment pages or rappel overviews) with conditional GET;
    counts go into ``report`` when given."""
    source = ek_source(session)
    report = report if report is not None else SyncReport("ek")
    urls = list(urls)
    for done, url in enumerate(urls):
        if progress:
            progress("ek", done, len(urls))
        state = stream_state(session, source, runs.stream_name(url))
        runs.begin(state)
        page_report = SyncReport("ek")
        error = None
        unreachable = False
        try:
            fetched = fetcher.get(url, etag=state.etag, last_modified=state.last_modified)
        except FetchError as exc:
            error, unreachable = str(exc), exc.unreachable
            page_report.error(log, error)
        else:
            if fetched.not_modified:
                page_report.not_modified += 1
            elif import_page(session, source, fetched.content, where=url, actor=actor,
                             report=page_report, url=fetched.url or url,
                             content_type=fetched.headers.get("content-type")):
                state.etag = fetched.headers.get("etag")
                state.last_modified = fetched.headers.get("last-modified")
            else:
                error = page_report.messages[-1]
        runs.finish(state, page_report, error, url=url)
        report.add(page_report)
        if checkpoint:
            checkpoint()
        if unreachable:
            break  # the registry's other pages are on the same host: one line says it
    if progress:
        progress("ek", len(urls), len(urls))
    return report


def import_files(session: Session, paths: Iterable[Path], *, base_url: str | None = None,
                 actor: Actor = SYNC, relative_to: Path | None = None,
                 report: SyncReport | None = None) -> SyncReport:
    """Import registry pages saved to files (links resolved against ``base_url``); history
    names each file as given, or relative to ``relative_to``."""
    source = ek_source(session)
    report = report if report is not None else SyncReport("ek")
    for path in map(Path, paths):
        where = str(path.relative_to(relative_to)) if relative_to else str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.error(log, f"{where}: {exc.strerror or exc}")
            continue
        import_page(session, source, data, where=where, report=report, base_url=base_url,
                    actor=actor)
    return report
