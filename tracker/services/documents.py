"""Documents as plain records for `tracker export documents` (metadata, not the text), and
the same paper as several sources bring it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, selectinload

from ..models import Document, DocumentDetail, Source
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


_COPY_KEYS = (Document.id, Document.identifier, Document.number, Document.updated_at)


def senders_stamp(session: Session, ids: list[int]) -> tuple:
    """Everything ``senders`` reads for these documents, as plain rows: each document and every
    copy of it (followed as ``copies`` follows them), with when it and its details last
    changed. Equal stamps, equal senders; a few indexed reads, no objects built."""
    seen = {row.id: tuple(row) for row in session.execute(
        select(*_COPY_KEYS).where(Document.id.in_(ids)))}
    identifiers = {row[1] for row in seen.values()} - {None}
    numbers = {row[2] for row in seen.values()} - {None}
    asked: set[tuple[str, str]] = set()
    while identifiers or numbers:
        asked |= {("i", k) for k in identifiers} | {("n", k) for k in numbers}
        fresh = [tuple(row) for column, keys in ((Document.identifier, identifiers),
                                                  (Document.number, numbers)) if keys
                 for row in session.execute(select(*_COPY_KEYS).where(column.in_(keys)))
                 if row.id not in seen]
        seen.update((row[0], row) for row in fresh)
        identifiers = {row[1] for row in fresh} - {None} - {k for c, k in asked if c == "i"}
        numbers = {row[2] for row in fresh} - {None} - {k for c, k in asked if c == "n"}
    details = session.execute(
        select(DocumentDetail.document_id, DocumentDetail.updated_at)
        .where(DocumentDetail.document_id.in_(list(seen)))).all()
    return (tuple(sorted(seen.values())), tuple(sorted(tuple(row) for row in details)))


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
