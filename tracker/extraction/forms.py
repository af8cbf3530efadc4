"""The form of a document: a letter, a debate transcript or a registry page.

A **transcript** (Handelingen, a committee debate's woordelijk verslag, a stenogram) prints
every speech after its speaker's label: "Minister Rutte:", "Staatssecretaris Van Rijn:",
"De heer Klaver (GroenLinks):", "Mevrouw Kant (SP):", "De voorzitter:" — on a line of its own
or at the start of the speech. Only a minister or state secretary can promise anything there,
so every sentence is read with the speaker who says it.

A **register** page (the Eerste Kamer's toezeggingen registry, a rappel overview, the Tweede
Kamer's toezeggingen pages) lists entries: a heading with the number ("… (T01237)"), the
promise in the registry's own words ("De Minister … zegt de Kamer, naar aanleiding van …, toe
…"), then its fields ("Deadline 1 januari 2024", "Datum toezegging 7 april 2009"), quotes from
the stukken and a history. What the registry records is the promise and its deadline; the
quotes and the history repeat it.

Everything else is read as a **letter**. Pure functions over the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice

from ..patterns import with_lookahead
from .dates import MONTH_PATTERN, parse_date

LETTER, TRANSCRIPT, REGISTER = "letter", "transcript", "register"
FORMS = (LETTER, TRANSCRIPT, REGISTER)

# --- transcripts ------------------------------------------------------------------------------

GOVERNMENT, CHAIR, MEMBER = "government", "chair", "member"

# Older Handelingen name a member of government as "De heer Donner, minister van Justitie:".
# A surname as the Handelingen print it: "Rutte", "Van der Berg", "De Jonge", "Van Ark",
# "Kraneveldt-van der Veen", "Ollongren", "Bruins Slot".
_PARTICLE = (r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|[Ii]n|['’]t|[Oo]p|[Vv]on"
             r"|[Ll]e|[Ll]a|[Dd]')")
_SURNAME_WORD = r"[A-ZÀ-Ý][\w'’]*(?:-(?:" + _PARTICLE + r"\s+)*[\w'’]+)*"
SURNAME = (r"(?:" + _PARTICLE + r"\s+){0,3}" + _SURNAME_WORD
           + r"(?:\s+(?:" + _PARTICLE + r"\s+){0,3}" + _SURNAME_WORD + r"){0,2}")
# Labels are printed in capitals too ("MINISTER RUTTE:", "DE VOORZITTER:" in older Handelingen).
_OFFICE = (r"(?i:minister(?:-president)?|staatssecretaris|premier|viceminister-president"
           r"|vice-?premier)")
_PORTFOLIO = r"(?:\s+(?i:van|voor)\s+[A-ZÀ-Ý][^:\n()]{2,90}?)?"
# The "i" the Eerste Kamer's pages print after a name (a link to the member's page).
_INFO = r"(?:\s+i)?"
_PARTY = r"(?:\s*\([^()\n:]{1,60}\))?"
_TITLE = r"(?i:de\s+heer|mevrouw)"
_LABEL = (
    r"(?P<label>"
    r"(?P<chair>(?i:(?:de\s+)?(?:vice-?)?voorzitter)(?:\s+" + SURNAME + r"|\s*\(\s*" + SURNAME
    + r"\s*\))?)"
    # "Minister Rutte", "De minister-president, minister van Algemene Zaken, de heer Lubbers",
    # "Minister mevrouw Hennis-Plasschaert"
    r"|(?P<gov>(?i:de\s+)?" + _OFFICE + _PORTFOLIO
    + r"(?:\s*,\s*(?i:minister|staatssecretaris)" + _PORTFOLIO + r")?"
    + r"(?:\s*,?\s+(?:" + _TITLE + r"\s+)?" + SURNAME
    + r"(?:\s*,\s*" + _OFFICE + _PORTFOLIO + r")?)?" + _INFO + _PARTY
    # "De heer Donner, minister van Justitie", "De heer Hoekstra (minister van Financiën)"
    + r"|" + _TITLE + r"\s+" + SURNAME + r"\s*(?:,\s+" + _OFFICE + _PORTFOLIO
    + r"|\(\s*" + _OFFICE + _PORTFOLIO + r"\s*\)))"
    r"|(?P<member>(?i:de\s+heer|mevrouw|mw\.|dhr\.|het\s+lid|kamerlid)\s+"
    r"(?:[A-Z][\w.]*\.\s*)*" + SURNAME + _INFO + _PARTY + r")"
    r")")
SPEAKER = re.compile(  # (bold in a page written down as Markdown: "**Minister Rutte:**")
    r"(?:\*\*|__)?" + _LABEL + r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?=\s|$)")
# A label without its colon, on a line of its own, as some copies of a debate print it
# ("Minister Rutte" over the speech): read as one only in a text that prints every label so.
_BARE_LABEL = re.compile(r"[ \t]*" + _LABEL + r"[ \t]*")
# (a line's start found by its newline: a pattern opening with a character is looked for far
# faster than one opening with "^")
_BARE_LABEL_LINE = re.compile(r"\n[ \t]*(?=(?:[Mm]inister|[Ss]taatssecretaris|[Pp]remier"
                              r"|[Dd]e\s|[Mm]evrouw|[Hh]et\s+lid|[Vv]oorzitter|MINISTER"
                              r"|STAATSSECRETARIS|DE\s|MEVROUW)[^\n:]{0,120}"
                              r"\n(?:[ \t]*\n)*[ \t]*\S)")
_SPEAKER = with_lookahead(SPEAKER)  # the same matches; fails at once on other first letters
# A line that could open with a speaker's label: a colon within its first 160 characters.
_SPEAKER_AT_LINE = re.compile(r"(?m)^[ \t]*(?=[^\n:]{2,160}:(?:\*\*?|__?)?(?:[ \t]|$))")


_SMALL_WORDS = frozenset(("van", "voor", "de", "der", "den", "het", "en", "heer"))


@dataclass(frozen=True)
class Speaker:
    label: str  # as printed, without the colon: "Minister Rutte", "De heer Klaver (GroenLinks)"
    role: str  # government | chair | member

    @property
    def actor(self) -> str:
        """The speaker as the item's actor: the label without the site's "i" and the party."""
        # (an office in brackets is kept: "De heer Hoekstra (minister van Financiën)" as "De
        # heer Hoekstra, minister van Financiën")
        name = re.sub(r"\s*\(\s*(" + _OFFICE + r"[^()]*?)\s*\)\s*$|\s*\([^()]*\)\s*$",
                      lambda m: f", {m.group(1)}" if m.group(1) else "", self.label)
        name = re.sub(r"\s+i$", "", name).strip()
        if name.isupper():  # "MINISTER LUBBERS" as "Minister Lubbers"
            name = " ".join(word.lower() if at and word.lower() in _SMALL_WORDS
                            else word.capitalize() for at, word in enumerate(name.split()))
        return name


# Bold inside a label, as a Markdown copy of a printed Handelingen page gives it: "Minister
# **Agema**:", "De heer **Bontenbal** (CDA):".
_BOLD = re.compile(r"\*\*?|__?")  # (bold or italic: "**Minister X:**", "*De voorzitter:*")


def speaker_at(text: str, pos: int = 0) -> tuple[Speaker, int] | None:
    """The speaker's label at ``pos`` (and the offset after its colon), if one stands there."""
    m = _SPEAKER.match(text, pos)
    if m is not None:
        end = m.end()
    else:  # (read without its bold or italics, if it holds any)
        colon = text.find(":", pos, pos + 160)
        if colon < 0 or _BOLD.search(text, pos, colon) is None:
            return None
        end = colon + 1
        while text.startswith(("*", "_"), end):
            end += 1
        if end < len(text) and not text[end].isspace():
            return None
        m = SPEAKER.fullmatch(_BOLD.sub("", text[pos:end]))
        if m is None:
            return None
    return _speaker(m), end


def _speaker(m: re.Match[str]) -> Speaker:
    """The speaker a label's match names, with or without its colon."""
    role = GOVERNMENT if m.group("gov") else CHAIR if m.group("chair") else MEMBER
    return Speaker(" ".join(m.group("label").split()), role)


# A list of who took part, not a turn: "Voorzitter: Kamminga-Rooks (VVD)", "Griffier: Hessing".
# (a name's words capitalised or particles, no full stop: not "Voorzitter: Dank u wel.")
_NAMED_ON_THE_LINE = re.compile(r"[ \t]*(?:(?:[A-ZÀ-Ý][\w'’-]*|van|de|der|den|ten|ter)[ \t]*){1,5}"
                                r"(?:\([^()\n]{1,40}\))?[ \t]*$", re.MULTILINE)


def bare_speaker(sentence: str) -> Speaker | None:
    """The speaker a sentence that is only a label without its colon names ("Minister Rutte",
    "De heer Klaver (GroenLinks)"), in a transcript printed so (``bare_labels``)."""
    m = _BARE_LABEL.fullmatch(sentence)
    if m is None or sentence.rstrip().endswith(","):
        return None  # (a letter's signature: "De minister van Financiën,")
    return _speaker(m)


def bare_labels(text: str) -> list[Speaker]:
    """The labels printed without colons, each on a line of its own with the speech below."""
    found = []
    text = "\n" + text  # (the first line too)
    for line in _BARE_LABEL_LINE.finditer(text):
        end = text.find("\n", line.end())
        speaker = bare_speaker(text[line.end():end])
        if speaker is not None:
            found.append(speaker)
    return found


def opening_speaker(text: str) -> Speaker | None:
    """Who speaks before a transcript's first label, where the text opens in the middle of a
    speech (a passage copied from a debate): the one who speaks again after the first other
    speaker. Two speak in turn in a debate, so who was interrupted resumes, and who interrupted
    is answered and asks again. Over every speech of the opened transcripts, the second
    speaker after it (the chair aside) has the speech's role in 88 of 100 and, where both are
    the government's, its name in 98 of 100; a member is named so in 54 of 100, so a member is
    told without a name. None where those two are one speaker, where the text opens with a
    label, or where its opening says nothing in the first or second person (a heading, "Aan de
    orde is …")."""
    labels = _labels(text)  # (each found only as far as it is needed)
    first = next(labels, None)
    if first is None or not _SPOKEN.search(text, 0, first[0]):
        return None
    others = list(islice((speaker for _, speaker in chain([first], labels)
                          if speaker.role != CHAIR), 2))
    if len(others) < 2 or others[0].actor == others[1].actor:
        return None
    return others[1] if others[1].role == GOVERNMENT else Speaker("", MEMBER)


_SPOKEN = re.compile(r"\b(?:ik|we|wij|u|uw|mijn|ons|onze)\b", re.IGNORECASE)


def _speaker_lines(text: str) -> list[tuple[int, Speaker]]:
    return list(_labels(text))


def _labels(text: str) -> Iterator[tuple[int, Speaker]]:
    for line in _SPEAKER_AT_LINE.finditer(text):
        hit = speaker_at(text, line.end())
        if hit is not None and not (hit[0].role == CHAIR
                                    and _NAMED_ON_THE_LINE.match(text, hit[1])):
            yield line.end(), hit[0]


# A label after a sentence on the same line: a transcript whose line breaks were lost ("… Het
# woord is aan de minister. Minister De Jonge: Voorzitter, dank. …").
_SPEAKER_IN_LINE = re.compile(r"[.!?][”’\"»)]*[ \t]+(?=[^\n:.!?]{2,120}:[ \t])")


def _speakers_in_lines(text: str) -> list[Speaker]:
    found = []
    for m in _SPEAKER_IN_LINE.finditer(text):
        hit = speaker_at(text, m.end())
        if hit is not None:
            found.append(hit[0])
    return found


_SPEECH_PAGE = re.compile(r"(?i)\bvergadering\b|\bvoorzitter\.")


def is_transcript(text: str) -> bool:
    """Speakers' labels at the start of a line, of at least two speakers — or one, on a page of
    one speech ("Verslag van de vergadering …", "Mevrouw Krijnen (VVD): Voorzitter. …"); or,
    where the line breaks were lost, turns of at least two speakers, one of them the chair or a
    member of the government, after sentences on the same line."""
    found = _speaker_lines(text)
    speakers = {s.label for _, s in found}
    if len(speakers) >= 2:
        return True
    if len(speakers) == 1 and _SPEECH_PAGE.search(text[:3000]):
        return True
    turns = [s for _, s in found] + _speakers_in_lines(text)
    if len({s.label for s in turns}) >= 2 and any(s.role != MEMBER for s in turns):
        return True
    return not found and _printed_bare(text)


def printed_bare(text: str) -> bool:
    """Is the transcript printed with its labels without colons (``bare_speaker``)?"""
    return _printed_bare(text) and not _speaker_lines(text)  # (the cheaper test first)


# A minister named by portfolio, as a letter signs ("De minister van Financiën"), not by name
_PORTFOLIO_NAMED = re.compile(r"(?i)\b(?:van|voor)\b")


def _printed_bare(text: str) -> bool:
    """Labels without colons ("Minister Rutte", "De heer Klaver (GroenLinks)" over the speech)
    of two kinds of speaker (the government, a member, the chair: a letter's signatures, "De
    minister van Financiën" and "De staatssecretaris van Financiën", are of one kind, and its
    address, "De Voorzitter van de Tweede Kamer", is no chair), or of speakers a letter never
    signs as."""
    if "\n" not in text:
        return False
    labels = [s for s in bare_labels(text)
              if not (s.role == CHAIR and ("Kamer" in s.label or "ommissie" in s.label))]
    if len({s.role for s in labels}) >= 2:
        return True
    # Speakers named as a letter never signs: a member with a party, a minister by name
    # ("Minister Rouvoet", not "De minister van Financiën"): two of them, or one on a page of a
    # speech, as with colons (``is_transcript``)
    named = {s.label for s in labels if (s.role == MEMBER and "(" in s.label) or (
        s.role == GOVERNMENT and not _PORTFOLIO_NAMED.search(s.label))}
    return len(named) >= 2 or (len(named) == 1 and bool(_SPEECH_PAGE.search(text[:3000])))


# --- registers --------------------------------------------------------------------------------

_T_NUMBER = r"T\d{5}"
_TZ_NUMBER = r"TZ\d{6}-\d{2,3}"
# An entry's heading: "Toezegging Toezending conceptversie richtlijn (…) (T01237)".
# (an overview may number them: "1. Toezegging Evaluatie Crisis- en herstelwet (…) (T01291)")
_ENTRY = re.compile(r"(?m)^[ \t]*(?:#+\s*)?(?:\d{1,3}[.)][ \t]+)?Toezegging\b[^\n]*?\(("
                    + _T_NUMBER + r")\)[ \t*]*$"
                    r"|^[ \t]*(?:#+\s*)?(?:\d{1,3}[.)][ \t]+)?Toezegging[ \t]+("
                    + _TZ_NUMBER + r")\b"
                    # an overview's line: "T01987 Evaluatie bankenbelasting (33 121)"
                    r"|^[ \t]*(" + _T_NUMBER + r")[ \t]+(?:[–-][ \t]+)?[A-ZÀ-Ý]"
                    # a list's number on a line of its own, the title on the next: "TZ202302-041"
                    r"|^[ \t]*(" + _TZ_NUMBER + r")[ \t]*$")
_FIELDS = re.compile(r"(?mi)(?:^|\||[ \t][–-])[ \t]*(?:Deadline|Datum\s+nakoming"
                     r"|Datum\s+toezegging|Activiteit|Kamerbrief\s+nakoming|Bewindspersoon)[ \t]*:")
# A letter after the entries (a rappel's annex, then the minister's reply) ends the last one.
_LETTER_DATELINE = re.compile(r"(?m)^[ \t]*(?:Den\s+Haag|['’]s-Gravenhage)\s*,?\s+[0-3]?\d\s+"
                              + MONTH_PATTERN + r"\s+(?:19|20)\d{2}")
# (a field's name and value on one line, or, as a page's definition list prints them, the
# value on the next: "Deadline\n1 september 2016")
_FIELD_SEP = r"[ \t]*(?:\|[ \t]*)?:?[ \t]*(?:\n[ \t]*)?"
_DAY_DATE = (r"(?:\w+dag\s+)?[0-3]?\d\s+" + MONTH_PATTERN + r"\s+(?:19|20)\d{2}"
             r"|\d{1,2}-\d{1,2}-\d{4}")
_DEADLINE_FIELD = re.compile(
    r"(?mi)(?:^[ \t]*\||^|\||[ \t][–-])[ \t]*(?P<name>Deadline|Datum\s+nakoming|Uiterste\s+datum"
    r"|Termijn)"
    + _FIELD_SEP + r"(?P<value>" + _DAY_DATE + r")")
_MADE_FIELD = re.compile(
    r"(?mi)(?:^[ \t]*\|?|\|)[ \t]*(?:Datum\s+toezegging|Datum\s+toegezegd|Toegezegd\s+op|Datum)"
    + _FIELD_SEP + r"(?P<value>" + _DAY_DATE + r")"
    # a list's "Gedaan tijdens: Commissiedebat Eurogroep/Ecofin-Raad, 15 februari 2023", a page's
    # "Activiteit: Algemeen overleg Stikstofproblematiek, 12 februari 2020 (2020A00611) | …"
    r"|^[ \t]*(?:Gedaan\s+tijdens|Activiteit)[ \t]*:[^\n|]*?[,(][ \t]*(?P<during>" + _DAY_DATE
    + r")[ \t]*\)?[ \t]*(?:\(\w+\)[ \t]*)?(?:\||$)")
# Where an entry's own words end: the quotes from the stukken, the history, the sources.
_QUOTES = re.compile(r"(?mi)^[ \t]*(?:#+\s*)?(?:Uit\s+de\s+stukken|Historie|Brondocumenten"
                     r"|Zie\s+voor\s+meer\s+informatie|Kerngegevens)\b")
# (also one line of fields: "Status: openstaand | Datum toezegging: 16 maart 2010 | Deadline: …")
_REGISTER_HINT = re.compile(r"(?mi)(?:^[ \t]*\|?|\|)[ \t]*(?:Datum\s+toezegging|Datum\s+nakoming"
                            r"|Deadline)\b")
# (the fields' words alone, looked for first: a pattern that opens with "^" is tried at every
# position, one that opens with a letter only where that letter stands)
_FIELD_WORD = re.compile(r"(?i)d(?:atum\s+(?:toezegging|nakoming)|eadline)")
# (the core data alone is any dossier's, "Kerngegevens / Status: Tot wet verheven": with an
# entry's heading, "Toezegging …", it is a registry page)
_CORE_DATA = re.compile(r"(?mi)^[ \t]*\|?[ \t]*Kerngegevens\b")
_ENTRY_LINE = re.compile(r"(?mi)^[ \t]*Toezegging\b")


def is_register(text: str) -> bool:
    """Registry fields ("Datum toezegging", "Deadline", or "Kerngegevens" under a "Toezegging"
    heading) beside a T- or TZ-number."""
    return bool((_FIELD_WORD.search(text) and _REGISTER_HINT.search(text)) or (
        _CORE_DATA.search(text) and _ENTRY_LINE.search(text))) and bool(
        re.search(r"\b(?:" + _T_NUMBER + "|" + _TZ_NUMBER + r")\b", text))


@dataclass(frozen=True)
class Entry:
    number: str | None
    start: int  # the heading
    words_end: int  # where the registry's own words end (quotes, fields and history follow)
    end: int
    deadline: date | None
    deadline_text: str | None
    made_on: date | None


def register_entries(text: str) -> list[Entry]:
    """The entries of a registry page in order; a page without headings is one entry."""
    found = list(_ENTRY.finditer(text))
    heads = [(m.start(), m.group(1) or m.group(2) or m.group(3) or m.group(4))
             for i, m in enumerate(found)
             # an overview's line heads an entry only where the entry has its fields (not a
             # reply's section on each promise: "T02103 Onderzoek … De staatssecretaris …")
             if not (m.group(3) or m.group(4)) or _FIELDS.search(
                 text, m.end(), found[i + 1].start() if i + 1 < len(found) else len(text))]
    if not heads:
        heads = [(0, None)]
    entries = []
    for i, (start, number) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        letter = _LETTER_DATELINE.search(text, start + 1, end)
        end = letter.start() if letter else end
        quotes = _QUOTES.search(text, start, end)
        deadline = _DEADLINE_FIELD.search(text, start, end)
        made = _MADE_FIELD.search(text, start, end)
        entries.append(Entry(
            number, start, quotes.start() if quotes else end, end,
            parse_date(deadline.group("value")) if deadline else None,
            " ".join(deadline.group().split()).strip("| ") if deadline else None,
            parse_date(made.group("value") or made.group("during")) if made else None))
    return entries


class Entries:
    """Which entry a position of the text belongs to."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.starts = [e.start for e in entries]

    def at(self, pos: int) -> Entry | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.entries[i] if i >= 0 and pos < self.entries[i].end else None


def detect_form(text: str) -> str:
    """``register``, ``transcript`` or ``letter``."""
    if is_register(text):
        return REGISTER
    if is_transcript(text):
        return TRANSCRIPT
    return LETTER
