"""What a clerk changes by hand: reviews, statuses, deadlines, fulfilling documents.

Every change goes through ``services.changes`` with the clerk as the actor, so it is history
like any other, and leaves a row in the audit log.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..models import STATUSES, Commitment, Document, Fulfilment, HistoryEntry
from .accounts import audit
from .changes import Actor, apply, record, set_fulfilment


class ReviewError(ValueError):
    """A change a clerk asked for that cannot be made; the message says why (in English, for
    logs), ``code`` and ``params`` say it for the web layer to put in the clerk's words."""

    def __init__(self, message: str, code: str = "", **params):
        super().__init__(message)
        self.code = code
        self.params = params


def _audit(session: Session, actor: Actor, action: str, commitment: Commitment, ip: str | None,
           **detail) -> None:
    audit(session, actor.name, action, f"commitment:{commitment.id}", detail, ip, actor.reason)


def decide_candidate(session: Session, c: Commitment, accept: bool, actor: Actor,
                     ip: str | None = None) -> list[str]:
    """A candidate found in a document becomes an open commitment, or is rejected."""
    if c.status != "candidate":
        raise ReviewError(f"commitment {c.id} is {c.status}, not a candidate",
                          "not_candidate", status=c.status)
    changed = apply(session, c, {"status": "open" if accept else "rejected"}, actor)
    _audit(session, actor, "candidate_confirmed" if accept else "candidate_rejected", c, ip)
    return changed


def change_status(session: Session, c: Commitment, status: str, actor: Actor,
                  ip: str | None = None) -> list[str]:
    if status not in STATUSES:
        raise ReviewError(f"unknown status {status!r}", "unknown_status", status=status)
    old = c.status
    changed = apply(session, c, {"status": status}, actor)
    if changed:
        _audit(session, actor, "status_changed", c, ip, old=old, new=status)
    return changed


def set_deadline(session: Session, c: Commitment, due: date | None, actor: Actor,
                 ip: str | None = None) -> list[str]:
    """Set or move the deadline by hand; a reason is required, the move becomes history."""
    if not (actor.reason or "").strip():
        raise ReviewError("moving a deadline needs a reason", "reason_required")
    old = c.due
    values = {"due": due, "due_source": "manual" if due else None,
              "due_precision": "day" if due else "none"}
    changed = apply(session, c, values, actor)
    if changed:
        c.due_rule = "manual"
        _audit(session, actor, "deadline_set", c, ip, old=old and old.isoformat(),
               new=due and due.isoformat())
    return changed


def find_document(session: Session, reference: str) -> Document | None:
    """A document by its TK number, kst- identifier, source key or id (as people cite it)."""
    ref = reference.strip()
    if not ref:
        return None
    if ref.isdigit():
        by_id = session.get(Document, int(ref))
        if by_id is not None:
            return by_id
    return session.scalars(
        select(Document).where(or_(
            func.upper(Document.number) == ref.upper(),
            func.lower(Document.identifier) == ref.lower(),
            Document.external_id == ref,
        )).order_by(Document.id).limit(1)
    ).first()


# What a clerk chooses a fulfilling document to mean: kept, or kept in part.
FULFILMENT_STATUSES = ("fulfilled", "partially_fulfilled")


def _fulfilled_status(status: str) -> str:
    if status not in FULFILMENT_STATUSES:
        raise ReviewError("choose fulfilled or partially fulfilled", "fulfilled_status")
    return status


def link_fulfilment(session: Session, c: Commitment, document: Document, actor: Actor,
                    status: str = "fulfilled", ip: str | None = None) -> bool:
    """Link a fulfilling document (confirmed) and set the status the clerk chose: fulfilled or
    partially fulfilled. The status change names the document, so it can be undone."""
    status = _fulfilled_status(status)
    linked = set_fulfilment(session, c, document, actor, state="confirmed")
    apply(session, c, {"status": status}, actor.because(reference=document.display_number))
    if linked:
        _audit(session, actor, "fulfilment_linked", c, ip, document=document.display_number,
               status=status)
    return linked


def decide_fulfilment(session: Session, c: Commitment, fulfilment_id: int, accept: bool,
                      actor: Actor, status: str | None = None, ip: str | None = None) -> bool:
    """Confirm a proposed fulfilment with the status the clerk chose (fulfilled or partially
    fulfilled), or reject it."""
    link = session.get(Fulfilment, fulfilment_id)
    if link is None or link.commitment_id != c.id:
        raise ReviewError(f"commitment {c.id} has no proposed fulfilment {fulfilment_id}",
                          "no_proposal")
    if link.state != "proposed":
        raise ReviewError(f"that fulfilment is already {link.state}", "decided",
                          state=link.state)
    if accept:
        status = _fulfilled_status(status or "")
    state = "confirmed" if accept else "rejected"
    changed = set_fulfilment(session, c, link.document, actor, state=state)
    if accept:
        apply(session, c, {"status": status},
              actor.because(reference=link.document.display_number))
    _audit(session, actor, f"fulfilment_{state}", c, ip, document=link.document.display_number,
           **({"status": status} if accept else {}))
    return changed


def linked_by_source(session: Session, c: Commitment) -> set[int]:
    """The documents whose confirmed link a source sync made (the Tweede Kamer's
    kamerbriefNakoming): the source says so, a clerk cannot undo it here."""
    if not any(f.state == "confirmed" for f in c.fulfilments):
        return set()  # nothing confirmed: nothing to ask the history about
    numbers = set(session.scalars(
        select(HistoryEntry.new_value).where(
            HistoryEntry.commitment_id == c.id, HistoryEntry.field == "fulfilled_by",
            HistoryEntry.actor_kind.in_(("sync", "load")))))
    return {f.document_id for f in c.fulfilments
            if f.state == "confirmed" and f.document.display_number in numbers}


def undo_fulfilment(session: Session, c: Commitment, fulfilment_id: int, actor: Actor,
                    ip: str | None = None) -> str | None:
    """Undo a confirmed fulfilment, as history: the link goes back to proposed (when it was a
    proposal) or is withdrawn, and the status the confirmation set goes back to what it was
    before, if nothing changed it since. Returns the status restored, if any."""
    link = session.get(Fulfilment, fulfilment_id)
    if link is None or link.commitment_id != c.id or link.state != "confirmed":
        raise ReviewError(f"commitment {c.id} has no confirmed fulfilment {fulfilment_id}",
                          "no_fulfilment")
    number = link.document.display_number
    if link.document_id in linked_by_source(session, c):
        raise ReviewError(f"the source itself names {number} as the fulfilment",
                          "named_by_source", document=number)
    was_proposed = session.scalar(select(HistoryEntry.id).where(
        HistoryEntry.commitment_id == c.id, HistoryEntry.field == "proposed_fulfilment",
        HistoryEntry.new_value == number).limit(1)) is not None
    link.state = "proposed" if was_proposed else "rejected"
    undone = actor.because(actor.reason or "undone", number)
    record(session, c, "fulfilled_by", number, None, undone)
    # The status change the confirmation made: the clerk's, naming this document.
    set_by_it = session.scalar(
        select(HistoryEntry).where(HistoryEntry.commitment_id == c.id,
                                   HistoryEntry.field == "status",
                                   HistoryEntry.actor_kind == "user",
                                   HistoryEntry.reference == number)
        .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id.desc()).limit(1))
    restored = None
    if set_by_it is not None and set_by_it.new_value == c.status and set_by_it.old_value:
        apply(session, c, {"status": set_by_it.old_value}, undone)
        restored = set_by_it.old_value
    _audit(session, actor, "fulfilment_undone", c, ip, document=number, status=restored)
    return restored
