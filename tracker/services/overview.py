"""What the dashboard shows first: open commitments by deadline, upcoming milestones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..models import OPEN_STATUSES, Commitment, Milestone


@dataclass(frozen=True)
class Overview:
    today: date
    open_count: int
    overdue_count: int
    due_soon_count: int
    candidate_count: int
    open_commitments: list[Commitment]
    upcoming_milestones: list[Milestone]


def _open():
    return (Commitment.status.in_(OPEN_STATUSES), Commitment.withdrawn.is_(False),
            Commitment.kind == "commitment")


def overview(session: Session, today: date, limit: int = 50, soon_days: int = 30) -> Overview:
    count = select(func.count()).select_from(Commitment)
    open_count = session.scalar(count.where(*_open()))
    overdue = session.scalar(count.where(*_open(), Commitment.due < today))
    due_soon = session.scalar(
        count.where(*_open(), Commitment.due >= today,
                    Commitment.due <= today + timedelta(days=soon_days))
    )
    candidates = session.scalar(
        count.where(Commitment.status == "candidate", Commitment.withdrawn.is_(False))
    )
    commitments = session.scalars(
        select(Commitment)
        .where(*_open())
        .options(selectinload(Commitment.source))
        .order_by(Commitment.due.is_(None), Commitment.due, Commitment.id)
        .limit(limit)
    ).all()
    milestones = session.scalars(
        select(Milestone).where(Milestone.date >= today).order_by(Milestone.date, Milestone.key)
        .limit(8)
    ).all()
    return Overview(today, open_count, overdue, due_soon, candidates, list(commitments),
                    list(milestones))
