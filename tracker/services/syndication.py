"""Subscribable views of a filter: an iCalendar of deadlines and milestones, and the changes.

Calendar events are titled to be scanned in a calendar's week view: number, ministry
abbreviation, subject ("TZ202504-057 · BZK · Inzet van kunstmatige intelligentie bij
gemeenten"), with the whole text in the description. Each keeps a stable UID built from the
source's own key (the SyncFeed GUID, the T-number, the milestone's key; for a commitment found in
a document, that document's number), never a database id, so it survives a rebuilt database.
SEQUENCE counts the changes that matter to a calendar (deadline, status, withdrawal), so a
client updates the event when a deadline moves, and STATUS:CANCELLED takes it off when the
commitment is closed. Events are all-day (a deadline is a date, not a time).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .. import wording
from ..models import CLOSED_STATUSES, Commitment, CommitmentDetail, HistoryEntry, Milestone
from .search import CommitmentFilter, commitments_query, conditions

CALENDAR_FIELDS = ("due", "status", "withdrawn")
MILESTONE_FIELDS = ("date",)
# Closed for a calendar: kept, withdrawn or refused commitments are cancelled events.
CANCELLED = (*CLOSED_STATUSES, "rejected")


def _revisions(session: Session, column, ids_query, fields: tuple[str, ...]) -> dict:
    rows = session.execute(
        select(column, func.count(), func.max(HistoryEntry.changed_at))
        .where(column.in_(ids_query), HistoryEntry.field.in_(fields))
        .group_by(column)
    )
    return {subject: (n, at) for subject, n, at in rows}


def _clip(text: str, length: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


@dataclass(frozen=True)
class CalendarLabels:
    """The words the calendar uses, in the subscriber's language."""

    name: str
    commitment: str
    milestone: str
    deadline: str
    ministry: str
    committee: str


def calendar_feed(
    session: Session, f: CommitmentFilter, today: date, *, host: str,
    link: Callable[[str, object], str], labels: CalendarLabels,
    include_milestones: bool, include_commitments: bool = True, english: bool = False,
) -> bytes:
    """The iCalendar (RFC 5545) text of the filter's deadlines and, if asked, the milestones.

    ``link(kind, key)`` gives the public URL of a commitment (kind "commitment", its id) or a
    milestone (kind "milestone", its key).
    """
    cal = Calendar()
    cal.add("prodid", "-//Toezeggingentracker//toezeggingen-tracker//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", labels.name)
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")

    # Withdrawn commitments stay in the feed, cancelled, so subscribers' copies go away.
    f = replace(f, withdrawn=True)
    ids = select(Commitment.id).where(*conditions(session, f, today),
                                      Commitment.due.is_not(None))
    revisions = (_revisions(session, HistoryEntry.commitment_id, ids, CALENDAR_FIELDS)
                 if include_commitments else {})
    titles = registry_titles(session, ids) if include_commitments else {}
    query = (commitments_query(session, f, today).where(Commitment.due.is_not(None))
             .options(selectinload(Commitment.source)))
    rows = session.scalars(query.options(selectinload(Commitment.document))
                           .execution_options(yield_per=1000)) if include_commitments else ()
    for c in rows:
        sequence, changed = revisions.get(c.id, (0, None))
        event = Event()
        event.add("uid", f"toezegging-{commitment_key(c)}@{host}")
        event.add("summary", calendar_title(c, titles.get(c.id)))
        lines = [c.text]
        if c.due_phrase:
            lines.append(f"{labels.deadline}: “{c.due_phrase}”")
        if c.ministry:
            lines.append(f"{labels.ministry}: {c.ministry}")
        if c.committee:
            lines.append(f"{labels.committee}: {c.committee}")
        url = link("commitment", c.id)
        lines.append(url)
        event.add("description", "\n".join(lines))
        event.add("url", url)
        _all_day(event, c.due)
        modified = max(filter(None, (changed, c.updated_at, c.created_at)))
        _stamp(event, sequence, modified)
        cancelled = c.withdrawn or c.status in CANCELLED
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        if c.ministry:
            event.add("categories", [c.ministry])
        cal.add_component(event)

    if include_milestones:
        revisions = _revisions(session, HistoryEntry.milestone_id, select(Milestone.id),
                               MILESTONE_FIELDS)
        for m in session.scalars(select(Milestone).order_by(Milestone.date, Milestone.key)):
            sequence, changed = revisions.get(m.id, (0, None))
            event = Event()
            event.add("uid", f"mijlpaal-{m.key}@{host}")
            title = m.title_en if english else m.title_nl
            language = "en" if english else "nl"
            act = wording.act_short(m.regulation, language) or labels.milestone
            event.add("summary", f"{act} · {_clip(title)}")
            url = link("milestone", m.key)
            event.add("description", "\n".join((
                title, f"{wording.legal(m.regulation, language)}, "
                f"{wording.legal(m.basis, language)}", url)))
            event.add("url", url)
            _all_day(event, m.date)
            _stamp(event, sequence, max(filter(None, (changed, m.updated_at, m.created_at))))
            event.add("status", "CONFIRMED")
            cal.add_component(event)
    return cal.to_ical()


def calendar_title(c: Commitment, registry_title: str | None = None) -> str:
    """Number, ministry abbreviation and subject (the registry's own short title where it has
    one, else what the text is about): what a calendar's week view can show."""
    return " · ".join(part for part in (
        c.number, wording.ministry_short(c.ministry) if c.ministry else None,
        _clip(registry_title, 70) if registry_title else wording.subject(c.text)) if part)


def registry_titles(session: Session, ids) -> dict[int, str]:
    """The short titles a registry gives its commitments (the Eerste Kamer's), by id."""
    return {cid: data["title"] for cid, data in session.execute(
        select(CommitmentDetail.commitment_id, CommitmentDetail.data)
        .where(CommitmentDetail.commitment_id.in_(ids)))
        if isinstance(data, dict) and isinstance(data.get("title"), str) and data["title"]}


_UNSAFE = re.compile(r"[^A-Za-z0-9._:~-]+")


def commitment_key(c: Commitment) -> str:
    """A commitment's lasting name in feeds and calendars: its source and the source's own key
    for it. A candidate found in a document is keyed by that document's database id; it is
    named by the document's number instead (the sentence's digest stays)."""
    key = c.external_id
    prefix = f"doc-{c.document_id}:"
    if c.document is not None and key.startswith(prefix):
        d = c.document
        key = f"{d.identifier or d.number or d.external_id}:{key[len(prefix):]}"
    return _UNSAFE.sub("-", f"{c.source.key}-{key}").strip("-")


def _all_day(event: Event, day: date) -> None:
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy


def _stamp(event: Event, sequence: int, modified: datetime) -> None:
    modified = modified.astimezone(UTC).replace(microsecond=0)
    event.add("sequence", sequence)
    event.add("last-modified", modified)
    event.add("dtstamp", modified)


def change_key(h: HistoryEntry) -> str:
    """A history row's lasting name in the feed (not its database id): what changed, when,
    from what to what."""
    what = "\x1f".join((h.field, h.old_value or "", h.new_value or "", h.actor_kind,
                        h.changed_at.isoformat()))
    return f"{h.field}/{hashlib.sha1(what.encode('utf-8')).hexdigest()[:16]}"


@dataclass(frozen=True)
class Change:
    """One history row with what it belongs to, for the Atom feed."""

    entry: HistoryEntry
    commitment: Commitment | None
    milestone: Milestone | None
    title: str | None = None  # the commitment's short title in its registry, if any


def recent_changes(session: Session, f: CommitmentFilter, today: date, *,
                   include_milestones: bool, limit: int = 50) -> list[Change]:
    """The latest history rows of the filter's commitments (and milestones), newest first."""
    ids = select(Commitment.id).where(*conditions(session, replace(f, withdrawn=True), today))
    subject = HistoryEntry.commitment_id.in_(ids)
    if include_milestones:
        subject = subject | HistoryEntry.milestone_id.is_not(None)
    entries = list(session.scalars(
        select(HistoryEntry).where(subject)
        .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id.desc()).limit(limit)))
    commitment_ids = {e.commitment_id for e in entries if e.commitment_id}
    milestone_ids = {e.milestone_id for e in entries if e.milestone_id}
    commitments = {c.id: c for c in session.scalars(
        select(Commitment).where(Commitment.id.in_(commitment_ids))
        .options(selectinload(Commitment.source), selectinload(Commitment.document)))
    } if commitment_ids else {}
    milestones = {m.id: m for m in session.scalars(
        select(Milestone).where(Milestone.id.in_(milestone_ids)))} if milestone_ids else {}
    titles = registry_titles(session, commitment_ids) if commitment_ids else {}
    return [Change(e, commitments.get(e.commitment_id), milestones.get(e.milestone_id),
                   titles.get(e.commitment_id)) for e in entries]
