"""Identifiers a text cites, normalised: toezeggingen, Kamerstukken, motions, TK documents.

- Eerste Kamer toezeggingen: ``T03670``; Tweede Kamer toezeggingen: ``TZ202504-057``.
- Kamerstukken: "Kamerstuk 26 643, nr. 641" and "Kamerstukken II 2019/20, 26 643, nrs. 529, 601
  en 642" become ``kst-26643-641`` (one per number); a literal ``kst-36600-VII-5`` is kept.
  A dossier with a letter part ("36 600 VII") keeps it: ``kst-36600-VII-5``.
- Motions: "motie Moorlag en Buitenweg", "de motie van het lid Van der Molen c.s.", "motie-Omtzigt"
  become ``motie:moorlag-buitenweg``, ``motie:van-der-molen``, ``motie:omtzigt``.
- Tweede Kamer document and zaak numbers: ``2025D33508``, ``2021Z11515``.
"""

from __future__ import annotations

import re

_TOEZEGGING = re.compile(r"\b(TZ\d{6}-\d{3}|T\d{5})\b")
_TK_NUMBER = re.compile(r"\b((?:19|20)\d{2}[DZ]\d{5})\b")
_KST_LITERAL = re.compile(r"\bkst-(\d{4,6}(?:-[A-Z]{1,5})?)-(\d{1,4})\b")
_DOSSIER = r"(?P<dossier>\d{2}\s?\d{3}(?:\s*[-–]?\s*(?P<part>[IVXLC]{1,6}|[A-Z]{1,2}(?![a-z])))?)"
_KAMERSTUK = re.compile(
    r"\bKamerstuk(?:ken)?(?:\s+(?:I{1,2}|[12]))?(?:\s+\d{4}\s*[/–-]\s*\d{2,4})?\s*,?\s*"
    + _DOSSIER + r"\s*,\s*(?:nrs?\.?|nummers?)\s*"
    r"(?P<numbers>\d{1,4}(?:\s*(?:,|en|&)\s*\d{1,4}(?!\d))*)"
)
_PARTICLES = r"(?:van|de|der|den|ter|ten|in\s+'t|van\s+der|van\s+den|van\s+de|op\s+de)"
_NAME = (r"(?:(?:" + _PARTICLES + r"|Van|De|Ter|Ten|Op)\s+)*[A-ZÀ-Ý][a-zà-ÿ'’]+"
         r"(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*(?=\d{0,2}\b)")  # "Buitenweg2": a footnote marker
_MOTION = re.compile(
    r"\b[Mm]otie(?:s)?(?:\s+van\s+(?:het\s+lid|de\s+leden)\s+|\s*[-–]\s*|\s+)"
    r"(?P<names>" + _NAME + r"(?:\s*(?:,|en)\s*" + _NAME + r")*)(?:\s+c\.s\.)?"
)
_NOT_NAMES = {"Kamer", "Tweede", "Eerste", "De", "Het", "Een"}


def find_references(text: str) -> list[str]:
    """Every identifier cited in the text, in order of first appearance, without repeats."""
    found: list[str] = []
    seen: set[str] = set()

    def add(ref: str) -> None:
        if ref not in seen:
            seen.add(ref)
            found.append(ref)

    hits: list[tuple[int, str]] = []
    if "T" in text:
        hits += [(m.start(), m.group(1)) for m in _TOEZEGGING.finditer(text)]
    if "amerstuk" in text:
        for m in _KAMERSTUK.finditer(text):
            dossier = re.sub(r"\s", "", m.group("dossier"))
            dossier = re.sub(r"[-–]", "", dossier)
            part = m.group("part")
            if part:
                dossier = dossier[: -len(part)] + "-" + part
            for number in re.findall(r"\d{1,4}", m.group("numbers")):
                hits.append((m.start(), f"kst-{dossier}-{number}"))
    if "kst-" in text:
        hits += [(m.start(), f"kst-{m.group(1)}-{m.group(2)}") for m in _KST_LITERAL.finditer(text)]
    if "otie" in text:
        for m in _MOTION.finditer(text):
            ref = motion_key(m.group("names"))
            if ref:
                hits.append((m.start(), ref))
    hits += [(m.start(), m.group(1)) for m in _TK_NUMBER.finditer(text)]
    for _, ref in sorted(hits, key=lambda hit: hit[0]):
        add(ref)
    return found


MOTION_SLUG_MAX = 80  # a key names a motion, it need not list all its signatories


def motion_key(names: str) -> str | None:
    """``motie:moorlag-buitenweg`` for "Moorlag en Buitenweg"."""
    parts = [p.strip() for p in re.split(r"\s*(?:,|\ben\b)\s*", names) if p.strip()]
    parts = [p for p in parts if p not in _NOT_NAMES]
    if not parts:
        return None
    slug = "-".join(re.sub(r"[^\w]+", "-", p.lower()).strip("-") for p in parts)
    return f"motie:{slug[:MOTION_SLUG_MAX].rstrip('-')}"
