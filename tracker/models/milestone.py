"""Legal and procedural milestones (the AI Act catalogue), with their dates as amended."""

from __future__ import annotations

import datetime as dt
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .history import HistoryEntry


class Milestone(Base):
    __tablename__ = "milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    regulation: Mapped[str] = mapped_column(String(100))  # "Regulation (EU) 2024/1689"
    date: Mapped[dt.date]
    # The date in the act as first adopted, when an amendment moved it (NULL: never moved).
    original_date: Mapped[dt.date | None]
    basis: Mapped[str] = mapped_column(String(200))  # the article
    title_en: Mapped[str] = mapped_column(Text)
    title_nl: Mapped[str] = mapped_column(Text)
    amended_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)  # in English
    note_nl: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    history: Mapped[list[HistoryEntry]] = relationship(
        order_by="HistoryEntry.id", viewonly=True
    )

    def __repr__(self) -> str:
        return f"<Milestone {self.key} {self.date}>"
