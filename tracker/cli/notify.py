"""tracker subscriptions …, tracker digest send, tracker reminders send, tracker outbox …"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import click

from ..models import (
    FREQUENCIES,
    KINDS,
    LANGUAGES,
    OUTBOX_STATES,
    STATUSES,
    SUBSCRIPTION_STATUSES,
)
from . import CliContext, main, pass_ctx
from .progress import ProgressLine
from .table import echo_table

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _now(ctx: CliContext, value: str | None) -> datetime | None:
    """--now: an ISO date-time, in TRACKER_TIMEZONE unless it names its offset."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date-time such as 2026-11-23T07:00",
                                 param_hint="--now") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(ctx.settings.timezone))
    return moment


_NOW = click.option("--now", "now_text", metavar="ISO-DATETIME",
                    help="Act as if it were this moment (default: now; zone TRACKER_TIMEZONE).")


@main.group()
def subscriptions() -> None:
    """E-mail subscriptions (digests and reminders)."""


@subscriptions.command("add")
@click.argument("email")
@click.option("--committee", multiple=True, help="Follow a committee (part of its name).")
@click.option("--ministry", multiple=True, help="Follow a ministry (part of its name).")
@click.option("--keyword", multiple=True, help="Follow commitments whose text has this word.")
@click.option("--chamber", multiple=True, type=click.Choice(["TK", "EK"]))
@click.option("--source", multiple=True, help="Follow one source (its key, e.g. tk, ek).")
@click.option("--status", multiple=True, type=click.Choice(STATUSES))
@click.option("--kind", multiple=True, type=click.Choice(KINDS))
@click.option("--milestones/--no-milestones", default=True, show_default=True,
              help="Include the legal milestones (AI Act).")
@click.option("--commitments/--no-commitments", default=True, show_default=True,
              help="Include commitments.")
@click.option("--frequency", type=click.Choice(FREQUENCIES), default="daily",
              show_default=True)
@click.option("--weekday", type=click.Choice(WEEKDAYS), default="monday", show_default=True,
              help="The day of a weekly digest.")
@click.option("--language", type=click.Choice(LANGUAGES), default="nl", show_default=True)
@click.option("--confirmed", is_flag=True,
              help="Skip the opt-in mail (the administrator has the subscriber's consent).")
@pass_ctx
def subscriptions_add(ctx: CliContext, email: str, committee, ministry, keyword, chamber,
                      source, status, kind, milestones: bool, commitments: bool, frequency: str,
                      weekday: str, language: str, confirmed: bool) -> None:
    """Subscribe EMAIL (or change its settings when --confirmed and it exists)."""
    from ..digest import Filters
    from ..messages import Composer
    from ..services import subscriptions as subs

    filters = Filters.from_json({
        "committees": committee, "ministries": ministry, "keywords": keyword,
        "chambers": chamber, "sources": source, "statuses": status, "kinds": kind,
        "milestones": milestones, "commitments": commitments,
    })
    prefs = subs.Preferences(filters, frequency, WEEKDAYS.index(weekday), language)
    try:
        with ctx.session() as session:
            subscription, action = subs.subscribe(session, email, prefs, confirmed=confirmed)
            if action in ("confirm", "manage"):
                subs.queue_link(session, Composer(ctx.settings), subscription, action)
    except subs.InvalidAddress as exc:
        raise click.ClickException(f"{email}: {exc}") from None
    message = {
        "active": f"{subscription.email}: subscribed ({frequency})",
        "confirm": f"{subscription.email}: waiting for the opt-in; confirmation mail queued",
        "manage": f"{subscription.email}: already subscribed; a link to the settings queued "
                  "(use --confirmed to change the settings here)",
    }[action]
    click.echo(message)


@subscriptions.command("list")
@click.option("--status", type=click.Choice(SUBSCRIPTION_STATUSES))
@pass_ctx
def subscriptions_list(ctx: CliContext, status: str | None) -> None:
    """Every subscription: address, state, frequency, language and filters."""
    from ..services import subscriptions as subs

    with ctx.session() as session:
        rows = subs.list_subscriptions(session, status)
        if not rows:
            click.echo("no subscriptions")
            return
        echo_table(("email", "state", "frequency", "language", "filters"),
                   map(_subscription_row, rows))


def _subscription_row(s) -> tuple[str, ...]:
    from ..digest import Filters

    filters = Filters.from_json(s.filters).to_json()
    described = "; ".join(
        f"{k}: {', '.join(v)}" for k, v in filters.items() if isinstance(v, list))
    flags = [name for name in ("commitments", "milestones") if not filters[name]]
    when = f" on {WEEKDAYS[s.weekday]}" if s.frequency == "weekly" else ""
    extra = f" (bounced: {s.bounce_reason})" if s.status == "bounced" else ""
    return (s.email, f"{s.status}{extra}", f"{s.frequency}{when}", s.language,
            (described or "everything") + (f"; without {', '.join(flags)}" if flags else ""))


@subscriptions.command("remove")
@click.argument("email")
@pass_ctx
def subscriptions_remove(ctx: CliContext, email: str) -> None:
    """Delete EMAIL's subscription, its reminders and its messages."""
    from ..services import subscriptions as subs

    try:
        with ctx.session() as session:
            removed = subs.remove(session, email)
    except subs.InvalidAddress as exc:
        raise click.ClickException(f"{email}: {exc}") from None
    if not removed:
        raise click.ClickException(f"{email}: no such subscription")
    click.echo(f"{email}: removed")


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def _deliver(ctx: CliContext, now: datetime | None) -> None:
    from ..runs import notify

    with ProgressLine("sent") as progress:
        counts = notify.deliver(ctx.sessions, ctx.settings, now, progress=progress)
    click.echo("delivery: " + _summary(counts))


def _decide_and_deliver(ctx: CliContext, kind: str, now_text: str | None) -> None:
    from ..runs import notify

    now = _now(ctx, now_text)
    with ProgressLine("subscribers") as progress:
        decided = notify.decide(ctx.sessions, ctx.settings, kind, now, progress=progress)
    click.echo(f"{kind}s: {_summary(decided)}")
    _deliver(ctx, now)


@main.group()
def digest() -> None:
    """Daily and weekly digests."""


@digest.command("send")
@_NOW
@pass_ctx
def digest_send(ctx: CliContext, now_text: str | None) -> None:
    """Decide and queue today's digests, then deliver what is due. Re-running sends nothing."""
    _decide_and_deliver(ctx, "digest", now_text)


@main.group()
def reminders() -> None:
    """Deadline reminders for subscribers who want them immediately."""


@reminders.command("send")
@_NOW
@pass_ctx
def reminders_send(ctx: CliContext, now_text: str | None) -> None:
    """Decide and queue today's reminders, then deliver what is due. Re-running sends nothing."""
    _decide_and_deliver(ctx, "reminder", now_text)


@main.group("outbox")
def outbox_group() -> None:
    """The outbox of e-mail: deliver, inspect, retry the dead."""


@outbox_group.command("deliver")
@_NOW
@pass_ctx
def outbox_deliver(ctx: CliContext, now_text: str | None) -> None:
    """Send every message that is due (retries wait for their time)."""
    _deliver(ctx, _now(ctx, now_text))


@outbox_group.command("list")
@click.option("--state", type=click.Choice(OUTBOX_STATES))
@click.option("--limit", default=50, show_default=True, type=int)
@pass_ctx
def outbox_list(ctx: CliContext, state: str | None, limit: int) -> None:
    """The newest messages: id, state, attempts, kind, period, recipient, last error."""
    from ..services import outbox

    with ctx.session() as session:
        counts = outbox.state_counts(session)
        # (on standard error: the table on standard output opens with its header, as every
        # list's does, so that cut and spreadsheets read it)
        click.echo(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "outbox empty",
                   err=True)
        messages = outbox.list_messages(session, state, limit)
        if messages:
            echo_table(("id", "state", "attempts", "kind", "period", "recipient", "last error"),
                       ((m.id, m.state, m.attempts, m.kind, m.period, m.recipient,
                         m.last_error) for m in messages))


@outbox_group.command("retry")
@click.argument("ids", nargs=-1, type=int, required=True)
@pass_ctx
def outbox_retry(ctx: CliContext, ids: tuple[int, ...]) -> None:
    """Queue dead messages ID … again (delivered by the next run)."""
    from ..services import outbox

    try:
        with ctx.session() as session:
            for message_id in ids:
                outbox.retry(session, message_id)
    except outbox.NotRetryable as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"queued again: {', '.join(map(str, ids))}")
