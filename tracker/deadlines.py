"""Dutch deadline phrases resolved to dates on the parliamentary calendar.

Implements ``shared/reference/deadline-rules.md``: a phrase such as "voor de zomer",
"in het vierde kwartaal van dit jaar" or "binnen vier weken" becomes a due date, a precision
and the name of the rule that produced it, relative to a reference date D (the date of the
letter the sentence stands in). Pure and deterministic: the same text, D and calendar give the
same answer, and no text makes it raise.

Where the rules table leaves room, these choices are made (and tested):
- More specific phrases win over the general ones they contain: "vóór 1 juli 2025" is a
  before-date, "begin juni 2020" is not "juni 2020", "zo spoedig mogelijk" is not "spoedig".
- An explicit date before D describes the past (a letter's date, a debate: "de brief van
  10 juni 2020", "4 december jl.", "d.d. 21 juni 2021") and is not a deadline, unless a
  deadline word stands before it ("uiterlijk", "vóór", "per", "tot"): then it is overdue.
- "vóór juni 2020" (before a month) is the last day of the month before; "binnen N werkdagen"
  counts Monday to Friday; "binnen een half jaar" is six months; "binnen enkele maanden" three
  (as the corpus's labellers read it), while "enkele weken" is "binnenkort" and "de komende
  maanden" names no date.
- "komend" before a season means its next occurrence (roll-forward); "volgend" the next one
  still to begin ("volgend voorjaar" said in April is next year's, said in January this
  year's); "dit"/"deze" names the year of D.
- "na het kerstreces" (or the herfst-, voorjaars- or meireces) is four weeks after its last
  day, as "na de zomer", 30 September, is four weeks after the summer recess; a school holiday
  is its recess ("voor de herfstvakantie" as "voor het herfstreces"), "richting de zomer" and
  "in de aanloop naar de zomer" are "rond de zomer", a planning's bare "zomer 2026" is "in de
  zomer van 2026", and "in de Miljoenennota" is "bij de Miljoenennota".
- "vóór Prinsjesdag" and "vóór Verantwoordingsdag" are the day itself (the table's rows match
  "tolerant of vóór"; only a date's own row makes "vóór 1 juli" the day before). "Voor het
  Verantwoordingsdebat" stays a debate's time, conditional, as "voor het commissiedebat" (two
  corpus labels read it as Verantwoordingsdag, the paraphrase sets' writers as conditional).
- A department's budget with its year ("bij de defensiebegroting 2026") is one of the
  Miljoenennota's: Prinsjesdag of the year before (not the EU's, a municipality's or a
  province's).
- The supplementary budgets come with the notes they belong to: "bij de eerste suppletoire
  begroting" is the Voorjaarsnota's 1 June, the second (or "najaarssuppletoire") the
  Najaarsnota's 1 December.
- One month or the next ("in mei of juni", "in december/januari") and "Q2/Q3" are the later,
  as the table's ranges ("2 à 3 weken") take their upper end; a planning's "H2 2025" is the
  table's "tweede helft van 2025" (only with its year).
- A period marked as past is not a deadline, whatever rule it would match: "in december jl.",
  "afgelopen najaar", "het voorbije voorjaar" (found in the seeds by the extraction engine).
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .calendar import ParliamentaryCalendar, prinsjesdag, verantwoordingsdag
from .patterns import Guarded, guarded, with_lookahead


@dataclass(frozen=True)
class Deadline:
    phrase: str  # the words as they stand in the text
    due: date | None  # None for conditional deadlines
    precision: str  # day, month, quarter, half, year, season, relative, vague, conditional
    rule: str  # which rule resolved it
    start: int  # span of the phrase in the text given
    end: int
    year_named: bool = False  # the phrase names its year (no roll-forward)


# --- building blocks -------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
NUMBER_WORDS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    # the terms laws and letters name: "binnen veertien dagen", "binnen dertig dagen na de
    # datum van verzending", "binnen achttien maanden"
    "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19, "twintig": 20, "vierentwintig": 24, "dertig": 30,
    "zesendertig": 36, "veertig": 40, "vijftig": 50, "zestig": 60, "negentig": 90,
}
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_YEAR = r"(?:19|20)\d{2}(?!\d)"


def _in_figures(day: str, month: str, year: str) -> str:
    """A day in figures, its parts in groups of these names: "15-5-2024", "15/05/2024"."""
    return (rf"(?P<{day}>[0-3]?\d)[-/.](?P<{month}>[01]?\d)[-/.](?P<{year}>" + _YEAR + ")")


# A day with its month and year, written out, shortened or in figures ("2 augustus 2026", "1 jul.
# 1969", "2-8-2026"), for the patterns of other modules (no groups)
DAY_MONTH_YEAR = (r"(?:[0-3]?\d\s+" + _MONTH + r"\s+" + _YEAR
                  + r"|[0-3]?\d[-/.][01]?\d[-/.]" + _YEAR + ")")
_VOOR = "v[oó][oó]r"
# "voorafgaand aan", "in (de) aanloop naar": as "vóór"
_AHEAD_OF = r"(?:voorafgaande?\s+aan|in\s+(?:de\s+)?aanloop\s+naar)"
_DEBATE_OF = r"(?:de\s+(?:plenaire\s+)?behandeling\s+van\s+)?"
# A year named after a phrase: "van 2020", "2021", "van dit jaar", "van volgend jaar".
_YEAR_TAIL = (
    r"(?:\s*,?\s*(?:van\s+|in\s+)?(?:het\s+)?(?:jaar\s+)?(?P<year>" + _YEAR + r")"
    r"|\s+(?:van\s+)?(?:(?P<this_year>dit|het\s+huidige|het\s+lopende)"
    r"|(?P<next_year>volgend|komend|het\s+volgende|het\s+komende))\s+jaar\b)?"
)
# "dit najaar", "deze zomer", "komend voorjaar", "volgend jaar".
_PREFIX = r"(?:(?P<this>dit|deze)\s+|(?P<coming>komend[e]?|volgend[e]?|aanstaand[e]?)\s+)?"

_FLAGS = re.IGNORECASE | re.UNICODE

@dataclass(frozen=True)
class _Context:
    reference: date
    calendar: ParliamentaryCalendar
    text: str


@dataclass(frozen=True)
class _Rule:
    name: str
    precision: str
    pattern: re.Pattern[str] | Guarded
    # (match, context) -> (due, year_named), None to skip this occurrence, or BLOCK
    resolve: Callable[[re.Match[str], _Context], object]
    # Lower-case words of which one must occur before the full pattern is worth running.
    hint: tuple[str, ...]


# A resolver's answer for "this span is not a deadline, and neither is anything inside it"
# (the "oktober 2024" of "Op 16 oktober 2024 heeft …").
BLOCK = object()
# What a rule resolves to when its phrase names a time from an event still to come: no date
# (precision "conditional")
CONDITIONAL = object()


def _year_of(m: re.Match[str], ctx: _Context) -> tuple[int, bool]:
    """The year a phrase names (Y, True), else the year of D (D.year, False).

    Rules reuse the year patterns under prefixed group names (``h_year``, ``l_next_year``),
    so groups are recognised by their suffix.
    """
    this = nxt = False
    for name, value in m.groupdict().items():
        if not value:
            continue
        if name.endswith("this_year") or name == "this":
            this = True
        elif name.endswith("next_year"):
            nxt = True
        elif name.endswith("year") and value.isdigit():
            return int(value), True
    if this:
        return ctx.reference.year, True
    if nxt:
        return ctx.reference.year + 1, True
    return ctx.reference.year, False


def _rolled(
    m: re.Match[str], ctx: _Context, compute: Callable[[int], date | None]
) -> tuple[date | None, bool] | None:
    """Compute the date for year Y; without a named year, take the next occurrence >= D."""
    year, named = _year_of(m, ctx)
    due = compute(year)
    if due is not None and not named and due < ctx.reference:
        due = compute(year + 1)
    return (due, named) if due is not None else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= year <= 9998):
        return None
    last = _stdlib_calendar.monthrange(year, month)[1]
    return date(year, month, day) if 1 <= day <= last else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, _stdlib_calendar.monthrange(year, month)[1])


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# Words without which a rule cannot match, as lower-case substrings: a substring test costs
# nanoseconds, so most sentences skip most patterns (see `make bench`).
_DIGITS = tuple("0123456789")
_MONTH_STEMS = ("jan", "feb", "maart", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                "nov", "dec")
_HINTS: dict[str, tuple[str, ...]] = {
    "date": _DIGITS, "before_month": _MONTH_STEMS, "month": _MONTH_STEMS,
    "month_part": _MONTH_STEMS, "before_event": _MONTH_STEMS + _DIGITS,
    "before_event_month": _MONTH_STEMS, "at_event": _MONTH_STEMS + _DIGITS,
    "quarter": ("kwartaal", "q1", "q2", "q3", "q4"),
    "half": ("helft", "half", "halverwege", "medio", "midden", "h1", "h2"),
    "year_start": ("begin", "primo", "maanden"),
    "new_year": ("nieuwe jaar", "jaarwisseling"),
    "year_end": ("eind", "jaar", "19", "20", "ultimo"), "by_year": ("19", "20"),
    "before_summer": ("zomer",),
    "summer": ("zomer",), "after_summer": ("zomer",), "after_recess": ("reces", "vakantie"),
    "spring": ("voorjaar", "lente"),
    "autumn": ("najaar", "herfst", "kerst", "winter"), "before_recess": ("reces", "vakantie"),
    "before_next_recess": ("reces",), "recess_end": ("reces", "vakantie"),
    "prinsjesdag": ("prinsjesdag", "miljoenennota", "begroting", "belastingplan",
                    "parlementaire jaar", "vergaderjaar", "zittingsjaar"),
    "voorjaarsnota": ("voorjaarsnota", "voorjaarsbesluitvorming", "suppletoire"),
    "najaarsnota": ("najaarsnota", "suppletoire"),
    "verantwoordingsdag": ("verantwoordingsdag", "slotwet"),
    "annual_reports": ("jaarverslag",),
    "relative": ("binnen", "over", "komende"), "about": (" of ",), "answer_term": ("termijn",),
    "some_months": ("enkele maanden",),
    "asap": ("mogelijk", "z.", "zsm", "spoedigste"), "week": ("week",), "week_of": ("week van",),
    "today": ("vandaag", "vanavond", "vanmiddag", "vannacht", "morgen", ":", "week", "aanstaande",
              "debat", "dag"),
    "parliamentary_year": ("parlementaire jaar", "vergaderjaar", "zittingsjaar"),
    "periodic": ("jaarlijks", "maandelijks", "jaar", "kwartaal"), "this_month": ("maand",),
    "this_quarter": ("kwartaal",),
    "soon": ("binnenkort", "termijn", "spoedig", "binnen", "over", "snel"),
    "some_days": ("dagen",),
    "conditional": ("na ", "nadat", "zodra", "wanneer", "zijner", "gelegener", "termijn",
                    "terstond", "onverwijld",
                    "commissiedebat", "gelegenheid", "debat", "overleg", "notaoverleg",
                    "begrotingsbehandeling", "beschouwingen", "afb", "apb", "behandeling",
                    "stemming", "gelijk met", "gelijktijdig", "tegelijkertijd", "vaststelling",
                    "inwerkingtreding", "voordracht", "ondertekening", "publicatie", "afronding",
                    "oplevering", "unie"),
}


# An event's day in figures, closing the written-out day's group: "… op 15-5-2024"
_IN_FIGURES = "|" + _in_figures("fday", "fmon", "fyear") + ")"


def _rule(name: str, precision: str, pattern: str, resolve) -> _Rule:
    # A look-ahead on the letters a phrase can start with (same matches; ``tracker.patterns``)
    # and behind a test for the words its every match holds, where they can be told: the hints
    # are the rule name's, shared by its rules ("eind", "jaar", "19", "20" for the year's end)
    return _Rule(name, precision, guarded(with_lookahead(re.compile(pattern, _FLAGS)),
                                          _HINTS[name]), resolve, _HINTS[name])


# --- explicit dates ---------------------------------------------------------------------------

# Words before a date that make it a deadline even when it lies in the past (then overdue).
_DEADLINE_WORDS = {"uiterlijk", "uiterlijk op", "vóór", "voor", "voór", "vóor", "per", "tot",
                   "tot en met", "deadline", "met ingang van", "m.i.v.", "vanaf"}
# Words before a date that make it a reference to something that happened, or to a document.
_PAST_WORDS = {"d.d.", "dd", "van", "sinds", "gedateerd", "na", "dato"}
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
# "vóór vrijdag 31 oktober" is before the 31st, as "vóór 31 oktober" is.
_DATE_PREFIX = (
    r"(?:(?P<prefix>uiterlijk\s+op|uiterlijk|" + _VOOR + r"|per|op|tot\s+en\s+met|tot|vanaf|"
    r"met\s+ingang\s+van|m\.i\.v\.|deadline|d\.d\.|dd|van|sinds|gedateerd|na|dato)\s+)?"
    r"(?:" + _WEEKDAY + r"\s+)?"
)
_AS_OF = re.compile(r"\b(?:stand(?:\s+van\s+zaken)?|peildatum|situatie|standen|cijfers)\s+$",
                    _FLAGS)
_RANGE_OF = re.compile(r"\b(?:van|d\.d\.|sinds|na)\s+[0-3]?\d\s*(?:en|t/m|tot\s+en\s+met|[-–])\s*$",
                       _FLAGS)
_ON_OR = re.compile(r"\bop\s+of\s+$", _FLAGS)
_AHEAD_OF_BEFORE = re.compile(r"\b" + _AHEAD_OF + r"\s+(?:" + _WEEKDAY + r"\s+)?$", _FLAGS)
_PAST_SUFFIX = re.compile(r"\s*(?:jl\b\.?|j\.\s*l\.|jongstleden)", _FLAGS)
_PAST_PREFIX = re.compile(r"\b(?:afgelopen|vorig|vorige|voorbije|jongstleden)\s+$", _FLAGS)
_YEAR_ONLY = re.compile(r"in\s+(?:19|20)\d\d", _FLAGS)
# … or its day: "het 18 oktober aangeboden delegatieverslag", "de op 25 april aangehouden motie"
_DAY_ONLY = re.compile(r"(?:op\s+)?[0-3]?\d\s+" + _MONTH + r"(?:\s+(?:19|20)\d\d)?", _FLAGS)
# (or "reeds"/"al" before it: "de door vragenstellers reeds in 1973 bepleite aanleg")
_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|een|reeds|al)\s+$", _FLAGS)
_DONE_AFTER = re.compile(r"\s+(?!te\b|geplande\b|voorziene\b|verwachte\b|aangekondigde\b)"
                         r"\w+(?:de|te|en)\b", _FLAGS)
# "de Raad voor de rechtspraak van 28 oktober", "het Centrum voor …": "voor" in a body's name
# (a capitalised head) is no deadline's "vóór"
_VOOR_AT = re.compile(_VOOR + r"\b", _FLAGS)
_NAMED_BODY_BEFORE = re.compile(
    r"\b(?:(?=[A-Z])\w*(?:[Rr]aad|[Cc]ommissie|[Cc]ollege|[Cc]entrum|[Ii]nstituut|[Ii]nspectie"
    r"|[Aa]utoriteit|[Ff]onds|[Bb]ureau|[Dd]ienst|[Aa]gentschap|[Vv]ereniging|[Pp]latform"
    r"|[Ss]tichting|[Aa]cademie|[Pp]lanbureau|[Oo]rde)|Minister|Staatssecretaris)\s+$")


_COMPARED = re.compile(r"(?<!\bniet\s)\b(?:later|eerder|vroeger)\b[^,.;]{0,60}\bdan\s+$",
                       re.IGNORECASE)


def _explicit_date(m: re.Match[str], ctx: _Context) -> tuple[date | None, bool] | None:
    g = m.groupdict()
    prefix = re.sub(r"\s+", " ", (g["prefix"] or "").lower())
    if prefix in _PAST_WORDS or _PAST_SUFFIX.match(ctx.text, m.end()):
        return BLOCK
    if prefix == "per" and _AS_OF.search(ctx.text, max(0, m.start() - 40), m.start()):
        return BLOCK  # "met de stand van zaken per 1 december": as of that day, no deadline
    if not prefix and _RANGE_OF.search(ctx.text, max(0, m.start() - 40), m.start()):
        return BLOCK  # the second day of a range that names a meeting: "de Raad van 12 en 13
        # december"
    if not prefix and _COMPARED.search(ctx.text, max(0, m.start() - 80), m.start()):
        return BLOCK  # "voor het geval dat de wet later in werking treedt dan 1 september
        # 2024": a date compared with (not "niet later dan 1 september": a limit)
    if g["day"]:
        day, month, year = int(g["day"]), _month_number(g["mon"]), g["year"]
    else:
        day, month, year = int(g["nday"]), int(g["nmonth"]), g["nyear"]
    # (the day before: "vóór 1 juli", "voorafgaand aan 1 juli", "in aanloop naar 15 juli" —
    # those two looked for before the match, only where a date stands; not "op of vóór 1 juli")
    before = (prefix.startswith("v") and prefix != "vanaf"
              and not _ON_OR.search(ctx.text, max(0, m.start() - 8), m.start())) or (
        not prefix and _AHEAD_OF_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start()))

    def compute(y: int) -> date | None:
        due = _safe_date(y, month, day)
        return due - timedelta(days=1) if due is not None and before else due

    if year is None:
        return _rolled(m, ctx, compute) or BLOCK
    due = compute(int(year))
    if due is None or (due < ctx.reference and prefix not in _DEADLINE_WORDS):
        return BLOCK  # impossible, or a past date without a deadline word: not a deadline
    return due, True


# --- months, quarters, halves, years ----------------------------------------------------------

_EVENT_NOUN = re.compile(
    r"debat|overleg|stemming|behandeling|vergadering|raad\b|top\b|bijeenkomst|reces|gesprek"
    r"|zitting|conferentie|bezoek|sessie|ecofin|eurogroep|verkiezing|hoorzitting|beraad|\bAO\b"
    r"|\b(?:WGO|NO|SO|CD)\b|indiening|aanvang|start|opening|besluit|beslissing|stemmen|deadline"
    r"|afspraak|uitspraak|publicatie|presentatie|vaststelling|ingang|inwerkingtreding|agenda"
    r"|\bdag\b|week\b|termijn|datum|moment|summit|cop\d*\b|ministeriële|toets|sluit|afloop"
    # ("het sluiten van de regeling op …", not "de geluidbelasting van bestaande woningen op …")
    r"|einde|verstrijken|\bhet\s+\w+en\s+(?:van|op)\b", _FLAGS)


_TAKES_EFFECT_ON = re.compile(r"\bmet\s+ingang\s+van\s+$", _FLAGS)


def _event_day(m: re.Match[str]) -> tuple[int, int, str | None]:
    """An event's day, month and year, written out or in figures ("op 15-5-2024")."""
    if m.group("eday") is not None:  # (a meeting of two days by its last, where that counts)
        day = m.groupdict().get("eday_to") or m.group("eday")
        return int(day), _month_number(m.group("emon")), m.group("eyear")
    return int(m.group("fday")), int(m.group("fmon")), m.group("fyear")


def _before_event(m, ctx):
    """ "vóór het Algemeen Overleg van 1 december", "voorafgaand aan het Wetgevingsoverleg op 20
    juni": the day before the meeting (not "de overgangsregeling voor de vervolguitkering op 1
    juli 2016": what it is for, no meeting)."""
    day_at = (m.start("eday") if m.group("eday") is not None else m.start("fday")) - m.start()
    if not _EVENT_NOUN.search(m.group(), 0, day_at):
        return None
    if _TAKES_EFFECT_ON.search(m.group(), 0, day_at):
        return None  # "voor de jaargemiddelde concentratie geldt met ingang van 1 januari 2010":
        # the day something takes effect, no meeting
    day, month, year = _event_day(m)

    def compute(y: int) -> date | None:
        due = _safe_date(y, month, day)
        return due - timedelta(days=1) if due is not None else None

    if year:
        due = compute(int(year))
        return (due, True) if due is not None else None
    return _rolled(m, ctx, compute)


def _at_event(m, ctx):
    """ "bij de Europese Raad van 23 en 24 oktober": done at the meeting, by its last day (one
    already held is history, not a time to come: "in de procedurevergadering van 14 september
    heeft de commissie besloten …")."""
    day, month, named = _event_day(m)
    due = _safe_date(int(named) if named else ctx.reference.year, month, day)
    if due is None or due < ctx.reference:
        return None
    return due, bool(named)


def _before_month(m, ctx):
    month = _month_number(m.group("mon"))
    return _rolled(m, ctx, lambda y: date(y, month, 1) - timedelta(days=1))


_SINCE_BEFORE = re.compile(r"\b(?:sinds|sedert)\s+$", _FLAGS)


def _in_month(m, ctx):
    g = m.groupdict()
    if g.get("mon2"):  # "juni 2020"
        if _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return BLOCK  # "het aantal woningen dat sinds januari 2019 is versterkt"
        return _month_end(int(g["year2"]), _month_number(g["mon2"])), True
    month = _month_number(g["mon"])
    if g.get("mon_to"):  # "in november of december", "in december/januari": the later
        first, month = month, _month_number(g["mon_to"])
        if g["joined"].lower().startswith("en") and month != first % 12 + 1:
            # two times, each its own, "in juni en in december" (twice a year): the next one
            return min(_rolled(m, ctx, lambda y: _month_end(y, first)),
                       _rolled(m, ctx, lambda y: _month_end(y, month)))
        return _rolled(m, ctx, lambda y: _month_end(y + (month < first), month))
    return _rolled(m, ctx, lambda y: _month_end(y, month))


_PART_DAY = {"begin": 10, "aan het begin van": 10, "primo": 10, "medio": 15, "half": 15,
             "halverwege": 15, "midden": 15, "de eerste helft van": 15,
             "in de eerste helft van": 15}


def _month_part(m, ctx):
    month = _month_number(m.group("mon"))
    day = _PART_DAY.get(re.sub(r"\s+", " ", m.group("part").lower()))
    return _rolled(m, ctx, lambda y: date(y, month, day) if day else _month_end(y, month))


_QUARTER_WORDS = {"eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3,
                  "3e": 3, "3de": 3, "vierde": 4, "4e": 4, "4de": 4, "laatste": 4}


def _quarter(m, ctx):
    g = m.groupdict()
    q = _QUARTER_WORDS[g["q"].lower()] if g["q"] else int(g["qn_to"] or g["qn"])  # "Q2/Q3"
    if g["yy"]:  # Q3 '24
        return _month_end(2000 + int(g["yy"]), 3 * q), True
    return _rolled(m, ctx, lambda y: _month_end(y, 3 * q))


def _half(m, ctx):
    second = (m.group("h") or "").lower() in ("tweede", "2e", "2de", "laatste") or \
        m.group("hn") == "2"
    return _rolled(m, ctx, lambda y: date(y, 12, 31) if second else date(y, 6, 30))


def _year_start(m, ctx):
    return _rolled(m, ctx, lambda y: date(y, 3, 31))


_SCOPE_BEFORE = re.compile(r"\bvoor\s+$", _FLAGS)


def _by_year(m, ctx):
    """ "uiterlijk 2026": by its last day; "vóór 2030": by the last day of the year before."""
    year = int(m.group("by_year"))
    return date(year - 1 if m.group("before") else year, 12, 31), True


def _year_end(m, ctx):
    if m.groupdict().get("next_year") and _SCOPE_BEFORE.search(ctx.text, max(0, m.start() - 6),
                                                               m.start()):
        return BLOCK  # "haar plannen voor het komende jaar": what they are about, not by when
    return _rolled(m, ctx, lambda y: date(y, 12, 31))


# --- the parliamentary calendar ---------------------------------------------------------------

def _parliamentary_year(m, ctx):
    """ "binnen het parlementaire jaar 1981-1982", "nog dit vergaderjaar": by the day before the
    Prinsjesdag that opens the next one."""
    if m.group("py_end"):
        return prinsjesdag(int(m.group("py_end"))) - timedelta(days=1), True
    return _rolled(m, ctx, lambda y: prinsjesdag(y) - timedelta(days=1))


def _season(compute: Callable[[_Context, int], date], begins: tuple[int, int] | None = None):
    """A season's date of year Y, rolled forward; "volgend voorjaar" (``begins``: the day the
    season begins) is the next one still to begin: this year's before that day, next year's
    from it on (said in April, not the spring under way)."""

    def resolve(m, ctx):
        coming = m.groupdict().get("coming")
        if begins is not None and coming and coming.lower().startswith("volgend") \
                and not _year_of(m, ctx)[1]:
            year = ctx.reference.year
            return compute(ctx, year + (ctx.reference >= date(year, *begins))), False
        return _rolled(m, ctx, lambda y: compute(ctx, y))

    return resolve


def _day_before_recess(name: str, fallback: tuple[int, int]) -> Callable[[_Context, int], date]:
    """The day before a recess of year Y starts; the fallback date when the row is missing."""

    def compute(ctx: _Context, year: int) -> date:
        recess = ctx.calendar.recess(name, year)
        return recess.first_day - timedelta(days=1) if recess else date(year, *fallback)

    return compute


def _summer_end(ctx: _Context, year: int) -> date:
    recess = ctx.calendar.recess("zomerreces", year)
    return recess.last_day if recess else date(year, 8, 31)


_RECESSES = {"herfst": ("herfstreces", (10, 15)), "voorjaars": ("voorjaarsreces", (2, 15)),
             "krokus": ("voorjaarsreces", (2, 15)), "mei": ("meireces", (4, 25)),
             "kerst": ("kerstreces", (12, 20))}


def _recess_last_day(ctx: _Context, key: str, year: int) -> date:
    """The last day of a recess of year Y; without a row, the Christmas recess's pattern (from
    the last Friday at least two days before 25 December, 24 days on) or about nine days on."""
    name, (month, day) = _RECESSES[key.lower()]
    recess = ctx.calendar.recess(name, year)
    if recess:
        return recess.last_day
    if name == "kerstreces":
        start = date(year, 12, 23)
        return start - timedelta(days=(start.weekday() - 4) % 7) + timedelta(days=24)
    return date(year, month, day) + timedelta(days=9)


def _recess_of(m: re.Match[str]) -> str:
    """The recess a phrase names, or the one its school holiday falls in."""
    return m.group("recess") or m.group("holiday")


def _from_recess_end(m, ctx, days: int):
    """``days`` after the last day of the recess a phrase names: of its named year, else the
    next such day on or after D (in January, that of the Christmas recess begun the December
    before, so "tijdens het kerstreces" said on 5 January is the recess under way)."""
    year, named = _year_of(m, ctx)
    if named:
        return _recess_last_day(ctx, _recess_of(m), year) + timedelta(days=days), True
    return min(day for y in (year - 1, year, year + 1)
               if (day := _recess_last_day(ctx, _recess_of(m), y) + timedelta(days=days))
               >= ctx.reference), False


def _recess_end(m, ctx):
    return _from_recess_end(m, ctx, 0)


def _after_recess(m, ctx):
    """ "na het kerstreces": four weeks after its last day, as "na de zomer" is the 30th of
    September, four weeks after the summer recess ends."""
    return _from_recess_end(m, ctx, 28)


def _before_recess(m, ctx):
    compute = _day_before_recess(*_RECESSES[_recess_of(m).lower()])
    return _rolled(m, ctx, lambda y: compute(ctx, y))


_EVERY_RECESS = (("voorjaarsreces", (2, 15)), ("meireces", (4, 25)), ("zomerreces", (7, 1)),
                 ("herfstreces", (10, 15)), ("kerstreces", (12, 20)))


def _before_next_recess(m, ctx):
    """ "voor het reces": the day before the next recess starts, each read as its own row is
    (the calendar's dates, else the table's fallbacks)."""
    year = ctx.reference.year
    return min(day for y in (year, year + 1) for name, fallback in _EVERY_RECESS
               if (day := _day_before_recess(name, fallback)(ctx, y)) >= ctx.reference), False


def _accounts_day(m, ctx):
    # ("vóór Verantwoordingsdag" is the day itself: the rules match their rows "tolerant of
    # vóór", and the labellers read it so)
    return _season(lambda ctx, y: verantwoordingsdag(y))(m, ctx)


def _annual_reports(m, ctx):
    if m.group("report"):  # the reports over 2025 come on Verantwoordingsdag 2026
        return verantwoordingsdag(int(m.group("report")) + 1), True
    return _rolled(m, ctx, verantwoordingsdag)


# What something means for the budget, not by when: "de gevolgen van de lage inflatie voor de
# begroting", "de consequenties voor de begroting van Defensie".
_FOR_THE_BUDGET = re.compile(r"\b(?:gevolgen|consequenties|effecten|effect|betekenis|risico's"
                             r"|ruimte|lasten|druk|dekking)\b[^.;:,]{0,60}$", re.IGNORECASE)


def _budget_day(m, ctx):
    if m.group().lower().lstrip().startswith("voor") and _FOR_THE_BUDGET.search(
            ctx.text, max(0, m.start() - 70), m.start()):
        return BLOCK
    if m.group("budget"):  # "bij de begroting 2021" is presented on Prinsjesdag 2020
        return prinsjesdag(int(m.group("budget")) - 1), True
    # ("vóór Prinsjesdag" is Prinsjesdag itself: the rules match their rows "tolerant of vóór",
    # and four labellers of five read it so; "vóór 1 juli" is the day before, by its own row)
    return _rolled(m, ctx, prinsjesdag)


# --- relative and vague -----------------------------------------------------------------------

def _add_workdays(start: date, n: int) -> date:
    day = start
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _later(d: date, n: int, unit: str) -> date:
    """``n`` working days, days, weeks, months or years after ``d``."""
    if unit.startswith("werkdag"):
        return _add_workdays(d, n)
    if unit.startswith("dag"):
        return d + timedelta(days=n)
    if unit.startswith("we"):
        return d + timedelta(weeks=n)
    if unit.startswith("maand"):
        return d + relativedelta(months=n)
    return d + relativedelta(years=n)


# "binnen drie maanden na de inwerkingtreding", "binnen een week na afloop": counted from an
# event still to come, not from the document (but "binnen drie weken na ontvangst" of the
# questions and "na dagtekening" count from the document's date)
_AFTER_EVENT = re.compile(
    # (this letter's own day is no event to wait for: "na de datum van verzending van dit stuk")
    r"\s+na\s+(?!dagtekening\b|datum\b|heden\b|vandaag\b|ontvangst\s*(?:[,.;)]|$)"
    r"|de\s+datum\s+van\s+(?:verzending|dagtekening)\s+van\s+(?:dit|deze)\b"
    r"|(?:de\s+)?verzending\s+van\s+(?:dit|deze)\s+(?:stuk|brief)\b"
    r"|vaststelling\s+van\s+(?:dit|het)\s+verslag\b"
    r"|ontvangst\s+van\s+(?:deze|de|uw|die|dit|het)\s+(?:\w+\s+)?(?:vragen|brief|verzoek|schrijven)\b)"
    r"\w"
    # "binnen zes weken nadat de voorlichting is uitgebracht"
    r"|\s+(?:nadat|zodra|vanaf\s+(?:het\s+moment\s+)?dat)\b", _FLAGS)


def _relative(m, ctx):
    if _AFTER_EVENT.match(ctx.text, m.end()):
        return CONDITIONAL
    if m.group("unit").lower() == "jaar" and "komende" in m.group().lower():
        return None  # "hoeveel scholen de komende vijf jaar onder de norm dreigen te komen":
        # a span of years is what it is about, not by when
    if m.group("half"):  # "binnen een half jaar"
        return ctx.reference + relativedelta(months=6), False
    if m.group("n").lower().startswith("anderhal"):  # "binnen anderhalf jaar", "… anderhalve
        # maand": one and a half
        unit = m.group("unit").lower()
        if unit == "jaar":
            return ctx.reference + relativedelta(months=18), False
        days = {"maand": 45, "maanden": 45}.get(unit, 10 if unit.startswith("we") else 2)
        return ctx.reference + timedelta(days=days), False
    return _later(ctx.reference, _number(m.group("n")), m.group("unit").lower()), False


def _about(m, ctx):  # "een week of zes": about six weeks
    return _later(ctx.reference, _number(m.group("n")), m.group("unit").lower()), False


def _some(delta):
    """A few days or months from the document ("binnen enkele dagen": a week, "binnen enkele
    maanden": three, as the labellers read it), or after an event still to come ("binnen enkele
    maanden na ontvangst", "binnen enkele dagen na de Europese Raad"): no date."""
    def resolve(m, ctx):
        if _AFTER_EVENT.match(ctx.text, m.end()):
            return CONDITIONAL
        return ctx.reference + delta, False
    return resolve


def _answer_term(m, ctx):
    """Asked of written questions, and not the notice that they will be late ("… kunnen niet
    binnen de gebruikelijke termijn worden beantwoord": no date is said there)."""
    if not _ABOUT_QUESTIONS.search(ctx.text) or _NOT.search(ctx.text):
        return None
    return ctx.reference + timedelta(weeks=3), False


_ABOUT_QUESTIONS = re.compile(r"\bvragen\b|beantwoord", _FLAGS)
_NOT = re.compile(r"\bniet\b", _FLAGS)


def _week_of(m, ctx):
    """ "in de week van 14 juli": the Sunday of the week that day falls in."""
    day, month, before = int(m.group("day")), _month_number(m.group("mon")), m.group("wbefore")

    def compute(year: int) -> date | None:
        d = _safe_date(year, month, day)
        if d is None:
            return None
        sunday = d + timedelta(days=6 - d.weekday())
        return sunday - timedelta(days=7) if before else sunday

    return _rolled(m, ctx, compute)


def _week(m, ctx):
    """ "in week 6 van 2009": the Sunday that ends ISO week 6; "vóór week 6": the one before."""
    week = int(m.group("wk"))
    before = bool(m.group("wbefore"))

    def compute(year: int) -> date | None:
        try:
            sunday = date.fromisocalendar(year, week, 7)
        except ValueError:
            return None
        return sunday - timedelta(days=7) if before else sunday

    if m.group("wyear"):
        due = compute(int(m.group("wyear")))
        return (due, True) if due is not None else None
    return _rolled(m, ctx, compute)


def _periodic(m, ctx):
    """ "jaarlijks", "maandelijks", "per kwartaal": a recurring duty has no deadline of its own
    (the rules table names none, and clerks label "de Kamer jaarlijks te informeren" without
    one); the phrase is still read, so no other word of the sentence is taken for its date."""
    return None, False


def _today_or_soon(m, ctx):
    """ "vandaag", "vanavond", "rond 16:00" (the day itself), "morgen", "deze week" (its
    Friday), "volgende week" (next Friday; "begin volgende week" its Tuesday), "aanstaande
    maandag"."""
    word = re.sub(r"\s+", " ", m.group().lower())
    d = ctx.reference
    if word.startswith(("morgen",)):
        return d + timedelta(days=1), False
    if word.startswith("overmorgen"):
        return d + timedelta(days=2), False
    days = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    next_week_day = m.group("nwday") or m.group("nwday2")
    if next_week_day:
        return d + timedelta(days=7 - d.weekday() + days.index(next_week_day.lower())), False
    by_day = m.group("bywday")
    if by_day:  # the coming one (today's, if it is that day), or the day before it
        ahead = (days.index(by_day.lower()) - d.weekday()) % 7
        if m.group("wbefore"):  # "vóór vrijdag" said on a Friday: before next Friday
            return d + timedelta(days=(ahead or 7) - 1), False
        return d + timedelta(days=ahead), False
    if "deze week" in word or "van de week" in word:
        return d + timedelta(days=(4 - d.weekday()) % 7), False
    if "volgende week" in word or "komende week" in word:
        # "begin volgende week": its Tuesday; otherwise its Friday
        return d + timedelta(days=7 - d.weekday() + (1 if "begin" in word else 4)), False
    day = m.group("wday") or m.group("wday2")
    if day:
        target = days.index(day.lower())
        return d + timedelta(days=(target - d.weekday()) % 7 or 7), False
    return d, False


def _this_month(m, ctx):
    """ "later deze maand": the month's last day; "volgende maand": next month's."""
    later = (m.group("which") or "deze").lower() != "deze"
    d = ctx.reference + (relativedelta(months=1) if later else relativedelta())
    if later and m.group("start"):  # "begin volgende maand": its 10th, as "begin juni"
        return date(d.year, d.month, 10), False
    return _month_end(d.year, d.month), False


def _this_quarter(m, ctx):
    """ "dit kwartaal": the quarter's last day; "komend/volgend kwartaal": the next one's."""
    d = ctx.reference + (relativedelta(months=3) if m.group("next_q") else relativedelta())
    return _month_end(d.year, 3 * ((d.month - 1) // 3 + 1)), False


def _plus(days: int):
    return lambda m, ctx: (ctx.reference + timedelta(days=days), False)


def _conditional(m, ctx):
    return None, False


_SUMMER = r"(?:zomer(?:reces|vakantie|periode)?|zomermaanden)\b"
_THIS_OR_NEXT_YEAR = (
    r"(?:(?P<year>" + _YEAR + r")|(?P<this_year>dit|het\s+huidige)\s+jaar"
    r"|(?P<next_year>volgend|komend|het\s+volgende|het\s+komende|het\s+nieuwe)\s+jaar)"
)

# The order of the rules table; where phrases nest, the longer one wins (see _candidates).
RULES: tuple[_Rule, ...] = (
    # The look-ahead names every first letter the pattern can start with (prefix, weekday,
    # day): the engine skips other positions at once instead of trying each prefix there,
    # which halves the rule's cost and matches the same spans.
    _rule("date", "day",
          r"(?=[uvpotmdsgnwz0-9])" + _DATE_PREFIX
          + r"(?:\b(?P<day>[0-3]?\d)(?:e|ste|de)?\s+(?P<mon>" + _MONTH + r")"
          r"(?:\s+(?P<year>" + _YEAR + r"))?"
          r"|\b" + _in_figures("nday", "nmonth", "nyear") + ")",
          _explicit_date),
    _rule("before_event", "day",
          r"\b(?:" + _VOOR + r"|" + _AHEAD_OF + r"|voordat)\s+(?:het|de|een|die|dat|deze|dit)\s+"
          # ("vóór de behandeling van de Landbouwbegroting in de Tweede Kamer op 11 en 12 november")
          r"(?:[\w–-]+,?\s+){0,9}?"
          r"(?:(?:van|op|d\.d\.)\s+|\()(?:" + _WEEKDAY + r"\s+)?(?:(?P<eday>[0-3]?\d)"
          # a meeting of two days by its first: "vóór de Europese Raad van 28 en 29 juni"
          r"(?:\s*(?:en|tot\s+en\s+met|t/m|[-–])\s*[0-3]?\d)?\s+"
          r"(?P<emon>" + _MONTH + r")(?:\s+(?P<eyear>" + _YEAR + "))?"
          + _IN_FIGURES, _before_event),
    _rule("at_event", "day",
          r"\b(?:bij|tijdens|op)\s+(?:de|het)\s+(?:[\w–-]+\s+){0,3}?[\w–-]*(?:raad|top|overleg"
          r"|debat|bijeenkomst|conferentie|vergadering)\s+(?:van|op)\s+(?:" + _WEEKDAY + r"\s+)?"
          r"(?:(?P<eday>[0-3]?\d)(?:\s*(?:en|tot\s+en\s+met|t/m|[-–])\s*(?P<eday_to>[0-3]?\d))?\s+"
          r"(?P<emon>" + _MONTH + r")(?:\s+(?P<eyear>" + _YEAR + "))?"
          + _IN_FIGURES, _at_event),
    # "vóór de Milieuraad van oktober": a meeting named by its month alone, by that month's end
    _rule("before_event_month", "month",
          r"\b(?:" + _VOOR + r"|" + _AHEAD_OF + r")\s+(?:het|de)\s+(?:[\w–-]+\s+){0,3}?"
          r"[\w–-]*(?:raad|top|overleg|debat|bijeenkomst|conferentie|vergadering)\s+van\s+"
          r"(?P<mon>" + _MONTH + ")" + _YEAR_TAIL, _in_month),
    _rule("before_month", "month",
          _VOOR + r"\s+(?:de\s+maand\s+)?(?P<mon>" + _MONTH + ")" + _YEAR_TAIL, _before_month),
    _rule("month", "month",
          r"\b(?:in|uiterlijk(?:\s+in)?)\s+(?:de\s+(?:maand|loop\s+van)\s+)?(?P<mon>" + _MONTH + ")"
          # one month or the next, the later as a range's upper end: "in mei of juni", "in mei
          # en juni" (what is done in both is done by the end of the second)
          r"(?:\s*(?P<joined>/|-|–|of|en(?:\s+in)?|tot(?:\s+en\s+met)?)\s*(?P<mon_to>" + _MONTH
          + r"))?"
          + _YEAR_TAIL
          + r"|\b(?P<mon2>" + _MONTH + r")\s+(?P<year2>" + _YEAR + ")", _in_month),
    _rule("month_part", "month",
          r"\b(?P<part>begin|aan\s+het\s+begin\s+van|primo|ultimo|medio|half|halverwege|midden|eind|einde|"
          r"aan\s+het\s+eind(?:e)?\s+van|eind\s+van|(?:in\s+)?de\s+(?:eerste|tweede|laatste)\s+helft"
          r"\s+van)\s+(?:de\s+maand\s+)?(?P<mon>" + _MONTH
          + ")" + _YEAR_TAIL, _month_part),
    _rule("quarter", "quarter",
          r"(?:(?:in\s+|gedurende\s+)?het\s+)?"
          r"(?:\b(?P<q>eerste|tweede|derde|vierde|laatste|[1-4](?:e|ste|de))\s+kwartaal"
          + _YEAR_TAIL + r"|\bQ(?P<qn>[1-4])(?:\s*[/-]\s*Q(?P<qn_to>[1-4]))?"
          r"(?:\s*'(?P<yy>\d{2})\b|\s+(?P<qyear>" + _YEAR + "))?)", _quarter),
    _rule("half", "half",
          # (not what a report is about: "de cijfers over het eerste halfjaar")
          r"(?:(?:in\s+)?de\s+)?(?<!\bover\shet\s)(?<!\bover\sde\s)"
          r"\b(?P<h>eerste|tweede|laatste|[12](?:e|ste|de))\s+"
          r"(?:helft|jaarhelft|halfjaar|half\s+jaar)(?:\s+van)?" + _YEAR_TAIL
          + r"|\b(?:medio|half|halverwege|midden)\s+" + _THIS_OR_NEXT_YEAR.replace("?P<", "?P<h_")
          # a planning's shorthand: "in H2 2025", "H1 2026" (only with its year)
          + r"|\bH(?P<hn>[12])\s+(?P<hn_year>" + _YEAR + ")",
          _half),
    _rule("year_start", "year",
          r"\b(?:(?:in\s+het\s+)?begin|primo|in\s+de\s+eerste\s+maanden)\s+(?:van\s+)?"
          r"(?:het\s+jaar\s+)?" + _THIS_OR_NEXT_YEAR,
          _year_start),
    # "in het nieuwe jaar", "na de jaarwisseling": early in the next year, as "begin volgend
    # jaar" (said in its first three months, the year just begun; after them, never a day past)
    _rule("new_year", "year",
          r"\b(?:in\s+het\s+nieuwe\s+jaar"
          r"|(?:(?:direct|kort|vlak|snel)\s+)?na\s+de\s+jaarwisseling)\b",
          lambda m, ctx: (date(ctx.reference.year + (ctx.reference.month >= 4), 3, 31), False)),
    _rule("year_end", "year",
          r"(?:\b(?:" + _VOOR + r"|tegen|aan)\s+)?(?:het\s+)?\b(?:eind|einde|ultimo)\b(?:\s+van)?"
          r"(?:\s+het\s+jaar)?\s+" + _THIS_OR_NEXT_YEAR,
          _year_end),
    # "in dit lopende jaar": this year, as "dit jaar" (not "de instroom in het lopende jaar",
    # what a report is to cover)
    _rule("year_end", "year", r"\bin\s+dit\s+(?:lopende|huidige)\s+(?:kalender)?jaar\b",
          lambda m, ctx: (date(ctx.reference.year, 12, 31), True)),
    _rule("year_end", "year",
          r"\b(?:(?:" + _VOOR + r"|tegen|aan)\s+)?(?:het\s+)?(?:eind|einde)\s+van\s+het\s+"
          r"(?:kalender)?jaar\b"
          r"|\b(?:" + _VOOR + r"\s+)?(?:het\s+)?jaareinde\b"
          r"|\b(?:" + _VOOR + r"|rond|tegen)\s+de\s+jaarwisseling\b"
          r"|\b(?:nog\s+|later\s+|binnen\s+|in\s+de\s+loop\s+van\s+)?(?P<this_year>dit)\s+"
          r"(?:kalender)?jaar"
          r"(?:\s+nog)?\b"
          r"|\bin\s+de\s+loop\s+van\s+(?:het\s+(?:kalender)?jaar\b|"
          + _THIS_OR_NEXT_YEAR.replace("?P<", "?P<l_") + ")"
          # ("in het jaar 1987": an older letter's words)
          + r"|\b(?:in|gedurende)\s+(?:het\s+(?:kalender)?jaar\s+)?(?P<year>" + _YEAR + ")"
          # "De volgende beleidsdoorlichting is voorzien voor 2015": planned for that year
          r"|(?<=\bvoorzien\s)voor\s+(?P<p_year>" + _YEAR + r")(?![-/.]?\d)"
          r"|(?<=\bgepland\s)voor\s+(?P<g_year>" + _YEAR + r")(?![-/.]?\d)"
          r"|(?<=\bgeprogrammeerd\s)voor\s+(?P<r_year>" + _YEAR + r")(?![-/.]?\d)"
          r"|\b(?:in\s+|gedurende\s+)?(?:het\s+)?(?P<next_year>volgend|komend)e?\s+jaar\b",
          _year_end),
    # a session: "binnen het parlementaire jaar 1981-1982", "nog dit parlementaire jaar", "in
    # de loop van het lopende vergaderjaar" (not a heading's "Vergaderjaar 2025-2026")
    _rule("parliamentary_year", "year",
          r"\b(?:(?:nog\s+)?(?:binnen|in|gedurende|tijdens)\s+(?:de\s+loop\s+van\s+)?"
          r"(?:het|dit)(?:\s+(?:lopende|huidige))?|nog\s+dit)\s+(?:parlementaire\s+jaar|vergaderjaar"
          r"|zittingsjaar)\b(?:\s+(?P<py_start>" + _YEAR + r")\s*[-–/]\s*(?P<py_end>" + _YEAR
          + r"))?", _parliamentary_year),
    # "uiterlijk 2026", "vóór 2030" (not "voor 2027": without its accents that is "for 2027")
    _rule("by_year", "year",
          r"\b(?:uiterlijk(?:\s+in)?|niet\s+later\s+dan|(?P<before>v[oó]ór|vó[oó]r))\s+"
          r"(?P<by_year>" + _YEAR + r")(?![-/.]?\d)", _by_year),
    _rule("before_summer", "season",
          r"\b(?:" + _VOOR + r"|rond|omstreeks|tegen|ruim\s+" + _VOOR + r"|" + _AHEAD_OF
          + r"|richting)"
          r"\s+(?:(?:de|het)\s+)?"  # (a table's "Kamerbrief vóór zomer 2023" drops it)
          + _SUMMER + _YEAR_TAIL, _season(_day_before_recess("zomerreces", (7, 1)))),
    _rule("summer", "season",
          r"(?:(?:\b(?:in|tijdens|gedurende)\s+(?:de|het)\s+|\bdeze\s+|\b(?P<coming>komende?|volgende)\s+"
          r"|\b(?:(?:uiterlijk\s+)?(?:" + _VOOR + r"|tegen|aan|op)\s+)?het\s+(?:eind|einde)\s+"
          r"van\s+(?:de|het)\s+)" + _SUMMER
          # a planning's bare season with its year: "zomer 2026", as "voorjaar 2026"
          + r"|\bzomer(?=\s+(?:19|20)\d\d\b))" + _YEAR_TAIL, _season(_summer_end, (6, 1))),
    _rule("after_summer", "season",
          r"\b(?:direct\s+|kort\s+)?na\s+(?:afloop\s+van\s+)?(?:de|het)\s+" + _SUMMER + _YEAR_TAIL,
          _season(lambda ctx, y: date(y, 9, 30))),
    _rule("after_recess", "season",
          r"\b(?:direct\s+|kort\s+|vlak\s+)?na\s+(?:het\s+(?P<recess>herfst|voorjaars|krokus|mei"
          r"|kerst)reces|de\s+(?P<holiday>herfst|voorjaars|krokus|mei|kerst)vakantie)\b"
          + _YEAR_TAIL, _after_recess),
    _rule("spring", "season",
          # (or "de lente", as "de herfst" is the autumn; not a name: "mevrouw Van Lente")
          r"(?:\b(?:in\s+)?(?:het|de)\s+|\b" + _PREFIX + r")(?:voorjaar|(?:(?<=de\s)|(?<=deze\s)"
          r"|(?<=komende\s)|(?<=volgende\s))lente)\b" + _YEAR_TAIL,
          _season(lambda ctx, y: date(y, 6, 20), (3, 1))),
    _rule("autumn", "season",
          r"(?:(?:\b(?:in\s+)?het\s+|\b" + _PREFIX + r")najaar\b|\b(?:in\s+de\s+|deze\s+)herfst\b"
          # ("rond de kerst" as "rond de zomer" is the summer's "voor de zomer")
          r"|\b(?:" + _VOOR + r"|rond|omstreeks|tegen)\s+(?:het\s+kerstreces|de\s+kerst(?:vakantie"
          r"|dagen)?|kerst(?:mis)?)\b"
          # the winter begins a few days before Christmas: "vóór de winter" is "voor de kerst"
          r"|\b(?:" + _VOOR + r"|tegen)\s+de\s+winter\b)"
          + _YEAR_TAIL, _season(_day_before_recess("kerstreces", (12, 20)), (9, 1))),
    # "uiterlijk voor het einde van het meireces", "tijdens het kerstreces": its last day
    _rule("recess_end", "season",
          r"(?:\b(?:(?:uiterlijk\s+)?(?:" + _VOOR + r"|tegen|aan|op)\s+)?het\s+eind(?:e)?\s+van"
          r"|\b(?:in|tijdens|gedurende))\s+(?:het\s+(?P<recess>herfst|voorjaars|krokus|mei|kerst)reces"
          r"|de\s+(?P<holiday>herfst|voorjaars|krokus|mei)vakantie)\b"
          + _YEAR_TAIL, _recess_end),
    # (or the school holiday it falls in: "voor de herfstvakantie")
    _rule("before_recess", "season",
          r"\b" + _VOOR + r"\s+(?:het\s+(?P<recess>herfst|voorjaars|krokus|mei)reces"
          r"|de\s+(?P<holiday>herfst|voorjaars|krokus|mei)vakantie)\b" + _YEAR_TAIL,
          _before_recess),
    _rule("before_next_recess", "season",
          r"\b(?:" + _VOOR + r"|" + _AHEAD_OF + r")\s+het\s+(?:komende\s+|aanstaande\s+"
          r"|volgende\s+|eerstvolgende\s+)?reces\b", _before_next_recess),
    _rule("prinsjesdag", "season",
          r"\b(?:(?:rond|met|op|bij|tijdens|" + _VOOR + r")\s+prinsjesdag\b"
          r"|(?:bij|met|in)\s+(?:de\s+)?miljoenennota\b(?!\s+(?:van\s+|voor\s+)?(?:het\s+jaar\s+)?\d)"
          # the parliamentary year opens on Prinsjesdag: "uiterlijk bij de start van het nieuwe
          # parlementaire jaar"
          r"|(?:bij|rond|tegen|aan|" + _VOOR + r")\s+(?:de\s+start|het\s+begin|(?:de\s+)?aanvang)"
          r"\s+van\s+het\s+(?:nieuwe\s+|volgende\s+|komende\s+)?(?:parlementaire\s+jaar"
          r"|vergaderjaar|zittingsjaar)\b)"
          + _YEAR_TAIL
          # "bij de begroting 2021" and "in de Miljoenennota 2021" come on Prinsjesdag 2020
          + r"|\b(?:(?:bij|in|" + _VOOR + r")\s+de\s+(?:volgende\s+|komende\s+|nieuwe\s+)?"
          r"(?:ontwerp)?begroting\b"
          # a department's, with its year: "bij de defensiebegroting 2026", "de OCW-begroting
          # voor 2026" (one budget of the Miljoenennota)
          r"|(?:bij|in|met|tegelijk\s+met|" + _VOOR + r")\s+de\s+"
          r"(?!EU-|gemeente|provincie|meerjaren)(?:[\w]+-)?[a-zà-ÿ]*begroting"
          r"(?=\s+(?:van\s+|voor\s+)?(?:het\s+jaar\s+)?\d)"
          r"|(?:bij|in|met|" + _VOOR + r")\s+de\s+miljoenennota\b(?=\s+(?:van\s+|voor\s+)?"
          r"(?:het\s+jaar\s+)?\d)"
          # the tax plan comes with the budget: "bij de fiscale stukken van het Belastingplan 2023"
          r"|(?:bij|in|met)\s+(?:de\s+fiscale\s+stukken\s+(?:van|bij)\s+|het\s+pakket\s+)?"
          r"het\s+belastingplan\b)"
          r"(?:\s+(?:voor\s+|van\s+)?(?:het\s+jaar\s+)?"
          r"(?P<budget>" + _YEAR + "))?", _budget_day),
    _rule("voorjaarsnota", "season",
          # ("tijdens de volgende Voorjaarsbesluitvorming" too)
          # (and its debate: "voor de behandeling van de Voorjaarsnota 2025")
          r"\b(?:bij|" + _VOOR + r"|met|in|rond|tijdens|" + _AHEAD_OF + r")\s+" + _DEBATE_OF
          + r"(?:de\s+)?(?:(?:eerst)?volgende\s+|komende\s+)?(?:voorjaarsnota"
          r"|voorjaarsbesluitvorming"
          # the first supplementary budget comes with it ("bij de eerste suppletoire begroting")
          r"|(?:eerste\s+|voorjaars)suppletoire\s+begroting(?:en)?|voorjaarssuppletoire)\b"
          + _YEAR_TAIL,
          _season(lambda ctx, y: date(y, 6, 1))),
    _rule("najaarsnota", "season",
          r"\b(?:bij|" + _VOOR + r"|met|in|tijdens|" + _AHEAD_OF + r")\s+" + _DEBATE_OF
          + r"(?:de\s+)?(?:(?:eerst)?volgende\s+|komende\s+)?(?:najaarsnota"
          r"|(?:tweede\s+|najaars)suppletoire\s+begroting(?:en)?|najaarssuppletoire)\b"
          + _YEAR_TAIL,
          _season(lambda ctx, y: date(y, 12, 1))),
    _rule("verantwoordingsdag", "season",
          r"(?:\b(?:op|rond|" + _VOOR + r"|bij)\s+verantwoordingsdag\b"
          r"|\bbij\s+(?:de\s+)?slotwet(?:ten)?\b)" + _YEAR_TAIL,
          _accounts_day),
    # "bij de jaarverslagen", "bij het jaarverslag over 2025": the annual reports over a year
    # come on the next year's Verantwoordingsdag
    _rule("annual_reports", "season",
          r"\b(?:bij|met)\s+(?:de\s+jaarverslagen|het\s+(?:[\w-]+\s+)?jaarverslag)\b"
          r"(?:\s+(?:over\s+|van\s+)?(?:het\s+jaar\s+)?(?P<report>" + _YEAR + r"))?",
          _annual_reports),
    _rule("relative", "relative",
          r"\b(?:binnen|over|uiterlijk\s+binnen"
          r"|binnen\s+(?:een|de)\s+(?:(?:gebruikelijke|wettelijke|vastgestelde|gestelde|reguliere"
          r"|geldende|reglementaire)\s+)?termijn\s+van"
          r"|(?:in\s+)?de\s+komende)\s+"
          r"(?:(?:uiterlijk|maximaal|ten\s+hoogste|hooguit|ongeveer|circa|de)\s+)?"
          r"(?:" + _NUM + r"\s*(?:à|a|tot|-|–|of)\s*)?(?P<n>" + _NUM + r"|anderhalf|anderhalve)\s+"
          r"(?P<half>half\s*)?"
          r"(?P<unit>werkdag(?:en)?|dag(?:en)?|we(?:e)?k(?:en)?|maand(?:en)?|jaar)\b", _relative),
    # Spoken estimates: "een week of zes", "binnen een maand of twee", "een weekje of drie"
    _rule("about", "relative",
          r"\b(?:(?:binnen|over|in)\s+)?een\s+(?P<unit>werkdag|dag|we(?:e)?k|maand|jaar)(?:je)?"
          r"\s+of\s+(?P<n>" + _NUM + r")\b", _about),
    # "binnen enkele maanden", "over enkele maanden" (not "de komende maanden", which the rules
    # leave without a date, nor "enkele weken", read as "binnenkort")
    _rule("some_months", "relative", r"\b(?:binnen|over)\s+enkele\s+maanden\b",
          _some(relativedelta(months=3))),
    # "Kunt u deze vragen binnen de gebruikelijke termijn beantwoorden?": written questions are
    # answered within three weeks, the term the Tweede Kamer's Reglement van Orde sets
    _rule("answer_term", "relative",
          r"\bbinnen\s+de\s+(?:gebruikelijke|reglementaire|vastgestelde|gestelde|geldende)\s+"
          r"(?:antwoord)?termijn\b(?!\s+van\b)", _answer_term),
    _rule("today", "day",
          r"\b(?:vandaag|vanavond|vanmiddag|vannacht|overmorgen|morgen(?:middag|ochtend|vroeg)?)\b"
          # (not the day something was done: "het vandaag aangekondigde voortgangsbericht")
          r"(?!\s+(?:(?:aan|toe|bekend|mee)?ge\w+de|ver\w+de|verschenen|verzonden|ontvangen)\b)"
          r"|\b(?:nog\s+)?(?:tijdens|in)\s+dit\s+debat\b"
          r"|\b(?:(?:uiterlijk\s+)?(?:rond|om|voor|vóór|uiterlijk))\s+[0-2]?\d[:.][0-5]\d(?:\s+uur)?"
          # "volgende week dinsdag", "dinsdag volgende week": that day
          r"|\b(?:volgende|komende)\s+week\s+(?P<nwday>" + _WEEKDAY + r")\b"
          r"|\b(?P<nwday2>" + _WEEKDAY + r")\s+(?:volgende|komende)\s+week\b"
          r"|\b(?:(?:uiterlijk\s+)?(?:" + _VOOR + r"|eind|einde|begin)\s+)?"
          r"(?:deze|volgende|komende)\s+week\b"
          r"|\b(?:" + _VOOR + r"|tegen)\s+het\s+eind(?:e)?\s+van\s+(?:de|deze)\s+week\b"
          r"|\b(?:aanstaande|komende)\s+(?P<wday>" + _WEEKDAY + r")\b"
          # "vrijdag aanstaande", "maandag a.s."
          r"|\b(?P<wday2>" + _WEEKDAY + r")\s+(?:aanstaande\b|a\.\s?s\.)"
          # "uiterlijk vrijdag"; "vóór vrijdag" is by the day before, as "vóór 31 oktober" is
          # (not "vrijdag 31 oktober": a date)
          # ("uiterlijk woensdagavond", "uiterlijk donderdag 12.00 uur" too)
          r"|\b(?:uiterlijk|(?P<wbefore>" + _VOOR + r"))\s+(?P<bywday>" + _WEEKDAY + r")"
          r"(?:ochtend|middag|avond)?\b(?!\s+\d{1,2}\s+[a-z])", _today_or_soon),
    _rule("this_month", "month",
          r"\b(?:(?P<start>begin|primo)\s+|(?:later|nog|eind|einde|in|voor\s+het\s+eind\s+van)\s+)?"
          r"(?P<which>deze|volgende"
          r"|komende)\s+maand\b"
          # "voor het einde van de maand", "aan het eind van de maand": this month's end
          r"|\b(?:(?:" + _VOOR + r"|tegen|aan|uiterlijk)\s+)?(?:het\s+)?eind(?:e)?\s+van\s+de"
          r"\s+maand\b(?!\s+" + _MONTH + ")",
          _this_month),
    _rule("this_quarter", "quarter",
          r"\b(?:(?:in|nog|voor\s+het\s+eind\s+van)\s+)?(?:(?:dit|het\s+huidige|het\s+lopende)"
          r"|(?P<next_q>volgend|komend|het\s+volgende|het\s+komende))\s+kwartaal\b", _this_quarter),
    _rule("periodic", "none",
          r"\b(?:half)?jaarlijks\b|\bmaandelijks\b|\b(?:elk|ieder)\s+(?:half\s+)?jaar\b"
          r"|\belk(?:e)?\s+kwartaal\b|\bper\s+kwartaal\b", _periodic),
    _rule("week", "day",
          r"\b(?:(?P<wbefore>" + _VOOR + r")\s+|(?:uiterlijk\s+)?in\s+)?week\s+(?P<wk>[1-5]?\d)\b"
          r"(?:\s+(?:van\s+)?(?:het\s+jaar\s+)?(?P<wyear>" + _YEAR + "))?", _week),
    # "in de week van 14 juli": the Sunday that ends that week, as "in week 29"; "vóór de week
    # van 14 juli" the one before it
    _rule("week_of", "day",
          r"\b(?:(?P<wbefore>" + _VOOR + r")\s+|(?:uiterlijk\s+)?in\s+)?de\s+week\s+van\s+(?:"
          + _WEEKDAY + r"\s+)?(?P<day>[0-3]?\d)\s+(?P<mon>" + _MONTH + r")(?:\s+(?P<year>"
          + _YEAR + "))?", _week_of),
    _rule("asap", "vague",
          r"\bzo\s+(?:spoedig|snel|kort)\s+(?:als\s+)?mogelijk(?:e\s+termijn)?\b"
          r"|\bz\.\s?s\.\s?m\.?|\bzsm\b"
          # older words for it: "ten spoedigste", "op de kortst mogelijke termijn" (not
          # "onverwijld", which mostly follows a condition: "zodra …, stuur ik het onverwijld";
          # nor "met spoed", which labellers read as "zo spoedig mogelijk" and as "spoedig")
          r"|\bten\s+spoedigste\b|\b(?:op\s+)?de\s+kortst\s+mogelijke\s+termijn\b", _plus(21)),
    _rule("soon", "vague",
          r"\bbinnenkort\b|\bop\s+(?:zeer\s+)?korte\s+termijn\b|\bspoedig\b"
          # the answer itself soon: "De commissie hoopt op een spoedige beantwoording" (not
          # "aangedrongen op spoedige inwerkingtreding", a law's, not a reply's)
          r"|\bspoedige\s+(?=(?:beantwoording|toezending|verzending|reactie|antwoord(?:en)?"
          r"|indiening|aanbieding|afhandeling)\b)"
          r"|\bop\s+niet\s+(?:al\s+)?te\s+lange\s+termijn\b"
          r"|\b(?<!zo\s)(?<!te\s)snel\s+(?=(?:met|te|naar|aan|informeren|terug)\b)"
          r"|\b(?:binnen|over)\s+(?:enkele|een\s+paar|een\s+aantal|afzienbare|korte)\s+(?:weken|tijd)\b"
          # "op afzienbare termijn" as "binnen afzienbare tijd" (not "de komende weken", a span
          # as "de komende maanden" is, which names no date)
          r"|\bop\s+afzienbare\s+termijn\b",
          _plus(42)),
    # "binnen enkele dagen", "over een paar dagen": a week
    _rule("some_days", "vague",
          r"\b(?:binnen|over|in)\s+(?:enkele|een\s+paar|een\s+aantal)\s+dagen\b",
          _some(timedelta(days=7))),
    _rule("conditional", "conditional",
          r"\b(?:kort\s+|direct\s+|meteen\s+)?na\s+(?:de\s+|het\s+)?(?:oplevering|afronding|ontvangst"
          r"|advies|(?:internet)?consultatie"
          r"|afloop|publicatie|vaststelling|behandeling|besluitvorming|bespreking|verschijning"
          r"|inwerkingtreding|totstandkoming|evaluatie|verschijnen|uitkomst|ommekomst|ondertekening"
          r"|aanvaarding|aanneming|invoering|uitspraak|start)\b|\bzodra\b"
          # ("geef ik aan wanneer u … kunt verwachten", "weten wanneer": asked, no condition)
          r"|\bnadat\b|(?<!\baan\s)(?<!\bweten\s)(?<!aangeven\s)(?<!\bbepalen\s)\bwanneer\b"
          r"|\bte\s+(?:zijner|gelegener)\s+tijd\b|\bop\s+termijn\b"
          # at once, once what it waits for is there: "Op basis van bovenstaande kan het schema
          # worden aangepast en informeer ik uw Kamer terstond"
          r"|\b(?:terstond|onverwijld)\b"
          r"|\b(?:" + _VOOR + r"|voordat)\s+(?:het|dat|dit)\s+(?:volgende\s+|plenaire\s+"
          r"|geplande\s+|aanstaande\s+)?(?:commissiedebat|debat|notaoverleg|wetgevingsoverleg|algemeen\s+overleg"
          r"|plenaire\s+debat)\b(?!\s+(?:van|op)\s+(?:\w+dag\s+)?\d)"
          r"|\b" + _VOOR + r"\s+(?:de|die|deze)\s+(?:\w+\s+)?begrotingsbehandeling\b"
          # a debate named, not dated: "voor de Algemene Financiële Beschouwingen", "voor de
          # plenaire behandeling van het wetsvoorstel", "vóór de stemmingen" (the next votes:
          # usually the Tuesday after, but a debate may be voted on the next day)
          # ("voor de stemming van volgende week": the votes, whenever they are held)
          r"|\b" + _VOOR + r"\s+de\s+stemming(?:en)?\b(?!\s+van\s+(?:morgen|vandaag|\w+dag\b))"
          r"(?:\s+van\s+(?:volgende|komende)\s+week\b)?"
          r"|\b" + _VOOR + r"\s+(?:aanvang\s+van\s+)?de\s+(?:algemene\s+(?:financiële|politieke)\s+"
          r"beschouwingen|AFB|APB|(?:plenaire\s+)?behandeling\s+van\s+(?:het|de|dit|deze)"
          r"\s+(?:[\w-]+\s+)?(?:wetsvoorstel|begroting|voorstel|nota|wet)\w*|plenaire\s+behandeling)\b"
          r"|\b(?:uiterlijk\s+)?bij\s+gelegenheid\s+van\b"
          # the yearly letter and debate on the European Union: "We gaan het bij de Staat van de
          # Unie van nader commentaar voorzien"
          r"|\b(?:bij|in|met|voor)\s+de\s+Staat\s+van\s+de\s+(?:Europese\s+)?Unie\b"
          # an event, not dated: "bij de ondertekening"
          r"|\bbij\s+(?:de|het)\s+(?:ondertekening|vaststelling|inwerkingtreding|publicatie"
          r"|afronding|oplevering)\b"
          # a draft before it is made law: "zal vóór de vaststelling aan beide Kamers worden
          # overgelegd"
          r"|\b" + _VOOR + r"\s+(?:de|het|zijn|haar)\s+(?:definitieve\s+)?(?:vaststelling"
          r"|inwerkingtreding|voordracht)\b"
          # "tegelijk met de novelle", "gelijktijdig met het wetsvoorstel" (not with this letter)
          r"|\b(?:tegelijk(?:ertijd)?|gelijktijdig|gelijk)\s+met\s+(?:de|het)\s+(?!brief\b)"
          r"(?:[\w-]+\s+)?[\w-]+",
          _conditional),
)


# Each distinct set of hints once (six rules share the months', three "zomer", three "reces"),
# and for each rule the index of its set.
_HINTS: tuple[tuple[str, ...], ...] = tuple(dict.fromkeys(rule.hint for rule in RULES))
_HINTS_OF: tuple[int, ...] = tuple(_HINTS.index(rule.hint) for rule in RULES)


def _scan(text: str) -> list[tuple[int, _Rule, re.Match[str]]]:
    """Every match of every rule in the text, in rule order: what depends on the text alone."""
    found: list[tuple[int, _Rule, re.Match[str]]] = []
    # (spaces as one: a hint with a space, "na " or "gelijk met", holds across a line break)
    lowered = " ".join(text.lower().split())
    hinted = [any(map(lowered.__contains__, hints)) for hints in _HINTS]  # no frame per word
    for order, rule in enumerate(RULES):
        if hinted[_HINTS_OF[order]]:
            found.extend((order, rule, m) for m in rule.pattern.finditer(text))
    return found


def _candidates(text: str, ctx: _Context,
                scanned: list[tuple[int, _Rule, re.Match[str]]] | None = None,
                ) -> list[tuple[int, Deadline]]:
    """Every usable (rule order, Deadline) in the text (``scanned``: its ``_scan``, if known).

    A phrase nested in a longer one belongs to it: "juni 2020" in "begin juni 2020",
    "dit jaar" in "in het voorjaar van dit jaar", "spoedig" in "zo spoedig mogelijk".
    """
    found: list[tuple[int, Deadline]] = []
    blocked: list[tuple[int, int]] = []
    for order, rule, m in _scan(text) if scanned is None else scanned:
        try:
            resolved = rule.resolve(m, ctx)
        except (ValueError, OverflowError, KeyError):
            continue  # an impossible date ("31 februari 2025"): not a deadline
        if resolved is None:
            continue
        if resolved is BLOCK or _past_marked(text, m) or _in_name(text, m) \
                or _in_dateline(text, m):
            blocked.append(m.span())
            continue
        precision = rule.precision
        if resolved is CONDITIONAL:
            resolved, precision = (None, False), "conditional"
        due, named = resolved
        raw = m.group()
        start = m.start() + len(raw) - len(raw.lstrip())
        phrase = raw.strip()
        if not phrase:
            continue
        deadline = Deadline(phrase, due, precision, rule.name, start,
                            start + len(phrase), named)
        found.append((order, deadline))
    return [
        (order, d)
        for order, d in found
        if not any(_nests(d, other) for _, other in found if other is not d)
        and not any(start <= d.start and d.end <= end for start, end in blocked)
    ]


def _past_marked(text: str, m: re.Match[str]) -> bool:
    """ "in december jl.", "afgelopen najaar": the period lies behind the writer; "de in 2025
    uitbetaalde bedragen", "het 18 oktober aangeboden verslag": the time describes a thing done
    (not "de in 2026 te verschijnen evaluatie"; and "het voor de zomer beloofde actieplan"
    names when it is due); so does a relative clause told in the past (``_done_in_clause``)."""
    return bool(_PAST_SUFFIX.match(text, m.end())
                or _PAST_PREFIX.search(text, max(0, m.start() - 20), m.start())
                or (_YEAR_ONLY.fullmatch(m.group().strip()) is not None
                    and _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    and _DONE_AFTER.match(text, m.end()))
                or (_DAY_ONLY.fullmatch(m.group().strip()) is not None
                    and _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    and _DONE_ATTRIBUTE.match(text, m.end()))
                or _done_in_clause(text, m))


# "een overzicht van de subsidies die in 2024 zijn verstrekt", "de uitkomsten van het overleg
# dat op 12 maart heeft plaatsgevonden", "… dat in januari is gehouden": the time is when the
# thing the clause is about was done, not by when anything is due (not a plan, "die in 2026 is
# voorzien", nor what is still to come, "dat naar verwachting in juni is afgerond", nor a
# limit, "dat vóór 1 juli is afgerond")
# (a participle: "ge…", or after a particle, "in…gesteld", or with an unstressed prefix,
# "verstrekt", "besloten"; not a plan's, "voorzien", "gepland")
_DONE_PARTICIPLE = (r"(?!voorzien\b|gepland\b|geprogrammeerd\b|beoogd\b|verwacht\b"
                    r"|aangekondigd\b|toegezegd\b|afgesproken\b|beloofd\b|bedoeld\b"
                    r"|geagendeerd\b|gereed\b)(?:[a-z]{0,6}ge\w{3,}|(?:be|ver|ont|her|er)\w{3,})"
                    r"(?:d|t|en)\b")
# (the participle as an attribute: "het 18 oktober aangeboden verslag", "de op 25 april
# aangehouden motie"; not "de op 1 juli verwachte brief", "die al op 1 januari kunnen ingaan")
_DONE_ATTRIBUTE = re.compile(
    r"\s+(?!(?:voorzien|gepland|geprogrammeerd|beoogd|verwacht|aangekondigd|toegezegd|beloofd"
    r"|bedoeld|geagendeerd)e?\b)" + _DONE_PARTICIPLE.removesuffix(r"\b") + r"e?\b", _FLAGS)
_RELATIVE_JUST_BEFORE = re.compile(
    r"\b(?:die|dat|welke|waar(?:in|bij|mee|over|van|op|aan))\s+(?:(?!zal\b|zullen\b|wordt\b|worden"
    r"\b|naar\b|verwacht\w*\b)[\w-]+\s+){0,3}$", _FLAGS)
_DONE_VERBS_AFTER = re.compile(
    r"\s+(?:(?!zal\b|zullen\b|wordt\b|worden\b)[\w-]+\s+){0,3}?"
    r"(?:(?:is|zijn|werd|werden|was|waren|heb|hebt|heeft|hebben|had|hadden)\s+" + _DONE_PARTICIPLE
    + r"|" + _DONE_PARTICIPLE + r"\s+(?:is|zijn|werd|werden|was|waren)"
    r"|plaatsvond|plaatsvonden|vond\s+plaats|vonden\s+plaats)"
    r"(?:\s*[,.;?!)]|\s+(?:en|door|bij|in|op|aan|met|van|voor|over)\b|\s*$)", _FLAGS)


# A phrase that opens with a deadline word ("uiterlijk op 1 oktober", "vóór de zomer"): what
# ``is_deadline_worded`` looks for.
_LIMIT_OPENERS = ("uiterlijk", "vóór", "voor", "voór", "vóor", "per ", "tot ", "deadline")
# (a limit, a start, a condition or soon is a time to come whatever the clause's tense)
_NOT_DONE_OPENERS = (*_LIMIT_OPENERS, "tot", "binnen", "vanaf", "met ingang", "zodra", "nadat",
                     "na ", "wanneer", "als ", "indien", "zo ", "kort", "direct", "meteen",
                     "onmiddellijk")


def _done_in_clause(text: str, m: re.Match[str]) -> bool:
    return not m.group().strip().lower().startswith(_NOT_DONE_OPENERS) \
        and _RELATIVE_JUST_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None \
        and _DONE_VERBS_AFTER.match(text, m.end()) is not None


# A letter's place and date, run into its first sentence where the line breaks were lost
# ("… der Staten-Generaal Zoetermeer, 15 november 1988 Naar aanleiding van …", "Den Haag, 2
# oktober 2025 Hierbij …"): the day it was written, no deadline
_DATELINE_PLACE = re.compile(
    r"(?<![\w,])(?!(?:Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Ja|Nee)\b)"
    r"(?:['’]s-|Den\s+)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\s*,\s*(?:den\s+)?$")


# … or a paper's own day of receipt: "AMENDEMENTEN VAN HET LID SALOMONS Ontvangen 22 januari
# 1986", "(Ingezonden 29 november 1990)"
_RECEIVED = re.compile(r"(?:\bOntvangen|\bVastgesteld|\bIngezonden|\(\s*(?i:ingezonden|ontvangen))"
                       r"\s+(?:op\s+)?$")


def _in_dateline(text: str, m: re.Match[str]) -> bool:
    return m.group()[:1].isdigit() and bool(
        _DATELINE_PLACE.search(text, max(0, m.start() - 40), m.start())
        or _RECEIVED.search(text, max(0, m.start() - 16), m.start()))


def _in_name(text: str, m: re.Match[str]) -> bool:
    return bool(_VOOR_AT.match(text, m.start())
                and _NAMED_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start()))


def _nests(inner: Deadline, outer: Deadline) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )


def _context(text: str, reference: date, calendar: ParliamentaryCalendar | None) -> _Context:
    return _Context(reference, calendar or ParliamentaryCalendar.bundled(), text)


# A scan's "l" for "1" as a day: "vóór l april 1997" (the same length, so every phrase's span
# still points into the text as written; only where " l " stands, which ordinary text rarely has).
_OCR_DAY = re.compile(r"(?<=\s)l(?=\s+(?:" + "|".join(MONTHS) + r")\b)", re.IGNORECASE)


def _ocr_digits(text: str) -> str:
    return _OCR_DAY.sub("1", text) if " l " in text else text


def find_deadline(
    text: str, reference: date, calendar: ParliamentaryCalendar | None = None,
    still_to_come: bool = False,
) -> Deadline | None:
    """The deadline a text expresses (the first rule in table order wins), or None;
    ``still_to_come``: only among the times not before ``reference``."""
    if not text:
        return None
    text = _ocr_digits(text)
    found = _candidates(text, _context(text, reference, calendar))
    if still_to_come:
        found = [item for item in found if item[1].due is None or item[1].due >= reference]
    return _choose(found, text)


class DeadlineFinder:
    """``find_deadline`` over many texts under one calendar (an import), remembering what the
    rules matched in the last ``size`` distinct texts: a text seen before is only resolved
    against its new reference date, which the answer depends on, and not scanned again."""

    def __init__(self, calendar: ParliamentaryCalendar | None = None, size: int = 2048) -> None:
        self.calendar = calendar or ParliamentaryCalendar.bundled()
        self.size = size
        self._scanned: dict[str, list[tuple[int, _Rule, re.Match[str]]]] = {}

    def find(self, text: str, reference: date) -> Deadline | None:
        """What ``find_deadline(text, reference, calendar)`` answers."""
        if not text:
            return None
        scanned = self._scanned.pop(text, None)  # popped and put back: the newest last
        if scanned is None:
            scanned = _scan(text)
            if len(self._scanned) >= self.size:
                del self._scanned[next(iter(self._scanned))]
        self._scanned[text] = scanned
        return _choose(_candidates(text, _Context(reference, self.calendar, text), scanned), text)


def _choose(found: list[tuple[int, Deadline]], text: str = "") -> Deadline | None:
    if not found:
        return None
    if len(found) > 1 and any(is_deadline_worded(d) and not _takes_effect(d) for _, d in found):
        # "de loonkloof per 1 januari 2023 te dichten en de Kamer vóór 1 oktober te informeren":
        # beside a limit, a date something takes effect is what is to be done, not by when
        found = [item for item in found if not _takes_effect(item[1])]
    if len(found) > 1 and text:
        # "Na de zomer stuur ik u de evaluatie, waarin … de overstap per 1 januari 2026": a date
        # something takes effect, inside a relative clause, says when something else happens
        outside = [item for item in found
                   if not (_takes_effect(item[1]) and (
                       in_relative_clause(text, item[1].start)
                       or _opened_before(_SUBORDINATE_OPENER, text, item[1].start)))]
        found = outside or found
    if len(found) > 1 and text:
        # "… zend ik uw Kamer binnen twee weken, zodat de plenaire behandeling nog in februari
        # kan plaatsvinden", "Eind maart ontvangt uw Kamer een brief, waarin ik beschrijf wat er
        # gebeurt als … op 12 juni …": a time in a clause after the promise is that clause's
        inside = [item for item in found
                  if in_relative_clause(text, item[1].start)
                  or _opened_before(_SUBORDINATE_OPENER, text, item[1].start)]
        own = [item for item in found if item not in inside and (
               (item[1].due is not None and item[1].precision not in ("vague", "conditional"))
               # "vóór het commissiedebat Spoor, dat voor het tweede kwartaal is voorzien":
               # the relative clause says when the meeting is, not by when
               or (item[1].precision == "conditional"
                   and _EVENT_THEN_WHEN.match(text, item[1].end)))
               and all(item[1].start < other[1].start for other in inside)]
        if inside:  # (only a dated time of the promise's own, said before them)
            found = own or found
    if len(found) > 1 and text and " om " in text:
        # "voor het kerstreces een plan te sturen om de uitspoeling uiterlijk in 2027 terug te
        # brengen": a time inside the purpose of what is asked, after the asking's own time
        kept = [item for item in found if not _in_purpose(text, item[1], found)]
        found = kept or found
    if len(found) > 1 and any(is_deadline_worded(d) or d.phrase.lower().startswith("binnen ")
                              for _, d in found):
        # "een overzicht te sturen van de storingen in DigiD in 2021", "binnen drie weken een
        # overzicht … van de subsidies die in 2021 … zijn uitgekeerd": a bare year beside a
        # deadline word says what it is about
        found = [item for item in found if not _YEAR_ONLY.fullmatch(item[1].phrase)] or found
    if len(found) > 1 and text and "over " in text.lower():
        # "Over de vormgeving van de heffing in 2021 informeer ik uw Kamer rond Prinsjesdag",
        # "… informeren over de afspraken over de dienstregeling in het eerste halfjaar van
        # 2021": a time inside what the letter is about is not by when it comes
        kept = [item for item in found
                if is_deadline_worded(item[1]) or not _about(text, item[1])]
        if any(d.due is not None and d.precision not in ("vague", "conditional")
               and not _about(text, d) for _, d in kept):
            found = kept
    if len(found) > 1 and any(is_deadline_worded(d) and d.precision != "conditional"
                              for _, d in found):
        # "voor het kerstreces een plan … voor de testcapaciteit in januari": a bare "in
        # januari" after a thing named says when that thing is, the "voor …" by when
        kept = [item for item in found if not (
            _BARE_IN.match(item[1].phrase) and _AFTER_A_NOUN.search(text, 0, item[1].start)
            and any(is_deadline_worded(d) and d.precision != "conditional" for _, d in found))]
        found = kept or found
    best = min(found, key=lambda item: (item[0], not is_deadline_worded(item[1]),
                                        item[1].start))[1]
    if best.precision == "year" and best.due is not None:
        # "in 2016 … de Kamer te rapporteren bij de Voorjaarsnota": a year and a moment within
        # it say one thing; the moment says it more exactly.
        finer = [d for _, d in found if d.due is not None and d.due.year == best.due.year
                 and d.precision in ("day", "month", "quarter", "half", "season")]
        if finer:
            return min(finer, key=lambda d: d.start)
    return best


_BARE_IN = re.compile(r"in\s+(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_AFTER_A_NOUN = re.compile(r"\b(?:de|het|een)\s+[\w-]+\s+$", re.IGNORECASE)
_ABOUT = re.compile(r"\bover\s+(?:de|het|een|die|deze|dat|zijn|haar|mijn|onze)\s", re.IGNORECASE)
_SOMEONE = re.compile(r"[,;:]|\b(?:ik|wij|we|u|uw\s+Kamer|de\s+Kamer|het\s+kabinet)\b",
                      re.IGNORECASE)


def _about(text: str, deadline: Deadline) -> bool:
    """Does the time stand in an "over …" phrase, with no one acting between them?"""
    opened = [m.end() for m in _ABOUT.finditer(text, max(0, deadline.start - 120),
                                               deadline.start)]
    return bool(opened) and not _SOMEONE.search(text, opened[-1], deadline.start)


# "…, zodat uw Kamer zich kan uitspreken voordat het budget per 1 januari 2016 wordt
# opengesteld": the effect is the clause's, after the promise's own time
_SUBORDINATE_OPENER = re.compile(r",\s*(?:zodat|voordat|nadat|opdat|waarna|waardoor)\s",
                                 re.IGNORECASE)
_EVENT_THEN_WHEN = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s*,\s*(?:dat|die)\s")
_RELATIVE_OPENER = re.compile(r",\s*(?:waarin|waarbij|waarmee|waarover|waarvan|die|dat|welke)\s"
                              # (a "waar"-word opens one without its comma too: "… de beschikking
                              # zal verzenden waarmee … per 1 juli 2008 wordt ingetrokken")
                              r"|\s(?:waarin|waarbij|waarmee|waarover|waarvan)\s",
                              re.IGNORECASE)


def _opened_before(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The last match of ``pattern`` before ``start`` whose clause runs on to ``start`` (no
    comma, semicolon or colon between)."""
    last = None
    for m in pattern.finditer(text, 0, start):
        last = m
    if last is None or any(c in text[last.end():start] for c in ",;:"):
        return None
    return last


def in_relative_clause(text: str, start: int) -> bool:
    """Does a relative clause opened after a comma ("…, waarin …") run on to ``start``?"""
    return _opened_before(_RELATIVE_OPENER, text, start) is not None


_PURPOSE = re.compile(r"\bom\s", re.IGNORECASE)
_TO_INFINITIVE = re.compile(r"[^,;:.]*?\bte\s+\w+", re.IGNORECASE)


def _in_purpose(text: str, d: Deadline, found: list[tuple[int, Deadline]]) -> bool:
    """Is ``d`` inside an "om … te …" clause that another of the times stands before?"""
    opened = _opened_before(_PURPOSE, text, d.start)
    return (opened is not None and _TO_INFINITIVE.match(text, d.end) is not None
            and any(other.end <= opened.start() for _, other in found))


def _takes_effect(d: Deadline) -> bool:
    return d.phrase.lower().startswith(("per ", "vanaf ", "met ingang"))


def is_deadline_worded(d: Deadline) -> bool:
    """ "uiterlijk op 1 oktober 2016" before "streefdatum 1 januari 2018": of two dates, the
    one a deadline word stands before is the deadline."""
    return d.phrase.lower().startswith(_LIMIT_OPENERS)


def find_deadlines(
    text: str, reference: date, calendar: ParliamentaryCalendar | None = None
) -> list[Deadline]:
    """Every deadline phrase in a text, without overlaps (the earlier rule wins), in text order."""
    if not text:
        return []
    text = _ocr_digits(text)
    chosen: list[Deadline] = []
    found = _candidates(text, _context(text, reference, calendar))
    for _order, d in sorted(found, key=lambda item: (item[0], item[1].start)):
        if all(d.end <= c.start or d.start >= c.end for c in chosen):
            chosen.append(d)
    return sorted(chosen, key=lambda d: d.start)


def resolve(
    phrase: str, reference: date, calendar: ParliamentaryCalendar | None = None
) -> tuple[date | None, str, str | None]:
    """(due, precision, rule) for a phrase; precision "none" when nothing matched."""
    deadline = find_deadline(phrase, reference, calendar)
    if deadline is None:
        return None, "none", None
    return deadline.due, deadline.precision, deadline.rule
