"""What the dashboard shows first: what is late, due soon, just fulfilled or awaiting review;
upcoming milestones; open and overdue per ministry and committee; punctuality from history."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from ..clock import AMSTERDAM, day_of
from ..models import OPEN_STATUSES, Commitment, Fulfilment, HistoryEntry, Milestone


@dataclass(frozen=True)
class GroupCount:
    name: str
    open: int
    overdue: int


@dataclass(frozen=True)
class Punctuality:
    """Of the commitments fulfilled with a deadline known at the time: how many on time."""

    name: str | None  # a ministry, or None for all
    fulfilled: int
    on_time: int
    median_days_late: float | None  # over the late ones

    @property
    def share_on_time(self) -> float | None:
        return self.on_time / self.fulfilled if self.fulfilled else None


@dataclass
class Overview:
    today: date
    open_count: int
    overdue_count: int
    due_soon_count: int
    candidate_count: int
    open_commitments: list[Commitment]
    upcoming_milestones: list[Milestone]
    overdue: list[Commitment] = field(default_factory=list)
    due_soon: list[Commitment] = field(default_factory=list)
    recently_fulfilled: list[tuple[Commitment, datetime]] = field(default_factory=list)
    candidates: list[Commitment] = field(default_factory=list)
    proposed_count: int = 0
    per_ministry: list[GroupCount] = field(default_factory=list)
    per_committee: list[GroupCount] = field(default_factory=list)
    punctuality: Punctuality | None = None
    punctuality_by_ministry: list[Punctuality] = field(default_factory=list)


def _open():
    return (Commitment.status.in_(OPEN_STATUSES), Commitment.withdrawn.is_(False),
            Commitment.kind == "commitment")


@dataclass(frozen=True)
class Aggregates:
    """The slow part of the overview: grouped counts and punctuality over everything."""

    per_ministry: list[GroupCount]
    per_committee: list[GroupCount]
    punctuality: Punctuality
    punctuality_by_ministry: list[Punctuality]


def aggregates(session: Session, today: date, groups: int = 12) -> Aggregates:
    overall, by_ministry = punctuality(session)
    return Aggregates(_per_group(session, Commitment.ministry, today, groups),
                      _per_group(session, Commitment.committee, today, groups),
                      overall, by_ministry)


def overview(session: Session, today: date, limit: int = 10, soon_days: int = 30,
             recent_days: int = 30, groups: int = 12,
             precomputed: Aggregates | None = None) -> Overview:
    """The overview; ``precomputed`` aggregates (e.g. from a cache) are used as given."""
    count = select(func.count()).select_from(Commitment)
    soon = (Commitment.due >= today, Commitment.due <= today + timedelta(days=soon_days))
    open_count = session.scalar(count.where(*_open()))
    overdue_count = session.scalar(count.where(*_open(), Commitment.due < today))
    due_soon_count = session.scalar(count.where(*_open(), *soon))
    candidate_count = session.scalar(
        count.where(Commitment.status == "candidate", Commitment.withdrawn.is_(False)))

    def listing(*where, order=(Commitment.due, Commitment.id)):
        return list(session.scalars(
            select(Commitment).where(*where).options(selectinload(Commitment.source))
            .order_by(*order).limit(limit)))

    overdue = listing(*_open(), Commitment.due < today)
    due_soon = listing(*_open(), *soon)
    candidates = listing(Commitment.status == "candidate", Commitment.withdrawn.is_(False),
                         order=(Commitment.created_at.desc(), Commitment.id.desc()))
    proposed = session.scalar(select(func.count()).select_from(Fulfilment)
                              .where(Fulfilment.state == "proposed")) or 0
    milestones = list(session.scalars(
        select(Milestone).where(Milestone.date >= today).order_by(Milestone.date, Milestone.key)
        .limit(8)))
    since = datetime.combine(today - timedelta(days=recent_days), datetime.min.time(), AMSTERDAM)
    fulfilled_rows = session.execute(
        select(Commitment, func.max(HistoryEntry.changed_at))
        .join(HistoryEntry, HistoryEntry.commitment_id == Commitment.id)
        .where(HistoryEntry.field == "status", HistoryEntry.new_value == "fulfilled",
               HistoryEntry.changed_at >= since, Commitment.status == "fulfilled")
        .group_by(Commitment.id)
        .order_by(func.max(HistoryEntry.changed_at).desc()).limit(limit)
    ).all()
    totals = precomputed or aggregates(session, today, groups)
    return Overview(
        today, open_count, overdue_count, due_soon_count, candidate_count,
        open_commitments=overdue + due_soon, upcoming_milestones=milestones,
        overdue=overdue, due_soon=due_soon,
        recently_fulfilled=[(c, at) for c, at in fulfilled_rows], candidates=candidates,
        proposed_count=proposed,
        per_ministry=totals.per_ministry, per_committee=totals.per_committee,
        punctuality=totals.punctuality,
        punctuality_by_ministry=totals.punctuality_by_ministry,
    )


def _per_group(session: Session, column, today: date, limit: int) -> list[GroupCount]:
    overdue = func.sum(case((Commitment.due < today, 1), else_=0))
    rows = session.execute(
        select(column, func.count(), overdue)
        .where(*_open(), column.is_not(None))
        .group_by(column).order_by(func.count().desc(), column).limit(limit))
    return [GroupCount(name, n, int(late or 0)) for name, n, late in rows]


def punctuality(session: Session) -> tuple[Punctuality, list[Punctuality]]:
    """On-time share and median lateness, overall and per ministry, from the history.

    The moment of fulfilment is the last history row that set the status to fulfilled; the
    deadline that counts is the one in force at that moment (a deadline moved later does not
    make a late fulfilment punctual). Commitments fulfilled without such a row (imported as
    fulfilled) or without a deadline at the time are left out.
    """
    fulfilled_at = (
        select(HistoryEntry.commitment_id.label("cid"),
               func.max(HistoryEntry.changed_at).label("at"))
        .where(HistoryEntry.field == "status", HistoryEntry.new_value == "fulfilled")
        .group_by(HistoryEntry.commitment_id).subquery()
    )
    fulfilled = session.execute(
        select(fulfilled_at.c.cid, fulfilled_at.c.at, Commitment.ministry, Commitment.due)
        .join(Commitment, Commitment.id == fulfilled_at.c.cid)
        .where(Commitment.status == "fulfilled")
    ).all()
    # Only deadline moves made after the fulfilment need undoing: the first one's old value
    # is the deadline that was in force.
    later = HistoryEntry.__table__.alias("later")
    moved_after: dict[int, str | None] = {}
    for cid, old in session.execute(
        select(later.c.commitment_id, later.c.old_value)
        .join(fulfilled_at, fulfilled_at.c.cid == later.c.commitment_id)
        .where(later.c.field == "due", later.c.changed_at > fulfilled_at.c.at)
        .order_by(later.c.commitment_id, later.c.changed_at.desc(), later.c.id.desc())
    ):
        moved_after[cid] = old  # the last row written per commitment is the earliest move
    lateness: dict[str | None, list[int]] = defaultdict(list)
    for cid, at, ministry, current_due in fulfilled:
        if cid in moved_after:
            due = date.fromisoformat(moved_after[cid]) if moved_after[cid] else None
        else:
            due = current_due
        if due is None:
            continue
        days = (day_of(at) - due).days
        lateness[None].append(days)
        lateness[ministry or "—"].append(days)

    def summary(name: str | None, days: list[int]) -> Punctuality:
        late = [d for d in days if d > 0]
        return Punctuality(name, len(days), len(days) - len(late),
                           statistics.median(late) if late else None)

    overall = summary(None, lateness.pop(None, []))
    per_ministry = sorted((summary(name, days) for name, days in lateness.items()),
                          key=lambda p: (-p.fulfilled, p.name))
    return overall, per_ministry
