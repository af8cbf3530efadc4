"""One definition of open, overdue and days overdue, for every page, export and digest.

A promise (kind ``commitment``; not an extracted request or milestone, not withdrawn at its
source) is *open* while it is not yet kept and not closed: status ``open``, ``partially_fulfilled``
(partly kept: the rest is still owed) or ``unknown`` (the source gives no status; nobody has
said it was kept). It is *overdue* when it is open and its deadline lies before today, and it
is then ``today - due`` days overdue: one day overdue the day after its deadline. The rappel
asks which promises are overdue on a reference date; how late they are is still counted to
today, as everywhere else, so one promise never shows two different delays.

Pure: plain values in, plain values out. ``open_clauses`` and ``overdue_clauses`` build the same
definition as SQL conditions on the model passed in (they call its columns' methods, so this
module imports no database code).
"""

from __future__ import annotations

from datetime import date
from typing import Any

OPEN_STATUSES = ("open", "partially_fulfilled", "unknown")
CLOSED_STATUSES = ("fulfilled", "lapsed")
# The kind of item that is promised and can be late; requests and milestones found in text
# have deadlines too, but nobody owes them to the Kamer.
PROMISE = "commitment"


def is_open(status: str | None, *, kind: str | None = PROMISE, withdrawn: bool = False) -> bool:
    return kind == PROMISE and not withdrawn and status in OPEN_STATUSES


def days_overdue(due: date | None, today: date, status: str | None, *,
                 kind: str | None = PROMISE, withdrawn: bool = False) -> int | None:
    """How many days an open promise is past its deadline today; None when it is not overdue."""
    if due is None or due >= today or not is_open(status, kind=kind, withdrawn=withdrawn):
        return None
    return (today - due).days


def is_overdue(due: date | None, today: date, status: str | None, *,
               kind: str | None = PROMISE, withdrawn: bool = False) -> bool:
    return days_overdue(due, today, status, kind=kind, withdrawn=withdrawn) is not None


def commitment_days_overdue(c: Any, today: date) -> int | None:
    """``days_overdue`` of anything with ``due``, ``status``, ``kind`` and ``withdrawn``."""
    return days_overdue(c.due, today, c.status, kind=getattr(c, "kind", PROMISE),
                        withdrawn=bool(getattr(c, "withdrawn", False)))


def open_clauses(model: Any, *, kind: bool = True) -> list[Any]:
    """SQL conditions for "open" on a Commitment-like model (``kind=False``: any kind)."""
    clauses = [model.status.in_(OPEN_STATUSES), model.withdrawn.is_(False)]
    if kind:
        clauses.append(model.kind == PROMISE)
    return clauses


def overdue_clauses(model: Any, today: date, *, kind: bool = True) -> list[Any]:
    """SQL conditions for "overdue today" (a NULL deadline is never overdue)."""
    return [*open_clauses(model, kind=kind), model.due < today]
