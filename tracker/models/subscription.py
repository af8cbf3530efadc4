"""E-mail subscriptions (no accounts: signed links), and the reminders each one was sent."""

from __future__ import annotations

import datetime as dt
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# pending: waiting for the double opt-in; active: receives mail; unsubscribed: asked to stop;
# bounced: the mail server refused the address permanently (subscribing again revives it).
SUBSCRIPTION_STATUSES = ("pending", "active", "unsubscribed", "bounced")
# daily / weekly: one digest per day or per week (on ``weekday``) carrying the reminders too;
# immediate: reminders on their own the day they fall due, the other news in a daily digest.
FREQUENCIES = ("daily", "weekly", "immediate")
LANGUAGES = ("nl", "en")


class Subscription(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (
        Index("ix_subscriptions_status", "status"),
        CheckConstraint("status IN ('pending','active','unsubscribed','bounced')",
                        name="status"),
        CheckConstraint("frequency IN ('daily','weekly','immediate')", name="frequency"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Validated and lower-cased: one subscription per address.
    email: Mapped[str] = mapped_column(String(320), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    # {"committees": [...], "ministries": [...], "keywords": [...], "milestones": true, …}
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    frequency: Mapped[str] = mapped_column(String(10), default="daily")
    weekday: Mapped[int] = mapped_column(default=0)  # Monday = 0, for weekly digests
    language: Mapped[str] = mapped_column(String(2), default="nl")
    # Signed links carry this number; raising it revokes every link sent before.
    token_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    confirmed_at: Mapped[datetime | None]
    unsubscribed_at: Mapped[datetime | None]
    bounced_at: Mapped[datetime | None]
    bounce_reason: Mapped[str | None] = mapped_column(Text)
    # What the digests have covered: the period last decided (sent or nothing to say), and the
    # history rows and commitments already reported.
    last_digest_period: Mapped[str | None] = mapped_column(String(20))
    seen_history_id: Mapped[int] = mapped_column(default=0)
    seen_commitment_id: Mapped[int] = mapped_column(default=0)

    def __repr__(self) -> str:
        return f"<Subscription {self.id} {self.status}>"


class RemindersTold(Base):
    """The reminder stages one message told one subscriber (so each is told only once).

    A stage is a deadline's (subject, due date, stage): when a deadline moves, its stages are
    new and are told again; the stages of the old date are simply never reached. One row per
    message, not per stage: a morning tells some 35 stages a digest, and a row each (with its
    keys, indexes and foreign-key checks) cost more than deciding and writing the digest.
    """

    __tablename__ = "reminders_told"
    __table_args__ = (
        Index("ix_reminders_told_subscription_id_last_due", "subscription_id", "last_due"),
        Index("ix_reminders_told_last_due", "last_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="CASCADE")
    )
    # The message that told them (one record per message).
    outbox_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox.id", ondelete="SET NULL"), unique=True)
    # The latest deadline among the stages: a record whose every deadline is past every stage
    # can never be needed again (``services.digests.prune_reminders``).
    last_due: Mapped[dt.date]
    # One stage a line: "<subject>\t<due, ISO>\t<stage>", e.g. "c:42\t2026-12-07\tbefore-7"
    # (subjects are "c:<id>" or "m:<milestone key>"; neither holds a tab or a line break).
    stages: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
