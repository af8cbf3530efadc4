"""The Eerste Kamer's toezeggingenregistratie: commitment pages and per-ministry rappel pages.

``parse_page(data, url)`` finds every commitment on a page ("Toezegging <titel> (<dossiers>)
(T01234)" followed by its text, its Kerngegevens, "Uit de stukken", "Brondocumenten" and
"Historie") and returns them as ``EKCommitment`` records. Pure: bytes in, records out.

Source quirks (November 2026): the registry has no API or feed and its HTML is not documented,
so the parser reads the page as the visitor sees it: headings, lines, and label/value pairs,
whether the labels stand in a table (the rappel pages put "Nummer | T01970" in table rows), in a
definition list, or at the start of a line ("Status openstaand"). CSS classes are never used.
Committees set new deadlines by overwriting the old one on the page; only the "Historie"
section (when shown) remembers the move, so the importer keeps its own deadline history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .text import (
    Block,
    decode_html,
    find_dates,
    html_blocks,
    parse_dutch_date,
    parse_html,
    squash,
    web_url,
)

NUMBER = re.compile(r"\bT\d{5}\b")
_HEADING = re.compile(r"^Toezegging\s+(?P<title>.+?)\s*\(\s*(?P<number>T\d{5})\s*\)\s*$",
                      re.IGNORECASE | re.DOTALL)
# The dossiers at the end of a title: "(33.344)", "(22.112 / 31.544, CK)", "(CXLVII)".
_DOSSIERS = re.compile(
    r"\s*\((?P<dossiers>(?:\d{2}\.\d{3}|[CDILMVX]{2,})[^()]*)\)\s*$"
)
# "Status gewijzigd in voldaan", "status gewijzigd naar deels voldaan": the status words of the
# registry (sources.md), longest first.
_STATUS_CHANGE = re.compile(
    r"\bstatus\b[^.;]*?\b(?:in|naar|op)\s+[\"'‘“]?(?P<status>deels\s+voldaan|"
    r"deels\s+afgedaan|openstaand|voldaan|afgedaan|vervallen|niet\s+nagekomen)\b",
    re.IGNORECASE)
_CITATION = re.compile(r"^(?:Handelingen|Kamerstukken|Stenogram)\s+(?:I|II|EK|TK)\b\s*\d{4}",
                       re.IGNORECASE)

# Visible labels -> fields. Spellings seen and plausible; matched without case and colon.
LABELS: dict[str, str] = {
    "nummer": "number",
    "status": "status",
    "datum toezegging": "made_on",
    "deadline": "deadline",
    "verantwoordelijke(n)": "responsible",
    "verantwoordelijke": "responsible",
    "verantwoordelijken": "responsible",
    "voormalige verantwoordelijke(n)": "former_responsible",
    "voormalige verantwoordelijke": "former_responsible",
    "voormalig verantwoordelijke(n)": "former_responsible",
    "huidige verantwoordelijke(n)": "current_responsible",
    "huidige verantwoordelijke": "current_responsible",
    "kamerleden": "members",
    "kamerlid": "members",
    "commissie": "committee",
    "commissie(s)": "committee",
    "soort activiteit": "activity_type",
    "categorie": "category",
    "onderwerpen": "subjects",
    "onderwerp": "subjects",
    "kamerstukken": "kamerstukken",
    "kamerstuk": "kamerstukken",
}
# The labels that make a commitment: a block with a T-number but without these is a page this
# parser does not understand (a changed layout, a truncated page), not an empty commitment.
# Field -> the label as the page shows it.
REQUIRED = {"status": "Status", "made_on": "Datum toezegging",
            "responsible": "Verantwoordelijke(n)", "committee": "Commissie"}
# Fields that hold several values, one a line.
MULTI = frozenset({"responsible", "former_responsible", "current_responsible", "members",
                   "subjects", "kamerstukken"})
SECTIONS = {"kerngegevens": "core", "uit de stukken": "quotes", "brondocumenten": "documents",
            "historie": "history"}
_LABEL_LINE = re.compile(
    r"^(?P<label>" + "|".join(re.escape(k) for k in sorted(LABELS, key=len, reverse=True))
    + r")(?:\s*:\s*|\s+|$)(?P<value>.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quote:
    citation: str | None
    text: str


@dataclass(frozen=True)
class HistoryItem:
    """One line of the page's "Historie"; a deadline move when it names the new deadline, a
    status change when it names the new status ("Status gewijzigd in voldaan")."""

    date: date | None
    text: str
    deadline_from: date | None = None
    deadline_to: date | None = None
    status_to: str | None = None  # raw, as the page writes it


@dataclass(frozen=True)
class SourceDocument:
    title: str
    url: str | None = None


@dataclass(frozen=True)
class EKCommitment:
    number: str  # T03670
    text: str
    title: str | None = None
    dossiers: tuple[str, ...] = ()
    status: str | None = None  # raw: openstaand, deels voldaan, voldaan
    made_on: date | None = None
    deadline: date | None = None
    deadline_raw: str | None = None
    responsible: tuple[str, ...] = ()
    former_responsible: tuple[str, ...] = ()
    current_responsible: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    committee: str | None = None
    activity_type: str | None = None
    category: str | None = None
    subjects: tuple[str, ...] = ()
    kamerstukken: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    history: tuple[HistoryItem, ...] = ()
    documents: tuple[SourceDocument, ...] = ()
    url: str | None = None
    problems: tuple[str, ...] = ()
    # Labels of REQUIRED not found for this commitment (their visible names).
    missing: tuple[str, ...] = ()

    @property
    def responsible_now(self) -> tuple[str, ...]:
        """Who answers for it today: the current responsible, else the only ones named."""
        return self.current_responsible or self.responsible

    @property
    def ministry(self) -> str | None:
        for office in self.responsible_now:
            ministry = ministry_of(office)
            if ministry:
                return ministry
        return None


@dataclass(frozen=True)
class EKPage:
    commitments: list[EKCommitment]
    problems: list[str] = field(default_factory=list)
    truncated: bool = False  # the page stops before its end: nothing on it is read


# --- ministries ----------------------------------------------------------------------------

# Ministers without a ministry of their own ("Minister voor Rechtsbescherming") answer for a
# part of another ministry. The list covers the portfolios of the last cabinets.
_PORTFOLIOS = {
    "rechtsbescherming": "Justitie en Veiligheid",
    "migratie": "Justitie en Veiligheid",
    "asiel en migratie": "Asiel en Migratie",
    "primair en voortgezet onderwijs": "Onderwijs, Cultuur en Wetenschap",
    "basis- en voortgezet onderwijs en media": "Onderwijs, Cultuur en Wetenschap",
    "medische zorg": "Volksgezondheid, Welzijn en Sport",
    "medische zorg en sport": "Volksgezondheid, Welzijn en Sport",
    "langdurige zorg, jeugd en sport": "Volksgezondheid, Welzijn en Sport",
    "klimaat en energie": "Economische Zaken en Klimaat",
    "klimaat en groene groei": "Klimaat en Groene Groei",
    "buitenlandse handel en ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "buitenlandse handel en ontwikkelingshulp": "Buitenlandse Zaken",
    "armoedebeleid, participatie en pensioenen": "Sociale Zaken en Werkgelegenheid",
    "volkshuisvesting en ruimtelijke ordening": "Volkshuisvesting en Ruimtelijke Ordening",
    "natuur en stikstof": "Landbouw, Natuur en Voedselkwaliteit",
    "koninkrijksrelaties en digitalisering": "Binnenlandse Zaken en Koninkrijksrelaties",
    "digitalisering en koninkrijksrelaties": "Binnenlandse Zaken en Koninkrijksrelaties",
}
_OFFICE = re.compile(
    r"^(?:de\s+)?(?:minister(?:-president)?|staatssecretaris|viceminister)\s+"
    r"(?:(?P<prep>van|voor)\s+)?(?P<portfolio>.+)$",
    re.IGNORECASE,
)


def ministry_of(office: str) -> str | None:
    """The ministry of an office: "Staatssecretaris van Binnenlandse Zaken en
    Koninkrijksrelaties - Digitalisering" -> "Binnenlandse Zaken en Koninkrijksrelaties"."""
    office = squash(office)
    if re.match(r"^(?:de\s+)?minister-president\b", office, re.IGNORECASE):
        return "Algemene Zaken"
    m = _OFFICE.match(office)
    if not m:
        return None
    portfolio = re.split(r"\s+[-–—]\s+|\s*\(", m.group("portfolio"))[0].strip(" .,")
    prep = (m.group("prep") or "").lower()
    if prep == "voor":
        return _PORTFOLIOS.get(portfolio.lower(), portfolio)
    if not prep:  # "staatssecretaris Koninkrijksrelaties en Digitalisering"
        return _PORTFOLIOS.get(portfolio.lower())
    return portfolio or None


# --- parsing -------------------------------------------------------------------------------


def parse_page(data: bytes, url: str | None = None, content_type: str | None = None,
              base_url: str | None = None) -> EKPage:
    """Every commitment on a registry page (a commitment page or a rappel overview).

    ``url`` is where the page came from; ``base_url`` resolves its relative links when it was
    saved to a file (default: ``url``)."""
    if is_truncated(data):
        # HTML parsers close what is left open, so a page cut off mid-record would read as a
        # commitment missing its last fields (or a new one, cut at its heading).
        return EKPage([], ["the page stops before its end (no closing </html>): cut off in "
                           "transfer or saved incompletely; nothing on it was read"],
                      truncated=True)
    root = parse_html(decode_html(data, content_type))
    blocks = html_blocks(root)
    starts = [i for i, b in enumerate(blocks) if b.kind != "pair" and _HEADING.match(b.text)]
    if not starts:
        start = _single_commitment_start(blocks)
        if start is None:
            return EKPage([], ["no commitment (a 'Toezegging … (T01234)' heading or a "
                               "'Nummer T01234' label) on the page"])
        starts = [start]
    commitments, problems = [], []
    for begin, end in zip(starts, [*starts[1:], len(blocks)], strict=True):
        record = _commitment(_scoped(blocks, begin, end), base_url or url,
                             url if len(starts) == 1 else None)
        if record is None:
            problems.append(f"block at '{blocks[begin].text[:60]}' has no T-number")
            continue
        commitments.append(record)
        problems.extend(f"{record.number}: {p}" for p in record.problems)
    return EKPage(commitments, problems)


_HTML_END = re.compile(rb"</\s*html\s*>", re.IGNORECASE)


def is_truncated(data: bytes) -> bool:
    """Whether a registry page stops before its closing ``</html>`` (every page the registry
    serves ends with one; a comment or whitespace may follow)."""
    return _HTML_END.search(data[-4096:]) is None


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] if path.count("/") > 1 else ""


def _within(path: str, scope: str) -> bool:
    return path == scope or path.startswith(scope + "/")


def _is_field(block: Block) -> bool:
    if block.kind == "pair":
        return _label(block.text) in LABELS
    return block.kind == "line" and bool(_LABEL_LINE.match(block.text))


def _scoped(blocks: list[Block], begin: int, end: int) -> list[Block]:
    """A commitment's blocks: those after its heading inside the element that holds the
    heading (so a page footer after the last one is not part of it). The element is widened
    while it holds none of the commitment's labelled values."""
    head = blocks[begin]
    scope = _parent(head.path)
    while scope:
        inside = [b for b in blocks[begin + 1:end] if _within(b.path, scope)]
        if any(_is_field(b) for b in inside):
            return [head, *inside]
        scope = _parent(scope)
    return blocks[begin:end]


def _label(text: str) -> str:
    return squash(text).rstrip(":").strip().lower()


def _single_commitment_start(blocks: list[Block]) -> int | None:
    """A page about one commitment without the usual heading: find its Nummer, start at the
    heading above it."""
    for i, block in enumerate(blocks):
        value = None
        if block.kind == "pair" and LABELS.get(_label(block.text)) == "number":
            value = " ".join(block.values)
        elif block.kind == "line":
            m = _LABEL_LINE.match(block.text)
            if m and LABELS[m.group("label").lower()] == "number":
                value = m.group("value")
        if value and NUMBER.search(value):
            headings = [j for j in range(i) if blocks[j].kind == "heading"]
            return headings[-1] if headings else 0
    return None


def _commitment(blocks: list[Block], base_url: str | None,
                page_url: str | None) -> EKCommitment | None:
    head = blocks[0]
    title, number = None, None
    m = _HEADING.match(head.text)
    body = blocks[1:]
    if m:
        title, number = squash(m.group("title")), m.group("number").upper()
    elif head.kind == "heading":
        title = head.text
    else:
        body = blocks
    dossiers: tuple[str, ...] = ()
    if title:
        d = _DOSSIERS.search(title)
        if d:
            dossiers = tuple(x for x in (squash(p) for p in re.split(r"\s*/\s*|,\s*",
                                                                      d.group("dossiers"))) if x)
            title = title[: d.start()].strip()
    parts = _Sections(base_url)
    for block in body:
        parts.feed(block)
    fields, problems = parts.fields, list(parts.problems)
    url = _link(head.href, base_url, problems) if head.href else None
    url = url or web_url(page_url)
    given = _first(fields.get("number"))
    if given:
        found = NUMBER.search(given.upper())
        if found and number and found.group(0) != number:
            problems.append(f"heading says {number}, Nummer says {found.group(0)}")
        number = number or (found.group(0) if found else None)
    if not number:
        return None
    text = "\n".join(parts.text) or title or number
    if not parts.text:
        problems.append("no commitment text")
    found = {name for name, values in fields.items() if values}
    if found & {"former_responsible", "current_responsible"}:
        found.add("responsible")
    missing = tuple(label for name, label in REQUIRED.items() if name not in found)
    made_on, _raw = _date_field(fields, "made_on", problems)
    deadline, deadline_raw = _date_field(fields, "deadline", problems)
    return EKCommitment(
        number=number,
        text=text,
        title=title,
        dossiers=dossiers,
        status=_first(fields.get("status")),
        made_on=made_on,
        deadline=deadline,
        deadline_raw=deadline_raw,
        responsible=tuple(fields.get("responsible", ())),
        former_responsible=tuple(fields.get("former_responsible", ())),
        current_responsible=tuple(fields.get("current_responsible", ())),
        members=tuple(_members(fields.get("members", ()))),
        committee=_joined(fields.get("committee")),
        activity_type=_joined(fields.get("activity_type")),
        category=_joined(fields.get("category")),
        subjects=tuple(fields.get("subjects", ())),
        kamerstukken=tuple(fields.get("kamerstukken", ())),
        quotes=tuple(parts.quotes()),
        history=tuple(_history(parts.history_lines)),
        documents=tuple(parts.documents),
        url=url,
        problems=tuple(problems),
        missing=missing,
    )


class _Sections:
    """Reads a commitment's blocks in order: text, Kerngegevens, quotes, documents, history."""

    def __init__(self, page_url: str | None) -> None:
        self.page_url = page_url
        self.section = "text"
        self.text: list[str] = []
        self.fields: dict[str, list[str]] = {}
        self.current: str | None = None
        self.quote_parts: list[tuple[str | None, list[str]]] = []
        self.documents: list[SourceDocument] = []
        self.history_lines: list[str] = []
        self.problems: list[str] = []

    def feed(self, block: Block) -> None:
        section = SECTIONS.get(_label(block.text)) if block.kind != "pair" else None
        if section:
            self.section, self.current = section, None
            return
        if block.kind == "heading":
            if self.section != "text":
                # a heading this parser does not know ("Gerelateerd", "Zie ook"): what follows
                # is not part of the section before it
                self.section, self.current = "other", None
            return  # in the text part: a subtitle
        if block.kind == "pair":
            self._pair(block)
        elif self.section in ("text", "core") or (
                self.section == "other" and _LABEL_LINE.match(block.text)):
            self._line(block)
        else:
            self._other(block)

    def _pair(self, block: Block) -> None:
        field_name = LABELS.get(_label(block.text))
        if field_name and self.section in ("text", "core", "other"):
            self.section, self.current = "core", field_name
            self.fields.setdefault(field_name, []).extend(block.values)
        elif self.section == "history":
            self.history_lines.append(" ".join((block.text, *block.values)))
        elif self.section == "documents":
            self.documents.append(self._document(" ".join((block.text, *block.values)),
                                                 block.href))
        elif self.section == "quotes":
            self._quote_line(" ".join((block.text, *block.values)))
        elif block.values:
            self.problems.append(f"unknown label {block.text!r}")

    def _line(self, block: Block) -> None:
        m = _LABEL_LINE.match(block.text)
        if m and (self.section != "text" or self.text):
            field_name = LABELS[m.group("label").lower()]
            self.section, self.current = "core", field_name
            values = self.fields.setdefault(field_name, [])
            if m.group("value").strip():
                values.append(squash(m.group("value")))
            return
        if self.section == "text":
            if block.kind == "line":
                self.text.append(block.text)
            return
        if _CITATION.match(block.text):
            self.section = "quotes"
            self._quote_line(block.text)
            return
        if self.current and (self.current in MULTI or not self.fields.get(self.current)):
            self.fields.setdefault(self.current, []).append(block.text)
            return
        self.section = "quotes"  # text after the Kerngegevens: a quote without its citation
        self._quote_line(block.text)

    def _other(self, block: Block) -> None:
        if self.section == "quotes":
            self._quote_line(block.text)
        elif self.section == "documents":
            self.documents.append(self._document(block.text, block.href))
        elif self.section == "history":
            self.history_lines.append(block.text)

    def _quote_line(self, line: str) -> None:
        if _CITATION.match(line) or not self.quote_parts:
            citation = line if _CITATION.match(line) else None
            self.quote_parts.append((citation, [] if citation else [line]))
        else:
            self.quote_parts[-1][1].append(line)

    def quotes(self) -> list[Quote]:
        return [Quote(citation, "\n".join(lines)) for citation, lines in self.quote_parts]

    def _document(self, title: str, href: str | None) -> SourceDocument:
        return SourceDocument(title, _link(href, self.page_url, self.problems))


def _link(href: str | None, base: str | None, problems: list[str]) -> str | None:
    """An http(s) link, or None; a link of another scheme (javascript:, data:, file:) is
    dropped with a problem. (A relative link on a page read without its address is just
    dropped: it cannot be resolved.)"""
    url = web_url(href, base)
    if href and url is None and re.match(r"^\s*[a-zA-Z][a-zA-Z0-9+.-]*:", href):
        problems.append(f"link {href.strip()[:80]!r} dropped: not an http(s) address")
    return url


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def _joined(values: list[str] | None) -> str | None:
    return "; ".join(values) if values else None


def _date_field(fields: dict[str, list[str]], name: str,
                problems: list[str]) -> tuple[date | None, str | None]:
    raw = _first(fields.get(name))
    if not raw:
        return None, None
    value = parse_dutch_date(raw)
    if value is None:
        problems.append(f"{name}: {raw!r} is not a date")
    return value, raw


def _members(values) -> list[str]:
    # "A (CDA) B (VVD)" in one cell: every member ends with their group in brackets.
    out = []
    for value in values:
        out.extend(p for p in (squash(x) for x in re.split(r"(?<=\))\s+(?=[^\s(])", value)) if p)
    return out


def _history(lines: list[str]) -> list[HistoryItem]:
    items = []
    previous_to: date | None = None
    for line in lines:
        dates = find_dates(line)
        when = dates[0][0] if dates and dates[0][1] <= 2 else None
        if when is None and line.lower().startswith("datum"):
            continue  # the header row of a Historie table
        text = squash(line[dates[0][2]:] if when else line).lstrip(":-–— ").strip()
        moved_from = moved_to = None
        if "deadline" in line.lower():
            named = [d for d, start, _end in dates if not (when and start <= 2)]
            if len(named) >= 2:
                moved_from, moved_to = named[-2], named[-1]
            elif len(named) == 1:
                moved_from, moved_to = previous_to, named[0]
            if moved_to:
                previous_to = moved_to
        status = _STATUS_CHANGE.search(line)
        status_to = " ".join(status.group("status").lower().split()) if status else None
        items.append(HistoryItem(when, text or line, moved_from, moved_to, status_to))
    return items
