"""Kamerstukdossiers and the documents in them.

A Tweede Kamer Document names its dossier only by reference, and the dossier may arrive after
the document; ``DossierDocument`` keeps the reference so the document's ``dossier`` is filled
in when it does.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .document import Document
from .source import Source


class Dossier(Base):
    __tablename__ = "dossiers"
    __table_args__ = (
        UniqueConstraint("source_id", "external_id"),
        Index("ix_dossiers_number", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    external_id: Mapped[str] = mapped_column(String(300))  # SyncFeed GUID
    number: Mapped[str | None] = mapped_column(String(20))  # 36600; NULL while only referred to
    suffix: Mapped[str | None] = mapped_column(String(30))  # toevoeging: VII
    title: Mapped[str | None] = mapped_column(Text)
    closed: Mapped[bool | None]
    withdrawn: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    source: Mapped[Source] = relationship()

    @property
    def label(self) -> str | None:
        """The dossier as it is cited: 36600-VII, 26643 (None while unknown)."""
        if not self.number:
            return None
        return f"{self.number}-{self.suffix}" if self.suffix else self.number

    def __repr__(self) -> str:
        return f"<Dossier {self.label or self.external_id}>"


class DossierDocument(Base):
    """A document in a dossier, as the source says (one dossier per document)."""

    __tablename__ = "dossier_documents"
    __table_args__ = (Index("ix_dossier_documents_dossier_id", "dossier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )

    dossier: Mapped[Dossier] = relationship()
    document: Mapped[Document] = relationship()
