"""Commitments (toezeggingen) and what links them to documents and to each other."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    literal_column,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from .base import Base, utcnow, web_link
from .document import Document
from .history import HistoryEntry
from .people import CommitmentRecipient
from .source import Source

# The normalised lifecycle. Candidates are extracted from text and await a clerk.
STATUSES = (
    "open",
    "partially_fulfilled",
    "fulfilled",
    "lapsed",
    "unknown",
    "candidate",
    "rejected",
)
# Which of these are "open" (not yet kept) or closed: tracker.lifecycle, the one definition.
# commitment: the government promises; request: a deadline asked of the government;
# milestone: a dated legal effect mentioned in a document.
KINDS = ("commitment", "request", "milestone")
# Where the due date came from.
DUE_SOURCES = ("source", "text", "manual")
PRECISIONS = (
    "day",
    "month",
    "quarter",
    "half",
    "year",
    "season",
    "relative",
    "vague",
    "conditional",
    "none",
)


class Commitment(Base):
    __tablename__ = "commitments"
    __table_args__ = (
        UniqueConstraint("source_id", "external_id"),
        Index("ix_commitments_number", "number"),
        Index("ix_commitments_status_due", "status", "due"),
        Index("ix_commitments_ministry", "ministry"),
        Index("ix_commitments_committee", "committee"),
        Index("ix_commitments_document_id", "document_id"),
        Index("ix_commitments_activity_ref", "activity_ref"),
        CheckConstraint(
            "status IN ('open','partially_fulfilled','fulfilled','lapsed','unknown',"
            "'candidate','rejected')",
            name="status",
        ),
        CheckConstraint("due_source IS NULL OR due_source IN ('source','text','manual')",
                        name="due_source"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    external_id: Mapped[str] = mapped_column(String(300))
    number: Mapped[str | None] = mapped_column(String(50))  # TZ202504-057, T03670
    kind: Mapped[str] = mapped_column(String(20), default="commitment")
    text: Mapped[str] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(String(300))  # who made it: person or office
    ministry: Mapped[str | None] = mapped_column(String(200))
    committee: Mapped[str | None] = mapped_column(String(300))
    chamber: Mapped[str | None] = mapped_column(String(2))  # TK | EK
    made_on: Mapped[date | None]
    activity: Mapped[str | None] = mapped_column(Text)  # the debate or activity
    activity_ref: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(30), default="open")
    status_raw: Mapped[str | None] = mapped_column(String(100))
    # The day the source says its status last changed (the Eerste Kamer's Historie, the
    # SyncFeed's bijgewerkt of the update that changed it); never the day we noticed.
    status_since: Mapped[date | None]
    due: Mapped[date | None]
    due_phrase: Mapped[str | None] = mapped_column(Text)
    due_precision: Mapped[str | None] = mapped_column(String(20))
    due_source: Mapped[str | None] = mapped_column(String(10))
    due_rule: Mapped[str | None] = mapped_column(String(60))
    url: Mapped[str | None] = mapped_column(Text)
    # For commitments found in text: the document and the character span of the sentence.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    span_start: Mapped[int | None]
    span_end: Mapped[int | None]
    rule: Mapped[str | None] = mapped_column(String(100))
    confidence: Mapped[float | None] = mapped_column(Float)
    # Deleted at the source: kept, flagged, never removed.
    withdrawn: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Goes up with every UPDATE of the row, whoever writes it (ORM or Core, unless the statement
    # sets it itself): what a clerk's form was shown. See services/concurrency.py.
    version: Mapped[int] = mapped_column(default=1, server_default=sql("1"),
                                         onupdate=literal_column("version") + 1)

    source: Mapped[Source] = relationship()
    document: Mapped[Document | None] = relationship()
    fulfilments: Mapped[list[Fulfilment]] = relationship(
        back_populates="commitment", order_by="Fulfilment.id"
    )
    links: Mapped[list[CommitmentLink]] = relationship(
        foreign_keys="CommitmentLink.from_id", back_populates="from_commitment",
        order_by="CommitmentLink.id",
    )

    history: Mapped[list[HistoryEntry]] = relationship(
        order_by="HistoryEntry.id", viewonly=True
    )
    recipients: Mapped[list[CommitmentRecipient]] = relationship(
        order_by="CommitmentRecipient.position", viewonly=True
    )

    @validates("url")
    def _web_link(self, _key: str, value: str | None) -> str | None:
        return web_link(self.__tablename__, value)

    @property
    def fulfilled_by(self) -> list[Document]:
        return [f.document for f in self.fulfilments if f.state == "confirmed"]

    def __repr__(self) -> str:
        return f"<Commitment {self.number or self.external_id} {self.status}>"


class Fulfilment(Base):
    """A document that fulfils (confirmed) or probably fulfils (proposed) a commitment."""

    __tablename__ = "fulfilments"
    __table_args__ = (
        UniqueConstraint("commitment_id", "document_id"),
        Index("ix_fulfilments_document_id", "document_id"),
        CheckConstraint("state IN ('confirmed','proposed','rejected')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    state: Mapped[str] = mapped_column(String(20), default="confirmed")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    commitment: Mapped[Commitment] = relationship(back_populates="fulfilments")
    document: Mapped[Document] = relationship()


class CommitmentLink(Base):
    """A relation between commitments: repeats, supplements, amends (TK isHerhalingVan …).

    ``to_ref`` keeps the source's key of the other commitment, so a link to one not yet
    imported is kept and resolved (``to_id``) when it arrives.
    """

    __tablename__ = "commitment_links"
    __table_args__ = (
        UniqueConstraint("from_id", "relation", "to_ref"),
        Index("ix_commitment_links_to_ref", "to_ref"),
        CheckConstraint("state IN ('confirmed','proposed','rejected')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    to_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id", ondelete="SET NULL"))
    to_ref: Mapped[str] = mapped_column(String(300))
    relation: Mapped[str] = mapped_column(String(20))  # repeats | supplements | amends | related
    # A source's links are confirmed; "related" across the chambers is proposed by the
    # tracker and confirmed (or rejected) by a clerk.
    state: Mapped[str] = mapped_column(String(20), default="confirmed",
                                       server_default="confirmed")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    from_commitment: Mapped[Commitment] = relationship(
        foreign_keys=[from_id], back_populates="links"
    )
    to_commitment: Mapped[Commitment | None] = relationship(foreign_keys=[to_id])
