"""A document file as the text a reader sees: what ``tracker extract`` reads.

People keep a Kamerstuk as they got it: text (UTF-8, or Windows' UTF-16 and cp1252), the web
page (officielebekendmakingen.nl, an Eerste Kamer registry page, tweedekamer.nl), the KOOP XML,
the PDF, or the Word, OpenDocument or RTF document it was written in; a debate as the Tweede Kamer
publishes its stenogram (VLOS XML, the open data's "Verslag"). Each becomes plain text in reading
order, one paragraph a block; what it was read as goes with it, so spans can be said to point
into that text rather than into the file.

Pure functions over bytes; nothing here fetches or knows the tracker.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from dataclasses import dataclass, replace

import ftfy
from lxml import etree
from striprtf.striprtf import rtf_to_text

from .officielebekendmakingen import KoopError, parse_kamerstuk
from .text import decode_html, html_blocks, parse_html, squash


class UnreadableDocument(ValueError):
    """The file holds no text this module can read (said in words a user can act on)."""


@dataclass(frozen=True)
class DocumentText:
    text: str
    read_as: str  # text | html | xml | pdf | docx | odt | rtf
    warning: str | None = None  # how a file was read, when not as it should be
    date: datetime.date | None = None  # the document's date, where the file says it beside the text
    form: str | None = None  # what the file says it is (a stenogram: "transcript")
    title: str | None = None  # what the file calls itself (a stenogram: its sitting's title, a
    # Kamerstuk its dossier's and its own, a letter its "Onderwerp", a page its <title>)
    repaired: bool = False  # letters garbled by a wrong encoding were put right: the text is
    # no longer the file's own, so spans point into this text


_XML_DECLARATION = re.compile(rb"<\?xml[^>]*\?>\s*")
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|div|p|table|h[1-6])\b")


def document_text(data: bytes) -> DocumentText:
    """The text of a document file: plain text, an HTML page, Kamerstuk XML, a PDF or a Word
    document, told apart by their first bytes; letters garbled by a wrong encoding on the way
    ("geÃ¯nformeerd") are put right."""
    return _repaired(_read(data))


def _read(data: bytes) -> DocumentText:
    head = data[:2048].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"%pdf-"):
        text = _pdf_text(data)
        return DocumentText(text, "pdf", title=heading(text))
    if head.startswith(b"pk\x03\x04"):
        if _ODT_MIMETYPE in data[:200]:  # (the first entry of an OpenDocument file, stored)
            text = _odt_text(data)
            return DocumentText(text, "odt", title=heading(text))
        text = _docx_text(data)
        return DocumentText(text, "docx", title=heading(text))
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # an OLE2 compound file
        raise UnreadableDocument("an old Word or Office file (.doc, Word 97–2003), or one locked "
                                 "with a password: save it as .docx, .odt or PDF and read that")
    if head.startswith(b"{\\rtf"):
        text = _rtf_text(data)
        return DocumentText(text, "rtf", title=heading(text))
    declared = _XML_DECLARATION.match(head)
    markup = head[declared.end():] if declared else head
    if (declared or markup.startswith(b"<")) and b"<officiele-publicatie" in markup:
        return _kamerstuk(data)
    if (declared or markup.startswith(b"<")) and b"<vloscoredocument" in markup:
        return _stenogram(data)
    if _HTML_START.match(markup):  # (XHTML too, after its XML declaration)
        return _page(data)
    if declared:
        raise UnreadableDocument("XML that is neither a Kamerstuk (no <officiele-publicatie>) "
                                 "nor a Tweede Kamer stenogram (no <vlosCoreDocument>)")
    text, warning = _decode(data)
    return DocumentText(text, "text", warning, title=heading(text))


# Mojibake: UTF-8 that some program read as Windows-1252 or Latin-1 and saved again ("ë" as
# "Ã«", "–" as "â€“"). Each such sequence starts with one of these letters, which Dutch text
# itself hardly ever holds; ftfy, made for this, tells garbled text from text that merely holds
# them and undoes only the first.
_MOJIBAKE_LEAD = ("Ã", "Â", "â")
_WORD_WITH_LEAD = re.compile(r"\S*[ÃÂâ]\S*")


def _repaired(read: DocumentText) -> DocumentText:
    text = read.text
    if not any(lead in text for lead in _MOJIBAKE_LEAD):
        return read
    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return read
    example = next((f'"{w}" read as "{ftfy.fix_encoding(w)}"'
                    for w in (m.group() for m in _WORD_WITH_LEAD.finditer(text))
                    if ftfy.fix_encoding(w) != w), None)
    note = "letters garbled by a wrong encoding (UTF-8 read as Windows-1252) put right" + (
        f": {example}" if example else "")
    return replace(read, text=fixed, repaired=True,
                   warning=f"{read.warning}; {note}" if read.warning else note,
                   title=ftfy.fix_encoding(read.title) if read.title else None)


# What a document calls itself, near its top: a letter's "Onderwerp …" or "Betreft …" (a
# ministry's letterhead; a subject that wraps goes on on the next line), else a Kamerstuk's
# dossier line ("28 684 Naar een veiliger samenleving") and its own heading in capitals ("Nr. 620
# BRIEF VAN DE STAATSSECRETARIS …", "MOTIE VAN HET LID …").
_SUBJECT = re.compile(
    r"^[ \t]*(?:Onderwerp|Betreft)[ \t]*:?[ \t]*(\S[^\n]{2,200}?)[ \t]*"
    r"(?:\n[ \t]*(?!(?:Ons|Uw|Datum|Bijlage|Kenmerk|Contactpersoon|Referentie|Pagina|Geachte"
    r"|Aan|Den\s+Haag)\b)(\S[^\n]{0,120}?)[ \t]*)?$", re.MULTILINE)
_DOSSIER_LINE = re.compile(r"^[ \t]*\d{2}[ \u00a0]?\d{3}(?:[ \u00a0-][A-Z]{1,4}\b)?[ \t]+"
                           r"(\S[^\n]{2,200}?)[ \t]*$", re.MULTILINE)
_STUK_HEADING = re.compile(
    r"^[ \t]*(?:Nr\.[ \t]*\d+[A-Z]?[ \t]+|[A-Z]{1,2}[ \t]+)?((?:GEWIJZIGDE[ \t]+)?(?:MOTIE|BRIEF"
    r"|NOTA|VERSLAG|MEMORIE|AMENDEMENT|LIJST|VOORSTEL|NADER|ADVIES|KONINKLIJKE|JAARVERSLAG"
    r"|BESLUITENLIJST)\b[^\n a-z]*(?:[ \t][^\n a-z]+)*)[ \t]*$", re.MULTILINE)


def heading(text: str) -> str | None:
    """The title a document's first lines give, if they give one (see above)."""
    top = text[:4000]
    subject = _SUBJECT.search(top)
    if subject:
        return squash(" ".join(filter(None, subject.groups())))
    own = _STUK_HEADING.search(top)
    if own is None:
        return None
    dossier = _DOSSIER_LINE.search(top, 0, own.start())
    parts = [squash(dossier.group(1))] if dossier else []
    return "; ".join([*parts, as_printed_in_lists(squash(own.group(1)))])


# In a heading printed in capitals, the names keep theirs: who moves a motion ("van het lid
# Grinwis c.s.", "van de leden De Rouwe en Van Veldhoven"), a minister's or a committee's
# portfolio ("van de minister van Buitenlandse Zaken", "vaste commissie voor Digitalisering").
_STOP = r"(?!en\s+de\b|c\.s\.|ter\b|over\b|inzake\b|tot\b|houdende\b|mede\b)"
_NAMED_AFTER = re.compile(
    # (members' names run on over commas: "van de leden Klaver, Pechtold en Van der Staaij")
    r"\b(?:lid|leden)\s+((?:" + _STOP + r"[^\s;]+\s*)+)"
    r"|\b(?:minister|ministers|staatssecretaris|staatssecretarissen|commissie)\s+(?:van|voor)\s+"
    r"((?:" + _STOP + r"[^\s,;]+\s*)+)")
_SMALL_WORDS = frozenset({"en", "van", "voor", "de", "der", "den", "het", "'t"})


def as_printed_in_lists(capitals: str) -> str:
    """A heading in capitals as the publications' lists print it: "BRIEF VAN DE MINISTER VAN
    BUITENLANDSE ZAKEN" as "Brief van de minister van Buitenlandse Zaken" (a heading that is
    not all capitals stays as it is)."""
    if capitals != capitals.upper():
        return capitals
    lowered = capitals.lower()
    out = lowered[:1].upper() + lowered[1:]

    def names(m: re.Match[str]) -> str:
        group = 1 if m.group(1) else 2
        words = m.group(group).split(" ")
        # (a member's name starts again after "en" or a comma: "De Rouwe en Van Veldhoven"; a
        # portfolio does not: "Binnenlandse Zaken en Koninkrijksrelaties en voor …")
        named = [w if w in _SMALL_WORDS and i and not (
                     group == 1 and (words[i - 1] == "en" or words[i - 1].endswith(",")))
                 else w[:1].upper() + w[1:] for i, w in enumerate(words)]
        return m.group()[:m.start(group) - m.start()] + " ".join(named)

    return _NAMED_AFTER.sub(names, out)


# A UTF-8 sequence for a letter beyond ASCII ("ë" is C3 AB): a file that holds them is UTF-8 with
# a damaged byte somewhere, not a file in another encoding.
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def _decode(data: bytes) -> tuple[str, str | None]:
    """UTF-8 (with or without its BOM), UTF-16 with its BOM, else Windows' cp1252: older
    systems saved Dutch text that way ("vóór" as the byte 0xF3). UTF-8 with a damaged byte
    keeps its letters, the byte read as "\ufffd"; a file with NUL bytes is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "not UTF-8; read as UTF-16 (its byte-order mark)"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:4096]:
            raise UnreadableDocument(f"binary data, not text (byte {exc.start} is not UTF-8, "
                                     "and the file holds NUL bytes)") from None
        if _UTF8_LETTER.search(data):
            return (data.decode("utf-8-sig", errors="replace"),
                    f"bytes that are not UTF-8 (the first at byte {exc.start}) read as \ufffd")
        try:
            return data.decode("cp1252"), "not UTF-8; read as cp1252"
        except UnicodeDecodeError:
            raise UnreadableDocument(f"neither UTF-8 nor cp1252 text (byte {exc.start})") from None


def _page_text(root) -> str:
    """A page's visible text: each block a paragraph, a table row or a definition "label:
    value" (a registry page's "Deadline: 31 december 2010"), lines of one block kept apart."""
    paragraphs: list[str] = []
    last_path = None
    for block in html_blocks(root):
        if block.kind == "pair":
            label = block.text if block.text.endswith(":") else f"{block.text}:"
            line = f"{label} {'; '.join(block.values)}".strip()
        else:
            line = block.text
        if block.kind == "line" and block.path == last_path and paragraphs:
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
        last_path = block.path if block.kind == "line" else None
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def _kamerstuk(data: bytes) -> DocumentText:
    try:
        stuk = parse_kamerstuk(data)
    except KoopError as exc:
        raise UnreadableDocument(str(exc)) from None
    notes = "".join(f"\n\n{note.number} {note.text}" for note in stuk.footnotes)
    text = f"{stuk.body}{notes}\n"
    title = heading(text) or (as_printed_in_lists(stuk.title) if stuk.title else None)
    return DocumentText(text, "xml", title=title)


def _page(data: bytes) -> DocumentText:
    """A page's text, titled by its <title> (up to a site's name after " | " or " - ")."""
    root = parse_html(decode_html(data))
    shown = squash(root.findtext(".//title") or "")
    shown = re.split(r"\s+[|–-]\s+", shown)[0] if shown else ""
    return DocumentText(_page_text(root), "html", title=shown or None)


def _stenogram(data: bytes) -> DocumentText:
    """A Tweede Kamer stenogram (VLOS XML) as the Handelingen print it: every ``alineaitem`` in
    document order, whitespace collapsed, a blank line between. The speakers' labels ("Minister
    Keijzer:", "De heer Van Baarle (DENK):", "De voorzitter:") are items of their own, so the
    text reads as a transcript; the sitting's date is the ``datum`` of its ``vergadering``.
    A stenogram published before its text (a "Casco" with the agenda only) reads as empty, with
    a warning that says so."""
    root = _xml(data, "the stenogram")
    if etree.QName(root).localname != "vlosCoreDocument":
        raise UnreadableDocument("XML that names <vlosCoreDocument> but is not a stenogram "
                                 f"(its root is <{etree.QName(root).localname}>)")
    text = stenogram_text(root)
    problems = [] if text else [f"the stenogram holds no text yet (published as "
                                f"{root.get('soort') or '?'}, {root.get('status') or '?'})"]
    sitting = (root.findtext("{*}vergadering/{*}datum") or "").strip()
    try:
        day = datetime.date.fromisoformat(sitting[:10])
    except ValueError:
        day = None
        problems.append(f"the stenogram's date {sitting!r} is not a date" if sitting else
                        "the stenogram names no date")
    title = squash(root.findtext("{*}vergadering/{*}titel")) or None
    return DocumentText(text, "xml", "; ".join(problems) or None, day, "transcript", title)


def stenogram_text(root: etree._Element) -> str:
    """The printed text of a parsed VLOS stenogram (see ``_stenogram``)."""
    items = (squash("".join(el.itertext())) for el in root.iter("{*}alineaitem"))
    text = "\n\n".join(item for item in items if item)
    return text + "\n" if text else ""


def _xml(data: bytes, what: str) -> etree._Element:
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(f"{what} cannot be read ({exc})") from None


_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T = "{" + _TEXT_NS + "}"


def _odt_text(data: bytes) -> str:
    """An OpenDocument text's paragraphs and headings, then its notes, a paragraph each (the
    government's open standard: ministries save and publish letters as .odt)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as odt:
            content = odt.read("content.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise UnreadableDocument(f"the OpenDocument file cannot be read ({exc})") from None
    root = _xml(content, "the OpenDocument file")
    paragraphs: list[str] = []
    notes: list[str] = []
    outer = (f"{_T}note", f"{_T}p", f"{_T}h")
    for p in root.iter(f"{_T}p", f"{_T}h"):
        if any(a.tag in outer for a in p.iterancestors()):
            continue  # a note's own paragraphs, read with the note after the body; a caption's
            # inside a paragraph (a frame's text box), read with that paragraph
        text = "".join(_odt_pieces(p, notes)).strip()
        if text:
            paragraphs.append(text)
    paragraphs += notes
    if not paragraphs:
        raise UnreadableDocument("the OpenDocument file holds no text")
    return "\n\n".join(paragraphs) + "\n"


def _odt_pieces(element: etree._Element, notes: list[str]):
    """The text of a paragraph as printed: runs of spaces ("<text:s text:c='3'/>"), tabs and
    line breaks as they show; a note leaves its citation ("1") and goes to ``notes``."""
    yield element.text or ""
    for child in element:
        tag = child.tag
        if tag == f"{_T}s":
            yield " " * int(child.get(f"{_T}c", "1"))
        elif tag == f"{_T}tab":
            yield "\t"
        elif tag == f"{_T}line-break":
            yield "\n"
        elif tag == f"{_T}note":
            citation = squash(child.findtext(f"{_T}note-citation") or "")
            yield citation
            body = child.find(f"{_T}note-body")
            text = " ".join(filter(None, ("".join(_odt_pieces(p, notes)).strip()
                                          for p in (body if body is not None else ()))))
            if text:
                notes.append(f"{citation} {text}".strip())
        elif isinstance(tag, str):
            yield from _odt_pieces(child, notes)
        yield child.tail or ""


def _rtf_text(data: bytes) -> str:
    """An RTF document's text (Word's "Rich Text", older ministry systems' letters): its
    control words dropped, its escaped letters ("v\\'f3\\'f3r") read in the code page it names,
    by striprtf. RTF itself is 7-bit; a stray byte beyond is read as cp1252, as RTF's default."""
    try:
        text = rtf_to_text(data.decode("cp1252", errors="replace"), errors="replace")
    except (ValueError, LookupError, IndexError) as exc:
        raise UnreadableDocument(f"the RTF document cannot be read ({exc})") from None
    text = "\n".join(line.rstrip() for line in text.splitlines()).strip()
    if not text:
        raise UnreadableDocument("the RTF document holds no text")
    return text + "\n"


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes) -> str:
    """A Word document's paragraphs, then its footnotes, a paragraph each (a draft letter as
    a ministry writes it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            names = set(docx.namelist())
            if "word/document.xml" not in names:
                raise UnreadableDocument("a ZIP archive that is not a Word document")
            parts = [docx.read("word/document.xml")]
            if "word/footnotes.xml" in names:
                parts.append(docx.read("word/footnotes.xml"))
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument(f"the Word document cannot be read ({exc})") from None
    paragraphs = []
    for part in parts:
        root = _xml(part, "the Word document")
        for p in root.iter(f"{_W}p"):
            pieces = []
            for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
                pieces.append(el.text or "" if el.tag == f"{_W}t" else
                              "\t" if el.tag == f"{_W}tab" else "\n")
            text = "".join(pieces).strip()
            if text:
                paragraphs.append(text)
    if not paragraphs:
        raise UnreadableDocument("the Word document holds no text")
    return "\n\n".join(paragraphs) + "\n"


def _pdf_text(data: bytes) -> str:
    """Each page's text as pypdf lays it out, pages apart by a blank line (the clean-up joins a
    sentence that runs on over the break)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument("the PDF is encrypted with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise UnreadableDocument(f"the PDF cannot be read ({exc})") from None
    text = "\n\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise UnreadableDocument("the PDF holds no text (scanned pages need OCR first)")
    return text + "\n"
