"""One filter and search service for every list: the pages, exports, calendar, feed and API.

A ``CommitmentFilter`` is read from URL arguments (``from_args``) and written back to them
(``to_args``), so a view can be bookmarked and shared and means the same in every format.
Full-text search uses SQLite FTS5 or PostgreSQL's Dutch text search (made by migration 0006):
the words of the query, each matched as a prefix, all required. A query that looks like a
commitment or document number also matches that number exactly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    false,
    func,
    literal,
    literal_column,
    select,
    table,
    true,
    union,
)
from sqlalchemy.orm import Session, defer, selectinload

from ..lifecycle import open_clauses, overdue_clauses
from ..models import (
    KINDS,
    PRECISIONS,
    STATUSES,
    Commitment,
    CommitmentRecipient,
    Document,
    Fulfilment,
    Source,
)

# Deadline windows a view can name; relative to today, so a bookmark keeps meaning "now".
# "open" and "overdue" mean what tracker.lifecycle says, on every page and export.
WINDOWS = ("open", "overdue", "soon", "quarter", "none")
SOON_DAYS = 30
SORTS = ("due", "-due", "made_on", "-made_on", "number", "updated", "relevance")
CHAMBERS = ("TK", "EK")
# Ranking every hit costs time in proportion to their number: a query with more hits than
# this is listed in deadline order instead (the page says so).
RELEVANCE_LIMIT = 2000
# At most this many documents whose title matches widen a search to their commitments.
MAX_DOCUMENT_HITS = 500
# Without a status filter a list shows commitments, not what awaits or failed review.
DEFAULT_EXCLUDED = ("candidate", "rejected")
MAX_QUERY_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER_LIKE = re.compile(r"^[A-Za-z]{0,4}\d[\w-]*$")


class FilterError(ValueError):
    """A filter value the tracker cannot use; ``errors`` maps each argument to its problem."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class CommitmentFilter:
    q: str = ""
    chamber: tuple[str, ...] = ()
    source: tuple[str, ...] = ()  # source keys: tk, ek, extraction, …
    committee: tuple[str, ...] = ()
    ministry: tuple[str, ...] = ()
    party: tuple[str, ...] = ()  # the party of a member it was made to (GL-PvdA, CDA)
    status: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    precision: tuple[str, ...] = ()
    window: str = ""
    due_from: date | None = None
    due_to: date | None = None
    withdrawn: bool = False  # include commitments withdrawn at their source
    sort: str = ""

    MULTI = ("chamber", "source", "committee", "ministry", "party", "status", "kind",
             "precision")

    @classmethod
    def from_args(cls, args: Any) -> CommitmentFilter:
        """Read a filter from a request's arguments (a MultiDict); raise FilterError."""
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        allowed = {"chamber": CHAMBERS, "status": STATUSES, "kind": KINDS,
                   "precision": PRECISIONS}
        for name in cls.MULTI:
            chosen = tuple(dict.fromkeys(v.strip() for v in _getlist(args, name) if v.strip()))
            bad = [v for v in chosen if name in allowed and v not in allowed[name]]
            if bad:
                errors[name] = f"unknown value {bad[0]!r}; one of {', '.join(allowed[name])}"
            values[name] = chosen
        values["q"] = (args.get("q") or "").strip()[:200]
        window = (args.get("window") or "").strip()
        if window and window not in WINDOWS:
            errors["window"] = f"unknown window {window!r}; one of {', '.join(WINDOWS)}"
        values["window"] = window
        for name in ("due_from", "due_to"):
            raw = (args.get(name) or "").strip()
            if raw:
                try:
                    values[name] = date.fromisoformat(raw)
                except ValueError:
                    errors[name] = f"{raw!r} is not a date (YYYY-MM-DD)"
        values["withdrawn"] = (args.get("withdrawn") or "") in ("1", "true", "yes", "on")
        sort = (args.get("sort") or "").strip()
        if sort and sort not in SORTS:
            errors["sort"] = f"unknown sort {sort!r}; one of {', '.join(SORTS)}"
        values["sort"] = sort
        if errors:
            raise FilterError(errors)
        return cls(**values)

    def to_args(self, **changes: Any) -> list[tuple[str, str]]:
        """The URL arguments of this filter (defaults left out), with ``changes`` applied."""
        f = replace(self, **changes) if changes else self
        args: list[tuple[str, str]] = []
        for spec in fields(f):
            value = getattr(f, spec.name)
            if value in ("", (), None, False):
                continue
            if isinstance(value, tuple):
                args.extend((spec.name, v) for v in value)
            elif value is True:
                args.append((spec.name, "1"))
            else:
                args.append((spec.name, value.isoformat() if isinstance(value, date) else value))
        return args

    @property
    def active(self) -> bool:
        """True when anything narrows the list (the sort order does not)."""
        return bool(self.to_args(sort=""))

    @property
    def effective_sort(self) -> str:
        return self.sort or ("relevance" if self.q else "due")


def _getlist(args: Any, name: str) -> list[str]:
    if hasattr(args, "getlist"):
        return args.getlist(name)
    value = args.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


# -- full-text -----------------------------------------------------------------------------


def query_words(q: str) -> list[str]:
    """The words of a search query, lower-cased, at most MAX_QUERY_WORDS."""
    return [w.lower() for w in _WORD.findall(q)][:MAX_QUERY_WORDS]


def _fts5_query(words: list[str], columns: tuple[str, ...] = ()) -> str:
    # Each word quoted (so FTS5 syntax in user input is inert) and matched as a prefix.
    query = " AND ".join(f'"{w}"*' for w in words)
    return f"{{{' '.join(columns)}}} : ({query})" if columns else query


def _tsquery(words: list[str], weights: str = "") -> str:
    # Words are \w+ only, so nothing in them is tsquery syntax; ':*' makes each a prefix.
    return " & ".join(f"{w}:*{weights}" for w in words)


def fulltext_ids(session: Session, model: type, words: list[str],
                 columns: tuple[str, ...] = ()) -> Select:
    """A SELECT of the ids of ``model`` rows matching every word (SQLite FTS5 / PostgreSQL)."""
    name = model.__tablename__
    if session.get_bind().dialect.name == "postgresql":
        weights = "A" if columns else ""
        vector = literal_column(f"{name}.search_vector")
        tsq = func.to_tsquery(literal_column("'dutch'::regconfig"), _tsquery(words, weights))
        return select(model.id).where(vector.op("@@")(tsq))
    fts = table(f"{name}_fts", column("rowid"))
    match = literal_column(f"{name}_fts").op("MATCH")(_fts5_query(words, columns))
    return select(fts.c.rowid).where(match)


def _relevance(session: Session, words: list[str]):
    """(a FROM object to join on commitments.id, its rank column; lower ranks first)."""
    if session.get_bind().dialect.name == "postgresql":
        vector = literal_column("commitments.search_vector")
        tsq = func.to_tsquery(literal_column("'dutch'::regconfig"), _tsquery(words))
        return None, -func.ts_rank(vector, tsq)
    fts = table("commitments_fts", column("rowid"))
    ranked = (
        select(fts.c.rowid.label("id"),
               func.bm25(literal_column("commitments_fts")).label("rank"))
        .where(literal_column("commitments_fts").op("MATCH")(_fts5_query(words)))
        .subquery("ranked")
    )
    return ranked, ranked.c.rank


# -- commitments ---------------------------------------------------------------------------


def conditions(session: Session, f: CommitmentFilter, today: date) -> list[ColumnElement]:
    """The WHERE clauses of a filter, for ``select(Commitment)`` and its aggregates."""
    where: list[ColumnElement] = []
    if not f.withdrawn:
        where.append(Commitment.withdrawn.is_(False))
    if f.status:
        where.append(Commitment.status.in_(f.status))
    else:
        where.append(Commitment.status.not_in(DEFAULT_EXCLUDED))
    for name, col in (("chamber", Commitment.chamber), ("committee", Commitment.committee),
                      ("ministry", Commitment.ministry), ("kind", Commitment.kind),
                      ("precision", Commitment.due_precision)):
        chosen = getattr(f, name)
        if chosen:
            where.append(col.in_(chosen))
    if f.source:
        where.append(Commitment.source_id.in_(select(Source.id).where(Source.key.in_(f.source))))
    if f.party:
        where.append(Commitment.id.in_(select(CommitmentRecipient.commitment_id).where(
            CommitmentRecipient.party.in_(f.party))))
    # Open, overdue and due-soon are about promises (tracker.lifecycle): without a kind filter
    # they leave out requests and milestones found in text, as the overview and rappel do.
    promises_only = not f.kind
    if f.window == "open":
        where += open_clauses(Commitment, kind=promises_only)
    elif f.window == "overdue":
        where += overdue_clauses(Commitment, today, kind=promises_only)
    elif f.window in ("soon", "quarter"):
        days = SOON_DAYS if f.window == "soon" else 91
        where += [*open_clauses(Commitment, kind=promises_only), Commitment.due >= today,
                  Commitment.due <= today + timedelta(days=days)]
    elif f.window == "none":
        where.append(Commitment.due.is_(None))
    if f.due_from:
        where.append(Commitment.due >= f.due_from)
    if f.due_to:
        where.append(Commitment.due <= f.due_to)
    if f.q:
        where.append(_text_match(session, f.q))
    return where


def _text_match(session: Session, q: str) -> ColumnElement:
    words = query_words(q)
    if not words:
        return false()
    # A hit in the commitment itself, or in the title or number of its document or of a
    # fulfilling letter; one IN over a UNION, so the database can still read the list in
    # deadline order instead of collecting and sorting every hit of three separate tests.
    # The (few) matching documents are looked up first: a list of ids gives the planner a true
    # row estimate, where PostgreSQL guesses thousands for a weighted text match.
    doc_ids = list(session.scalars(
        fulltext_ids(session, Document, words, ("number", "identifier", "title"))
        .limit(MAX_DOCUMENT_HITS)))
    hits = [fulltext_ids(session, Commitment, words)]
    if doc_ids:
        hits += [
            select(Commitment.id).where(Commitment.document_id.in_(doc_ids)),
            select(Fulfilment.commitment_id).where(Fulfilment.document_id.in_(doc_ids),
                                                   Fulfilment.state != "rejected"),
        ]
    if _NUMBER_LIKE.match(q.strip()):
        # Tokenisers split "TZ202504-057" oddly (PostgreSQL reads "-057" as a number).
        hits.append(select(Commitment.id).where(Commitment.number == q.strip().upper()))
    return Commitment.id.in_(union(*hits))


def _ordered(session: Session, query: Select, f: CommitmentFilter) -> Select:
    sort = f.effective_sort
    if sort == "relevance" and query_words(f.q):
        ranked, rank = _relevance(session, query_words(f.q))
        if ranked is not None:
            query = query.outerjoin(ranked, ranked.c.id == Commitment.id)
        return query.order_by(rank.is_(None), rank, Commitment.due.is_(None), Commitment.due,
                              Commitment.id)
    orders = {
        "due": (Commitment.due.is_(None), Commitment.due, Commitment.id),
        # The exact reverse of "due" (so one index serves both): no deadline comes first.
        "-due": (Commitment.due.is_(None).desc(), Commitment.due.desc(), Commitment.id.desc()),
        "made_on": (Commitment.made_on.is_(None), Commitment.made_on, Commitment.id),
        "-made_on": (Commitment.made_on.is_(None), Commitment.made_on.desc(),
                     Commitment.id.desc()),
        "number": (Commitment.number.is_(None), Commitment.number, Commitment.id),
        "updated": (Commitment.updated_at.desc(), Commitment.id.desc()),
    }
    return query.order_by(*orders.get(sort, orders["due"]))


def paged(query: Select, limit: int, offset: int) -> Select:
    """``query`` with LIMIT and OFFSET written into the SQL rather than bound.

    SQLite plans a bound LIMIT as unknown and sorts every match before taking a page (200 ms
    instead of 7 ms for a ranked search of 5,000 rows); literal numbers let it keep only the
    top rows while sorting. The values are ints, so nothing user-written reaches the SQL.
    """
    return query.limit(literal(int(limit), literal_execute=True)).offset(
        literal(int(offset), literal_execute=True))


@dataclass
class Page:
    items: list[Any]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def prev_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None

    @property
    def number(self) -> int:
        return self.offset // self.limit + 1 if self.limit else 1

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit)) if self.limit else 1


def commitments_query(session: Session, f: CommitmentFilter, today: date) -> Select:
    """``select(Commitment)`` for a filter, sorted; callers add paging and loader options."""
    return _ordered(session, select(Commitment).where(*conditions(session, f, today)), f)


def ordered_ids(session: Session, f: CommitmentFilter, today: date, limit: int) -> list[int]:
    """The ids of the first ``limit`` matching commitments, in the filter's order (read from
    the indexes, no rows)."""
    query = _ordered(session, select(Commitment.id).where(*conditions(session, f, today)), f)
    return list(session.scalars(paged(query, limit, 0)))


def still_matching(session: Session, f: CommitmentFilter, today: date, ids: list[int],
                   *options) -> list[Commitment]:
    """The commitments of ``ids`` (in that order) that still match ``f``, fresh; the words
    searched for are not tried again (a commitment's text seldom changes)."""
    if not ids:
        return []
    found = {c.id: c for c in session.scalars(
        select(Commitment).where(Commitment.id.in_(ids),
                                 *conditions(session, replace(f, q=""), today))
        .options(*options))}
    return [found[i] for i in ids if i in found]


def still_matching_versions(session: Session, f: CommitmentFilter, today: date,
                            ids: list[int]) -> list[tuple[int, Any]]:
    """``still_matching`` as (id, updated_at) pairs, no objects: what a list needs to find the
    rows it has already made (``web/rows.py``)."""
    if not ids:
        return []
    found = dict(session.execute(
        select(Commitment.id, Commitment.updated_at).where(
            Commitment.id.in_(ids), *conditions(session, replace(f, q=""), today))).all())
    return [(i, found[i]) for i in ids if i in found]


def count_commitments(session: Session, f: CommitmentFilter, today: date) -> int:
    query = select(func.count()).select_from(Commitment).where(*conditions(session, f, today))
    return session.scalar(query) or 0


def search_commitments(session: Session, f: CommitmentFilter, today: date, limit: int = 25,
                       offset: int = 0) -> Page:
    """One page of matching commitments with their source, and the total."""
    query = (
        commitments_query(session, f, today)
        .options(selectinload(Commitment.source))
    )
    items = list(session.scalars(paged(query, limit, offset)))
    total = (len(items) + offset if len(items) < limit and (items or offset == 0)
             else count_commitments(session, f, today))
    return Page(items, total, limit, offset)


def iter_commitments(session: Session, f: CommitmentFilter, today: date, *options,
                     batch: int = 1000) -> Iterable[Commitment]:
    """Every matching commitment, in the filter's order, loaded in batches (exports)."""
    query = commitments_query(session, f, today).options(*options)
    yield from session.scalars(query.execution_options(yield_per=batch))


FACETS = ("chamber", "source", "status", "kind", "precision", "ministry", "committee", "party")


def facets(session: Session, f: CommitmentFilter, today: date) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its values with the number of matching commitments (most first).

    One grouped query per facet over the filtered set (the status counts add up to the
    total); values chosen in the filter stay listed even when nothing matches them, so they
    can be unticked.
    """
    where = conditions(session, f, today)
    columns = {"chamber": Commitment.chamber, "status": Commitment.status,
               "kind": Commitment.kind, "precision": Commitment.due_precision,
               "ministry": Commitment.ministry, "committee": Commitment.committee}
    result: dict[str, list[tuple[str, int]]] = {}
    for name in FACETS:
        if name == "source":
            query = (select(Source.key, func.count()).select_from(Commitment)
                     .join(Source, Source.id == Commitment.source_id).group_by(Source.key))
        elif name == "party":
            # a commitment made to members of two parties counts once under each
            query = (select(CommitmentRecipient.party,
                            func.count(func.distinct(Commitment.id)))
                     .select_from(Commitment)
                     .join(CommitmentRecipient, CommitmentRecipient.commitment_id == Commitment.id)
                     .where(CommitmentRecipient.party.is_not(None))
                     .group_by(CommitmentRecipient.party))
        else:
            # Grouping on an expression makes both databases scan once and aggregate, rather
            # than walk the column's index and fetch every row it points to.
            value = func.coalesce(columns[name], "")
            query = select(value, func.count()).select_from(Commitment).group_by(value)
        counts = Counter({k: n for k, n in session.execute(query.where(*where)) if k != ""})
        for chosen in getattr(f, name):
            counts.setdefault(chosen, 0)
        result[name] = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return result


def total_from_facets(counts: dict[str, list[tuple[str, int]]]) -> int:
    """The number of matching commitments: every one has exactly one status."""
    return sum(n for _status, n in counts["status"])


# -- documents -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentFilter:
    q: str = ""
    chamber: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    dossier: str = ""

    @classmethod
    def from_args(cls, args: Any) -> DocumentFilter:
        chamber = tuple(v for v in _getlist(args, "chamber") if v)
        bad = [c for c in chamber if c not in CHAMBERS]
        if bad:
            raise FilterError({"chamber": f"unknown value {bad[0]!r}; one of TK, EK"})
        return cls(q=(args.get("q") or "").strip()[:200], chamber=chamber,
                   source=tuple(v for v in _getlist(args, "source") if v),
                   dossier=(args.get("dossier") or "").strip())

    def to_args(self) -> list[tuple[str, str]]:
        args = [("q", self.q)] if self.q else []
        args += [("chamber", c) for c in self.chamber] + [("source", s) for s in self.source]
        return args + ([("dossier", self.dossier)] if self.dossier else [])


def search_documents(session: Session, f: DocumentFilter, limit: int = 25,
                     offset: int = 0) -> Page:
    """Documents matching the filter, newest first, with the total."""
    where: list[ColumnElement] = []
    if f.q:
        words = query_words(f.q)
        where.append(Document.id.in_(fulltext_ids(session, Document, words)) if words
                     else false())
    if f.chamber:
        where.append(Document.chamber.in_(f.chamber))
    if f.source:
        where.append(Document.source_id.in_(select(Source.id).where(Source.key.in_(f.source))))
    if f.dossier:
        where.append(Document.dossier == f.dossier)
    total = session.scalar(select(func.count()).select_from(Document).where(and_(true(), *where)))
    items = session.scalars(paged(
        select(Document).where(*where)
        .options(selectinload(Document.source), defer(Document.text, raiseload=True))
        .order_by(Document.date.is_(None), Document.date.desc(), Document.id.desc()),
        limit, offset)).all()
    return Page(list(items), total or 0, limit, offset)
