"""Document text as a reader sees it, each character knowing where it came from.

Kamerstukken arrive as text extracted from PDF or HTML: lines wrapped mid-sentence (sometimes
with a blank line after every line), words hyphenated at the line end, page numbers and
running headers between pages, footnotes at the foot of a page in the middle of a sentence
that goes on after them, and footnote markers glued to words ("Buitenweg2", "aangeboden9",
"Commissie.³", or in brackets: "afgelopen?[1 ]"). ``prepare_blocks`` undoes that: the body
becomes one clean text, every footnote its own, and each clean character keeps the offset it
had in the original, so a sentence's span points into the text the caller passed in.

Choices (the seeds are the evidence):
- A line that repeats three or more times without ending a sentence, and is no long line
  opening in small letters (prose wrapped mid-sentence), is a running header ("Datum", "Ons
  kenmerk", "Antwoord"); a line holding only a number between blank lines is a
  page number; a letter's "Pagina 2 van 5" is a page marker, and the side column printed beside
  it ("Datum" and its date, "Ons kenmerk" and its number, the directorate) goes with it, as does
  that column printed again without a marker (two keys or more). All are dropped; the text
  around them is joined as if they were not there.
- A footnote starts on a line beginning with its number (one of the next three after the last
  footnote, cited by a marker earlier in the text, followed by a capital, a URL or nothing) or
  with superscript digits. A footnote block in PDF text runs until the next page starts (a line
  indented by one space), a page number or other furniture (the print lines of the page's foot),
  a new paragraph after a gap, or a line of prose after a gap that goes on with the body's
  sentence left open; a superscript footnote is one paragraph. Footnotes
  are kept apart from the body (a sentence interrupted by them is joined again) and are read
  for commitments all the same.
- Lines are joined with one space. A paragraph break is kept before a numbered heading or list
  item, after a short line without final punctuation (a heading; not one that ends in an article,
  "te", "en", "van", "zal", a preposition that is no verb's particle or a conjunction, which no
  sentence ends in: a line wrapped before a long word; nor a numbered question's line), and
  after a sentence end followed by a gap or a short line.
- "beïnvloedingstech-" + "nieken" is one word; "AI-" + "systemen" and "hoog-" + "risico" (when
  the document writes "hoog-risico" elsewhere) keep their hyphen; "wet- en regelgeving" stays.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .dates import FULL_MONTHS, MONTH_PATTERN
from .forms import bare_speaker, speaker_at
from .glue import Gluefinder

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")

_PAGE_NUMBER = re.compile(r"[-–]?\s*\d{1,3}\s*[-–]?")
# A letter's page marker as its PDF text prints it ("Pagina 2 van 5"), with the side column the
# ministries repeat beside it on every page ("Datum", "10 maart 2025", "Ons kenmerk",
# "DGBI / 26844711", "Directoraat-Generaal …"), which would otherwise run into a sentence that
# goes on over the page: "Ik zal uw Kamer voor de … zomer informeren".
_PAGE_OF = re.compile(r"(?:Pagina|Blad|Page)\s+\d{1,3}\s*(?:van|of|/)\s*\d{1,3}", re.IGNORECASE)
_SIDE_KEYS = (r"(?:Datum|Kenmerk|Ons\s+kenmerk|Uw\s+kenmerk|Onze\s+referentie|Uw\s+referentie"
              r"|Referentie|Bijlagen?|Bijlage\(n\)|Betreft|Contactpersoon|Behandeld\s+door)")
_SIDE_KEY_ALONE = re.compile(_SIDE_KEYS)  # (its value on the next line)
_SIDE_KEY = re.compile(_SIDE_KEYS + r"(?:\s+\S.{0,60})?")
# (words one of them holds: a text without any has no side column to look for)
_SIDE_HINTS = ("agina", "age ", "lad ", "atum", "enmerk", "eferentie", "ijlage", "etreft",
               "ontactpersoon", "ehandeld")
_SIDE_UNIT = re.compile(r"(?:Directoraat-?[Gg]eneraal|Directie|Dienst|Programmadirectie"
                        r"|Ministerie\s+van|Afdeling)\b[^.!?;:]{0,80}")
_SALUTATION = re.compile(r"(?:Geachte|Beste|Hooggeachte|Zeer\s+geachte)\s[^,]{2,60},$")
# What the Handelingen print between words: "(Hilariteit)", "(Geroffel op de bankjes)".
_STAGE_DIRECTION = re.compile(r"(?:^|[.!?]\s*)\([A-Z][a-z]+(?:\s+[a-z]+){0,5}\)$")
# A heading's closing date in brackets: "(ingezonden 10 juni 2021)", "(ontvangen 3 mei 2024)".
_DATED_CLOSE = re.compile(r"\((?:ingezonden|ontvangen|vastgesteld)\s+\d{1,2}\s+\w+\s+\d{4}\)$")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S*")
# The Kamerstuk's print furniture, on a line of its own: its identifier ("kst-35925-VII-41",
# an Aanhangsel's "ah-tk-20232024-387", which PDF text may give as "h tk 20232024 387"),
# the series' ISSN and the page footer ("'s-Gravenhage 2021   Tweede Kamer, vergaderjaar
# 2021–2022, 35 925 VII, nr. 41   1"). In a bundle of motions the footer ends one motion and
# the identifier would otherwise run on into the next ("… de orde van de dag. kst-…").
_PRINT_LINE = re.compile(r"(?:kst|stcrt|stb|ah|blg)-[\w.-]+|a?h\s+tk\s+\d{8}\s+\d+"
                         # (the ISSN with the footer glued on: "ISSN 0921 - 7398’s-Gravenhage
                         # 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1")
                         r"|ISSN\s+\d{4}\s*-\s*\d{3}[\dX](?:\s*['’]s-Gravenhage\s*\d{4}\s*"
                         r"(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s.{4,80}?\s\d{1,3})?"
                         r"|['’]s-Gravenhage\s+\d{4}\s+(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar"
                         r"\s.{4,80}?\s\d{1,3}"
                         # (the Aanhangsel's: "’s-Gravenhage 2020 Aanhangsel Handelingen II
                         # 2020/21, nr. 712 1")
                         r"|['’]s-Gravenhage\s+\d{4}\s+Aanhangsel\s+Handelingen\s+I{1,2}\s+"
                         r"\d{4}/\d{2},\s+nr\.\s+\d+\s+\d{1,3}"
                         # a page's foot with its number: "Tweede Kamer, vergaderjaar 2024–2025,
                         # 36 600 XV, nr. 12 3", "… 2023–2024, Aanhangsel 4"
                         r"|(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s+"
                         r"(?:[^,]{1,40},\s+nrs?\.\s+[\d-]+|Aanhangsel|Vragen)\s+\d{1,4}"
                         # an older Handelingen page's head: "Tweede Kamer Formatie
                         # basisonderwijs 7 december 1983 1713"
                         r"|(?:Tweede|Eerste)\s+Kamer\s+[^,.:;?!]{3,80}?\s[0-3]?\d\s+"
                         + MONTH_PATTERN + r"\s+(?:19|20)\d{2}\s+\d{1,5}")
_PLAIN_FOOTNOTE = re.compile(r"(\d{1,3})(?:\s+(\S.*))?")
_HEADING_START = re.compile(
    r"(?:\d{1,2}\.(?:\d{1,2}\.?)*\s|\d{1,2}\s?[A-Z]\.\s?|[•·▪◦\uf0b7\-–]\s|[a-z]\)\s"
    # a list's letter with a full stop: "a. Ik zal …" (not "p. 12", a page wrapped to the line)
    r"|[a-h]\.\s(?=[A-ZÀ-Ýa-z])"
    r"|Vraag\s+\d+\s*[:.]|Antwoord\b"
    # a registry entry named by its number first: "T01471 – Toezending van de monitor (32.817)"
    r"|(?:T\d{5}|TZ\d{6}-\d{2,3})\s*[–-]\s)"
)
# A registry entry's heading ends in its number: "Toezegging Evaluatie (36.123) (T04001)".
_NUMBERED_HEADING = re.compile(r"\((?:T\d{5}|TZ\d{6}-\d{2,3})\)$")
_BULLET = re.compile(r"[•·▪◦\uf0b7]\s*")
_MARKUP_EDGE = re.compile(r"^(?:>\s*)?\**|\**$")
# A footnote marker: digits glued to a word of two letters or more ("Buitenweg2"), to the
# punctuation after a word or bracket ("toegezegd.2", "1).18", "grondrechten».4") or to a
# year ("17 mei 201910"), followed by a space or an end. Digits are rare, so the regular
# expression finds digit runs and ``_is_marker`` looks at what stands before them. The run's
# first digit is found first, then the two characters before it looked behind for (a letter or
# a closer, what ``_is_marker`` wants, which still decides): the engine skips from digit to
# digit, where a look-behind put first made it try every position (three times slower).
_DIGITS_BEFORE_BREAK = re.compile(
    r"(\d(?<=(?:[^\W\d_]{2}|[^\W\d_][.,;:)»”’\"]|[)»”’\"][.,;:)»”’\"])\d)\d{0,2})"
    r"(?=[\s.,;:)!?»”’\"]|$)")
_YEAR_THEN_MARKER = re.compile(r"(?:19|20)\d\d(\d{1,2})(?=[\s.,;:)!?»”’\"]|$)")
_CLOSERS = ".,;:)»”’\""
# A marker some PDF-to-text tools write in brackets, glued to what it cites: "?[1 ]",
# "Ceder[4 ]", "ingericht[2]."
_BRACKETED = re.compile(r"\[(\d{1,3}) ?\]")


def _is_marker(text: str, start: int) -> bool:
    if start < 2:
        return False
    a, b = text[start - 1], text[start - 2]
    if a.isalpha():
        return b.isalpha()
    return a in _CLOSERS and (b.isalpha() or b in ")»”’\"")


def _markers(text: str):
    """(start, end, number) of every footnote-marker-like digit run in ``text``."""
    for m in _DIGITS_BEFORE_BREAK.finditer(text):
        if _is_marker(text, m.start()):  # which also wants a letter or closer before it
            yield m.start(), m.end(), int(m.group(1))
    for m in _YEAR_THEN_MARKER.finditer(text):
        if not _after_digit(text, m.start()):
            yield m.start(1), m.end(1), int(m.group(1))
    if "[" in text:
        for m in _BRACKETED.finditer(text):
            if m.start() and not text[m.start() - 1].isspace():
                yield m.start(), m.end(), int(m.group(1))


def _after_digit(text: str, start: int) -> bool:
    return start > 0 and text[start - 1].isdigit()


# A letter followed by combining marks (U+0300–U+036F): what NFC may compose into one letter.
_DECOMPOSED = re.compile("[^\u0300-\u036f][\u0300-\u036f]+")
_ACRONYM_HYPHEN_SPACE = re.compile(r"(?<=[A-Z0-9])- (?=[a-zà-ÿ])(?!(?:en|of|tot)\b)")
# (bold or italic marks after it as well: "**De voorzitter:**", a label that repeats on every
# turn, ends as "De voorzitter:" does, and is no running header)
_TERMINAL = re.compile(r"[.!?:][”’\"»)\]*_]*$")
# A line that ends in a word no sentence ends in (an article, a possessive, "te", "en", "van",
# an auxiliary waiting for its verb) goes on, however short it is: "… zal ik uw" over "Kamer
# informeren …" is one sentence wrapped before a long word.
_OPEN_END = re.compile(r"(?<![\w-])(?:de|het|een|uw|mijn|onze|te|en|of|tot|met|van|zal|zullen"
                       # a preposition that is no verb's particle, or a conjunction, waiting
                       # for what it governs (not "aan", "in", "op" …: "Vul de lijst aan")
                       r"|naar|tussen|zonder|tijdens|binnen|via|dat|omdat|zodat|indien|waarin"
                       r"|waarop|waarmee|welke)$", re.IGNORECASE)
# A written question's number and its opening words: an item, never a heading.
_NUMBERED_QUESTION = re.compile(r"\d{1,2}\.?\s+(?:Is|Kan|Kunt|Bent|Wilt|Wil|Heeft|Hebt|Zijn|Deelt"
                                r"|Acht|Weet|Klopt|Waarom|Hoe|Wat|Welke|Wanneer|Indien|Zo\s+ja"
                                r"|Zo\s+nee)\b"
                                # a question or an answer after its heading on the same line,
                                # "Vraag 3: Kunnen de rapportages …", "Antwoord 3: De …"
                                r"|(?:Vraag\s+\d+|Antwoord(?:\s+(?:op\s+vraag\s+)?\d+)?)\s*[:.]"
                                r"\s*\S")
# A motion's operative part opens in small letters on a line of its own ("verzoekt de regering
# …"); where the lines above it ("Motie", "De Kamer,", "gehoord de beraadslaging,") are left
# out as repeated and no consideration stands between, it still opens a paragraph after the
# sentence that announced the motion ("Ik begin met het voorlezen van mijn motie.").
_MOTION_PART = re.compile(r"(?:verzoekt|verzoeken|roept|draagt)\s+(?:de|het|ons|zijn|haar)\s")


@dataclass
class MappedText:
    """A string assembled from slices of an original, remembering where each slice came from."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    # Copied runs: clean start, original start, length (sorted by clean start), and the run's
    # length in the original (longer than its clean length where letters were composed).
    run_clean: list[int] = field(default_factory=list)
    run_orig: list[int] = field(default_factory=list)
    run_len: list[int] = field(default_factory=list)
    run_span: list[int] = field(default_factory=list)
    # Footnote markers removed from the text: (clean position, footnote number).
    markers: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""

    def copy(self, original: str, start: int, end: int) -> None:
        if end <= start:
            return
        if not original[start:end].isascii() and not unicodedata.is_normalized(
                "NFC", original[start:end]):
            self._compose(original, start, end)
            return
        if (self.run_clean and self.run_clean[-1] + self.run_len[-1] == self.length
                and self.run_span[-1] == self.run_len[-1]
                and self.run_orig[-1] + self.run_len[-1] == start):
            self.run_len[-1] += end - start
            self.run_span[-1] += end - start
        else:
            self.run_clean.append(self.length)
            self.run_orig.append(start)
            self.run_len.append(end - start)
            self.run_span.append(end - start)
        self.parts.append(original[start:end])
        self.length += end - start

    def _compose(self, original: str, start: int, end: int) -> None:
        """Copy with letters composed ("i" + combining diaeresis as "ï", as PDF text often
        has them), each composed letter mapped to all of its original characters."""
        pos = start
        for m in _DECOMPOSED.finditer(original, start, end):
            composed = unicodedata.normalize("NFC", m.group())
            if composed == m.group():
                continue
            self.copy(original, pos, m.start())
            self.run_clean.append(self.length)
            self.run_orig.append(m.start())
            self.run_len.append(len(composed))
            self.run_span.append(m.end() - m.start())
            self.parts.append(composed)
            self.length += len(composed)
            pos = m.end()
        tail = original[pos:end]
        if unicodedata.is_normalized("NFC", tail):
            self.copy(original, pos, end)
        else:  # what no letter-and-marks pattern covers: copied as it stands
            self.run_clean.append(self.length)
            self.run_orig.append(pos)
            self.run_len.append(end - pos)
            self.run_span.append(end - pos)
            self.parts.append(tail)
            self.length += end - pos

    def insert(self, synthetic: str) -> None:
        """Text that is not in the original (a joining space, a paragraph break)."""
        self.parts.append(synthetic)
        self.length += len(synthetic)

    def finish(self) -> str:
        self.text = "".join(self.parts)
        self.parts = [self.text]
        return self.text

    def origin(self, pos: int) -> int:
        """Offset in the original of the copied character at or after clean position ``pos``."""
        i = bisect.bisect_right(self.run_clean, pos) - 1
        if i >= 0 and pos < self.run_clean[i] + self.run_len[i]:
            return self.run_orig[i] + pos - self.run_clean[i]
        i += 1
        if i < len(self.run_clean):
            return self.run_orig[i]
        return self.run_orig[-1] + self.run_len[-1] if self.run_orig else 0

    def origin_end(self, end: int) -> int:
        """Offset just past the original of the last copied character before ``end``."""
        i = bisect.bisect_right(self.run_clean, end - 1) - 1
        if i < 0:
            return self.run_orig[0] if self.run_orig else 0
        if end - self.run_clean[i] >= self.run_len[i]:
            return self.run_orig[i] + self.run_span[i]
        return self.run_orig[i] + end - self.run_clean[i]


@dataclass
class Block:
    """The clean body text, or one footnote's text."""

    kind: str  # "body" or "footnote"
    number: int | None  # the footnote number
    mapped: MappedText

    @property
    def text(self) -> str:
        return self.mapped.text


@dataclass(slots=True)
class _Line:
    start: int  # content start in the original (after leading whitespace)
    end: int  # content end (before trailing whitespace)
    indent: int
    content: str
    blank: bool


_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Spaces that are not " ": a no-break space (web pages: "1\u00a0juli", "nr.\u00a012"), a narrow
# or figure space (PDF text), an ideographic space.
_OTHER_SPACES = "\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200b)))
_OTHER_LINE_ENDS = _LINE_ENDS.replace("\n", "")
_UNPLAIN = re.compile(f"[{_OTHER_LINE_ENDS}{_OTHER_SPACES}]")
_PLAIN = str.maketrans({**dict.fromkeys(_OTHER_LINE_ENDS, "\n"),
                        **dict.fromkeys(_OTHER_SPACES, " ")})


def plain_whitespace(text: str) -> str:
    """``text`` with every line end a "\\n" and every space a " ", each character where it
    stood: Windows' "\\r\\n" becomes " \\n" (a space closing the line); a lone "\\r", a form
    feed between PDF pages or a Unicode line separator "\\n"; a no-break space " ". The rules
    read lines at "\\n" and words at " ": a transcript saved on Windows read as a letter (every
    member's "ik zal" a promise), a registry page's "Deadline: 1\\u00a0juli 2013" as no date."""
    if _UNPLAIN.search(text) is None:
        return text
    return text.replace("\r\n", " \n").translate(_PLAIN)


# Characters that print as nothing: a soft hyphen (a web page marks where a long word may break,
# "verant\u00adwoording"; PDF text where it did), zero-width spaces and joiners, a word joiner,
# a byte-order mark. And the typesetter's ligatures PDF text keeps ("\ufb01nanciële",
# "re\ufb02ecteren"). Every rule reads words, and "infor\u00admeren" is no word of theirs: 302
# of the opened corpus's 905 texts read differently with a soft hyphen in three long words of
# ten, 431 items lost.
_UNREAD = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\ufb00-\ufb06]")
_LIGATURES = {chr(0xFB00 + i): unicodedata.normalize("NFKC", chr(0xFB00 + i)) for i in range(7)}


@dataclass(frozen=True)
class Visible:
    """A text as it reads: without the characters that print as nothing, its ligatures spelt
    out, and the way back to the original's offsets. A soft hyphen that ends a line stays, as
    "-": the word was broken there, and the clean-up joins it as it joins any hyphenated word."""

    text: str
    # From each of these positions in ``text`` on, the original offset is the position plus
    # the shift beside it.
    breaks: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    @classmethod
    def of(cls, original: str) -> Visible:
        if _UNREAD.search(original) is None:
            return cls(original)
        pieces, breaks, shifts, pos, length, shift = [], [], [], 0, 0, 0
        for m in _UNREAD.finditer(original):
            pieces.append(original[pos:m.start()])
            length += m.start() - pos
            char = m.group()
            put = _LIGATURES.get(char) or ("-" if char == "\u00ad" and original.startswith(
                "\n", m.end()) else "")
            pieces.append(put)
            for i in range(1, len(put)):  # each letter of a ligature points at the ligature
                breaks.append(length + i)
                shifts.append(shift - i)
            length += len(put)
            if len(put) != 1:
                shift += 1 - len(put)
                breaks.append(length)
                shifts.append(shift)
            pos = m.end()
        pieces.append(original[pos:])
        return cls("".join(pieces), tuple(breaks), tuple(shifts))

    def start(self, pos: int) -> int:
        """The original offset of the character at ``pos``."""
        i = bisect.bisect_right(self.breaks, pos) - 1
        return pos + self.shifts[i] if i >= 0 else pos

    def end(self, pos: int) -> int:
        """The original offset just past the character before ``pos``."""
        return self.start(pos - 1) + 1 if pos > 0 else 0


def _lines(raw: str) -> list[_Line]:
    lines = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip(_LINE_ENDS)
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            lines.append(_Line(start, start + len(stripped), lead, stripped, False))
        else:
            lines.append(_Line(pos, pos, 0, "", True))
        pos += len(piece)
    return lines


_FOOTNOTE_NUMBER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*|\d{1,3}\s*")
_WORD_BEFORE_HYPHEN = re.compile(r"(\w+)-$")
_FIRST_WORD = re.compile(r"\w+")
_DECORATION = frozenset("*>•·▪◦\uf0b7")


def _content_span(line: _Line) -> tuple[int, int]:
    """The span of a line without markdown emphasis, quote marks and a leading bullet."""
    text = line.content
    if text and text[0] not in _DECORATION and text[-1] != "*":
        return line.start, line.end
    head = _MARKUP_EDGE.match(text)
    start = head.end() if head else 0
    bullet = _BULLET.match(text, start)
    if bullet:
        start = bullet.end()
    end = len(text)
    while end > start and text[end - 1] == "*":
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return line.start + start, line.start + end


def _starts_upper(text: str) -> bool:
    for ch in text[:3]:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
    return bool(text) and text[0] in "«“‘\"'(["


def _starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


class _Classifier:
    """Which lines are body text, footnotes, or furniture (page numbers, headers, URLs)."""

    def __init__(self, raw: str, lines: list[_Line]) -> None:
        self.raw = raw
        self.lines = lines
        counts = Counter(line.content for line in lines if 0 < len(line.content) <= 80)
        # (not a long line that opens in small letters: prose wrapped mid-sentence, which a
        # written question repeating its title's words prints three times, "asielzoekers van
        # 'onacceptabel' niveau, concluderen"; a motion's "gehoord de beraadslaging," is short)
        # (nor a speaker's label a debate prints without its colon, "Minister Schouten" over
        # each of her answers: no page's header)
        self.repeated = {
            text for text, n in counts.items()
            if n >= 3 and not _TERMINAL.search(text) and not (text[0].islower() and len(text) > 40)
            and bare_speaker(text) is None
        }
        # Where each footnote number is cited in the text ("vorm1", "toegezegd.2"): a footnote
        # comes after its marker, which tells "1 Kamerstuk …" from "4 E. Partnerschap …".
        self.markers = sorted(_markers(raw))
        self.marker_starts = [m[0] for m in self.markers]
        self.cited: dict[int, int] = {}
        for start, _end, number in self.markers:
            self.cited.setdefault(number, start)
        self.superscripts = bool(_SUPERSCRIPT_RUN.search(raw))
        self.side = self._side_column() if any(map(raw.__contains__, _SIDE_HINTS)) \
            else frozenset()
        self.glue = Gluefinder(raw)
        self._lowered: str | None = None

    def _side_column(self) -> frozenset[int]:
        """The lines of each "Pagina 2 van 5" and of the side column printed beside it, and of
        a side column printed again without a marker (a form feed's page): runs of key lines
        ("Datum", "Ons kenmerk"), the value under each and the directorate's name, with a
        marker or at least two keys in them. Blank lines may stand between."""
        side: set[int] = set()
        run: list[int] = []
        keys = marked = 0
        after_key = False  # the line before was a key alone: this one may be its value

        def close() -> None:
            if marked or keys >= 2:
                side.update(run)

        for i, line in enumerate(self.lines):
            if line.blank:
                continue
            content = line.content
            kind = None
            if not _TERMINAL.search(content):
                if _PAGE_OF.fullmatch(content):
                    kind = "page"
                elif _SIDE_KEY.fullmatch(content) and len(content.split()) <= 8:
                    kind = "key"
                elif after_key and len(content) <= 40 and len(content.split()) <= 5:
                    kind = "value"
                elif _SIDE_UNIT.fullmatch(content):
                    kind = "unit"
            after_key = kind == "key" and _SIDE_KEY_ALONE.fullmatch(content) is not None
            if kind is None:
                close()
                run, keys, marked = [], 0, 0
                continue
            run.append(i)
            keys += kind == "key"
            marked += kind == "page"
        close()
        return frozenset(side)

    def hyphenated(self, word: str) -> bool:
        """Does the document write ``word`` (lower case, with its hyphen) somewhere?"""
        if self._lowered is None:
            self._lowered = self.raw.lower()
        return word in self._lowered

    def markers_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        i = bisect.bisect_left(self.marker_starts, start)
        j = bisect.bisect_left(self.marker_starts, end)
        return self.markers[i:j]

    def blank(self, i: int) -> bool:
        return i < 0 or i >= len(self.lines) or self.lines[i].blank

    def page_number(self, i: int) -> bool:
        content = self.lines[i].content
        return (len(content) <= 7 and bool(_PAGE_NUMBER.fullmatch(content))
                and self.blank(i - 1) and self.blank(i + 1))

    def page_start(self, i: int) -> bool:
        """A new PDF page: the extracted text indents its first line by one space."""
        line = self.lines[i]
        return line.indent == 1 and not line.blank

    def furniture(self, i: int) -> bool:
        content = self.lines[i].content
        return (content in self.repeated or self.page_number(i) or i in self.side
                or (content[:1] in "hw" and bool(_URL_LINE.fullmatch(content)))
                or (content[:1] in "ksbahI'’TE" and bool(_PRINT_LINE.fullmatch(content))))

    def plain_footnote(self, i: int, last: int) -> int | None:
        """The footnote number this line starts, if it starts one after footnote ``last``."""
        line = self.lines[i]
        if line.indent == 1:
            return None
        m = _PLAIN_FOOTNOTE.fullmatch(line.content)
        if not m:
            return None
        n = int(m.group(1))
        # The next number or one of the two after it (a footnote lost in the PDF text); the
        # first footnote of an excerpt may have any number.
        if not (last < n <= last + 3 or last == 0) or self.cited.get(n, line.start) >= line.start:
            return None
        rest = m.group(2)
        if rest is None:  # "6" followed directly by the footnote's URL
            nxt = self.lines[i + 1].content if i + 1 < len(self.lines) else ""
            return n if nxt and (_URL_LINE.match(nxt) or _starts_upper(nxt)) else None
        if rest.lower().startswith(FULL_MONTHS) or re.match(r"[A-Z]\.", rest):
            return None
        return n if (rest[0].isupper() or rest[0] in "«“\"'[(" or rest.startswith(
            ("http", "www"))) else None


@dataclass
class _Piece:
    """A body line, or a gap (blank lines, furniture, a footnote block) between body lines."""

    line: _Line | None
    gap: bool = False


def prepare_blocks(raw: str) -> list[Block]:
    """The clean body text first, then each footnote in order."""
    lines = _lines(raw)
    cls = _Classifier(raw, lines)
    body: list[_Piece] = []
    footnotes: list[tuple[int, list[_Line]]] = []
    zone: str | None = None  # "plain": PDF footnote block; "super": one superscript footnote
    last_number = 0
    gap_in_zone = False
    for i, line in enumerate(lines):
        if zone == "super":
            if line.blank:
                zone = None
                body.append(_Piece(None, gap=True))
            else:
                footnotes[-1][1].append(line)
            continue
        if zone == "plain":
            if line.blank:
                gap_in_zone = True
                continue
            if cls.page_start(i) or cls.page_number(i):
                zone = None
            else:
                number = cls.plain_footnote(i, last_number)
                if number is not None:
                    footnotes.append((number, [line]))
                    last_number = number
                    gap_in_zone = False
                    continue
                if _URL_LINE.fullmatch(line.content):
                    continue
                if not (cls.furniture(i) or (gap_in_zone and (
                        _starts_upper(line.content) or _cut_off(body, footnotes[-1][1], line)))):
                    footnotes[-1][1].append(line)
                    gap_in_zone = False
                    continue
                zone = None  # a paragraph after the notes, the sentence the notes cut off
                # ("Bij demonstraties" … "in gebouwen of op terreinen …") or the page's foot:
                # the body again
        if line.blank:
            body.append(_Piece(None, gap=True))
            continue
        after_gap = cls.blank(i - 1)
        sup = _SUPERSCRIPT_RUN.match(line.content)
        if sup and after_gap:
            number = int(sup.group().translate(_SUPERSCRIPTS))
            footnotes.append((number, [line]))
            last_number = max(last_number, number)
            zone = "super"
            continue
        number = cls.plain_footnote(i, last_number) if after_gap else None
        if number is not None:
            footnotes.append((number, [line]))
            last_number = number
            zone, gap_in_zone = "plain", False
            body.append(_Piece(None, gap=True))
            continue
        if cls.furniture(i):
            body.append(_Piece(None, gap=True))
            continue
        body.append(_Piece(line))

    numbers = {n for n, _ in footnotes}
    width = _typical_width([p.line for p in body if p.line])
    blocks = [Block("body", None, _assemble(raw, body, numbers, cls, width))]
    for number, flines in footnotes:
        pieces = [_Piece(line) for line in flines]
        mapped = _assemble(raw, pieces, set(), cls, width, footnote=True)
        blocks.append(Block("footnote", number, mapped))
    return blocks


_PROSE_START = re.compile(r"[a-zà-ÿ]+ ")


def _cut_off(body: list[_Piece], note: list[_Line], line: _Line) -> bool:
    """Does ``line``, after a footnote and a gap, go on with the sentence the footnote cut off
    rather than with the footnote? The body's last line leaves its sentence open but breaks no
    word ("persoons-" goes on with "gegevens", not a new word), the footnote's does not break
    one ("political-guidelines-next-" … "commission_en.pdf"), and the line reads as prose."""
    last = next((p.line for p in reversed(body) if p.line is not None), None)
    return (last is not None and not _TERMINAL.search(last.content)
            and not last.content.endswith("-")
            and not note[-1].content.endswith(("-", "/"))
            and _PROSE_START.match(line.content) is not None)


def _typical_width(lines: list[_Line]) -> int:
    lengths = sorted(len(line.content) for line in lines if len(line.content) > 20)
    # (at least 50: in a short text of a heading, a date line and one paragraph the median is
    # a heading's width, and "Den Haag, 10 maart 2025" would run into the paragraph after it)
    return max(lengths[len(lengths) // 2], 50) if lengths else 80


def _assemble(raw: str, pieces: list[_Piece], footnote_numbers: set[int], cls: _Classifier,
              width: int, footnote: bool = False) -> MappedText:
    out = MappedText()
    prev: tuple[str, bool] | None = None  # (clean text of the previous line, was a heading)
    gap = False
    first = True
    for piece in pieces:
        if piece.line is None:
            gap = True
            continue
        start, end = _content_span(piece.line)
        if first and footnote:  # drop the footnote's own number
            m = _FOOTNOTE_NUMBER.match(raw, start, end)
            start = m.end() if m else start
        first = False
        text = raw[start:end]
        if not text:
            gap = True
            continue
        heading = (bool(_HEADING_START.match(text)) or (len(text) >= 8 and text.isupper())
                   or (text[-1] == ")" and bool(_NUMBERED_HEADING.search(text))))
        if prev is not None:
            prev_text, prev_heading = prev
            if _boundary(prev_text, prev_heading, text, heading, gap, width):
                out.insert("\n\n")
            elif prev_text.endswith("-") and len(prev_text) > 1 and prev_text[-2].isalpha():
                _join_hyphen(out, prev_text, text, cls)
            else:
                out.insert(" ")
        line_text = _copy_line(out, raw, start, end, footnote_numbers, cls)
        prev = (line_text, heading)
        gap = False
    out.finish()
    return out


def _boundary(prev: str, prev_heading: bool, cur: str, heading: bool, gap: bool,
              width: int) -> bool:
    """Does a paragraph end between the previous line and this one?"""
    if heading or (gap and _SALUTATION.match(prev)):
        return True  # ("Geachte voorzitter," over the letter's first paragraph)
    if (" | " in prev and " | " in cur) or (gap and (" | " in prev or " | " in cur)):
        return True  # a table printed a row a line: "Wetsvoorstel … | najaar 2024"
    terminal = bool(_TERMINAL.search(prev))
    short = len(prev) < 0.6 * width
    # (a speaker's label opens a line however it is printed: "minister Hoekstra:")
    upper = _starts_upper(cur) or speaker_at(cur) is not None or (
        terminal and gap and _MOTION_PART.match(cur) is not None)
    if prev_heading and not terminal and upper and not _OPEN_END.search(prev) \
            and not _NUMBERED_QUESTION.match(prev):
        return True  # (a numbered line that ends in "is de" goes on: "5. Indien …, is de" over
        # "Minister dan bereid …", as a numbered question does: "4. Is de Minister bereid deze
        # zaak zo spoedig mogelijk in" over "Beneluxverband aan de orde te stellen …?")
    if gap and upper and not terminal and speaker_at(cur) is not None:
        return True  # a speaker's label after a blank line, whatever stands above it
    if gap and upper and _STAGE_DIRECTION.search(prev):
        return True  # "Dat is onmogelijk. (Hilariteit)", then the next speaker's label
    if gap and upper and _DATED_CLOSE.search(prev):
        return True  # "Vragen van het lid … over … (ingezonden 10 juni 2021)": a heading
    if terminal and (gap or short) and upper:
        return True
    return not terminal and short and upper and not prev.endswith((",", "-", "–", "(", "/")) \
        and not _OPEN_END.search(prev)


def _join_hyphen(out: MappedText, prev: str, cur: str, cls: _Classifier) -> None:
    """Undo end-of-line hyphenation, keeping hyphens that belong to the word."""
    left = _WORD_BEFORE_HYPHEN.search(prev)
    right = _FIRST_WORD.match(cur)
    if not left or not right or not _starts_lower(cur):
        out.insert(" " if right and right.group() in ("en", "of", "tot") else "")
        return
    word = f"{left.group(1)}-{right.group()}".lower()
    if right.group() in ("en", "of", "tot"):  # "wet- en regelgeving"
        out.insert(" ")
    elif left.group(1)[-1].isupper() or left.group(1)[-1].isdigit() or cls.hyphenated(word):
        pass  # "AI-systemen", "hoog-risico": the hyphen stays
    else:
        _drop_last_char(out)


def _drop_last_char(out: MappedText) -> None:
    """Remove the hyphen just copied (the last character of the last run)."""
    out.parts[-1] = out.parts[-1][:-1]
    out.length -= 1
    out.run_len[-1] -= 1
    if out.run_len[-1] == 0:
        out.run_clean.pop()
        out.run_orig.pop()
        out.run_len.pop()


def _copy_line(out: MappedText, raw: str, start: int, end: int, numbers: set[int],
               cls: _Classifier) -> str:
    """Copy a line without its footnote markers; return the clean line."""
    text = raw[start:end]
    # (start, end, footnote number, text put in its place) of what is cut from the line
    cuts: list[tuple[int, int, int | None, str]] = []
    if cls.superscripts:
        for m in _SUPERSCRIPT_RUN.finditer(text):
            cuts.append((m.start(), m.end(), int(m.group().translate(_SUPERSCRIPTS)), ""))
    if numbers:
        cuts += [(a - start, b - start, n, "") for a, b, n in cls.markers_in(start, end)
                 if n in numbers]
    if "- " in text:
        for m in _ACRONYM_HYPHEN_SPACE.finditer(text):
            cuts.append((m.start() + 1, m.end(), None, ""))
    cuts += [(at, at, None, " ") for at in cls.glue.points_between(start, end)]
    if "-" in text:
        cuts += [(at, at + 1, None, "") for at in cls.glue.hyphens_between(start, end)]
    if not cuts:
        out.copy(raw, start, end)
        return text
    cuts.sort(key=lambda cut: cut[:2])
    pos = 0
    kept = []
    for cut_start, cut_end, number, put in cuts:
        if cut_start < pos:
            continue
        out.copy(raw, start + pos, start + cut_start)
        kept.append(text[pos:cut_start])
        if number is not None:
            out.markers.append((out.length, number))
        if put:
            out.insert(put)
            kept.append(put)
        pos = cut_end
    out.copy(raw, start + pos, end)
    kept.append(text[pos:])
    return "".join(kept)
