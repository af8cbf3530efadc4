"""What a clerk changes by hand: reviews, statuses, deadlines, fulfilling documents.

Every change goes through ``services.changes`` with the clerk as the actor, so it is history
like any other, and leaves a row in the audit log.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..models import STATUSES, Commitment, Document, Fulfilment
from .accounts import audit
from .changes import Actor, apply, set_fulfilment


class ReviewError(ValueError):
    """A change a clerk asked for that cannot be made; the message says why."""


def _audit(session: Session, actor: Actor, action: str, commitment: Commitment, ip: str | None,
           **detail) -> None:
    audit(session, actor.name, action, f"commitment:{commitment.id}", detail, ip, actor.reason)


def decide_candidate(session: Session, c: Commitment, accept: bool, actor: Actor,
                     ip: str | None = None) -> list[str]:
    """A candidate found in a document becomes an open commitment, or is rejected."""
    if c.status != "candidate":
        raise ReviewError(f"commitment {c.id} is {c.status}, not a candidate")
    changed = apply(session, c, {"status": "open" if accept else "rejected"}, actor)
    _audit(session, actor, "candidate_confirmed" if accept else "candidate_rejected", c, ip)
    return changed


def change_status(session: Session, c: Commitment, status: str, actor: Actor,
                  ip: str | None = None) -> list[str]:
    if status not in STATUSES:
        raise ReviewError(f"unknown status {status!r}")
    old = c.status
    changed = apply(session, c, {"status": status}, actor)
    if changed:
        _audit(session, actor, "status_changed", c, ip, old=old, new=status)
    return changed


def set_deadline(session: Session, c: Commitment, due: date | None, actor: Actor,
                 ip: str | None = None) -> list[str]:
    """Set or move the deadline by hand; a reason is required, the move becomes history."""
    if not (actor.reason or "").strip():
        raise ReviewError("moving a deadline needs a reason")
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


def link_fulfilment(session: Session, c: Commitment, document: Document, actor: Actor,
                    mark_fulfilled: bool = True, ip: str | None = None) -> bool:
    """Link a fulfilling document (confirmed), and mark the commitment fulfilled if asked."""
    linked = set_fulfilment(session, c, document, actor, state="confirmed")
    if mark_fulfilled:
        apply(session, c, {"status": "fulfilled"}, actor)
    if linked:
        _audit(session, actor, "fulfilment_linked", c, ip, document=document.display_number)
    return linked


def decide_fulfilment(session: Session, c: Commitment, fulfilment_id: int, accept: bool,
                      actor: Actor, ip: str | None = None) -> bool:
    """Confirm or reject a proposed fulfilment; confirming marks the commitment fulfilled."""
    link = session.get(Fulfilment, fulfilment_id)
    if link is None or link.commitment_id != c.id:
        raise ReviewError(f"commitment {c.id} has no proposed fulfilment {fulfilment_id}")
    if link.state != "proposed":
        raise ReviewError(f"that fulfilment is already {link.state}")
    state = "confirmed" if accept else "rejected"
    changed = set_fulfilment(session, c, link.document, actor, state=state)
    if accept:
        apply(session, c, {"status": "fulfilled"}, actor)
    _audit(session, actor, f"fulfilment_{state}", c, ip, document=link.document.display_number)
    return changed
