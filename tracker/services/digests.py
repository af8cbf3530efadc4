"""Deciding what each subscriber is sent: reading the state once, deciding per subscriber.

A run reads a ``Snapshot`` (the subjects, the history rows and the new commitments since the
oldest cursor among the subscribers due), then decides subscribers in batches. Each batch is
one transaction that locks its subscriptions, writes the outbox messages, the reminders told
and the subscribers' advanced cursors together: the decision and its record cannot part.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, Text, cast, func, or_, select, update
from sqlalchemy.orm import Session

from ..config import Settings
from ..digest import (
    Catalogue,
    Change,
    Filters,
    Rules,
    Subject,
    digest_due,
    lookahead,
    period,
    select_digest,
    summarise,
    summary_due,
)
from ..lifecycle import open_clauses
from ..models import (
    Commitment,
    HistoryEntry,
    Milestone,
    OutboxMessage,
    RemindersTold,
    Source,
    Subscription,
)
from . import outbox
from .bulk import insert_rows

log = logging.getLogger(__name__)

# The history fields a digest reports on.
REPORTED_FIELDS = ("status", "due", "fulfilled_by", "withdrawn", "date")


def rules_from(settings: Settings) -> Rules:
    return Rules(before=settings.reminder_offsets, overdue_weeks=settings.reminder_overdue_weeks)


def commitment_path(commitment_id: int) -> str:
    return f"/toezeggingen/{commitment_id}"


def milestone_path(key: str) -> str:
    return f"/mijlpalen/{key}"


@dataclass
class Snapshot:
    today: date
    catalogue: Catalogue
    changes: list[Change] = field(default_factory=list)  # ordered by id
    new: list[tuple[int, str]] = field(default_factory=list)  # (commitment id, key), by id
    max_history_id: int = 0
    max_commitment_id: int = 0
    # Every open promise, for the summaries of first and monthly digests (None: none due).
    standing: Catalogue | None = None

    def __post_init__(self) -> None:
        self._change_ids = [c.id for c in self.changes]
        self._new_ids = [cid for cid, _ in self.new]
        # Summaries by what they follow from (a digest's signature and the occasion):
        # subscribers with the same digest share theirs.
        self.summaries: dict[Any, Any] = {}

    def changes_after(self, history_id: int) -> Sequence[Change]:
        return self.changes[bisect.bisect_right(self._change_ids, history_id):]

    def new_after(self, commitment_id: int) -> list[str]:
        return [key for _, key in self.new[bisect.bisect_right(self._new_ids, commitment_id):]]


_COMMITMENT_COLUMNS = (
    Commitment.id, Commitment.number, Commitment.text, Commitment.due, Commitment.committee,
    Commitment.ministry, Commitment.chamber, Commitment.status, Commitment.kind,
    Commitment.withdrawn, Source.key,
)


def _commitment_subject(row) -> Subject:
    (cid, number, text, due, committee, ministry, chamber, status, kind, withdrawn,
     source) = row
    return Subject(key=f"c:{cid}", type="commitment", id=cid, title=text,
                   path=commitment_path(cid), due=due, number=number, committee=committee,
                   ministry=ministry, chamber=chamber, source=source, status=status, kind=kind,
                   withdrawn=withdrawn)


def _milestone_subject(m: Milestone) -> Subject:
    return Subject(key=f"m:{m.key}", type="milestone", id=m.id, title=m.title_nl,
                   title_en=m.title_en, path=milestone_path(m.key), due=m.date, basis=m.basis,
                   regulation=m.amended_by if m.original_date is None and m.amended_by
                   else m.regulation)


def _chunks(values: Sequence, size: int) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def standing_catalogue(session: Session) -> Catalogue:
    """Every open promise (``tracker.lifecycle``), whatever its deadline: what a summary
    counts."""
    return Catalogue(_commitment_subject(row) for row in session.execute(
        select(*_COMMITMENT_COLUMNS).join(Source, Source.id == Commitment.source_id)
        .where(*open_clauses(Commitment))))


def snapshot(session: Session, today: date, rules: Rules, *, since_history: int,
             since_commitment: int, summaries: bool = False) -> Snapshot:
    """What the subscribers due may be told: subjects in a reminder window, and the news;
    with ``summaries``, every open promise too."""
    max_history = session.scalar(select(func.max(HistoryEntry.id))) or 0
    max_commitment = session.scalar(select(func.max(Commitment.id))) or 0
    # Wide enough for every stage: the earliest reminder, a weekly digest's look-ahead, and
    # the last overdue reminder.
    first = today - timedelta(days=(rules.overdue_weeks + 1) * rules.overdue_every)
    last = today + timedelta(days=max(rules.before) + 7)

    history = session.execute(
        select(HistoryEntry.id, HistoryEntry.commitment_id, HistoryEntry.milestone_id,
               HistoryEntry.field, HistoryEntry.old_value, HistoryEntry.new_value)
        .outerjoin(Commitment, Commitment.id == HistoryEntry.commitment_id)
        .where(HistoryEntry.id > since_history, HistoryEntry.id <= max_history,
               HistoryEntry.field.in_(REPORTED_FIELDS),
               # A source's own record of earlier moves (an Eerste Kamer page's "Historie",
               # imported with the commitment) is history, not news.
               or_(HistoryEntry.commitment_id.is_(None),
                   HistoryEntry.changed_at >= Commitment.created_at))
        .order_by(HistoryEntry.id)
    ).all()
    new_ids = list(session.scalars(
        select(Commitment.id).where(Commitment.id > since_commitment,
                                    Commitment.id <= max_commitment).order_by(Commitment.id)))

    subjects: dict[str, Subject] = {}
    for row in session.execute(
        select(*_COMMITMENT_COLUMNS).join(Source, Source.id == Commitment.source_id).where(
            *open_clauses(Commitment), Commitment.due.between(first, last))
    ):
        subject = _commitment_subject(row)
        subjects[subject.key] = subject
    wanted = {cid for _, cid, _, _, _, _ in history if cid} | set(new_ids)
    missing = sorted(cid for cid in wanted if f"c:{cid}" not in subjects)
    for chunk in _chunks(missing, 500):
        for row in session.execute(
            select(*_COMMITMENT_COLUMNS).join(Source, Source.id == Commitment.source_id)
            .where(Commitment.id.in_(chunk))
        ):
            subject = _commitment_subject(row)
            subjects[subject.key] = subject
    milestone_ids = {mid for _, _, mid, _, _, _ in history if mid}
    milestones = session.scalars(select(Milestone).where(or_(
        Milestone.date.between(first, last), Milestone.id.in_(milestone_ids or [-1]))))
    keys_by_id = {}
    for milestone in milestones:
        subject = _milestone_subject(milestone)
        subjects[subject.key] = subject
        keys_by_id[milestone.id] = subject.key

    changes = [
        Change(hid, f"c:{cid}" if cid else keys_by_id[mid], field_, old, new)
        for hid, cid, mid, field_, old, new in history
    ]
    return Snapshot(today, Catalogue(subjects.values()), changes,
                    [(cid, f"c:{cid}") for cid in new_ids], max_history, max_commitment,
                    standing_catalogue(session) if summaries else None)


@dataclass(frozen=True)
class Due:
    """The subscribers a run must decide, and the oldest news cursors among them."""

    ids: list[int]
    since_history: int
    since_commitment: int
    summaries: bool = False  # some digest opens with a summary (first, or the month's first)


def due_subscribers(session: Session, kind: str, today: date) -> Due:
    """Active subscribers whose digest (or, for ``reminder``, immediate reminders) for today's
    period is not decided yet."""
    rows = session.execute(
        select(Subscription.id, Subscription.frequency, Subscription.weekday,
               Subscription.last_digest_period, Subscription.seen_history_id,
               Subscription.seen_commitment_id)
        .where(Subscription.status == "active").order_by(Subscription.id)
    ).all()
    if kind == "reminder":
        done = set(session.scalars(select(OutboxMessage.subscription_id).where(
            OutboxMessage.kind == "reminder", OutboxMessage.period == today.isoformat())))
        rows = [r for r in rows if r.frequency == "immediate" and r.id not in done]
    else:
        rows = [r for r in rows if digest_due(r.frequency, r.weekday, r.last_digest_period,
                                              today)]
    return Due([r.id for r in rows], min((r.seen_history_id for r in rows), default=0),
               min((r.seen_commitment_id for r in rows), default=0),
               kind == "digest" and any(summary_due(r.last_digest_period, today, r.weekday)
                                        for r in rows))


# What a run reads of a subscription: rows (``row.email`` as on the model), not ORM objects,
# which cost more to load, track and flush than the deciding of most digests.
# The filters come as their JSON text: most subscribers share theirs with others
# (``filters_of``).
_SUBSCRIBER_COLUMNS = (
    Subscription.id, Subscription.email,
    cast(Subscription.filters, Text).label("filters_json"), Subscription.frequency,
    Subscription.weekday, Subscription.language, Subscription.token_version,
    Subscription.last_digest_period, Subscription.seen_history_id,
    Subscription.seen_commitment_id,
)


@functools.lru_cache(maxsize=4096)
def filters_of(text: str) -> Filters:
    """A subscription's filters from the JSON text stored: read once per distinct text."""
    return Filters.from_json(json.loads(text))


def lock_subscribers(session: Session, ids: Sequence[int]) -> list[Row]:
    """The batch's active subscriptions (their ``_SUBSCRIBER_COLUMNS``), locked for this
    transaction.

    PostgreSQL: rows another run holds are skipped (that run decides them). SQLite: taking
    the write lock first serialises whole batches between processes.
    """
    query = (select(*_SUBSCRIBER_COLUMNS)
             .where(Subscription.id.in_(ids), Subscription.status == "active")
             .order_by(Subscription.id))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=Subscription)
    else:
        session.execute(update(Subscription).where(Subscription.id.in_(ids))
                        .values(updated_at=Subscription.updated_at),
                        execution_options={"synchronize_session": False})
    return list(session.execute(query))


def told_before(session: Session, ids: Sequence[int], since: date
                ) -> dict[int, frozenset[tuple[str, date, str]]]:
    """The stages each subscriber was told, at least those of deadlines from ``since`` on (a
    record holding one of them brings its older ones too: they can no longer be reached).
    Subscribers whose records say the same share one set (a digest's plan then finds where
    its stages stand once for all of them)."""
    records: dict[int, list[str]] = {i: [] for i in ids}
    for sid, lines in session.execute(
        select(RemindersTold.subscription_id, RemindersTold.stages)
        .where(RemindersTold.subscription_id.in_(ids), RemindersTold.last_due >= since)
    ):
        records[sid].append(lines)
    shared: dict[tuple[str, ...], frozenset[tuple[str, date, str]]] = {}
    told: dict[int, frozenset[tuple[str, date, str]]] = {}
    for sid, texts in records.items():
        if len(texts) == 1:
            told[sid] = _record_stages(texts[0])
            continue
        key = tuple(sorted(texts))
        found = shared.get(key)
        if found is None:
            found = shared[key] = frozenset().union(*map(_record_stages, key))
        told[sid] = found
    return told


# A record's lines read back as (subject, due, stage): subscribers told the same have the
# same record, read once in a run (and its set shared), and most of a day's lines recur
# among the records.
@functools.lru_cache(maxsize=4096)
def _record_stages(text: str) -> frozenset[tuple[str, date, str]]:
    return frozenset(map(_stage_line, text.split("\n")))


@functools.lru_cache(maxsize=65536)
def _stage_line(line: str) -> tuple[str, date, str]:
    subject, due, stage = line.rsplit("\t", 2)
    return subject, date.fromisoformat(due), stage


def told_record(told: Sequence[tuple[str, date, str]]) -> tuple[date, str]:
    """(the latest deadline, the lines) that store the stages one message told."""
    return _told_record(tuple(told))


# Subscribers told the same stages (most of a set of filters) share their record's lines.
@functools.lru_cache(maxsize=4096)
def _told_record(told: tuple[tuple[str, date, str], ...]) -> tuple[date, str]:
    lines = "\n".join([f"{subject}\t{due.isoformat()}\t{stage}"
                       for subject, due, stage in told])
    if lines.count("\n") != len(told) - 1 or lines.count("\t") != 2 * len(told):
        raise ValueError(f"a subject key with a tab or line break among {told!r}")
    return max(due for _, due, _ in told), lines


@dataclass
class Outcome:
    queued: int = 0
    nothing: int = 0
    skipped: int = 0
    failed: int = 0

    def add(self, other: Outcome) -> None:
        for name in ("queued", "nothing", "skipped", "failed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Decided:
    """A batch decided and not yet written: what ``write_batch`` puts in the outbox."""

    kind: str
    now: datetime
    outcome: Outcome
    # (subscription row, period, draft, the reminder stages it tells)
    queued: list[tuple[Row, str, Any, Any]] = field(default_factory=list)
    # The subscriptions' new periods and cursors: (id, period, history id, commitment id)
    advanced: list[tuple[int, str, int, int]] = field(default_factory=list)


def decide_batch(session: Session, ids: Sequence[int], snap: Snapshot, composer, *,
                 kind: str, rules: Rules, now: datetime) -> Outcome:
    """Decide one batch of subscribers: queue their messages, record what they were told.

    A subscriber whose message cannot be composed is logged and left for the next run; the
    others go on.
    """
    decided = decide_only(session, ids, snap, composer, kind=kind, rules=rules, now=now)
    write_batch(session, decided)
    return decided.outcome


def decide_only(session: Session, ids: Sequence[int], snap: Snapshot, composer, *,
                kind: str, rules: Rules, now: datetime) -> Decided:
    """``decide_batch`` up to the writing: the batch's subscriptions are locked in
    ``session``, their new cursors decided and their messages composed. ``write_batch`` in
    the same session (in another thread if need be) finishes it."""
    result = Outcome()
    today = snap.today
    subscriptions = lock_subscribers(session, ids)
    result.skipped += len(ids) - len(subscriptions)
    since = today - timedelta(days=(rules.overdue_weeks + 2) * rules.overdue_every)
    told = told_before(session, [s.id for s in subscriptions], since)
    reminded = set() if kind == "digest" else set(session.scalars(
        select(OutboxMessage.subscription_id).where(
            OutboxMessage.kind == kind, OutboxMessage.period == today.isoformat(),
            OutboxMessage.subscription_id.in_([s.id for s in subscriptions]))))
    queued = []
    advanced = []
    for sub in subscriptions:
        if kind == "digest":
            if not digest_due(sub.frequency, sub.weekday, sub.last_digest_period, today):
                result.skipped += 1
                continue
            key = period(sub.frequency, today)
        else:
            key = today.isoformat()
            if sub.frequency != "immediate" or sub.id in reminded:
                result.skipped += 1
                continue
        try:
            filters = filters_of(sub.filters_json)
            if kind == "digest":
                digest = select_digest(
                    filters, snap.catalogue, today=today, rules=rules,
                    lookahead=lookahead(sub.frequency), told=told[sub.id],
                    reminders=sub.frequency != "immediate",
                    changes=snap.changes_after(sub.seen_history_id),
                    new=snap.new_after(sub.seen_commitment_id),
                    news_key=(sub.seen_history_id, sub.seen_commitment_id))
                occasion = summary_due(sub.last_digest_period, today, sub.weekday)
                if occasion and snap.standing is not None:
                    shared = (None if digest.signature is None
                              else (digest.signature, occasion))
                    if shared is None or shared not in snap.summaries:
                        shown = {i.subject.key for items in digest.sections.values()
                                 for i in items}
                        made = summarise(filters, snap.standing, today, occasion, shown=shown)
                        if shared is None:
                            digest.summary = made
                        else:
                            snap.summaries[shared] = made
                    if shared is not None:
                        digest.summary = snap.summaries[shared]
                    if digest.summary is not None and digest.signature is not None:
                        # the summary follows from the filters, the day and the sections
                        digest.signature = (*digest.signature, ("summary", occasion))
            else:
                digest = select_digest(filters, snap.catalogue, today=today, rules=rules,
                                      told=told[sub.id])
            draft = composer.digest(sub, digest, kind=kind, today=today) if digest else None
        except Exception:
            log.exception("%s for subscription %s could not be composed; left for the next run",
                          kind, sub.id)
            result.failed += 1
            continue
        if kind == "digest":
            advanced.append((sub.id, key, max(sub.seen_history_id, snap.max_history_id),
                             max(sub.seen_commitment_id, snap.max_commitment_id)))
        if draft is None:
            result.nothing += 1
            continue
        queued.append((sub, key, draft, digest.told))
        result.queued += 1
    return Decided(kind, now, result, queued, advanced)


def write_batch(session: Session, decided: Decided) -> None:
    """Write a decided batch: the subscriptions' new periods and cursors, their messages and
    the reminders they tell."""
    # The subscriptions' new periods and cursors: a batch's subscribers mostly move to the
    # same ones (the period of their frequency, the snapshot's last ids), so one UPDATE for
    # each set of values instead of one per subscriber (updated_at by the column's onupdate).
    together: dict[tuple[str, int, int], list[int]] = {}
    for sid, *values in decided.advanced:
        together.setdefault(tuple(values), []).append(sid)
    for (key, history, commitment), ids in together.items():
        session.execute(update(Subscription).where(Subscription.id.in_(ids)).values(
            last_digest_period=key, seen_history_id=history, seen_commitment_id=commitment),
            execution_options={"synchronize_session": False})
    # Under the subscriptions' locks with their periods just decided, no check is needed; the
    # unique key would still refuse a second row. One statement for the messages, one for
    # what they tell.
    queued, now = decided.queued, decided.now
    ids = outbox.enqueue_many(session, decided.kind,
                              [(sub, key, draft) for sub, key, draft, _ in queued], now)
    insert_rows(session.connection(), RemindersTold.__table__,
                ("subscription_id", "outbox_id", "last_due", "stages", "created_at"),
                [(sub.id, ids[sub.id], *told_record(told_now), now)
                 for sub, _key, _draft, told_now in queued if told_now])


def prune_reminders(session: Session, today: date, rules: Rules) -> int:
    """Forget reminders of deadlines past every stage (they can never be told again)."""
    before = today - timedelta(days=(rules.overdue_weeks + 2) * rules.overdue_every)
    result = session.execute(
        RemindersTold.__table__.delete().where(RemindersTold.last_due < before))
    return result.rowcount or 0
