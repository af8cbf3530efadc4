"""Text helpers the parsers share: Dutch dates, whitespace, hyphenation, HTML as blocks.

Pure functions over strings and lxml trees; nothing here fetches or knows the tracker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?\s+(?P<year>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    r"|\b(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})\b",
    re.IGNORECASE,
)


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every valid date in the text ("7 april 2009", "2009-04-07", "07-04-2009") with its span."""
    found = []
    for m in _DATE.finditer(text):
        try:
            if m.group("iso"):
                value = date.fromisoformat(m.group("iso"))
            elif m.group("day"):
                value = date(int(m.group("year")), MONTHS[m.group("month").lower()],
                             int(m.group("day")))
            else:
                value = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        found.append((value, m.start(), m.end()))
    return found


def parse_dutch_date(text: str | None) -> date | None:
    """The first date in the text, or None."""
    if not text:
        return None
    dates = find_dates(text)
    return dates[0][0] if dates else None


def web_url(value: str | None, base: str | None = None) -> str | None:
    """``value`` (resolved against ``base``) if it is an http(s) address with a host, else None.

    The one test of a link from a source: only such links are stored and shown, so a
    ``javascript:``, ``data:`` or ``file:`` link in a page never becomes the tracker's own.
    """
    if not value or not value.strip():
        return None
    url = urljoin(base, value.strip()) if base else value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def squash(text: str | None) -> str:
    """Whitespace runs (including non-breaking spaces) as one space, trimmed; soft hyphens
    removed."""
    return " ".join((text or "").replace("\u00ad", "").split())


# --- hyphenation ---------------------------------------------------------------------------
# A word broken at the end of a line: "Koninkrijksre-\nlaties". Typesetters break Dutch words
# between syllables; a hyphen that belongs to the word (AI-verordening, zee-egel, Noord-Holland)
# must stay. The text itself is the first witness: a form seen elsewhere in it wins.
# Found by the hyphen and the line break (fast); the word before is read backwards from there.
_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*(?P<right>\w+)")
_LEFT = re.compile(r"\w+$")
_WORD = re.compile(r"\w+(?:-\w+)*")
# Letter pairs that would read as one sound if joined: Dutch writes a hyphen between them in
# compounds (zee-egel, auto-ongeluk), and hyphenation never splits them inside a word.
_DIGRAPHS = frozenset({"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo",
                       "ou", "ui", "uu", "ij"})
# "hoog-\nen laag": a suspended compound, the hyphen and the space both stay.
_SUSPENDED = frozenset({"en", "of", "tot", "noch", "and", "or"})


def dehyphenate(text: str) -> str:
    """Undo end-of-line hyphenation; keep hyphens that belong to the word."""
    breaks = [m for m in _BREAK.finditer(text) if m.start() and text[m.start() - 1].isalnum()]
    if not breaks:
        return text
    vocabulary = {w.lower() for w in _WORD.findall(_BREAK.sub(" ", text))}
    out, position = [], 0
    for m in breaks:
        left_match = _LEFT.search(text, max(position, m.start() - 80), m.start())
        if left_match is None:
            continue
        left, right = left_match.group(), m.group("right")
        out.append(text[position:left_match.start()])
        out.append(_join(left, right, text[left_match.start() - 1: left_match.start()],
                         vocabulary))
        position = m.end()
    out.append(text[position:])
    return "".join(out)


def _join(left: str, right: str, before: str, vocabulary: set[str]) -> str:
    if before and before in "-/.:_=":
        return f"{left}-{right}"  # inside a URL or a longer compound: a real hyphen
    if right.lower() in _SUSPENDED:
        return f"{left}- {right}"
    joined, kept = (left + right).lower(), f"{left}-{right}".lower()
    if kept in vocabulary and joined not in vocabulary:
        return f"{left}-{right}"
    if joined in vocabulary:
        return left + right
    if not left[-1].islower() or not right[0].islower():
        return f"{left}-{right}"  # AI-verordening, 2025-2026, Noord-Holland
    if (left[-1] + right[0]).lower() in _DIGRAPHS:
        return f"{left}-{right}"
    return left + right


# --- HTML as a sequence of blocks ----------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A visible unit of a page: a heading, a line of text, or a label with its values."""

    kind: str  # heading | line | pair
    text: str  # the heading or line; a pair's label
    values: tuple[str, ...] = ()  # a pair's value, one line each
    href: str | None = None  # the first link in it
    path: str = ""  # where it stands in the page: the XPath of the element it came from


_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "form", "button",
                   "select", "template", "svg", "head", "iframe", "object"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({
    "html", "body", "main", "article", "section", "aside", "div", "p", "ul", "ol", "li",
    "blockquote", "pre", "figure", "figcaption", "address", "center", "details", "summary",
    "fieldset", "legend", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "dl", "dt", "dd", "hr",
}) | _HEADINGS


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Bytes of a page as text: BOM, then the HTTP charset, then <meta charset>, then UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    candidates = []
    if content_type:
        m = re.search(r"charset=[\"']?([\w-]+)", content_type, re.IGNORECASE)
        if m:
            candidates.append(m.group(1))
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if m:
        candidates.append(m.group(1).decode("ascii"))
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def parse_html(text: str):
    """An lxml HTML tree of a page (an empty page gives an empty <html>)."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str with an XML declaration
    if not text.strip():
        return lxml_html.fromstring("<html></html>")
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return lxml_html.fromstring("<html></html>")


def _t(text: str | None) -> str:
    """Text as it renders: newlines in the source are spaces; only <br> and blocks break."""
    return (text or "").replace("\r", " ").replace("\n", " ")


def _inline(el) -> str:
    """The visible text inside an element; <br> and nested blocks become line breaks."""
    parts: list[str] = [_t(el.text)] if _tag(el) not in _SKIP else []

    def walk(node) -> None:
        tag = _tag(node)
        if tag == "br":
            parts.append("\n")
        elif tag and tag not in _SKIP:
            block = tag in _BLOCKS
            if block:
                parts.append("\n")
            parts.append(_t(node.text))
            for child in node:
                walk(child)
            if block:
                parts.append("\n")
        parts.append(_t(node.tail))

    for child in el:
        walk(child)
    return "".join(parts)


def _lines(el) -> list[str]:
    return [line for line in (squash(x) for x in _inline(el).split("\n")) if line]


def _first_href(el) -> str | None:
    if _tag(el) == "a" and el.get("href"):
        return el.get("href")
    for a in el.iter("a"):
        if a.get("href"):
            return a.get("href")
    return None


def html_blocks(root) -> list[Block]:
    """The page as blocks in reading order: tables and definition lists become label/value
    pairs, headings stay headings, everything else becomes lines."""
    out: list[Block] = []
    _walk(root, out, root.getroottree().getpath)
    return out


def _walk(el, out: list[Block], path) -> None:
    tag = _tag(el)
    if not tag or tag in _SKIP:
        return
    here = path(el)
    if tag in _HEADINGS:
        text = squash(_inline(el))
        if text:
            out.append(Block("heading", text, href=_first_href(el), path=here))
        return
    if tag == "table":
        _table(el, out, here)
        return
    if tag == "dl":
        _definitions(el, out, here)
        return
    run: list[str] = [_t(el.text)]
    hrefs: list[str] = []
    for child in el:
        ctag = _tag(child)
        if ctag in _BLOCKS or ctag in _SKIP:
            _flush(run, hrefs, out, here)
            run, hrefs = [], []
            _walk(child, out, path)
        elif ctag == "br":
            run.append("\n")
        elif ctag:
            run.append(_inline(child))
            href = _first_href(child)
            if href:
                hrefs.append(href)
        run.append(_t(child.tail))
    _flush(run, hrefs, out, here)


def _flush(run: list[str], hrefs: list[str], out: list[Block], path: str) -> None:
    href = hrefs[0] if hrefs else None
    for line in "".join(run).split("\n"):
        line = squash(line)
        if line:
            out.append(Block("line", line, href=href, path=path))


def _rows(table) -> Iterable:
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            yield child
        elif tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child if _tag(row) == "tr")


def _table(table, out: list[Block], path: str) -> None:
    for child in table:
        if _tag(child) == "caption":
            out.extend(Block("line", line, path=path) for line in _lines(child))
    for row in _rows(table):
        cells = [c for c in row if _tag(c) in ("td", "th")]
        if not cells:
            continue
        label = squash(_inline(cells[0]))
        values = tuple(line for cell in cells[1:] for line in _lines(cell))
        href = next((h for h in (_first_href(c) for c in cells) if h), None)
        if len(cells) >= 2 and label:
            out.append(Block("pair", label, values, href, path))
        else:
            out.extend(Block("line", line, href=href, path=path)
                       for cell in cells for line in _lines(cell))


def _definitions(dl, out: list[Block], path: str) -> None:
    label: str | None = None
    values: list[str] = []
    href: str | None = None

    def emit() -> None:
        if label is not None:
            out.append(Block("pair", label, tuple(values), href, path))

    for child in dl.iter("dt", "dd"):
        if child.tag == "dt":
            emit()
            label, values, href = squash(_inline(child)), [], None
        else:
            values.extend(_lines(child))
            href = href or _first_href(child)
            if label is None:
                label = ""
    emit()


def html_to_text(markup: str) -> str:
    """A fragment of HTML (a feed entry's summary or content) as plain paragraphs."""
    if "<" not in markup:
        return squash(markup)
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return squash(re.sub(r"<[^>]+>", " ", markup))
    lines = []
    for block in html_blocks(root):
        if block.kind == "pair":
            lines.append(" ".join((block.text, *block.values)))
        else:
            lines.append(block.text)
    return "\n\n".join(lines)
