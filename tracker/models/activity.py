"""Parliamentary activities (debates, committee meetings) where commitments are made.

A Tweede Kamer toezegging names its Activiteit only by reference; the activity gives it its
committee (voortouw) and debate. Activities are kept so either may arrive first.
"""

from __future__ import annotations

import datetime as dt
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .source import Source


class Activity(Base):
    __tablename__ = "activities"
    __table_args__ = (
        UniqueConstraint("source_id", "external_id"),
        Index("ix_activities_number", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    external_id: Mapped[str] = mapped_column(String(300))  # SyncFeed GUID
    number: Mapped[str | None] = mapped_column(String(50))  # 2025A01234
    kind: Mapped[str | None] = mapped_column(String(100))  # Commissiedebat, Plenair debat, …
    subject: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None]
    committee: Mapped[str | None] = mapped_column(String(300))  # the voortouwcommissie
    committee_abbr: Mapped[str | None] = mapped_column(String(50))
    withdrawn: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    source: Mapped[Source] = relationship()

    @property
    def label(self) -> str | None:
        """How a commitment names it: "Commissiedebat – Digitale overheid (2025-03-12)"."""
        text = " – ".join(p for p in (self.kind, self.subject) if p)
        if self.date:
            text = f"{text} ({self.date.isoformat()})" if text else self.date.isoformat()
        return text or None

    def __repr__(self) -> str:
        return f"<Activity {self.number or self.external_id}>"
