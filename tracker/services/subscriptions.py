"""Subscriptions: subscribe (double opt-in), confirm, change, unsubscribe, remove.

Addresses are validated and normalised (lower-cased) here, so the web form and the CLI treat
them alike. Nothing here sends mail: callers put the confirmation or link message in the
outbox (``services.outbox.enqueue``) in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..digest import Catalogue, Filters, Subject
from ..lifecycle import days_overdue, is_open, open_clauses, overdue_clauses
from ..models import (
    FREQUENCIES,
    LANGUAGES,
    Commitment,
    HistoryEntry,
    OutboxMessage,
    Source,
    Subscription,
    utcnow,
)
from ..tokens import BadToken, read_token
from . import outbox


class InvalidAddress(ValueError):
    """Not an e-mail address we can deliver to; the message says why (in English)."""


def normalise_address(raw: str) -> str:
    """The address as stored: validated syntax and domain form, lower-cased; or InvalidAddress.

    Deliverability (DNS) is not checked here: a dead address shows up as a bounce and stops
    its own mail only.
    """
    try:
        valid = validate_email((raw or "").strip(), check_deliverability=False,
                               allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise InvalidAddress(str(exc)) from None
    return (valid.ascii_email or valid.normalized).lower()


@dataclass(frozen=True)
class Preferences:
    filters: Filters
    frequency: str = "daily"
    weekday: int = 0
    language: str = "nl"

    def __post_init__(self) -> None:
        if self.frequency not in FREQUENCIES:
            raise ValueError(f"frequency must be one of {', '.join(FREQUENCIES)}")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")


def find(session: Session, email: str) -> Subscription | None:
    return session.scalar(select(Subscription).where(Subscription.email == email))


def _apply(subscription: Subscription, prefs: Preferences) -> None:
    subscription.filters = prefs.filters.to_json()
    subscription.frequency = prefs.frequency
    subscription.weekday = prefs.weekday
    subscription.language = prefs.language


def _start_cursors(session: Session, subscription: Subscription) -> None:
    """A new subscriber's first digest starts from now, not from the beginning of history."""
    subscription.seen_history_id = session.scalar(select(func.max(HistoryEntry.id))) or 0
    subscription.seen_commitment_id = session.scalar(select(func.max(Commitment.id))) or 0


def subscribe(
    session: Session, email: str, prefs: Preferences, *, confirmed: bool = False,
    now: datetime | None = None,
) -> tuple[Subscription, Literal["confirm", "manage", "active"]]:
    """Create or renew a subscription; say which message the subscriber needs next.

    "confirm": new (or pending, unsubscribed, bounced): its settings are those given and it
    waits for the opt-in. "manage": already active: nothing changes here (whoever typed the
    address may not own it); the owner gets a link to the settings page. "active": created
    confirmed (an administrator's ``--confirmed``).
    """
    now = now or utcnow()
    email = normalise_address(email)
    subscription = find(session, email)
    if subscription is not None and subscription.status == "active":
        if confirmed:
            _apply(subscription, prefs)
            return subscription, "active"
        return subscription, "manage"
    if subscription is None:
        subscription = Subscription(email=email, filters={}, token_version=1)
        session.add(subscription)
    elif subscription.status != "pending":
        # Renewing revokes every link sent before, including old unsubscribe links. (A pending
        # one keeps its version: the opt-in mail already sent stays valid.)
        subscription.token_version += 1
        subscription.unsubscribed_at = None
    _apply(subscription, prefs)
    subscription.status = "pending"
    if confirmed:
        confirm(session, subscription, now)
    session.flush()
    return subscription, ("active" if confirmed else "confirm")


def confirm(session: Session, subscription: Subscription, now: datetime | None = None) -> bool:
    """The opt-in: the subscription becomes active. False when it already was."""
    if subscription.status == "active":
        return False
    subscription.status = "active"
    subscription.confirmed_at = now or utcnow()
    subscription.bounced_at = None
    subscription.bounce_reason = None
    subscription.last_digest_period = None
    _start_cursors(session, subscription)
    session.flush()
    return True


def update(session: Session, subscription: Subscription, prefs: Preferences) -> None:
    _apply(subscription, prefs)
    session.flush()


def unsubscribe(session: Session, subscription: Subscription,
                now: datetime | None = None) -> bool:
    """Stop all mail to this subscriber; queued digests are cancelled. False if already done."""
    if subscription.status == "unsubscribed":
        return False
    subscription.status = "unsubscribed"
    subscription.unsubscribed_at = now or utcnow()
    _cancel_queued(session, subscription)
    session.flush()
    return True


def mark_bounced(session: Session, subscription_id: int, reason: str,
                 now: datetime | None = None) -> None:
    """The mail server refused the address for good: no more digests until it subscribes again."""
    subscription = session.get(Subscription, subscription_id)
    if subscription is None or subscription.status in ("unsubscribed", "bounced"):
        return
    subscription.status = "bounced"
    subscription.bounced_at = now or utcnow()
    subscription.bounce_reason = reason
    _cancel_queued(session, subscription)


def _cancel_queued(session: Session, subscription: Subscription) -> None:
    for message in session.scalars(select(OutboxMessage).where(
        OutboxMessage.subscription_id == subscription.id, OutboxMessage.state == "queued",
        OutboxMessage.kind.in_(("digest", "reminder")),
    )):
        message.state = "cancelled"
        message.last_error = f"subscription {subscription.status}"


def remove(session: Session, email: str) -> bool:
    """Delete a subscription with its reminders and messages (an administrator's erasure)."""
    subscription = find(session, normalise_address(email))
    if subscription is None:
        return False
    session.delete(subscription)
    session.flush()
    return True


def queue_link(session: Session, composer, subscription: Subscription, action: str,
               now: datetime | None = None) -> bool:
    """Queue the opt-in ("confirm") or settings-link ("manage") message.

    At most one per subscriber per ten minutes: the outbox key's period is the ten-minute
    slot, so a form submitted again and again cannot flood an address. False when held back.
    """
    now = now or utcnow()
    slot = f"{action}:{now:%Y-%m-%dT%H}:{now.minute // 10}"
    draft = composer.confirm(subscription) if action == "confirm" else composer.manage(
        subscription)
    return outbox.enqueue(session, subscription, action, slot, draft, now) is not None


def from_token(session: Session, secret: str, purpose: str, token: str) -> Subscription:
    """The subscription a signed link names; BadToken (or ExpiredToken) when it does not hold.

    A link from before the subscription was renewed (another token version) is refused.
    """
    subscription_id, version = read_token(secret, purpose, token)
    subscription = session.get(Subscription, subscription_id)
    if subscription is None or subscription.token_version != version:
        raise BadToken(purpose)
    return subscription


def list_subscriptions(session: Session, status: str | None = None) -> list[Subscription]:
    query = select(Subscription).order_by(Subscription.email)
    if status:
        query = query.where(Subscription.status == status)
    return list(session.scalars(query))


def known_values(session: Session, column: str, limit: int = 200) -> list[str]:
    """Distinct committees or ministries of the commitments, for the subscribe form."""
    attr = {"committee": Commitment.committee, "ministry": Commitment.ministry}[column]
    return list(session.scalars(
        select(attr).where(attr.is_not(None), attr != "").distinct().order_by(attr).limit(limit)
    ))


@dataclass(frozen=True)
class Matching:
    """How many promises a subscriber's filters match now: all of them, the open ones and
    the overdue ones (``tracker.lifecycle``)."""

    promises: int
    open: int
    overdue: int


def count_matching(session: Session, filters: Filters, today: date) -> Matching:
    """What the subscribe form shows: the promises ``filters`` match now, matched exactly as
    the digests match them (``digest.Catalogue``). The database narrows the rows first by what
    it can decide alike (exact fields; a name or keyword in plain ASCII as a case-insensitive
    substring, a superset of the digests' word-start match); the catalogue decides the rest."""
    if not filters.commitments:
        return Matching(0, 0, 0)
    where = [Commitment.withdrawn.is_(False),
             Commitment.status.not_in(("candidate", "rejected")),
             Commitment.kind.in_(filters.kinds) if filters.kinds
             else Commitment.kind == "commitment"]
    if filters.chambers:
        where.append(Commitment.chamber.in_(filters.chambers))
    if filters.statuses:
        where.append(Commitment.status.in_(filters.statuses))
    if filters.sources:
        where.append(Commitment.source_id.in_(
            select(Source.id).where(Source.key.in_(filters.sources))))
    if not (filters.committees or filters.ministries or filters.keywords):
        count = select(func.count()).select_from(Commitment).where(*where)
        return Matching(session.scalar(count) or 0,
                        session.scalar(count.where(*open_clauses(Commitment, kind=False))) or 0,
                        session.scalar(count.where(*overdue_clauses(Commitment, today,
                                                                    kind=False))) or 0)
    for values, columns in ((filters.committees, (Commitment.committee,)),
                            (filters.ministries, (Commitment.ministry,)),
                            (filters.keywords, (Commitment.text, Commitment.number))):
        if values and all(v.isascii() for v in values):
            where.append(or_(*(func.lower(column).contains(v.lower(), autoescape=True)
                               for v in values for column in columns)))
    rows = session.execute(
        select(Commitment.id, Commitment.number, Commitment.text, Commitment.due,
               Commitment.committee, Commitment.ministry, Commitment.chamber, Commitment.status,
               Commitment.kind, Commitment.withdrawn, Source.key)
        .join(Source, Source.id == Commitment.source_id).where(*where))
    subjects = [Subject(key=f"c:{cid}", type="commitment", id=cid, title=text or "", path="",
                        due=due, number=number, committee=committee, ministry=ministry,
                        chamber=chamber, source=source, status=status, kind=kind,
                        withdrawn=withdrawn)
                for cid, number, text, due, committee, ministry, chamber, status, kind,
                withdrawn, source in rows]
    catalogue = Catalogue(subjects)
    matched = [catalogue.subjects[k] for k in catalogue.matching(
        replace(filters, milestones=False))]
    late = [s for s in matched if days_overdue(s.due, today, s.status, kind=s.kind) is not None]
    return Matching(len(matched), sum(is_open(s.status, kind=s.kind) for s in matched),
                    len(late))
