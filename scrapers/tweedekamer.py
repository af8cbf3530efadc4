"""Tweede Kamer SyncFeed pages (Atom) -> plain records. Pure: bytes in, dataclasses out.

A page is parsed at once when it is of a usual size, and read as a stream (lxml ``iterparse``,
each entry cleared once read) when it is larger, so memory stays bounded however many entries a
page holds. Elements are matched on their namespace URI, never on
a prefix. ``SyncFeedPage`` yields one ``Entry`` per good entry and one ``BadEntry`` (entry id,
skiptoken, reason) per malformed one; after iteration it knows the page's ``next`` and
``resume`` links. A page that is not well-formed XML raises ``PageError``.

Quirks of the live feed, from ``shared/reference/sources.md`` (gathered 2026-11), handled here:
- Toezegging payloads arrive as ``ns1:toezegging`` instead of ``tk:toezegging``: same namespace
  URI, so both are read the same way.
- ``bijgewerkt`` comes with an offset (``+0100``, no colon) on Toezegging, and with 7-digit
  fractions and no offset (UTC, says the XSD) on the other entities.
- ``verwijderd`` is ``true``, ``false`` and also ``True``: compared without case.
- ``datumNakoming`` is ``0001-01-01T00:00:00Z`` when there is no deadline: read as no date.
- ``kamerbriefNakoming`` occurs twice in some payloads although the XSD allows one: all kept.
- An undocumented ``toegezegdAan`` relation, sometimes empty: kept when it names something.
- ``status`` outside the XSD's list (``Afgedaan``, ``Deels Afgedaan``) or empty: kept raw;
  normalising is the importer's business.
- ``xsi:nil="true"`` and empty elements both mean "no value"; any field may be missing.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from lxml import etree

from .text import web_url

ATOM = "http://www.w3.org/2005/Atom"
TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"

_TK_TAG = f"{{{TK}}}"
_ENTRY = f"{{{ATOM}}}entry"
_LINK = f"{{{ATOM}}}link"
_FEED = f"{{{ATOM}}}feed"
_TITLE = f"{{{ATOM}}}title"
_ID = f"{{{ATOM}}}id"
_CONTENT = f"{{{ATOM}}}content"
_TK_ANY = f"{{{TK}}}*"  # any element in the TK namespace, whatever its prefix

# The categories this module turns into records; the feed has many more (Zaak, Vergadering …).
CATEGORIES = ("Toezegging", "Activiteit", "Document", "Kamerstukdossier", "Persoon", "Fractie")

_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DATETIME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:T(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.(?P<frac>\d+))?)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?$"
)

# 2025-11-04T09:30:00[.1234567][Z|+0100|+01:00|-05]: what datetime.fromisoformat may read.
_FEED_DATETIME = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d(?::?\d\d)?)?\Z")
_MAX_OFFSET = timedelta(hours=14)


class PageError(ValueError):
    """A page that cannot be read at all (not XML, not an Atom feed)."""


class FieldError(ValueError):
    """One field of an entry has a value that cannot be read; the entry is skipped."""


# --- records -------------------------------------------------------------------------------
# Field names follow the XSD's element names (snake_case), so the mapping stays visible.


@dataclass(frozen=True)
class Toezegging:
    id: str
    bijgewerkt: datetime | None
    nummer: str | None = None
    tekst: str | None = None
    aanmaakdatum: datetime | None = None
    aanmaakdag: date | None = None  # the calendar day of aanmaakdatum as written
    activiteit: str | None = None  # ref (GUID) of the Activiteit
    activiteit_nummer: str | None = None  # 2024A05766
    naam: str | None = None
    achternaam: str | None = None
    initialen: str | None = None
    tussenvoegsel: str | None = None
    voornaam: str | None = None
    achtervoegsel: str | None = None
    titulatuur: str | None = None
    functie: str | None = None
    status: str | None = None  # raw
    datum_nakoming: date | None = None  # None also for the 0001-01-01 sentinel
    kamerbrief_nakoming: tuple[str, ...] = ()  # document numbers, 2025D33508
    ministerie: str | None = None
    is_herhaling_van: tuple[str, ...] = ()  # refs (GUIDs) of other toezeggingen
    is_aanvulling_op: tuple[str, ...] = ()
    is_wijziging_van: tuple[str, ...] = ()
    toegezegd_aan: tuple[str, ...] = ()  # refs or names (fractie, persoon, undocumented)
    toegezegd_aan_persoon: str | None = None  # ref (GUID) of the Persoon it was made to
    toegezegd_aan_fractie: str | None = None  # ref (GUID) of the Fractie it was made to


@dataclass(frozen=True)
class Persoon:
    """A person (a member, a minister): whom a toezegging was made to."""

    id: str
    bijgewerkt: datetime | None
    nummer: str | None = None
    titels: str | None = None
    initialen: str | None = None
    tussenvoegsel: str | None = None
    achternaam: str | None = None
    voornamen: str | None = None
    roepnaam: str | None = None
    functie: str | None = None
    fractielabel: str | None = None  # the party they sit for, as the Kamer labels it

    @property
    def name(self) -> str | None:
        """"J.A. van der Berg": initials, tussenvoegsel and surname, as the Kamer writes them."""
        parts = [self.initialen or self.roepnaam, self.tussenvoegsel, self.achternaam]
        return " ".join(p for p in parts if p) or None


@dataclass(frozen=True)
class Fractie:
    """A parliamentary party group."""

    id: str
    bijgewerkt: datetime | None
    nummer: str | None = None
    afkorting: str | None = None  # GL-PvdA
    naam_nl: str | None = None


@dataclass(frozen=True)
class Activiteit:
    id: str
    bijgewerkt: datetime | None
    nummer: str | None = None
    soort: str | None = None  # Commissiedebat, Plenair debat, …
    onderwerp: str | None = None
    datum: date | None = None
    status: str | None = None
    voortouwcommissie: str | None = None  # ref
    voortouwnaam: str | None = None  # vaste commissie voor Digitale Zaken
    voortouwafkorting: str | None = None  # DiZa


@dataclass(frozen=True)
class Document:
    id: str
    bijgewerkt: datetime | None
    document_nummer: str | None = None  # 2025D33508
    soort: str | None = None  # Brief regering, Motie, …
    titel: str | None = None
    onderwerp: str | None = None
    datum: date | None = None
    volgnummer: int | None = None  # the ondernummer within its Kamerstukdossier
    kamerstukdossier: str | None = None  # ref
    vergaderjaar: str | None = None
    kamer: str | None = None
    enclosure: str | None = None  # URL of the file (rel="enclosure"), when there is one


@dataclass(frozen=True)
class Kamerstukdossier:
    id: str
    bijgewerkt: datetime | None
    nummer: str | None = None  # 36600
    toevoeging: str | None = None  # VII
    titel: str | None = None
    afgesloten: bool | None = None


@dataclass(frozen=True)
class Verwijderd:
    """A tombstone: the entity was deleted at the source."""

    soort: str  # toezegging, activiteit, …
    id: str
    bijgewerkt: datetime | None


Record = Toezegging | Activiteit | Document | Kamerstukdossier | Persoon | Fractie | Verwijderd


@dataclass(frozen=True)
class Entry:
    """One good entry: its payload's kind, the entity id, where to resume after it, the record.

    ``record`` is None for a kind this module does not read (the entry is still a position
    in the feed).
    """

    kind: str  # the payload's local name: toezegging, activiteit, document, …
    id: str
    skiptoken: str | None
    url: str | None  # the entry's <id>: …/SyncFeed/2.0/Entiteiten/<guid>
    record: Record | None


@dataclass(frozen=True)
class BadEntry:
    """An entry that could not be read; reported and skipped, the feed goes on."""

    entry_id: str | None
    skiptoken: str | None
    reason: str


# --- the page ------------------------------------------------------------------------------


class SyncFeedPage:
    """One SyncFeed page, read as a stream. Iterate for entries; then ``next_url``/``resume_url``.

    ``source`` names the page in error messages (its URL, a file name).
    """

    def __init__(self, data: bytes, source: str = "page") -> None:
        self.data = data
        self.source = source
        self.next_url: str | None = None
        self.resume_url: str | None = None
        self.entries = 0  # good and bad, counted while iterating

    @property
    def next_skiptoken(self) -> str | None:
        return skiptoken_of(self.next_url)

    def __iter__(self) -> Iterator[Entry | BadEntry]:
        if not self.data or self.data.isspace():  # (strip() would copy the page)
            raise PageError(f"{self.source}: empty response")
        root = _whole(self.data) if len(self.data) <= WHOLE_PAGE_BYTES else None
        if root is None:
            yield from self._stream()
            return
        if root.tag != _FEED:
            raise PageError(f"{self.source}: not an Atom feed (root element {root.tag})")
        for elem in root.iterchildren(_ENTRY, _LINK):
            if elem.tag == _ENTRY:
                self.entries += 1
                yield read_entry(elem)
            else:
                rel = elem.get("rel")
                if rel == "next":
                    self.next_url = elem.get("href")
                elif rel == "resume":
                    self.resume_url = elem.get("href")

    def _stream(self) -> Iterator[Entry | BadEntry]:
        """The page read as a stream: a page too large to hold as a tree, or one that breaks
        off (the entries before the break are still read), or one with entries below others."""
        # Only the ends of entries and links are events: the loop below runs once per entry.
        events = etree.iterparse(
            io.BytesIO(self.data), events=("end",), tag=(_ENTRY, _LINK),
            resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False,
        )
        root = None
        try:
            for _event, elem in events:
                if root is None:
                    root = elem.getroottree().getroot()
                    if root.tag != _FEED:
                        raise PageError(f"{self.source}: not an Atom feed "
                                        f"(root element {root.tag})")
                if elem.tag == _ENTRY:
                    self.entries += 1
                    yield read_entry(elem)
                    # Entries are read once: drop them and what came before (flat memory).
                    elem.clear(keep_tail=False)
                    parent = elem.getparent()
                    while elem.getprevious() is not None:
                        del parent[0]
                elif elem.getparent() is root:
                    rel = elem.get("rel")
                    if rel == "next":
                        self.next_url = elem.get("href")
                    elif rel == "resume":
                        self.resume_url = elem.get("href")
        except etree.XMLSyntaxError as exc:
            raise PageError(f"{self.source}: not well-formed XML ({exc})") from None
        if root is None:
            root = events.root
            if root is None or root.tag != _FEED:
                raise PageError(f"{self.source}: not an Atom feed"
                                + (f" (root element {root.tag})" if root is not None else ""))


# A page up to this size is parsed at once into a tree (a SyncFeed page of 250 entries is
# some 330 kB, its tree a few MB), which lxml does in half the time ``iterparse`` takes; a
# larger one is read as a stream, so memory stays bounded whatever a page holds.
WHOLE_PAGE_BYTES = 4 * 1024 * 1024


def _whole(data: bytes) -> etree._Element | None:
    """The page's root element, parsed at once with the stream's settings; None when the page
    has to be read as a stream: it is not well-formed (the stream keeps the entries before the
    break and says where it broke), or an entry sits below the root's children, where only the
    stream finds it."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                             huge_tree=False)  # one per page: a parser is not shared
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    if root.tag == _FEED:
        for entry in root.iter(_ENTRY):
            if entry.getparent() is not root:
                return None
    return root


@dataclass(frozen=True)
class Page:
    """A page read at once (tests, small pages): its entries, problems and links."""

    entries: list[Entry]
    bad: list[BadEntry]
    next_url: str | None
    resume_url: str | None

    @property
    def next_skiptoken(self) -> str | None:
        return skiptoken_of(self.next_url)


def parse_page(data: bytes, source: str = "page") -> Page:
    """Read a whole page; raise PageError when it is not a readable Atom feed."""
    page = SyncFeedPage(data, source)
    entries: list[Entry] = []
    bad: list[BadEntry] = []
    for item in page:
        (entries if isinstance(item, Entry) else bad).append(item)
    return Page(entries, bad, page.next_url, page.resume_url)


def skiptoken_of(url: str | None) -> str | None:
    """The skiptoken of a SyncFeed link, or None."""
    if not url:
        return None
    # Every entry has a link: split the query by hand, and leave escapes to parse_qs.
    query = url.partition("#")[0].partition("?")[2]
    for pair in query.split("&"):
        if pair.startswith("skiptoken="):
            value = pair[10:]
            if "%" in value or "+" in value:
                break
            if value:
                return value
    else:
        return None
    values = parse_qs(urlsplit(url).query).get("skiptoken")
    return values[0] if values else None


def page_url(feed_url: str, category: str, skiptoken: str | None = None) -> str:
    """The address of a category's page after ``skiptoken`` (the first page without one)."""
    params = {"category": category}
    if skiptoken:
        params["skiptoken"] = skiptoken
    separator = "&" if urlsplit(feed_url).query else "?"
    return f"{feed_url}{separator}{urlencode(params)}"


# --- entries -------------------------------------------------------------------------------


def read_entry(entry: etree._Element) -> Entry | BadEntry:
    """One <entry> element -> Entry, or BadEntry saying what is wrong with it."""
    skiptoken = enclosure = payload = None
    title = address = content = None
    for child in entry.iterchildren(_TITLE, _ID, _LINK, _CONTENT):  # one pass, in C
        tag = child.tag
        if tag == _LINK:
            rel = child.get("rel")
            if rel == "next":
                skiptoken = skiptoken_of(child.get("href"))
            elif rel == "enclosure":
                enclosure = web_url(child.get("href"))
        elif tag == _CONTENT:
            content = child if content is None else content
        elif tag == _TITLE:
            title = child if title is None else title
        else:
            address = child if address is None else address
    entry_id = _stripped(title.text) if title is not None else None
    atom_id = _stripped(address.text) if address is not None else None
    url = entity_url(atom_id)  # only an http(s) address is ever stored as a link
    if content is not None:
        payload = next(content.iterchildren(_TK_ANY), None)
    if entry_id is None and atom_id:
        entry_id = atom_id.rstrip("/").rsplit("/", 1)[-1]
    if payload is None:
        return BadEntry(entry_id, skiptoken, f"no {TK} payload in <content>")
    kind = payload.tag[len(_TK_TAG):]
    try:
        record = read_payload(payload, kind, enclosure)
    except FieldError as exc:
        return BadEntry(entry_id or payload.get("id"), skiptoken, f"{kind}: {exc}")
    entity_id = record.id if record is not None else (payload.get("id") or entry_id)
    if not entity_id:
        return BadEntry(entry_id, skiptoken, f"{kind}: no id")
    return Entry(kind, entity_id, skiptoken, url, record)


# A path segment that urlsplit reads as it is: nothing in it can move the scheme or the host.
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9._~-]+\Z")


def entity_url(address: str | None) -> str | None:
    """``web_url(address)``, quicker for the feed's own entity addresses, which differ only in
    their last segment (…/Entiteiten/<guid>): their common head is judged once."""
    if address:
        head, slash, last = address.rpartition("/")
        if slash and _PLAIN_SEGMENT.match(last) and _web_head(head):
            return address
    return web_url(address)


@functools.lru_cache(maxsize=64)
def _web_head(head: str) -> bool:
    """Whether ``head`` + "/segment" is an http(s) address with a host for any plain segment:
    the head has a path of its own (so the segment is in the path) and is one."""
    return "/" in head.partition("//")[2] and web_url(head + "/x") is not None


def read_payload(payload: etree._Element, kind: str, enclosure: str | None = None) -> Record | None:
    """The payload element of one entry -> a record (None for kinds not read here)."""
    reader = _READERS.get(kind)
    if reader is None:
        return None
    entity_id = payload.get("id")
    if not entity_id or not _GUID.match(entity_id):
        raise FieldError(f"id {entity_id!r} is not a GUID")
    bijgewerkt = _converted_attr(payload, "bijgewerkt", _datetime)
    if _converted_attr(payload, "verwijderd", _boolean):
        return Verwijderd(kind, entity_id.lower(), bijgewerkt)
    fields = _Fields(payload)
    return reader(fields, entity_id.lower(), bijgewerkt, enclosure)


class _FieldValues:
    """Typed access to an entity's fields by their XSD names; subclasses find the values."""

    def texts(self, name: str) -> list[str]:  # every non-empty value, whitespace collapsed
        raise NotImplementedError

    def long_text(self, name: str) -> str | None:  # running text: only the ends trimmed
        raise NotImplementedError

    def refs(self, name: str) -> tuple[str, ...]:  # GUIDs of related entities, lower case
        raise NotImplementedError

    def text(self, name: str) -> str | None:
        for value in self.texts(name):
            return value
        return None

    def has(self, name: str) -> bool:  # whether the field may have a value at all
        return True

    def ref(self, name: str) -> str | None:
        refs = self.refs(name)
        return refs[0] if refs else None

    def day(self, name: str) -> date | None:
        return self._converted(name, _day_of)

    def datetime(self, name: str) -> datetime | None:
        return self._converted(name, _datetime)

    def integer(self, name: str) -> int | None:
        return self._converted(name, _whole_number)

    def boolean(self, name: str) -> bool | None:
        return self._converted(name, _boolean)

    def _converted(self, name: str, convert):
        value = self.text(name)
        try:
            return convert(value) if value else None
        except ValueError as exc:
            raise FieldError(f"{name}: {exc}") from None


class _Fields(_FieldValues):
    """The payload's child elements in the TK namespace, by local name (all occurrences)."""

    __slots__ = ("elements", "first")

    # A value is an element's text (all of it: ``text_of`` when it holds more than text); an
    # element marked xsi:nil says nothing even with text. Empty elements say nothing either,
    # so only an element with text is asked about nil.

    def __init__(self, payload: etree._Element) -> None:
        # One pass: every element by name, and each name's first value as ``text`` reads it
        # (a field is asked for once per entry, most of them once per page's worth of names).
        self.elements: dict[str, list[etree._Element]] = {}
        self.first: dict[str, str] = {}
        elements, first = self.elements, self.first
        skip = len(_TK_TAG)
        # lxml tags are "{namespace}local": the URI decides, whatever the prefix.
        for child in payload.iterchildren(_TK_ANY):
            name = child.tag[skip:]
            found = elements.get(name)
            if found is None:
                elements[name] = [child]
            else:
                found.append(child)
            if name in first:
                continue
            text = child.text if not len(child) else text_of(child)
            if text and (text := " ".join(text.split())):
                nil = child.get(XSI_NIL)  # _nil, inline: asked of nearly every field
                if nil is None or nil.strip().lower() not in ("true", "1"):
                    first[name] = text

    def texts(self, name: str) -> list[str]:
        found = []
        for e in self.elements.get(name, ()):
            text = e.text if not len(e) else text_of(e)
            if text and (text := " ".join(text.split())) and not _nil(e):
                found.append(text)
        return found

    def text(self, name: str) -> str | None:
        return self.first.get(name)

    def has(self, name: str) -> bool:
        return name in self.elements

    def long_text(self, name: str) -> str | None:
        for e in self.elements.get(name, ()):
            text = e.text if not len(e) else text_of(e)
            if text and (text := text.strip()) and not _nil(e):
                return text
        return None

    def refs(self, name: str) -> tuple[str, ...]:
        elements = self.elements.get(name)
        if not elements:
            return ()
        found = (e.get("ref", "").strip().lower() for e in elements)
        return tuple(dict.fromkeys(r for r in found if r))


def text_of(element: etree._Element) -> str:
    """All the text of an element, whatever is inside it.

    ``.text`` stops at the first child: an entity reference the page declares in its DTD
    (``&nbsp;``; entities are never resolved by the parser, for safety) made the text before
    it the whole value, and one at the start made it empty. A declared entity with a plain value
    is replaced by that value; any other (external, nested) is kept as written, ``&name;``.
    """
    if len(element) == 0:
        return element.text or ""
    parts = [element.text or ""]
    declared: dict[str, str] | None = None
    for child in element:
        if isinstance(child, etree._Entity):
            if declared is None:
                declared = _declared_entities(element)
            parts.append(declared.get(child.name, child.text or ""))
        elif isinstance(child.tag, str):  # an element (markup inside the text)
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _declared_entities(element: etree._Element) -> dict[str, str]:
    dtd = element.getroottree().docinfo.internalDTD
    if dtd is None:
        return {}
    return {e.name: e.content for e in dtd.iterentities()
            if e.system_url is None and e.content is not None
            and "&" not in e.content and "<" not in e.content}


def _nil(element: etree._Element) -> bool:
    return element.get(XSI_NIL, "").strip().lower() in ("true", "1")


def _stripped(text: str | None) -> str | None:
    return (text.strip() or None) if text else None


def _read_toezegging(f: _Fields, entity_id: str, bijgewerkt, _enclosure) -> Toezegging:
    text, refs = f.text, f.refs
    # toegezegdAan (undocumented, 2026) and the XSD's toegezegdAanFractie/-Persoon: a ref, or
    # only text; an empty element says nothing.
    promised: list[str] = []
    for name in ("toegezegdAan", "toegezegdAanFractie", "toegezegdAanPersoon"):
        if f.has(name):
            for value in (*refs(name), *f.texts(name)):
                if value not in promised:
                    promised.append(value)
    kamerbrieven = f.texts("kamerbriefNakoming") if f.has("kamerbriefNakoming") else ()
    return _record(Toezegging, {
        "id": entity_id,
        "bijgewerkt": bijgewerkt,
        "nummer": text("nummer"),
        "tekst": f.long_text("tekst"),
        "aanmaakdatum": f.datetime("aanmaakdatum"),
        "aanmaakdag": f.day("aanmaakdatum"),
        "activiteit": f.ref("activiteit"),
        "activiteit_nummer": text("activiteitNummer"),
        "naam": text("naam"),
        "achternaam": text("achternaam"),
        "initialen": text("initialen"),
        "tussenvoegsel": text("tussenvoegsel"),
        "voornaam": text("voornaam"),
        "achtervoegsel": text("achtervoegsel"),
        "titulatuur": text("titulatuur"),
        "functie": text("functie"),
        "status": text("status"),
        "datum_nakoming": f.day("datumNakoming"),
        "kamerbrief_nakoming": tuple(dict.fromkeys(kamerbrieven)),
        "ministerie": text("ministerie"),
        "is_herhaling_van": refs("isHerhalingVan"),
        "is_aanvulling_op": refs("isAanvullingOp"),
        "is_wijziging_van": refs("isWijzigingVan"),
        "toegezegd_aan": tuple(promised),
        "toegezegd_aan_persoon": f.ref("toegezegdAanPersoon"),
        "toegezegd_aan_fractie": f.ref("toegezegdAanFractie"),
    })


def _record(cls: type, values: dict) -> Any:
    """``cls(**values)`` for the frozen records whose optional fields default to None or ():
    only the values that differ from that are kept in the instance, the others are read from
    the class's defaults. Made this way, a Toezegging takes half the time of its ``__init__``
    (which sets 26 fields one by one), and pickles to half the bytes on its way from the page
    worker (unpickling them is work for the importing process)."""
    record = object.__new__(cls)
    record.__dict__.update(
        {name: value for name, value in values.items() if value is not None and value != ()})
    for name in _REQUIRED[cls]:
        if name not in record.__dict__:
            record.__dict__[name] = values[name]
    return record


def _read_activiteit(f: _Fields, entity_id: str, bijgewerkt, _enclosure) -> Activiteit:
    return Activiteit(
        id=entity_id,
        bijgewerkt=bijgewerkt,
        nummer=f.text("nummer"),
        soort=f.text("soort"),
        onderwerp=f.long_text("onderwerp"),
        datum=f.day("datum") or f.day("aanvangstijd"),
        status=f.text("status"),
        voortouwcommissie=f.ref("voortouwcommissie"),
        voortouwnaam=f.text("voortouwnaam"),
        voortouwafkorting=f.text("voortouwafkorting"),
    )


def _read_document(f: _Fields, entity_id: str, bijgewerkt, enclosure) -> Document:
    return Document(
        id=entity_id,
        bijgewerkt=bijgewerkt,
        document_nummer=f.text("documentNummer"),
        soort=f.text("soort"),
        titel=f.long_text("titel"),
        onderwerp=f.long_text("onderwerp"),
        datum=f.day("datum"),
        volgnummer=f.integer("volgnummer"),
        kamerstukdossier=f.ref("kamerstukdossier"),
        vergaderjaar=f.text("vergaderjaar"),
        kamer=f.text("kamer"),
        enclosure=enclosure,
    )


def _read_kamerstukdossier(f: _Fields, entity_id: str, bijgewerkt, _enclosure) -> Kamerstukdossier:
    return Kamerstukdossier(
        id=entity_id,
        bijgewerkt=bijgewerkt,
        nummer=f.text("nummer"),
        toevoeging=f.text("toevoeging"),
        titel=f.long_text("titel"),
        afgesloten=f.boolean("afgesloten"),
    )


def _read_persoon(f: _Fields, entity_id: str, bijgewerkt, _enclosure) -> Persoon:
    return Persoon(
        id=entity_id, bijgewerkt=bijgewerkt, nummer=f.text("nummer"), titels=f.text("titels"),
        initialen=f.text("initialen"), tussenvoegsel=f.text("tussenvoegsel"),
        achternaam=f.text("achternaam"), voornamen=f.text("voornamen"),
        roepnaam=f.text("roepnaam"), functie=f.text("functie"),
        fractielabel=f.text("fractielabel"),
    )


def _read_fractie(f: _Fields, entity_id: str, bijgewerkt, _enclosure) -> Fractie:
    return Fractie(id=entity_id, bijgewerkt=bijgewerkt, nummer=f.text("nummer"),
                   afkorting=f.text("afkorting"), naam_nl=f.text("naamNl"))


# The fields without a default (the record's id and bijgewerkt): always in the instance.
_REQUIRED = {cls: tuple(f.name for f in dataclasses.fields(cls)
                        if f.default is dataclasses.MISSING
                        and f.default_factory is dataclasses.MISSING)
             for cls in (Toezegging,)}

_READERS = {
    "toezegging": _read_toezegging,
    "persoon": _read_persoon,
    "fractie": _read_fractie,
    "activiteit": _read_activiteit,
    "document": _read_document,
    "kamerstukdossier": _read_kamerstukdossier,
}


# --- values --------------------------------------------------------------------------------


# --- OData v4 (bulk backfill) -----------------------------------------------------------------
# The same entities as JSON: property names are the XSD's with a capital (Nummer, DatumNakoming),
# relations are expanded navigation properties. Unverified against the live service (sources.md
# lists its properties): the reader takes a relation as an object, a list or a plain value.

# Records made from OData rows carry the SyncFeed's entity address, as a SyncFeed entry would.
ENTITY_URL = "https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/"
ODATA_TOEZEGGING_QUERY = {
    "$filter": "Verwijderd eq false",
    "$expand": ("Activiteit($select=Id,Nummer,Soort,Onderwerp,Datum,Voortouwnaam,"
                "Voortouwafkorting,GewijzigdOp),KamerbriefNakoming($select=Id,DocumentNummer),"
                "IsHerhalingVan($select=Id),IsAanvullingOp($select=Id),IsWijzigingVan($select=Id)"),
}


@dataclass(frozen=True)
class ODataPage:
    entries: list[Entry]
    bad: list[BadEntry]
    next_url: str | None  # @odata.nextLink


def odata_root(feed_url: str) -> str:
    """The OData service beside a SyncFeed address (…/SyncFeed/2.0/Feed -> …/OData/v4/2.0)."""
    if "/SyncFeed/" in feed_url:
        return feed_url.split("/SyncFeed/", 1)[0] + "/OData/v4/2.0"
    return feed_url.rstrip("/")


def parse_odata_toezeggingen(data: bytes, source: str = "page") -> ODataPage:
    """One page of ``/OData/v4/2.0/Toezegging`` (JSON) -> entries: for each row its expanded
    Activiteit (when there is one), then the toezegging itself."""
    try:
        document = json.loads(data)
    except ValueError as exc:
        raise PageError(f"{source}: not JSON ({exc})") from None
    rows = document.get("value") if isinstance(document, dict) else None
    if not isinstance(rows, list):
        raise PageError(f"{source}: no 'value' array of rows")
    entries: list[Entry] = []
    bad: list[BadEntry] = []
    for position, row in enumerate(rows):
        try:
            entries.extend(_odata_toezegging(row))
        except FieldError as exc:
            row_id = row.get("Id") if isinstance(row, dict) else None
            bad.append(BadEntry(row_id, None, f"{source} row {position}: {exc}"))
    next_url = document.get("@odata.nextLink")
    return ODataPage(entries, bad, next_url if isinstance(next_url, str) else None)


def _odata_toezegging(row: object) -> list[Entry]:
    if not isinstance(row, dict):
        raise FieldError("not an object")
    fields = _JsonFields(row)
    entity_id = _odata_id(row)
    bijgewerkt = fields.datetime("gewijzigdOp")
    if fields.boolean("verwijderd"):
        return [Entry("toezegging", entity_id, None, ENTITY_URL + entity_id,
                      Verwijderd("toezegging", entity_id, bijgewerkt))]
    found = []
    activity = row.get("Activiteit")
    if isinstance(activity, dict) and activity.get("Id"):
        activity_id = _odata_id(activity)
        activity_fields = _JsonFields(activity)
        found.append(Entry("activiteit", activity_id, None, ENTITY_URL + activity_id,
                           _read_activiteit(activity_fields, activity_id,
                                            activity_fields.datetime("gewijzigdOp"), None)))
    found.append(Entry("toezegging", entity_id, None, ENTITY_URL + entity_id,
                       _read_toezegging(fields, entity_id, bijgewerkt, None)))
    return found


def _odata_id(row: dict) -> str:
    value = row.get("Id")
    if not isinstance(value, str) or not _GUID.match(value):
        raise FieldError(f"Id {value!r} is not a GUID")
    return value.lower()


# An expanded relation that stands for the value the SyncFeed writes in its element.
_ODATA_RELATED_VALUE = {"kamerbriefNakoming": "DocumentNummer"}


class _JsonFields(_FieldValues):
    """An OData row's properties by XSD name (nummer -> Nummer); relations expanded or not."""

    def __init__(self, row: dict) -> None:
        self.row = row

    def _values(self, name: str) -> list[object]:
        value = self.row.get(name[:1].upper() + name[1:])
        if value is None:
            # Activiteit is also given as a plain foreign key (Activiteit_Id) by some services.
            value = self.row.get(name[:1].upper() + name[1:] + "_Id")
        items = value if isinstance(value, list) else [value]
        key = _ODATA_RELATED_VALUE.get(name)
        return [item.get(key) if key and isinstance(item, dict) else item for item in items]

    def texts(self, name: str) -> list[str]:
        found = []
        for value in self._values(name):
            if isinstance(value, bool):
                value = "true" if value else "false"
            if isinstance(value, str | int):
                text = " ".join(str(value).split())
                if text:
                    found.append(text)
        return found

    def long_text(self, name: str) -> str | None:
        value = self._values(name)[0]
        return value.strip() or None if isinstance(value, str) else None

    def refs(self, name: str) -> tuple[str, ...]:
        found = []
        for value in self._values(name):
            ref = value.get("Id") if isinstance(value, dict) else value
            if isinstance(ref, str) and ref.strip():
                found.append(ref.strip().lower())
        return tuple(dict.fromkeys(found))


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a whole number") from None


def _boolean(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise ValueError(f"{value!r} is not true or false")


def _attr(elem: etree._Element, name: str) -> str | None:
    # The XSD declares bijgewerkt and verwijderd as namespaced attributes (tk:bijgewerkt);
    # tolerate them unqualified too.
    value = elem.get(f"{{{TK}}}{name}")
    if value is None:
        value = elem.get(name)
    return value.strip() if value is not None else None


def _converted_attr(elem: etree._Element, name: str, convert):
    """An attribute's value converted, None if absent or empty; a value that cannot be read is
    the entry's FieldError (a bad entry with its id), not the page's."""
    value = _attr(elem, name)
    try:
        return convert(value) if value else None
    except ValueError as exc:
        raise FieldError(f"{name}: {exc}") from None


def parse_datetime(value: str) -> datetime | None:
    """An xs:dateTime as the feed writes it -> aware UTC datetime; None for the 0001 sentinel.

    Accepts ``Z``, ``+01:00`` and ``+0100`` offsets, none (UTC, as the XSD documents), and
    fractions of any length (the feed writes 7 digits; Python keeps 6).
    """
    text = value.strip()
    if len(text) >= 19 and text[10] == "T" and text[16] == ":" and text[:4] != "0001" \
            and _FEED_DATETIME.match(text):
        # The feed's own form, read in C; anything else takes the pattern below.
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            offset = moment.utcoffset()
            if offset is None:
                return moment.replace(tzinfo=UTC)
            if abs(offset) <= _MAX_OFFSET:
                return moment.astimezone(UTC)
    m = _DATETIME.match(text)
    if not m:
        raise ValueError(f"{value!r} is not a date-time")
    day = _day(m.group("date"), value)
    if day is None:
        return None
    frac = (m.group("frac") or "0")[:6].ljust(6, "0")
    try:
        naive = datetime(day.year, day.month, day.day, int(m.group("h") or 0),
                         int(m.group("m") or 0), int(m.group("s") or 0), int(frac))
    except ValueError:
        raise ValueError(f"{value!r} is not a date-time") from None
    return naive.replace(tzinfo=_zone(m.group("tz"), value)).astimezone(UTC)


# Each entry has a few dates, many of them repeated across a page (a day, a sentinel): each
# distinct value is read once. A value that is not a date raises every time (not cached).
@functools.lru_cache(maxsize=4096)
def _datetime(value: str) -> datetime | None:
    return parse_datetime(value)


@functools.lru_cache(maxsize=4096)
def _day_of(value: str) -> date | None:
    return parse_day(value)


def parse_day(value: str) -> date | None:
    """The calendar day of an xs:dateTime or xs:date as written (no conversion to UTC: a
    deadline of ``2025-07-01T00:00:00+02:00`` is 1 July); None for the 0001 sentinel."""
    m = _DATETIME.match(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date")
    return _day(m.group("date"), value)


def _day(text: str, original: str) -> date | None:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{original!r} is not a date") from None
    # 0001-01-01T00:00:00Z is the feed's "no date" (datumNakoming without a deadline).
    return None if day.year == 1 else day


def _zone(tz: str | None, original: str) -> timezone:
    if tz is None or tz == "Z":
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        raise ValueError(f"{original!r} has an impossible offset")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
