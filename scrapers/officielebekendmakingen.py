"""Kamerstukken from officielebekendmakingen (KOOP): SRU 2.0 search responses and document XML.

``parse_search_response(data)`` reads one page of a searchRetrieve response into records with
the Kamerstuk's identifier (kst-36600-7), dossier, ondernummer, title, dates and item URLs;
``parse_kamerstuk(data)`` turns the document XML (``officiele-publicatie/kamerstuk``, paragraphs
in ``<al>``) into clean text with the footnotes kept apart. Both are pure and raise
``KoopError`` with a reason when the bytes are not what they should be.

Source quirks (noted November 2026, from KOOP's SRU manual and public consumers):
- Elements are matched by namespace URI, never by prefix; records carry ``overheidwetgeving:``
  metadata in three groups (owmskern, owmsmantel, tpmeta) that may come in any order.
- A query the server cannot parse still answers HTTP 200: a response with ``diagnostics`` and no
  ``numberOfRecords``.
- The server negotiates content: without ``httpAccept=application/xml`` it may answer JSON.
- The document XML puts footnotes inline, where their marker stands
  (``<al>… tekst<noot type="voet"><noot.nr>1</noot.nr><noot.al>…</noot.al></noot> …</al>``), and
  ``<?xpp …?>`` typesetting instructions inside words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from .text import dehyphenate, squash, web_url

SRU = "http://docs.oasis-open.org/ns/search-ws/sruResponse"
DIAGNOSTIC = "http://docs.oasis-open.org/ns/search-ws/diagnostic"
GZD = "http://standaarden.overheid.nl/sru"
OW = "http://standaarden.overheid.nl/wetgeving/"
DCTERMS = "http://purl.org/dc/terms/"
COLLECTION = "http://standaarden.overheid.nl/collectie/"

DEFAULT_QUERY = "c.product-area==officielepublicaties AND w.publicatienaam==Kamerstuk"
DOCUMENT_BASE = "https://zoek.officielebekendmakingen.nl"

# Never resolve entities or fetch DTDs: the bytes come from the network.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_comments=True)


class KoopError(ValueError):
    """The bytes are not a usable SRU response or Kamerstuk XML; the message says why."""


@dataclass(frozen=True)
class KoopRecord:
    """One search hit: a publication's metadata and where its manifestations live."""

    identifier: str  # kst-36600-7
    title: str | None = None
    doc_type: str | None = None  # dcterms:type, "Kamerstuk"
    creator: str | None = None
    issued: date | None = None
    available: date | None = None
    modified: str | None = None  # as the source writes it; a change means a new version
    dossier: str | None = None  # 36600-VII
    ondernummer: str | None = None
    vergaderjaar: str | None = None
    publicatienaam: str | None = None
    subrubriek: str | None = None  # Brief, Motie, Verslag …
    documenttitel: str | None = None
    preferred_url: str | None = None
    item_urls: dict[str, str] = field(default_factory=dict)  # manifestation -> URL
    notes: tuple[str, ...] = ()  # what was dropped from the record, for the sync's warnings

    @property
    def xml_url(self) -> str | None:
        return self.item_urls.get("xml")

    @property
    def html_url(self) -> str:
        return self.preferred_url or f"{DOCUMENT_BASE}/{self.identifier}.html"

    @property
    def date(self) -> date | None:
        return self.issued or self.available

    @property
    def chamber(self) -> str | None:
        return chamber_of(self.creator)


@dataclass(frozen=True)
class SearchPage:
    number_of_records: int
    next_position: int | None
    records: list[KoopRecord]
    problems: list[str]  # records skipped, with the reason


@dataclass(frozen=True)
class Footnote:
    number: str
    text: str


@dataclass(frozen=True)
class Kamerstuk:
    """A Kamerstuk's text: body paragraphs (footnote markers as [n]) and the footnotes apart."""

    body: str
    footnotes: tuple[Footnote, ...] = ()
    dossier: str | None = None
    ondernummer: str | None = None
    title: str | None = None
    chamber: str | None = None


def chamber_of(text: str | None) -> str | None:
    if not text:
        return None
    lowered = text.lower()
    if "tweede kamer" in lowered:
        return "TK"
    if "eerste kamer" in lowered:
        return "EK"
    return None


def build_query(base: str = DEFAULT_QUERY, *, since: date | None = None,
                dossiers: tuple[str, ...] | list[str] = ()) -> str:
    """The CQL of a search: the base, restricted to dossiers and to records modified since."""
    query = base
    if dossiers:
        terms = " OR ".join(f'w.dossiernummer=="{d.strip()}"' for d in dossiers)
        query += f" AND ({terms})" if len(dossiers) > 1 else f" AND {terms}"
    if since is not None:
        query += f" AND dt.modified>={since.isoformat()}"
    return query


def search_params(query: str, start: int = 1, maximum: int = 50) -> dict[str, str]:
    return {
        "operation": "searchRetrieve", "version": "2.0", "query": query,
        "startRecord": str(start), "maximumRecords": str(maximum),
        "httpAccept": "application/xml",
    }


# --- SRU search responses -------------------------------------------------------------------


def _xml(data: bytes, what: str):
    if not data.strip():
        raise KoopError(f"empty response where {what} was expected")
    head = data.lstrip()[:300].lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        title = re.search(rb"<title[^>]*>([^<]{1,120})", data, re.IGNORECASE)
        shown = f" ({squash(title.group(1).decode('utf-8', 'replace'))!r})" if title else ""
        raise KoopError(f"an HTML page{shown} where {what} was expected")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise KoopError(f"not well-formed XML where {what} was expected ({exc})") from None


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _text(el) -> str | None:
    if el is None:
        return None
    value = squash("".join(el.itertext()))
    return value or None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def parse_search_response(data: bytes) -> SearchPage:
    """One page of an SRU 2.0 searchRetrieve response."""
    root = _xml(data, "an SRU searchRetrieveResponse")
    if root.tag != f"{{{SRU}}}searchRetrieveResponse":
        raise KoopError(f"the root element is {root.tag!r}, not an SRU 2.0 "
                        f"{{{SRU}}}searchRetrieveResponse")
    count_el = root.find(f"{{{SRU}}}numberOfRecords")
    if count_el is None:
        messages = [_text(m) for m in root.iter(f"{{{DIAGNOSTIC}}}message")]
        if messages:
            raise KoopError("the server reports: " + "; ".join(m for m in messages if m))
        raise KoopError("the response has no numberOfRecords")
    try:
        count = int((count_el.text or "").strip())
    except ValueError:
        raise KoopError(f"numberOfRecords is {count_el.text!r}, not a number") from None
    next_el = root.find(f"{{{SRU}}}nextRecordPosition")
    next_position = None
    if next_el is not None and (next_el.text or "").strip():
        try:
            next_position = int(next_el.text.strip())
        except ValueError:
            raise KoopError(f"nextRecordPosition is {next_el.text!r}, not a number") from None
    records, problems = [], []
    for position, record in enumerate(root.iterfind(f"{{{SRU}}}records/{{{SRU}}}record"), 1):
        try:
            records.append(_record(record))
        except KoopError as exc:
            problems.append(f"record {position}: {exc}")
    return SearchPage(count, next_position, records, problems)


def _record(record) -> KoopRecord:
    gzd = record.find(f"{{{SRU}}}recordData/{{{GZD}}}gzd")
    if gzd is None:
        raise KoopError("no recordData/gzd:gzd")
    meta = gzd.find(f"{{{GZD}}}originalData/{{{OW}}}meta")
    if meta is None:
        raise KoopError("no originalData/overheidwetgeving:meta")

    def first(ns: str, name: str) -> str | None:
        for el in meta.iter(f"{{{ns}}}{name}"):
            value = _text(el)
            if value:
                return value
        return None

    identifier = first(DCTERMS, "identifier")
    if not identifier:
        raise KoopError("no dcterms:identifier")
    urls: dict[str, str] = {}
    notes: list[str] = []

    def link(raw: str | None) -> str | None:
        url = web_url(raw)
        if raw and url is None:
            notes.append(f"link {raw[:80]!r} dropped: not an http(s) address")
        return url

    enriched = gzd.find(f"{{{GZD}}}enrichedData")
    preferred = None
    if enriched is not None:
        for item in enriched.iter(f"{{{GZD}}}itemUrl"):
            kind, url = (item.get("manifestation") or "").lower(), link(_text(item))
            if kind and url:
                urls.setdefault(kind, url)
        preferred = link(_text(enriched.find(f"{{{GZD}}}preferredUrl")))
        plain = link(_text(enriched.find(f"{{{GZD}}}url")))
        if plain and plain.endswith(".xml"):
            urls.setdefault("xml", plain)
    dossier = first(OW, "dossiernummer")
    ondernummer = first(OW, "ondernummer")
    if identifier.startswith("kst-") and (not dossier or not ondernummer):
        guessed = split_identifier(identifier)
        dossier, ondernummer = dossier or guessed[0], ondernummer or guessed[1]
    return KoopRecord(
        identifier=identifier,
        title=first(DCTERMS, "title"),
        doc_type=first(DCTERMS, "type"),
        creator=first(DCTERMS, "creator"),
        issued=_date(first(DCTERMS, "issued")) or _date(first(DCTERMS, "date")),
        available=_date(first(DCTERMS, "available")),
        modified=first(DCTERMS, "modified") or first(DCTERMS, "available"),
        dossier=dossier,
        ondernummer=ondernummer,
        vergaderjaar=first(OW, "vergaderjaar"),
        publicatienaam=first(OW, "publicatienaam"),
        subrubriek=first(OW, "subrubriek"),
        documenttitel=first(OW, "documenttitel"),
        preferred_url=preferred,
        item_urls=urls,
        notes=tuple(notes),
    )


_KST = re.compile(r"^kst-(?P<dossier>.+)-(?P<nr>[^-]+)$")


def split_identifier(identifier: str) -> tuple[str | None, str | None]:
    """kst-36600-VII-7 -> ("36600-VII", "7"); anything else -> (None, None)."""
    m = _KST.match(identifier)
    return (m.group("dossier"), m.group("nr")) if m else (None, None)


# --- Kamerstuk XML ----------------------------------------------------------------------------

# Elements that are one paragraph each (their children are inline).
_PARAGRAPHS = frozenset({"al", "tussenkop", "kop", "stuknr", "dossier", "tekstregel", "li",
                         "row", "naam", "functie", "plaats.datum", "dagtekening", "ondertekening",
                         "slotformulering", "titel", "aanhef.brief", "sluiting"})
# Inline children that need a space around them ("<nr>1.</nr><titel>Inleiding</titel>").
_SPACED = frozenset({"nr", "titel", "dossiernr", "dossiernummer", "li.nr", "entry", "ondernummer",
                     "naam", "functie", "voornaam", "achternaam"})
_SEPARATOR = "\x1e"  # between paragraphs while the text is dehyphenated as a whole
_SKIPPED = frozenset({"metadata", "meta", "kamerstukkop", "colofon", "illustratie",
                      "tbl-graphic", "graphic"})


def parse_kamerstuk(data: bytes) -> Kamerstuk:
    """Clean text of a Kamerstuk's XML; footnotes kept apart, hyphenation undone."""
    root = _xml(data, "Kamerstuk XML")
    if not isinstance(root.tag, str) or etree.QName(root).namespace:
        raise KoopError(f"the root element is {root.tag!r}; Kamerstuk XML has no namespace")
    if root.tag != "officiele-publicatie":
        raise KoopError(f"the root element is <{root.tag}>, not <officiele-publicatie>")
    stuk = root.find("kamerstuk")
    if stuk is None:
        raise KoopError("no <kamerstuk> in the publication (another kind of publication?)")
    footnotes: list[Footnote] = []
    paragraphs: list[str] = []
    _paragraphs(stuk, paragraphs, footnotes)
    # One pass over the whole text, so a word's spelling elsewhere decides its hyphen.
    cleaned = [squash(p) for p in dehyphenate(
        _SEPARATOR.join(paragraphs + [f.text for f in footnotes]).replace("\u00ad", "")
    ).split(_SEPARATOR)]
    body = "\n\n".join(p for p in cleaned[:len(paragraphs)] if p)
    notes = cleaned[len(paragraphs):]
    if not body:
        raise KoopError("the Kamerstuk has no text")
    chamber = None
    for line in root.iter("tekstregel"):
        chamber = chamber or chamber_of(_text(line))
    dossier_nr = _text(stuk.find("dossier/dossiernummer/dossiernr"))
    return Kamerstuk(
        body=body,
        footnotes=tuple(Footnote(f.number, text) for f, text in zip(footnotes, notes,
                                                                     strict=True)),
        dossier=re.sub(r"\s+", "", dossier_nr).replace("\u00a0", "") if dossier_nr else None,
        ondernummer=_text(stuk.find("stuk/stuknr/ondernummer")),
        title=_without_notes(stuk.find("stuk/titel")),
        chamber=chamber,
    )


def _paragraphs(el, out: list[str], notes: list[Footnote]) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if not tag or tag in _SKIPPED:
            continue
        if tag == "noot":
            _note(child, notes)  # a footnote outside a paragraph: no marker to place
        elif tag == "li" and _has_paragraph_child(child):
            number = _text(child.find("li.nr"))
            items: list[str] = []
            _paragraphs(child, items, notes)
            if number and items:
                items[0] = f"{number} {items[0]}"
            out.extend(items)
        elif tag == "li.nr":
            continue  # placed before the item's first paragraph
        elif tag in _PARAGRAPHS and not _has_paragraph_child(child):
            out.append(_inline(child, notes))
        else:
            _paragraphs(child, out, notes)


def _has_paragraph_child(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag in ("al", "lijst", "li", "divisie", "table",
                                                     "tgroup") for c in el)


def _inline(el, notes: list[Footnote]) -> str:
    parts = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "noot":
            number = _note(child, notes)
            parts.append(f"[{number}]")
        elif tag in _SKIPPED or not tag:
            pass  # processing instructions (<?xpp …?>) and comments add nothing
        elif tag == "br":
            parts.append("\n")
        else:
            inner = _inline(child, notes)
            parts.append(f" {inner} " if tag in _SPACED or tag == "entry" else inner)
        parts.append(child.tail or "")
    return "".join(parts)


def _without_notes(el) -> str | None:
    if el is None:
        return None
    return squash(re.sub(r"\[[^\]]*\]", "", _inline(el, []))) or None


def _note(el, notes: list[Footnote]) -> str:
    number = _text(el.find("noot.nr")) or str(len(notes) + 1)
    bodies = [_inline(part, notes) for part in el if isinstance(part.tag, str)
              and part.tag != "noot.nr"]
    notes.append(Footnote(number, " ".join(bodies)))
    return number
