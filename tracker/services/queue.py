"""The review queue: the candidates found in documents, for a clerk working through hundreds.

Candidates are listed per document, newest document first, each with its sentence. The same
sentence from copies of one paper (the SyncFeed's letter, officielebekendmakingen's Kamerstuk,
a feed item: linked by their kst- identifier or TK number) is one row: confirming it rejects
the copies as duplicates, rejecting it rejects them all. Extraction already proposes a paper's
sentences once; copies read before they were known to be copies are merged here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from ..models import Commitment, Document, ExtractedRef
from .changes import Actor, apply
from .evidence import Evidence, evidence
from .review import ReviewError, decide_candidate, set_deadline
from .search import Page

# Why a clerk rejects a candidate; stored as these codes (words in tracker/wording.py), with
# the clerk's own note after a colon.
REJECT_REASONS = ("not a commitment", "already registered", "duplicate", "other")
DUPLICATE = "same sentence in another copy of this paper"
SET_WHEN_CONFIRMING = "set when confirming"
QUEUE_CONTEXT = 160  # characters of the document around the sentence


@dataclass
class Row:
    """One sentence to decide: the candidate shown, and the same sentence in copies."""

    candidate: Commitment
    copies: list[Commitment] = field(default_factory=list)
    evidence: Evidence | None = None
    # registered toezeggingen whose number the sentence cites ("… toegezegd (T03670)"): the
    # clerk sees at once whether it is one already in the register
    cited: list[Commitment] = field(default_factory=list)

    @property
    def members(self) -> list[Commitment]:
        return [self.candidate, *self.copies]


@dataclass
class Queue(Page):
    """A page of rows (``items``; sentences, not candidates)."""

    kinds: dict[str, int] = field(default_factory=dict)  # rows per kind, whatever is chosen
    senders: dict[int, str | None] = field(default_factory=dict)

    @property
    def rows(self) -> list[Row]:
        return self.items


def _papers(docs: dict[int, tuple[str | None, str | None]]) -> dict[int, int]:
    """Document id -> the smallest id of its paper (documents sharing a kst- identifier or a
    TK number, followed from one to the next)."""
    parent = {d: d for d in docs}

    def root(d: int) -> int:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    first: dict[tuple[str, str], int] = {}
    for doc_id, (identifier, number) in docs.items():
        for key in (("i", (identifier or "").lower()), ("n", (number or "").upper())):
            if not key[1]:
                continue
            if key in first:
                a, b = root(first[key]), root(doc_id)
                parent[max(a, b)] = min(a, b)
            else:
                first[key] = doc_id
    return {d: root(d) for d in docs}


def _sentence(text: str) -> str:
    return " ".join(text.split()).casefold()


def _grouped(session: Session) -> dict[tuple, list[int]]:
    """Every sentence to decide (its paper, kind and words) with its candidates' ids, in
    document order (newest first)."""
    light = session.execute(
        select(Commitment.id, Commitment.kind, Commitment.text, Commitment.document_id,
               Document.identifier, Document.number)
        .outerjoin(Document, Document.id == Commitment.document_id)
        .where(Commitment.status == "candidate", Commitment.withdrawn.is_(False))
        .order_by(Document.date.desc().nulls_last(), Document.id.desc(),
                  Commitment.span_start, Commitment.id)).all()
    paper = _papers({r.document_id: (r.identifier, r.number) for r in light if r.document_id})
    groups: dict[tuple, list[int]] = {}
    for r in light:
        key = (paper.get(r.document_id, -r.id), r.kind, _sentence(r.text))
        groups.setdefault(key, []).append(r.id)
    return groups


def queue_size(session: Session) -> int:
    """How many sentences wait for a decision: the queue's rows, however many copies each."""
    return len(_grouped(session))


def review_queue(session: Session, *, kind: str | None = None, offset: int = 0,
                 limit: int = 20) -> Queue:
    """A page of the queue: rows in document order (newest first), copies merged."""
    everything = _grouped(session)
    kinds = Counter(key[1] for key in everything)
    groups = [ids for key, ids in everything.items() if not kind or key[1] == kind]
    chosen = groups[offset:offset + limit]
    ids = [i for group in chosen for i in group]
    rows_by_id = {c.id: c for c in session.scalars(
        select(Commitment).where(Commitment.id.in_(ids))
        .options(selectinload(Commitment.document).selectinload(Document.source),
                 selectinload(Commitment.source)))} if ids else {}
    cited = _cited(session, ids)
    rows = []
    for group in chosen:
        members = [rows_by_id[i] for i in group]
        # the copy with text and the earliest id is shown; the others are named beside it
        members.sort(key=lambda c: (not (c.document and c.document.text), c.id))
        named = {c.id: c for i in group for c in cited.get(i, [])}
        rows.append(Row(members[0], members[1:], evidence(members[0], QUEUE_CONTEXT),
                        sorted(named.values(), key=lambda c: c.number or "")))
    return Queue(rows, len(groups), limit, offset, dict(kinds))


def _cited(session: Session, ids: list[int]) -> dict[int, list[Commitment]]:
    """Candidate id -> the registered toezeggingen (not candidates, not withdrawn) whose
    numbers its sentence cites."""
    if not ids:
        return {}
    registered = aliased(Commitment)
    found: dict[int, list[Commitment]] = {}
    for candidate_id, commitment in session.execute(
            select(ExtractedRef.commitment_id, registered)
            .join(registered, registered.number == ExtractedRef.ref)
            .where(ExtractedRef.commitment_id.in_(ids), ExtractedRef.kind == "toezegging",
                   registered.status != "candidate", registered.withdrawn.is_(False))):
        found.setdefault(candidate_id, []).append(commitment)
    return found


@dataclass(frozen=True)
class Edits:
    """What a clerk may set while confirming: the fields a registered toezegging needs."""

    number: str | None
    committee: str | None
    ministry: str | None
    due: date | None


def confirm(session: Session, row: list[Commitment], edits: Edits, actor: Actor,
            ip: str | None = None) -> Commitment:
    """Confirm the first of ``row`` as a commitment with the clerk's edits; the same sentence
    in copies of the paper is rejected as a duplicate. Each change is history by the clerk."""
    c, *copies = row
    if c.status != "candidate":
        raise ReviewError(f"commitment {c.id} is {c.status}, not a candidate",
                          "not_candidate", status=c.status)
    apply(session, c, {"number": edits.number, "committee": edits.committee,
                       "ministry": edits.ministry}, actor)
    if edits.due != c.due:
        set_deadline(session, c, edits.due,
                     actor if actor.reason else actor.because(SET_WHEN_CONFIRMING), ip)
    decide_candidate(session, c, True, actor, ip)
    for copy in copies:
        if copy.status == "candidate":
            decide_candidate(session, copy, False, actor.because(DUPLICATE), ip)
    return c


def reject(session: Session, row: list[Commitment], reason: str, note: str | None,
           actor: Actor, ip: str | None = None) -> None:
    """Reject a sentence (and its copies) for one of REJECT_REASONS, with the clerk's note."""
    if reason not in REJECT_REASONS:
        raise ReviewError(f"unknown reason {reason!r}", "reject_reason")
    words = f"{reason}: {note.strip()}" if note and note.strip() else reason
    for c in row:
        if c.status != "candidate":
            raise ReviewError(f"commitment {c.id} is {c.status}, not a candidate",
                              "not_candidate", status=c.status)
        decide_candidate(session, c, False, Actor(actor.kind, actor.name, words), ip)
