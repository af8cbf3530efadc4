"""What an extracted candidate cites: toezeggingen, Kamerstukken, motions, milestones."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .commitment import Commitment
from .milestone import Milestone

# toezegging (T03670, TZ202504-057), kamerstuk (kst-26643-641), motie (motie:moorlag-buitenweg),
# document (2025D33508, 2021Z11515), milestone (milestone:high-risk-annex-iii).
REF_KINDS = ("toezegging", "kamerstuk", "motie", "document", "milestone")
# How a milestone date quoted in the text compares with the catalogue.
MILESTONE_STATUSES = ("current", "moved", "differs")


class ExtractedRef(Base):
    """One identifier a candidate commitment's sentence cites (derived data, rewritten on
    re-extraction; the candidate itself keeps the history)."""

    __tablename__ = "extracted_refs"
    __table_args__ = (
        UniqueConstraint("commitment_id", "ref"),
        Index("ix_extracted_refs_ref", "ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    # For a milestone: the catalogue entry, the date the text quotes and how it compares.
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestones.id", ondelete="SET NULL"))
    quoted_date: Mapped[dt.date | None]
    status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)

    commitment: Mapped[Commitment] = relationship()
    milestone: Mapped[Milestone | None] = relationship()

    def __repr__(self) -> str:
        return f"<ExtractedRef {self.ref} of {self.commitment_id}>"
