"""tracker commitments list|show: the promises at a terminal, as a clerk chases them.

``list`` takes the dashboard's filters (a window such as overdue, statuses, committees and
ministries by part of their name, a search) and prints one row per promise: number, chamber,
deadline, days late, status, ministry and what it is about; ``show`` prints one promise with
its history. Rows follow ``cli.table``: aligned on a terminal, tab-separated in a pipe.
"""

from __future__ import annotations

import shutil
import textwrap
from datetime import UTC
from zoneinfo import ZoneInfo

import click

from ..models import STATUSES
from ..services.search import SORTS, WINDOWS
from . import CliContext, main, pass_ctx
from .table import echo_table

_SHORT_STATUS = {"partially_fulfilled": "partly"}


@main.group()
def commitments() -> None:
    """The promises: list them as the dashboard filters them, or show one with its history."""


@commitments.command("list")
@click.option("--window", type=click.Choice(WINDOWS),
              help="open, overdue, soon (within 30 days), quarter (within 90) or none (no "
                   "deadline); default: every status.")
@click.option("--status", multiple=True, type=click.Choice(STATUSES))
@click.option("--committee", multiple=True, metavar="TEXT",
              help="Committees whose name holds TEXT (e.g. 'digitale').")
@click.option("--ministry", multiple=True, metavar="TEXT",
              help="Ministries whose name holds TEXT (e.g. 'binnenlandse').")
@click.option("--chamber", multiple=True, type=click.Choice(["TK", "EK"]))
@click.option("--search", "-q", "q", default="", metavar="WORDS",
              help="Every word must occur, as on the dashboard.")
@click.option("--sort", type=click.Choice([s for s in SORTS if s != "relevance"]), default=None,
              help="default: the deadline, the most overdue first")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@pass_ctx
def commitments_list(ctx: CliContext, window: str | None, status, committee, ministry, chamber,
                     q: str, sort: str | None, limit: int) -> None:
    """The promises a filter selects, one row each (the count on standard error)."""
    from .. import clock, wording
    from ..lifecycle import commitment_days_overdue
    from ..models import Commitment
    from ..services import search

    today = clock.today()
    with ctx.session() as session:
        committees = _names(session, Commitment.committee, committee, "committee")
        ministries = _names(session, Commitment.ministry, ministry, "ministry")
        f = search.CommitmentFilter(q=q.strip(), chamber=chamber, committee=committees,
                                    ministry=ministries, status=status, window=window or "",
                                    sort=sort or "")
        page = search.search_commitments(session, f, today, limit=limit)
        click.echo(f"{len(page.items)} of {page.total} shown", err=True)
        if not page.items:
            return
        # (short headers and words, so that what it is about keeps room at 80 columns)
        echo_table(("number", "ch", "due", "late", "status", "ministry", "about"), (
            (c.number or "-", c.chamber or "", c.due.isoformat() if c.due else "",
             _late(commitment_days_overdue(c, today)), _SHORT_STATUS.get(c.status, c.status),
             wording.ministry_short(c.ministry) if c.ministry else "",
             wording.subject(c.text)) for c in page.items))


@commitments.command("show")
@click.argument("number")
@pass_ctx
def commitments_show(ctx: CliContext, number: str) -> None:
    """One promise by its number (TZ202503-041, T03670): its fields, text and history."""
    from sqlalchemy import func, select

    from .. import clock
    from ..lifecycle import commitment_days_overdue
    from ..models import Commitment

    today = clock.today()
    with ctx.session() as session:
        found = session.scalars(select(Commitment).where(
            func.upper(Commitment.number) == number.strip().upper())
            .order_by(Commitment.id)).all()
        if not found:
            raise click.ClickException(f"no commitment numbered {number}")
        width = max(40, shutil.get_terminal_size((100, 24)).columns)
        for c in found:
            late = commitment_days_overdue(c, today)
            due = "-" if c.due is None else c.due.isoformat() + (
                f" ({c.due_precision}, '{c.due_phrase}')" if c.due_phrase else "")
            fields = [("number", c.number), ("status", c.status + (" (withdrawn at the source)"
                                                                    if c.withdrawn else "")),
                      ("chamber", c.chamber), ("ministry", c.ministry),
                      ("committee", c.committee), ("actor", c.actor),
                      ("made on", c.made_on.isoformat() if c.made_on else None),
                      ("made in", c.activity), ("due", due),
                      ("late", _late(late) + " days" if late else None)]
            for name, value in fields:
                if value:
                    click.echo(f"{name + ':':<11}{value}")
            click.echo()
            for line in textwrap.wrap(c.text or "", width - 4, break_on_hyphens=False):
                click.echo(f"    {line}")
            click.echo()
            # the history a change a line, its reason wrapped under it (a table cut the
            # reasons to a few words); days in the tracker's time zone, as the site shows them
            zone = ZoneInfo(ctx.settings.timezone)
            for h in sorted(c.history, key=lambda h: (h.changed_at, h.id)):
                at = h.changed_at if h.changed_at.tzinfo else h.changed_at.replace(tzinfo=UTC)
                when = at.astimezone(zone).date().isoformat()
                click.echo(f"{when}  {h.field}: {_short(h.old_value) or '-'} → "
                           f"{_short(h.new_value) or '-'}  ({h.actor})")
                for line in textwrap.wrap(h.reason or "", width - 6, break_on_hyphens=False):
                    click.echo(f"      {line}")


def _names(session, column, fragments: tuple[str, ...], what: str) -> tuple[str, ...]:
    """The stored names holding any of ``fragments`` (case-insensitive); none is an error."""
    if not fragments:
        return ()
    from sqlalchemy import func, or_, select

    names = tuple(session.scalars(select(column).distinct().where(or_(*(
        func.lower(column).contains(f.strip().lower(), autoescape=True) for f in fragments)))
        .order_by(column)))
    if not names:
        raise click.ClickException(f"no {what} named like {', '.join(fragments)}")
    return names


def _late(days: int | None) -> str:
    return str(days) if days else ""


def _short(value: str | None, length: int = 40) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= length else value[:length - 1] + "…"
