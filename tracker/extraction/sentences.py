"""Sentences of a clean block, split around Dutch abbreviations, initials and list numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .cleanup import Block
from .dates import SENT_WORD
from .forms import speaker_at

# Words that end in a full stop without ending the sentence ("nr. 641", "d.d. 10 september").
# Not "jl." or "a.s.": they close a date ("… van 13 september jl. Ik verzoek u …").
ABBREVIATIONS = frozenset("""
art. artt. bijv. blz. bv. c.q. c.s. ca. d.d. d.w.z. dhr. dr. drs. e.a. e.d. evt. excl.
i.c.m. i.o.m. i.p.v. i.v.m. ing. incl. ir. jo. m.b.t. m.i.v. mevr. mln. mld. mr. mw.
n.a.v. nl. nr. nrs. o.a. o.b.v. o.i.d. p. pag. prof. resp. sr. st. stb. stcrt. t.a.v. t.b.v.
t.o.v. vgl. vs. z.g. zgn. z.s.m.
jan. feb. febr. mrt. apr. jun. jul. aug. sep. sept. okt. nov. dec.
""".split())  # noqa: SIM905 (a word list reads best as text)

# A paragraph break, or sentence-final punctuation with the whitespace after it and the first
# character that follows (group 1; empty at the end of the text).
# A footnote marker may stand after the full stop, glued or (in PDF text) apart: "…
# uithuisplaatsing.1 Ik zal …", "… van het hoofdlijnenakkoord? 1 Zo ja, kunt u …", or in
# brackets as a web page prints it: "… concluderen onderzoekers'?[1] Zo ja, …".
_BREAK = re.compile(r"\n\n|[.!?]+[”’\"»)\]]*(?:\[\d{1,3}\]|\d{1,2}(?=\s)"
                    r"|[ \t]\d{1,2}(?=[ \t][A-ZÀ-Ý]))?\s+(\S|$)")
_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.)+|(?:[a-z]\.){2,}")
_LIST_LABEL = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,2})*|\d{1,2}\s?[A-Z]|[a-z]|[IVX]+)\)?")
_OPENERS = "«“‘\"'([„"
# "Vraag 2 en 3 Herinnert u zich …", "Antwoord 1 Ja.": written questions printed on one line.
# The label is a heading, not part of the question or the answer.
_QA_LABEL = re.compile(
    r"(?:Vraag|Antwoord)(?:\s+\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|-|–)\s*\d{1,3}[a-z]?)*\s*[:.]?|\s*:)"
    r"\s+(?=[A-ZÀ-Ý«“‘\"'(„])")


@dataclass(slots=True)
class Sentence:
    block: Block
    paragraph: int  # index of the paragraph within its block
    clean_start: int
    clean_end: int
    start: int  # span in the original text
    end: int
    text: str  # whitespace collapsed

    @property
    def in_footnote(self) -> bool:
        return self.block.kind == "footnote"

    @property
    def footnote_markers(self) -> list[int]:
        """Numbers of the footnotes whose markers stood in this sentence."""
        return [n for pos, n in self.block.mapped.markers
                if self.clean_start <= pos <= self.clean_end]


def split(block: Block, speakers: bool = False) -> list[Sentence]:
    """The block's sentences in order; paragraph breaks always end a sentence.

    ``speakers``: the text is a transcript, and a speaker's label ("Minister Rutte:") is a
    sentence of its own even where the speech follows it on the same line.
    """
    text = block.text
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in _BREAK.finditer(text):
        if m.group() == "\n\n":
            _emit(block, paragraph, start, m.start(), out)
            start = m.end()
            paragraph += 1
            continue
        end = m.start(1)
        if "\n\n" in text[m.start():end]:  # "… end.\n\nnext": a paragraph break after all
            _emit(block, paragraph, start, end, out)
            start = end
            paragraph += 1
            continue
        if not _ends_sentence(text, start, m):
            continue
        _emit(block, paragraph, start, end, out)
        start = end
    _emit(block, paragraph, start, len(text), out)
    out = _split_question_labels(block, out)
    out = _split_after_submitted(block, out)
    return _split_labels(block, out) if speakers else out


# Written questions' heading closes with the day they were sent, and the first question follows
# without a full stop: "… over voetbalvandalisme. (Ingezonden 29 november 1990) 1 Bent u bereid
# …?" (a scan of the Aanhangsel): the question is a sentence of its own.
# (at a line's end or before a question's number; not a letter's "de vragen van het lid Van Dijk
# (ingezonden 5 december 2023) zal ik …")
# (a scan's too: "(Inge-zonden 4 oktober 1976)", "(lngezonden …)")
_SUBMITTED = re.compile(r"\((?:" + SENT_WORD + r"|[Oo]nt-?van-?gen)\s+[^()\n]{4,40}\)"
                        r"(?=[ \t]*\n\s*\S|\s+\d{1,2}[.)]?\s+[A-ZÀ-Ý])")


def _split_after_submitted(block: Block, sentences: list[Sentence]) -> list[Sentence]:
    if not any(word in block.text for word in ("zonden", "zon-den", "vangen", "van-gen")):
        return sentences
    return _split_at(block, sentences,
                     lambda s: _SUBMITTED.search(block.text, s.clean_start, s.clean_end))


def _split_question_labels(block: Block, sentences: list[Sentence]) -> list[Sentence]:
    if "Vraag" not in block.text and "Antwoord" not in block.text:
        return sentences
    return _split_at(block, sentences, lambda s: _QA_LABEL.match(block.text, s.clean_start))


def _split_at(block: Block, sentences: list[Sentence],
              cut: Callable[[Sentence], re.Match[str] | None]) -> list[Sentence]:
    """Each sentence in two where ``cut`` finds what ends its first part."""
    out: list[Sentence] = []
    for s in sentences:
        m = cut(s)
        if m is None or m.end() >= s.clean_end:
            out.append(s)
            continue
        _emit(block, s.paragraph, s.clean_start, m.end(), out)
        _emit(block, s.paragraph, m.end(), s.clean_end, out)
    return out


def _split_labels(block: Block, sentences: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    shift = 0  # a label opens a paragraph of its own: later paragraphs move up one
    for s in sentences:
        s.paragraph += shift
        hit = speaker_at(block.text, s.clean_start)
        if hit is None or hit[1] >= s.clean_end:
            out.append(s)
            continue
        _emit(block, s.paragraph, s.clean_start, hit[1], out)
        shift += 1
        _emit(block, s.paragraph + 1, hit[1], s.clean_end, out)
    return out


def _ends_sentence(text: str, start: int, m: re.Match[str]) -> bool:
    nxt = m.group(1)
    if not nxt:
        return True
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        # (a speaker's label printed in small letters: "… het woord. minister De Jonge: …")
        return speaker_at(text, m.start(1)) is not None
    if text[m.start()] != ".":
        return True
    cut = max(text.rfind(" ", start, m.start()), text.rfind("\n", start, m.start()), start - 1)
    word = text[cut + 1:m.start() + 1]
    if word.lower().lstrip("(") in ABBREVIATIONS or _INITIALS.fullmatch(word.lstrip("(")):
        return False
    # "1. Beperk de mogelijkheden": a list number, not a sentence of its own.
    return not _LIST_LABEL.fullmatch(text[start:m.start()].strip())


def _emit(block: Block, paragraph: int, start: int, end: int, out: list[Sentence]) -> None:
    text = block.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    mapped = block.mapped
    out.append(Sentence(block, paragraph, start, end, mapped.origin(start),
                        mapped.origin_end(end), " ".join(text[start:end].split())))
