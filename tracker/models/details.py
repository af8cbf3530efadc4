"""What a source says about a commitment or document beyond the tracked fields.

The Eerste Kamer's quotes ("Uit de stukken"), its own "Historie", subjects, dossiers and
members; a Kamerstuk's footnotes, item URLs and the source's modification stamp. Kept as one
JSON object per record so the dashboard can show them and a source can add keys without a
migration. Changes here are bookkeeping: the tracked fields and their history stay on the
commitment itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .commitment import Commitment
from .document import Document


class _Details:
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CommitmentDetail(_Details, Base):
    __tablename__ = "commitment_details"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), primary_key=True
    )
    commitment: Mapped[Commitment] = relationship()


class DocumentDetail(_Details, Base):
    __tablename__ = "document_details"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    document: Mapped[Document] = relationship()
