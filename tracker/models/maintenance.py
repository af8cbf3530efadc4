"""Database objects set aside for a while, and how to make them again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class DeferredIndex(Base):
    """An index (or the upkeep of a full-text index) dropped for a first load and not yet made
    again: written in the transaction that drops it, removed in the one that makes it again
    (``tracker.services.deferral``). A row left here means a load stopped halfway."""

    __tablename__ = "deferred_indexes"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))  # index | trigger | rebuild
    definition: Mapped[str] = mapped_column(Text)  # the SQL that makes it again
    deferred_at: Mapped[datetime] = mapped_column(default=utcnow)
