"""Documents as plain records for `tracker export documents` (metadata, not the text), and
the same paper as several sources bring it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, selectinload

from ..models import Document, Source
from .details import details_of

CSV_DOCUMENT_FIELDS = (
    "source", "external_id", "identifier", "number", "dossier", "ondernummer", "title",
    "doc_type", "date", "chamber", "url", "text_chars", "extracted_at",
)


def document_record(row: tuple[Document, int | None]) -> dict[str, Any]:
    d, text_chars = row
    return {
        "source": d.source.key,
        "external_id": d.external_id,
        "identifier": d.identifier,
        "number": d.number,
        "dossier": d.dossier,
        "ondernummer": d.ondernummer,
        "title": d.title,
        "doc_type": d.doc_type,
        "date": d.date.isoformat() if d.date else None,
        "chamber": d.chamber,
        "url": d.url,
        "text_chars": text_chars,
        "extracted_at": d.extracted_at.isoformat() if d.extracted_at else None,
    }


def iter_documents(session: Session, source_key: str | None = None,
                   batch: int = 1000) -> Iterator[Any]:
    """Every document with the length of its text (the text itself is not loaded)."""
    query = (select(Document, func.length(Document.text))
             .options(defer(Document.text), selectinload(Document.source))
             .order_by(Document.id))
    if source_key:
        query = query.join(Source).where(func.lower(Source.key) == source_key.lower())
    yield from session.execute(query.execution_options(yield_per=batch))


def copies(session: Session, document: Document) -> list[Document]:
    """The same paper from other sources: the same Kamerstuk identifier (kst-36600-VII-12) or
    the same Tweede Kamer document number (2025D33508), followed from copy to copy (the SyncFeed
    knows both; officielebekendmakingen only the first, a feed item often only the second).
    The TK SyncFeed, officielebekendmakingen and a feed can each bring one letter; this is how
    the tracker knows they are one."""
    if document.id is None:
        return []
    identifiers = {document.identifier} - {None}
    numbers = {document.number} - {None}
    found: dict[int, Document] = {}
    while identifiers or numbers:
        # One query per key, each on its own index (an OR of the two makes SQLite read every
        # document); the texts are not needed here.
        rows = [d for column, keys in ((Document.identifier, identifiers),
                                       (Document.number, numbers)) if keys
                for d in session.scalars(
                    select(Document).where(column.in_(keys))
                    .options(selectinload(Document.source), defer(Document.text)))
                if d.id != document.id and d.id not in found]
        found.update((d.id, d) for d in rows)
        identifiers = {d.identifier for d in rows} - {None} - {document.identifier}
        numbers = {d.number for d in rows} - {None} - {document.number}
    return sorted(found.values(), key=lambda d: d.id)


def senders(session: Session, documents: list[Document]) -> dict[int, str | None]:
    """Who sent each document, as far as the tracker knows: the signer its text names (found by
    extraction, in this copy or another copy of the paper), else a feed item's author."""
    found: dict[int, str | None] = {}
    for doc in documents:
        sender = None
        for candidate in (doc, *copies(session, doc)):
            details = details_of(session, candidate)
            sender = details.get("signer") or details.get("author")
            if sender:
                break
        found[doc.id] = sender
    return found
