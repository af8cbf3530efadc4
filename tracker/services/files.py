"""Documents a clerk has as files (a letter, a stenogram, a registry page), read in by
``tracker import documents`` so that what they promise lands in the review queue.

The file's bytes are its key: reading the same file again changes nothing (unless it is given
another date, which its deadlines are read from), a changed file is another document. The
caller reads the file (``scrapers.documents``); nothing here touches the file system.
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy.orm import Session

from scrapers.documents import DocumentText

from ..extraction.dates import reference_dates
from ..models import Document, Source
from .changes import Actor, Outcome, upsert
from .sources import get_source

IMPORT = Actor("sync", "bestanden")
FILES = "bestanden"


def files_source(session: Session) -> Source:
    return get_source(session, FILES, kind="file", name="Ingelezen bestanden")


def import_document(session: Session, data: bytes, read: DocumentText, *, name: str,
                    day: date | None = None, actor: Actor = IMPORT) -> tuple[Document, Outcome]:
    """Store a file's text as a document waiting for extraction (``day``: its date when the
    file does not say it beside its text; else the date its text gives, as ``tracker extract``
    reads it: a letter's "Den Haag, …", a nota's "Ontvangen …"; ``name``: the file's name, the
    title when the file gives none)."""
    # a stenogram is the Tweede Kamer's; what else a file is, its text says
    stenogram = read.form == "transcript" and read.read_as == "xml"
    values = {
        "title": read.title or name,
        "date": read.date or day or reference_dates(read.text).document_date,
        "text": read.text,
        "doc_type": "Stenogram" if stenogram else None,
        "chamber": "TK" if stenogram else None,
    }
    key = "sha256:" + hashlib.sha256(data).hexdigest()
    document, outcome, changed = upsert(session, Document, files_source(session), key, values,
                                        actor)
    if outcome == "updated" and ("text" in changed or "date" in changed):
        document.extracted_at = None  # (deadlines are read from the date: read it again)
    return document, outcome
