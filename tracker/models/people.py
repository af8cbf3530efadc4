"""Whom a commitment was made to: members and their parties.

A Tweede Kamer toezegging names the Persoon and Fractie it was made to by reference; the
SyncFeed's Persoon and Fractie entities give their names, and either may arrive first (a
recipient keeps the references and gets the names when they come). An Eerste Kamer page lists
its Kamerleden with their party in brackets. One row per member per commitment, so the list
can filter and count by party.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .source import Source


class Person(Base):
    """A SyncFeed Persoon, by GUID: the name the Kamer writes and the party they sit for."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("source_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    external_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str | None] = mapped_column(String(200))
    party: Mapped[str | None] = mapped_column(String(100))  # fractielabel
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    source: Mapped[Source] = relationship()


class Party(Base):
    """A SyncFeed Fractie, by GUID."""

    __tablename__ = "parties"
    __table_args__ = (UniqueConstraint("source_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    external_id: Mapped[str] = mapped_column(String(100))
    abbreviation: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    source: Mapped[Source] = relationship()


class CommitmentRecipient(Base):
    """One member (and party) a commitment was made to."""

    __tablename__ = "commitment_recipients"
    __table_args__ = (
        UniqueConstraint("commitment_id", "position"),
        Index("ix_commitment_recipients_party", "party"),
        Index("ix_commitment_recipients_person_ref", "person_ref"),
        Index("ix_commitment_recipients_party_ref", "party_ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str | None] = mapped_column(String(300))
    party: Mapped[str | None] = mapped_column(String(100))
    person_ref: Mapped[str | None] = mapped_column(String(100))  # SyncFeed Persoon GUID
    party_ref: Mapped[str | None] = mapped_column(String(100))  # SyncFeed Fractie GUID
