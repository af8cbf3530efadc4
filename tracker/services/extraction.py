"""Candidate commitments from document text, kept in step with the text as it changes.

``extract_document`` turns what ``tracker.extraction`` finds into commitments with status
``candidate`` under the source "extraction", keyed per document and sentence, so extracting the
same text again changes nothing. When the text changes, a candidate whose sentence is gone is
marked withdrawn (history says why); one that comes back is restored. A candidate a clerk has
confirmed or rejected (any status but ``candidate``) is never touched again. A document that
cites a toezegging number proposes itself as its fulfilment (``set_fulfilment`` with state
"proposed"), for a clerk to confirm or reject.

``extract_pending`` reads every document whose text has not been read since it last changed:
other sources leave new documents with ``extracted_at`` NULL.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..calendar import ParliamentaryCalendar
from ..documentkinds import sent_by_government
from ..extraction import Extraction, Item, extract
from ..extraction.actors import ministry_of
from ..models import (
    OPEN_STATUSES,
    Commitment,
    Document,
    ExtractedRef,
    Fulfilment,
    Milestone,
    Source,
    utcnow,
)
from .calendar import calendar_from_db
from .changes import Actor, apply, set_fulfilment, upsert
from .details import merge_details
from .documents import copies
from .milestones import bundled_catalogue
from .runs import Progress
from .sources import get_source

log = logging.getLogger(__name__)

SOURCE_KEY = "extraction"
EXTRACTION = Actor("extraction", "text")
_TOEZEGGING = re.compile(r"TZ\d{6}-\d{3}|T\d{5}")


def extraction_source(session: Session):
    return get_source(session, SOURCE_KEY, kind="extraction", name="Tekstextractie")


def catalogue(session: Session) -> list[Any]:
    """The milestones to link to: the database's (with their amendments), else the bundled."""
    rows = list(session.scalars(select(Milestone)))
    return rows or bundled_catalogue()


def candidate_key(document: Document, item: Item, occurrence: int = 1) -> str:
    """Stable per document and sentence: the same sentence gives the same key on every run."""
    digest = hashlib.sha1(" ".join(item.text.split()).encode("utf-8")).hexdigest()[:16]
    suffix = f"-{occurrence}" if occurrence > 1 else ""
    return f"doc-{document.id}:{item.kind}:{digest}{suffix}"


def extract_document(
    session: Session,
    document: Document,
    *,
    calendar: ParliamentaryCalendar | None = None,
    milestones: Iterable[Any] | None = None,
    actor: Actor = EXTRACTION,
) -> dict[str, int]:
    """Bring the document's candidates in line with its text; return what changed.

    A document without text (a stub, a failed fetch) is left alone: no text is no evidence
    that its sentences are gone."""
    if not document.text:
        return {"inserted": 0, "updated": 0, "unchanged": 0, "withdrawn": 0, "in_copies": 0,
                "proposals": 0}
    calendar = calendar or calendar_from_db(session)
    rows = list(milestones) if milestones is not None else catalogue(session)
    result = extract(document.text or "", document.date, calendar, rows)
    return store_extraction(session, document, result, rows, actor)


def store_extraction(session: Session, document: Document, result: Extraction,
                     milestones: list[Any], actor: Actor = EXTRACTION) -> dict[str, int]:
    """Store what ``extract`` found in a document (see ``extract_document``).

    The document is marked read only if it is still the version whose text was read: a sync
    that changed it meanwhile (another transaction) leaves it in the queue for the next run.
    """
    session.flush()
    seen = document.updated_at
    paper = [d.id for d in copies(session, document)]  # the same paper from other sources
    counts = _store_candidates(session, document, result, milestones, paper,
                               actor.because(reference=document.display_number))
    counts["proposals"] = _propose_fulfilments(session, document, result, paper, actor)
    # Who signed it, as the text says: the "sender" a clerk sees before confirming it as a
    # fulfilment.
    merge_details(session, document, {"signer": result.author})
    if document.extracted_at is None or seen > document.extracted_at:
        # Both stamps get the same value, so a later change to the document (updated_at moves
        # on) makes it pending again.
        now = utcnow()
        marked = session.execute(
            update(Document).where(Document.id == document.id, Document.updated_at == seen)
            .values(extracted_at=now, updated_at=now)
            .execution_options(synchronize_session=False)).rowcount
        if marked:
            set_committed_value(document, "extracted_at", now)
            set_committed_value(document, "updated_at", now)
        else:
            log.info("document %s changed while it was read; it stays in the extraction queue",
                     document.display_number)
    session.flush()
    return counts


def _store_candidates(session: Session, document: Document, result: Extraction,
                      milestones: list[Any], paper: list[int], actor: Actor) -> dict[str, int]:
    source = extraction_source(session)
    existing = {
        c.external_id: c for c in session.scalars(
            select(Commitment).where(Commitment.source_id == source.id,
                                     Commitment.document_id == document.id))
    }
    elsewhere = _sentences_in_copies(session, source, paper)
    milestone_ids = {m.key: m.id for m in milestones if isinstance(m, Milestone)}
    counts = {"inserted": 0, "updated": 0, "unchanged": 0, "withdrawn": 0, "in_copies": 0}
    seen: set[str] = set()
    occurrences: Counter[str] = Counter()
    for item in result.items:
        base = candidate_key(document, item)
        occurrences[base] += 1
        key = candidate_key(document, item, occurrences[base])
        seen.add(key)
        row = existing.get(key)
        if row is None and _sentence(key) in elsewhere:
            counts["in_copies"] += 1  # proposed from another copy of this paper already
            continue
        if row is not None and row.status != "candidate":
            counts["unchanged"] += 1  # a clerk has decided: leave it alone
            continue
        values = _values(document, item, result.author)
        if row is None:
            row, outcome, _ = upsert(session, Commitment, source, key,
                                     {**values, "status": "candidate"}, actor)
        else:
            changed = apply(session, row, {**values, "withdrawn": False},
                            actor.because("text extracted again"))
            outcome = "updated" if changed else "unchanged"
        counts[outcome] += 1
        _store_refs(session, row, item, milestone_ids)
    for key, row in existing.items():
        if key not in seen and row.status == "candidate" and not row.withdrawn:
            apply(session, row, {"withdrawn": True},
                  actor.because("the sentence is no longer in the document text"))
            counts["withdrawn"] += 1
    return counts


def _sentence(key: str) -> str:
    """A candidate's key without its document: ``commitment:<digest>[-n]``."""
    return key.split(":", 1)[1]


def _sentences_in_copies(session: Session, source: Source, paper: list[int]) -> set[str]:
    """The sentences already proposed from other copies of the same paper (see ``copies``),
    so a letter that arrives by the TK feed, officielebekendmakingen and an RSS feed is one
    set of candidates in the review queue, not three."""
    if not paper:
        return set()
    return {_sentence(key) for key in session.scalars(
        select(Commitment.external_id).where(Commitment.source_id == source.id,
                                             Commitment.document_id.in_(paper),
                                             Commitment.withdrawn.is_(False)))}


def _values(document: Document, item: Item, author: str | None) -> dict[str, Any]:
    return {
        "kind": item.kind, "text": item.text, "actor": item.actor,
        # the actor's ministry, else the signer's: "het kabinet" in a letter signed by a
        # minister is that minister's ministry's to keep
        "ministry": (ministry_of(item.actor) or ministry_of(author)) if item.kind != "milestone"
        else None,
        "chamber": document.chamber, "made_on": item.reference_date,
        "due": item.due, "due_phrase": item.deadline_text,
        "due_precision": item.precision if item.deadline_text else None,
        "due_source": "text" if item.deadline_text else None,
        "due_rule": item.deadline_rule, "document_id": document.id,
        "span_start": item.start, "span_end": item.end,
        "rule": item.rule, "confidence": item.confidence,
    }


def ref_kind(ref: str) -> str:
    if ref.startswith("milestone:"):
        return "milestone"
    if ref.startswith("kst-"):
        return "kamerstuk"
    if ref.startswith("motie:"):
        return "motie"
    if _TOEZEGGING.fullmatch(ref):
        return "toezegging"
    return "document"


def _store_refs(session: Session, commitment: Commitment, item: Item,
                milestone_ids: dict[str, int]) -> None:
    """Rewrite the candidate's references (derived data: no history of its own)."""
    links = {f"milestone:{m.key}": m for m in item.milestones}
    wanted = {}
    for ref in item.refs:
        link = links.get(ref)
        wanted[ref] = {
            "kind": ref_kind(ref),
            "milestone_id": milestone_ids.get(link.key) if link else None,
            "quoted_date": link.quoted if link else None,
            "status": link.status if link else None,
            "note": link.note if link else None,
        }
    current = {r.ref: r for r in session.scalars(
        select(ExtractedRef).where(ExtractedRef.commitment_id == commitment.id))}
    for ref, row in current.items():
        if ref not in wanted:
            session.delete(row)
    for ref, values in wanted.items():
        row = current.get(ref)
        if row is None:
            session.add(ExtractedRef(commitment_id=commitment.id, ref=ref, **values))
        else:
            for field, value in values.items():
                if getattr(row, field) != value:
                    setattr(row, field, value)


def _propose_fulfilments(session: Session, document: Document, result: Extraction,
                         paper: list[int], actor: Actor) -> int:
    """Propose this document as fulfilling the registered toezeggingen it cites, and those it
    says it keeps without a number ("de toezegging die ik tijdens het commissiedebat van
    9 april 2025 heb gedaan") when one made that day shares its subject. Only toezeggingen
    still open: a withdrawn, closed or rejected one has nothing left for a clerk to decide.
    Only documents the government sends (``documentkinds.sent_by_government``)."""
    if not sent_by_government(document.doc_type, document.title, result.author,
                              keeps_a_promise=bool(result.fulfilments)):
        # A committee report, agenda or verslag that cites a number is the Kamer talking
        # about a promise, not the government keeping it.
        return 0
    source = extraction_source(session)
    still_open = (Commitment.source_id != source.id, Commitment.status.in_(OPEN_STATUSES),
                  Commitment.withdrawn.is_(False))
    reasons: dict[Commitment, str] = {}
    numbers = [ref for ref in result.refs if _TOEZEGGING.fullmatch(ref)]
    if numbers:
        stated = {ref for f in result.fulfilments for ref in f.refs}
        for commitment in session.scalars(
                select(Commitment).where(Commitment.number.in_(numbers), *still_open)):
            reasons[commitment] = ("the document says it fulfils " if commitment.number in stated
                                   else "the document cites ") + commitment.number
    for kept in result.fulfilments:
        if kept.dates and not any(_TOEZEGGING.fullmatch(ref) for ref in kept.refs):
            for commitment, shared in _made_that_day(session, kept, document, still_open):
                reasons.setdefault(commitment, (
                    f"the document says it keeps a promise made on {commitment.made_on}; "
                    f"in common: {', '.join(shared)}"))
    proposed = 0
    for commitment, reason in reasons.items():
        already = session.scalar(select(Fulfilment).where(
            Fulfilment.commitment_id == commitment.id,
            Fulfilment.document_id.in_([document.id, *paper])).limit(1))
        if already is not None:
            continue  # proposed before (from this copy of the paper or another), or decided
        if set_fulfilment(session, commitment, document,
                          actor.because(reason, document.display_number), state="proposed"):
            proposed += 1
    return proposed


# Words every letter and toezegging share, which say nothing about the subject.
_COMMON_WORDS = frozenset("""
kamer kamerleden minister ministers staatssecretaris kabinet regering ministerie brief brieven
toezegging toezeggingen toegezegd gestand informeren geinformeerd geïnformeerd sturen stuurt
zenden toesturen voortgang tijdens commissiedebat debat plenaire hierover daarover hiermee
hierbij daarbij zullen worden wordt hebben heeft gedaan deze welke andere onder tussen eerder
nader komen gekomen""".split())  # noqa: SIM905 (a word list reads best as words)
MIN_SHARED_WORDS = 2


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{5,}", text.lower()) if w not in _COMMON_WORDS}


def _made_that_day(session: Session, kept: Any, document: Document,
                   still_open: tuple) -> list[tuple[Commitment, list[str]]]:
    """Open toezeggingen made on a date the sentence names, sharing at least two subject words
    with the sentence and the document's title."""
    words = _content_words(f"{kept.text} {document.title or ''}")
    found = []
    for commitment in session.scalars(
            select(Commitment).where(Commitment.made_on.in_(kept.dates),
                                     Commitment.kind == "commitment", *still_open)
            .order_by(Commitment.id)):
        shared = sorted(words & _content_words(commitment.text or ""))
        if len(shared) >= MIN_SHARED_WORDS:
            found.append((commitment, shared))
    return found


def pending_documents(session: Session, limit: int | None = None) -> list[Document]:
    """Documents with text that extraction has not read since they last changed."""
    query = (
        select(Document)
        .where(Document.text.is_not(None), Document.text != "",
               or_(Document.extracted_at.is_(None), Document.updated_at > Document.extracted_at))
        .order_by(Document.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def extract_pending(session: Session, limit: int | None = None,
                    progress: Progress | None = None) -> dict[str, int]:
    """Extract every pending document (the scheduler's job, and after each source's sync)."""
    totals = Counter({"documents": 0, "inserted": 0, "updated": 0, "unchanged": 0,
                      "withdrawn": 0, "in_copies": 0, "proposals": 0, "failed": 0})
    documents = pending_documents(session, limit)
    if not documents:
        return dict(totals)
    calendar = calendar_from_db(session)
    rows = catalogue(session)
    for done, document in enumerate(documents):
        if progress:
            progress("extraction", done, len(documents))
        try:
            result = extract(document.text or "", document.date, calendar, rows)
        except Exception:
            # Reading the text is pure and property-tested never to raise; should it still,
            # this document is skipped and stays pending, and the rest of the run goes on.
            log.exception("extraction of document %s (id %s) failed",
                          document.display_number, document.id)
            totals["failed"] += 1
            continue
        totals["documents"] += 1
        totals.update(store_extraction(session, document, result, rows))
    if progress:
        progress("extraction", len(documents), len(documents))
    return dict(totals)
