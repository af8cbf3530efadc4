"""Documents: Kamerstukken, letters, reports, feed items."""

from __future__ import annotations

import datetime as dt
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from .base import Base, utcnow, web_link
from .source import Source


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("source_id", "external_id"),
        Index("ix_documents_number", "number"),
        Index("ix_documents_identifier", "identifier"),
        Index("ix_documents_dossier", "dossier", "ondernummer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    # The source's own key: a SyncFeed GUID, "kst-26643-1056", a feed entry id.
    external_id: Mapped[str] = mapped_column(String(300))
    number: Mapped[str | None] = mapped_column(String(50))  # TK document number, 2025D33508
    identifier: Mapped[str | None] = mapped_column(String(100))  # kst-26643-1056
    dossier: Mapped[str | None] = mapped_column(String(50))  # 26643, 21501-33, 36600-VII
    ondernummer: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(Text)
    doc_type: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[dt.date | None]
    chamber: Mapped[str | None] = mapped_column(String(2))  # TK | EK
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    # Known so far only because something referred to it (a kamerbriefNakoming number).
    is_stub: Mapped[bool] = mapped_column(default=False)
    # When the extraction engine last read this text; NULL = waiting for extraction.
    extracted_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    source: Mapped[Source] = relationship()

    @validates("url")
    def _web_link(self, _key: str, value: str | None) -> str | None:
        return web_link(self.__tablename__, value)

    @property
    def display_number(self) -> str:
        """The identifier people cite: the TK number, else kst-…, else the source's key."""
        return self.number or self.identifier or self.external_id

    def __repr__(self) -> str:
        return f"<Document {self.display_number}>"
