"""Changing tracked records while keeping their history.

Every change to a tracked field of a commitment or milestone goes through ``apply`` (or
``record`` for links), which writes a history row saying what changed, from what to what, when
and by whom. Sources, rules and clerks all use the same path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Commitment, Document, Fulfilment, HistoryEntry, Milestone, Source, utcnow
from ..models.base import fit, fitted

# The fields whose every change is history. Other fields (spans, URLs, timestamps) are
# bookkeeping and change silently.
TRACKED_FIELDS: dict[type, frozenset[str]] = {
    Commitment: frozenset({
        "number", "kind", "text", "actor", "ministry", "committee", "chamber", "made_on",
        "status", "status_raw", "due", "due_phrase", "due_precision", "due_source", "withdrawn",
    }),
    Milestone: frozenset({"date", "original_date", "basis", "title_en", "title_nl",
                          "amended_by"}),
}

Outcome = Literal["inserted", "updated", "unchanged"]
T = TypeVar("T", Commitment, Document)


@dataclass(frozen=True)
class Actor:
    """Who or what makes a change: kind is sync, rule, user, load or extraction."""

    kind: str
    name: str
    reason: str | None = None
    reference: str | None = None  # the act, document or record behind the change
    at: datetime | None = None  # when the change took effect; default: now

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.name}"

    def because(self, reason: str | None = None, reference: str | None = None) -> Actor:
        return Actor(self.kind, self.name, reason or self.reason, reference or self.reference,
                     self.at)


def as_text(value: Any) -> str | None:
    """How a value is written in the history table."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def record(
    session: Session, subject: Commitment | Milestone, field: str, old: Any, new: Any,
    actor: Actor,
) -> HistoryEntry:
    """Write one history row for a subject that is already flushed (has an id)."""
    if subject.id is None:
        session.flush()
    entry = HistoryEntry(
        commitment_id=subject.id if isinstance(subject, Commitment) else None,
        milestone_id=subject.id if isinstance(subject, Milestone) else None,
        field=field,
        old_value=as_text(old),
        new_value=as_text(new),
        changed_at=actor.at or utcnow(),
        actor_kind=actor.kind,
        actor=actor.name,
        reason=actor.reason,
        reference=actor.reference,
    )
    session.add(entry)
    return entry


def apply(session: Session, subject: Any, values: Mapping[str, Any], actor: Actor) -> list[str]:
    """Set the values that differ; record history for tracked fields. Return changed fields."""
    tracked = TRACKED_FIELDS.get(type(subject), frozenset())
    changed = []
    for field, new in values.items():
        new = fit(type(subject), field, new)  # compare what the column can hold
        old = getattr(subject, field)
        if old == new:
            continue
        setattr(subject, field, new)
        changed.append(field)
        if field in tracked and subject.id is not None:
            record(session, subject, field, old, new, actor)
    return changed


def upsert(
    session: Session, model: type[T], source: Source, external_id: str,
    values: Mapping[str, Any], actor: Actor,
) -> tuple[T, Outcome, list[str]]:
    """Find a row by its natural key (source, external_id); insert it or apply the changes."""
    row = session.scalar(
        select(model).where(model.source_id == source.id, model.external_id == external_id)
    )
    if row is None:
        row = model(source=source, external_id=external_id, **fitted(model, values))
        session.add(row)
        session.flush()
        return row, "inserted", list(values)
    changed = apply(session, row, values, actor)
    return row, ("updated" if changed else "unchanged"), changed


def keep_manual_due(session: Session, commitment: Commitment | None, source_due) -> bool:
    """Whether a clerk's deadline (``due_source`` manual) stands against what a source sends.

    It stands while the source repeats the date it gave before the clerk set one (or gives
    none); a source that moves its own date is news, and its date wins (as history).
    """
    if commitment is None or commitment.id is None or commitment.due_source != "manual":
        return False
    if source_due is None:
        return True
    rows = session.scalars(
        select(HistoryEntry).where(HistoryEntry.commitment_id == commitment.id,
                                   HistoryEntry.field == "due").order_by(HistoryEntry.id)
    ).all()
    by_source = [r for r in rows if r.actor_kind != "user"]
    previous = by_source[-1].new_value if by_source else (rows[0].old_value if rows else None)
    return as_text(source_due) == previous


def keep_clerk_status(session: Session, commitment: Commitment | None,
                      source_raw: str | None) -> bool:
    """Whether a clerk's status stands against the status a source sends.

    It stands while the source repeats the raw status it gave when the clerk decided (kept in
    ``status_raw``): a clerk who confirms that a letter fulfilled a promise the registry still
    lists as open is not overruled by the next sync, and the page shows the disagreement. A
    source that changes its own status is news, and its status wins (as history).
    """
    if commitment is None or commitment.id is None:
        return False
    last = session.scalar(
        select(HistoryEntry).where(HistoryEntry.commitment_id == commitment.id,
                                   HistoryEntry.field == "status")
        .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id.desc()).limit(1))
    if last is None or last.actor_kind != "user":
        return False
    return (commitment.status_raw or None) == (source_raw or None)


def set_fulfilment(
    session: Session, commitment: Commitment, document: Document, actor: Actor,
    state: str = "confirmed",
) -> bool:
    """Link a fulfilling document (or propose one); history says so. True when it changed."""
    link = session.scalar(
        select(Fulfilment).where(
            Fulfilment.commitment_id == commitment.id, Fulfilment.document_id == document.id
        )
    )
    old_state = link.state if link else None
    if old_state == state:
        return False
    if link is None:
        link = Fulfilment(commitment=commitment, document=document, state=state)
        session.add(link)
    else:
        link.state = state
    field = {"confirmed": "fulfilled_by", "proposed": "proposed_fulfilment",
             "rejected": "rejected_fulfilment"}[state]
    old = document.display_number if old_state == "confirmed" and state != "confirmed" else None
    record(session, commitment, field, old, document.display_number, actor)
    return True
