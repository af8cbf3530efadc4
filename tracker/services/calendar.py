"""The recess table in the database, and the calendar built from it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..calendar import ParliamentaryCalendar, RecessPeriod
from ..models import Recess


def load_recesses(session: Session, periods: Iterable[RecessPeriod]) -> dict[str, int]:
    """Insert or correct recess rows, keyed by chamber, name and first day."""
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    existing = {(r.chamber, r.name, r.first_day): r for r in session.scalars(select(Recess))}
    for period in periods:
        row = existing.get((period.chamber, period.name, period.first_day))
        if row is None:
            session.add(Recess(chamber=period.chamber, name=period.name,
                               first_day=period.first_day, last_day=period.last_day,
                               certainty=period.certainty))
            counts["inserted"] += 1
        elif (row.last_day, row.certainty) != (period.last_day, period.certainty):
            row.last_day, row.certainty = period.last_day, period.certainty
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    session.flush()
    return counts


def calendar_from_db(session: Session) -> ParliamentaryCalendar:
    """The administrator's recess table; the bundled one while the table is empty."""
    rows = session.scalars(select(Recess)).all()
    if not rows:
        return ParliamentaryCalendar.bundled()
    return ParliamentaryCalendar(
        RecessPeriod(r.chamber, r.name, r.first_day, r.last_day, r.certainty) for r in rows
    )


def delete_recess(session: Session, recess_id: int) -> Recess | None:
    """Remove a wrong row; deadlines then fall back to the rules' fixed dates for that year."""
    row = session.get(Recess, recess_id)
    if row is not None:
        session.delete(row)
        session.flush()
    return row
