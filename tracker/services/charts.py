"""The numbers behind the overview's charts: how long overdue commitments have been late per
ministry, and how many deadlines fall in each of the coming twelve months.

Open means what the overview counts as open: an open, partly fulfilled or unknown
toezegging (kind ``commitment``) that was not withdrawn at its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from ..models import OPEN_STATUSES, Commitment

# Overdue for: under 3 months, 3 to 12 months, over a year.
AGE_BUCKETS = ("under_3_months", "3_to_12_months", "over_a_year")


@dataclass(frozen=True)
class OverdueAge:
    ministry: str  # "" when the commitment names none
    counts: tuple[int, int, int]  # per AGE_BUCKETS

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class MonthCount:
    month: date  # its first day
    count: int


def _open():
    return (Commitment.status.in_(OPEN_STATUSES), Commitment.withdrawn.is_(False),
            Commitment.kind == "commitment")


def overdue_age(session: Session, today: date, limit: int = 12) -> list[OverdueAge]:
    """Per ministry (most overdue first), its overdue commitments by how long they are late."""
    three_months, a_year = today - relativedelta(months=3), today - relativedelta(years=1)
    bucket = [func.sum(case((condition, 1), else_=0)) for condition in (
        Commitment.due > three_months,
        (Commitment.due <= three_months) & (Commitment.due > a_year),
        Commitment.due <= a_year)]
    ministry = func.coalesce(Commitment.ministry, "")
    rows = session.execute(
        select(ministry, *bucket).where(*_open(), Commitment.due < today)
        .group_by(ministry).order_by(func.count().desc(), ministry).limit(limit))
    return [OverdueAge(name, tuple(int(n or 0) for n in counts)) for name, *counts in rows]


def due_by_month(session: Session, today: date, months: int = 12) -> list[MonthCount]:
    """Open commitments due in each month from this one on (from today in this month)."""
    first = today.replace(day=1)
    end = first + relativedelta(months=months)
    year, month = extract("year", Commitment.due), extract("month", Commitment.due)
    counts = {date(int(y), int(m), 1): n for y, m, n in session.execute(
        select(year, month, func.count())
        .where(*_open(), Commitment.due >= today, Commitment.due < end)
        .group_by(year, month))}
    return [MonthCount(m, counts.get(m, 0))
            for m in (first + relativedelta(months=i) for i in range(months))]
