"""Punctuality: of the promises kept, how many were kept by their deadline.

A promise counts as kept on a day that means something, never the moment a clerk clicked or a
sync imported:
1. the date of the document that fulfilled it (a confirmed fulfilment: the letter a clerk
   linked, or the Tweede Kamer's kamerbriefNakoming); with several, the latest, since the
   promise was kept when its last part arrived;
2. else the day the source says its status changed (``Commitment.status_since``: the Eerste
   Kamer's Historie, or the SyncFeed's ``bijgewerkt`` of the update that marked it kept).
Without either the fulfilment date is unknown: such promises are counted as fulfilled, and the
figures say how many of them have a known date. The deadline that counts is the one in force
on the fulfilment day: a deadline moved afterwards does not make a late promise punctual.

Figures per ministry and per committee, overall and per half-year (``2025-H2``: July to
December), for the dashboard and for charts (``by_half_year``).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..clock import day_of
from ..lifecycle import PROMISE
from ..models import Commitment, Document, Fulfilment, HistoryEntry

Group = Literal["ministry", "committee"]
UNKNOWN_GROUP = "—"


@dataclass(frozen=True)
class Kept:
    """One fulfilled promise as punctuality sees it."""

    commitment_id: int
    ministry: str | None
    committee: str | None
    fulfilled_on: date | None  # None: not known
    basis: str | None  # "document" | "source"
    due: date | None  # the deadline in force on fulfilled_on

    @property
    def days_late(self) -> int | None:
        if self.fulfilled_on is None or self.due is None:
            return None
        return (self.fulfilled_on - self.due).days

    @property
    def half_year(self) -> str | None:
        return half_year(self.fulfilled_on) if self.fulfilled_on else None


def half_year(day: date) -> str:
    """The half-year a day falls in: "2025-H1" (January–June) or "2025-H2"."""
    return f"{day.year}-H{1 if day.month <= 6 else 2}"


@dataclass(frozen=True)
class Punctuality:
    """The figures of one group (a ministry, a committee, a half-year, or all)."""

    name: str | None  # the ministry or committee; None for all
    period: str | None  # the half-year; None for all time
    fulfilled: int  # fulfilled promises
    dated: int  # … of which the fulfilment date is known
    measured: int  # … of which the deadline on that date is known too
    on_time: int  # … of which kept on or before it
    median_days_late: float | None  # over the late ones

    @property
    def share_on_time(self) -> float | None:
        return self.on_time / self.measured if self.measured else None

    @property
    def late(self) -> int:
        return self.measured - self.on_time


def kept_promises(session: Session, ids: Iterable[int] | None = None) -> list[Kept]:
    """Every fulfilled promise (or those of ``ids``) with its fulfilment date and the deadline
    in force then."""
    ids = None if ids is None else list(ids)
    letters = (
        select(Fulfilment.commitment_id.label("cid"), func.max(Document.date).label("day"))
        .join(Document, Document.id == Fulfilment.document_id)
        .where(Fulfilment.state == "confirmed", Document.date.is_not(None))
        .group_by(Fulfilment.commitment_id)
    )
    if ids is not None:
        # One promise's page asks for one: SQLite would otherwise group every letter first.
        letters = letters.where(Fulfilment.commitment_id.in_(ids))
    letter_dates = letters.subquery()
    query = (
        select(Commitment.id, Commitment.ministry, Commitment.committee, Commitment.due,
               Commitment.status_since, letter_dates.c.day)
        .outerjoin(letter_dates, letter_dates.c.cid == Commitment.id)
        .where(Commitment.status == "fulfilled", Commitment.kind == PROMISE,
               Commitment.withdrawn.is_(False))
    )
    if ids is not None:
        query = query.where(Commitment.id.in_(ids))
    rows = session.execute(query).all()
    moves = _deadline_moves(session, [r[0] for r in rows])
    kept = []
    for cid, ministry, committee, due, status_since, letter_day in rows:
        fulfilled_on, basis = ((letter_day, "document") if letter_day
                               else (status_since, "source") if status_since else (None, None))
        if fulfilled_on is not None:
            due = _due_on(due, moves.get(cid, ()), fulfilled_on)
        kept.append(Kept(cid, ministry, committee, fulfilled_on, basis, due))
    return kept


def _deadline_moves(session: Session, ids: list[int]) -> dict[int, list[tuple[date, str | None]]]:
    """Per commitment, its deadline moves as (day of the move, the deadline before it), newest
    first."""
    found: dict[int, list[tuple[date, str | None]]] = defaultdict(list)
    for start in range(0, len(ids), 1000):
        for cid, at, old in session.execute(
            select(HistoryEntry.commitment_id, HistoryEntry.changed_at, HistoryEntry.old_value)
            .where(HistoryEntry.field == "due",
                   HistoryEntry.commitment_id.in_(ids[start:start + 1000]))
            .order_by(HistoryEntry.commitment_id, HistoryEntry.changed_at.desc(),
                      HistoryEntry.id.desc())
        ):
            found[cid].append((day_of(at), old))
    return found


def _due_on(current: date | None, moves: Iterable[tuple[date, str | None]],
            day: date) -> date | None:
    """The deadline in force on ``day``: the current one, with every move made after that day
    undone (the earliest such move's old value)."""
    due = current
    for moved_on, old in moves:  # newest first: the last one undone is the earliest
        if moved_on <= day:
            break
        due = date.fromisoformat(old) if old else None
    return due


def summarise(kept: Iterable[Kept], name: str | None = None,
              period: str | None = None) -> Punctuality:
    kept = list(kept)
    dated = [k for k in kept if k.fulfilled_on is not None]
    late_by = [k.days_late for k in dated if k.days_late is not None]
    late = [d for d in late_by if d > 0]
    return Punctuality(name, period, len(kept), len(dated), len(late_by),
                       len(late_by) - len(late), statistics.median(late) if late else None)


def _grouped(kept: Iterable[Kept], key: Callable[[Kept], tuple]) -> dict[tuple, list[Kept]]:
    groups: dict[tuple, list[Kept]] = defaultdict(list)
    for k in kept:
        groups[key(k)].append(k)
    return groups


def by_group(kept: Iterable[Kept], by: Group) -> list[Punctuality]:
    """Per ministry or committee, most fulfilled first."""
    groups = _grouped(kept, lambda k: (getattr(k, by) or UNKNOWN_GROUP,))
    rows = [summarise(items, name) for (name,), items in groups.items()]
    return sorted(rows, key=lambda p: (-p.fulfilled, p.name or ""))


def by_half_year(kept: Iterable[Kept], by: Group | None = None) -> list[Punctuality]:
    """Per half-year of fulfilment (oldest first), overall or per ministry/committee within
    each; promises without a known fulfilment date are in no half-year."""
    dated = [k for k in kept if k.fulfilled_on is not None]
    if by is None:
        groups = _grouped(dated, lambda k: (k.half_year, None))
    else:
        groups = _grouped(dated, lambda k: (k.half_year, getattr(k, by) or UNKNOWN_GROUP))
    rows = [summarise(items, name, period) for (period, name), items in groups.items()]
    return sorted(rows, key=lambda p: (p.period or "", p.name or ""))


@dataclass(frozen=True)
class Report:
    overall: Punctuality
    by_ministry: list[Punctuality]
    by_committee: list[Punctuality]
    by_half_year: list[Punctuality]


def report(session: Session) -> Report:
    """Everything the dashboard shows, from one read of the fulfilled promises."""
    kept = kept_promises(session)
    return Report(summarise(kept), by_group(kept, "ministry"), by_group(kept, "committee"),
                  by_half_year(kept))


def half_yearly(session: Session, by: Group | None = None) -> list[Punctuality]:
    """Per-half-year figures for a chart: overall (``by=None``) or per ministry or committee
    within each half-year. Each row: ``period`` ("2025-H2"), ``name``, ``measured``,
    ``on_time``, ``share_on_time``, ``median_days_late``."""
    return by_half_year(kept_promises(session), by)
