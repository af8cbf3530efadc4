"""Candidate commitments, requests and milestones found in Dutch parliamentary text.

Pure: text in, items out; no database, no Flask, no files. ``extract`` cleans the text (see
``cleanup``), gives every sentence its reference date (``dates``), decides what a clerk would
register (``detect``), resolves the deadline with the shared engine (``tracker.deadlines``),
collects the identifiers cited (``references``) and links dated legal effects to the milestone
catalogue passed in (``milestones``). Every item carries its span in the original text, the
rule that found it and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from .. import clock
from ..calendar import ParliamentaryCalendar
from ..deadlines import Deadline, find_deadline, find_deadlines, is_deadline_worded
from .actors import GOV, MEMBERS, OTHER, PARL, SELF, clean_actor, mentions
from .cleanup import Visible, plain_whitespace, prepare_blocks
from .dates import explicit_dates, first_explicit_date, reference_dates
from .detect import (
    FULFILMENT,
    Finding,
    accepts,
    anaphoric,
    as_read,
    asked,
    beyond_debate,
    debate_act,
    debate_internal,
    debate_to_come,
    detect,
    member_request,
    negotiation,
)
from .detect.commitments import _NEXT_DOCUMENT, _REGISTERED_NUMBER, cut_off, spoken_delivery
from .detect.effects import IN_FORCE_AFTER, took_effect_at
from .detect.vocabulary import _negated
from .forms import (
    CHAIR,
    FORMS,
    GOVERNMENT,
    LETTER,
    MEMBER,
    REGISTER,
    TRANSCRIPT,
    Entries,
    Speaker,
    bare_speaker,
    detect_form,
    opening_speaker,
    printed_bare,
    register_entries,
    speaker_at,
)
from .milestones import MilestoneLink, applicable, catalogue_entries, link
from .references import find_references
from .sentences import Sentence, split

__all__ = ["FORMS", "Extraction", "Fulfilment", "Item", "extract", "sentences_of"]

# Who signs a government letter: "De Minister voor Rechtsbescherming,".
_SIGNATURE = re.compile(
    # (a ministry's own letter prints it in small letters: "de minister van Financiën,")
    # (the ministry's name may hold commas: "Volksgezondheid, Welzijn en Sport")
    r"^[ \t]*[Dd]e\s+((?:[Mm]inister|[Ss]taatssecretaris)(?:-president)?\s+(?:van|voor)\s+[^,\n]+?"
    r"(?:,[ \t]*[A-Z][^,\n]*?)*?)"
    # the name may follow on the same line: "De Staatssecretaris van Defensie, B. Visser"
    r"\s*,[ \t]*(?:(?:[A-Z]\.\s*)+[^\n,.]{1,50}|[A-Z][a-z]+(?:[ \t]+[A-Za-z-]+){1,3})?[ \t]*$",
    re.MULTILINE)
# Who answers written questions: "Antwoord van Minister Uitermark (Binnenlandse Zaken …)".
_ANSWERED_BY = re.compile(
    r"^[ \t]*Antwoord\s+van\s+(?:de\s+)?((?:[Mm]inister|[Ss]taatssecretaris)\b[^\n]{2,150}?)"
    r"\s*(?:\(\s*ontvangen\b|$)", re.MULTILINE)
# A Kamerstuk's heading names who sends it: "Nr. 8 BRIEF VAN DE ALGEMENE REKENKAMER", "BRIEF VAN
# DE MINISTER VAN …", "BRIEF VAN DE VASTE COMMISSIE …", "MOTIE VAN HET LID …".
_SENDER = re.compile(r"^[ \t]*(?:Nr\.\s*\S+\s+)?(?:BRIEF|NOTA|MOTIE|NOTITIE|REACTIE"
                     r"|ANTWOORD(?:BRIEF)?)\s+VAN\s+(?P<who>(?:DE|HET|EEN)\s+[^\na-z]{3,200})$",
                     re.MULTILINE)
# Another body writing to parliament, named at the head of its text: "Algemene Rekenkamer",
# "De Nationale ombudsman", "Provincie Fryslân", "Advies Raad van State", "Kiesraad".
_BODY_HEAD = re.compile(r"\A(?:[ \t]*\n)*(?:[^\n]*\n(?:[ \t]*\n)*){0,2}?[ \t]*(?:De\s+|Het\s+)?"
                        r"(?:Algemene\s+Rekenkamer|Nationale\s+ombudsman|Provincie\s+\w+|Gedeputeerde"
                        r"\s+Staten|(?:Advies\s+)?(?:Afdeling\s+advisering\s+van\s+de\s+)?Raad\s+van"
                        r"\s+State|Kiesraad|Adviescollege\b|Raad\s+voor\s+(?:de\s+|het\s+)?\w+"
                        r"|Sociaal-Economische\s+Raad|Notitie\s+van\s+de\s+griffie)\b[^\n]*$",
                        re.MULTILINE)
# A section's heading inside another body's report: "4 Reactie van de ministers", "Reactie van
# UWV en de minister" (the government speaks), "5 Nawoord Algemene Rekenkamer" (the body again).
_SECTION_SENDER = re.compile(r"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:Reactie|Brief|Antwoord)"
                             r"[ \t]+van[ \t]+(?P<who>[^\n]{3,80})|Nawoord\b[^\n]{0,80})[ \t]*$",
                             re.MULTILINE)
_GOVERNMENT_NAMED_IN = re.compile(r"\b(?:minister|ministers|staatssecretaris|regering|kabinet)\b",
                                  re.IGNORECASE)


def _senders(text: str, body: bool) -> list[tuple[int, bool]]:
    """Where a heading says who writes, and whether it is the government: "ik" and "wij" promise
    only in a government's text (``body``: the text is headed by another body)."""
    found = [(m.start(), bool(_GOVERNMENT_SENDER.search(m.group("who"))))
             for m in _SENDER.finditer(text)]
    sections = list(_SECTION_SENDER.finditer(text))
    if body:
        found.append((0, False))
    if body or any(m.group("who") is None for m in sections):
        # (only in another body's text, or a report with its "Nawoord": a government letter's
        # "Reactie van de VNG" heads what the VNG said, not who writes on)
        found += [(m.start(), bool(m.group("who") and _GOVERNMENT_NAMED_IN.search(m.group("who"))))
                  for m in sections]
    return sorted(found)


_RETOLD = re.compile(r"\b(?:schrijft|schreef|vermeldt|vermeldde|meldt|meldde|stelt|stelde|zegt"
                     r"|zei)\b[^.;]{0,80}?\bdat\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:[Ii]k|[Ww]ij|[Ww]e|[Oo]nze?|[Mm]ijn)\b")
# The signer of a government letter asking parliament: "Ik verzoek u …", "verzoeken wij uw Kamer"
_GOVERNMENT_ASKS = re.compile(r"\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+verzoek(?:en)?\s+(?:u|uw\s+Kamer)\b"
                              r"|\bverzoek(?:en)?\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b")
# Where the government's answers begin in a report that also holds them: "II Reactie van de
# minister", "Antwoord / Reactie van de Staatssecretaris", "BRIEF VAN DE MINISTER VAN …"
_GOVERNMENT_REPLIES = re.compile(
    r"(?m)^[ \t]*(?:[IVX]+\.?[ \t]+|\d+\.?[ \t]+)?(?:(?:Antwoord(?:en)?|Reactie|Beantwoording)\b"
    r"[^\n]{0,40}\b(?:[Mm]inister|[Ss]taatssecretaris|[Rr]egering|[Kk]abinet)"
    r"|BRIEF\s+VAN\s+DE\s+(?:MINISTER|STAATSSECRETARIS))")
_GOVERNMENT_SENDER = re.compile(r"MINISTER|STAATSSECRETARIS|REGERING|KABINET")
_MINISTER_OPENS = re.compile(r"(?:De|Het)\s+(?:minister|staatssecretaris|minister-president"
                             r"|kabinet|regering)\b", re.IGNORECASE)
# "Op de vraag van de heer Van Nispen antwoordt de staatssecretaris dat …", "Over DigiD zegt de
# staatssecretaris dat …": the paragraph is about the minister, a phrase put first
_MINISTER_ANSWERS = re.compile(r"[^.;:]{0,120}?\b(?:antwoordt|zegt|stelt|merkt|wijst|deelt"
                               r"|erkent|benadrukt|reageert|licht)\s+(?:de|het)\s+(?:minister"
                               r"|staatssecretaris|minister-president|kabinet)\b", re.IGNORECASE)
# "Hij zal …", "Wel zal zij de rapportage … sturen" (the subject after a first word and its verb)
_HE_OR_SHE = re.compile(r"(?:Hij|Zij)\s|(?:[\w-]+\s+){1,6}?(?:zal|zullen|wil|gaat|stuurt|kan)\s+"
                        r"(?:hij|zij)\b")
_MEMBER_OPENS = re.compile(r"(?:De\s+heer|Mevrouw|Het\s+lid|De\s+leden|De\s+fractie|De\s+commissie"
                           r"|De\s+voorzitter)\b", re.IGNORECASE)
# A verslag's members, opening a sentence ("De leden van de VVD-fractie …", "Deze leden lezen
# …", "Het lid Van Dijk …"): a "Zij" or "Hij" opening the sentences after it in the paragraph
# (or after their first word and verb: "Graag ontvangen zij …") stands for them ("Zij vinden
# het van belang dat de Kamer de uitkomsten tijdig ontvangt" is their wish, no promise)
_MEMBERS_OPEN = re.compile(r"(?:(?:De|Deze|Die|Genoemde|Voornoemde|Bovengenoemde"
                           r"|Laatstgenoemde)\s+leden|De\s+(?:vaste\s+)?commissie|Het\s+lid"
                           r"|De\s+heer|Mevrouw)\b")
_THEY_OPEN = re.compile(r"(?:Zij|Ze|Hij)\s|[\w-]+,?\s+[\w-]+\s+(?:zij|ze|hij)\b")
_ANSWERS_REPORT = re.compile(r"(?m)^[^\n]{0,60}\b(?:NOTA\s+NAAR\s+AANLEIDING\s+VAN\s+HET\s+"
                             r"(?:NADER\s+)?VERSLAG|MEMORIE\s+VAN\s+ANTWOORD|NADER\s+RAPPORT)\b")
_MEMBERS_REPORT = re.compile(r"(?m)^[^\n]{0,60}\b(?:(?:NADER\s+)?VOORLOPIG\s+VERSLAG"
                             r"|EINDVERSLAG)\b")
_IN_ITS_ANSWERS = re.compile(r"\b(?:in|bij)\s+(?:de|zijn|haar)\s+(?:nadere\s+)?(?:memorie\s+van"
                             r"\s+antwoord|nota\s+naar\s+aanleiding\s+van\s+het\s+(?:nader\s+)?"
                             r"verslag)\b", re.IGNORECASE)
_MEMBERS_ASKED = re.compile(r"\b(?:de\s+leden|het\s+lid|deze\s+leden|zij|de\s+fractie|de\s+Afdeling"
                            r"|ik\s+moge\s+u)\b", re.IGNORECASE)
# (named where a line opens, as its heading does: "Rondetafelgesprek \"Versnelling woningbouw\"",
# "Verslag van een technische briefing"; not a member's "… of een rondetafelgesprek")
_HEARS_GUESTS = re.compile(r"^[ \t]*(?:(?:verslag\s+van\s+)?(?:een|het|de)\s+)?(?:rondetafelgesprek"
                           r"|technische\s+briefing|hoorzitting)\b", re.IGNORECASE | re.MULTILINE)
_DICTUM = re.compile(r"(?:[Vv]erzoekt|[Rr]oept)\s+de\s+regering\b")
_MOTION_NAMED = re.compile(r"(?:\d{1,3}[.)]\s+)?[Mm]otie[- ][^\n]{0,200}"
                           r"\(\d[^()]{0,40}\bnr\.\s*\d+\)\s*$")
_GOVERNMENT_NAMED = re.compile(r"\b(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\b")
# What a speaker says before answering: "Voorzitter.", "Ja.", "Dank u wel."
_OPENING = re.compile(
    r"(?i)(?:(?:dank\s+u(?:\s+wel)?|voorzitter|ja|nee|zeker|goed|prima)[,.!]?\s*)+")
_MILESTONE_PREFIX = re.compile(
    r"(?:uiterlijk(?:\s+op)?|vanaf|per|met\s+ingang\s+van|m\.i\.v\.|tot\s+en\s+met)\s*$", re.I)


# Longer "sentences" are unsplit tables or lists without punctuation (the seeds' longest is 875
# characters); the analysis of who does what is quadratic in the worst case, so they are skipped.
MAX_SENTENCE = 3000


@dataclass(frozen=True)
class Item:
    kind: str  # commitment | request | milestone
    text: str  # the sentence, cleaned (hyphenation undone, footnote markers removed)
    start: int  # span of the sentence in the original text
    end: int
    actor: str | None
    deadline_text: str | None
    due: date | None
    precision: str  # of the deadline: day, month, …, conditional, none
    refs: tuple[str, ...]
    rule: str
    confidence: float
    deadline_rule: str | None = None
    reference_date: date | None = None
    footnote: int | None = None  # the footnote the sentence stands in
    milestones: tuple[MilestoneLink, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract of ``tracker extract`` (extra fields come after the contract's)."""
        return {
            "kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
            "actor": self.actor, "deadline_text": self.deadline_text,
            "due": self.due.isoformat() if self.due else None, "precision": self.precision,
            "refs": list(self.refs), "rule": self.rule, "confidence": self.confidence,
            "deadline_rule": self.deadline_rule,
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "footnote": self.footnote,
            "milestones": [m.as_dict() for m in self.milestones],
        }


@dataclass(frozen=True)
class Fulfilment:
    """A sentence saying the document keeps a promise ("doet … deze toezeggingen gestand")."""

    text: str
    start: int
    end: int
    refs: tuple[str, ...]
    dates: tuple[date, ...] = ()  # when the kept promise was made, if the sentence says


@dataclass
class Extraction:
    date: date | None  # the document's date: given, else its latest dateline, else latest date
    items: list[Item]
    fulfilments: list[Fulfilment]
    text: str = field(repr=False, default="")
    author: str | None = None
    sentences: list[Sentence] = field(default_factory=list, repr=False)
    form: str = "letter"  # letter | transcript | register (see ``forms``)

    @cached_property
    def refs(self) -> list[str]:
        """Every identifier the document cites (found when first asked for)."""
        return find_references(self.text)


def sentences_of(text: str, form: str | None = None) -> list[Sentence]:
    """The sentences ``extract`` reads, body first, then footnotes."""
    visible = Visible.of(plain_whitespace(text))
    speakers = (form or detect_form(visible.text)) == TRANSCRIPT
    sentences = [s for block in prepare_blocks(visible.text) for s in split(block, speakers)]
    return _in_original(visible, sentences) if visible.breaks else sentences


def _in_original(visible: Visible, sentences: list[Sentence]) -> list[Sentence]:
    for s in sentences:
        s.start, s.end = visible.start(s.start), visible.end(s.end)
    return sentences


def extract(
    text: str,
    date: date | None = None,
    calendar: ParliamentaryCalendar | None = None,
    catalogue: Iterable[Any] | None = None,
    form: str | None = None,
) -> Extraction:
    """Every candidate in ``text``; ``date`` is the document's date when known.

    ``catalogue``: milestone rows (``bundled_catalogue()`` or Milestone objects) to link dated
    legal effects to; without it milestones are still found but not linked. ``form``: letter,
    transcript or register (see ``forms``); found from the text when not given.
    """
    original = plain_whitespace(text or "")
    visible = Visible.of(original)
    extraction = _extract(visible.text, date, calendar, catalogue, form)
    if visible.text is original:
        return extraction
    # read without the characters that print as nothing; every span points into the input
    extraction.items = [replace(i, start=visible.start(i.start), end=visible.end(i.end))
                        for i in extraction.items]
    extraction.fulfilments = [replace(f, start=visible.start(f.start), end=visible.end(f.end))
                              for f in extraction.fulfilments]
    _in_original(visible, extraction.sentences)
    extraction.text = original
    return extraction


def _extract(text: str, date: date | None, calendar: ParliamentaryCalendar | None,
             catalogue: Iterable[Any] | None, form: str | None) -> Extraction:
    calendar = calendar or ParliamentaryCalendar.bundled()
    form = form or detect_form(text)
    blocks = prepare_blocks(text)
    refdates = reference_dates(text, date)
    entries = applicable(_entries_of(catalogue), text) if catalogue is not None else []
    author = _author(text)
    reader = _Reader(form, text, calendar, author, entries, _FootnoteRefs(blocks))

    items: list[Item] = []
    fulfilments: list[Fulfilment] = []
    all_sentences: list[Sentence] = []
    for block in blocks:
        sentences = split(block, form == TRANSCRIPT)
        all_sentences += sentences
        fulfilled_paragraphs = set()
        for s in sentences:
            if ("gestand" in s.text or "toezegging" in s.text or "otie" in s.text) and \
                    FULFILMENT.search(s.text):
                fulfilments.append(Fulfilment(s.text, s.start, s.end,
                                              tuple(find_references(s.text)),
                                              explicit_dates(s.text)))
                fulfilled_paragraphs.add(s.paragraph)
        reader.start_block(block.kind == "footnote")
        previous: tuple[Sentence, Item | None] | None = None
        listed = 0  # the parts of a request's list, read with it
        for i, s in enumerate(sentences):
            if listed:
                listed -= 1
                previous = (s, items[-1])
                continue
            if reader.label(s):
                previous = None
                continue
            item = reader.item(s, refdates.of_span(s.start, s.end), previous,
                               fulfilled_paragraphs)
            if item is not None and item.kind == "request" and _SAME_ASKED.match(s.text) \
                    and previous is not None and previous[1] is not None and items \
                    and items[-1] is previous[1] and previous[1].kind == "request" \
                    and previous[0].paragraph == s.paragraph:
                continue  # "Ik vraag de minister … uiterlijk eind oktober. Kan hij dat
                # toezeggen?": the request just made, asked again
            if item is not None and item.kind == "request" and (
                    s.text.endswith(":") or _ASKS_AT_END.search(s.text)):
                listed = _list_after(sentences, i)
                if listed:
                    item = _with_list(item, sentences[i + 1:i + 1 + listed], calendar)
            parts = _worded_parts(sentences, i) \
                if item is not None and item.kind == "commitment" and s.text.endswith(":") else []
            if parts and _OPEN_PROMISE.search(s.text):
                # "De komende periode zal ik: – uw Kamer voor de zomer informeren …; – in het
                # najaar een wetsvoorstel indienen.": a promise a part
                items += [_promised_part(item, p, calendar) for p in parts]
                listed, previous = len(parts), (s, items[-1])
                continue
            if parts:
                # "Ik zal uw Kamer voor de zomer informeren over: – de voortgang …; – de
                # kosten …": one promise, what it is about in the list after it
                item = replace(item, text=" ".join([item.text, *map(_unmarked, parts)]),
                               end=parts[-1].end)
                listed = len(parts)
            if item is not None and item.rule == "commitment.spoken-delivery" \
                    and previous is not None and previous[1] is not None and items \
                    and items[-1] is previous[1]:
                timed = _timed_after(previous[1], previous[0], s, calendar)
                if timed is not previous[1]:  # "Die neem ik mee in de voortgangsbrief. Die
                    items[-1] = timed  # komt in het najaar.": one promise and its time
                    previous = (s, timed)
                    continue
            if item is not None and i:
                item = _timed_before(item, sentences[i - 1], s, calendar)
            if item is not None:
                if item.kind == "commitment" and item.due is not None \
                        and previous is not None and previous[1] is not None and items \
                        and items[-1] is previous[1] and previous[1].kind == "commitment" \
                        and previous[1].precision == "none" \
                        and previous[0].paragraph == s.paragraph and _DONE_BY.match(s.text):
                    # "De resultaten hiervan zal ik analyseren … Ik verwacht dit in het derde
                    # kwartaal af te ronden.": the time said next is the promise's too
                    items[-1] = _timed(previous[1], _inherited(item))
                if item.kind == "request" and not listed and form != TRANSCRIPT \
                        and ";" in s.text:
                    # (a motion read out in a debate stays one request: its dicta are read
                    # from the motion's own paper)
                    items += _dicta(item, s, calendar)
                else:
                    items.append(item)
            elif previous is not None and previous[1] is not None and items \
                    and items[-1] is previous[1]:
                items[-1] = _timed_after(previous[1], previous[0], s, calendar)
            previous = (s, item)
    items = _dated_by_reference(reader.timed_when_asked(reader.merged(items)))
    if form != REGISTER and ("tand" in text or "tatus" in text):
        items = [i for i in items if not _kept_in_overview(i, text)]
    if " | " in text:
        items = _without_repeated_rows(items)
    return Extraction(refdates.document_date, items, fulfilments, text, author, all_sentences,
                      form)


_CONTENT_WORD = re.compile(r"\b[a-zà-ÿ]{6,}\b")
_COMMON_WORDS = frozenset("""
minister staatssecretaris premier kabinet regering zorgen ervoor toezeggen kunnen willen
zullen informeren sturen daarover daarbij voorzitter
""".split())  # noqa: SIM905 (a word list reads best as text)


def _restates(promise: str, asked: str) -> bool:
    """Does the promise say again what was asked (two content words of the question)?"""
    words = set(_CONTENT_WORD.findall(asked.lower())) - _COMMON_WORDS
    return len(words & set(_CONTENT_WORD.findall(promise.lower()))) >= 2


# An overview's entry whose state says it is kept: "Toezegging: De Kamer ontvangt een evaluatie
# … / Vindplaats: AO Huurbeleid … / Stand van zaken: Afgedaan. De evaluatie is … gezonden". (Not
# in the Eerste Kamer's register, whose kept entries the real labellers register.)
_KEPT_STATE = re.compile(r"^[ \t]*(?:Stand\s+van\s+zaken|Status|Stand)\s*:\s*(?:afgedaan|uitgevoerd"
                         r"|voldaan|afgerond)\b"
                         # "Stand van zaken: … gezonden (Kamerstuk …). Deze toezegging is afgedaan."
                         # (or "… De Kamer is hierover bij brief van 29 juni geïnformeerd", "De
                         # evaluatie wordt gelijktijdig met deze begroting … aangeboden")
                         r"|^[ \t]*(?:Stand\s+van\s+zaken|Status|Stand)\s*:[^\n]*"
                         r"(?:\b(?:deze|de)\s+toezegging\s+is\s+(?:hiermee\s+|daarmee\s+)?(?:afgedaan|voldaan"
                         r"|nagekomen|uitgevoerd)\b|\bKamer\s+is\s+(?:hierover\s+|daarover\s+)?"
                         r"(?:bij|met|per)\s+(?:de\s+)?brief\s+van\s+[^\n.]{3,40}?geïnformeerd\b"
                         r"|\bgelijktijdig\s+met\s+deze\b)", re.IGNORECASE | re.MULTILINE)
_ENTRY_END = re.compile(r"\n[ \t]*\n")


def _kept_in_overview(item: Item, text: str) -> bool:
    if item.kind != "commitment":
        return False
    end = _ENTRY_END.search(text, item.end)
    return _KEPT_STATE.search(text, item.end, end.start() if end else len(text)) is not None


_SENDS_NOW = re.compile(r"\b(?:stuurt|stuur|informeert|informeer|zendt|zend|biedt|bied)\b",
                        re.IGNORECASE)


def _without_repeated_rows(items: list[Item]) -> list[Item]:
    """A planning table in an annex lists again what the letter promised: a row that names
    what an earlier promise named, by the same time, is that promise."""
    kept: list[Item] = []
    for item in items:
        if item.rule == "commitment.planned" and any(
                before.kind == "commitment" and before.rule != item.rule
                and before.due == item.due and _restates(item.text, before.text)
                for before in kept):
            continue
        kept.append(item)
    return kept


_SAME_ASKED = re.compile(
    r"^(?:(?:en|dus|voorzitter)[,.]?\s+)?(?:(?:kan|wil|zal|gaat)\s+(?:hij|zij|ze|u|het\s+kabinet"
    r"|de\s+(?:minister(?:-president)?|staatssecretaris|premier))\s+(?:dat|dit|die|het)\s+"
    r"(?:(?:ook|dan|hier|vandaag)\s+)*(?:toezeggen|doen|beloven)"
    # "Is de premier daartoe bereid?", "Zegt hij dat toe?"
    r"|(?:is|bent)\s+(?:hij|zij|ze|u|het\s+kabinet|de\s+(?:minister(?:-president)?|staatssecretaris"
    r"|premier))\s+(?:daartoe|daar|dan|hiertoe)\s+(?:ook\s+)?bereid"
    r"|zegt\s+(?:hij|zij|ze|u|het\s+kabinet|de\s+(?:minister(?:-president)?|staatssecretaris"
    r"|premier))\s+(?:dat|dit)\s+(?:ook\s+)?toe)\s*\?$", re.IGNORECASE)
# A motion's or a committee's request as a list: "verzoekt de regering: – …; – …, en gaat
# over tot de orde van de dag." Its parts (up to the next line that is not one) are the request.
_ASKS_AT_END = re.compile(r"\b(?:verzoekt|verzoeken|roept|draagt)\s+(?:de\s+regering|het\s+kabinet"
                          r"|u)(?:\s+(?:op|tevens|voorts|om))*\s*,$")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+[a-zà-ý]")  # "1. voor de zomer … in te richten;"
_LIST_END = re.compile(r"(?:[;,]|\bof|\ben|\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.)$")


_LIST_MARKS = "–•·▪-"


def _list_after(sentences: list[Sentence], i: int) -> int:
    """How many sentences after ``sentences[i]`` are the parts of its list: those that start
    lower-case, with a dash or with a number ("1. voor de zomer …"), each but the last ending
    in ";" or ","."""
    n = 0
    for s in sentences[i + 1:i + 21]:
        if not (s.text[0] in _LIST_MARKS or s.text[0].islower() or _NUMBERED.match(s.text)):
            break
        n += 1
        if not _LIST_END.search(s.text) or s.text.endswith("dag."):
            break
    return n


# A clause pointing back at the clause before it: "…; dat zeg ik toe", "…; daarna zal ik …".
_THEN = re.compile(r"\s*(?:dat|dit)\b|[^;]*?\b(?:dan|daarna|daarbij|daarin|daarmee|tegelijk\w*"
                   r"|vervolgens|direct|meteen|op\s+dat\s+moment|na\s+afloop|aansluitend)\b",
                   re.IGNORECASE)


# Where a motion asks again, a dictum of its own: "…; verzoekt de regering voorts …", "…; draagt
# de regering op …", "…, en verzoekt de regering tevens …".
_ASKING = (r"(?:verzoekt|verzoeken|draagt|dragen|roept|roepen)\s+(?:de\s+regering|het\s+kabinet"
           r"|de\s+(?:minister|staatssecretaris)\w*)\b")
_ASKS = re.compile(r"\b" + _ASKING, re.IGNORECASE)
_ASKS_AGAIN = re.compile(r"(?:;|,\s*en)\s+(?=(?:en\s+)?" + _ASKING + ")", re.IGNORECASE)


def _dicta(item: Item, s: Sentence, calendar: ParliamentaryCalendar) -> list[Item]:
    """A motion that asks in dicta of their own ("verzoekt de regering een onderzoek te laten
    doen; verzoekt de regering voorts de Kamer vóór 1 juni te informeren") is a request a
    dictum, each by its own time (none when it names none): the labellers of the 20 real
    motions in dicta of the opened corpus registered each, and one dictum's date is not
    another's. Each is its dictum alone: the considerations before the first ask nothing, and
    their dates are no deadline."""
    text = s.block.text
    first = _ASKS.search(text, s.clean_start, s.clean_end)
    if first is None:
        return [item]
    cuts = list(_ASKS_AGAIN.finditer(text, first.end(), s.clean_end))
    if not cuts:
        return [item]
    mapped, reference = s.block.mapped, item.reference_date or clock.today()
    starts = [first.start(), *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), s.clean_end]
    parts = []
    for start, end in zip(starts, ends, strict=True):
        parts.append(_timed(item, find_deadline(text[start:end], reference, calendar),
                            text=" ".join(text[start:end].split()),
                            start=mapped.origin(start), end=mapped.origin_end(end)))
    return parts


def _first_asked(parts: list[str], reference: date, calendar: ParliamentaryCalendar
                 ) -> Deadline | None:
    """A request in parts (a dashed or numbered list after "verzoekt de regering:"; in a
    debate, a motion read out in dicta) is one item, by the time its first part that names one
    asks: its other times are later steps of the same request. A bare date or year ("met
    streefdatum 1 januari 2018", "in 2025 een wetsvoorstel") gives way to a later part's
    deadline ("uiterlijk op 1 oktober 2016 te informeren")."""
    bare = None
    for part in parts:
        due = find_deadline(part, reference, calendar)
        if due is None:
            continue
        if due.precision not in ("day", "month", "year", "none") or is_deadline_worded(due):
            return due
        bare = bare or due
    return bare


# A promise whose verbs are in the list after it: "De komende periode zal ik:", "Wij gaan
# daarom:", "Ik ga de volgende stappen zetten:" (each part a deed of its own).
_OPEN_PROMISE = re.compile(
    r"(?:\b(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we|het\s+kabinet)|\b(?:ik|wij|we|kabinet)\s+"
    r"(?:zal|zullen|ga|gaan))(?:\s+(?:de\s+komende\s+(?:periode|tijd|maanden|jaren|weken)|daarom"
    r"|verder|ook|voorts|tevens|onder\s+meer|in\s+ieder\s+geval|dit\s+jaar|volgend\s+jaar|nog"
    r"|concreet|in\s+(?:19|20)\d\d|in\s+het\s+(?:voorjaar|najaar)|(?:voor|na)\s+de\s+zomer))*"
    r"(?:\s+de\s+volgende\s+(?:stappen|acties|maatregelen)\s+(?:zetten|nemen|ondernemen|treffen))?"
    r"\s*:$", re.IGNORECASE)


def _unmarked(part: Sentence) -> str:
    return part.text.lstrip(_LIST_MARKS + " ")


def _worded_parts(sentences: list[Sentence], i: int) -> list[Sentence]:
    """The list after ``sentences[i]`` when every part continues it in words (starts
    lower-case after its mark: "– uw Kamer … informeren;"), else none."""
    parts = sentences[i + 1:i + 1 + _list_after(sentences, i)]
    return parts if all(_unmarked(p)[:1].islower() for p in parts) else []


def _promised_part(item: Item, part: Sentence, calendar: ParliamentaryCalendar) -> Item:
    """One part of a promise's list as a promise of its own, with its own time (else the
    opening's): "De komende periode zal ik: in het najaar een wetsvoorstel indienen;"."""
    text = f"{item.text} {_unmarked(part)}"
    refs = tuple(dict.fromkeys((*item.refs, *find_references(part.text))))
    due = find_deadline(part.text, item.reference_date or clock.today(), calendar)
    if due is None:
        return replace(item, text=text, end=part.end, refs=refs)
    confidence = item.confidence + (0.05 if due.due is not None and item.due is None else 0)
    return _timed(item, due, text=text, end=part.end, refs=refs, confidence=confidence)


def _with_list(item: Item, parts: list[Sentence], calendar: ParliamentaryCalendar) -> Item:
    text = " ".join([item.text, *(p.text for p in parts)])
    asking = item.text[item.text.rfind(";") + 1:]  # not the motion's considerations
    due = _first_asked([asking, *(p.text for p in parts)],
                       item.reference_date or clock.today(), calendar)
    return _timed(item, due, text=text, end=parts[-1].end,
                  refs=tuple(dict.fromkeys((*item.refs, *(r for p in parts
                                                            for r in find_references(p.text))))))


# A registry entry's promise names who made it: "De Minister van BZK zegt …", "De regering …".
_REGISTERED = re.compile(r"^(?:(?:De|Het)\s+(?:[Mm]inisters?|[Ss]taatssecretariss(?:en)?"
                         r"|[Ss]taatssecretaris|[Rr]egering|[Kk]abinet|[Mm]inister-[Pp]resident)"
                         r"|(?:Minister|Staatssecretaris)\s+(?:van\s+|voor\s+|[A-Z]))")
_ENTRY_TITLE = re.compile(r"^Toezegging\b.{0,300}?\)\s*(?=(?:De|Het|Minister|Staatssecretaris)\b)")
_ENTRY_HEADING = re.compile(r"^Toezegging\b")
_LIST_TITLE = re.compile(r"^[^.:;]{3,120}?\s(?=(?:De|Het)\s+(?:[Mm]inister|[Ss]taatssecretaris)\b)")
# "Bent u bereid deze vragen afzonderlijk te beantwoorden?" — "Ja.": the answers that follow
# keep it, nothing is left to check
_THESE_QUESTIONS = re.compile(r"\b(?:deze|(?:de\s+)?(?:boven|voor)staande|voorgaande)\s+vragen\b"
                              r"[^?]*\bbeantwoord", re.IGNORECASE)
_QA_HEADING = re.compile(r"^(?:Vraag|Antwoord|Vragen|Antwoorden)(?:\s+\d+[a-z]?)?\s*[.:]?\s*$")


def _registered(text: str) -> Finding | None:
    found = [m for m in mentions(text) if m.kind == GOV]
    if not found or found[0].start > 0:
        return None
    return Finding("commitment", "commitment.registered", 0.9, found[0].text, GOV)


_CATALOGUE: list[Any] = [None, []]  # the last catalogue read, and its entries


def _entries_of(catalogue: Iterable[Any]) -> list:
    """The catalogue's entries, worked out once for the catalogue a caller passes every time
    (the CLI, the extraction job and the benchmark keep one list)."""
    if _CATALOGUE[0] is not catalogue:
        _CATALOGUE[:] = [catalogue, catalogue_entries(catalogue)]
    return _CATALOGUE[1]


def _author(text: str) -> str | None:
    """Who signs the letter ("De Minister voor Rechtsbescherming,"), or answers the questions
    ("Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties)")."""
    signature = _SIGNATURE.search(text)
    if signature:
        return clean_actor(signature.group(1))
    answer = _ANSWERED_BY.search(text)
    return clean_actor(answer.group(1)) if answer else None


# A speaker's label closing a sentence, as a registry page's quotes print it after their source.
_LABEL_AT_END = re.compile(r"(?:^|\s)((?:[Dd]e\s+heer|[Mm]evrouw|[Mm]inister|[Ss]taatssecretaris)\b"
                           r"[^:.?!]{0,100}:)\s*$")


_MOTION_OR_VERDICT = re.compile(r"\bmotie\b|\bamendement\b|\boordeel\s+(?:van\s+)?de\s+Kamer\b"
                                r"|\bontra(?:den|ad)\b", re.IGNORECASE)


class _Reader:
    """Reads each sentence in the context of its document's form: who speaks in a transcript,
    which entry of a registry page it belongs to."""

    def __init__(self, form: str, text: str, calendar: ParliamentaryCalendar,
                 author: str | None, entries, footnote_refs: _FootnoteRefs) -> None:
        self.form = form
        self.text = text
        self.calendar = calendar
        self.author = author
        # (a debate printed with its labels without colons: "Minister Rutte" over the speech)
        self.bare = form == TRANSCRIPT and printed_bare(text)
        self.milestone_entries = entries
        self.footnote_refs = footnote_refs
        self.register = Entries(register_entries(text)) if form == REGISTER else None
        # Where a heading says who writes: "ik" and "wij" promise only in a government's text.
        self.other_body = form == LETTER and _BODY_HEAD.match(text) is not None
        self.senders = _senders(text, self.other_body) if form == LETTER else []
        # (a passage that opens in the middle of a speech: its speaker, as far as the labels
        # after it tell)
        self.speaker: Speaker | None = opening_speaker(text) if form == TRANSCRIPT else None
        self.in_footnote = False
        # Transcripts: each turn's sentences, to read "Dat zeg ik toe." with what was asked.
        self.turns: list[tuple[Speaker | None, list[Sentence]]] = [(self.speaker, [])]
        self.accepted: dict[int, Sentence] = {}  # "Dat zeg ik toe." by its start
        # Answers to written questions: "Ja, daartoe ben ik bereid." accepts the question
        # just before it ("Vraag 2 … Bent u bereid …? Antwoord 2 …"), by the answer's start
        self.question: Sentence | None = None
        self.answered: dict[int, Sentence] = {}
        self.entries_read: set[int] = set()  # registry entries whose promise was read
        self.quoted: tuple[int, Speaker] | None = None  # who speaks in an entry's quotes
        self.topic: int | None = None  # the paragraph a verslag's summary of a minister opens
        self.members_topic: int | None = None  # … or a verslag's members open
        # The government's answers to a report ("Nota naar aanleiding van het verslag",
        # "Memorie van antwoord", a "nader rapport") repeat each question before its answer:
        # what the members asked is retold there, not asked
        self.answers_report = bool(_ANSWERS_REPORT.search(text, 0, 3000))
        # The members' own report on a bill ("Voorlopig verslag") retells what the government
        # promised in its answers: the clerk registers that from the answers themselves
        self.members_report = bool(_MEMBERS_REPORT.search(text, 0, 3000))
        # A round-table talk or a technical briefing hears guests, not the government: what
        # members ask them ("Kunt u ons die doorrekening nasturen?") is no request to it
        self.hears_guests = form == TRANSCRIPT and bool(_HEARS_GUESTS.search(text, 0, 3000))

    def start_block(self, footnote: bool) -> None:
        self.in_footnote = footnote
        self.topic = self.members_topic = None

    def _of_minister(self, s: Sentence) -> bool:
        """Does a "Hij"/"Zij" opening this sentence stand for the minister its paragraph is
        about ("De staatssecretaris gaat in op de voedselprijzen. … Hij zal de Kamer binnen
        zes weken een overzicht sturen")? The paragraph's first word on someone else ("De heer
        …", "Mevrouw …") ends that."""
        if _MINISTER_OPENS.match(s.text) or (
                ("minister" in s.text or "staatssecretaris" in s.text or "kabinet" in s.text)
                and _MINISTER_ANSWERS.match(s.text)):
            self.topic = s.paragraph
            self.members_topic = None
        elif _MEMBER_OPENS.match(s.text):
            self.topic = None
        if _MEMBERS_OPEN.match(s.text):
            self.members_topic = s.paragraph
        return self.topic == s.paragraph and _HE_OR_SHE.match(s.text) is not None

    def _of_members(self, s: Sentence) -> bool:
        """Does a "Zij" or "Hij" opening this sentence stand for the members (or the member) its
        paragraph opened with (read after ``_of_minister``)?"""
        return self.members_topic == s.paragraph and _THEY_OPEN.match(s.text) is not None

    def label(self, s: Sentence) -> bool:
        """Is the sentence a speaker's label? It then starts that speaker's turn."""
        if self.form != TRANSCRIPT or self.in_footnote:
            return False
        hit = speaker_at(s.text)
        if hit is None and self.bare:
            bare = bare_speaker(s.text)
            hit = (bare, len(s.text)) if bare is not None else None
        if hit is None or hit[1] < len(s.text):
            if not self.in_footnote:
                self.turns[-1][1].append(s)
            return False
        self.speaker = hit[0]
        self.turns.append((self.speaker, []))
        return True

    def item(self, s: Sentence, reference: date | None,
             previous: tuple[Sentence, Item | None] | None,
             fulfilled_paragraphs: set[int]) -> Item | None:
        # (the entry the sentence ends in: one that runs the fields of the entry before into
        # the next one's heading and words is that next one's)
        entry = self.register.at(s.end - 1) if self.register is not None else None
        if entry is not None and s.start >= entry.words_end:
            # The registry's quotes, fields and history repeat the promise; what a member
            # asked in the debate it quotes ("Is de minister bereid om …?") is a request
            return self._quoted_request(s, entry, reference)
        if entry is not None and entry.number and _ENTRY_HEADING.match(s.text) \
                and s.start <= entry.start + 8:
            return None  # the heading names the promise: its entry's words make the item
        if entry is not None and entry.made_on is not None:
            reference = entry.made_on
        speaker = self.speaker if self.form == TRANSCRIPT and not self.in_footnote else None
        forced = None
        if speaker is not None and speaker.role == GOVERNMENT and accepts(as_read(s.text)):
            self.accepted[s.start] = s  # read with what was asked in ``merged``
            forced = Finding("commitment", "commitment.accepted", 0.85, None, SELF)
        elif self.form == LETTER and not _QA_HEADING.match(s.text):
            if self.question is not None and accepts(as_read(s.text)) \
                    and not self._not_government(s.start) \
                    and not _THESE_QUESTIONS.search(self.question.text):
                self.accepted[s.start] = s
                self.answered[s.start] = self.question
                forced = Finding("commitment", "commitment.accepted", 0.85, None, SELF)
            self.question = s if s.text.rstrip().endswith("?") else None
        if entry is not None and entry.start not in self.entries_read:
            # An entry's first sentence is the promise the registry records, however worded,
            # also where the page runs its title into it ("Toezegging Boosters (35.961)De …")
            words = _ENTRY_TITLE.sub("", s.text, count=1)
            if not _REGISTERED.search(words) and entry.number:
                # a list's entry: its number, then its title run into the promise
                # ("Houdbaarheid schuldquote bij stijgende rente De minister … zegt toe …")
                words = _LIST_TITLE.sub("", words, count=1)
            if _REGISTERED.search(words) and not _ENTRY_HEADING.match(words):
                self.entries_read.add(entry.start)
                forced = _registered(words) or forced
        item = _item(s, reference, self.calendar, self.author, self.milestone_entries,
                     self.footnote_refs, previous, fulfilled_paragraphs, speaker,
                     self.form == TRANSCRIPT, forced,
                     self.form != TRANSCRIPT and self._of_minister(s),
                     self.form != TRANSCRIPT and self._of_members(s))
        if (item is not None and item.kind == "commitment" and self._not_government(s.start)
                and (item.actor in (None, self.author) or item.actor.lower() in ("ik", "wij", "we"))
                and _FIRST_PERSON.search(s.text)):
            return None  # "Wij verwachten … te rapporteren" in a letter of the Rekenkamer
        if item is not None and item.kind == "request" and (
                (self.answers_report and _MEMBERS_ASKED.search(s.text))
                or (self.hears_guests and not _GOVERNMENT_NAMED.search(s.text))):
            return None
        if item is not None and item.kind == "commitment" and self.members_report \
                and _IN_ITS_ANSWERS.search(s.text):
            return None  # "De staatssecretaris heeft in de memorie van antwoord toegezegd …"
        if item is not None and item.rule == "request.papers-asked" \
                and _GOVERNMENT_REPLIES.search(self.text, 0, s.start) is not None:
            return None  # the answers retell what the members asked before answering it
        if item is not None and item.kind == "request" and self.author is not None \
                and _GOVERNMENT_ASKS.search(s.text):
            return None  # "Ik verzoek u het wetsvoorstel spoedig te behandelen": a minister asks
        if item is not None and item.kind == "request" and previous is not None \
                and _DICTUM.match(s.text) and _MOTION_NAMED.match(previous[0].text):
            return None  # an overview quotes a motion under its name: "2. Motie-Groeneveld over
            # … (36 600 VII, nr. 33) / Verzoekt de regering, …" (asked before, told now)
        if item is not None and item.kind == "commitment" and self.other_body \
                and self._not_government(s.start) \
                and (item.rule == "commitment.reported" or _RETOLD.search(s.text)):
            return None  # another body retells the government's promise: "De toelichting
            # vermeldt dat het kabinet …", "de minister heeft destijds toegezegd …" (not a
            # committee's letter, which holds the minister to it)
        if item is not None and item.kind == "request" and self._not_government(s.start) \
                and _GOVERNMENT_ASKS.search(s.text):
            return None  # "Wij verzoeken u de minister te vragen …": a province asks the Kamer
        if item is not None and item.rule == "commitment.reported" and item.precision == "none" \
                and self.author is not None and self.form == LETTER \
                and not _REGISTERED_NUMBER.search(s.text):
            return None  # a minister's letter retelling a promise with no time to watch it by:
            # its account of what it keeps now, or of one kept ("Het kabinet heeft toegezegd …
            # scenario's uit te werken"); minutes' "De minister heeft toegezegd …" record one
        if item is not None and entry is not None and entry.deadline is not None \
                and item.kind == "commitment":
            item = replace(item, due=entry.deadline, precision="day",
                           deadline_text=entry.deadline_text, deadline_rule="register")
        return item

    def _quoted_request(self, s: Sentence, entry, reference: date | None) -> Item | None:
        """A member's question in the debate a registry entry quotes ("Uit de stukken")."""
        label = _LABEL_AT_END.search(s.text)  # "Handelingen I 2017-2018, … Mevrouw Strik (GL):"
        hit = speaker_at(s.text, label.start(1)) if label else None
        if hit is not None and hit[1] >= len(s.text.rstrip()):
            self.quoted = (entry.start, hit[0])
            return None
        opening = speaker_at(s.text)  # the label before the quote: 'De heer Van Driel (PvdA):
        if opening is not None:  # "De wet is nu vijf jaar van kracht …'
            self.quoted = (entry.start, opening[0])
        if self.quoted is None or self.quoted[0] != entry.start \
                or self.quoted[1].role != MEMBER or not s.text.rstrip(' "”’').endswith("?"):
            return None
        item = _item(s, reference, self.calendar, self.author, self.milestone_entries,
                     self.footnote_refs, None, set(), self.quoted[1], True)
        return item if item is not None and item.kind == "request" else None

    def _not_government(self, pos: int) -> bool:
        sender = None
        for start, government in self.senders:
            if start > pos:
                break
            sender = government
        return sender is False

    def merged(self, items: list[Item]) -> list[Item]:
        """ "Dat zeg ik toe.": the promise is what was asked (or said) just before it."""
        if not self.accepted:
            return items
        drop: set[int] = set()
        requests = {o.start for o in items if o.kind == "request"}
        for i, item in enumerate(items):
            answer = self.accepted.get(item.start)
            content = self.answered.get(item.start) or (
                self._asked_before(answer, requests) if answer is not None else None)
            if content is not None and _VERDICT.search(content.text):
                drop.add(i)  # "De motie … wil ik ontraden. Dat wil ik echt doen.": a verdict
                continue
            if content is None:
                continue
            # (what was asked: the question and a request just before it, "Wil de premier
            # regelen dat …? Is de premier daartoe bereid?")
            asked = " ".join([content.text, *(o.text for o in items if o.kind == "request"
                                              and 0 <= content.start - o.end <= 400)])
            if answer is not None and any(
                    other.kind == "commitment" and 0 <= other.start - answer.end <= 2
                    and _restates(other.text, asked) for other in items):
                drop.add(i)  # "Dat kan ik doen. Ik zal ervoor zorgen dat de Kamer binnen twee
                continue  # weken het tijdpad krijgt": the next sentence says it in full
            # The promise said just before is one item with its acceptance; a member's request
            # stays a request (the Kamer asked, the minister promised: both are on record).
            drop.update(j for j, other in enumerate(items)
                        if j != i and other.start == content.start and other.kind == "commitment")
            text = f"{content.text} {item.text}"
            due = find_deadline(text, item.reference_date or clock.today(), self.calendar)
            after = self._said_after(answer) if answer is not None else None
            if after is not None and _restates(after.text, asked) \
                    and not _MOTION_OR_VERDICT.search(after.text) \
                    and not any(other.start == after.start for other in items):
                # "… kijkt naar de hoogte van het maximumbedrag? — Dat zeg ik toe. Het
                # maximumbedrag wordt in de evaluatie meegenomen.": the promise said again, in
                # the minister's words (and its time, if the question named none)
                text = f"{text} {after.text}"
                due = due or find_deadline(after.text, item.reference_date or clock.today(),
                                           self.calendar)
            if due is None and answer is not None:
                due = self._promised_before(answer, items)
            if due is None and item.due is not None:  # the time said just after it
                due = Deadline(item.deadline_text or "", item.due, item.precision,
                               item.deadline_rule or "", 0, 0, False)
            items[i] = _timed(
                item, due, text=text, start=content.start,
                refs=tuple(dict.fromkeys((*find_references(content.text), *item.refs))))
        return [item for j, item in enumerate(items) if j not in drop]

    def timed_when_asked(self, items: list[Item]) -> list[Item]:
        """ "Ik kom daar schriftelijk op terug." — "Wanneer ongeveer?" — "Ik denk een weekje of
        drie.": a promise without a time gets the one its speaker gives when asked."""
        if len(self.turns) < 4:
            return items
        by_start = {item.start: i for i, item in enumerate(items)}
        for t in range(1, len(self.turns) - 2):
            speaker, sentences = self.turns[t]
            if speaker is None or speaker.role != GOVERNMENT or not sentences:
                continue
            i = by_start.get(sentences[-1].start)
            if i is None or items[i].kind != "commitment" or items[i].precision != "none":
                continue
            asked, answer = self.turns[t + 1][1], self.turns[t + 2]
            if answer[0] != speaker or not answer[1] or not any(
                    _WHEN.search(x.text) for x in asked[-2:]):
                continue
            reference = items[i].reference_date or clock.today()
            due = find_deadline(" ".join(x.text for x in answer[1][:2]), reference,
                                self.calendar, still_to_come=True)
            if due is not None and due.due is not None:
                items[i] = _timed(items[i], due, f"inherited:asked:{due.rule}")
        return items

    def _place(self, answer: Sentence) -> tuple[int, int] | None:
        """Which turn an acceptance stands in, and where in it."""
        for t, (_speaker, sentences) in enumerate(self.turns):
            for i, s in enumerate(sentences):
                if s is answer:
                    return t, i
        return None

    def _said_after(self, answer: Sentence) -> Sentence | None:
        """The sentence after an acceptance in the same turn, if there is one."""
        place = self._place(answer)
        if place is None:
            return None
        sentences = self.turns[place[0]][1]
        return sentences[place[1] + 1] if place[1] + 1 < len(sentences) else None

    def _promised_before(self, answer: Sentence, items: list[Item]) -> Deadline | None:
        """ "Ik zeg wel toe dat ik in mei terugkom op … Dat zeg ik graag toe.": an acceptance
        that names no time repeats the timed promise a few sentences before it in its turn."""
        place = self._place(answer)
        if place is None:
            return None
        t, i = place
        starts = {x.start for x in self.turns[t][1][max(0, i - 4):i]}
        for before in reversed(items):
            if before.start in starts and before.kind == "commitment" \
                    and before.due is not None and before.start < answer.start:
                return _inherited(before)
        return None

    def _asked_before(self, answer: Sentence, requests: set[int]) -> Sentence | None:
        """What "Dat zeg ik toe." accepts: the sentence before it in the same turn, or at the
        start of a turn the question (else the request, else the last sentence) of the turn
        before — the chair's turn between ("Het woord is aan de minister.") passed over.
        ``requests``: where the requests found start ("Dan zou ik graag een brief ontvangen
        over hoe dat zit. … Maar misschien zie ik dat verkeerd.")."""
        place = self._place(answer)
        if place is None:
            return None
        t, i = place
        before = [x for x in self.turns[t][1][:i] if not _OPENING.fullmatch(x.text)]
        if before:
            return before[-1]
        t -= 1
        while t >= 0 and self.turns[t][0] is not None and self.turns[t][0].role == CHAIR:
            t -= 1
        if t < 0 or self.turns[t][0] is None:
            return None  # (nobody asked: the text before the first speaker is a heading)
        asked = self.turns[t][1]
        questions = [x for x in asked if x.text.rstrip().endswith("?")]
        return (questions or [x for x in asked if x.start in requests] or asked or [None])[-1]


class _FootnoteRefs:
    """The identifiers each footnote cites, read when a sentence that points to it is an item."""

    def __init__(self, blocks) -> None:
        self._texts = {b.number: b.text for b in blocks if b.kind == "footnote"}
        self._refs: dict[int | None, list[str]] = {}

    def get(self, number: int | None, default: list[str]) -> list[str]:
        if number not in self._texts:
            return default
        if number not in self._refs:
            self._refs[number] = find_references(self._texts[number])
        return self._refs[number]


def _item(s: Sentence, reference: date | None, calendar: ParliamentaryCalendar,
          author: str | None, entries, footnote_refs: _FootnoteRefs,
          previous: tuple[Sentence, Item | None] | None,
          fulfilled_paragraphs: set[int], speaker: Speaker | None = None,
          transcript: bool = False, finding: Finding | None = None,
          of_minister: bool = False, of_members: bool = False) -> Item | None:
    if not (12 if finding is None else 8) <= len(s.text) <= MAX_SENTENCE:
        return None  # (an acceptance may be shorter: "Dat doe ik.")
    # A text without any date and no date from the caller: resolve against today.
    reference = reference or clock.today()
    memo: list[Deadline | None] = []

    def deadline() -> Deadline | None:
        if not memo:
            memo.append(find_deadline(s.text, reference, calendar))
        return memo[0]

    # Every match holds "inister" or "taatssecretaris": most sentences need no search.
    after_government = of_minister or (
        previous is not None and previous[0].paragraph == s.paragraph
        and ("inister" in previous[0].text or "taatssecretaris" in previous[0].text)
        and _GOVERNMENT_NAMED.search(previous[0].text) is not None)
    # (a member's promise gives way to what the member asks, the chair's is dropped: _may_say)
    promise_dropped = transcript and speaker is not None and speaker.role in (MEMBER, CHAIR)
    text = as_read(s.text)
    finding = finding or detect(text, deadline, after_government, promise_dropped, of_members)
    if finding is None and transcript and speaker is not None and speaker.role == GOVERNMENT:
        finding = spoken_delivery(text, deadline)
    opening = _CONTINUES.match(s.text) if finding is None else None
    continued = opening is not None and previous is not None and previous[1] is not None \
        and previous[1].kind == "commitment" and previous[0].paragraph == s.paragraph \
        and not _negated(s.text) and not cut_off(s.text, opening.end())
    if continued:  # "In het najaar zal ik de Kamer informeren … Hierbij zal ik ook ingaan op …"
        finding = Finding("commitment", "commitment.continued", 0.7, None, SELF)
    if transcript and speaker is not None and speaker.role == MEMBER and (
            finding is None or finding.kind == "commitment"):
        finding = asked(member_request, text, deadline)
    if finding is None:
        return None
    if transcript and not _may_say(finding, speaker, text, deadline):
        return None
    if finding.rule == "commitment.reported" and s.paragraph in fulfilled_paragraphs:
        return None  # "is uw Kamer … toegezegd …; In deze brief doet de Minister … gestand"
    same_paragraph = previous is not None and previous[0].paragraph == s.paragraph
    refs = list(find_references(s.text))
    for number in s.footnote_markers:
        refs += [r for r in footnote_refs.get(number, []) if r not in refs]
    if same_paragraph and not refs and anaphoric(s.text):
        refs = find_references(previous[0].text)

    links: tuple[MilestoneLink, ...] = ()
    if finding.kind == "milestone":
        due = _milestone_deadline(s.text, reference, calendar)
        links = tuple(link(s.text, entries))
        refs += [f"milestone:{m.key}" for m in links if f"milestone:{m.key}" not in refs]
    else:
        if finding.kind == "request" and ";" in s.text[finding.focus:]:
            due = _first_asked(s.text[finding.focus:].split(";"), reference, calendar)
        else:
            due = find_deadline(s.text[finding.focus:], reference, calendar) if finding.focus \
                else deadline()
        if due is None and finding.focus and finding.kind == "commitment":
            due = deadline()  # the promise's clause names no time: the sentence's time holds
            if due is not None and ";" in s.text[due.end:finding.focus] \
                    and not _THEN.match(s.text, finding.focus):
                due = None  # (not one past a semicolon, unless the clause points back at it:
                # "Op 23 mei vindt de Raad plaats; de minister van Defensie informeert uw Kamer
                # daarover afzonderlijk", but "…; daarna zal ik u informeren")
        if (finding.rule == "commitment.reported" and due is not None and due.due is not None
                and due.due < reference):
            # A promise retold with a past date is its history: "Eerder is toegezegd begin 2020
            # de campagne te lanceren" (in April 2020), "Dit heeft mijn voorganger in 2023
            # toegezegd"; what is promised now stands in a sentence of its own. One that names
            # its registry entry ("In 2023 is toegezegd (T03670) …") is kept, to tie the letter
            # to that entry, without a due date: when, not by when.
            if not refs:
                return None
            due = None
        elif (finding.kind == "commitment" and due is not None and due.due is not None
              and due.due < reference):
            # What is promised now is still to come, so a time already past names what it is
            # about, not by when: "Over het aantal verkeersgewonden in 2015 … ontvangt u een
            # separate brief". A time still to come beside it is the deadline. (A request keeps
            # its past time: it is retold after it, in a rappel or above the answers.)
            scope = s.text[finding.focus:] if finding.focus else s.text
            past, due = due.due, find_deadline(scope, reference, calendar, still_to_come=True)
            if due is None and finding.rule == "commitment.present-deadline" \
                    and past.year < reference.year and _SENDS_NOW.search(s.text) \
                    and not _NEXT_DOCUMENT.search(s.text):
                return None  # the present tense with only a time of a year gone by tells what
                # is done now: "Minister Drijfhout stuurt de Tweede Kamer de stand van zaken
                # van de woningbouw in 2025" (a page's summary of the letter, in 2026; not an
                # overview's overdue "stuurt de Kamer in het eerste kwartaal een brief")
            if due is None and finding.rule == "commitment.passive-future":
                return None  # a passive read as a promise by its time alone, that time gone
                # by: a plan retold ("Dit proces zal worden afgerond in juni 2020", in July)
    deadline_rule = due.rule if due else None
    if due is None and finding.kind == "commitment" and same_paragraph and (
            continued or anaphoric(s.text)):
        before = previous[1]
        if before is not None and before.kind == "commitment" and before.due is not None:
            due = _inherited(before)
            deadline_rule = due.rule
    confidence = finding.confidence
    if due is not None and due.due is not None and finding.kind == "commitment":
        confidence += 0.05
    if s.in_footnote:
        confidence -= 0.05
    return Item(
        kind=finding.kind, text=s.text, start=s.start, end=s.end,
        actor=_actor(finding, author, speaker), deadline_text=due.phrase if due else None,
        due=due.due if due else None, precision=due.precision if due else "none",
        refs=tuple(refs), rule=finding.rule, confidence=round(min(confidence, 0.99), 2),
        deadline_rule=deadline_rule, reference_date=reference,
        footnote=s.block.number if s.in_footnote else None, milestones=links,
    )


def _timed(item: Item, due: Deadline | None, rule: str | None = None, **changes) -> Item:
    """``item`` with ``due`` as its deadline (none at all when None), and ``changes``."""
    return replace(item, deadline_text=due.phrase if due else None,
                   due=due.due if due else None, precision=due.precision if due else "none",
                   deadline_rule=rule or (due.rule if due else None), **changes)


# "Dat neem ik mee in de brief", "Kan de minister toezeggen dat in die brief ook staat …?", "in
# dat overzicht gaan we ook in op …": a deliverable promised earlier, named again.
_NAMED_AGAIN = re.compile(
    r"(?:\b(?:in|met|bij|via|aan)\s+(?:die|deze|dat|dit|de|het|haar|zijn|mijn|onze)\s+"
    # or as the subject: "Die tussentijdse rapportage zal ik ook aan deze Kamer sturen"
    r"|^(?:Die|Dat)\s+)"
    # (not a new one: "bij de eerstvolgende evaluatie", "in een nieuwe brief")
    r"(?!(?:eerst)?volgende\b|komende\b|nieuwe\b|andere\b)(?:[\w-]+\s+)?[\w-]*?"
    r"(?P<head>brief|overzicht|rapportage|notitie|analyse|evaluatie|reactie|update|voorstel|plan"
    r"|monitor)\b", re.IGNORECASE)


_INFORMS = re.compile(r"\b(?:informeer|informeert|informeren|bericht|berichten)\b",
                      re.IGNORECASE)


def _dated_by_reference(items: list[Item]) -> list[Item]:
    """An item without a time that names a deliverable promised earlier with one ("in die
    brief", "in dat overzicht") is due when that deliverable is: the promise it adds to."""
    out: list[Item] = []
    for item in items:
        m = _NAMED_AGAIN.search(item.text) if item.due is None and item.precision == "none" \
            and item.kind == "commitment" else None
        if m is not None:  # ("de voortgangsbrief" names an earlier "brief" too)
            head = m.group("head").lower()
            earlier = next((x for x in reversed(out[-8:])
                            if x.due is not None and x.kind == "commitment"
                            and (head in x.text.lower()
                                 # "… dat ik de Kamer voor de zomer informeer …" is a letter
                                 or (head == "brief" and _INFORMS.search(x.text)))), None)
            if earlier is not None:
                item = _timed(item, _inherited(earlier))
        out.append(item)
    return out


def _inherited(before: Item) -> Deadline:
    """The deadline of an earlier promise, for a sentence that leans on it."""
    rule = before.deadline_rule or ""
    return Deadline(before.deadline_text or "", before.due, before.precision,
                    rule if rule.startswith("inherited:") else f"inherited:{rule}", 0, 0, False)


def _timed_after(item: Item, said: Sentence, s: Sentence,
                 calendar: ParliamentaryCalendar) -> Item:
    """A promise without a time, and the sentence after it gives one: "Ik zeg daarover graag
    een brief toe. Ik denk dat die er in maart zou kunnen zijn." """
    if item.kind != "commitment" or item.precision != "none" or s.paragraph != said.paragraph \
            or not _TIME_AFTER.match(s.text):
        return item
    reference = item.reference_date or clock.today()
    due = find_deadline(s.text, reference, calendar, still_to_come=True)
    if due is None or due.due is None or any(
            x.kind in (OTHER, MEMBERS) and x.start < due.start for x in mentions(s.text)):
        return item  # (not another's time: "Naar verwachting zal de Commissie in het najaar
        # een voorstel doen")
    return _timed(item, due, f"inherited:after:{due.rule}", text=f"{item.text} {s.text}",
                  end=s.end)


def _timed_before(item: Item, said: Sentence, s: Sentence,
                  calendar: ParliamentaryCalendar) -> Item:
    """A promise that opens with "Dan" and its sending verb takes the time the sentence before
    names: "Het eerste moment … is in oktober. Dan sturen wij het rapport naar uw Kamer"."""
    if item.kind != "commitment" or item.precision != "none" or s.paragraph != said.paragraph \
            or not _THEN_SENDS.match(s.text) or _PAST_TOLD.search(said.text):
        return item
    due = find_deadline(said.text, item.reference_date or clock.today(), calendar,
                        still_to_come=True)
    if due is None or due.due is None:
        return item
    return _timed(item, due, f"inherited:before:{due.rule}")


# "Dan" and the verb that sends, first: the time is the sentence before's ("… is in oktober. Dan
# sturen wij het rapport naar uw Kamer"), not a condition's ("Als …, dan …" is one sentence).
_THEN_SENDS = re.compile(r"^(?:En\s+)?[Dd]an\s+(?:stuur|sturen|zend|zenden|informeer|informeren"
                         r"|bericht|berichten|ontvangt|ontvangen|krijgt|krijgen)\s+(?:ik|wij|we|u"
                         r"|de\s+Kamer|uw\s+Kamer)\b")
_PAST_TOLD = re.compile(r"\b(?:was|waren|werd|werden|had|hadden|heb|hebt|heeft|hebben)\b",
                        re.IGNORECASE)  # ("Dat was in januari. Dan …": a time gone by)
# When the work just promised will be done, said as a promise of its own: "Ik verwacht dit in het
# derde kwartaal van dit jaar af te ronden."
_DONE_BY = re.compile(r"^(?:Ik|Wij|We)\s+(?:verwacht(?:en)?|streef|streven|hoop|hopen)\s+"
                      r"(?:dit|dat|deze|die|het)\b[^.;:]*\b(?:af\s+te\s+ronden|afgerond|gereed"
                      r"|klaar|af\s+te\s+hebben)\b")
# A question when: "Wanneer ongeveer?", "Op welke termijn kunnen we die verwachten?"
_WHEN = re.compile(r"\b(?:[Ww]anneer|[Ww]elke\s+termijn|[Hh]oe\s+snel|[Hh]oe\s+lang)\b[^?]*\?")

# What says when the promise just made will be kept: "Ik denk dat die er in maart kan zijn.",
# "Dat wordt na de zomer.", "Naar verwachting is dat in het voorjaar."
_TIME_AFTER = re.compile(
    r"^(?:(?:Ja|Nou|Kijk|En|Maar),?\s+)?(?:Ik\s+(?:denk|verwacht|hoop|reken|schat|streef|ga\s+ervan)"
    r"|(?:Dat|Die|Deze|Dit|Het|Hij|Zij|Ze)\s+(?:wordt|worden|zal|zullen|komt|komen|is|moet|kan|gaat"
    r"|zou|lukt|verschijnt|verwacht)|Naar\s+verwachting|Verwacht(?:\s+wordt)?|Mijn\s+(?:verwachting"
    r"|inschatting|planning)|De\s+planning)\b")


# A sentence that goes on about the promise just made: "Begin april kom ik met een beleidsbrief.
# In deze brief zal ik een reactie geven op …" ("deze brief" is the promised one, not this one).
# (present tense too, after a promise: "Ik verwacht u de brief voor het meireces te sturen. In
# die brief ga ik tevens in op …")
_CONTINUES = re.compile(r"^(?:(?:Daarbij|Daarin|In\s+(?:die|dat)\s+[\w-]+)\s+(?:zal|zullen|ga|gaan"
                        r"|kom|komen|neem|nemen|besteed|besteden)"
                        # (this letter, told in the present, is no letter to come: "In deze brief
                        # ga ik in op …", "Hierbij ga ik ook in op …"; "In deze brief zal ik …"
                        # after a promised one is that one)
                        r"|(?:Hierbij|Hierin|In\s+(?:deze|dit)\s+[\w-]+)\s+(?:zal|zullen)"
                        # (the letter promised, not this one: "Daarin geef ik per knelpunt aan …")
                        r"|(?:Daarin|In\s+(?:die|dat)\s+[\w-]+)\s+(?:geef|geven))\s+"
                        r"(?:ik|wij|we|het\s+kabinet)\b"
                        # the subject first: "We zullen daarin ook ingaan op de voortgang …"
                        # (this letter again only in the future: "Ik zal hierin …", not "Ik neem
                        # hierin … mee")
                        r"|(?:Ik|Wij|We|Het\s+kabinet)\s+(?:zal|zullen|ga|gaan|kom|komen|neem"
                        r"|nemen|besteed|besteden)\s+(?:(?:ook|dan|tevens|eveneens|verder)\s+)?"
                        r"(?:daarin|daarbij)\b"
                        r"|(?:Ik|Wij|We|Het\s+kabinet)\s+(?:zal|zullen)\s+"
                        r"(?:(?:ook|dan|tevens|eveneens|verder)\s+)?(?:hierin|hierbij)\b")

# A verdict on a motion, which "Dat doe ik" may stress: nothing promised to the Kamer.
_VERDICT = re.compile(r"\b(?:ontraden|ontraad|oordeel\s+(?:aan\s+)?(?:de\s+)?Kamer)\b", re.I)
_VERDICT_SAID = re.compile(r"\b(?:ga|gaat|gaan|zal|zullen|wil|willen)\b[^.;:]*\bontraden\W*$", re.I)

_WEAK_IN_DEBATE = frozenset(["commitment.going-to", "commitment.come-back"])
# Studying what came in, the verb closing its clause: "Ik ga die brief bestuderen, maar …"
_ONLY_STUDIES = re.compile(r"\b(?:ga|gaan|zal|zullen)\s+(?:[\w-]+\s+){0,4}?(?:bestuderen|doorlezen"
                           r"|doornemen|lezen)\s*(?:[.,;:!]|$)", re.IGNORECASE)
_DEBATE_PRONE = frozenset(["commitment.future", "commitment.future-tell", "commitment.going-to",
                           "commitment.present-deadline", "commitment.willing"])
_EXPLICIT_RULES = frozenset(["commitment.explicit", "commitment.accepted", "commitment.reported"])


def _may_say(finding: Finding, speaker: Speaker | None, text: str, deadline) -> bool:
    """In a debate only ministers and state secretaries promise, and only beyond the debate
    itself ("ik kom daar in de tweede termijn op terug" is not a promise); members ask."""
    if finding.kind == "commitment":
        if speaker is None:  # the minutes' own words: "De minister zegt toe …"
            return finding.actor_kind not in ("self", None)
        if speaker.role != GOVERNMENT or debate_internal(text, finding.focus or None):
            return False
        if _VERDICT_SAID.search(text):
            return False  # "Ik ga die voorstellen, na appreciatie, ontraden": a verdict
        if finding.rule in _EXPLICIT_RULES:
            return True  # "… en daar kom ik op terug; dit is een toezegging."
        # "Daar kom ik op terug", "we gaan kijken hoe …": in a debate, promises for later
        # name a letter, a way to the Kamer or a time; "Ik zal eerst de vragen doen", "zal ik
        # het oordeel aan de Kamer laten" are the debate's own business.
        if finding.rule in _DEBATE_PRONE and debate_act(text) and not beyond_debate(text) \
                and deadline() is None:
            return False
        if finding.rule in ("commitment.future", "commitment.going-to") \
                and _ONLY_STUDIES.search(text) and deadline() is None:
            return False  # "Ik ga de brief bestuderen": reading what came in, nothing the Kamer
            # gets (not "Ik ga het rapport bestuderen en u daarna informeren")
        if finding.rule in ("commitment.future", "commitment.going-to") and negotiation(text) \
                and not beyond_debate(text):
            return False  # a negotiating position, not something the Kamer can check later
        if finding.rule == "commitment.future" and debate_to_come(text):
            return False  # "Ik zie uit naar het debat op 23 oktober, waarin we hier
            # ongetwijfeld over zullen spreken": a debate to come, not a deed
        return finding.rule not in _WEAK_IN_DEBATE or beyond_debate(text) or (
            deadline() is not None) or (finding.rule == "commitment.come-back" and "graag" in text)
    if finding.kind == "request":
        # A motion asks whoever reads it out (the chair's "Zij krijgt nr. 471" runs into it).
        return speaker is None or speaker.role == MEMBER or (
            finding.rule == "request.directed" and speaker.role != GOVERNMENT)
    return True


# "… vervalt de overgangsregeling voor de geluidbelasting van bestaande woningen op 1 januari
# 1989": the day named after the verb of ending
_ENDS_ON = re.compile(r"\b(?:vervalt|vervallen|eindigt|eindigen|verstrijkt|verloopt)\b[^.;]*$",
                      re.IGNORECASE)


def _milestone_deadline(text: str, reference: date,
                        calendar: ParliamentaryCalendar) -> Deadline | None:
    """The date the effect holds: after "uiterlijk", "vanaf", "per" …, else the first date."""
    found = [d for d in find_deadlines(text, reference, calendar) if d.rule in ("date", "month")]
    # (not a day the effect took before: "De regeling die per 1 januari 2024 werd ingevoerd,
    # vervalt met ingang van 1 januari 2027")
    found = [d for d in found if not took_effect_at(text, d.start, d.end)] or found
    for d in found:
        head = text[max(0, d.start - 25):d.start]
        if d.phrase.lower().startswith(("uiterlijk", "vanaf", "per ", "met ingang", "m.i.v.",
                                        "tot en met")) or _MILESTONE_PREFIX.search(head) \
                or (d.phrase.lower().startswith("op ") and (
                    IN_FORCE_AFTER.match(text, d.end)
                    or _ENDS_ON.search(text, max(0, d.start - 120), d.start))):
            return d
    if found:
        return found[0]
    day = first_explicit_date(text)  # "… voor boekjaren die aanvangen op of na 1 januari 2027"
    if day is None:  # (a date after "na" is no deadline, but it is the day the effect holds)
        # a term from the letter's day: "te kennen worden gegeven binnen dertig dagen na de
        # datum van verzending van dit stuk"
        return next((d for d in find_deadlines(text, reference, calendar)
                     if d.precision == "relative"), None)
    return Deadline(text[day[1]:day[2]], day[0], "day", "date", day[1], day[2], True)


def _actor(finding: Finding, author: str | None, speaker: Speaker | None = None) -> str | None:
    if finding.kind == "milestone":
        return None
    if speaker is not None and (finding.kind == "request" or speaker.role == GOVERNMENT):
        return speaker.actor or None  # who says it in a debate ("Er komt in maart een
        # reactie"; a member not named: a passage's opening speech, see ``opening_speaker``)
    if finding.actor_kind in (GOV, MEMBERS) and finding.actor:
        return clean_actor(finding.actor)
    if finding.actor_kind == SELF:
        return author or clean_actor(finding.actor or "ik")
    if finding.actor_kind in (PARL, None):
        return author or "kabinet"
    return clean_actor(finding.actor) if finding.actor else None
