"""The milestone catalogue: bundled data in, dated history out."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import Commitment, Document, ExtractedRef, Milestone
from .changes import Actor, apply, record


@dataclass(frozen=True)
class CatalogueRow:
    key: str
    date: date
    original_date: date | None
    basis: str
    title_en: str
    title_nl: str
    regulation: str
    amended_by: str | None
    amended_on: date | None
    note: str | None  # English
    note_nl: str | None = None


def read_catalogue(text: str) -> list[CatalogueRow]:
    """Parse the milestone CSV; raise ValueError naming the line of a bad row."""
    rows = []
    for lineno, raw in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            rows.append(CatalogueRow(
                key=raw["key"].strip(),
                date=date.fromisoformat(raw["date"]),
                original_date=_optional_date(raw["original_date"]),
                basis=raw["basis"].strip(),
                title_en=raw["title_en"].strip(),
                title_nl=raw["title_nl"].strip(),
                regulation=raw["regulation"].strip(),
                amended_by=raw["amended_by"].strip() or None,
                amended_on=_optional_date(raw["amended_on"]),
                note=raw["note"].strip() or None,
                note_nl=(raw.get("note_nl") or "").strip() or None,
            ))
        except (KeyError, ValueError, AttributeError) as exc:
            raise ValueError(f"milestone catalogue line {lineno}: {exc}") from None
        if rows[-1].amended_by and not rows[-1].amended_on:
            raise ValueError(f"milestone catalogue line {lineno}: amended_by needs amended_on")
    return rows


def bundled_catalogue() -> list[CatalogueRow]:
    text = resources.files("tracker").joinpath("data/ai_act_milestones.csv").read_text("utf-8")
    return read_catalogue(text)


def _optional_date(value: str | None) -> date | None:
    value = (value or "").strip()
    return date.fromisoformat(value) if value else None


def load_catalogue(session: Session, rows: list[CatalogueRow], actor: Actor) -> dict[str, int]:
    """Insert or update milestones by key; a moved date becomes history with its amending act.

    A milestone that an amendment moved is first created on its original date and then moved,
    so its history reads "2026-08-02 → 2027-12-02 by Regulation (EU) 2026/1744" with the date
    the amendment took effect. One that an amendment added says so in its history.
    """
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    existing = {m.key: m for m in session.scalars(select(Milestone))}
    for row in rows:
        milestone = existing.get(row.key)
        amendment = (
            Actor("load", actor.name, reason="amended", reference=row.amended_by,
                  at=datetime.combine(row.amended_on, datetime.min.time(), UTC))
            if row.amended_by and row.amended_on else actor
        )
        if milestone is None:
            milestone = Milestone(
                key=row.key, regulation=row.regulation, date=row.original_date or row.date,
                original_date=row.original_date, amended_by=row.amended_by, basis=row.basis,
                title_en=row.title_en, title_nl=row.title_nl, note=row.note,
                note_nl=row.note_nl,
            )
            session.add(milestone)
            session.flush()
            if row.amended_by and row.original_date is None:
                record(session, milestone, "date", None, row.date,
                       amendment.because("added by amendment"))
            apply(session, milestone, {"date": row.date}, amendment)
            counts["inserted"] += 1
            continue
        changed = apply(session, milestone, {"date": row.date}, amendment)
        changed += apply(session, milestone, {
            "original_date": row.original_date, "amended_by": row.amended_by,
            "regulation": row.regulation, "basis": row.basis, "title_en": row.title_en,
            "title_nl": row.title_nl, "note": row.note, "note_nl": row.note_nl,
        }, actor)
        counts["updated" if changed else "unchanged"] += 1
    session.flush()
    return counts


@dataclass(frozen=True)
class Quote:
    """A date a document's sentence gives for a milestone, against the milestone as it is now.

    ``status``: ``current`` (the date that applies), ``moved`` (a date the milestone had before
    an amendment moved it) or ``differs`` (a date the milestone never had)."""

    quoted: date
    status: str
    sentence: str
    commitment_id: int
    month: bool = False  # the text named a month ("augustus 2030"), not a day


@dataclass
class Citation:
    document: Document
    quotes: list[Quote]

    @property
    def outdated(self) -> bool:
        return any(q.status != "current" for q in self.quotes)


def _status_now(m: Milestone, quoted: date, stored: str | None, earlier: set[date]) -> str:
    """How a quoted date compares with the milestone today: the extraction judged it against
    the catalogue of its day, and the milestone may have moved since. A month the text named
    ("augustus 2030") is stored as its first day; it matches any day of that month."""
    month_only = quoted.day == 1 and stored in ("current", "moved")

    def same(day: date) -> bool:
        return day == quoted or (month_only and (day.year, day.month) == (quoted.year,
                                                                         quoted.month))

    if same(m.date):
        return "current"
    return "moved" if stored == "moved" or any(same(d) for d in earlier) else "differs"


def _earlier_dates(m: Milestone) -> set[date]:
    dates = {m.original_date} - {None}
    for h in m.history:
        if h.field == "date" and h.old_value:
            try:
                dates.add(date.fromisoformat(h.old_value))
            except ValueError:
                continue
    return dates


def citations(session: Session, m: Milestone) -> list[Citation]:
    """The documents whose sentences cite ``m`` (as the extraction linked them), newest first,
    each with the dates it gives, flagged when one has since moved or never applied."""
    rows = session.execute(
        select(ExtractedRef, Commitment)
        .join(Commitment, Commitment.id == ExtractedRef.commitment_id)
        .where(ExtractedRef.milestone_id == m.id, Commitment.withdrawn.is_(False),
               Commitment.document_id.is_not(None), ExtractedRef.quoted_date.is_not(None))
        .options(selectinload(Commitment.document).selectinload(Document.source))
        .order_by(Commitment.span_start, Commitment.id)).all()
    earlier = _earlier_dates(m)
    by_document: dict[int, Citation] = {}
    seen: set[tuple] = set()
    for ref, c in rows:
        key = (c.document_id, ref.quoted_date, " ".join(c.text.split()))
        if key in seen:  # the same sentence twice in one document
            continue
        seen.add(key)
        citation = by_document.setdefault(c.document_id, Citation(c.document, []))
        quoted = ref.quoted_date
        known = {m.date, *earlier}
        month = (quoted.day == 1 and ref.status in ("current", "moved") and quoted not in known
                 and any((d.year, d.month) == (quoted.year, quoted.month) for d in known))
        citation.quotes.append(Quote(quoted, _status_now(m, quoted, ref.status, earlier),
                                     c.text, c.id, month))
    return sorted(by_document.values(),
                  key=lambda x: (x.document.date or date.min, x.document.id), reverse=True)


def citation_counts(session: Session) -> dict[int, tuple[int, int]]:
    """Per milestone id: how many documents cite it, and how many of them with a date that no
    longer (or never) applied."""
    milestones = {m.id: m for m in session.scalars(
        select(Milestone).options(selectinload(Milestone.history)))}
    earlier = {mid: _earlier_dates(m) for mid, m in milestones.items()}
    documents: dict[int, dict[int, bool]] = {}
    for milestone_id, document_id, quoted, stored in session.execute(
            select(ExtractedRef.milestone_id, Commitment.document_id, ExtractedRef.quoted_date,
                   ExtractedRef.status)
            .join(Commitment, Commitment.id == ExtractedRef.commitment_id)
            .where(ExtractedRef.milestone_id.is_not(None), Commitment.withdrawn.is_(False),
                   Commitment.document_id.is_not(None), ExtractedRef.quoted_date.is_not(None))):
        m = milestones[milestone_id]
        outdated = _status_now(m, quoted, stored, earlier[milestone_id]) != "current"
        per = documents.setdefault(milestone_id, {})
        per[document_id] = per.get(document_id, False) or outdated
    return {mid: (len(per), sum(per.values())) for mid, per in documents.items()}
