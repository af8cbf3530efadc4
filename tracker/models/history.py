"""The history of every tracked change to a commitment or milestone."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# sync: a source update; rule: the tracker's own logic (deadline resolution, status rules);
# user: a clerk or admin; load: bundled data; extraction: found in a document's text.
ACTOR_KINDS = ("sync", "rule", "user", "load", "extraction")


class HistoryEntry(Base):
    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_commitment_id", "commitment_id", "changed_at"),
        Index("ix_history_milestone_id", "milestone_id", "changed_at"),
        Index("ix_history_changed_at", "changed_at"),
        CheckConstraint(
            "(commitment_id IS NULL) <> (milestone_id IS NULL)", name="one_subject"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE")
    )
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestones.id", ondelete="CASCADE")
    )
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_kind: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    # The act, document or source record behind the change ("Regulation (EU) 2026/1744").
    reference: Mapped[str | None] = mapped_column(String(300))

    @property
    def by(self) -> str:
        return f"{self.actor_kind}:{self.actor}"
