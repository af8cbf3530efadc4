"""The export contract: plain dictionaries other tools rely on (see the README)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import Commitment, Fulfilment, HistoryEntry, Milestone


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


def commitment_record(c: Commitment, history: bool = True) -> dict[str, Any]:
    """The export contract's record; ``history=False`` leaves the history out (API lists)."""
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
    "due_precision", "due_source", "url", "document", "fulfilled_by", "withdrawn",
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
