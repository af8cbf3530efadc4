"""Where data comes from, and how far each of its streams has been read."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

# kind: tk (Tweede Kamer SyncFeed), ek (Eerste Kamer registry), koop (officielebekendmakingen),
# feed (an RSS/Atom feed an administrator added), sample (bundled sample data), manual (entered
# by a clerk), extraction (candidates found in document text), file (documents read in from
# files: ``tracker import documents``).
SOURCE_KINDS = ("tk", "ek", "koop", "feed", "sample", "manual", "extraction", "file")


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    states: Mapped[list[SyncState]] = relationship(back_populates="source")

    def __repr__(self) -> str:
        return f"<Source {self.key}>"


class SyncState(Base):
    """One readable stream of a source (a SyncFeed category, a feed URL) and its cursor."""

    __tablename__ = "sync_states"
    __table_args__ = (UniqueConstraint("source_id", "stream"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    stream: Mapped[str] = mapped_column(String(200))
    cursor: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_run_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)

    source: Mapped[Source] = relationship(back_populates="states")
