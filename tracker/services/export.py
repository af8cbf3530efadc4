"""The export contract: plain dictionaries other tools rely on (see the README); and the
office form of the same lists, in words, for people."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import clock
from ..lifecycle import commitment_days_overdue, is_open
from ..messages import translations
from ..models import Commitment, Fulfilment, HistoryEntry, Milestone
from .tabular import Column


def history_record(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "field": entry.field,
        "old": entry.old_value,
        "new": entry.new_value,
        "at": entry.changed_at.isoformat(),
        "by": entry.by,
        "reason": entry.reason,
        "reference": entry.reference,
    }


def commitment_record(c: Commitment, history: bool = True,
                      today: date | None = None) -> dict[str, Any]:
    """The export contract's record; ``history=False`` leaves the history out (API lists).

    ``open``, ``overdue`` and ``days_overdue`` (counted to ``today``, default: today in The
    Hague) follow ``tracker.lifecycle``, as every page does."""
    today = today or clock.today()
    late = commitment_days_overdue(c, today)
    record = {
        "source": c.source.key,
        "external_id": c.external_id,
        "number": c.number,
        "kind": c.kind,
        "text": c.text,
        "actor": c.actor,
        "ministry": c.ministry,
        "committee": c.committee,
        "chamber": c.chamber,
        "made_on": c.made_on.isoformat() if c.made_on else None,
        "activity": c.activity,
        "status": c.status,
        "status_raw": c.status_raw,
        "due": c.due.isoformat() if c.due else None,
        "due_phrase": c.due_phrase,
        "due_precision": c.due_precision,
        "due_source": c.due_source,
        "url": c.url,
        "document": c.document.display_number if c.document else None,
        "fulfilled_by": [d.display_number for d in c.fulfilled_by],
        "withdrawn": c.withdrawn,
        "open": is_open(c.status, kind=c.kind, withdrawn=c.withdrawn),
        "overdue": late is not None,
        "days_overdue": late,
        "promised_to": [{"name": r.name, "party": r.party} for r in c.recipients],
    }
    if history:
        record["history"] = [history_record(h) for h in c.history]
    return record


def milestone_record(m: Milestone) -> dict[str, Any]:
    return {
        "key": m.key,
        "regulation": m.regulation,
        "date": m.date.isoformat(),
        "original_date": m.original_date.isoformat() if m.original_date else None,
        "amended_by": m.amended_by,
        "basis": m.basis,
        "title_nl": m.title_nl,
        "title_en": m.title_en,
        "note": m.note,
        "history": [history_record(h) for h in m.history],
    }


def iter_commitments(session: Session, batch: int = 1000) -> Iterator[Commitment]:
    """Every commitment with what its record needs, loaded in batches (flat memory)."""
    query = (
        select(Commitment)
        .options(
            selectinload(Commitment.source),
            selectinload(Commitment.document),
            selectinload(Commitment.fulfilments).selectinload(Fulfilment.document),
            selectinload(Commitment.history),
            selectinload(Commitment.recipients),
        )
        .order_by(Commitment.id)
        .execution_options(yield_per=batch)
    )
    yield from session.scalars(query)


def iter_milestones(session: Session) -> Iterator[Milestone]:
    query = select(Milestone).options(selectinload(Milestone.history))
    yield from session.scalars(query.order_by(Milestone.date, Milestone.key))


CSV_COMMITMENT_FIELDS = (
    "source", "external_id", "number", "kind", "text", "actor", "ministry", "committee",
    "chamber", "made_on", "activity", "status", "status_raw", "due", "due_phrase",
    "due_precision", "due_source", "url", "document", "fulfilled_by", "withdrawn", "open",
    "overdue", "days_overdue",
)
CSV_MILESTONE_FIELDS = ("key", "regulation", "date", "original_date", "amended_by", "basis",
                        "title_nl", "title_en", "note")


def flat(record: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """A record for a spreadsheet row: lists joined with '; ', booleans as true/false."""
    row = {}
    for field in fields:
        value = record[field]
        if isinstance(value, list):
            value = "; ".join(value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        row[field] = value
    return row


# --- The office form: what a person opens in Excel (headers and values in words) ------------
# The contract above stays as it is for programs; these columns are for people, in the
# reader's language, and may change with what they need.

def _office_columns(_: Callable[[str], str]) -> tuple[Column, ...]:
    # ``_`` marks each header for Babel; it is the language's gettext when a sheet is made.
    return (
        Column("number", _("Nummer"), 16),
        Column("kind", _("Soort"), 12),
        Column("status", _("Status"), 14),
        Column("text", _("Tekst"), 80),
        Column("actor", _("Bewindspersoon"), 30),
        Column("ministry", _("Ministerie"), 30),
        Column("committee", _("Commissie"), 30),
        Column("chamber", _("Kamer"), 16),
        Column("made_on", _("Gedaan op"), 12),
        Column("activity", _("Debat of activiteit"), 40),
        Column("due", _("Deadline"), 12),
        Column("due_phrase", _("Termijn in de tekst"), 24),
        Column("due_precision", _("Precisie"), 14),
        Column("due_source", _("Herkomst deadline"), 24),
        Column("days_overdue", _("Dagen over de termijn"), 12),
        Column("status_raw", _("Status bij de bron"), 16),
        Column("fulfilled_by", _("Nagekomen met"), 20),
        Column("withdrawn", _("Ingetrokken bij de bron"), 12),
        Column("document", _("Document"), 18),
        Column("source", _("Bron"), 20),
        Column("url", _("Link bij de bron"), 40),
        Column("link", _("Link in de tracker"), 40),
    )


OFFICE_KEYS = tuple(c.key for c in _office_columns(str))


def office_columns(language: str, keys: tuple[str, ...] = OFFICE_KEYS) -> list[Column]:
    """The office export's columns ``keys``, headed in ``language``."""
    by_key = {c.key: c for c in _office_columns(translations(language).gettext)}
    return [by_key[key] for key in keys]


def office_row(c: Commitment, words: dict[str, dict[Any, str]], on: date,
               link: str) -> dict[str, Any]:
    """One commitment in words: statuses, kinds and the like as ``words`` says them (the
    code labels of one language), dates as dates, and how late it is on ``on``."""
    def word(group: str, code: Any) -> Any:
        return words[group].get(code, code) if code is not None else None

    return {
        "number": c.number,
        "kind": word("kind", c.kind),
        "status": word("status", c.status),
        "text": c.text,
        "actor": c.actor,
        "ministry": c.ministry,
        "committee": c.committee,
        "chamber": word("chamber", c.chamber),
        "made_on": c.made_on,
        "activity": c.activity,
        "due": c.due,
        "due_phrase": c.due_phrase,
        "due_precision": word("precision", c.due_precision),
        "due_source": word("due_source", c.due_source),
        "days_overdue": commitment_days_overdue(c, on),
        "status_raw": c.status_raw,
        "fulfilled_by": "; ".join(d.display_number for d in c.fulfilled_by),
        "withdrawn": words["yes_no"][bool(c.withdrawn)],
        "document": c.document.display_number if c.document else None,
        "source": c.source.name,
        "url": c.url,
        "link": link,
    }


def _milestone_columns(_: Callable[[str], str]) -> tuple[Column, ...]:
    return (
        Column("title", _("Titel"), 60),
        Column("date", _("Datum"), 12),
        Column("original_date", _("Oorspronkelijke datum"), 12),
        Column("amended_by", _("Gewijzigd door"), 30),
        Column("regulation", _("Verordening"), 30),
        Column("basis", _("Grondslag"), 30),
        Column("note", _("Toelichting"), 60),
        Column("link", _("Link in de tracker"), 40),
    )


def milestone_columns(language: str) -> list[Column]:
    return list(_milestone_columns(translations(language).gettext))


def milestone_office_row(m: Milestone, language: str, link: str) -> dict[str, Any]:
    return {"title": m.title_en if language == "en" else m.title_nl, "date": m.date,
            "original_date": m.original_date, "amended_by": m.amended_by,
            "regulation": m.regulation, "basis": m.basis, "note": m.note, "link": link}
