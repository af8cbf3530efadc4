"""What a detail page shows: a commitment with its evidence, history and relations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    bindparam,
    cast,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, joinedload, selectinload

from ..models import (
    Activity,
    Commitment,
    CommitmentLink,
    CommitmentRecipient,
    Document,
    Fulfilment,
    HistoryEntry,
    Milestone,
    Source,
)
from ..models import CommitmentDetail as RegistryDetail
from ..sourcepages import DEFAULT_TK_COMMITMENT_PAGE, tk_activity_page
from ..sourcepages import tk_commitment_page as commitment_page
from ..statuses import normalise_status
from .details import details_of
from .documents import senders, senders_stamp
from .punctuality import Kept, kept_promises
from .review import linked_by_source

CONTEXT_CHARS = 300


@dataclass(frozen=True)
class Evidence:
    """The sentence a commitment was extracted from, with some text on either side."""

    document: Document
    before: str
    sentence: str
    after: str


def evidence(c: Commitment, context: int = CONTEXT_CHARS) -> Evidence | None:
    doc = c.document
    if doc is None or not doc.text or c.span_start is None or c.span_end is None:
        return None
    start, end = c.span_start, c.span_end
    if not 0 <= start < end <= len(doc.text):
        return None
    left = max(0, start - context)
    if left:  # begin at a word, not in the middle of one
        left = doc.text.find(" ", left, start) + 1 or left
    right = min(len(doc.text), end + context)
    if right < len(doc.text):
        cut = doc.text.rfind(" ", end, right)
        right = cut if cut > 0 else right
    return Evidence(doc, ("…" if left else "") + doc.text[left:start], doc.text[start:end],
                    doc.text[end:right] + ("…" if right < len(doc.text) else ""))


@dataclass
class CommitmentDetail:
    commitment: Commitment
    history: list[HistoryEntry]
    evidence: Evidence | None
    confirmed: list[Fulfilment] = field(default_factory=list)
    proposed: list[Fulfilment] = field(default_factory=list)
    links_out: list[CommitmentLink] = field(default_factory=list)
    links_in: list[CommitmentLink] = field(default_factory=list)
    # Related promises in the other chamber proposed by the tracker: (link, the other promise).
    related_proposed: list[tuple[CommitmentLink, Commitment]] = field(default_factory=list)
    same_document: list[Commitment] = field(default_factory=list)
    # Per fulfilling or proposed document: who sent it (see services.documents.senders).
    senders: dict[int, str | None] = field(default_factory=dict)
    # Confirmed links a source made (kamerbriefNakoming): not the clerk's to undo.
    linked_by_source: set[int] = field(default_factory=set)
    # For a fulfilled promise: the day it was kept and the deadline then (punctuality's view).
    kept: Kept | None = None
    # What the source's own page says beyond the tracked fields (services.details).
    registry: dict = field(default_factory=dict)
    # The debate or meeting it was made in (Tweede Kamer), when known.
    activity: Activity | None = None

    @property
    def registry_url(self) -> str | None:
        """The Eerste Kamer page people read: the commitment's own page, else the registry
        page it was read from."""
        return self.commitment.url or self.registry.get("page_url")

    def public_pages(self, tk_commitment_page: str = DEFAULT_TK_COMMITMENT_PAGE
                     ) -> dict[str, str | None]:
        """The pages people read at the source: the commitment's and its debate's."""
        c = self.commitment
        if c.source.key == "tk":
            a = self.activity
            return {"commitment": commitment_page(c.number, tk_commitment_page),
                    "debate": tk_activity_page(a.number, a.kind) if a else None}
        if c.chamber == "EK":
            return {"commitment": self.registry_url, "debate": None}
        return {"commitment": c.url, "debate": None}

    @property
    def source_status(self) -> str | None:
        """The status the source registry gives, when it differs from the tracker's: a clerk
        confirmed a fulfilment the registry does not list (yet), or the other way round."""
        c = self.commitment
        if not c.status_raw or c.status in ("candidate", "rejected"):
            return None
        said, known = normalise_status(c.status_raw)
        return said if known and said != c.status else None

    @property
    def deadline_moves(self) -> list[HistoryEntry]:
        """Changes of an existing deadline (setting a first one is not a move)."""
        return [h for h in self.history if h.field == "due" and h.old_value]


# The commitment with its source and document and its three short collections (letters,
# links, recipients) in one statement, made once: a promise has a few of each, so their
# product stays small, and one query costs less than the eager loaders' four (0.3 ms against
# 1.3 ms on SQLite, 1.6 against 2.4 on PostgreSQL here). What the collections point to is
# read in one query a kind, below.
_DETAIL = select(Commitment).where(Commitment.id == bindparam("commitment_id")).options(
    joinedload(Commitment.source), joinedload(Commitment.document),
    joinedload(Commitment.fulfilments), joinedload(Commitment.links),
    joinedload(Commitment.recipients))


def commitment_detail(session: Session, commitment_id: int) -> CommitmentDetail | None:
    c = session.execute(_DETAIL, {"commitment_id": commitment_id}).unique().scalar_one_or_none()
    if c is None:
        return None
    _read_all(session, Document, {f.document_id for f in c.fulfilments})
    _read_all(session, Commitment, {link.to_id for link in c.links if link.to_id})
    history = list(session.scalars(
        select(HistoryEntry).where(HistoryEntry.commitment_id == c.id)
        .order_by(HistoryEntry.id)))
    links_in = list(session.scalars(
        select(CommitmentLink).where(CommitmentLink.to_id == c.id)
        .options(selectinload(CommitmentLink.from_commitment)).order_by(CommitmentLink.id)))
    same_document = []
    if c.document_id is not None:
        same_document = list(session.scalars(
            select(Commitment).where(Commitment.document_id == c.document_id,
                                     Commitment.id != c.id)
            .order_by(Commitment.span_start, Commitment.id).limit(20)))
    confirmed = [f for f in c.fulfilments if f.state == "confirmed"]
    proposed = [f for f in c.fulfilments if f.state == "proposed"]
    return CommitmentDetail(
        c, history, evidence(c), confirmed=confirmed, proposed=proposed,
        links_out=[link for link in c.links if link.state == "confirmed"],
        links_in=[link for link in links_in if link.state == "confirmed"],
        related_proposed=[(link, link.to_commitment) for link in c.links
                          if link.state == "proposed" and link.to_commitment is not None]
        + [(link, link.from_commitment) for link in links_in if link.state == "proposed"],
        same_document=same_document,
        senders=senders(session, [f.document for f in confirmed + proposed]),
        linked_by_source=linked_by_source(session, c),
        kept=next(iter(kept_promises(session, [c.id])), None)
        if c.status == "fulfilled" else None,  # only fulfilled promises were kept
        registry=details_of(session, c),
        activity=_activity(session, c),
    )


def _read_all(session: Session, model: type, ids: set[int]) -> None:
    """Rows by id into the session (a relationship to one of them then needs no query);
    one row is left to the relationship's own load."""
    if len(ids) > 1:
        session.scalars(select(model).where(model.id.in_(ids))).all()


def _activity(session: Session, c: Commitment) -> Activity | None:
    if not c.activity_ref:
        return None
    return session.scalars(
        select(Activity).where(Activity.source_id == c.source_id,
                               or_(Activity.external_id == c.activity_ref,
                                   Activity.number == c.activity_ref))
        .order_by(Activity.id.desc()).limit(1)).first()


@dataclass(frozen=True)
class Segment:
    text: str
    commitment: Commitment | None = None  # set: this piece is an extracted item


def highlighted(doc: Document, items: list[Commitment]) -> list[Segment]:
    """The document's text cut into plain pieces and the spans of its extracted items."""
    text = doc.text or ""
    spans = sorted(
        (c for c in items if c.span_start is not None and c.span_end is not None
         and 0 <= c.span_start < c.span_end <= len(text)),
        key=lambda c: (c.span_start, c.id),
    )
    segments, pos = [], 0
    for c in spans:
        # A span that overlaps the one before shows what it adds ("De komende periode zal ik:
        # – …; – …" gives a promise a part, each from the opening to its part); one wholly
        # inside it is that one's.
        start = max(c.span_start, pos)
        if start >= c.span_end:
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:c.span_end], c))
        pos = c.span_end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def milestone_moves(m: Milestone) -> list[HistoryEntry]:
    """The date changes of a milestone, oldest first (each: old → new, by which act)."""
    return [h for h in m.history if h.field == "date" and h.old_value]


# --- what a promise's page depends on -----------------------------------------------------------
# A page is made once per state of everything it shows (web/pages.py). One statement reads that
# state: a row per thing shown, each with what moves when it changes (a row's version or
# updated_at, or, for rows that have neither, the values shown). Every change of a commitment
# or document moves its updated_at (the ORM's and Core's onupdate, and bulk.py sets it itself);
# history rows are only ever added.

def _part(name: str, row_id: Any, a: Any = None, b: Any = None) -> tuple:
    return (literal(name, String).label("part"), cast(row_id, Integer).label("id"),
            cast(a, String).label("a"), cast(b, String).label("b"))


def _text_of(*values: Any) -> Any:
    """Values joined with '|' in SQL (NULL as '')."""
    joined = func.coalesce(cast(values[0], String), "")
    for value in values[1:]:
        joined = joined + "|" + func.coalesce(cast(value, String), "")
    return joined


def _stamp_statement() -> Any:
    cid = bindparam("commitment_id", type_=Integer)
    c = Commitment.__table__
    doc = Document.__table__
    other = Commitment.__table__.alias("other")
    link = CommitmentLink.__table__
    fulfilment = Fulfilment.__table__
    same = (select(other.c.id, other.c.version, other.c.updated_at)
            .where(other.c.document_id == select(c.c.document_id).where(c.c.id == cid)
                   .scalar_subquery(), other.c.id != cid)
            .order_by(other.c.span_start, other.c.id).limit(20).subquery("same"))
    act = Activity.__table__
    activity = (select(act.c.id, act.c.updated_at).select_from(act.join(
        c, and_(c.c.id == cid, act.c.source_id == c.c.source_id,
                or_(act.c.external_id == c.c.activity_ref, act.c.number == c.c.activity_ref))))
        .order_by(act.c.id.desc()).limit(1).subquery("act"))
    return union_all(
        select(*_part("c", c.c.id, c.c.version, c.c.updated_at)).where(c.c.id == cid),
        # Every source (a handful): their names are shown for the promise and its letters.
        select(*_part("s", Source.id, Source.key, Source.name)),
        select(*_part("d", doc.c.id, doc.c.updated_at)).select_from(
            doc.join(c, c.c.document_id == doc.c.id)).where(c.c.id == cid),
        select(*_part("r", CommitmentRecipient.id, CommitmentRecipient.position,
                      _text_of(CommitmentRecipient.name, CommitmentRecipient.party)))
        .where(CommitmentRecipient.commitment_id == cid),
        select(*_part("f", fulfilment.c.id, _text_of(fulfilment.c.state, doc.c.id),
                      doc.c.updated_at))
        .select_from(fulfilment.join(doc, doc.c.id == fulfilment.c.document_id))
        .where(fulfilment.c.commitment_id == cid),
        select(*_part("lo", link.c.id, _text_of(link.c.state, link.c.relation, link.c.to_ref),
                      _text_of(other.c.id, other.c.version, other.c.updated_at)))
        .select_from(link.outerjoin(other, other.c.id == link.c.to_id))
        .where(link.c.from_id == cid),
        select(*_part("li", link.c.id, _text_of(link.c.state, link.c.relation),
                      _text_of(other.c.id, other.c.version, other.c.updated_at)))
        .select_from(link.join(other, other.c.id == link.c.from_id))
        .where(link.c.to_id == cid),
        select(*_part("sd", same.c.id, same.c.version, same.c.updated_at)),
        select(*_part("h", func.count(HistoryEntry.id), func.max(HistoryEntry.id)))
        .where(HistoryEntry.commitment_id == cid),
        select(*_part("x", RegistryDetail.commitment_id, RegistryDetail.updated_at))
        .where(RegistryDetail.commitment_id == cid),
        select(*_part("a", activity.c.id, activity.c.updated_at)),
    )


_STAMP = _stamp_statement()


def page_stamp(session: Session, commitment_id: int) -> tuple | None:
    """The state of everything the commitment's page shows (None: there is no such
    commitment): equal stamps, equal pages. Who sent a letter that fulfils it is read from
    its copies, as far as they go (services.documents.senders), so what that reads is part of
    the stamp, read fresh (services.documents.senders_stamp)."""
    found = session.execute(_STAMP, {"commitment_id": commitment_id})
    rows = sorted((tuple(row) for row in found), key=lambda row: (row[0], row[1]))
    if not any(part == "c" for part, *_rest in rows):
        return None
    letters = sorted({int(a.split("|")[1]) for part, _id, a, _b in rows if part == "f"})
    if letters:
        rows.append(("senders", 0, repr(senders_stamp(session, letters)), None))
    return tuple(rows)
