"""The notification jobs: decide digests and reminders, deliver the outbox.

Each job opens its own units of work and commits; each is safe to re-run, to run in two
schedulers at once, and to run from the CLI beside the scheduler (``tracker digest send``,
``tracker reminders send``, ``tracker outbox deliver``). ``now`` lets tests and demos move
time; it defaults to the real clock.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..config import Settings
from ..db import session_scope, sessions_for, settled
from ..mail import DeliveryError, Mailer, compose
from ..messages import Composer
from ..models import utcnow
from ..services import digests, outbox
from ..services import subscriptions as subs
from ..services.runs import Progress

log = logging.getLogger(__name__)

BATCH = 200  # subscribers decided per transaction
DELIVERY_BATCH = 50  # messages claimed (and sent over one SMTP connection) at a time


def decide(sessions: sessionmaker[Session], settings: Settings, kind: str,
           now: datetime | None = None, composer: Composer | None = None, *,
           batch: int = BATCH, progress: Progress | None = None) -> dict[str, int]:
    """Queue today's digests (kind ``digest``) or immediate reminders (``reminder``)."""
    now = now or utcnow()
    today = clock.day_of(now)
    rules = digests.rules_from(settings)
    with session_scope(sessions) as session:
        # A database in a process of its own writes one batch while we decide the next.
        pipelined = session.get_bind().dialect.name == "postgresql"
        due = digests.due_subscribers(session, kind, today)
        if kind == "reminder":
            digests.prune_reminders(session, today, rules)
    outcome = digests.Outcome()
    if due.ids:
        with session_scope(sessions) as session:
            snap = digests.snapshot(session, today, rules, since_history=due.since_history,
                                    since_commitment=due.since_commitment,
                                    summaries=due.summaries)
        composer = composer or Composer(settings)
        batches = [due.ids[start:start + batch] for start in range(0, len(due.ids), batch)]
        if pipelined:
            _decide_pipelined(sessions, batches, snap, composer, outcome, kind=kind,
                              rules=rules, now=now, progress=progress)
        else:
            for number, ids in enumerate(batches):
                if progress:
                    progress(f"{kind}s", number * batch, len(due.ids))
                with session_scope(sessions) as session:
                    outcome.add(digests.decide_batch(session, ids, snap, composer, kind=kind,
                                                     rules=rules, now=now))
        if progress:
            progress(f"{kind}s", len(due.ids), len(due.ids))
    counts = {"subscribers": len(due.ids), **asdict(outcome)}
    log.info("%s %s: %s", kind, today, counts)
    return counts


# A country's first digests grow the reminders told (a row a digest) and the outbox many times
# over while PostgreSQL's planner still thinks them small (autovacuum analyses them later): it
# then reads every record to find one batch's. Statistics are refreshed after these many
# batches of a run, and after a run of more than a few.
_ANALYZE_AT = frozenset(4 ** n for n in range(1, 8))
_DECIDE_TABLES = ("subscriptions", "reminders_told", "outbox")


def _decide_pipelined(sessions: sessionmaker[Session], batches: list[list[int]],
                      snap: digests.Snapshot, composer: Composer, outcome: digests.Outcome, *,
                      kind: str, rules: digests.Rules, now: datetime,
                      progress: Progress | None) -> None:
    """The batches of ``decide``, each still one transaction, written and committed in a
    thread of its own while the next is decided: the database server stores a batch (its
    messages are some MB) while this process composes the next, instead of each waiting for
    the other. One batch is written at a time; an error in writing one stops the run there,
    as it would in turn."""

    def write(session: Session, decided: digests.Decided) -> None:
        with settled(session):
            digests.write_batch(session, decided)

    def analyze() -> None:
        with sessions.begin() as session:
            session.execute(text(f"ANALYZE {', '.join(_DECIDE_TABLES)}"))

    total = sum(map(len, batches))
    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="digest-writer") as writer:
        writing: Future[None] | None = None
        for number, ids in enumerate(batches, 1):
            if progress:
                progress(f"{kind}s", done, total)
            session = sessions()
            try:
                decided = digests.decide_only(session, ids, snap, composer, kind=kind,
                                              rules=rules, now=now)
                if writing is not None:
                    writing.result()  # the previous batch is committed (or its error is ours)
            except BaseException:
                session.rollback()
                session.close()
                raise
            outcome.add(decided.outcome)
            writing = writer.submit(write, session, decided)  # the session is the writer's
            done += len(ids)
            if number in _ANALYZE_AT or (number == len(batches) and number >= 4):
                writer.submit(analyze)  # after that batch's commit, while the next is decided
        if writing is not None:
            writing.result()


@dataclass
class Delivery:
    sent: int = 0
    retrying: int = 0
    dead: int = 0
    bounced: int = 0


def deliver(sessions: sessionmaker[Session], settings: Settings, now: datetime | None = None,
            *, batch: int = DELIVERY_BATCH,
            mailer: Callable[[Settings], Mailer] = Mailer,
            progress: Progress | None = None) -> dict[str, int]:
    """Send every due message in the outbox; failures wait with backoff, or die.

    A refused recipient (5xx) marks that message dead and its subscription bounced, and the
    batch goes on. An unreachable server ends the run: the messages claimed wait for their
    next attempt, and nothing is lost.
    """
    now = now or utcnow()
    token = uuid.uuid4().hex
    result = Delivery()
    with session_scope(sessions) as session:
        outbox.release_stale(session)

    def failed(envelope: outbox.Envelope, error: DeliveryError) -> None:
        with session_scope(sessions) as session:
            state = outbox.mark_failed(
                session, envelope.id, str(error), now, permanent=error.permanent,
                retry_seconds=settings.mail_retry_seconds,
                max_attempts=settings.mail_max_attempts)
            if error.bounce and envelope.subscription_id:
                subs.mark_bounced(session, envelope.subscription_id, str(error), now)
                result.bounced += 1
        if state == "dead":
            result.dead += 1
            log.error("outbox message %s to %s is dead: %s", envelope.id, envelope.recipient,
                      error)
        else:
            result.retrying += 1
            log.warning("outbox message %s to %s failed (attempt %s), will retry: %s",
                        envelope.id, envelope.recipient, envelope.attempts, error)

    # The message the server took last, while its mark is not yet committed.
    taken: list[outbox.Envelope] = []
    composed: dict[int, bytes] = {}  # the next message, made while the server reads one

    def mark_taken() -> None:
        if taken:
            envelope = taken.pop()
            with session_scope(sessions) as session:
                outbox.mark_sent(session, envelope.id, now)

    def message_of(envelope: outbox.Envelope, eight_bit: bool) -> bytes:
        return composed.pop(envelope.id, None) or compose(
            sender=settings.mail_from, recipient=envelope.recipient,
            subject=envelope.subject, text=envelope.text, html=envelope.html,
            headers=envelope.headers, date=utcnow(), eight_bit=eight_bit)

    with session_scope(sessions) as session:
        pending = list(outbox.claim(session, now, batch, token))
    try:
        # One SMTP session for the whole run, batches claimed as they are needed. Each
        # message is marked sent in its own commit, made while the server reads the next
        # message and before its final dot: the server never holds two messages whose marks
        # are not committed, so a run that dies resends at most the one it had just handed
        # over (SMTP's own window, see services.outbox), and never one accepted before.
        if pending:
            with mailer(settings) as smtp:
                def before_end() -> None:
                    mark_taken()
                    if len(pending) > 1:
                        composed[pending[1].id] = message_of(pending[1], smtp.eight_bit)

                while pending:
                    envelope = pending[0]
                    message = message_of(envelope, smtp.eight_bit)
                    try:
                        smtp.send(message, envelope.recipient, before_end=before_end)
                    except DeliveryError as error:
                        mark_taken()  # when the error came before the end of the message
                        if error.connection:
                            raise
                        pending.pop(0)
                        failed(envelope, error)
                    else:
                        pending.pop(0)
                        taken.append(envelope)
                        result.sent += 1
                        if progress:
                            progress("delivery", result.sent)
                    if not pending:
                        mark_taken()
                        with session_scope(sessions) as session:
                            pending = list(outbox.claim(session, now, batch, token))
    except DeliveryError as error:
        mark_taken()
        for envelope in pending:
            failed(envelope, error)
    finally:
        mark_taken()  # whatever else ended the run
    counts = asdict(result)
    if any(counts.values()):
        log.info("outbox delivery: %s", counts)
    return counts


def digest_job(settings: Settings) -> dict[str, int]:
    with sessions_for(settings.database_url) as sessions:
        return {**decide(sessions, settings, "digest"), **deliver(sessions, settings)}


def reminder_job(settings: Settings) -> dict[str, int]:
    with sessions_for(settings.database_url) as sessions:
        return {**decide(sessions, settings, "reminder"), **deliver(sessions, settings)}


def delivery_job(settings: Settings) -> dict[str, int]:
    with sessions_for(settings.database_url) as sessions:
        return deliver(sessions, settings)
