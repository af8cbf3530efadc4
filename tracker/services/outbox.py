"""The outbox: messages waiting to be sent, being sent, sent, or dead.

Claiming is what makes delivery exactly-once when several delivery runs overlap (two
schedulers by mistake, the CLI beside the scheduler):

- PostgreSQL: ``SELECT … FOR UPDATE SKIP LOCKED`` picks due rows no other run holds, and
  they are marked ``sending`` with this run's token before that transaction commits.
- SQLite has one writer at a time: a single conditional ``UPDATE … WHERE state = 'queued'``
  claims the rows, and a second run waits for the lock and then finds them taken.

A run that dies between the SMTP server's "250 OK" and the commit of ``sent`` leaves the row
``sending``; after ``LEASE`` it is queued again and may arrive twice, with the same Message-ID
(that is the one window SMTP leaves; it is logged). The delivery run commits that mark while
the server reads the next message, before that one's final dot, so the window never holds
more than the one message the server took last. The admin page can use ``list_messages``,
``state_counts`` and ``retry``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from ..models import OutboxMessage, Subscription, utcnow
from .bulk import insert_rows

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=30)
MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class Envelope:
    """A claimed message, as plain data for the delivery run (no session needed to send)."""

    id: int
    subscription_id: int | None
    kind: str
    recipient: str
    subject: str
    text: str
    html: str | None
    headers: dict[str, Any]
    attempts: int


def exists(session: Session, subscription_id: int, kind: str, period: str) -> bool:
    return session.scalar(select(OutboxMessage.id).where(
        OutboxMessage.subscription_id == subscription_id, OutboxMessage.kind == kind,
        OutboxMessage.period == period,
    )) is not None


def enqueue(session: Session, subscription: Subscription, kind: str, period: str, draft,
            now: datetime | None = None, *, check: bool = True,
            flush: bool = True) -> OutboxMessage | None:
    """Queue a message unless this subscription already has one of this kind and period.

    ``check=False`` when the caller holds the subscription's lock and has decided the period
    (the unique key still guards); ``flush=False`` leaves the insert for the caller's flush.
    """
    if check and subscription.id is not None and exists(session, subscription.id, kind, period):
        return None
    now = now or utcnow()
    message = OutboxMessage(
        subscription_id=subscription.id, recipient=subscription.email, kind=kind, period=period,
        subject=draft.subject, body_text=draft.text, body_html=draft.html,
        headers=dict(draft.headers), state="queued", attempts=0, next_attempt_at=now,
        created_at=now,
    )
    session.add(message)
    if flush:
        session.flush()
    return message


def enqueue_many(session: Session, kind: str,
                 messages: Sequence[tuple[Subscription, str, Any]],
                 now: datetime) -> dict[int, int]:
    """Queue (subscription, period, draft) messages in one statement: a digest run's batch,
    whose subscriptions the caller holds locked with their periods decided (the unique key
    still guards). The message id of each subscription."""
    if not messages:
        return {}
    columns = ("subscription_id", "recipient", "kind", "period", "subject", "body_text",
               "body_html", "headers", "state", "attempts", "next_attempt_at", "created_at")
    rows = [(sub.id, sub.email, kind, period, draft.subject, draft.text, draft.html,
             dict(draft.headers), "queued", 0, now, now) for sub, period, draft in messages]
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # The ids taken from the sequence first: no query afterwards to learn them.
        taken = list(connection.execute(
            text("SELECT nextval(pg_get_serial_sequence('outbox', 'id')) "
                 "FROM generate_series(1, :n)"), {"n": len(rows)}).scalars())
        insert_rows(connection, OutboxMessage.__table__, ("id", *columns),
                    [(mid, *row) for mid, row in zip(taken, rows, strict=True)], large=True)
        return {sub.id: mid for (sub, _period, _draft), mid in zip(messages, taken,
                                                                    strict=True)}
    insert_rows(connection, OutboxMessage.__table__, columns, rows, large=True)
    ids: dict[int, int] = {}
    by_period: dict[str, list[int]] = {}
    for sub, period, _draft in messages:
        by_period.setdefault(period, []).append(sub.id)
    for period, subscription_ids in by_period.items():
        ids.update((sid, mid) for mid, sid in session.execute(
            select(OutboxMessage.id, OutboxMessage.subscription_id).where(
                OutboxMessage.subscription_id.in_(subscription_ids),
                OutboxMessage.kind == kind, OutboxMessage.period == period)))
    return ids


def release_stale(session: Session) -> int:
    """Queue again what a dead delivery run left ``sending`` for longer than LEASE.

    Claims are timed by the real clock, not by a run's ``now``, so a run that moves time
    (``--now``) cannot take another run's fresh claim for a stale one.
    """
    stale = list(session.scalars(select(OutboxMessage.id).where(
        OutboxMessage.state == "sending", OutboxMessage.claimed_at < utcnow() - LEASE)))
    if stale:
        log.warning("outbox: messages %s were claimed more than %s ago and never marked; "
                    "queued again (they may arrive twice, with the same Message-ID)",
                    stale, LEASE)
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(stale),
                                        OutboxMessage.state == "sending")
            .values(state="queued", claim_token=None, claimed_at=None),
            execution_options={"synchronize_session": False},
        )
    return len(stale)


def claim(session: Session, now: datetime, limit: int, token: str) -> list[Envelope]:
    """Claim up to ``limit`` due messages for this run (see the module's note on locking).

    Digests and reminders whose subscriber has left since they were queued are cancelled
    instead of returned.
    """
    due = (OutboxMessage.state == "queued", OutboxMessage.next_attempt_at <= now)
    order = (OutboxMessage.next_attempt_at, OutboxMessage.id)
    values = {"state": "sending", "claim_token": token, "claimed_at": utcnow(),
              "attempts": OutboxMessage.attempts + 1}
    if session.get_bind().dialect.name == "postgresql":
        ids = list(session.scalars(
            select(OutboxMessage.id).where(*due).order_by(*order).limit(limit)
            .with_for_update(skip_locked=True)))
        if not ids:
            return []
        session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(ids)).values(**values),
                        execution_options={"synchronize_session": False})
    else:
        chosen = select(OutboxMessage.id).where(*due).order_by(*order).limit(limit)
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(chosen.scalar_subquery()),
                   OutboxMessage.state == "queued")
            .values(**values),
            execution_options={"synchronize_session": False},
        )
    rows = session.execute(
        select(OutboxMessage, Subscription.status)
        .outerjoin(Subscription, Subscription.id == OutboxMessage.subscription_id)
        .where(OutboxMessage.claim_token == token, OutboxMessage.state == "sending")
        .order_by(OutboxMessage.id)
    ).all()
    claimed = []
    for message, status in rows:
        if message.kind in ("digest", "reminder") and status != "active":
            message.state = "cancelled"
            message.last_error = f"subscription {status or 'removed'}"
            continue
        claimed.append(Envelope(message.id, message.subscription_id, message.kind,
                                message.recipient, message.subject, message.body_text,
                                message.body_html, dict(message.headers), message.attempts))
    session.flush()
    return claimed


def mark_sent(session: Session, message_id: int, now: datetime) -> None:
    """Once per message, right after the server took it: a plain UPDATE (no ORM state).

    On PostgreSQL this transaction's commit does not wait for the disk (``synchronous_commit
    off``, for it alone): the mark is safe from a crash of the delivery run the moment it is
    committed, as it is on SQLite in WAL mode; only a crash of the database server's machine
    in the next fraction of a second could lose it, and the message would go again. Waiting
    for the disk per message held delivery to the disk's pace.
    """
    table = OutboxMessage.__table__
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
    connection.execute(
        update(table).where(table.c.id == message_id)
        .values(state="sent", sent_at=now, claim_token=None, last_error=None))


def backoff(attempts: int, retry_seconds: int) -> timedelta:
    """1, 2, 4, 8 … times the base delay after the 1st, 2nd, 3rd … failed attempt."""
    seconds = retry_seconds * 2 ** max(0, attempts - 1)
    return min(timedelta(seconds=seconds), MAX_BACKOFF)


def mark_failed(session: Session, message_id: int, error: str, now: datetime, *,
                permanent: bool, retry_seconds: int, max_attempts: int) -> str:
    """Record a failed attempt: queued again later, or dead. Returns the new state."""
    message = session.get(OutboxMessage, message_id)
    dead = permanent or message.attempts >= max_attempts
    message.state = "dead" if dead else "queued"
    message.last_error = error[:2000]
    message.claim_token = None
    message.claimed_at = None
    if not dead:
        message.next_attempt_at = now + backoff(message.attempts, retry_seconds)
    session.flush()
    return message.state


def list_messages(session: Session, state: str | None = None,
                  limit: int = 100) -> list[OutboxMessage]:
    """The newest messages, optionally in one state (``dead`` for the admin's attention)."""
    query = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
    if state:
        query = query.where(OutboxMessage.state == state)
    return list(session.scalars(query))


def state_counts(session: Session) -> dict[str, int]:
    return dict(session.execute(
        select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)).all())


class NotRetryable(ValueError):
    """A message that cannot be queued again; ``code`` is ``missing`` or ``not_dead``."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def retry(session: Session, message_id: int, now: datetime | None = None) -> OutboxMessage:
    """Queue a dead (or cancelled) message again, with a fresh count of attempts."""
    message = session.get(OutboxMessage, message_id)
    if message is None:
        raise NotRetryable(f"no message {message_id}", "missing")
    if message.state not in ("dead", "cancelled"):
        raise NotRetryable(f"message {message_id} is {message.state}, not dead", "not_dead")
    message.state = "queued"
    message.attempts = 0
    message.next_attempt_at = now or utcnow()
    message.last_error = None
    session.flush()
    return message
