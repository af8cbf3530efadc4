"""What the dashboard shows first: what is late, due soon, just fulfilled or awaiting review;
upcoming milestones; open and overdue per ministry and committee; punctuality (see
``services.punctuality``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from ..clock import AMSTERDAM
from ..lifecycle import open_clauses, overdue_clauses
from ..models import Commitment, Fulfilment, HistoryEntry, Milestone
from . import punctuality as pu
from .punctuality import Punctuality


@dataclass(frozen=True)
class GroupCount:
    name: str
    open: int
    overdue: int


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
    # (commitment, when it was recorded as fulfilled, the day it was kept if known)
    recently_fulfilled: list[tuple[Commitment, datetime, date | None]] = field(
        default_factory=list)
    candidates: list[Commitment] = field(default_factory=list)
    proposed_count: int = 0
    per_ministry: list[GroupCount] = field(default_factory=list)
    per_committee: list[GroupCount] = field(default_factory=list)
    punctuality: Punctuality | None = None
    punctuality_by_ministry: list[Punctuality] = field(default_factory=list)
    punctuality_by_committee: list[Punctuality] = field(default_factory=list)
    punctuality_by_half_year: list[Punctuality] = field(default_factory=list)


def _open():
    return open_clauses(Commitment)


@dataclass(frozen=True)
class Aggregates:
    """The slow part of the overview: grouped counts and punctuality over everything."""

    per_ministry: list[GroupCount]
    per_committee: list[GroupCount]
    punctuality: pu.Report


def aggregates(session: Session, today: date, groups: int = 12) -> Aggregates:
    return Aggregates(_per_group(session, Commitment.ministry, today, groups),
                      _per_group(session, Commitment.committee, today, groups),
                      pu.report(session))


def overview(session: Session, today: date, limit: int = 10, soon_days: int = 30,
             recent_days: int = 30, groups: int = 12,
             precomputed: Aggregates | None = None) -> Overview:
    """The overview; ``precomputed`` aggregates (e.g. from a cache) are used as given."""
    count = select(func.count()).select_from(Commitment)
    soon = (Commitment.due >= today, Commitment.due <= today + timedelta(days=soon_days))
    open_count = session.scalar(count.where(*_open()))
    overdue_count = session.scalar(count.where(*overdue_clauses(Commitment, today)))
    due_soon_count = session.scalar(count.where(*_open(), *soon))
    candidate_count = session.scalar(
        count.where(Commitment.status == "candidate", Commitment.withdrawn.is_(False)))

    def listing(*where, order=(Commitment.due, Commitment.id)):
        return list(session.scalars(
            select(Commitment).where(*where).options(selectinload(Commitment.source))
            .order_by(*order).limit(limit)))

    overdue = listing(*overdue_clauses(Commitment, today))
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
    kept_on = {k.commitment_id: k.fulfilled_on
               for k in pu.kept_promises(session, [c.id for c, _at in fulfilled_rows])}
    totals = precomputed or aggregates(session, today, groups)
    return Overview(
        today, open_count, overdue_count, due_soon_count, candidate_count,
        open_commitments=overdue + due_soon, upcoming_milestones=milestones,
        overdue=overdue, due_soon=due_soon,
        recently_fulfilled=[(c, at, kept_on.get(c.id)) for c, at in fulfilled_rows],
        candidates=candidates,
        proposed_count=proposed,
        per_ministry=totals.per_ministry, per_committee=totals.per_committee,
        punctuality=totals.punctuality.overall,
        punctuality_by_ministry=totals.punctuality.by_ministry,
        punctuality_by_committee=totals.punctuality.by_committee,
        punctuality_by_half_year=totals.punctuality.by_half_year,
    )


def _per_group(session: Session, column, today: date, limit: int) -> list[GroupCount]:
    overdue = func.sum(case((Commitment.due < today, 1), else_=0))
    rows = session.execute(
        select(column, func.count(), overdue)
        .where(*_open(), column.is_not(None))
        .group_by(column).order_by(func.count().desc(), column).limit(limit))
    return [GroupCount(name, n, int(late or 0)) for name, n, late in rows]
