"""The parliamentary calendar: recesses (data), Prinsjesdag and Verantwoordingsdag (computed).

Pure: no database. ``ParliamentaryCalendar`` is built from recess rows, which come from the
``recesses`` table (editable by an administrator) or, outside the application, from the
bundled ``data/recesses.csv``. See ``shared/reference/deadline-rules.md``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

RECESS_NAMES = ("zomerreces", "kerstreces", "herfstreces", "voorjaarsreces", "meireces")
CERTAINTIES = ("published", "reported", "estimated")


@dataclass(frozen=True)
class RecessPeriod:
    chamber: str
    name: str
    first_day: date
    last_day: date
    certainty: str = "published"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based) given weekday (Monday=0) of a month."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def prinsjesdag(year: int) -> date:
    """Third Tuesday of September (Grondwet art. 65)."""
    return nth_weekday(year, 9, 1, 3)


def verantwoordingsdag(year: int) -> date:
    """Third Wednesday of May."""
    return nth_weekday(year, 5, 2, 3)


class ParliamentaryCalendar:
    """Recesses by chamber, name and year; the year of a recess is the year it starts."""

    def __init__(self, recesses: Iterable[RecessPeriod]) -> None:
        self._by_key: dict[tuple[str, str, int], RecessPeriod] = {}
        for recess in recesses:
            self._by_key[(recess.chamber, recess.name, recess.first_day.year)] = recess

    def recess(self, name: str, year: int, chamber: str = "TK") -> RecessPeriod | None:
        return self._by_key.get((chamber, name, year))

    def recesses(self) -> list[RecessPeriod]:
        return sorted(self._by_key.values(), key=lambda r: (r.first_day, r.chamber))

    def in_recess(self, day: date, chamber: str = "TK") -> RecessPeriod | None:
        for recess in self._by_key.values():
            if recess.chamber == chamber and recess.first_day <= day <= recess.last_day:
                return recess
        return None

    @classmethod
    def bundled(cls) -> ParliamentaryCalendar:
        """The calendar shipped with the tracker (``tracker/data/recesses.csv``)."""
        return _bundled()


def read_recesses_csv(text: str) -> list[RecessPeriod]:
    """Parse ``chamber,name,first_day,last_day,certainty`` rows; raise ValueError with the line."""
    rows = []
    for lineno, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            period = RecessPeriod(
                chamber=row["chamber"].strip().upper(),
                name=row["name"].strip().lower(),
                first_day=date.fromisoformat(row["first_day"].strip()),
                last_day=date.fromisoformat(row["last_day"].strip()),
                certainty=(row.get("certainty") or "published").strip(),
            )
        except (KeyError, ValueError, AttributeError) as exc:
            raise ValueError(f"recesses line {lineno}: {exc}") from None
        if period.first_day > period.last_day:
            raise ValueError(f"recesses line {lineno}: first_day after last_day")
        if period.certainty not in CERTAINTIES:
            raise ValueError(f"recesses line {lineno}: unknown certainty {period.certainty!r}")
        rows.append(period)
    return rows


@cache
def _bundled() -> ParliamentaryCalendar:
    text = resources.files("tracker").joinpath("data/recesses.csv").read_text("utf-8")
    return ParliamentaryCalendar(read_recesses_csv(text))
