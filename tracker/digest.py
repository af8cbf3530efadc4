"""What a subscriber is told, as plain functions over plain data (no database, no Flask).

Reminders follow each deadline's own date. With the default rules (``TRACKER_REMINDER_DAYS``
30,7 and ``TRACKER_REMINDER_OVERDUE_WEEKS`` 8) a deadline D passes through the stages
``before-30`` (from D-30), ``before-7`` (from D-7), ``day`` (from D) and ``overdue-1`` …
``overdue-8`` (from D+7, D+14, …; then it falls silent). A subscriber is told each stage once:
the newest stage reached, so a deadline first seen five days ahead is told as ``before-7``
without a stale ``before-30``. A digest shows at most ``SECTION_LIMIT`` reminders per section
and counts only those as told; the others wait for the next digest. A weekly subscriber looks
six days ahead, so the week's digest warns of what falls due before the next one. Milestones
have the stages up to ``day``.

Choices where the issue is silent:
- Filters combine with AND across kinds (committee, ministry, …) and OR within one kind.
  Committee and ministry match a part of the name ("Digitale Zaken" matches "vaste commissie
  voor Digitale Zaken"), case-insensitively; keywords match the start of a word in the text
  ("algoritme" matches "algoritmes", "AI" does not match "mail").
- A status filter lets a change through when the commitment's status is, or was before the
  change, one of the chosen: whoever follows open commitments hears that one was fulfilled.
- A candidate a clerk accepts is reported as new; candidates themselves never appear.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import islice
from typing import Any

from .lifecycle import OPEN_STATUSES as OPEN
from .lifecycle import days_overdue, is_open

# The order of the sections in a digest. A milestone whose date has passed (a subscriber who
# joins the day after) is told as having taken effect, never among the coming ones.
SECTIONS = ("overdue", "today", "upcoming", "milestones", "milestones_past", "fulfilled", "new",
            "deadlines", "statuses")
REMINDER_SECTIONS = ("overdue", "today", "upcoming", "milestones", "milestones_past")
# How many of the longest overdue promises a summary names.
SUMMARY_OLDEST = 5
# A digest shows at most this many items per section ("and N more" after). Only reminders
# shown count as told: the rest come in the next digest, most urgent first, so a broad
# subscription gives readable mail and its bookkeeping stays small.
SECTION_LIMIT = 20

_LIST_FILTERS = ("committees", "ministries", "chambers", "sources", "statuses", "kinds",
                 "keywords")


@dataclass(frozen=True)
class Filters:
    """What a subscriber follows. Empty lists mean no restriction of that kind."""

    committees: tuple[str, ...] = ()
    ministries: tuple[str, ...] = ()
    chambers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    commitments: bool = True
    milestones: bool = True

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Filters:
        data = data or {}
        values: dict[str, Any] = {}
        for name in _LIST_FILTERS:
            raw = data.get(name) or ()
            if isinstance(raw, str):
                raw = (raw,)
            # dict keys: first-seen order, duplicates dropped in linear time
            cleaned = dict.fromkeys(" ".join(str(item).split()) for item in raw)
            values[name] = tuple(text for text in cleaned if text)
        for name in ("commitments", "milestones"):
            values[name] = bool(data.get(name, True))
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: list(getattr(self, name)) for name in _LIST_FILTERS
                               if getattr(self, name)}
        out["commitments"] = self.commitments
        out["milestones"] = self.milestones
        return out


@dataclass(frozen=True)
class Subject:
    """A commitment or a milestone, as much as a digest needs of it."""

    key: str  # "c:42" or "m:<milestone key>"
    type: str  # "commitment" | "milestone"
    id: int
    title: str  # the commitment's text, the milestone's Dutch title
    path: str  # the stable page: /toezeggingen/42, /mijlpalen/<key>
    due: date | None = None
    title_en: str | None = None
    number: str | None = None
    committee: str | None = None
    ministry: str | None = None
    chamber: str | None = None
    source: str | None = None
    status: str | None = None
    kind: str | None = None
    withdrawn: bool = False
    basis: str | None = None  # the milestone's article
    regulation: str | None = None

    @property
    def remindable(self) -> bool:
        """Reminders run for open, confirmed commitments with a deadline, and for milestones."""
        if self.due is None:
            return False
        if self.type == "milestone":
            return True
        return is_open(self.status, kind=self.kind, withdrawn=self.withdrawn)

    def search_text(self) -> str:
        return " ".join(t for t in (self.title, self.title_en, self.number) if t)


@dataclass(frozen=True)
class Change:
    """One history row: ``field`` of ``subject`` went from ``old`` to ``new``."""

    id: int
    subject: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Rules:
    before: tuple[int, ...] = (30, 7)  # days before the deadline, any order
    overdue_every: int = 7
    overdue_weeks: int = 8


def stage(due: date, today: date, rules: Rules, *, lookahead: int = 0,
          overdue: bool = True) -> str | None:
    """The newest reminder stage a deadline has reached by ``today + lookahead``, if any."""
    horizon = today + timedelta(days=lookahead)
    if horizon < due:
        days = (due - horizon).days
        fitting = [b for b in rules.before if days <= b]
        return f"before-{min(fitting)}" if fitting else None
    weeks = (horizon - due).days // rules.overdue_every
    if due >= today or weeks == 0:
        return "day"
    if not overdue or weeks > rules.overdue_weeks:
        return None
    return f"overdue-{weeks}"


def overdue_level(stage_name: str | None) -> int:
    """How many weeks overdue a stage says (0 when it is not an overdue stage)."""
    if stage_name and stage_name.startswith("overdue-"):
        return int(stage_name.split("-", 1)[1])
    return 0


@dataclass(frozen=True)
class Item:
    section: str
    subject: Subject
    stage: str | None = None
    old: str | None = None  # for changes: the value before …
    new: str | None = None  # … and after
    why: tuple[tuple[str, str], ...] = ()  # (filter kind, value) that put it here


@dataclass(frozen=True)
class Summary:
    """What stands open and overdue for a subscriber's filters now, with the longest overdue
    promises: the first digest opens with it, and it comes back once a month (the weekly
    overdue reminders stop after ``Rules.overdue_weeks``; the backlog does not)."""

    occasion: str  # "first" | "periodic"
    open: int  # promises not yet kept (tracker.lifecycle)
    overdue: int  # … of which past their deadline
    oldest: tuple[Item, ...]  # the longest overdue, most overdue first
    list_args: tuple[tuple[str, str], ...]  # the dashboard's list of exactly these, as far as
    exact: bool  # the list's filters can say the same (False: the list shows more)


@dataclass
class Digest:
    sections: dict[str, list[Item]] = field(default_factory=dict)
    # (subject key, due date, stage) told for the first time in this digest
    told: list[tuple[str, date, str]] = field(default_factory=list)
    # What the content was made of, when ``select_digest`` can say so cheaply: two digests
    # with the same signature say the same (their catalogue is part of it), so their words
    # are made once (``messages.Composer``). None: compare the sections themselves.
    signature: Any = None
    summary: Summary | None = None

    def __bool__(self) -> bool:
        return self.summary is not None or any(self.sections.values())

    @property
    def count(self) -> int:
        return sum(len(items) for items in self.sections.values())

    def ordered(self) -> list[tuple[str, list[Item]]]:
        return [(name, self.sections[name]) for name in SECTIONS if self.sections.get(name)]


# What separates the subjects' texts in ``Catalogue._texts`` (not a word character).
_APART = "\x00"


@functools.lru_cache(maxsize=4096)
def _word_pattern(keyword: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(keyword), re.IGNORECASE)


class Catalogue:
    """The subjects of one run, indexed so that thousands of subscribers match quickly.

    ``matching(filters)`` is memoised: subscribers with the same filters share the work.
    """

    def __init__(self, subjects: Iterable[Subject]):
        self.subjects: dict[str, Subject] = {s.key: s for s in subjects}
        self._commitments = frozenset(k for k, s in self.subjects.items()
                                      if s.type == "commitment")
        self._milestones = frozenset(k for k, s in self.subjects.items() if s.type == "milestone")
        self._exact: dict[str, dict[str, set[str]]] = {
            name: {} for name in ("committee", "ministry", "chamber", "source", "status", "kind")
        }
        for key in self._commitments:
            subject = self.subjects[key]
            for name, index in self._exact.items():
                value = getattr(subject, name)
                if value:
                    index.setdefault(value.casefold(), set()).add(key)
        self._cache: dict[Any, Any] = {}
        self._stages: dict[tuple[date, int, Rules], dict[str, str]] = {}

    def __len__(self) -> int:
        return len(self.subjects)

    def _part(self, name: str, value: str) -> frozenset[str]:
        """Commitments whose ``name`` contains ``value`` (committee, ministry)."""
        cache_key = ("part", name, value.casefold())
        if cache_key not in self._cache:
            needle = value.casefold()
            found: set[str] = set()
            for known, keys in self._exact[name].items():
                if needle in known:
                    found |= keys
            self._cache[cache_key] = frozenset(found)
        return self._cache[cache_key]

    def _equal(self, name: str, value: str) -> frozenset[str]:
        return frozenset(self._exact[name].get(value.casefold(), ()))

    def _keyword(self, keyword: str) -> frozenset[str]:
        cache_key = ("keyword", keyword.casefold())
        if cache_key not in self._cache:
            pattern = _word_pattern(keyword)
            if not keyword or _APART in keyword:
                found = {k for k, s in self.subjects.items() if pattern.search(s.search_text())}
            else:
                # One search through every subject's text at once, jumping to the next
                # subject after each hit, instead of a search call per subject (twelve
                # thousand open promises for each keyword of a first morning).
                text, keys, starts = self._texts()
                found = set()
                match = pattern.search(text)
                while match is not None:
                    n = bisect.bisect_right(starts, match.start()) - 1
                    found.add(keys[n])
                    if n + 1 == len(starts):
                        break
                    match = pattern.search(text, starts[n + 1])
            self._cache[cache_key] = frozenset(found)
        return self._cache[cache_key]

    def _texts(self) -> tuple[str, list[str], list[int]]:
        """Every subject's ``search_text`` in one string, each after an ``_APART``: no
        keyword without one can match across two, and a word at a text's start still
        follows a non-word character. With the subjects' keys and where each text starts."""
        if "texts" not in self._cache:
            keys = list(self.subjects)
            texts = [self.subjects[k].search_text() for k in keys]
            starts = []
            at = 1
            for text in texts:
                starts.append(at)
                at += len(text) + 1
            self._cache["texts"] = (_APART + _APART.join(texts), keys, starts)
        return self._cache["texts"]

    def matching(self, filters: Filters) -> frozenset[str]:
        """The keys of every subject the filters let through."""
        if filters in self._cache:
            return self._cache[filters]
        keys: frozenset[str] = frozenset()
        if filters.commitments:
            keys = self._commitments
            for attr, name, lookup in (
                ("committees", "committee", self._part), ("ministries", "ministry", self._part),
                ("chambers", "chamber", self._equal), ("sources", "source", self._equal),
                ("statuses", "status", self._equal), ("kinds", "kind", self._equal),
            ):
                values = getattr(filters, attr)
                if values:
                    keys = keys & frozenset().union(*(lookup(name, v) for v in values))
        milestones = self._milestones if filters.milestones else frozenset()
        if filters.keywords:
            words = frozenset().union(*(self._keyword(k) for k in filters.keywords))
            keys = keys & words
            milestones = milestones & words
        result = keys | milestones
        self._cache[filters] = result
        return result

    def explain(self, filters: Filters, subject: Subject) -> tuple[tuple[str, str], ...]:
        """``explain``, memoised: subscribers with the same filters share the answer."""
        return self.explainer(filters)(subject)

    def explainer(self, filters: Filters) -> Callable[[Subject], tuple[tuple[str, str], ...]]:
        """``explain`` for these filters, memoised per subject (a plan or a run's news asks
        for thousands: the filters and their keywords' subjects are looked up once, not
        again for each)."""
        found = self._cache.get(("why", filters))
        if found is None:
            answers: dict[str, tuple[tuple[str, str], ...]] = {}
            having = {keyword: self._keyword(keyword) for keyword in filters.keywords}
            # What an answer follows from besides the subject's keyword: its kind, and the
            # values of what the filters name (subjects alike in those share the answer).
            named = tuple(name for attr, name in (
                ("committees", "committee"), ("ministries", "ministry"),
                ("chambers", "chamber"), ("sources", "source")) if getattr(filters, attr))
            alike: dict[tuple, tuple[tuple[str, str], ...]] = {}

            def mentions(keyword: str, subject: Subject) -> bool:
                return subject.key in having[keyword]

            def answer(subject: Subject) -> tuple[tuple[str, str], ...]:
                why = answers.get(subject.key)
                if why is None:
                    hit = next((k for k in having if subject.key in having[k]), None)
                    shape = ((subject.type, subject.regulation, hit)
                             if subject.type == "milestone" else
                             (subject.type, hit, *[getattr(subject, n) for n in named]))
                    why = alike.get(shape)
                    if why is None:
                        why = alike[shape] = explain(filters, subject, mentions)
                    answers[subject.key] = why
                return why

            found = self._cache[("why", filters)] = answer
        return found

    def reminder_plan(self, filters: Filters, today: date, rules: Rules, lookahead: int,
                      limit: int) -> ReminderPlan:
        cache_key = ("plan", filters, today, rules, lookahead, limit)
        if cache_key not in self._cache:
            self._cache[cache_key] = ReminderPlan(self, filters, today, rules, lookahead)
        return self._cache[cache_key]

    def news(self, filters: Filters, changes: Sequence[Change], new: Sequence[str],
             limit: int, key: Any = None) -> dict[str, list[Item]]:
        """The news sections for these filters; shared by every caller giving the same
        ``key`` (callers that give one promise it names the same news)."""
        if key is None:
            return _news(filters, self, changes, new, limit)
        cache_key = ("news", filters, limit, key)
        if cache_key not in self._cache and not filters.statuses:
            # Without a status filter a subject's news follows from its own changes alone,
            # whoever follows it: the news of every subject is made once, and each set of
            # filters takes out its subjects' part, in the same order, and explains it.
            everything_key = ("news-everything", key)
            everything = self._cache.get(everything_key)
            if everything is None:
                everything = self._cache[everything_key] = _news(
                    _EVERYTHING, self, changes, new, 0, matched=frozenset(self.subjects))
            matched = self.matching(filters)
            why = self.explainer(filters)
            sections = {}
            for section, items in everything.items():
                mine = [item for item in items if item.subject.key in matched]
                if mine:
                    mine[:limit] = [Item(i.section, i.subject, i.stage, i.old, i.new,
                                         why(i.subject)) for i in mine[:limit]]
                    sections[section] = mine
            self._cache[cache_key] = sections
        if cache_key not in self._cache:
            index_key = ("news-index", key)
            if index_key not in self._cache:
                # Where each subject's changes stand: each set of filters looks only at the
                # changes of subjects it lets through.
                positions: dict[str, list[int]] = {}
                for position, change in enumerate(changes):
                    positions.setdefault(change.subject, []).append(position)
                self._cache[index_key] = positions
            self._cache[cache_key] = _news(filters, self, changes, new, limit,
                                           self._cache[index_key])
        return self._cache[cache_key]

    def reminders(self, today: date, rules: Rules, lookahead: int) -> dict[str, list[Item]]:
        """Every reminder of the day, per section, soonest (most overdue) first: what each
        set of filters takes its part of."""
        cache_key = ("reminders", today, rules, lookahead)
        if cache_key not in self._cache:
            staged = self.staged(today, rules, lookahead)
            week_end = today + timedelta(days=lookahead)
            sections: dict[str, list[Item]] = {}
            for key, reached in staged.items():
                subject = self.subjects[key]
                if subject.type == "milestone":
                    section = "milestones" if subject.due >= today else "milestones_past"
                elif subject.due < today:
                    section = "overdue"
                elif subject.due <= week_end:
                    section = "today"
                else:
                    section = "upcoming"
                sections.setdefault(section, []).append(Item(section, subject, stage=reached))
            for items in sections.values():
                items.sort(key=lambda i: (i.subject.due, i.subject.key))
            self._cache[cache_key] = sections
        return self._cache[cache_key]

    def reminder_index(self, today: date, rules: Rules, lookahead: int
                       ) -> tuple[dict[str, dict[str, int]], dict[tuple[str, date, str],
                                                                  tuple[str, int]]]:
        """Where each of the day's reminders stands in its section (``reminders``): by
        subject key per section, and by stage ((subject, due, stage) → (section, position))."""
        cache_key = ("reminder-index", today, rules, lookahead)
        if cache_key not in self._cache:
            by_key: dict[str, dict[str, int]] = {}
            by_stage: dict[tuple[str, date, str], tuple[str, int]] = {}
            for name, items in self.reminders(today, rules, lookahead).items():
                keys = by_key[name] = {}
                for n, item in enumerate(items):
                    keys[item.subject.key] = n
                    by_stage[(item.subject.key, item.subject.due, item.stage)] = (name, n)
            self._cache[cache_key] = (by_key, by_stage)
        return self._cache[cache_key]

    def counted(self, filters: Filters, today: date) -> tuple[int, list[str]]:
        """(open promises matched, the keys of the overdue ones, most overdue first): the
        counts of a summary."""
        open_count, overdue_count, overdue = self.tally(filters, today)
        return open_count, list(islice(self.in_order(overdue), overdue_count))

    def tally(self, filters: Filters, today: date) -> tuple[int, int, int]:
        """(open promises matched, how many of them are overdue, those overdue as a set of
        bits: ``in_order`` gives them most overdue first), memoised per filters. A first
        morning asks this of every open promise for each of some 1,700 sets of filters: as
        bits, each is a few operations on integers instead of passes over sets of thousands
        of keys."""
        cache_key = ("tally", filters, today)
        found = self._cache.get(cache_key)
        if found is None:
            open_bits, overdue_bits = self._standing(today)
            matched = self.matching_bits(filters)
            overdue = overdue_bits & matched
            found = self._cache[cache_key] = ((open_bits & matched).bit_count(),
                                              overdue.bit_count(), overdue)
        return found

    def listed(self, filters: Filters, today: date) -> tuple[ListArgs, bool]:
        """``list_args`` for the overdue promises these filters match, memoised."""
        cache_key = ("listed", filters, today)
        if cache_key not in self._cache:
            overdue = self.tally(filters, today)[2]

            def names(name: str) -> set[str]:
                return {value for value, bits in self._value_bits(name).items()
                        if bits & overdue}

            self._cache[cache_key] = _list_args(filters, names)
        return self._cache[cache_key]

    def _standing(self, today: date) -> tuple[int, int]:
        """Every open promise, and the overdue ones, as bits: worked out once a day for all
        the filters that take their part of it (``tally``)."""
        cache_key = ("standing", today)
        if cache_key not in self._cache:
            subjects = self.subjects
            open_keys = [k for k in self._commitments
                         if is_open(subjects[k].status, kind=subjects[k].kind,
                                    withdrawn=subjects[k].withdrawn)]
            overdue = [k for k in open_keys
                       if days_overdue(subjects[k].due, today, subjects[k].status,
                                       kind=subjects[k].kind) is not None]
            self._cache[cache_key] = (self._bits_of(open_keys), self._bits_of(overdue))
        return self._cache[cache_key]

    # --- sets of subjects as bits ---------------------------------------------------------
    # A subject's bit is its place in the order of (deadline, key), subjects without a
    # deadline last: the lowest bits of a set of overdue promises are the most overdue.

    def _positions(self) -> tuple[dict[str, int], list[str]]:
        if "positions" not in self._cache:
            subjects = self.subjects
            order = sorted(subjects, key=lambda k: (subjects[k].due is None,
                                                    subjects[k].due or date.min, k))
            self._cache["positions"] = ({k: n for n, k in enumerate(order)}, order)
        return self._cache["positions"]

    def _bits_of(self, keys: Iterable[str]) -> int:
        at = self._positions()[0]
        buffer = bytearray(len(at) // 8 + 1)
        for key in keys:
            n = at[key]
            buffer[n >> 3] |= 1 << (n & 7)
        return int.from_bytes(buffer, "little")

    def _bits(self, name: Any, keys: Callable[[], Iterable[str]]) -> int:
        """The bits of ``keys()``, made once per ``name``."""
        cache_key = ("bits", name)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._cache[cache_key] = self._bits_of(keys())
        return found

    def in_order(self, bits: int) -> Iterator[str]:
        """The keys of a set of bits, lowest first (most overdue first)."""
        order = self._positions()[1]
        while bits:
            lowest = bits & -bits
            yield order[lowest.bit_length() - 1]
            bits ^= lowest

    def matching_bits(self, filters: Filters) -> int:
        """``matching`` as bits, memoised."""
        cache_key = ("matching-bits", filters)
        found = self._cache.get(cache_key)
        if found is not None:
            return found
        keys = 0
        if filters.commitments:
            keys = self._bits("commitments", lambda: self._commitments)
            for attr, name, lookup in (
                ("committees", "committee", self._part), ("ministries", "ministry", self._part),
                ("chambers", "chamber", self._equal), ("sources", "source", self._equal),
                ("statuses", "status", self._equal), ("kinds", "kind", self._equal),
            ):
                either = 0
                for value in getattr(filters, attr):
                    either |= self._bits((name, value.casefold()),
                                         functools.partial(lookup, name, value))
                if getattr(filters, attr):
                    keys &= either
        milestones = (self._bits("milestones", lambda: self._milestones) if filters.milestones
                      else 0)
        if filters.keywords:
            words = 0
            for keyword in filters.keywords:
                words |= self._bits(("keyword", keyword.casefold()),
                                    functools.partial(self._keyword, keyword))
            keys &= words
            milestones &= words
        found = self._cache[cache_key] = keys | milestones
        return found

    def _value_bits(self, name: str) -> dict[str, int]:
        """Each value of ``name`` (committee, ministry) as spelled, and its commitments."""
        cache_key = ("value-bits", name)
        if cache_key not in self._cache:
            keys: dict[str, list[str]] = {}
            for key in self._commitments:
                value = getattr(self.subjects[key], name)
                if value:
                    keys.setdefault(value, []).append(key)
            self._cache[cache_key] = {value: self._bits_of(found)
                                      for value, found in keys.items()}
        return self._cache[cache_key]

    def staged(self, today: date, rules: Rules, lookahead: int) -> dict[str, str]:
        """Subject key → the reminder stage it has reached (only subjects that have one)."""
        cache_key = (today, lookahead, rules)
        if cache_key not in self._stages:
            found = {}
            for key, subject in self.subjects.items():
                if not subject.remindable:
                    continue
                reached = stage(subject.due, today, rules, lookahead=lookahead,
                                overdue=subject.type == "commitment")
                if reached:
                    found[key] = reached
            self._stages[cache_key] = found
        return self._stages[cache_key]


def explain(filters: Filters, subject: Subject,
            mentions: Callable[[str, Subject], bool] | None = None
            ) -> tuple[tuple[str, str], ...]:
    """Which of the subscriber's filters let this subject through, most telling first.

    ``mentions(keyword, subject)``: whether the subject's text has the keyword (a catalogue
    answers from what it worked out for its matching; by default the text is searched)."""
    if subject.type == "milestone":
        why = [("milestones", subject.regulation or "")]
    else:
        why = []
        for attr, name in (("committees", "committee"), ("ministries", "ministry")):
            value = (getattr(subject, name) or "").casefold()
            hit = next((v for v in getattr(filters, attr) if v.casefold() in value), None)
            if hit:
                why.append((name, hit))
        for attr, name in (("chambers", "chamber"), ("sources", "source")):
            if getattr(filters, attr):
                why.append((name, getattr(subject, name) or ""))
    if filters.keywords:
        if mentions is None:
            text = subject.search_text()
            hit = next((k for k in filters.keywords if _word_pattern(k).search(text)), None)
        else:
            hit = next((k for k in filters.keywords if mentions(k, subject)), None)
    else:
        hit = None
    if hit:
        why.insert(0, ("keyword", hit))
    return tuple(why) or (("all", ""),)


def _classify(change: Change, subject: Subject) -> str | None:
    if subject.type == "milestone":
        return "deadlines" if change.field == "date" else None
    if change.field == "due":
        return "deadlines"
    if change.field == "fulfilled_by":
        # A letter can answer part of a commitment: only a fulfilled one is "fulfilled";
        # otherwise its status change tells the news.
        return "fulfilled" if subject.status == "fulfilled" else None
    if change.field == "withdrawn":
        return "statuses" if change.new == "true" else None
    if change.field == "status":
        if change.new == "fulfilled":
            return "fulfilled"
        if change.old == "candidate" and change.new in OPEN:
            return "new"
        if change.new in ("candidate", "rejected") or change.old in ("candidate", "rejected"):
            return None
        return "statuses"
    return None


def select_digest(
    filters: Filters,
    catalogue: Catalogue,
    *,
    today: date,
    rules: Rules,
    lookahead: int = 0,
    reminders: bool = True,
    told: set[tuple[str, date, str]] | frozenset = frozenset(),
    changes: Sequence[Change] = (),
    new: Sequence[str] = (),
    limit: int = SECTION_LIMIT,
    news_key: Any = None,
) -> Digest:
    """One subscriber's digest: reminder stages not told before, and the news given.

    ``changes`` and ``new`` (keys of commitments added) are what happened since this
    subscriber's last digest; pass none of them for a reminders-only message. ``news_key``,
    when given, names that news (the subscriber's cursors): subscribers with the same filters
    and the same news share its selection, made once.

    What a subscriber's filters select is worked out once per distinct filters (``Catalogue``
    memoises it); per subscriber only what they were told before is taken out, so a run's cost
    grows with the digests' length, not with the number of subjects or changes.
    """
    sections: dict[str, list[Item]] = {}
    digest = Digest(sections)
    signature: list[Any] = [catalogue, filters, today, rules, lookahead, limit, reminders]
    if reminders:
        plan = catalogue.reminder_plan(filters, today, rules, lookahead, limit)
        told_at = plan.told_positions(told) if told else {}
        for name in plan.sections:
            dropped = told_at.get(name, ())
            if dropped:
                signature.append((name, dropped))
            items, told_now = plan.section(name, dropped, limit)
            if not items:
                continue
            sections[name] = list(items)
            digest.told += told_now
    if changes or new:
        sections.update(catalogue.news(filters, changes, new, limit, news_key))
        signature.append(("news", news_key))
    if not (changes or new) or news_key is not None:
        digest.signature = tuple(signature)
    return digest


# Filters that every subject of a catalogue passes.
_EVERYTHING = Filters()


def _news(filters: Filters, catalogue: Catalogue, changes: Sequence[Change],
          new: Sequence[str], limit: int,
          positions: dict[str, list[int]] | None = None,
          matched: frozenset[str] | None = None) -> dict[str, list[Item]]:
    """The news sections for these filters: new commitments and changes, in the order they
    happened, the first ``limit`` of each explained. ``positions``: where each subject's
    changes stand in ``changes``, to look only at those of subjects the filters let through.
    ``matched``: the subjects the filters let through, when the caller knows them."""
    if matched is None:
        matched = catalogue.matching(filters)
    loose = replace(filters, statuses=()) if filters.statuses else filters
    loose_matched = catalogue.matching(loose) if filters.statuses else matched
    if positions is not None:
        changes = [changes[p] for p in sorted(
            p for key in positions.keys() & loose_matched for p in positions[key])]
    subjects = catalogue.subjects
    merged: dict[tuple[str, str], Item] = {}
    for key in new:
        if key not in matched:
            continue
        subject = subjects.get(key)
        if (subject is None or subject.withdrawn
                or subject.status in ("candidate", "rejected")):
            continue
        merged[("new", key)] = Item("new", subject)
    for change in changes:
        if change.subject not in loose_matched:  # (matched is a part of loose_matched)
            continue
        subject = subjects.get(change.subject)
        # Candidates (and rejected ones) await a clerk: their moves are nobody's news yet.
        if subject is None or subject.status in ("candidate", "rejected"):
            continue
        section = _classify(change, subject)
        if section is None:
            continue
        if change.subject not in matched and change.old not in filters.statuses:
            continue
        previous = merged.get((section, change.subject))
        old = previous.old if previous else change.old
        merged[(section, change.subject)] = Item(section, subject, old=old, new=change.new)
    fulfilled = {key for section, key in merged if section == "fulfilled"}
    sections: dict[str, list[Item]] = {}
    for (section, key), item in merged.items():
        if section == "statuses" and key in fulfilled:
            continue
        if section == "deadlines" and item.old == item.new:
            continue
        sections.setdefault(section, []).append(item)
    why = catalogue.explainer(filters)
    for items in sections.values():
        items[:limit] = [Item(i.section, i.subject, i.stage, i.old, i.new, why(i.subject))
                         for i in items[:limit]]
    return sections


class ReminderPlan:
    """The reminders one set of filters can give on a day, before anyone's told ones are taken
    out: per section, sorted soonest (most overdue) first."""

    def __init__(self, catalogue: Catalogue, filters: Filters, today: date, rules: Rules,
                 lookahead: int) -> None:
        self.catalogue = catalogue
        self.filters = filters
        matched = catalogue.matching(filters)
        by_key, self._by_stage = catalogue.reminder_index(today, rules, lookahead)
        self.sections: dict[str, list[Item]] = {}
        # Each section's items as positions in the day's section: ascending, so a told stage's
        # position here is found by bisection.
        self._at: dict[str, list[int]] = {}
        for name, items in catalogue.reminders(today, rules, lookahead).items():
            keys = by_key[name]
            if len(matched) < len(items):
                at = sorted(n for key in matched if (n := keys.get(key)) is not None)
            else:
                at = [n for n, item in enumerate(items) if item.subject.key in matched]
            if at:
                self.sections[name] = [items[n] for n in at]
                self._at[name] = at
        self._explained: dict[str, Item] = {}
        self._explain = catalogue.explainer(filters)
        self._shown: dict[tuple[str, tuple[int, ...], int], tuple[list[Item], list[Any]]] = {}
        self._told_at: dict[frozenset, dict[str, tuple[int, ...]]] = {}

    def told_positions(self, told: set[tuple[str, date, str]] | frozenset
                       ) -> dict[str, tuple[int, ...]]:
        """Where the stages told before stand in each section, in order (sections without
        any are left out). Worked out once for each frozen set: subscribers told the same
        share one (``services.digests.told_before``); callers do not change the answer."""
        if isinstance(told, frozenset):
            found_before = self._told_at.get(told)
            if found_before is None:
                found_before = self._told_at[told] = self._told_positions(told)
            return found_before
        return self._told_positions(told)

    def _told_positions(self, told: set[tuple[str, date, str]] | frozenset
                        ) -> dict[str, tuple[int, ...]]:
        found: dict[str, list[int]] = {}
        by_stage, sections = self._by_stage, self._at
        for stage_told in told:
            hit = by_stage.get(stage_told)
            if hit is None:
                continue
            name, n = hit
            at = sections.get(name)
            if at is None:
                continue
            position = bisect.bisect_left(at, n)
            if position < len(at) and at[position] == n:
                found.setdefault(name, []).append(position)
        return {name: tuple(sorted(positions)) for name, positions in found.items()}

    def _kept(self, name: str, dropped: tuple[int, ...]) -> list[Item]:
        items = self.sections[name]
        if not dropped:
            return items
        kept: list[Item] = []
        start = 0
        for position in dropped:
            kept += items[start:position]
            start = position + 1
        kept += items[start:]
        return kept

    def section(self, name: str, dropped: tuple[int, ...], limit: int
                ) -> tuple[list[Item], list[tuple[str, date, str]]]:
        """The section as a digest shows it once the items at ``dropped`` are taken out (the
        first ``limit`` explained, then the rest), and the stages it tells: made once for each
        set of positions, which the subscribers told the same share (callers copy the list
        before changing it)."""
        key = (name, dropped, limit)
        found = self._shown.get(key)
        if found is None:
            kept = self._kept(name, dropped)
            shown = [self.explained(name, item) for item in kept[:limit]]
            found = self._shown[key] = (
                shown + kept[limit:] if len(kept) > limit else shown,
                [(i.subject.key, i.subject.due, i.stage) for i in shown])
        return found

    def explained(self, name: str, item: Item) -> Item:
        """The item with why it is here (made once per plan)."""
        found = self._explained.get(item.subject.key)
        if found is None:
            # (an Item made afresh: ``dataclasses.replace`` costs three times as much)
            found = self._explained[item.subject.key] = Item(
                item.section, item.subject, item.stage, item.old, item.new,
                self._explain(item.subject))
        return found


def period(frequency: str, day: date) -> str:
    """The key of the period a digest covers: the day, or the ISO week for weekly ones."""
    if frequency == "weekly":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def digest_due(frequency: str, weekday: int, last_period: str | None, day: date) -> bool:
    """Whether a subscriber's digest for ``day``'s period is still to be decided.

    A weekly digest goes out on the chosen weekday, or on a later day of the same week when
    the scheduler missed that day.
    """
    if last_period == period(frequency, day):
        return False
    return frequency != "weekly" or day.weekday() >= weekday


def lookahead(frequency: str) -> int:
    return 6 if frequency == "weekly" else 0


def summary_due(last_period: str | None, today: date, weekday: int = 0) -> str | None:
    """Whether a digest for ``today`` opens with a summary: "first" for a subscriber's first
    digest, "periodic" for the first one of a calendar month, else None. A weekly period
    ("2026-W49") is dated on the subscriber's ``weekday`` (Monday = 0) of that week."""
    if last_period is None:
        return "first"
    try:
        if "-W" in last_period:
            year, week = last_period.split("-W")
            last = date.fromisocalendar(int(year), int(week), weekday + 1)
        else:
            last = date.fromisoformat(last_period)
    except ValueError:
        return None
    return "periodic" if (last.year, last.month) != (today.year, today.month) else None


def summarise(filters: Filters, standing: Catalogue, today: date, occasion: str,
              limit: int = SUMMARY_OLDEST, shown: set[str] | frozenset = frozenset()
              ) -> Summary | None:
    """The summary of what stands open for ``filters`` in ``standing`` (the open promises):
    None when nothing is open (first digest) or nothing is overdue (monthly summary). The
    longest overdue named leave out those the digest shows anyway (``shown``)."""
    if not filters.commitments:
        return None
    open_count, overdue_count, overdue = standing.tally(filters, today)
    if not open_count or (occasion == "periodic" and not overdue_count):
        return None
    oldest = tuple(Item("overdue", standing.subjects[key],
                        why=standing.explain(filters, standing.subjects[key]))
                   for key in islice((k for k in standing.in_order(overdue) if k not in shown),
                                     limit))
    args, exact = standing.listed(filters, today)
    return Summary(occasion, open_count, overdue_count, oldest, args, exact)


# At most this many committees or ministries are spelled out in a link to the list; with more,
# the link leaves that filter out (and says the list shows more).
LIST_LINK_NAMES = 10


ListArgs = tuple[tuple[str, str], ...]


def list_args(filters: Filters, matched: Sequence[Subject]) -> tuple[ListArgs, bool]:
    """The list page's arguments showing the promises ``filters`` match (overdue ones), and
    whether they show exactly those: committee and ministry filters match part of a name here
    and whole names there (the names found are spelled out); a keyword matches a promise's
    text here, and its debate's title, committee and ministry there too (a subscriber told of
    2 found 3 on the list), and several match any of them here and all of them there."""
    return _list_args(filters, lambda name: {getattr(s, name) for s in matched
                                             if getattr(s, name)})


def _list_args(filters: Filters, names_of: Callable[[str], set[str]]
               ) -> tuple[ListArgs, bool]:
    """``list_args`` with the committees' or ministries' names of the promises matched given
    by ``names_of("committee")`` and ``names_of("ministry")``."""
    args: list[tuple[str, str]] = [("window", "overdue")]
    exact = True
    for attr, name in (("committees", "committee"), ("ministries", "ministry")):
        if getattr(filters, attr):
            names = sorted(names_of(name))
            if names and len(names) <= LIST_LINK_NAMES:
                args += [(name, n) for n in names]
            else:
                exact = False
    for attr, name in (("chambers", "chamber"), ("sources", "source"),
                       ("statuses", "status"), ("kinds", "kind")):
        args += [(name, v) for v in getattr(filters, attr)]
    if len(filters.keywords) == 1:
        args.append(("q", filters.keywords[0]))
    if filters.keywords:
        exact = False
    return tuple(args), exact
