"""The outbox: every e-mail the tracker sends is a row here first; delivery sends and marks it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# queued → sending (claimed by one delivery run) → sent; failures go back to queued with a
# later next_attempt_at, and to dead after the last attempt or a permanent refusal;
# cancelled: the subscriber left before it went out.
OUTBOX_STATES = ("queued", "sending", "sent", "dead", "cancelled")
# confirm: the double opt-in; manage: a link to the settings page; digest; reminder.
MESSAGE_KINDS = ("confirm", "manage", "digest", "reminder")


class OutboxMessage(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        # The decision and the message are one row: a period's digest exists at most once.
        UniqueConstraint("subscription_id", "kind", "period"),
        Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
        CheckConstraint("state IN ('queued','sending','sent','dead','cancelled')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="CASCADE")
    )
    recipient: Mapped[str] = mapped_column(String(320))
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(40))  # 2026-11-23, 2026-W48, confirm:…
    subject: Mapped[str] = mapped_column(Text)
    # PostgreSQL compresses the bodies with lz4 where it can (migration 0014c_outbox_lz4).
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    # Message-ID, List-Unsubscribe, … (Date is set when it is sent)
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claim_token: Mapped[str | None] = mapped_column(String(40))
    claimed_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<OutboxMessage {self.id} {self.kind} {self.state}>"
