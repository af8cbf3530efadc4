"""The reference date of each sentence: the date of the letter or section it stands in.

Follows ``shared/reference/deadline-rules.md``: the nearest preceding "Den Haag, 6 mei 2025",
"Datum 18 oktober 2021", "Vastgesteld 1 juli 2020" or (a motion) "Voorgesteld 5 oktober 2023"
line, else the date the caller gives, else the latest explicit date in the text. One document
can hold several letters (seed 004: the committee's letter of 19 February and the reply of 6
May).

Without a dateline, the document's own date where its heading gives one comes before the latest
explicit date: written questions' "(ontvangen …)" or "(ingezonden …)", a committee debate's
"gehouden op …" or "heeft op … overleg gevoerd".

Choice: "the latest explicit date" leaves out dates after a deadline word ("uiterlijk
31 december 2030", "vanaf 2 augustus 2026"): those are what the text promises or foresees, not
when it was written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from ..deadlines import MONTHS
from ..patterns import with_lookahead

FULL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")
MONTH_PATTERN = "(?:" + "|".join(FULL_MONTHS) + ")"
_MONTH = MONTH_PATTERN


def _full_date(month: str) -> str:
    # (PDF text glues a month to its day or year: "10december 1990", "18 november2024")
    return r"(?P<day>[0-3]?\d)\s*(?P<month>" + month + r")\s*(?P<year>(?:19|20)\d{2})(?!\d)"


_FULL_DATE = _full_date(_MONTH)
# A dateline's date may also be shortened or in figures: "Den Haag, 10 mrt. 2025", "Datum
# 10-03-2025", "Datum 2023-03-07" (a web page's) (its own groups: ``_as_date`` reads each)
_SHORT_MONTH = r"(?:jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?"
_LINE_DATE = (r"(?:" + _FULL_DATE + r"|(?P<sday>[0-3]?\d)\s+(?P<smonth>" + _SHORT_MONTH
              + r")\s*(?P<syear>(?:19|20)\d{2})(?!\d)"
              r"|(?P<fday>[0-3]?\d)[-/.](?P<fmonth>[01]?\d)[-/.](?P<fyear>(?:19|20)\d{2})(?!\d)"
              r"|(?P<iyear>(?:19|20)\d{2})-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)(?!\d))")
# (the look-ahead on its first digit lets the engine skip every other position at once: a third
# less time over the corpus, the same matches)
_DATE = re.compile(r"(?=\d)" + _FULL_DATE, re.IGNORECASE)
# … and a scan keeps a line-break hyphen inside the month of an Aanhangsel's heading:
# "(Ontvangen 11 au-gustus1978)"
_SCANNED_DATE = _full_date("(?:" + "|".join("-?".join(month) for month in FULL_MONTHS) + ")")
# A dateline: the place, "Datum", "Vastgesteld" or (a nota, a memorie van antwoord) "Ontvangen",
# then the date (on the same or the next line).
# A debate's date: "Verslag van de vergadering van dinsdag 8 november 2022", "Dinsdag 4 april
# 2023" on a line of its own (Handelingen), "Datum vergadering 12 maart 2024", "Tweede Kamer, 14e
# vergadering, woensdag 25 oktober 2017" (a plenary report's page).
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
# (searched in the text with a "\n" put in front, as ``_LINE_DATELINE`` below)
_DATELINE = re.compile(
    # (as a page written down as Markdown prints it too: "## Den Haag, 10 maart 2025", "**Datum**
    # 10 maart 2025", "| Datum | 10 maart 2025 |", "> Den Haag, **10 maart 2025**")
    r"\n[ \t]*(?:(?:#{1,6}|>|\|)[ \t]*)?(?:[*_]+\s*)?"
    r"(?:(?:Den\s+Haag|'s-Gravenhage|’s-Gravenhage|Datum(?:\s+vergadering)?"
    r"|Vastgesteld|Voorgesteld|Ontvangen|Gedateerd|(?:[\w ]{0,40}\s)?[Vv]ergadering\s+van"
    # a plenary report's heading: "Tweede Kamer, 14e vergadering, woensdag 25 oktober 2017"
    r"|(?:Tweede|Eerste)\s+Kamer\s*,\s*\d{1,3}e\s+vergadering)[*_]*[ \t]*(?:[,:|][ \t]*)?"
    r"(?:\r?\n[ \t]*)?(?:" + _WEEKDAY + r"\s+)?|" + _WEEKDAY + r"\s+)[*_]*" + _LINE_DATE,
    re.IGNORECASE,
)
# The day a committee met, in the report of its debate: "Verslag van een commissiedebat,
# gehouden op 20 maart 2025, over …", "De vaste commissie voor … heeft op 8 juni 2020 overleg
# gevoerd met …": the document's date when no line dates it (the rules put a "Vastgesteld" line
# first).
_MEETING = with_lookahead(re.compile(
    r"\b(?:gehouden\s+op|heeft\s+op)\s+(?:" + _WEEKDAY + r"\s+)?" + _FULL_DATE
    + r"(?=\s*,|\s+overleg\s+gevoerd|\s+een\s+(?:commissiedebat|notaoverleg|wetgevingsoverleg"
    r"|algemeen\s+overleg)\b)",
    re.IGNORECASE,
))
# Datelines the text runs on around: a letterhead's "… Doorkiesnummer Datum 26 juni 2006", an
# address run into its place and date ("… der Staten-Generaal Den Haag , 28 april 2015 Hierbij
# …"), a scanned heading run into its receipt ("NOTA NAAR AANLEIDING VAN HET VERSLAG Ontvangen
# 10 december 1993"; not an answer's "(Ontvangen …)", which ``_written_questions`` reads); and,
# on a line of their own, another place ("Zoetermeer, 10 december 1990": a ministry outside The
# Hague, a letter from Brussels) and a meeting's heading ("Besluitenlijst van de
# procedurevergadering van donderdag 28 mei 2015", "Korte aantekeningen vergadering commissie
# Economische Zaken (EZ) van 1 april 2014"; not "In de procedurevergadering van 15 november
# 2017 is besloten …").
_INLINE_DATELINE = re.compile(
    r"(?:Datum[ \t]*:?|Staten-Generaal\s+(?:Den\s+Haag|['’]s-Gravenhage)[ \t]*,"
    # (the look-behind after the word, so that the search looks only where a word starts)
    r"|Ontvangen(?<=[A-Z]{2}[ \t]Ontvangen))[ \t]*" + _FULL_DATE)
# (searched in the text with a "\n" put in front: a pattern that opens with a literal is looked
# for only where that literal stands, one that opens with "^" at every position)
_LINE_DATELINE = re.compile(
    r"\n[ \t]*(?:(?!(?:Deadline|Uiterlijk|Vanaf|Per|Tot|Sinds|Termijn)\b)"
    r"[A-Z][a-zà-ÿ'’-]+(?:[ -][A-Z][a-zà-ÿ'’-]+)?[ \t]*,"
    r"|(?:Besluitenlijst|Verslag|Notulen|(?:Korte\s+)?[Aa]antekeningen)\b[^\n]{0,40}?\w*"
    r"vergadering(?:\s+(?:van\s+de\s+)?commissie\s[^\n]{0,100}?)?\s+van\s+"
    r"(?:" + _WEEKDAY + r"\s+)?)[ \t]*" + _FULL_DATE + r"[ \t.]*(?=\n|$)")
_FUTURE_WORDS = re.compile(
    r"(?:uiterlijk|v[oó][oó]r|vanaf|per|tot(?:\s+en\s+met)?|met\s+ingang\s+van|m\.i\.v\.|na"
    r"|deadline|datum\s+nakoming|termijn)\s*[|:]?\s+(?:op\s+)?$",
    re.IGNORECASE,
)


def _as_date(m: re.Match[str]) -> date | None:
    try:
        if m.group("day") is not None:
            return date(int(m.group("year")), MONTHS[m.group("month").lower().replace("-", "")],
                        int(m.group("day")))
        parts = m.groupdict()
        if parts.get("sday") is not None:  # (a dateline's shortened month or figures)
            return date(int(parts["syear"]), MONTHS[parts["smonth"].lower().rstrip(".")],
                        int(parts["sday"]))
        if parts.get("fday") is not None:
            return date(int(parts["fyear"]), int(parts["fmonth"]), int(parts["fday"]))
        return date(int(parts["iyear"]), int(parts["imonth"]), int(parts["iday"]))
    except ValueError:
        return None


@dataclass(frozen=True)
class ReferenceDates:
    """Datelines in text order and the date for everything not under one."""

    positions: list[int]
    dates: list[date]
    default: date | None
    lines: frozenset[int] = frozenset()  # the positions that are date lines of their own

    def at(self, offset: int) -> date | None:
        """The reference date of the text at ``offset`` in the original."""
        i = bisect.bisect_right(self.positions, offset) - 1
        return self.dates[i] if i >= 0 else self.default

    def of_span(self, start: int, end: int) -> date | None:
        """The reference date of a sentence: where it starts, or a date line inside it (a
        motion's heading runs on into its text: "Nr. 15 MOTIE … Voorgesteld 10 oktober 2023 …
        verzoekt de regering …")."""
        i = bisect.bisect_left(self.positions, end) - 1
        if i >= 0 and start < self.positions[i] and self.positions[i] in self.lines:
            return self.dates[i]
        return self.at(start)

    @property
    def document_date(self) -> date | None:
        """The caller's date, else the latest dateline, else the latest explicit date."""
        return self.default


# Written questions and their answers (Aanhangsel van de Handelingen): the questions were sent on
# one day ("(ingezonden 5 december 2023)"), the answers on another ("(ontvangen 21 december
# 2023)"). A question's "vóór het debat van 11 december" counts from the first, an answer's
# promise from the second; each "Vraag 2 en 3" / "Antwoord 1" block takes its own.
# "ingezonden" as scans print it too: "(lngezon-den op 19 januari 1983)", "(Inge-zonden …)",
# an "I" read as "l", the word broken at a line (the sentence splitter reads the same word)
SENT_WORD = r"[Iil1]n-?ge-?zon-?\s?den"
_SENT = re.compile(r"\(\s*" + SENT_WORD + r"\s*(?:op\s+)?" + _SCANNED_DATE + r"\s*\.?\s*\)",
                   re.IGNORECASE)
# (and as scans print it: "(Ont-vangen 14 februari 1974.)")
_RECEIVED = re.compile(r"\(\s*(?:ont-?\s?van-?\s?gen\s*\(?\s*)+" + _SCANNED_DATE
                       + r"\s*\.?\s*\)", re.IGNORECASE)
# (an older Aanhangsel dates its answer as it dates the questions: "ANTWOORD van Minister
# Vredeling (Defensie). (Inge-zonden 21 november 1973.)")
_ANSWERS_RECEIVED = with_lookahead(re.compile(
    r"\bAntwoord\s+van\b[^\n]{0,200}?\(\s*(?:(?:ont-?\s?van-?\s?gen|" + SENT_WORD
    + r")\s*\(?\s*(?:op\s+)?)+" + _SCANNED_DATE + r"\s*\.?\s*\)", re.IGNORECASE))
# (an older Aanhangsel names them: "Vragen van de heer Oskamp (P.v.d.A.), mevrouw …")
# (or one question, as the 1960s and 1970s printed it: "881. VRAAG van het lid Goudsmit (D'66)")
_QUESTIONS_BY = re.compile(r"\bVra(?:gen|ag)\s+van\s+(?:het\s+lid|de\s+leden|de\s+heer|mevrouw)\b",
                           re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# (in capitals or bold too: "VRAAG 1", "**Vraag 1**")
_QA_BLOCK = re.compile(
    r"(?:^|(?<=[.?!:;»”\")]\s))[ \t]*(?:\*\*|__)?(?P<what>Vraag|Antwoord|VRAAG|ANTWOORD)"
    r"(?:\s+(?:op\s+vraag\s+)?\d+[a-z]?"
    r"(?:\s*(?:,|en|t/m|tot\s+en\s+met|-|–)\s*\d+[a-z]?)*)?\s*[:.]?(?:\*\*|__)?(?=\s+\S|\s*$)",
    re.MULTILINE,
)


def _paragraph_after_text(text: str, start: int, end: int) -> int | None:
    """Where the first blank line after a line with text (from ``start``) ends, or None.

    One pass over the blank lines: a pattern starting at each character of a line and running
    to its end costs the square of the line's length."""
    for blank in _BLANK_LINE.finditer(text, start, end):
        line_start = max(start, text.rfind("\n", start, blank.start()) + 1)
        if text[line_start:blank.start()].strip():
            return blank.end()
    return None


def _met_on(text: str) -> date | None:
    meeting = _MEETING.search(text, 0, 3000)
    return _as_date(meeting) if meeting else None


def _written_questions(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """Written questions' "(ingezonden …)" and their answers' "(ontvangen …)", each None where
    the text has none. The questions only where the text opens as written questions do
    ("Vragen van het lid … (ingezonden …)"), not in a letter citing them; the answers also
    printed without the questions' heading ("Antwoord van minister Brekelmans (Defensie)
    (ontvangen 20 november 2024)")."""
    sent = _SENT.search(text, 0, 2500)
    if sent is None or _as_date(sent) is None \
            or not _QUESTIONS_BY.search(text, max(0, sent.start() - 600), sent.start()):
        return None, _ANSWERS_RECEIVED.search(text, 0, 2500)
    # (the answers' own date, not a notice of delay's before them: "Mededeling … (ontvangen 29
    # september 2020) … Antwoord van Minister De Jonge … (ontvangen 20 oktober 2020)")
    return sent, _ANSWERS_RECEIVED.search(text) or _RECEIVED.search(text)


# An older Aanhangsel (the 1960s and 1970s) prints a page of several items, each heading with its
# own day, the answers' too: "106. VRAGEN van de heer Van Dis (S.G.P.) … (Ingezonden 10 november
# 1966.)", "ANTWOORD van de heer Vondeling, Minister van Financiën. (Ingezonden 25 juni 1965.)",
# "MEDEDELING van de heer Bartels, Staatssecretaris … (Ingezonden 2 december 1966.)".
_DATED_HEADING = re.compile(
    r"(?<![\w-])(?P<what>VRA(?:GEN|AG)|ANTWOORD|MEDEDELING)\s+van\b[\s\S]{0,400}?\(\s*(?i:"
    + SENT_WORD + r"|ontvangen)\s*(?i:op\s+)?(?i:" + _SCANNED_DATE + r")\s*\.?\s*\)")


def _headed_items(text: str) -> list[tuple[int, date]]:
    """Each dated heading of an older Aanhangsel's page, from where its day counts (a question
    after its heading, an answer or a notice from its heading on); [] where the page is not
    printed so (no answer or notice headed with its own day)."""
    if "ANTWOORD" not in text and "MEDEDELING" not in text:
        return []  # (no answer or notice headed so: the costly search, at every position, spared)
    headings = [m for m in _DATED_HEADING.finditer(text) if _as_date(m) is not None]
    if not any(m.group("what") in ("ANTWOORD", "MEDEDELING") for m in headings):
        return []
    return [(m.end() if m.group("what").startswith("VRA") else m.start(), _as_date(m))
            for m in headings]


def _question_and_answer_dates(text: str, sent: re.Match[str] | None,
                               received: re.Match[str] | None,
                               default: date | None) -> list[tuple[int, date]]:
    """Where each question and answer block starts, with its date; a question block ends at the
    next answer or the paragraph after its text (``sent`` and ``received`` as
    ``_written_questions`` finds them)."""
    if sent is None:
        return []
    asked = _as_date(sent)
    answered = (_as_date(received) if received else None) or default
    if received is None and not _QA_BLOCK.search(text, sent.end()):
        return [(sent.end(), asked)]  # the questions alone, not yet answered
    marks = []
    blocks = list(_QA_BLOCK.finditer(text, sent.end()))
    if not any(m.group("what") in ("Vraag", "VRAAG") for m in blocks):
        # the questions only numbered ("1 Kan de Minister …? 2 Is …"), then "Antwoord van de
        # heer …, Staatssecretaris …": asked up to their last question mark before the answer
        # or a notice of delay ("Mededeling van staatssecretaris … (Ontvangen …)"), which is the
        # government's
        end = blocks[0].start("what") if blocks else len(text)
        if received is not None and sent.end() < received.start() < end:
            end = received.start()
        marks.append((sent.end(), asked))
        last = text.rfind("?", sent.end(), end)
        if answered is not None and last >= 0 and text[last + 1:end].strip():
            marks.append((last + 1, answered))
    for i, m in enumerate(blocks):
        if m.group("what") in ("Antwoord", "ANTWOORD"):
            if answered is not None:
                marks.append((m.start("what"), answered))
            continue
        marks.append((m.start("what"), asked))
        if answered is None:
            continue
        # The questions end at their last question mark: what follows before the next block
        # (a notice that the answers will be late, an answer printed without its label) is
        # the government's.
        end = blocks[i + 1].start("what") if i + 1 < len(blocks) else len(text)
        after = _paragraph_after_text(text, m.end(), end)
        end = after if after is not None else end
        last = text.rfind("?", m.end(), end)
        if last >= 0 and text[last + 1:end].strip():
            marks.append((last + 1, answered))
        elif after is not None:
            marks.append((after, answered))
    return marks


def reference_dates(text: str, given: date | None = None) -> ReferenceDates:
    marks = []
    led = "\n" + text  # (see ``_DATELINE``)
    for m in _DATELINE.finditer(led):
        found = _as_date(m)
        if found is not None:
            marks.append((m.start(), found))  # (the line's start in ``text``)
    # (a line both patterns read is marked twice, with one date: harmless)
    for m in _INLINE_DATELINE.finditer(text):
        found = _as_date(m)
        if found is not None:
            marks.append((m.start(), found))
    for m in _LINE_DATELINE.finditer(led):
        found = _as_date(m)
        if found is not None:
            marks.append((m.start(), found))  # (the line's start in ``text``)
    datelines = [d for _, d in marks]
    sent, received = _written_questions(text)
    default = given or (max(datelines) if datelines else (
        (received and _as_date(received)) or (sent and _as_date(sent)) or _met_on(text)
        or latest_explicit_date(text)))
    lines = frozenset(p for p, _ in marks)
    marks.extend(_headed_items(text) or _question_and_answer_dates(text, sent, received, default))
    marks.sort(key=lambda mark: mark[0])
    return ReferenceDates([p for p, _ in marks], [d for _, d in marks], default, lines)


def explicit_dates(text: str) -> tuple[date, ...]:
    """Every "9 april 2025" in the text, in order (the debate a kept promise was made in)."""
    return tuple(d for d in map(_as_date, _DATE.finditer(text)) if d is not None)


def first_explicit_date(text: str) -> tuple[date, int, int] | None:
    """The first "1 januari 2027" in the text, with its span."""
    for m in _DATE.finditer(text):
        found = _as_date(m)
        if found is not None:
            return found, m.start(), m.end()
    return None


# A sentence that looks ahead to its date: "Op 1 januari 2021 gaat de wet in", "De regeling
# treedt op 1 juli 2025 in werking", "… zal op 3 maart 2025 worden besproken".
_AHEAD = re.compile(r"\b(?:zal|zullen|gaat|gaan|treedt|treden|komt|komen"
                    r"|verwacht|verwachten|gepland|voorzien|vanaf|uiterlijk)\b",
                    re.IGNORECASE)
_SENTENCE_EDGE = re.compile(r"[.?!]\s|\n\s*\n")


def _looks_ahead(text: str, start: int, end: int) -> bool:
    """Does the sentence around ``start:end`` look ahead to it (a future tense, a plan)?"""
    before = text[max(0, start - 120):start]
    cut = [m.end() for m in _SENTENCE_EDGE.finditer(before)]
    before = before[cut[-1]:] if cut else before
    after = text[end:end + 80]
    edge = _SENTENCE_EDGE.search(after)
    after = after[:edge.start()] if edge else after
    return bool(_AHEAD.search(before) or _AHEAD.search(after))


def latest_explicit_date(text: str) -> date | None:
    """The latest "6 mei 2025" in the text that no deadline word stands before and whose
    sentence does not look ahead to it (the text's own date is the latest it looks back on);
    where every day it names lies ahead, the first of them (the text is from before it)."""
    latest = ahead = None
    for m in _DATE.finditer(text):
        if _FUTURE_WORDS.search(text, max(0, m.start() - 30), m.start()):
            continue
        found = _as_date(m)
        if found is None:
            continue
        if _looks_ahead(text, m.start(), m.end()):
            ahead = found if ahead is None else min(ahead, found)
        elif latest is None or found > latest:
            latest = found
    return latest or ahead


_NUMERIC_DATE = re.compile(r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>(?:19|20)\d{2})")


def parse_date(value: str) -> date | None:
    """ "7 april 2009", "vrijdag 7 april 2009" or "7-4-2009" as a date (None if it is none)."""
    m = _DATE.search(value)
    if m is not None:
        return _as_date(m)
    m = _NUMERIC_DATE.search(value)
    if m is None:
        return None
    try:
        return date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None
