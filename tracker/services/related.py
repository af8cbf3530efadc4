"""Promises made in both chambers about the same matter, linked as related.

A minister often promises the Tweede Kamer and the Eerste Kamer the same thing (T03670 in the
Eerste Kamer and TZ202503-041 in the Tweede Kamer both ask for the kenbaarheid and motivering
of algorithm use in the Awb). The tracker proposes a ``related`` link between an Eerste Kamer
and a Tweede Kamer promise when
- a document is the (confirmed or proposed) fulfilment of both, or
- they answer to the same ministry, were made within ``WINDOW_YEARS`` of each other, and share
  at least ``MIN_SHARED_WORDS`` subject words (of their texts and, for the Eerste Kamer, the
  page's short title and subjects).
A clerk confirms or rejects the proposal (history); a rejected pair is never proposed again.
Links a source gives (isHerhalingVan …) are another matter and stay as they are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..models import Commitment, CommitmentDetail, CommitmentLink, Document, Fulfilment
from .changes import Actor, record

RELATION = "related"
PROPOSER = Actor("rule", "related")
MIN_SHARED_WORDS = 3
WINDOW_YEARS = 3
MAX_PER_PROMISE = 3

# Words every promise shares, which say nothing about its matter.
_COMMON = frozenset("""
kamer kamerleden minister ministers staatssecretaris kabinet regering ministerie brief brieven
toezegging toezeggingen toegezegd informeren geinformeerd geïnformeerd sturen stuurt zenden
toesturen voortgang tijdens commissiedebat debat plenaire hierover daarover hiermee hierbij
daarbij zullen worden wordt hebben heeft gedaan deze welke andere onder tussen eerder nader
komen gekomen binnenlandse zaken koninkrijksrelaties financien financiën justitie veiligheid
economische onderwijs cultuur wetenschap volksgezondheid welzijn sport infrastructuur
waterstaat defensie buitenlandse sociale werkgelegenheid landbouw natuur voedselkwaliteit
klimaat groene groei volkshuisvesting ruimtelijke ordening asiel migratie algemene
""".split())  # noqa: SIM905 (a word list reads best as words)


def subject_words(*texts: str | None) -> frozenset[str]:
    """The words of five letters or more that say what a promise is about."""
    words: set[str] = set()
    for text in texts:
        if text:
            words.update(w for w in re.findall(r"[^\W\d_]{5,}", text.lower())
                         if w not in _COMMON)
    return frozenset(words)


@dataclass(frozen=True)
class _Promise:
    id: int
    chamber: str
    ministry: str | None
    made_on: date | None
    words: frozenset[str]


def _promises(session: Session, *where) -> list[_Promise]:
    rows = session.execute(
        select(Commitment.id, Commitment.chamber, Commitment.ministry, Commitment.made_on,
               Commitment.text, CommitmentDetail.data)
        .outerjoin(CommitmentDetail, CommitmentDetail.commitment_id == Commitment.id)
        .where(Commitment.kind == "commitment", Commitment.withdrawn.is_(False),
               Commitment.chamber.in_(("EK", "TK")),
               Commitment.status.not_in(("candidate", "rejected")), *where)
    ).all()
    found = []
    for cid, chamber, ministry, made_on, text, data in rows:
        data = data or {}
        found.append(_Promise(cid, chamber, ministry, made_on, subject_words(
            text, data.get("title"), *(data.get("subjects") or ()))))
    return found


def _near(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_YEARS * 366


def propose_related(session: Session, ids: Iterable[int] | None = None) -> int:
    """Propose related links for the given promises (default: every Eerste Kamer promise)
    against the other chamber's; the number proposed. Flushes; never commits."""
    if ids is None:
        chosen = _promises(session, Commitment.chamber == "EK")
    else:
        ids = list(ids)
        chosen = [p for start in range(0, len(ids), 500)
                  for p in _promises(session, Commitment.id.in_(ids[start:start + 500]))]
    if not chosen:
        return 0
    known = _known_pairs(session, [p.id for p in chosen])
    pairs: dict[tuple[int, int], str] = {}
    for (ek, tk), document in _shared_documents(session, [p.id for p in chosen]).items():
        pairs.setdefault((ek, tk), f"the same document keeps both: {document}")
    ministries = {p.ministry for p in chosen if p.ministry}
    others: dict[tuple[str, str], list[_Promise]] = defaultdict(list)
    if ministries:
        for p in _promises(session, Commitment.ministry.in_(ministries)):
            others[(p.chamber, p.ministry)].append(p)
    for promise in chosen:
        if not promise.ministry:
            continue
        other = "TK" if promise.chamber == "EK" else "EK"
        scored = []
        for candidate in others[(other, promise.ministry)]:
            shared = promise.words & candidate.words
            if len(shared) >= MIN_SHARED_WORDS and _near(promise.made_on, candidate.made_on):
                scored.append((len(shared), candidate.id, sorted(shared)))
        for _n, candidate_id, shared in sorted(scored, reverse=True)[:MAX_PER_PROMISE]:
            key = ((promise.id, candidate_id) if promise.chamber == "EK"
                   else (candidate_id, promise.id))
            pairs.setdefault(key, f"same ministry; words in common: {', '.join(shared)}")
    proposed = 0
    for (ek, tk), reason in sorted(pairs.items()):
        if (ek, tk) in known:
            continue
        link = CommitmentLink(from_id=ek, to_id=tk, to_ref=_ref(tk), relation=RELATION,
                              state="proposed")
        session.add(link)
        other = session.get(Commitment, tk)
        record(session, session.get(Commitment, ek), "related_proposed", None,
               other.number or str(other.id), PROPOSER.because(reason))
        known.add((ek, tk))
        proposed += 1
    session.flush()
    return proposed


def _ref(commitment_id: int) -> str:
    return f"commitment:{commitment_id}"


def _known_pairs(session: Session, ids: list[int]) -> set[tuple[int, int]]:
    """(EK id, TK id) of related links already proposed, confirmed or rejected."""
    found = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(session.execute(
            select(CommitmentLink.from_id, CommitmentLink.to_id)
            .where(CommitmentLink.relation == RELATION,
                   or_(CommitmentLink.from_id.in_(chunk), CommitmentLink.to_id.in_(chunk)))
        ).all())
    return found


def _shared_documents(session: Session, ids: list[int]) -> dict[tuple[int, int], str]:
    """(EK id, TK id) -> a document number that fulfils (or is proposed to fulfil) both."""
    mine = select(Fulfilment.document_id).where(Fulfilment.commitment_id.in_(ids),
                                                Fulfilment.state != "rejected")
    rows = session.execute(
        select(Fulfilment.document_id, Commitment.id, Commitment.chamber,
               func.coalesce(Document.number, Document.identifier, Document.external_id))
        .join(Commitment, Commitment.id == Fulfilment.commitment_id)
        .join(Document, Document.id == Fulfilment.document_id)
        .where(Fulfilment.document_id.in_(mine), Fulfilment.state != "rejected",
               Commitment.withdrawn.is_(False), Commitment.kind == "commitment")
    ).all()
    by_document: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    numbers: dict[int, str] = {}
    for document_id, cid, chamber, number in rows:
        by_document[document_id][chamber].add(cid)
        numbers[document_id] = number
    chosen = set(ids)
    found: dict[tuple[int, int], str] = {}
    for document_id, chambers in by_document.items():
        for ek in chambers.get("EK", ()):
            for tk in chambers.get("TK", ()):
                if ek in chosen or tk in chosen:
                    found[(ek, tk)] = numbers[document_id]
    return found


def decide(session: Session, link: CommitmentLink, accept: bool, actor: Actor) -> None:
    """A clerk confirms or rejects a proposed related link (history on both promises)."""
    if link.relation != RELATION or link.state != "proposed":
        raise ValueError("that link is not a proposal")
    link.state = "confirmed" if accept else "rejected"
    field = "related" if accept else "related_rejected"
    ek, tk = session.get(Commitment, link.from_id), session.get(Commitment, link.to_id)
    record(session, ek, field, None, tk.number or str(tk.id), actor)
    record(session, tk, field, None, ek.number or str(ek.id), actor)
    session.flush()
