"""Link a dated legal effect in a document to the milestone catalogue, and say when it moved.

A sentence like "Vanaf 2 augustus 2026 geldt er voor alle overheden … een verplichting om
hoog-risico AI-systemen te registreren" names a date; the catalogue (the AI Act's dates as
amended) says what applies when. The date that carries the effect ("vanaf", "uiterlijk", "per")
is linked by subject and date together, so a document that quotes the wrong date for a provision
is caught (seed 004: "uiterlijk 31 december 2030" for government systems, where Art. 111(2)
says 2 August 2030). Other dates in the sentence are linked only when they are a catalogue date,
so "vóór 2 augustus 2026" is shown as the high-risk date that Regulation 2026/1744 moved.

The catalogue is passed in as plain rows (``tracker.services.milestones.bundled_catalogue()``
or the database's milestones): this module reads no files and no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..deadlines import MONTHS
from .dates import MONTH_PATTERN

# How documents name each regulation of the catalogue.
REGULATION_NAMES = {
    "Regulation (EU) 2024/1689": (
        "ai-verordening", "ai act", "2024/1689", "ai-wet", "artificial intelligence act",
        "verordening artificiële intelligentie", "verordening kunstmatige intelligentie",
    ),
}

_MENTION = re.compile(
    r"(?:(?P<prefix>uiterlijk(?:\s+op)?|vanaf|per|met\s+ingang\s+van|m\.i\.v\.|tot(?:\s+en\s+met)?"
    r"|v[oó][oó]r|na|op|in)\s+)?"
    r"(?:(?P<day>[0-3]?\d)\s+)?(?P<month>" + MONTH_PATTERN + r")\s+(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_EFFECT_PREFIXES = ("uiterlijk", "vanaf", "per", "met ingang van", "m.i.v.", "tot")
_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset("""
deze door voor zijn wordt worden hebben heeft alle naar over onder tussen waar waarbij
moet moeten kunnen kan zullen zal geldt gelden voldoen systemen van die dat het een
""".split())  # noqa: SIM905 (a word list reads best as text)


@dataclass(frozen=True)
class CatalogueEntry:
    key: str
    date: date
    original_date: date | None
    amended_by: str | None
    basis: str
    title_nl: str
    title_en: str
    regulation: str
    stems: frozenset[str]


def catalogue_entries(rows: Iterable[Any]) -> list[CatalogueEntry]:
    """Entries from any rows with the catalogue's fields (CSV rows or Milestone objects)."""
    entries = []
    for row in rows:
        entries.append(CatalogueEntry(
            key=row.key, date=row.date, original_date=row.original_date,
            amended_by=row.amended_by, basis=row.basis, title_nl=row.title_nl,
            title_en=row.title_en, regulation=row.regulation,
            stems=frozenset(_stems(row.title_nl)),
        ))
    return entries


def _stems(text: str) -> set[str]:
    return {w[:5] for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP}


@dataclass(frozen=True)
class DateMention:
    phrase: str
    day: date  # the first day meant (the 1st for a month)
    precision: str  # "day" or "month"
    effect: bool  # "vanaf", "uiterlijk", "per": the date the effect holds


def date_mentions(text: str) -> list[DateMention]:
    mentions = []
    for m in _MENTION.finditer(text):
        try:
            day = date(int(m.group("year")), MONTHS[m.group("month").lower()],
                       int(m.group("day") or 1))
        except ValueError:
            continue
        prefix = re.sub(r"\s+", " ", (m.group("prefix") or "").lower())
        mentions.append(DateMention(m.group().strip(), day,
                                    "day" if m.group("day") else "month",
                                    prefix.startswith(_EFFECT_PREFIXES)))
    return mentions


@dataclass(frozen=True)
class MilestoneLink:
    key: str
    quoted: date
    quoted_phrase: str
    precision: str
    status: str  # current | moved | differs
    date: date  # the catalogue's date now
    original_date: date | None
    amended_by: str | None
    basis: str
    note: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "quoted": self.quoted.isoformat(), "quoted_text": self.quoted_phrase,
            "precision": self.precision, "status": self.status, "date": self.date.isoformat(),
            "original_date": self.original_date.isoformat() if self.original_date else None,
            "amended_by": self.amended_by, "basis": self.basis, "note": self.note,
        }


def applicable(entries: list[CatalogueEntry], document_text: str) -> list[CatalogueEntry]:
    """The entries of the regulations the document names."""
    lowered = document_text.lower()
    names = {
        regulation: any(name in lowered for name in REGULATION_NAMES.get(
            regulation, (regulation.rsplit(" ", 1)[-1].lower(),)))
        for regulation in {e.regulation for e in entries}
    }
    return [e for e in entries if names[e.regulation]]


def _same(mention: DateMention, day: date | None) -> bool:
    if day is None:
        return False
    if mention.precision == "month":
        return (day.year, day.month) == (mention.day.year, mention.day.month)
    return day == mention.day


def link(sentence: str, entries: list[CatalogueEntry]) -> list[MilestoneLink]:
    """The catalogue entries a sentence's dates refer to, with how each date compares."""
    if not entries:
        return []
    mentions = date_mentions(sentence)
    if not mentions:
        return []
    stems = _stems(sentence)
    effect = next((m for m in mentions if m.effect), mentions[0])
    links: list[MilestoneLink] = []
    used: set[str] = set()

    def topic(entry: CatalogueEntry) -> int:
        return len(entry.stems & stems)

    best, best_score = None, 0
    for entry in entries:
        t = topic(entry)
        dated = _same(effect, entry.date) or _same(effect, entry.original_date)
        if t < 1 or (not dated and t < 2):
            continue
        score = 2 * t + (3 if dated else 0)
        if score > best_score:
            best, best_score = entry, score
    if best is not None:
        links.append(_compare(effect, best))
        used.add(best.key)
    for mention in mentions:
        if mention is effect:
            continue
        candidates = [
            e for e in entries
            if e.key not in used and topic(e) >= 1
            and (_same(mention, e.date) or _same(mention, e.original_date))
        ]
        if candidates:
            chosen = max(candidates, key=topic)
            links.append(_compare(mention, chosen))
            used.add(chosen.key)
    return links


def _compare(mention: DateMention, entry: CatalogueEntry) -> MilestoneLink:
    quoted = _dutch(mention)
    if _same(mention, entry.date):
        status = "current"
        note = f"{quoted}: as in the catalogue ({entry.basis})"
    elif _same(mention, entry.original_date):
        status = "moved"
        note = (f"{quoted} has been moved to {entry.date.isoformat()}"
                f" by {entry.amended_by or 'an amendment'} ({entry.basis})")
    else:
        status = "differs"
        note = (f"the document says {quoted}; the catalogue has {entry.date.isoformat()}"
                f" ({entry.basis})")
    return MilestoneLink(entry.key, mention.day, mention.phrase, mention.precision, status,
                         entry.date, entry.original_date, entry.amended_by, entry.basis, note)


def _dutch(mention: DateMention) -> str:
    if mention.precision == "month":
        return mention.day.strftime("%Y-%m")
    return mention.day.isoformat()
