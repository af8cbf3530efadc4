"""The rappel: per ministry, the commitments overdue on a half-yearly reference date.

The Eerste Kamer sends ministries a reminder of overdue commitments around 1 January and
1 July. A rappel for reference date D lists every open commitment (in the chosen filter) whose
deadline lies before D, grouped by ministry. How late each one is counts to today, as on
every other page (``tracker.lifecycle``): a rappel for a coming reference date also lists what
will be overdue by then and is not yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..lifecycle import OPEN_STATUSES, open_clauses
from ..models import Commitment
from .search import CommitmentFilter, conditions


def rappel_dates(today: date, back: int = 4) -> list[date]:
    """The next half-yearly reference date (1 January or 1 July, today counts) and ``back``
    earlier ones, newest first."""
    d = next(c for c in (date(today.year, 1, 1), date(today.year, 7, 1),
                         date(today.year + 1, 1, 1)) if c >= today)
    dates = [d]
    for _ in range(back):
        d = date(d.year - 1, 7, 1) if d.month == 1 else date(d.year, 1, 1)
        dates.append(d)
    return dates


@dataclass
class MinistryRappel:
    ministry: str | None
    commitments: list[Commitment] = field(default_factory=list)


def rappel(session: Session, f: CommitmentFilter, reference: date) -> list[MinistryRappel]:
    """Open commitments due before ``reference``, by ministry (A–Z), oldest deadline first.

    Only promises (kind ``commitment``) unless the filter asks for other kinds: a legal
    milestone or a request of the Kamer is not something a ministry is reminded to fulfil."""
    f = replace(f, status=f.status or OPEN_STATUSES, kind=f.kind or ("commitment",), window="")
    query = (
        select(Commitment)
        .where(*conditions(session, f, reference), Commitment.due < reference,
               *open_clauses(Commitment, kind=False))
        .options(selectinload(Commitment.source))
        .order_by(Commitment.ministry.is_(None), Commitment.ministry, Commitment.due,
                  Commitment.id)
    )
    groups: list[MinistryRappel] = []
    for c in session.scalars(query):
        if not groups or groups[-1].ministry != c.ministry:
            groups.append(MinistryRappel(c.ministry))
        groups[-1].commitments.append(c)
    return groups
