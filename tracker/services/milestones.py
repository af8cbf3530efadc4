"""The milestone catalogue: bundled data in, dated history out."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Milestone
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
